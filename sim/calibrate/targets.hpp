#pragma once

#include "sim/calibrate/calendar.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace sim::calibrate {

// What a calibration fits: a target file (YAML, documented in data/observed/README.md) read
// into targets, each naming a simulated quantity and what it should be. Model-agnostic: a
// quantity is a per-step output series (/series/NAME) of any model, a column of it, or its
// columns reduced to one number per step.

// How the columns of a 2-D series become one number per step when no column is named.
enum class Reduce { kSum, kMean, kMin, kMax };

struct Quantity {
  std::string series;
  std::string column;  // a column label of a 2-D series; empty: the series itself, reduced
  Reduce reduce = Reduce::kSum;
};

// One observed value of a series target at one step.
struct Point {
  std::int64_t step = 0;
  double observed = 0.0;
  double sd = 1.0;      // the scale its error is standardised by
  double factor = 1.0;  // 1 for an exact figure, the file's reconstructed_weight otherwise
  std::string where;    // file:line of the value, for messages
};

enum class Kind {
  kSeries,               // the series at given steps against observed values
  kPlateau,              // relative growth over a window at most `threshold`
  kFailureThenRecovery,  // a dip in a window at least `threshold` deep, falling then rising
};

struct Target {
  std::string name;
  Kind kind = Kind::kSeries;
  Quantity quantity;
  double weight = 1.0;
  std::vector<Point> points;  // kSeries
  // Patterns: the window [from, to] in steps, the threshold and the error scale.
  std::int64_t from = 0;
  std::int64_t to = 0;
  double threshold = 0.0;
  double sd = 1.0;
  std::string where;         // "file:line:column" of the entry
  std::string series_where;  // of its `series` key
  std::string column_where;  // of its `column` key

  // Moments this target contributes per run: one per point, or one for a pattern.
  std::size_t moments() const { return kind == Kind::kSeries ? points.size() : 1; }
};

struct TargetSet {
  std::string path;
  std::string text;  // the file as written (kept in the calibration output)
  double reconstructed_weight = 0.5;
  std::vector<Target> targets;

  std::size_t moments() const;
  // The step each moment is read at (a pattern's end) and a label "name[step]", in moment order.
  std::vector<std::int64_t> moment_steps() const;
  std::vector<std::string> moment_labels() const;
  std::vector<std::string> names() const;
};

// Reads a target file; dates are steps of `calendar`. Every error (unknown key, missing
// value, bad date, inverted window, sizes that disagree, a CSV column that is not there) is
// an InputError naming the file, line and key.
TargetSet read_targets(const std::string& path, const Calendar& calendar);

}  // namespace sim::calibrate
