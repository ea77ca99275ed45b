#include "models/cybernorms/context.hpp"
#include "models/cybernorms/utility.hpp"

#include <algorithm>

namespace cybernorms {

double variant_sigma(const Context& c, const State& s, std::int32_t v, int k) {
  if (v < c.G()) return s.specificity.current()[static_cast<std::size_t>(v) * c.K() + k];
  return c.params.mechanisms.adoption.national_specificity;
}

namespace {

bool promotes(const World& w, int g, int k) {
  return std::binary_search(w.initiative_norms[g].begin(), w.initiative_norms[g].end(), k);
}

void initiatives_now(const Context& c, const State& s, Derived& d) {
  const World& w = c.world;
  const int G = c.G();
  d.founded.assign(G, 0);
  d.open.assign(G, 0);
  d.members.assign(G, {});
  const auto& spec = s.specificity.current();
  for (int g = 0; g < G; ++g) {
    const auto& x = c.params.initiatives[g];
    d.founded[g] = c.step >= x.founded;
    double mean = 0.0;
    for (const int k : w.initiative_norms[g]) mean += spec[static_cast<std::size_t>(g) * c.K() + k];
    mean /= static_cast<double>(w.initiative_norms[g].size());
    d.open[g] = d.founded[g] && (x.kind != InitiativeKind::kTreaty || mean >= x.open_at);
  }
  const auto& member = s.member.current();
  for (std::int32_t a = 0; a < w.agents; ++a)
    for (int g = 0; g < G; ++g)
      if (member[static_cast<std::size_t>(a) * G + g]) d.members[g].push_back(a);
}

// Endorsing agents per norm and kind, agents per kind, and the summed position of endorsing
// states per norm, accumulated in parallel (block partials added in block order).
struct AdopterTally {
  std::vector<double> adopters;  // norms x kinds
  std::vector<double> kind_count;
  std::vector<double> position_sum;  // norms
  AdopterTally& operator+=(const AdopterTally& o) {
    for (std::size_t i = 0; i < adopters.size(); ++i) adopters[i] += o.adopters[i];
    for (std::size_t i = 0; i < kind_count.size(); ++i) kind_count[i] += o.kind_count[i];
    for (std::size_t i = 0; i < position_sum.size(); ++i) position_sum[i] += o.position_sum[i];
    return *this;
  }
};

void adopters_now(const Context& c, const State& s, Derived& d) {
  const World& w = c.world;
  const int K = c.K();
  const auto& stage = s.stage.current();
  const AdopterTally zero{std::vector<double>(static_cast<std::size_t>(K) * kKinds, 0.0),
                          std::vector<double>(kKinds, 0.0), std::vector<double>(K, 0.0)};
  AdopterTally t = c.executor.accumulate(
      static_cast<std::size_t>(w.agents), zero, [&](AdopterTally& acc, std::size_t i) {
        const auto a = static_cast<std::int32_t>(i);
        acc.kind_count[w.kind[a]] += 1.0;
        for (int k = 0; k < K; ++k)
          if (stage[w.ak(a, k)] >= kEndorsed) {
            acc.adopters[static_cast<std::size_t>(k) * kKinds + w.kind[a]] += 1.0;
            if (w.kind[a] == kState) acc.position_sum[k] += w.position[a];
          }
      });
  d.adopters = std::move(t.adopters);
  d.kind_count = std::move(t.kind_count);
  d.adopter_position = std::move(t.position_sum);
  d.has_adopter_position.assign(K, 0);
  for (int k = 0; k < K; ++k) {
    const double n = d.adopters[static_cast<std::size_t>(k) * kKinds + kState];
    d.has_adopter_position[k] = n > 0;
    if (n > 0) d.adopter_position[k] /= n;
  }
}

// Memberships as the adoption terms see them: commitments, monitoring, cbm and the most
// specific text on offer.
void membership_terms(const Context& c, const State& s, Derived& d) {
  const World& w = c.world;
  const int K = c.K();
  const int G = c.G();
  const auto n = static_cast<std::size_t>(w.agents) * K;
  d.commitment.assign(n, 0.0);
  d.monitoring.assign(n, 0.0);
  d.cbm.assign(w.agents, 0.0);
  d.chosen_variant.assign(n, 0);
  d.chosen_sigma.assign(n, 0.0);
  const auto& member = s.member.current();
  const auto& formalised = s.formalised.current();
  const auto& variant = s.variant.current();
  c.executor.for_each(static_cast<std::size_t>(w.agents), [&](std::size_t i) {
    const auto a = static_cast<std::int32_t>(i);
    for (int k = 0; k < K; ++k) {
      std::int32_t best = -1;
      double best_sigma = -1.0;
      for (int g = 0; g < G; ++g) {
        if (!member[i * G + g] || !d.founded[g] || !promotes(w, g, k)) continue;
        const auto& x = c.params.initiatives[g];
        d.commitment[w.ak(a, k)] += x.commitment;
        d.monitoring[w.ak(a, k)] = std::max(d.monitoring[w.ak(a, k)], x.monitoring);
        const double sg = variant_sigma(c, s, g, k);
        if (sg > best_sigma) {
          best_sigma = sg;
          best = g;
        }
      }
      if (best < 0) {
        const std::int32_t home = w.home[a];
        best = w.kind[a] == kFirm && formalised[w.ak(home, k)] ? variant[w.ak(home, k)] : G + home;
        best_sigma = variant_sigma(c, s, best, k);
      }
      d.chosen_variant[w.ak(a, k)] = best;
      d.chosen_sigma[w.ak(a, k)] = best_sigma;
    }
    for (int g = 0; g < G; ++g)
      if (member[i * G + g] && d.founded[g])
        d.cbm[i] = std::max(d.cbm[i], c.params.initiatives[g].cbm);
  });
}

}  // namespace

Derived derive(const Context& c, const State& s) {
  Derived d;
  initiatives_now(c, s, d);
  adopters_now(c, s, d);
  membership_terms(c, s, d);
  const World& w = c.world;
  const int K = c.K();
  d.utility.assign(static_cast<std::size_t>(w.agents) * K, 0.0);
  c.executor.for_each(static_cast<std::size_t>(w.agents), [&](std::size_t i) {
    const auto a = static_cast<std::int32_t>(i);
    for (int k = 0; k < K; ++k)
      d.utility[w.ak(a, k)] = utility(c.params, c.params.norms[k], utility_terms(c, s, d, a, k));
  });
  return d;
}

}  // namespace cybernorms
