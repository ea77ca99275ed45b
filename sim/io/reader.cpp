#include "sim/io/reader.hpp"

#include <algorithm>
#include <stdexcept>

namespace sim::io {
namespace {

herr_t collect(hid_t, const char* name, const H5O_info_t* info, void* out) {
  if (info->type == H5O_TYPE_DATASET)
    static_cast<std::vector<std::string>*>(out)->push_back(std::string("/") + name);
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

std::string read_vlen_string(hid_t object, hid_t type, bool attribute) {
  const Handle mem(H5Tcopy(H5T_C_S1), H5Tclose, "copy string type");
  check(H5Tset_size(mem.get(), H5T_VARIABLE), "set string size");
  check(H5Tset_cset(mem.get(), H5Tget_cset(type)), "set string charset");
  char* text = nullptr;
  if (H5Tis_variable_str(type) <= 0) throw std::runtime_error("HDF5: not a variable-length string");
  check(attribute ? H5Aread(object, mem.get(), &text)
                  : H5Dread(object, mem.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, &text),
        "read string");
  std::string value = text ? text : "";
  H5free_memory(text);
  return value;
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
    const std::string s = read_vlen_string(ds.get(), type.get(), false);
    return {s.begin(), s.end()};
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
  return read_vlen_string(attr.get(), type.get(), true);
}

std::string Reader::string_value(const std::string& dataset) const {
  const Handle ds(H5Dopen2(file_.get(), dataset.c_str(), H5P_DEFAULT), H5Dclose, "open " + dataset);
  const Handle type(H5Dget_type(ds.get()), H5Tclose, "get type");
  return read_vlen_string(ds.get(), type.get(), false);
}

}  // namespace sim::io
