#include "sim/io/values.hpp"

#include <charconv>
#include <stdexcept>

namespace sim::io {
namespace {

std::size_t element_count(hid_t dataset) {
  const Handle space(H5Dget_space(dataset), H5Sclose, "get space");
  const hssize_t n = H5Sget_simple_extent_npoints(space.get());
  if (n < 0) throw std::runtime_error("HDF5: cannot count elements");
  return static_cast<std::size_t>(n);
}

// The memory type to read `field` as `element`: the element itself, or a one-member compound
// that HDF5 fills by member name from the file's compound.
Handle memory_type_for(const std::string& field, hid_t element) {
  if (field.empty()) return Handle(H5Tcopy(element), H5Tclose, "copy type");
  Handle t(H5Tcreate(H5T_COMPOUND, H5Tget_size(element)), H5Tclose, "create compound type");
  check(H5Tinsert(t.get(), field.c_str(), 0, element), "insert field " + field);
  return t;
}

Handle text_type_for(hid_t file_element) {
  if (H5Tis_variable_str(file_element) > 0) {
    Handle t(H5Tcopy(H5T_C_S1), H5Tclose, "copy string type");
    check(H5Tset_size(t.get(), H5T_VARIABLE), "set string size");
    check(H5Tset_cset(t.get(), H5Tget_cset(file_element)), "set string charset");
    return t;
  }
  return Handle(H5Tcopy(file_element), H5Tclose, "copy string type");
}

std::string format_number(double v) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

}  // namespace

Handle element_type(hid_t dataset, const std::string& field) {
  Handle t(H5Dget_type(dataset), H5Tclose, "get type");
  if (field.empty()) return t;
  const int index = H5Tget_member_index(t.get(), field.c_str());
  if (H5Tget_class(t.get()) != H5T_COMPOUND || index < 0)
    throw std::runtime_error("HDF5: no field " + field);
  return Handle(H5Tget_member_type(t.get(), static_cast<unsigned>(index)), H5Tclose,
                "get field type " + field);
}

bool is_text_type(hid_t type) {
  return H5Tget_class(type) == H5T_STRING;
}

std::vector<double> read_numbers(hid_t dataset, const std::string& field) {
  const Handle mem = memory_type_for(field, H5T_NATIVE_DOUBLE);
  std::vector<double> out(element_count(dataset));
  if (!out.empty())
    check(H5Dread(dataset, mem.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, out.data()), "read numbers");
  return out;
}

std::vector<std::string> read_texts(hid_t dataset, const std::string& field) {
  const Handle file_element = element_type(dataset, field);
  const Handle element = text_type_for(file_element.get());
  const Handle mem = memory_type_for(field, element.get());
  const std::size_t n = element_count(dataset);
  std::vector<std::string> out;
  if (n == 0) return out;
  if (H5Tis_variable_str(element.get()) > 0) {
    std::vector<char*> text(n, nullptr);
    check(H5Dread(dataset, mem.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, text.data()), "read text");
    for (char* t : text) out.emplace_back(t ? t : "");
    const Handle space(H5Dget_space(dataset), H5Sclose, "get space");
    H5Dvlen_reclaim(mem.get(), space.get(), H5P_DEFAULT, text.data());
    return out;
  }
  const std::size_t width = H5Tget_size(element.get());
  std::vector<char> raw(n * width);
  check(H5Dread(dataset, mem.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, raw.data()), "read text");
  for (std::size_t i = 0; i < n; ++i) {
    const char* begin = raw.data() + i * width;
    std::size_t len = 0;
    while (len < width && begin[len] != '\0') ++len;
    while (len > 0 && begin[len - 1] == ' ') --len;  // space-padded strings
    out.emplace_back(begin, len);
  }
  return out;
}

std::string attribute_text(hid_t attribute) {
  const Handle type(H5Aget_type(attribute), H5Tclose, "get attribute type");
  const Handle space(H5Aget_space(attribute), H5Sclose, "get attribute space");
  if (H5Sget_simple_extent_npoints(space.get()) != 1) return "(array)";
  if (is_text_type(type.get())) {
    const Handle mem = text_type_for(type.get());
    if (H5Tis_variable_str(mem.get()) > 0) {
      char* text = nullptr;
      check(H5Aread(attribute, mem.get(), &text), "read attribute");
      std::string value = text ? text : "";
      H5free_memory(text);
      return value;
    }
    std::string value(H5Tget_size(mem.get()), '\0');
    check(H5Aread(attribute, mem.get(), value.data()), "read attribute");
    return value.substr(0, value.find('\0'));
  }
  const H5T_class_t c = H5Tget_class(type.get());
  if (c == H5T_INTEGER) {
    long long v = 0;
    check(H5Aread(attribute, H5T_NATIVE_LLONG, &v), "read attribute");
    return std::to_string(v);
  }
  if (c == H5T_FLOAT) {
    double v = 0;
    check(H5Aread(attribute, H5T_NATIVE_DOUBLE, &v), "read attribute");
    return format_number(v);
  }
  return "(unsupported type)";
}

}  // namespace sim::io
