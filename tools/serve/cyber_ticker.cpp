#include "tools/serve/cyber_ticker.hpp"

#include "models/cybernorms/state.hpp"
#include "tools/serve/record_values.hpp"

#include <string>

namespace serve {
namespace {

constexpr std::size_t kStages = 3;  // none, endorsed, implemented: adoption_share_count columns

}  // namespace

CyberTicker::CyberTicker(const cybernorms::Params& params)
    : params_(params),
      tipped_(params.norms.size(), false),
      founded_(params.initiatives.size(), false),
      opened_(params.initiatives.size(), false),
      formal_(params.norms.size(), 0) {}

void CyberTicker::after_step(const sim::io::RunRecord& record, std::vector<TickerEvent>& out) {
  const auto* steps = find_series(record, "step");
  const auto* adoption = find_series(record, "adoption_share_count");
  const auto* members = find_series(record, "memberships");
  const auto* specificity = find_series(record, "specificity");
  const auto* formal = find_series(record, "formalisations");
  if (!steps || steps->rows == 0 || !adoption || !members || !specificity || !formal) return;
  const std::size_t row = steps->rows - 1;
  const auto step = static_cast<std::int64_t>(value_at(*steps, row, 0));
  for (std::size_t k = 0; k < params_.norms.size(); ++k) {
    const std::string& norm = params_.norms[k].name;
    const std::size_t base = k * cybernorms::kKinds * kStages;  // kind 0: states
    const double share = value_at(*adoption, row, base + cybernorms::kEndorsed) +
                         value_at(*adoption, row, base + cybernorms::kImplemented);
    if (!tipped_[k] && params_.world.states > 0 && share >= 1.0 / 3.0) {
      tipped_[k] = true;
      out.push_back({step, "tipping: a third of states endorse " + norm});
    }
    // Formalisations: the first state, then each quarter of the states (a line per state
    // would flood the ticker in a large world).
    const auto now = static_cast<std::int64_t>(value_at(*formal, row, k));
    const std::int64_t states = params_.world.states;
    std::int64_t milestone = 0;
    for (std::int64_t q = 4; q >= 1; --q)
      if (now * 4 >= q * states && formal_[k] * 4 < q * states) {
        milestone = q;
        break;
      }
    if (now > 0 && formal_[k] == 0)
      out.push_back({step, "first formalisation: " + std::to_string(now) + " state(s) made " +
                               norm + " law"});
    else if (milestone > 0)
      out.push_back({step, std::to_string(now) + " states (" + std::to_string(25 * milestone) +
                               "%) have made " + norm + " law"});
    formal_[k] = now;
  }
  for (std::size_t g = 0; g < params_.initiatives.size(); ++g) {
    const auto& initiative = params_.initiatives[g];
    const auto n = static_cast<std::int64_t>(value_at(*members, row, g));
    if (!founded_[g] && n > 0) {
      founded_[g] = true;
      out.push_back({step, "initiative " + initiative.name + " founded with " + std::to_string(n) +
                               " members"});
    }
    if (founded_[g] && !opened_[g] && initiative.kind == cybernorms::InitiativeKind::kTreaty &&
        value_at(*specificity, row, g) >= initiative.open_at) {
      opened_[g] = true;
      out.push_back({step, "treaty " + initiative.name + " opens for ratification"});
    }
  }
}

}  // namespace serve
