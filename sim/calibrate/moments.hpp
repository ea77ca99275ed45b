#pragma once

#include "sim/calibrate/targets.hpp"
#include "sim/io/run_record.hpp"

#include <cstdint>
#include <vector>

namespace sim::calibrate {

// Checks every target's series, column and steps against a run of the model (a short probe
// run: series and columns are known only from what a model records) whose full length is
// `steps` steps. An InputError naming the target file's line and key otherwise.
void check_targets(const TargetSet& targets, const io::RunRecord& probe, std::int64_t steps);

// The simulated moments of one run, in TargetSet moment order:
//  - a series target: the quantity at each point's step;
//  - plateau: the relative growth (v(to) - v(from)) / |v(from)| (0 when both are 0; +inf when
//    only v(from) is 0);
//  - failure_then_recovery: the depth of the deepest dip in [from, to], that is the largest
//    min(max v before t - v(t), max v after t - v(t)) over t in the window: how far the
//    quantity fell and then rose again, whichever of the two is smaller.
std::vector<double> run_moments(const TargetSet& targets, const io::RunRecord& run);

// The quantity one target reads, one value per step of the run.
std::vector<double> quantity_values(const Quantity& quantity, const io::RunRecord& run);

}  // namespace sim::calibrate
