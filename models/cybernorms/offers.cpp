#include "models/cybernorms/offers.hpp"

#include "models/cybernorms/compliance.hpp"
#include "models/cybernorms/sanction.hpp"

#include <algorithm>

namespace cybernorms {

namespace {

// The offers of a set of founded initiatives (ascending) for every norm.
void offers_of(const Context& c, const State& s, const Derived& d, const std::vector<int>& joined,
               Offer* out) {
  const World& w = c.world;
  const Sanction& sanction = c.params.mechanisms.sanction;
  double cbm = 0.0;
  for (const int g : joined) cbm = std::max(cbm, c.params.initiatives[g].cbm);
  for (int k = 0; k < c.K(); ++k) {
    Offer o;
    for (const int g : joined) {
      if (!w.promotes(g, k)) continue;
      const auto& x = c.params.initiatives[g];
      o.commitment += x.commitment;
      o.monitoring = std::max(o.monitoring, x.monitoring);
      const double sg = variant_sigma(c, s, g, k);
      if (sg > o.sigma) {
        o.sigma = sg;
        o.variant = g;
      }
      o.comember_watchers += static_cast<double>(sanction.comember_observers) *
                             d.comember[static_cast<std::size_t>(g) * c.K() + k];
    }
    const Norm& norm = c.params.norms[k];
    o.visibility =
        effective_visibility(norm.visibility, o.monitoring, cbm, sanction.cbm_visibility);
    o.false_alarm = false_alarm_probability(norm.misattribution, cbm);
    out[k] = o;
  }
}

}  // namespace

void tabulate_offers(const Context& c, const State& s, Derived& d) {
  const int G = c.G();
  const auto agents = static_cast<std::size_t>(c.world.agents);
  d.offer_row.resize(agents);
  const bool tabulated = offers_tabulated(G);
  const std::size_t rows = tabulated ? std::size_t{1} << G : agents;
  d.offers.resize(rows * c.K());
  if (!tabulated) return;
  std::vector<int> joined;
  for (std::size_t set = 0; set < rows; ++set) {
    joined.clear();
    for (int g = 0; g < G; ++g)
      if (set >> g & 1) joined.push_back(g);
    offers_of(c, s, d, joined, d.offers.data() + set * c.K());
  }
}

void find_offers(const Context& c, const State& s, Derived& d, std::int32_t a,
                 std::vector<int>& joined) {
  const int G = c.G();
  const std::uint8_t* in = s.member.current().data() + static_cast<std::size_t>(a) * G;
  if (offers_tabulated(G)) {
    d.offer_row[a] = founded_set(in, d, G);
    return;
  }
  joined.clear();
  for (int g = 0; g < G; ++g)
    if (in[g] && d.founded[g]) joined.push_back(g);
  d.offer_row[a] = static_cast<std::uint32_t>(a);
  offers_of(c, s, d, joined, d.offers.data() + static_cast<std::size_t>(a) * c.K());
}

}  // namespace cybernorms
