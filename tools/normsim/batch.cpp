#include "tools/normsim/batch.hpp"

#include "sim/run/progress.hpp"
#include "tools/normsim/model_registry.hpp"

#include <filesystem>

namespace normsim {
namespace {

// The scratch directory exists for the batch's lifetime, whatever way the batch ends.
class ScratchDir {
 public:
  explicit ScratchDir(std::filesystem::path path) : path_(std::move(path)) {
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace

std::uint64_t replicate_seed(std::uint64_t base, std::int64_t r) {
  return base + static_cast<std::uint64_t>(r);
}

std::vector<sim::analysis::RunResults> run_batch(const std::string& scenario_path,
                                                 const std::vector<BatchRun>& runs,
                                                 const BatchOptions& options) {
  const ScratchDir scratch(options.scratch);
  const std::string file = (scratch.path() / "run.h5").string();
  sim::Progress progress(static_cast<std::int64_t>(runs.size()), "run", options.quiet);
  std::vector<sim::analysis::RunResults> results;
  for (const BatchRun& run : runs) {
    std::vector<std::string> overrides = options.overrides;
    overrides.insert(overrides.end(), run.overrides.begin(), run.overrides.end());
    const auto scenario = sim::config::load_scenario(scenario_path, overrides);
    const auto& model = find_model(scenario.engine.model, &scenario);
    const auto outcome = model.run(scenario, {file, run.seed, options.threads, true});
    if (outcome.interrupted)
      throw Interrupted("interrupted during run " + std::to_string(results.size() + 1) + " of " +
                        std::to_string(runs.size()));
    results.push_back(sim::analysis::read_run_results(file));
    progress.update(static_cast<std::int64_t>(results.size()));
  }
  progress.finish();
  return results;
}

}  // namespace normsim
