#include "models/cybernorms/negotiation.hpp"

#include "models/cybernorms/phases.hpp"
#include "models/cybernorms/utility.hpp"

#include <algorithm>
#include <numeric>

namespace cybernorms {

namespace {

// The most specific text member i accepts.
double upper_bound(const Positions& m, std::size_t i) {
  return std::clamp(m.ideal[i] + m.tolerance[i], 0.0, 1.0);
}

}  // namespace

double round_target(DecisionRule rule, const Positions& m, double sigma) {
  const std::size_t n = m.ideal.size();
  if (n == 0) return sigma;
  std::vector<double> upper(n);
  for (std::size_t i = 0; i < n; ++i) upper[i] = upper_bound(m, i);
  if (rule == DecisionRule::kMajority) {
    // The median by selection: the values a full sort would give, without sorting.
    const auto mid = upper.begin() + static_cast<std::ptrdiff_t>(n / 2);
    std::nth_element(upper.begin(), mid, upper.end());
    return n % 2 ? *mid : 0.5 * (*std::max_element(upper.begin(), mid) + *mid);
  }
  double floor = 0.0;
  for (std::size_t i = 0; i < n; ++i) floor = std::max(floor, m.ideal[i] - m.tolerance[i]);
  const double cap = *std::min_element(upper.begin(), upper.end());
  return floor > cap ? sigma : cap;
}

double round_stride(double sigma, double eta) {
  return sigma + eta * (1.0 - sigma);
}

double next_sigma(double sigma, double eta, double target) {
  return std::max(sigma, std::min(round_stride(sigma, eta), target));
}

namespace {

// Ideal strictness and tolerance of each listed agent for each listed norm: the ideal
// follows the agent's own utility for k (capability lowers it, the burden of many regimes
// raises it); tolerance widens with trust towards the other members' blocs and narrows with
// contention. Computed for the first agents of the list as far as a decision needs them
// (see majority_reaches), in parallel passes serving every norm at once (an agent's
// utilities for its norms sit together in memory), each value written into its own slot.
class MemberPositions {
 public:
  MemberPositions(const Context& c, const Derived& d, const State& s,
                  const std::vector<std::int32_t>& who, const std::vector<int>& norms)
      : c_(c), d_(d), s_(s), who_(who), norms_(norms), out_(norms.size()) {
    const World& w = c.world;
    const auto& trust = s.trust.current();
    std::vector<double> per_bloc(w.blocs, 0.0);
    for (const std::int32_t a : who) per_bloc[w.bloc[a]] += 1.0;
    // Mean trust towards the other listed agents depends only on one's bloc.
    mean_trust_.resize(w.blocs);
    for (int b = 0; b < w.blocs; ++b) {
      double others = 0.0, trust_sum = 0.0;
      for (int o = 0; o < w.blocs; ++o) {
        const double count = per_bloc[o] - (o == b ? 1.0 : 0.0);
        others += count;
        trust_sum += count * trust[static_cast<std::size_t>(b) * w.blocs + o];
      }
      mean_trust_[b] = others > 0 ? trust_sum / others : 1.0;
    }
    for (Positions& p : out_) {
      p.ideal.resize(who.size());
      p.tolerance.resize(who.size());
    }
  }

  std::size_t size() const { return who_.size(); }

  // The positions for norm j (index into the listed norms) of the first `end` agents.
  const Positions& up_to(std::size_t j, std::size_t end) {
    if (end > filled_) {
      fill(filled_, end);
      filled_ = end;
    }
    return out_[j];
  }

 private:
  void fill(std::size_t begin, std::size_t end) {
    const World& w = c_.world;
    const Negotiation& m = c_.params.mechanisms.negotiation;
    c_.executor.for_each(end - begin, [&](std::size_t r) {
      const std::size_t i = begin + r;
      const std::int32_t a = who_[i];
      for (std::size_t j = 0; j < norms_.size(); ++j) {
        const int k = norms_[j];
        out_[j].ideal[i] =
            std::clamp(0.5 + m.ideal_scale * adoption_utility(c_, s_, d_, a, k), 0.0, 1.0);
        out_[j].tolerance[i] =
            std::max(0.0, m.tolerance + m.trust_tolerance * mean_trust_[w.bloc[a]] -
                              m.contention_narrowing * c_.params.norms[k].contention);
      }
    });
  }

  const Context& c_;
  const Derived& d_;
  const State& s_;
  const std::vector<std::int32_t>& who_;
  const std::vector<int>& norms_;
  std::vector<double> mean_trust_;
  std::vector<Positions> out_;
  std::size_t filled_ = 0;
};

// consensus_first: the norms of g by increasing contention (ties by index); a norm is on
// the table once every norm before it is settled or has stalled.
std::vector<int> on_the_table(const Context& c, const State& s, int g) {
  const auto& norms = c.world.initiative_norms[g];
  const auto& x = c.params.initiatives[g];
  if (x.agenda == Agenda::kParallel) return norms;
  std::vector<int> order = norms;
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return c.params.norms[a].contention < c.params.norms[b].contention;
  });
  const Negotiation& m = c.params.mechanisms.negotiation;
  std::vector<int> out;
  for (const int k : order) {
    out.push_back(k);
    const auto gk = static_cast<std::size_t>(g) * c.K() + k;
    const double progress = s.progress.current()[gk];
    const bool settled = s.specificity.current()[gk] >= m.settled;
    const bool stalled = progress >= 0.0 && progress < m.stall;
    if (!settled && !stalled) break;
  }
  return out;
}

}  // namespace

void negotiate(const Context& c, const Derived& d, State& s) {
  const Negotiation& m = c.params.mechanisms.negotiation;
  if (c.step % m.interval != 0) return;
  const World& w = c.world;
  for (int g = 0; g < c.G(); ++g) {
    if (!d.founded[g] || d.members[g].empty()) continue;
    const auto& x = c.params.initiatives[g];
    double firms = 0.0;
    for (const std::int32_t a : d.members[g]) firms += w.kind[a] == kFirm ? 1.0 : 0.0;
    const double expert_share = firms / static_cast<double>(d.members[g].size());
    const double eta = std::min(1.0, x.eta * (1.0 + m.expert_boost * expert_share));
    // founders_text: the founders' own consensus is the text, written at once (while sigma
    // is 0); joiners take it as is. Otherwise the members negotiate every norm on the table.
    const bool founders_text = x.rule == DecisionRule::kFoundersText;
    const std::vector<int> table = on_the_table(c, s, g);
    std::vector<int> negotiated;
    for (const int k : table)
      if (!founders_text ||
          (s.specificity.current()[static_cast<std::size_t>(g) * c.K() + k] == 0.0 &&
           !w.founders[g].empty()))
        negotiated.push_back(k);
    const std::vector<std::int32_t>& who = founders_text ? w.founders[g] : d.members[g];
    MemberPositions p(c, d, s, who, negotiated);
    const std::size_t n = p.size();
    std::size_t j = 0;
    for (const int k : table) {
      const auto gk = static_cast<std::size_t>(g) * c.K() + k;
      const double sigma = s.specificity.current()[gk];
      double next = sigma;
      if (j < negotiated.size() && negotiated[j] == k) {
        // One round moves at most to `stride`: more than half the members reaching it make
        // the median reach it too, so next_sigma needs no median (and gives the same value).
        const double stride = round_stride(sigma, eta);
        const auto reaching = [&](std::size_t begin, std::size_t end) {
          const Positions& pk = p.up_to(j, end);
          return c.executor.sum(end - begin, std::size_t{0}, [&](std::size_t r) {
            return upper_bound(pk, begin + r) >= stride ? std::size_t{1} : std::size_t{0};
          });
        };
        if (founders_text)
          next = round_target(DecisionRule::kConsensus, p.up_to(j, n), sigma);
        else if (x.rule == DecisionRule::kMajority && majority_reaches(n, reaching))
          next = next_sigma(sigma, eta, stride);
        else
          next = next_sigma(sigma, eta, round_target(x.rule, p.up_to(j, n), sigma));
        ++j;
      }
      s.specificity.next()[gk] = next;
      s.progress.next()[gk] = next - sigma;
    }
  }
}

}  // namespace cybernorms
