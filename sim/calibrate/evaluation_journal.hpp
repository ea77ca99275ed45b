#pragma once

#include "sim/calibrate/calibration.hpp"
#include "sim/io/run_record.hpp"

namespace sim::calibrate {

// An evaluation as a RunRecord (index = evaluation number; series unit, values, moments and
// per_target of one row; result distance), so calibrations keep their crash-safe record
// in the sweep journal (sim/sweep/journal.hpp) that sweeps resume from.
io::RunRecord to_record(const Evaluation& e);
// The inverse; std::runtime_error when the record is not an evaluation.
Evaluation from_record(const io::RunRecord& r);

}  // namespace sim::calibrate
