#pragma once

#include "models/cybernorms/params.hpp"
#include "sim/io/run_record.hpp"
#include "tools/serve/live_run.hpp"

#include <cstdint>
#include <vector>

namespace serve {

// Reads each new row of a cybernorms run's series and tells what changed: a norm tipping (a
// third of states endorse it, the metric's tipping_step), an initiative founded (its first
// members), a treaty opening (its text's specificity reaching open_at), a norm's first
// formalisation and each further quarter of the states formalising it.
class CyberTicker {
 public:
  explicit CyberTicker(const cybernorms::Params& params);
  // Looks at the record's last row; appends what it finds to `out`.
  void after_step(const sim::io::RunRecord& record, std::vector<TickerEvent>& out);

 private:
  const cybernorms::Params& params_;
  std::vector<bool> tipped_;          // norms
  std::vector<bool> founded_;         // initiatives
  std::vector<bool> opened_;          // initiatives (treaties only)
  std::vector<std::int64_t> formal_;  // norms: states that had formalised, last step
};

}  // namespace serve
