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
// by commit(). A run that fails or is interrupted closes the partial file cleanly and never
// leaves a file named PATH.
class OutputFile {
 public:
  OutputFile(const std::string& path, const Provenance& provenance);

  hid_t id() const { return file_.id(); }
  const std::string& partial_path() const { return file_.partial_path(); }
  void commit() { file_.commit(); }

 private:
  PartialFile file_;
};

}  // namespace sim::io
