#include "sim/io/arrays.hpp"

#include <stdexcept>

namespace sim::io {
namespace {

template <class T>
void write_array(hid_t parent, const std::string& name, std::span<const T> values,
                 const std::vector<hsize_t>& dims, const std::string& description,
                 const std::string& unit) {
  const Handle space(H5Screate_simple(static_cast<int>(dims.size()), dims.data(), nullptr),
                     H5Sclose, "create space for " + name);
  const Handle ds(H5Dcreate2(parent, name.c_str(), file_type<T>(), space.get(), H5P_DEFAULT,
                             H5P_DEFAULT, H5P_DEFAULT),
                  H5Dclose, "create dataset " + name);
  if (!values.empty())
    check(H5Dwrite(ds.get(), memory_type<T>(), H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()),
          "write dataset " + name);
  write_attribute(ds.get(), "description", description);
  write_attribute(ds.get(), "unit", unit);
}

}  // namespace

void write_vector(hid_t parent, const std::string& name, std::span<const double> values,
                  const std::string& description, const std::string& unit) {
  write_array(parent, name, values, {values.size()}, description, unit);
}

void write_vector(hid_t parent, const std::string& name, std::span<const std::int64_t> values,
                  const std::string& description, const std::string& unit) {
  write_array(parent, name, values, {values.size()}, description, unit);
}

void write_strings(hid_t parent, const std::string& name, const std::vector<std::string>& values,
                   const std::string& description) {
  const Handle type = text_type();
  const hsize_t n = values.size();
  const Handle space(H5Screate_simple(1, &n, nullptr), H5Sclose, "create space for " + name);
  const Handle ds(H5Dcreate2(parent, name.c_str(), type.get(), space.get(), H5P_DEFAULT,
                             H5P_DEFAULT, H5P_DEFAULT),
                  H5Dclose, "create dataset " + name);
  std::vector<const char*> text;
  for (const auto& v : values) text.push_back(v.c_str());
  if (!text.empty())
    check(H5Dwrite(ds.get(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, text.data()),
          "write dataset " + name);
  write_attribute(ds.get(), "description", description);
  write_attribute(ds.get(), "unit", std::string("1"));
}

void write_matrix(hid_t parent, const std::string& name, std::span<const double> values,
                  std::size_t rows, const std::vector<std::string>& columns,
                  const std::string& description, const std::string& unit) {
  if (values.size() != rows * columns.size())
    throw std::invalid_argument("write_matrix " + name + ": size is not rows x columns");
  write_array(parent, name, values, {rows, columns.size()}, description, unit);
  const Handle ds(H5Dopen2(parent, name.c_str(), H5P_DEFAULT), H5Dclose, "open " + name);
  write_column_labels(ds.get(), columns);
}

}  // namespace sim::io
