#pragma once

#include "sim/io/run_record.hpp"

#include <cstdint>
#include <functional>
#include <string>

namespace sim::sweep {

// The crash-safe record of a sweep's finished runs (OUT.h5.journal), the source of truth for
// --resume. Why not the HDF5 file itself: a process killed with SIGKILL in the middle of an
// HDF5 write (or before HDF5 flushed its metadata cache) can leave the file unreadable, and
// HDF5 1.10 offers no journaling. The journal is an append-only file: a header (magic,
// fingerprint of the plan) and one record per finished run (length, FNV-1a checksum, encoded
// RunRecord), each written with a single write(2) before the run goes to the HDF5 file. A
// kill leaves at most one torn record at the end, which the checksum detects and resume
// drops (that run is redone). Data reaches the kernel at once, so a killed process loses
// nothing; surviving power loss would need an fsync per run, which this does not pay for.
// Calibrations keep their evaluations in one too (sim/calibrate/evaluation_journal.hpp).
class Journal {
 public:
  // Starts a new journal at `path` (replacing any file there).
  static Journal create(const std::string& path, std::uint64_t fingerprint);
  // Opens the journal at `path`, hands every complete record to `each` in file order, cuts a
  // torn tail and appends after the last complete record. InputError when the file is not a
  // journal or belongs to another sweep (a different fingerprint).
  static Journal resume(const std::string& path, std::uint64_t fingerprint,
                        const std::function<void(io::RunRecord&&)>& each);

  Journal(Journal&& other) noexcept;
  Journal& operator=(Journal&&) = delete;
  Journal(const Journal&) = delete;
  ~Journal();

  void append(const io::RunRecord& record);
  // Closes and deletes the file (the sweep is complete).
  void remove();

 private:
  Journal(std::string path, int fd) : path_(std::move(path)), fd_(fd) {}
  std::string path_;
  int fd_ = -1;
};

}  // namespace sim::sweep
