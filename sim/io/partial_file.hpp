#pragma once

#include "sim/io/h5.hpp"
#include "sim/io/output_lock.hpp"

#include <optional>
#include <string>

namespace sim::io {

inline constexpr std::int64_t kFormatVersion = 1;

// An HDF5 file written to "PATH.partial" and renamed to PATH by commit(), so that a program
// that fails or is interrupted never leaves a file named PATH, and an existing PATH stays as
// it was until the new one is complete. Destroyed without commit() (an error), the partial
// file is deleted; keep() leaves it, closed cleanly, for an interrupted run to show what it
// did. The root carries the attributes every normsim file has: file_type, format_version,
// program, program_version, git_commit and created.
class PartialFile {
 public:
  // Writes under `held`, the caller's lock on PATH, or else under a lock of its own
  // (OutputLock: another writer of PATH is an InputError). An InputError when PATH is not a
  // place to write (check_output_path), or its folder is missing or read-only.
  PartialFile(const std::string& path, const std::string& file_type,
              const OutputLock* held = nullptr);
  PartialFile(const PartialFile&) = delete;
  PartialFile& operator=(const PartialFile&) = delete;
  ~PartialFile();

  hid_t id() const { return file_.get(); }
  const std::string& partial_path() const { return partial_; }
  void commit();
  void keep() { keep_ = true; }

 private:
  void discard();

  std::optional<OutputLock> own_lock_;
  std::string path_;
  std::string partial_;
  Handle file_;
  bool keep_ = false;
  bool committed_ = false;
};

}  // namespace sim::io
