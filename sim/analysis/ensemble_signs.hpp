#pragma once

#include "sim/analysis/comparison.hpp"
#include "sim/analysis/table.hpp"

#include <hdf5.h>

#include <cstdint>
#include <string>
#include <vector>

namespace sim::analysis {

// Whether a pathway difference keeps its sign over a calibration's ensemble of fits. Each
// group's runs are `members` blocks of `replicates` runs (member-major: the runs of member m
// are m * replicates ... (m + 1) * replicates - 1), every pathway run at the same parameter
// sets. Per member the difference of the two pathways' means (over the runs where the metric
// was observed) is taken; the sign is kept when every member's difference is of the same
// strict sign.
struct SignAgreement {
  std::string metric;
  std::string group;
  std::string minus;
  std::int64_t positive = 0;  // members whose difference is > 0
  std::int64_t negative = 0;  // < 0
  std::int64_t members = 0;   // all members (those neither positive nor negative: 0 or unknown)
  bool kept() const { return members > 0 && (positive == members || negative == members); }
};

std::vector<SignAgreement> sign_agreement(const std::vector<Group>& groups,
                                          const std::vector<std::string>& metrics,
                                          std::int64_t members, std::int64_t replicates);

// Adds columns `members_up` ("k/m" members with a positive difference), `members_down` and
// `sign_kept` (yes/no) to the difference rows of comparison_table(); blank on estimate rows.
void add_sign_columns(Table& table, const std::vector<SignAgreement>& signs);

// /sign_agreement in a comparison file, rows as /differences: members_up, members_down
// (int64), sign_kept (1 or 0); attributes ensemble (the calibration file) and parameter_sets.
void write_sign_agreement(hid_t file, const std::vector<SignAgreement>& signs,
                          const std::string& ensemble);

}  // namespace sim::analysis
