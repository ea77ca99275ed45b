#include "models/cybernorms/negotiation.hpp"

#include "models/cybernorms/draws.hpp"

#include "models/cybernorms/phases.hpp"
#include "models/cybernorms/utility.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cybernorms {

namespace {

// The most specific text a member of this ideal and tolerance accepts.
double upper_bound(double ideal, double tolerance) {
  return std::clamp(ideal + tolerance, 0.0, 1.0);
}
double upper_bound(const Positions& m, std::size_t i) {
  return upper_bound(m.ideal[i], m.tolerance[i]);
}

}  // namespace

double round_target(DecisionRule rule, const Positions& m, double sigma, double quantile) {
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
  if (quantile > 0.0) {
    const auto at =
        upper.begin() + static_cast<std::ptrdiff_t>(std::floor(quantile * static_cast<double>(n)));
    std::nth_element(upper.begin(), at, upper.end());
    return *at;
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

double next_sigma(double sigma, double eta, double target, double fallback) {
  return target >= sigma ? next_sigma(sigma, eta, target) : sigma - fallback * (sigma - target);
}

double failure_chance(const Negotiation& m, const std::vector<double>& trust,
                      const std::vector<double>& per_bloc) {
  const std::size_t B = per_bloc.size();
  double pairs = 0.0, trusted = 0.0;
  for (std::size_t b = 0; b < B; ++b)
    for (std::size_t o = 0; o < B; ++o) {
      pairs += per_bloc[b] * per_bloc[o];
      trusted += per_bloc[b] * per_bloc[o] * trust[b * B + o];
    }
  const double mean = pairs > 0.0 ? trusted / pairs : 1.0;
  return std::min(1.0, m.fail_rate + m.fail_trust * (1.0 - mean));
}

namespace {

// Ideal strictness and tolerance of each listed agent for each listed norm: the ideal
// follows the agent's own utility for k (capability lowers it, the burden of many regimes
// raises it); tolerance widens with trust towards the other members' blocs and narrows with
// contention. Whether a member's upper bound reaches the round's stride is asked for the
// first members only as far as a decision needs (see majority_reaches), in parallel passes
// serving every norm at once (an agent's utilities for its norms sit together in memory);
// full positions are computed only where a rule needs every value.
class MemberPositions {
 public:
  MemberPositions(const Context& c, const Derived& d, const State& s,
                  const std::vector<std::int32_t>& who, const std::vector<int>& norms,
                  std::vector<double> strides)
      : c_(c),
        d_(d),
        s_(s),
        who_(who),
        norms_(norms),
        strides_(std::move(strides)),
        reach_(norms.size(), std::vector<std::uint8_t>(who.size())) {
    const World& w = c.world;
    const Negotiation& m = c.params.mechanisms.negotiation;
    const auto& trust = s.trust.current();
    std::vector<double> per_bloc(w.blocs, 0.0);
    for (const std::int32_t a : who) per_bloc[w.bloc[a]] += 1.0;
    // Mean trust towards the other listed agents depends only on one's bloc, and so does
    // the tolerance for a norm.
    tolerance_.resize(static_cast<std::size_t>(w.blocs) * norms.size());
    for (int b = 0; b < w.blocs; ++b) {
      double others = 0.0, trust_sum = 0.0;
      for (int o = 0; o < w.blocs; ++o) {
        const double count = per_bloc[o] - (o == b ? 1.0 : 0.0);
        others += count;
        trust_sum += count * trust[static_cast<std::size_t>(b) * w.blocs + o];
      }
      const double mean_trust = others > 0 ? trust_sum / others : 1.0;
      for (std::size_t j = 0; j < norms.size(); ++j)
        tolerance_[b * norms.size() + j] =
            std::max(0.0, m.tolerance + m.trust_tolerance * mean_trust -
                              m.contention_narrowing * c.params.norms[norms[j]].contention);
    }
    // The floor of U (utility_floor) bounds the upper bound from below only while every
    // step from U to it is non-decreasing.
    const Adoption& u = c.params.mechanisms.adoption;
    floor_bounds_ = u.w_reg >= 0.0 && u.w_harm >= 0.0 && m.ideal_scale >= 0.0;
  }

  std::size_t size() const { return who_.size(); }

  // Whether each of the first `end` agents' upper bound for norm j (index into the listed
  // norms) reaches its stride: 1 or 0.
  const std::vector<std::uint8_t>& reaching_up_to(std::size_t j, std::size_t end) {
    if (end > filled_) {
      c_.executor.for_each(end - filled_, [&](std::size_t r) {
        const std::size_t i = filled_ + r;
        for (std::size_t j2 = 0; j2 < norms_.size(); ++j2) reach_[j2][i] = reaches(who_[i], j2);
      });
      filled_ = end;
    }
    return reach_[j];
  }

  // Every agent's position for norm j.
  Positions all(std::size_t j) const {
    Positions p;
    p.ideal.resize(who_.size());
    p.tolerance.resize(who_.size());
    c_.executor.for_each(who_.size(), [&](std::size_t i) {
      p.ideal[i] = ideal(adoption_utility(c_, s_, d_, who_[i], norms_[j]));
      p.tolerance[i] = tolerance(who_[i], j);
    });
    return p;
  }

 private:
  double ideal(double utility) const {
    return std::clamp(0.5 + c_.params.mechanisms.negotiation.ideal_scale * utility, 0.0, 1.0);
  }
  double tolerance(std::int32_t a, std::size_t j) const {
    return tolerance_[static_cast<std::size_t>(c_.world.bloc[a]) * norms_.size() + j];
  }
  // The floor of U settles most members without their market terms; the rest need U itself,
  // the same terms with the market ones added (the same sum as adoption_utility).
  bool reaches(std::int32_t a, std::size_t j) const {
    const int k = norms_[j];
    const Norm& norm = c_.params.norms[k];
    const double tol = tolerance(a, j);
    UtilityTerms t = terms_without_markets(c_, s_, d_, a, k);
    if (floor_bounds_ && upper_bound(ideal(utility(c_.params, norm, t)), tol) >= strides_[j])
      return true;
    add_market_terms(c_, s_, d_, a, k, t);
    return upper_bound(ideal(utility(c_.params, norm, t)), tol) >= strides_[j];
  }

  const Context& c_;
  const Derived& d_;
  const State& s_;
  const std::vector<std::int32_t>& who_;
  const std::vector<int>& norms_;
  std::vector<double> strides_;                   // listed norms
  std::vector<double> tolerance_;                 // blocs x listed norms
  std::vector<std::vector<std::uint8_t>> reach_;  // listed norms x agents
  std::size_t filled_ = 0;
  bool floor_bounds_ = false;
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

// Whether this step's round of initiative g fails (a draw per initiative and round, only
// where failures can happen).
bool round_fails(const Context& c, const Derived& d, const State& s, int g) {
  const Negotiation& m = c.params.mechanisms.negotiation;
  if (m.fail_rate == 0.0 && m.fail_trust == 0.0) return false;
  std::vector<double> per_bloc(c.world.blocs, 0.0);
  for (const std::int32_t a : d.members[g]) per_bloc[c.world.bloc[a]] += 1.0;
  sim::Rng rng(c.seed, static_cast<std::uint64_t>(c.step), kPhaseNegotiation,
               static_cast<std::uint64_t>(g));
  return rng.uniform() < failure_chance(m, s.trust.current(), per_bloc);
}

// Scenario text shocks of this step: every text of the initiative loses a share of its
// specificity (after this step's round, if any).
void apply_text_shocks(const Context& c, State& s) {
  for (int g = 0; g < c.G(); ++g) {
    const double factor = text_shock_factor(c.world.events, c.step, g);
    if (factor == 1.0) continue;
    for (const int k : c.world.initiative_norms[g])
      s.specificity.next()[static_cast<std::size_t>(g) * c.K() + k] *= factor;
  }
}

void negotiate_round(const Context& c, const Derived& d, State& s) {
  const Negotiation& m = c.params.mechanisms.negotiation;
  const World& w = c.world;
  for (int g = 0; g < c.G(); ++g) {
    if (!d.founded[g] || d.members[g].empty()) continue;
    const auto& x = c.params.initiatives[g];
    if (round_fails(c, d, s, g)) {
      for (const int k : w.initiative_norms[g]) {
        const auto gk = static_cast<std::size_t>(g) * c.K() + k;
        s.specificity.next()[gk] = s.specificity.current()[gk];
        s.progress.next()[gk] = 0.0;
      }
      continue;
    }
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
    // One round moves at most to `stride`: more than half the members reaching it make the
    // median reach it too, so next_sigma needs no median (and gives the same value).
    std::vector<double> strides;
    for (const int k : negotiated)
      strides.push_back(
          round_stride(s.specificity.current()[static_cast<std::size_t>(g) * c.K() + k], eta));
    MemberPositions p(c, d, s, who, negotiated, strides);
    const std::size_t n = p.size();
    std::size_t j = 0;
    for (const int k : table) {
      const auto gk = static_cast<std::size_t>(g) * c.K() + k;
      const double sigma = s.specificity.current()[gk];
      double next = sigma;
      if (j < negotiated.size() && negotiated[j] == k) {
        const auto reaching = [&](std::size_t begin, std::size_t end) {
          const auto& reach = p.reaching_up_to(j, end);
          return c.executor.sum(end - begin, std::size_t{0},
                                [&](std::size_t r) { return std::size_t{reach[begin + r]}; });
        };
        if (founders_text)
          next = round_target(DecisionRule::kConsensus, p.all(j), sigma, m.consensus_quantile);
        else if (x.rule == DecisionRule::kMajority && majority_reaches(n, reaching))
          next = next_sigma(sigma, eta, strides[j]);
        else
          next = next_sigma(sigma, eta, round_target(x.rule, p.all(j), sigma, m.consensus_quantile),
                            m.fallback);
        ++j;
      }
      s.specificity.next()[gk] = next;
      s.progress.next()[gk] = next - sigma;
    }
  }
}

}  // namespace

void negotiate(const Context& c, const Derived& d, State& s) {
  if (c.step % c.params.mechanisms.negotiation.interval == 0) negotiate_round(c, d, s);
  apply_text_shocks(c, s);
}

}  // namespace cybernorms
