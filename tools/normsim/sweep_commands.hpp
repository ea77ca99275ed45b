#pragma once

#include "sim/sweep/distributed.hpp"
#include "sim/sweep/runner.hpp"
#include "tools/normsim/scenario_inputs.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace normsim {

// `normsim run SCENARIO --run-index I`: row I of the sweep design into its own file.
int run_row(const ScenarioInputs& in, std::int64_t index, const std::string& output, int threads,
            bool quiet);

// `normsim sweep SCENARIO -o OUT.h5 [--resume]`; under mpirun rank 0 coordinates and writes,
// the other ranks run rows.
int sweep(const ScenarioInputs& in, const std::string& output,
          const sim::sweep::RunnerOptions& runner, bool resume, bool quiet,
          const sim::sweep::Processes& processes);

// `normsim merge SCENARIO -o OUT.h5 RUN_FILES...`.
int merge(const ScenarioInputs& in, const std::vector<std::string>& files,
          const std::string& output, bool quiet);

}  // namespace normsim
