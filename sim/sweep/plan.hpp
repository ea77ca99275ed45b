#pragma once

#include "sim/config/engine_keys.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace sim::sweep {

// One parameter value of a run: a key path of the scenario ("adoption.rate",
// "initiatives[2].founded"), its value as YAML text, and where it was written, so that a bad
// key or value is reported at that place ("sweep.yaml:12:5", "design.csv: line 3, column 2
// ('a.b')").
struct Assignment {
  std::string key;
  std::string value;
  std::string origin;
};

// One run of a sweep.
struct PlanRow {
  std::int64_t index = 0;          // the run index: its row in the design, from 0
  std::uint64_t seed = 0;          // derive_seed(base seed, index) unless the design lists seeds
  std::size_t scenario = 0;        // which of SweepPlan::scenarios it starts from
  std::vector<Assignment> values;  // one per SweepPlan::parameters entry, in that order
};

// The runs of a sweep: scenarios (usually one; several for a pathway comparison), the varied
// parameters (design columns), and one row per run. Built by `expand_sweep` (sweep_spec.hpp)
// from a `sweep:` block, or directly by other tools (compare, sensitivity).
struct SweepPlan {
  std::vector<config::Scenario> scenarios;  // without their sweep block
  std::vector<std::string> parameters;      // varied key paths, in design column order
  std::vector<Assignment> fixed;            // applied to every run before its own values
  std::vector<PlanRow> rows;                // rows[i].index == i

  // The scenario document of one run: a private deep copy of its scenario with `fixed` and
  // the row's values applied (the values are parsed here; the model's schema checks them
  // when the document is parsed). Not thread-safe against other calls on the same plan:
  // yaml-cpp nodes are not safe to read from several threads, so callers serialise it.
  config::Document document(const PlanRow& row) const;

  // Identifies the plan (scenario texts, parameters, rows): a resumed sweep and the run files
  // given to `normsim merge` must carry the same fingerprint.
  std::uint64_t fingerprint() const;

  // True when every row's value of parameters[j] reads as a number (the design column is
  // then numeric, else text).
  bool numeric(std::size_t j) const;
};

// A fingerprint as stored in files: 16 hex digits.
std::string fingerprint_text(std::uint64_t fingerprint);

// The seed of run `index` in a sweep with base seed `base`: a Philox4x64 draw keyed by both,
// cut to 53 bits (the range of the `seed` key), so run i gets the same seed whatever else is
// in the design, and `normsim run --seed S` reproduces it.
std::uint64_t derive_seed(std::uint64_t base, std::int64_t index);

}  // namespace sim::sweep
