#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace normsim {

// `normsim calibrate SCENARIO --targets FILE --free key=low:high ... -o calib.h5`: fits free
// parameters to the targets with a pagmo2 algorithm (sim/calibrate), each candidate run as
// R replicates with the same seeds; every evaluation goes to the journal and the HDF5 file
// as it finishes, --resume replays the journal; the best point is written as a scenario.
class CalibrateCommand {
 public:
  explicit CalibrateCommand(CLI::App& app);
  bool selected() const { return command_->parsed(); }
  int execute() const;

 private:
  CLI::App* command_ = nullptr;
  std::string scenario_;
  std::string targets_;
  std::vector<std::string> free_;
  std::vector<std::string> overrides_;
  std::optional<std::int64_t> steps_;
  std::int64_t replicates_ = 4;
  std::int64_t evaluations_ = 200;
  std::int64_t population_ = 0;
  std::string algorithm_ = "cmaes";
  std::optional<std::uint64_t> seed_;
  std::optional<double> ensemble_delta_;
  int threads_ = 0;
  bool resume_ = false;
  bool quiet_ = false;
  std::string output_;
  std::string best_out_;
};

}  // namespace normsim
