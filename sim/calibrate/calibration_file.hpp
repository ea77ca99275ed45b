#pragma once

#include "sim/calibrate/calibration.hpp"
#include "sim/io/output_file.hpp"
#include "sim/io/series_writer.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sim::calibrate {

// What a calibration file records besides its evaluations.
struct CalibrationSetup {
  io::Provenance provenance;  // the scenario; file_type is set to normsim.calibration
  const TargetSet* targets = nullptr;
  std::vector<FreeParameter> free;
  SearchOptions search;
  std::int64_t population = 0;
  std::vector<std::uint64_t> replicate_seeds;
};

// The HDF5 output of `normsim calibrate` (file_type normsim.calibration), written to
// PATH.partial, one row per evaluation as it finishes (flushed), and renamed to PATH by
// finish(). Layout, with E evaluations, k free parameters, T targets, M moments:
//   /free/key, /free/low, /free/high               [k]
//   /targets/name, /targets/weight                 [T]
//   /moments/label, /moments/step, /moments/observed [M] (observed: the threshold of a pattern)
//   /replicates/seed                               [R] the seeds every candidate runs with
//   /evaluations/values [E, k], /evaluations/unit [E, k], /evaluations/distance [E],
//   /evaluations/per_target [E, T], /evaluations/moments [E, M] (means over replicates)
//   /best/values [k], /best/moments [M]; attributes index, distance
//   /ensemble/index [m], /ensemble/distance [m], /ensemble/values [m, k] (best first);
//       attributes rule, delta
// The root's `calibration` attributes name the algorithm, seed, population, replicates,
// budget, the targets file and its text, and the distance's definition.
class CalibrationFile {
 public:
  CalibrationFile(const std::string& path, const CalibrationSetup& setup);
  void write(const Evaluation& e);
  // Writes best and ensemble, closes and renames PATH.partial to PATH.
  void finish(const std::vector<Evaluation>& evaluations, const std::vector<std::size_t>& members,
              double delta);
  const std::string& partial_path() const { return out_.partial_path(); }

 private:
  io::OutputFile out_;
  std::vector<std::string> keys_;
  io::Handle evaluations_group_;
  std::vector<io::SeriesWriter> columns_;  // values, unit, distance, per_target, moments
};

// One member of a calibration's ensemble: the free parameters' values.
struct EnsembleMember {
  std::int64_t evaluation = 0;
  double distance = 0.0;
  std::vector<double> values;
};

struct Ensemble {
  std::string path;
  std::vector<std::string> keys;
  std::vector<EnsembleMember> members;  // best first
};

// Reads the ensemble of a calibration file; an InputError naming the file when it is not a
// finished calibration.
Ensemble read_ensemble(const std::string& path);

}  // namespace sim::calibrate
