#pragma once

#include "sim/io/partial_file.hpp"

#include <cstdint>
#include <string>

namespace sim::io {

// Who and what produced a file: stored as root attributes so every output describes itself.
struct Provenance {
  std::string model;
  std::string scenario_file;
  std::string scenario_text;    // after --set overrides: what actually ran
  std::string scenario_source;  // the file as written, comments included
  std::string description;
  std::uint64_t seed = 0;
  int threads = 1;
  std::string file_type = "normsim.run";
  // The model's kDrawsVersion (sim::Model): which random draws made the numbers.
  std::int64_t draws_version = 0;
};

// A run's (or a sweep's) HDF5 output, written to "PATH.partial" and renamed to PATH
// by commit(). A run that fails leaves nothing; one interrupted (keep()) leaves the partial
// file, closed cleanly, and never a file named PATH.
class OutputFile {
 public:
  // `held`: as for PartialFile (the caller's lock on PATH, or none).
  OutputFile(const std::string& path, const Provenance& provenance,
             const OutputLock* held = nullptr);

  hid_t id() const { return file_.id(); }
  const std::string& partial_path() const { return file_.partial_path(); }
  void commit() { file_.commit(); }
  void keep() { file_.keep(); }

 private:
  PartialFile file_;
};

}  // namespace sim::io
