#pragma once

#include "sim/config/document.hpp"
#include "sim/config/engine_keys.hpp"
#include "sim/sweep/plan.hpp"

namespace sim::sweep {

// The `sweep:` block of a scenario (or of a separate --design file):
//
//   sweep:
//     design: grid            # grid (default) | lhs | sobol | random | csv
//     parameters:             # key paths of the scenario (nested sections allowed)
//       adoption.rate: [0.05, 0.1]    # grid: a list is scanned; a scalar stays fixed
//       world.firms: 1000             # fixed for every run
//     replicates: 3           # runs per design point, seeds derived from (seed, run index)
//     seeds: [1, 2, 3]        # or: one run per listed seed at every design point
//     samples: 64             # lhs | sobol | random: design points
//     file: design.csv        # csv: the table (relative to the file holding the block)
//
// Grid: the full product of the lists, first parameter slowest, replicates innermost:
// run index = point * replicates + replicate. lhs | sobol | random: each parameter is a range
// [low, high] (whole numbers when both bounds are written as whole numbers, else reals).
// csv: one design point per row; a `seed` column gives the seeds.

// True when `doc` has a top-level `sweep` key.
bool has_sweep(const config::Document& doc);

// Expands the sweep block of `design` (nullptr: of the scenario itself) over `scenario`,
// whose own `sweep:` block is removed from the plan's copy. Seeds derive from the scenario's
// `seed`. A missing or malformed block, a CSV table with bad shape: InputError naming the
// file, line and key. Values are only checked against the model later (check_plan).
SweepPlan expand_sweep(config::Scenario scenario, const config::Document* design);

}  // namespace sim::sweep
