#include "models/cybernorms/agent_view.hpp"

#include "models/cybernorms/compliance.hpp"
#include "models/cybernorms/sanction.hpp"

#include <algorithm>
#include <array>

namespace cybernorms {

AgentView::AgentView(int norms, int initiatives)
    : adopting(norms), watchers(norms), advocacy(norms), contacts_in(initiatives) {}

namespace {

// Two lanes of doubles (SSE2, the x86-64 baseline, so results do not depend on the machine).
using Lanes = double __attribute__((vector_size(16)));
using LaneBits = std::uint64_t __attribute__((vector_size(16)));

// For the stages of two norms (4 bits): all ones in the lane of each norm at stage >= 1.
const std::array<LaneBits, 16>& endorsed_lanes() {
  static const std::array<LaneBits, 16> table = [] {
    std::array<LaneBits, 16> t{};
    for (unsigned i = 0; i < 16; ++i) t[i] = LaneBits{(i & 3) ? ~0ULL : 0, (i >> 2) ? ~0ULL : 0};
    return t;
  }();
  return table;
}

// Bit i of a byte spread to byte i of a word: adding these counts eight memberships at once.
const std::array<std::uint64_t, 256>& spread_bytes() {
  static const std::array<std::uint64_t, 256> table = [] {
    std::array<std::uint64_t, 256> t{};
    for (unsigned i = 0; i < 256; ++i)
      for (unsigned b = 0; b < 8; ++b)
        if (i >> b & 1) t[i] |= std::uint64_t{1} << (8 * b);
    return t;
  }();
  return table;
}

// Norms and initiatives handled per pass over the contacts: 4 pairs of norm lanes and one
// byte-counter word stay in registers, so no sum waits on a store. Each lane still adds its
// contacts in order (a masked-out contact adds +0.0, as multiplying by 0.0 did), so the sums
// are the same bit for bit however the work is cut.
constexpr int kPairsPerPass = 4;
constexpr int kInitiativesPerPass = 8;
constexpr std::size_t kByteCountLimit = 255;  // a byte counter flushes before it can wrap

// One pass over a's contacts summing `Pairs` pairs of norm lanes from pair q0 and, where
// `members`, the memberships of initiatives g0 .. g0+7; the first pass also sums the tie
// weights and advocacy budgets. The pair count is a template argument so that no lane adds
// what a smaller norm count leaves unused.
template <int Pairs>
void contact_pass(const Context& c, const Derived& d, std::int32_t a, int pass, AgentView& v,
                  double& linked) {
  const int K = c.K();
  const int G = c.G();
  const Profiles& p = d.profiles;
  const auto& lanes = endorsed_lanes();
  const auto& spread = spread_bytes();
  const auto nb = c.world.contacts.neighbours(a);
  const auto wt = c.world.contacts.weights(a);
  const int q0 = pass * kPairsPerPass;
  const int g0 = pass * kInitiativesPerPass;
  const bool members = g0 < G;
  Lanes adopting[kPairsPerPass] = {}, watchers[kPairsPerPass] = {};
  std::uint64_t counts = 0;
  std::array<std::int32_t, kInitiativesPerPass> in{};
  const auto flush = [&] {
    for (int b = 0; b < kInitiativesPerPass; ++b)
      in[b] += static_cast<std::int32_t>(counts >> (8 * b) & 0xff);
    counts = 0;
  };
  double tied = linked;  // a local: v's arrays could alias wt, which would pin it in memory
  for (std::size_t j = 0; j < nb.size(); ++j) {
    // A state has thousands of contacts: keep loads in flight.
    if (j + kPrefetchedContacts < nb.size())
      __builtin_prefetch(p.record(nb[j + kPrefetchedContacts]));
    const Profiles::Record r = p.record(nb[j]);
    if (pass == 0) {  // tie weight and advocacy budgets, once per contact
      tied += wt[j];
      if (p.spends(r)) {
        const double* spent = d.spend.data() + static_cast<std::size_t>(d.spender[nb[j]]) * K;
        for (int k = 0; k < K; ++k) v.advocacy[k] += spent[k];
      }
    }
    const double veng = Profiles::vengefulness(r);
    const LaneBits tie = (LaneBits)Lanes{wt[j], wt[j]};
    const LaneBits vengeful = (LaneBits)Lanes{veng, veng};
    for (int q = 0; q < Pairs; ++q) {
      const LaneBits on = lanes[p.stage_pair(r, q0 + q)];
      adopting[q] += (Lanes)(tie & on);
      watchers[q] += (Lanes)(vengeful & on);
    }
    if (!members) continue;
    counts += spread[p.member_byte(r, g0)];
    if ((j + 1) % kByteCountLimit == 0) flush();
  }
  flush();
  linked = tied;
  for (int q = 0; q < Pairs; ++q)
    for (int lane = 0; lane < 2 && 2 * (q0 + q) + lane < K; ++lane) {
      v.adopting[2 * (q0 + q) + lane] = adopting[q][lane];
      v.watchers[2 * (q0 + q) + lane] = watchers[q][lane];
    }
  for (int b = 0; b < kInitiativesPerPass && g0 + b < G; ++b) v.contacts_in[g0 + b] = in[b];
}

}  // namespace

// Reads only the contacts' packed profiles (see Profiles): one pass for the tie weights, the
// advocacy budgets and the first 8 norms and 8 initiatives, another per further 8 of either.
void gather(const Context& c, const Derived& d, std::int32_t a, AgentView& v) {
  const int K = c.K();
  const int G = c.G();
  double linked = 0.0;
  std::fill(v.advocacy.begin(), v.advocacy.end(), 0.0);
  const int passes = std::max((K + 2 * kPairsPerPass - 1) / (2 * kPairsPerPass),
                              (G + kInitiativesPerPass - 1) / kInitiativesPerPass);
  static_assert(kPairsPerPass == 4, "the dispatch below covers 0 to 4 pairs");
  for (int pass = 0; pass < passes; ++pass) {
    switch (std::clamp((K + 1) / 2 - pass * kPairsPerPass, 0, kPairsPerPass)) {
      case 0: contact_pass<0>(c, d, a, pass, v, linked); break;
      case 1: contact_pass<1>(c, d, a, pass, v, linked); break;
      case 2: contact_pass<2>(c, d, a, pass, v, linked); break;
      case 3: contact_pass<3>(c, d, a, pass, v, linked); break;
      default: contact_pass<4>(c, d, a, pass, v, linked); break;
    }
  }
  v.linked = linked;
}

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
  const bool tabulated = G <= kTabulatedInitiatives;
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
  if (G <= kTabulatedInitiatives) {
    std::uint32_t set = 0;
    for (int g = 0; g < G; ++g)
      if (in[g] && d.founded[g]) set |= std::uint32_t{1} << g;
    d.offer_row[a] = set;
    return;
  }
  joined.clear();
  for (int g = 0; g < G; ++g)
    if (in[g] && d.founded[g]) joined.push_back(g);
  d.offer_row[a] = static_cast<std::uint32_t>(a);
  offers_of(c, s, d, joined, d.offers.data() + static_cast<std::size_t>(a) * c.K());
}

void prefetch_contacts(const Context& c, const Derived& d, std::int32_t a) {
  const auto nb = c.world.contacts.neighbours(a);
  // The passes over a state's thousands of contacts prefetch their own way ahead; asking for
  // all of them here would only evict what earlier agents still need.
  const std::size_t first = std::min<std::size_t>(nb.size(), kPrefetchedContacts);
  for (std::size_t j = 0; j < first; ++j) __builtin_prefetch(d.profiles.record(nb[j]));
}

}  // namespace cybernorms
