#pragma once

#include "sim/config/engine_keys.hpp"
#include "sim/io/recorder.hpp"
#include "sim/run/interrupt.hpp"
#include "sim/run/model_contract.hpp"
#include "sim/sweep/runner.hpp"

namespace sim::sweep {

// The RunOne of model M (sim::Model, model_contract.hpp): parses the document, runs
// every step with a memory recorder, and gives up between steps when interrupted.
template <Model M>
RunOne in_memory_runner() {
  return [](const config::Document& doc, std::uint64_t seed,
            const Executor& executor) -> std::optional<io::RunRecord> {
    const typename M::Params params =
        M::schema().parse(doc, config::engine_schema().top_level_keys());
    io::RunRecord record;
    record.seed = seed;
    io::Recorder recorder(record);
    typename M::Simulation simulation(params, seed, executor, recorder);
    for (std::int64_t t = 0; t < simulation.steps(); ++t) {
      if (InterruptGuard::requested()) return std::nullopt;
      simulation.step(t);
    }
    simulation.finish();
    return record;
  };
}

// The CheckOne of model M.
template <Model M>
CheckOne checker() {
  return [](const config::Document& doc) {
    M::schema().parse(doc, config::engine_schema().top_level_keys());
  };
}

}  // namespace sim::sweep
