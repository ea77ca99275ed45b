#include "sim/io/h5.hpp"

#include "sim/core/error.hpp"

#include <stdexcept>

namespace sim::io {
namespace {

// The operating system's reason for the failure on HDF5's error stack, if any: its file
// drivers record "filename = '...', ... errno = N, error message = '...'" (or "name = '...'")
// when open, write or close fails.
std::string quoted_after(const std::string& text, const std::string& key) {
  const auto at = text.find(key + " = '");
  if (at == std::string::npos) return "";
  const auto start = at + key.size() + 4;
  return text.substr(start, text.find('\'', start) - start);
}

herr_t find_system_reason(unsigned, const H5E_error2_t* e, void* data) {
  auto& reason = *static_cast<std::string*>(data);
  const std::string desc = e->desc ? e->desc : "";
  const std::string message = quoted_after(desc, "error message");
  if (!reason.empty() || message.empty()) return 0;
  std::string file = quoted_after(desc, "filename");
  if (file.empty()) file = quoted_after(desc, "name");
  reason = file.empty() ? message : file + ": " + message;
  return 0;
}

}  // namespace

std::string system_reason() {
  std::string reason;
  H5Ewalk2(H5E_DEFAULT, H5E_WALK_DOWNWARD, find_system_reason, &reason);
  return reason;
}

[[noreturn]] void fail(const std::string& what) {
  const std::string reason = system_reason();
  // A failure the system reports (no space, read-only, I/O error) is a fault of the
  // environment, not of normsim: exit 2 with the reason.
  if (!reason.empty()) throw InputError("cannot " + what + ": " + reason);
  throw std::runtime_error("HDF5: cannot " + what);
}

Handle::Handle(hid_t id, Closer closer, const std::string& what) : id_(id), closer_(closer) {
  if (id < 0) fail(what);
}

void Handle::reset() {
  if (id_ >= 0 && closer_) closer_(id_);
  id_ = -1;
}

void check(herr_t status, const std::string& what) {
  if (status < 0) fail(what);
}

void skip_hdf5_exit_handler() {
  H5dont_atexit();
}

void quiet_hdf5_errors() {
  H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr);
}

namespace {

Handle scalar_space() {
  return Handle(H5Screate(H5S_SCALAR), H5Sclose, "create scalar space");
}

template <class T>
void write_numeric_attribute(hid_t object, const std::string& name, T value) {
  const Handle space = scalar_space();
  const Handle attr(
      H5Acreate2(object, name.c_str(), file_type<T>(), space.get(), H5P_DEFAULT, H5P_DEFAULT),
      H5Aclose, "create attribute " + name);
  check(H5Awrite(attr.get(), memory_type<T>(), &value), "write attribute " + name);
}

template <class T>
void write_numeric_scalar(hid_t parent, const std::string& name, T value,
                          const std::string& description, const std::string& unit) {
  const Handle space = scalar_space();
  const Handle ds(H5Dcreate2(parent, name.c_str(), file_type<T>(), space.get(), H5P_DEFAULT,
                             H5P_DEFAULT, H5P_DEFAULT),
                  H5Dclose, "create dataset " + name);
  check(H5Dwrite(ds.get(), memory_type<T>(), H5S_ALL, H5S_ALL, H5P_DEFAULT, &value),
        "write dataset " + name);
  write_attribute(ds.get(), "description", description);
  write_attribute(ds.get(), "unit", unit);
}

}  // namespace

void write_attribute(hid_t object, const std::string& name, const std::string& value) {
  const Handle type = text_type();
  const Handle space = scalar_space();
  const Handle attr(
      H5Acreate2(object, name.c_str(), type.get(), space.get(), H5P_DEFAULT, H5P_DEFAULT), H5Aclose,
      "create attribute " + name);
  const char* text = value.c_str();
  check(H5Awrite(attr.get(), type.get(), &text), "write attribute " + name);
}

void write_attribute(hid_t object, const std::string& name, std::int64_t value) {
  write_numeric_attribute(object, name, value);
}

void write_attribute(hid_t object, const std::string& name, double value) {
  write_numeric_attribute(object, name, value);
}

std::string join_labels(const std::vector<std::string>& labels) {
  std::string joined;
  for (const auto& l : labels) joined += (joined.empty() ? "" : ",") + l;
  return joined;
}

void write_column_labels(hid_t dataset, const std::vector<std::string>& labels) {
  write_attribute(dataset, "columns", join_labels(labels));
}

Handle text_type() {
  Handle t(H5Tcopy(H5T_C_S1), H5Tclose, "copy string type");
  check(H5Tset_size(t.get(), H5T_VARIABLE), "set string size");
  check(H5Tset_cset(t.get(), H5T_CSET_UTF8), "set string charset");
  return t;
}

Handle create_vector(hid_t parent, const std::string& name, hid_t type, hid_t memory, std::size_t n,
                     const void* fill) {
  const hsize_t dims[1] = {n};
  const Handle space(H5Screate_simple(1, dims, nullptr), H5Sclose, "create space " + name);
  const Handle dcpl(H5Pcreate(H5P_DATASET_CREATE), H5Pclose, "create properties " + name);
  if (fill) check(H5Pset_fill_value(dcpl.get(), memory, fill), "set fill value of " + name);
  check(H5Pset_obj_track_times(dcpl.get(), false), "untrack times " + name);
  return Handle(
      H5Dcreate2(parent, name.c_str(), type, space.get(), H5P_DEFAULT, dcpl.get(), H5P_DEFAULT),
      H5Dclose, "create dataset " + name);
}

void write_element(hid_t dataset, hid_t memory, std::size_t index, const void* value) {
  const Handle file_space(H5Dget_space(dataset), H5Sclose, "get space");
  const hsize_t start[1] = {index};
  const hsize_t count[1] = {1};
  check(H5Sselect_hyperslab(file_space.get(), H5S_SELECT_SET, start, nullptr, count, nullptr),
        "select element");
  const Handle mem_space(H5Screate_simple(1, count, nullptr), H5Sclose, "memory space");
  check(H5Dwrite(dataset, memory, mem_space.get(), file_space.get(), H5P_DEFAULT, value),
        "write element");
}

Handle create_group(hid_t parent, const std::string& name) {
  return Handle(H5Gcreate2(parent, name.c_str(), H5P_DEFAULT, H5P_DEFAULT, H5P_DEFAULT), H5Gclose,
                "create group " + name);
}

void write_scalar(hid_t parent, const std::string& name, double value,
                  const std::string& description, const std::string& unit) {
  write_numeric_scalar(parent, name, value, description, unit);
}

void write_scalar(hid_t parent, const std::string& name, std::int64_t value,
                  const std::string& description, const std::string& unit) {
  write_numeric_scalar(parent, name, value, description, unit);
}

void write_scalar(hid_t parent, const std::string& name, const std::string& value,
                  const std::string& description) {
  const Handle type = text_type();
  const Handle space = scalar_space();
  const Handle ds(H5Dcreate2(parent, name.c_str(), type.get(), space.get(), H5P_DEFAULT,
                             H5P_DEFAULT, H5P_DEFAULT),
                  H5Dclose, "create dataset " + name);
  const char* text = value.c_str();
  check(H5Dwrite(ds.get(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, &text),
        "write dataset " + name);
  write_attribute(ds.get(), "description", description);
  write_attribute(ds.get(), "unit", std::string("1"));
}

}  // namespace sim::io
