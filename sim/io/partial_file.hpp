#pragma once

#include "sim/io/h5.hpp"

#include <string>

namespace sim::io {

inline constexpr std::int64_t kFormatVersion = 1;

// An HDF5 file written to "PATH.partial" and renamed to PATH by commit(), so that a program
// that fails or is interrupted never leaves a file named PATH. The root carries the
// attributes every normsim file has: file_type, format_version, program, program_version,
// git_commit and created.
class PartialFile {
 public:
  // An InputError when PATH's directory does not exist.
  PartialFile(const std::string& path, const std::string& file_type);
  PartialFile(const PartialFile&) = delete;
  PartialFile& operator=(const PartialFile&) = delete;

  hid_t id() const { return file_.get(); }
  const std::string& partial_path() const { return partial_; }
  void commit();

 private:
  std::string path_;
  std::string partial_;
  Handle file_;
};

}  // namespace sim::io
