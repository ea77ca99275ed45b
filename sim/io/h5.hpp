#pragma once

#include "sim/io/element_type.hpp"

#include <hdf5.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace sim::io {

// An owned HDF5 identifier, closed with the right H5*close on destruction.
class Handle {
 public:
  using Closer = herr_t (*)(hid_t);
  Handle() = default;
  Handle(hid_t id, Closer closer, const std::string& what);
  Handle(Handle&& o) noexcept : id_(std::exchange(o.id_, -1)), closer_(o.closer_) {}
  Handle& operator=(Handle&& o) noexcept {
    if (this != &o) {
      reset();
      id_ = std::exchange(o.id_, -1);
      closer_ = o.closer_;
    }
    return *this;
  }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  ~Handle() { reset(); }

  hid_t get() const { return id_; }
  void reset();

 private:
  hid_t id_ = -1;
  Closer closer_ = nullptr;
};

// Throws naming `what` when an HDF5 call returned a negative status: an InputError with the
// system's reason when the failure came from the operating system (no space, permission, I/O
// error: system_reason()), otherwise a std::runtime_error.
void check(herr_t status, const std::string& what);
[[noreturn]] void fail(const std::string& what);
// The operating system's error message recorded on HDF5's error stack by the last failed
// call, or "" when the failure was HDF5's own.
std::string system_reason();

// Call first thing in main(), before any other HDF5 call. HDF5's exit handler closes the
// files still open and crashes (1.10) on one whose flush failed (a full disk); normsim's
// handles close every file they open, so the handler has nothing to do.
void skip_hdf5_exit_handler();

// Silences HDF5's own error-stack printing: failures are reported by our exceptions.
void quiet_hdf5_errors();

// Attributes on any object (file, group, dataset).
void write_attribute(hid_t object, const std::string& name, const std::string& value);
void write_attribute(hid_t object, const std::string& name, std::int64_t value);
void write_attribute(hid_t object, const std::string& name, double value);

Handle create_group(hid_t parent, const std::string& name);

// The type of variable-length UTF-8 strings.
Handle text_type();

// A 1-D dataset of `n` elements of `type` (file type; `memory` its in-memory type) that reads
// as `*fill` until written (nullptr: HDF5's default fill).
Handle create_vector(hid_t parent, const std::string& name, hid_t type, hid_t memory, std::size_t n,
                     const void* fill);
// Writes element `index` of a 1-D dataset from memory of type `memory`.
void write_element(hid_t dataset, hid_t memory, std::size_t index, const void* value);

// File and on-disk types for the element types normsim records.
template <class T>
hid_t file_type();
template <class T>
hid_t memory_type();
template <>
inline hid_t file_type<double>() {
  return H5T_IEEE_F64LE;
}
template <>
inline hid_t memory_type<double>() {
  return H5T_NATIVE_DOUBLE;
}
template <>
inline hid_t file_type<std::int64_t>() {
  return H5T_STD_I64LE;
}
template <>
inline hid_t memory_type<std::int64_t>() {
  return H5T_NATIVE_INT64;
}

inline hid_t file_type(ElementType t) {
  return t == ElementType::kFloat64 ? file_type<double>() : file_type<std::int64_t>();
}
inline hid_t memory_type(ElementType t) {
  return t == ElementType::kFloat64 ? memory_type<double>() : memory_type<std::int64_t>();
}

// Labels comma-separated, as the `columns` attribute and list attributes store them.
std::string join_labels(const std::vector<std::string>& labels);
// The `columns` attribute of a 2-D series: its column labels, comma-separated.
void write_column_labels(hid_t dataset, const std::vector<std::string>& labels);

// Scalar datasets with description and unit attributes (per-run results).
void write_scalar(hid_t parent, const std::string& name, double value,
                  const std::string& description, const std::string& unit);
void write_scalar(hid_t parent, const std::string& name, std::int64_t value,
                  const std::string& description, const std::string& unit);
void write_scalar(hid_t parent, const std::string& name, const std::string& value,
                  const std::string& description);

}  // namespace sim::io
