#include "models/cybernorms/utility.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace cybernorms {

namespace {

// ln n for the small market counts of almost every firm, computed once.
double log_count(std::size_t n) {
  static const std::array<double, 256> table = [] {
    std::array<double, 256> t{};
    for (std::size_t i = 1; i < t.size(); ++i) t[i] = std::log(static_cast<double>(i));
    return t;
  }();
  return n < table.size() ? table[n] : std::log(static_cast<double>(n));
}

}  // namespace

double harmonisation(const Context& c, const State& s, std::int32_t a, int k) {
  const World& w = c.world;
  if (w.kind[a] != kFirm) return 0.0;
  const auto fp = w.footprint(a);
  if (fp.size() < 2) return 0.0;
  // Markets ruled by the same text form one regime; Herfindahl over regimes. Each market's
  // text is looked up once (scratch kept per thread: no allocation per call).
  thread_local std::vector<std::int32_t> texts;
  texts.resize(fp.size());
  for (std::size_t i = 0; i < fp.size(); ++i) texts[i] = s.market_text(w, fp[i], k);
  double herfindahl = 0.0;
  const double n = static_cast<double>(fp.size());
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const std::int32_t v = texts[i];
    if (std::find(texts.begin(), texts.begin() + static_cast<std::ptrdiff_t>(i), v) !=
        texts.begin() + static_cast<std::ptrdiff_t>(i))
      continue;
    double same = 0.0;
    for (std::size_t j = i; j < texts.size(); ++j) same += texts[j] == v ? 1.0 : 0.0;
    herfindahl += (same / n) * (same / n);
  }
  return log_count(fp.size()) * (1.0 - herfindahl);
}

double legal_obligation(const Context& c, const State& s, const Derived& d, std::int32_t a, int k) {
  const World& w = c.world;
  const auto& formalised = s.formalised.current();
  if (w.kind[a] == kState) {
    if (formalised[w.ak(a, k)]) return 1.0;
    const int G = c.G();
    const auto& member = s.member.current();
    for (int g = 0; g < G; ++g)
      if (c.params.initiatives[g].kind == InitiativeKind::kTreaty &&
          member[static_cast<std::size_t>(a) * G + g] && d.open[g] && w.promotes(g, k))
        return 1.0;
    return 0.0;
  }
  const auto fp = w.footprint(a);
  double bound = 0.0;
  for (const std::int32_t st : fp) bound += formalised[w.ak(st, k)];
  return bound / static_cast<double>(fp.size());
}

UtilityTerms terms_without_markets(const Context& c, const State& s, const Derived& d,
                                   std::int32_t a, int k) {
  const World& w = c.world;
  const Norm& norm = c.params.norms[k];
  const auto& stage = s.stage.current();
  UtilityTerms t;
  // Security: adopter share among contacts, weighted by tie strength.
  const double xbar = d.contacts.xbar(a, k);
  // pow is costly; at xbar 0 or 1 (most agents, early and late) and gamma 1 it is exact.
  const bool trivial = xbar == 0.0 || xbar == 1.0 || norm.externality == 1.0;
  t.security = norm.benefit * (trivial ? xbar : std::pow(xbar, norm.externality));
  // Legitimacy: peers are every other agent of the same kind.
  const int kind = w.kind[a];
  if (kind == kFirm && norm.size_benefit != 0.0)
    t.security *= std::pow(w.weight[a], norm.size_benefit);
  const double self = stage[w.ak(a, k)] >= kEndorsed ? 1.0 : 0.0;
  const double others = d.kind_count[kind] - 1.0;
  const double peers =
      others > 0 ? (d.adopters[static_cast<std::size_t>(k) * kKinds + kind] - self) / others : 0.0;
  t.legitimacy = w.reputation_sensitivity[a] * peers;
  t.commitment = d.offer(a, k, c.K()).commitment;
  t.advocacy = s.advocacy.current()[w.ak(a, k)];
  t.stance = w.stance[w.ak(a, k)];
  t.cost = norm.cost.of(kind) * w.cost_scale[a] / s.capacity.current()[a] *
           (1.0 - c.params.mechanisms.adoption.psi *
                      variant_sigma(c, s, chosen_variant(c, s, d, a, k), k));
  t.strategic = kind == kState ? w.capability[a] * norm.restrictiveness : 0.0;
  t.distance = d.has_adopter_position[k] ? std::abs(w.position[a] - d.adopter_position[k]) : 0.0;
  // Distrust of the adopters' blocs makes the same distance weigh more.
  const double w_trust = c.params.mechanisms.adoption.w_trust;
  if (w_trust != 0.0 && t.distance != 0.0)
    t.distance *=
        1.0 + w_trust * (1.0 - d.adopter_trust[static_cast<std::size_t>(k) * w.blocs + w.bloc[a]]);
  return t;
}

void add_market_terms(const Context& c, const State& s, const Derived& d, std::int32_t a, int k,
                      UtilityTerms& t) {
  t.legal = legal_obligation(c, s, d, a, k);
  t.harmonisation = harmonisation(c, s, a, k);
}

UtilityTerms utility_terms(const Context& c, const State& s, const Derived& d, std::int32_t a,
                           int k) {
  UtilityTerms t = terms_without_markets(c, s, d, a, k);
  add_market_terms(c, s, d, a, k, t);
  return t;
}

double utility(const Params& p, const Norm& norm, const UtilityTerms& t) {
  const Adoption& m = p.mechanisms.adoption;
  return m.w_sec * t.security + m.w_rep * t.legitimacy + m.w_mem * t.commitment +
         m.w_reg * t.legal + m.w_harm * t.harmonisation + m.w_adv * t.advocacy + t.stance - t.cost -
         t.strategic - norm.contention * t.distance;
}

double adoption_utility(const Context& c, const State& s, const Derived& d, std::int32_t a, int k) {
  const Norm& norm = c.params.norms[k];
  return utility(c.params, norm, utility_terms(c, s, d, a, k));
}

double utility_floor(const Context& c, const State& s, const Derived& d, std::int32_t a, int k) {
  return utility(c.params, c.params.norms[k], terms_without_markets(c, s, d, a, k));
}

}  // namespace cybernorms
