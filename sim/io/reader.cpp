#include "sim/io/reader.hpp"

#include "sim/io/values.hpp"

#include <algorithm>
#include <stdexcept>

namespace sim::io {
namespace {

herr_t collect(hid_t, const char* name, const H5O_info_t* info, void* out) {
  if (info->type == H5O_TYPE_DATASET)
    static_cast<std::vector<std::string>*>(out)->push_back(std::string("/") + name);
  return 0;
}

herr_t collect_attribute(hid_t object, const char* name, const H5A_info_t*, void* out) {
  const Handle attr(H5Aopen(object, name, H5P_DEFAULT), H5Aclose,
                    "open attribute " + std::string(name));
  static_cast<std::vector<std::pair<std::string, std::string>>*>(out)->emplace_back(
      name, attribute_text(attr.get()));
  return 0;
}

std::size_t element_count(hid_t ds) {
  const Handle space(H5Dget_space(ds), H5Sclose, "get space");
  const hssize_t n = H5Sget_simple_extent_npoints(space.get());
  if (n < 0) throw std::runtime_error("HDF5: cannot count elements");
  return static_cast<std::size_t>(n);
}

template <class T>
std::vector<T> read_all(hid_t file, const std::string& path) {
  const Handle ds(H5Dopen2(file, path.c_str(), H5P_DEFAULT), H5Dclose, "open " + path);
  std::vector<T> out(element_count(ds.get()));
  if (!out.empty())
    check(H5Dread(ds.get(), memory_type<T>(), H5S_ALL, H5S_ALL, H5P_DEFAULT, out.data()),
          "read " + path);
  return out;
}

H5O_type_t object_type(hid_t file, const std::string& path) {
  // Walk the path link by link: H5Oget_info_by_name fails loudly on a missing parent.
  std::size_t pos = 0;
  while ((pos = path.find('/', pos + 1)) != std::string::npos)
    if (H5Lexists(file, path.substr(0, pos).c_str(), H5P_DEFAULT) <= 0) return H5O_TYPE_UNKNOWN;
  if (path != "/" && H5Lexists(file, path.c_str(), H5P_DEFAULT) <= 0) return H5O_TYPE_UNKNOWN;
  H5O_info_t info;
  if (H5Oget_info_by_name(file, path.c_str(), &info, H5P_DEFAULT) < 0) return H5O_TYPE_UNKNOWN;
  return info.type;
}

}  // namespace

Reader::Reader(const std::string& path) {
  quiet_hdf5_errors();
  file_ = Handle(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), H5Fclose, "open " + path);
}

std::vector<std::string> Reader::datasets() const {
  std::vector<std::string> out;
  check(H5Ovisit2(file_.get(), H5_INDEX_NAME, H5_ITER_INC, collect, &out, H5O_INFO_BASIC),
        "list datasets");
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<unsigned char> Reader::raw(const std::string& dataset) const {
  const Handle ds(H5Dopen2(file_.get(), dataset.c_str(), H5P_DEFAULT), H5Dclose, "open " + dataset);
  const Handle type(H5Dget_type(ds.get()), H5Tclose, "get type");
  if (H5Tis_variable_str(type.get()) > 0) {
    std::vector<unsigned char> out;  // the strings, each followed by a NUL
    for (const auto& s : read_texts(ds.get(), "")) {
      out.insert(out.end(), s.begin(), s.end());
      out.push_back(0);
    }
    return out;
  }
  const Handle native(H5Tget_native_type(type.get(), H5T_DIR_ASCEND), H5Tclose, "native type");
  std::vector<unsigned char> out(element_count(ds.get()) * H5Tget_size(native.get()));
  if (!out.empty())
    check(H5Dread(ds.get(), native.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, out.data()),
          "read " + dataset);
  return out;
}

std::vector<double> Reader::doubles(const std::string& dataset) const {
  return read_all<double>(file_.get(), dataset);
}

std::vector<double> Reader::doubles(const std::string& dataset, const std::string& field) const {
  const Handle ds(H5Dopen2(file_.get(), dataset.c_str(), H5P_DEFAULT), H5Dclose, "open " + dataset);
  return read_numbers(ds.get(), field);
}

std::vector<std::string> Reader::texts(const std::string& dataset, const std::string& field) const {
  const Handle ds(H5Dopen2(file_.get(), dataset.c_str(), H5P_DEFAULT), H5Dclose, "open " + dataset);
  return read_texts(ds.get(), field);
}

bool Reader::is_text(const std::string& dataset, const std::string& field) const {
  const Handle ds(H5Dopen2(file_.get(), dataset.c_str(), H5P_DEFAULT), H5Dclose, "open " + dataset);
  return is_text_type(element_type(ds.get(), field).get());
}

std::vector<std::string> Reader::fields(const std::string& dataset) const {
  const Handle ds(H5Dopen2(file_.get(), dataset.c_str(), H5P_DEFAULT), H5Dclose, "open " + dataset);
  const Handle type(H5Dget_type(ds.get()), H5Tclose, "get type");
  std::vector<std::string> out;
  if (H5Tget_class(type.get()) != H5T_COMPOUND) return out;
  const int n = H5Tget_nmembers(type.get());
  for (int i = 0; i < n; ++i) {
    char* name = H5Tget_member_name(type.get(), static_cast<unsigned>(i));
    out.emplace_back(name ? name : "");
    H5free_memory(name);
  }
  return out;
}

bool Reader::is_group(const std::string& path) const {
  return object_type(file_.get(), path) == H5O_TYPE_GROUP;
}

bool Reader::is_dataset(const std::string& path) const {
  return object_type(file_.get(), path) == H5O_TYPE_DATASET;
}

std::vector<std::pair<std::string, std::string>> Reader::attributes(
    const std::string& object) const {
  std::vector<std::pair<std::string, std::string>> out;
  hsize_t index = 0;
  check(H5Aiterate_by_name(file_.get(), object.c_str(), H5_INDEX_NAME, H5_ITER_INC, &index,
                           collect_attribute, &out, H5P_DEFAULT),
        "list attributes of " + object);
  return out;
}

std::vector<std::int64_t> Reader::integers(const std::string& dataset) const {
  return read_all<std::int64_t>(file_.get(), dataset);
}

std::vector<std::size_t> Reader::shape(const std::string& dataset) const {
  const Handle ds(H5Dopen2(file_.get(), dataset.c_str(), H5P_DEFAULT), H5Dclose, "open " + dataset);
  const Handle space(H5Dget_space(ds.get()), H5Sclose, "get space");
  const int rank = H5Sget_simple_extent_ndims(space.get());
  std::vector<hsize_t> dims(static_cast<std::size_t>(std::max(rank, 0)));
  H5Sget_simple_extent_dims(space.get(), dims.data(), nullptr);
  return {dims.begin(), dims.end()};
}

bool Reader::has_attribute(const std::string& object, const std::string& name) const {
  return H5Aexists_by_name(file_.get(), object.c_str(), name.c_str(), H5P_DEFAULT) > 0;
}

std::int64_t Reader::integer_attribute(const std::string& object, const std::string& name) const {
  const Handle attr(
      H5Aopen_by_name(file_.get(), object.c_str(), name.c_str(), H5P_DEFAULT, H5P_DEFAULT),
      H5Aclose, "open attribute " + object + "@" + name);
  std::int64_t value = 0;
  check(H5Aread(attr.get(), H5T_NATIVE_INT64, &value), "read attribute " + name);
  return value;
}

Reader::Kind Reader::kind(const std::string& dataset) const {
  const Handle ds(H5Dopen2(file_.get(), dataset.c_str(), H5P_DEFAULT), H5Dclose, "open " + dataset);
  const Handle type(H5Dget_type(ds.get()), H5Tclose, "get type");
  if (H5Tis_variable_str(type.get()) > 0) return Kind::kText;
  const H5T_class_t c = H5Tget_class(type.get());
  if (H5Tget_size(type.get()) != 8) return Kind::kOther;
  if (c == H5T_FLOAT) return Kind::kFloat64;
  if (c == H5T_INTEGER) return Kind::kInt64;
  return Kind::kOther;
}

std::string Reader::string_attribute(const std::string& object, const std::string& name) const {
  const Handle attr(
      H5Aopen_by_name(file_.get(), object.c_str(), name.c_str(), H5P_DEFAULT, H5P_DEFAULT),
      H5Aclose, "open attribute " + object + "@" + name);
  const Handle type(H5Aget_type(attr.get()), H5Tclose, "get attribute type");
  if (!is_text_type(type.get()))
    throw std::runtime_error("HDF5: attribute " + object + "@" + name + " is not a string");
  return attribute_text(attr.get());
}

std::string Reader::string_value(const std::string& dataset) const {
  return texts(dataset).at(0);
}

}  // namespace sim::io
