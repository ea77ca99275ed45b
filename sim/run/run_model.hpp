#pragma once

#include "sim/config/engine_keys.hpp"
#include "sim/io/output_file.hpp"
#include "sim/io/recorder.hpp"
#include "sim/run/interrupt.hpp"
#include "sim/run/model_contract.hpp"
#include "sim/run/progress.hpp"
#include "sim/schedule/executor.hpp"
#include "sim/schedule/schedule.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sim {

struct RunOptions {
  std::string output;
  std::optional<std::uint64_t> seed;  // overrides the scenario's seed
  int threads = 1;
  bool quiet = false;
  // Adds to the new file before the run starts (e.g. the run's row of a sweep design).
  std::function<void(hid_t file)> annotate = nullptr;
};

struct RunOutcome {
  bool interrupted = false;
  std::int64_t steps_done = 0;
  std::string summary;             // a few lines for the terminal
  std::string written;             // the file left on disk
  std::vector<PhaseTime> timings;  // wall time per part of a step, summed over the steps run
};

// What the engine needs from a model M: the concept sim::Model (model_contract.hpp).
template <Model M>
typename M::Params parse_params(const config::Scenario& scenario) {
  return M::schema().parse(scenario.doc, config::engine_schema().top_level_keys());
}

template <Model M>
RunOutcome run_model(const config::Scenario& scenario, const RunOptions& options) {
  const typename M::Params params = parse_params<M>(scenario);
  const std::uint64_t seed = options.seed.value_or(scenario.engine.seed);
  const Executor executor(options.threads);
  io::OutputFile out(options.output,
                     {scenario.engine.model, scenario.doc.name(), scenario.doc.effective_text(),
                      scenario.doc.source_text(), scenario.engine.description, seed,
                      options.threads, "normsim.run", M::kDrawsVersion});
  if (options.annotate) options.annotate(out.id());
  io::Recorder recorder(out.id());
  typename M::Simulation simulation(params, seed, executor, recorder);
  const std::int64_t steps = simulation.steps();
  Progress progress(steps, M::kStepUnit, options.quiet);
  const InterruptGuard guard;
  RunOutcome outcome;
  for (; outcome.steps_done < steps; ++outcome.steps_done) {
    if (InterruptGuard::requested()) {
      outcome.interrupted = true;
      break;
    }
    simulation.step(outcome.steps_done);
    progress.update(outcome.steps_done + 1);
  }
  progress.finish();
  outcome.timings = simulation.timings();
  recorder.flush();
  if (outcome.interrupted) {
    io::write_attribute(out.id(), "interrupted_at_step", outcome.steps_done);
    out.keep();
    outcome.written = out.partial_path();
    return outcome;
  }
  simulation.finish();
  recorder.flush();
  out.commit();
  outcome.summary = simulation.summary();
  outcome.written = options.output;
  return outcome;
}

}  // namespace sim
