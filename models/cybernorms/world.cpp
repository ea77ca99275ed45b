#include "models/cybernorms/world.hpp"

#include "models/cybernorms/agent_names.hpp"
#include "models/cybernorms/draws.hpp"
#include "models/cybernorms/founders.hpp"

#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>

namespace cybernorms {
namespace {

// Streams of the generator: one slot per attribute, so adding an attribute never changes
// the others.
enum Slot : std::uint32_t {
  kSlotRegion,
  kSlotBloc,
  kSlotCapability,
  kSlotCapacity,
  kSlotWeight,
  kSlotSize,
  kSlotHome,
  kSlotFootprint,
  kSlotSector,
  kSlotStance,
  kSlotTraits,
  kSlotStateLink,
  kSlotFirmLink,
};

// Index drawn with probability proportional to the increments of `cumulative`.
std::int32_t draw_cumulative(const std::vector<double>& cumulative, sim::Rng& rng) {
  const double u = rng.uniform() * cumulative.back();
  const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), u);
  return static_cast<std::int32_t>(
      std::min<std::ptrdiff_t>(it - cumulative.begin(), std::ssize(cumulative) - 1));
}

template <class T>
T given_or(const std::optional<T>& given, T drawn) {
  return given ? *given : drawn;
}

std::vector<double> cumulative_of(const std::vector<double>& shares) {
  std::vector<double> c(shares.size());
  std::partial_sum(shares.begin(), shares.end(), c.begin());
  return c;
}

void generate_states(const Params& p, std::uint64_t seed, World& w) {
  std::vector<double> region_shares, bloc_shares;
  for (const auto& r : p.world.regions) region_shares.push_back(r.share);
  for (const auto& b : p.world.blocs) bloc_shares.push_back(b.share);
  const auto region_cum = cumulative_of(region_shares);
  const auto bloc_cum = cumulative_of(bloc_shares);
  const auto& roster = p.world.roster.states;
  for (std::int32_t s = 0; s < w.states; ++s) {
    // Every draw is made even where the roster gives the value, so that the streams, and the
    // values a roster leaves to chance, do not depend on which columns it has.
    const StateRow* row = roster.empty() ? nullptr : &roster[static_cast<std::size_t>(s)];
    auto rng = [&](Slot slot) { return sim::Rng(seed, 0, kPhaseWorld, s, slot); };
    auto r_region = rng(kSlotRegion);
    const std::int32_t region = draw_cumulative(region_cum, r_region);
    w.region[s] = row ? row->region : region;
    auto r_bloc = rng(kSlotBloc);
    const std::int32_t bloc = draw_cumulative(bloc_cum, r_bloc);
    w.bloc[s] = row ? row->bloc : bloc;
    const double position =
        p.world.blocs[w.bloc[s]].position + p.world.position_sd * standard_normal(r_bloc);
    w.position[s] = given_or(row ? row->position : std::nullopt, position);
    auto r_cap = rng(kSlotCapability);
    const double capability =
        std::exp(p.world.capability.mu + p.world.capability.sigma * standard_normal(r_cap));
    w.capability[s] = given_or(row ? row->capability : std::nullopt, capability);
    auto r_capacity = rng(kSlotCapacity);
    const bool developing = r_capacity.bernoulli(p.world.regions[w.region[s]].developing);
    w.developing[s] = given_or(row ? row->developing : std::nullopt, developing) ? 1 : 0;
    const double mean = w.developing[s] ? p.world.capacity_developing : p.world.capacity_developed;
    const double capacity =
        std::clamp(mean + p.world.capacity_sd * standard_normal(r_capacity), 0.01, 1.0);
    w.capacity[s] = given_or(row ? row->capacity : std::nullopt, capacity);
    auto r_weight = rng(kSlotWeight);
    const double weight =
        std::exp(p.world.weight.mu + p.world.weight.sigma * standard_normal(r_weight));
    w.weight[s] = given_or(row ? row->weight : std::nullopt, weight);
    w.home[s] = s;
    w.kind[s] = kState;
    w.cost_scale[s] = 1.0;
    w.reputation_sensitivity[s] = p.world.state_reputation_sensitivity;
  }
}

// The footprint: home first, then further states drawn by economic weight without
// replacement (Efraimidis-Spirakis keys u^(1/w): the top keys form a weighted sample).
// Small footprints use successive weighted draws with rejection of repeats (the same
// distribution, without touching every state).
std::vector<std::int32_t> draw_footprint(std::int32_t home, std::int64_t markets, const World& w,
                                         const std::vector<double>& weight_cum, sim::Rng& rng) {
  if (markets - 1 <= w.states / 8) {
    std::vector<std::int32_t> out{home};
    while (std::ssize(out) < markets) {
      const std::int32_t s = draw_cumulative(weight_cum, rng);
      if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
    }
    std::sort(out.begin() + 1, out.end());
    return out;
  }
  std::vector<std::pair<double, std::int32_t>> keys;
  keys.reserve(w.states);
  for (std::int32_t s = 0; s < w.states; ++s)
    if (s != home) keys.push_back({std::log(1.0 - rng.uniform()) / w.weight[s], s});
  const auto take = static_cast<std::size_t>(std::min<std::int64_t>(markets - 1, std::ssize(keys)));
  std::partial_sort(keys.begin(), keys.begin() + static_cast<std::ptrdiff_t>(take), keys.end(),
                    [](const auto& a, const auto& b) {
                      return a.first > b.first || (a.first == b.first && a.second < b.second);
                    });
  std::vector<std::int32_t> out{home};
  for (std::size_t i = 0; i < take; ++i) out.push_back(keys[i].second);
  std::sort(out.begin() + 1, out.end());
  return out;
}

void generate_firms(const Params& p, std::uint64_t seed, World& w) {
  std::vector<double> weights(w.weight.begin(), w.weight.begin() + w.states);
  const auto weight_cum = cumulative_of(weights);
  w.footprint_offsets.assign(w.agents + 1, 0);
  const auto& roster = p.world.roster.firms;
  for (std::int32_t a = w.states; a < w.agents; ++a) {
    const FirmRow* row = roster.empty() ? nullptr : &roster[static_cast<std::size_t>(a - w.states)];
    auto rng = [&](Slot slot) { return sim::Rng(seed, 0, kPhaseWorld, a, slot); };
    auto r_size = rng(kSlotSize);
    const double size = given_or(row ? row->size : std::nullopt,
                                 std::pow(1.0 - r_size.uniform(), -1.0 / p.world.firm_size_alpha));
    auto r_home = rng(kSlotHome);
    const std::int32_t drawn_home = draw_cumulative(weight_cum, r_home);
    const std::int32_t home = row ? row->home : drawn_home;
    auto r_sector = rng(kSlotSector);
    const double u = r_sector.uniform();
    const Sector drawn_sector = u < p.world.sectors.vendor                               ? kVendor
                                : u < p.world.sectors.vendor + p.world.sectors.operator_ ? kOperator
                                                                                         : kOther;
    const Sector sector = given_or(row ? row->sector : std::nullopt, drawn_sector);
    w.kind[a] = kFirm;
    w.home[a] = home;
    w.region[a] = w.region[home];
    w.bloc[a] = w.bloc[home];
    w.position[a] = w.position[home];
    w.weight[a] = size;
    w.sector[a] = sector;
    w.cost_scale[a] = std::pow(size, p.mechanisms.adoption.size_elasticity);
    const auto& rs = p.world.reputation_sensitivity;
    w.reputation_sensitivity[a] = sector == kVendor     ? rs.vendor
                                  : sector == kOperator ? rs.operator_
                                                        : rs.other;
    w.capacity[a] = given_or(row ? row->capacity : std::nullopt, p.world.firm_capacity);
    const auto markets = std::min<std::int64_t>(
        w.states,
        static_cast<std::int64_t>(std::ceil(std::pow(size, p.world.footprint_elasticity) - 1e-12)));
    auto r_fp = rng(kSlotFootprint);
    const auto fp =
        row && !row->footprint.empty()
            ? row->footprint
            : draw_footprint(home, std::max<std::int64_t>(markets, 1), w, weight_cum, r_fp);
    w.footprint_offsets[a + 1] = static_cast<std::int64_t>(fp.size());
    w.footprint_states.insert(w.footprint_states.end(), fp.begin(), fp.end());
  }
  for (std::int32_t a = 0; a < w.agents; ++a) w.footprint_offsets[a + 1] += w.footprint_offsets[a];
  w.home_offsets.assign(w.states + 1, 0);
  for (std::int32_t a = w.states; a < w.agents; ++a) ++w.home_offsets[w.home[a] + 1];
  for (std::int32_t s = 0; s < w.states; ++s) w.home_offsets[s + 1] += w.home_offsets[s];
  w.home_firms.resize(w.firms);
  std::vector<std::int64_t> fill(w.home_offsets.begin(), w.home_offsets.end() - 1);
  for (std::int32_t a = w.states; a < w.agents; ++a) w.home_firms[fill[w.home[a]]++] = a;
}

// The stances the roster row of agent a gives (per norm, unset where drawn); empty where
// the agent's kind is generated.
std::span<const std::optional<double>> roster_stances(const Params& p, const World& w,
                                                      std::int32_t a) {
  const auto& r = p.world.roster;
  if (a < w.states)
    return r.states.empty() ? std::span<const std::optional<double>>()
                            : r.states[static_cast<std::size_t>(a)].stance;
  return r.firms.empty() ? std::span<const std::optional<double>>()
                         : r.firms[static_cast<std::size_t>(a - w.states)].stance;
}

// Drawn (or laddered) stances, then the roster's, then the overrides: an override is the
// last word, so a scenario can perturb one rostered agent without editing the CSV.
void generate_stances(const Params& p, const AgentNames& names, std::uint64_t seed, World& w) {
  w.stance.assign(static_cast<std::size_t>(w.agents) * w.norms, 0.0);
  const double n = static_cast<double>(w.agents);
  for (std::int32_t a = 0; a < w.agents; ++a) {
    sim::Rng rng(seed, 0, kPhaseWorld, a, kSlotStance);
    const auto given = roster_stances(p, w, a);
    for (int k = 0; k < w.norms; ++k) {
      // Drawn even where the roster gives it, so the stream and the stances left to chance
      // are those of a generated world.
      double drawn = 0.0;
      if (p.world.stance_shape == StanceShape::kLadder) {
        const double step = w.agents > 1 ? (p.world.ladder.high - p.world.ladder.low) / (n - 1) : 0;
        drawn = p.world.ladder.high - step * a;
      } else {
        drawn = p.norms[k].stance.of(w.kind[a]) + p.world.stance_sd * standard_normal(rng);
      }
      w.stance[w.ak(a, k)] = given.empty() ? drawn : given_or(given[k], drawn);
    }
  }
  for (const auto& o : p.world.stance_overrides)
    for (int k = 0; k < w.norms; ++k)
      if (p.norms[k].name == o.norm) w.stance[w.ak(names.agent(o.agent), k)] = o.value;
}

void generate_traits(const Params& p, std::uint64_t seed, World& w) {
  for (std::int32_t a = 0; a < w.agents; ++a) {
    sim::Rng rng(seed, 0, kPhaseWorld, a, kSlotTraits);
    const auto& b = p.world.boldness;
    const auto& v = p.world.vengefulness;
    w.boldness[a] = b.low + (b.high - b.low) * rng.uniform();
    w.vengefulness[a] = v.low + (v.high - v.low) * rng.uniform();
  }
}

void generate_networks(const Params& p, std::uint64_t seed, World& w) {
  std::vector<sim::CsrGraph::Edge> edges;
  auto link = [&](std::int32_t a, std::int32_t b, double weight) {
    edges.push_back({a, b, weight});
    edges.push_back({b, a, weight});
  };
  // States: bloc proximity and shared region make diplomatic ties likely.
  for (std::int32_t i = 0; i < w.states; ++i)
    for (std::int32_t j = i + 1; j < w.states; ++j) {
      sim::Rng rng(seed, 0, kPhaseWorld, i, kSlotStateLink, static_cast<std::uint64_t>(j));
      double chance = p.world.state_link_base *
                      std::exp(-std::abs(w.position[i] - w.position[j]) / p.world.state_link_scale);
      if (w.region[i] == w.region[j]) chance *= p.world.same_region_boost;
      if (rng.bernoulli(chance)) link(i, j, 1.0);
    }
  // Room for every firm's links, both ways, so that millions of edges are not copied as the
  // list grows.
  edges.reserve(edges.size() +
                2 * (static_cast<std::size_t>(w.agents - w.states) *
                         static_cast<std::size_t>(std::max<std::int64_t>(p.world.firm_links, 0)) +
                     w.footprint_states.size()));
  // Firms: supply chains by preferential attachment (Barabasi-Albert on the endpoint list).
  std::vector<std::int32_t> endpoints;
  const auto m = static_cast<std::int32_t>(p.world.firm_links);
  for (std::int32_t a = w.states; a < w.agents; ++a) {
    sim::Rng rng(seed, 0, kPhaseWorld, a, kSlotFirmLink);
    const std::int32_t earlier = a - w.states;
    for (std::int32_t l = 0; l < std::min(m, earlier); ++l) {
      const std::int32_t b = endpoints.empty()
                                 ? w.states + static_cast<std::int32_t>(rng.below(earlier))
                                 : endpoints[rng.below(endpoints.size())];
      link(a, b, 1.0);
      endpoints.push_back(b);
    }
    for (std::int32_t l = 0; l < std::min(m, earlier); ++l) endpoints.push_back(a);
    // Market presence: a firm is in contact with every state it operates in.
    for (const std::int32_t s : w.footprint(a)) link(a, s, 1.0);
  }
  w.contacts = sim::CsrGraph(w.agents, edges);
}

void place_initiatives(const Params& p, const AgentNames& names, World& w) {
  const auto G = static_cast<std::size_t>(p.initiative_count());
  w.initiative_norms.assign(G, {});
  w.founders.assign(G, {});
  w.initiative_region.assign(G, -1);
  w.is_founder.assign(static_cast<std::size_t>(w.agents) * G, 0);
  w.promoted.assign(G * static_cast<std::size_t>(w.norms), 0);
  for (std::size_t g = 0; g < G; ++g) {
    const auto& x = p.initiatives[g];
    for (const auto& name : x.norms)
      for (int k = 0; k < w.norms; ++k)
        if (p.norms[k].name == name) w.initiative_norms[g].push_back(k);
    std::sort(w.initiative_norms[g].begin(), w.initiative_norms[g].end());
    for (const int k : w.initiative_norms[g]) w.promoted[g * w.norms + k] = 1;
    w.initiative_region[g] = p.region_index(x.region);
    // Founders: the largest agents of each kind in the region (ties broken by index), then
    // the named ones (founders.hpp).
    auto top = [&](std::int32_t begin, std::int32_t end, std::int64_t count) {
      std::vector<std::int32_t> pool;
      for (std::int32_t a = begin; a < end; ++a)
        if (w.initiative_region[g] < 0 || w.region[a] == w.initiative_region[g]) pool.push_back(a);
      // Heaviest first, ties by index: a total order, so the top `count` are those a stable
      // sort would give, found in O(pool log count).
      const auto n = static_cast<std::ptrdiff_t>(std::min<std::int64_t>(count, std::ssize(pool)));
      std::partial_sort(pool.begin(), pool.begin() + n, pool.end(),
                        [&](std::int32_t a, std::int32_t b) {
                          return w.weight[a] != w.weight[b] ? w.weight[a] > w.weight[b] : a < b;
                        });
      pool.resize(static_cast<std::size_t>(n));
      w.founders[g].insert(w.founders[g].end(), pool.begin(), pool.end());
    };
    top(0, w.states, x.founders.top_states);
    top(w.states, w.agents, x.founders.top_firms);
    // Named founders join the top ones; an agent that is both is one founder. Founders are
    // kept in agent order (states, then firms; roster file order), whatever order names them.
    const auto named = named_founders(p, names, g);
    w.founders[g].insert(w.founders[g].end(), named.begin(), named.end());
    std::sort(w.founders[g].begin(), w.founders[g].end());
    w.founders[g].erase(std::unique(w.founders[g].begin(), w.founders[g].end()),
                        w.founders[g].end());
    for (const std::int32_t a : w.founders[g])
      w.is_founder[static_cast<std::size_t>(a) * G + g] = 1;
  }
  const std::size_t R = p.world.regions.size();
  w.needs_no_invitation.assign(G * R, 1);
  w.founder_position.assign(G, std::numeric_limits<double>::quiet_NaN());
  for (std::size_t g = 0; g < G; ++g) {
    const auto& x = p.initiatives[g];
    if (x.invitation)
      for (std::size_t r = 0; r < R; ++r)
        w.needs_no_invitation[g * R + r] =
            std::find(x.open_regions.begin(), x.open_regions.end(), p.world.regions[r].name) !=
            x.open_regions.end();
    double sum = 0.0, count = 0.0;
    for (const std::int32_t a : w.founders[g])
      if (w.kind[a] == kState) sum += w.position[a], count += 1.0;
    if (count > 0) w.founder_position[g] = sum / count;
  }
  w.events = resolve_events(p, names);
}

}  // namespace

World generate_world(const Params& p, std::uint64_t seed) {
  World w;
  w.states = static_cast<std::int32_t>(p.world.states);
  w.firms = static_cast<std::int32_t>(p.world.firms);
  w.agents = w.states + w.firms;
  w.norms = p.norm_count();
  w.blocs = static_cast<int>(p.world.blocs.size());
  const auto n = static_cast<std::size_t>(w.agents);
  w.kind.assign(n, kState);
  w.region.assign(n, 0);
  w.bloc.assign(n, 0);
  w.position.assign(n, 0.0);
  w.home.assign(n, 0);
  w.weight.assign(n, 0.0);
  w.capability.assign(n, 0.0);
  w.cost_scale.assign(n, 1.0);
  w.reputation_sensitivity.assign(n, 0.0);
  w.sector.assign(n, kOther);
  w.developing.assign(n, 0);
  w.capacity.assign(n, 1.0);
  w.boldness.assign(n, 0.0);
  w.vengefulness.assign(n, 0.0);
  const AgentNames names(p);
  generate_states(p, seed, w);
  generate_firms(p, seed, w);
  generate_stances(p, names, seed, w);
  generate_traits(p, seed, w);
  generate_networks(p, seed, w);
  place_initiatives(p, names, w);
  w.bloc_size.assign(w.blocs, 0.0);
  for (std::int32_t a = 0; a < w.agents; ++a) w.bloc_size[w.bloc[a]] += 1.0;
  return w;
}

}  // namespace cybernorms
