#include "models/cybernorms/context.hpp"
#include "models/cybernorms/offers.hpp"

#include <algorithm>
#include <utility>

namespace cybernorms {

namespace {

void initiatives_now(const Context& c, const State& s, Derived& d) {
  const World& w = c.world;
  const int G = c.G();
  d.founded.assign(G, 0);
  d.open.assign(G, 0);
  const auto& spec = s.specificity.current();
  for (int g = 0; g < G; ++g) {
    const auto& x = c.params.initiatives[g];
    d.founded[g] = c.step >= x.founded && (x.dissolved < 0 || c.step < x.dissolved);
    double mean = 0.0;
    for (const int k : w.initiative_norms[g]) mean += spec[static_cast<std::size_t>(g) * c.K() + k];
    mean /= static_cast<double>(w.initiative_norms[g].size());
    d.open[g] = d.founded[g] && (x.kind != InitiativeKind::kTreaty || mean >= x.open_at);
  }
  // Sorted member lists, written in place: members are counted per block of agents, so each
  // block knows where its members go, and the lists keep their memory from step to step.
  const auto& member = s.member.current();
  const auto n = static_cast<std::size_t>(w.agents);
  const std::size_t blocks = sim::Executor::block_count(n);
  std::vector<std::size_t> at(blocks * G, 0);  // blocks x initiatives: counts, then offsets
  c.executor.for_blocks(n, [&](std::size_t begin, std::size_t end) {
    std::size_t* count = at.data() + sim::Executor::block_of(n, begin) * G;
    for (std::size_t i = begin; i < end; ++i)
      for (int g = 0; g < G; ++g) count[g] += member[i * G + g];
  });
  d.members.resize(G);
  for (int g = 0; g < G; ++g) {
    std::size_t total = 0;
    for (std::size_t b = 0; b < blocks; ++b) total += std::exchange(at[b * G + g], total);
    d.members[g].resize(total);
  }
  // Where each block's part of each list ends: the next block's start (kept apart, as the
  // starts move on while the lists fill), or the list's end.
  std::vector<std::size_t> ends(at.begin() + G, at.end());
  for (int g = 0; g < G; ++g) ends.push_back(d.members[g].size());
  // Every agent is written at its block's next place in each list, and only a member moves it
  // on: no branch on the memberships, which follow no pattern. The next agent, or nothing
  // once the block's part of the list is full, takes the place of a non-member.
  c.executor.for_blocks(n, [&](std::size_t begin, std::size_t end) {
    const std::size_t b = sim::Executor::block_of(n, begin);
    std::size_t* next = at.data() + b * G;
    const std::size_t* full = ends.data() + b * G;
    for (std::size_t i = begin; i < end; ++i)
      for (int g = 0; g < G; ++g) {
        if (next[g] < full[g]) d.members[g][next[g]] = static_cast<std::int32_t>(i);
        next[g] += member[i * G + g];
      }
  });
}

// Endorsing agents per norm and kind, agents per kind, the summed position of endorsing
// states per norm, implementing home firms per state and norm and the summed vengefulness of
// the endorsing members of each initiative per norm it promotes, accumulated in parallel
// (block partials added in block order).
struct AdopterTally {
  std::vector<std::int64_t> adopters;  // norms x kinds
  std::vector<std::int64_t> kind_count;
  std::vector<double> position_sum;             // norms
  std::vector<std::int64_t> home_implementing;  // states x norms
  std::vector<double> comember_sum;             // initiatives x norms
  std::vector<std::int64_t> bloc_adopters;      // norms x blocs: endorsing states
  AdopterTally& operator+=(const AdopterTally& o) {
    sim::add_elementwise(adopters, o.adopters);
    sim::add_elementwise(kind_count, o.kind_count);
    sim::add_elementwise(position_sum, o.position_sum);
    sim::add_elementwise(home_implementing, o.home_implementing);
    sim::add_elementwise(comember_sum, o.comember_sum);
    sim::add_elementwise(bloc_adopters, o.bloc_adopters);
    return *this;
  }
};

// Founders of founded initiatives spend their budget over their contacts, per norm the
// initiative promotes (see the advocacy phase); what each agent receives is summed over its
// contacts in their order. Recounted only when the founded initiatives change.
void advocacy_now(const Context& c, Derived& d) {
  const World& w = c.world;
  const int K = c.K();
  const auto n = static_cast<std::size_t>(w.agents);
  if (!c.params.mechanisms.advocacy.enabled) {
    d.advocacy.clear();
    d.spent_founded.clear();
    return;
  }
  if (d.advocacy.size() == n * K && d.spent_founded == d.founded) return;
  // Per contact and norm: spend[spender[a] * K + k], spender -1 for agents that spend nothing
  // (almost all).
  std::vector<std::int32_t> spender(n, -1);
  std::vector<double> spend;
  for (int g = 0; g < c.G(); ++g) {
    if (!d.founded[g]) continue;
    const double budget = c.params.initiatives[g].founders.budget;
    for (const std::int32_t f : w.founders[g]) {
      const auto degree = w.contacts.degree(f);
      if (degree == 0) continue;
      if (spender[f] < 0) {
        spender[f] = static_cast<std::int32_t>(spend.size() / K);
        spend.resize(spend.size() + K, 0.0);
      }
      for (const int k : w.initiative_norms[g])
        spend[static_cast<std::size_t>(spender[f]) * K + k] += budget / degree;
    }
  }
  d.advocacy.assign(n * K, 0.0);
  c.executor.for_each(n, [&](std::size_t i) {
    double* received = d.advocacy.data() + i * K;
    for (const std::int32_t o : w.contacts.neighbours(static_cast<std::int32_t>(i))) {
      if (spender[o] < 0) continue;
      const double* spent = spend.data() + static_cast<std::size_t>(spender[o]) * K;
      for (int k = 0; k < K; ++k) received[k] += spent[k];
    }
  });
  d.spent_founded = d.founded;
}

// One pass over the agents for the tallies, their profiles (the previous ones are
// kept to find what changed) and, while sets are tabulated, their rows of offers.
void adopters_and_profiles_now(const Context& c, const State& s, Derived& d) {
  const World& w = c.world;
  const int K = c.K();
  const int G = c.G();
  const auto& stage = s.stage.current();
  const auto& member = s.member.current();
  const auto& veng = s.vengefulness.current();
  std::swap(d.profiles, d.earlier_profiles);
  d.profiles.reset(static_cast<std::size_t>(w.agents), K, G);
  // While the sets of founded memberships are tabulated, each agent's row of offers is its set,
  // found here, where its memberships are read anyway; otherwise offer_rows_now fills the rows.
  const bool tabulated = offers_tabulated(G);
  d.offer_row.resize(static_cast<std::size_t>(w.agents));
  const AdopterTally zero{std::vector<std::int64_t>(static_cast<std::size_t>(K) * kKinds, 0),
                          std::vector<std::int64_t>(kKinds, 0),
                          std::vector<double>(K, 0.0),
                          std::vector<std::int64_t>(static_cast<std::size_t>(w.states) * K, 0),
                          std::vector<double>(static_cast<std::size_t>(G) * K, 0.0),
                          std::vector<std::int64_t>(static_cast<std::size_t>(K) * w.blocs, 0)};
  AdopterTally t = c.executor.accumulate(
      static_cast<std::size_t>(w.agents), zero, [&](AdopterTally& acc, std::size_t i) {
        // Counted without branches on the stages (which follow no pattern from agent to agent),
        // from locals: read through references, values would be read again after each store.
        const auto a = static_cast<std::int32_t>(i);
        const std::uint8_t* const now = stage.data() + w.ak(a, 0);
        const std::uint8_t* const in = member.data() + i * G;
        const int kind = w.kind[a];
        d.profiles.set(a, veng[i], w.bloc[a], now, in);
        if (tabulated) d.offer_row[i] = founded_set(in, d, G);
        ++acc.kind_count[kind];
        std::int64_t* const adopters = acc.adopters.data() + kind;
        for (int k = 0; k < K; ++k)
          adopters[static_cast<std::size_t>(k) * kKinds] += now[k] >= kEndorsed;
        if (kind == kState) {
          std::int64_t* const in_bloc = acc.bloc_adopters.data() + w.bloc[a];
          for (int k = 0; k < K; ++k) {
            if (now[k] >= kEndorsed) acc.position_sum[k] += w.position[a];
            in_bloc[static_cast<std::size_t>(k) * w.blocs] += now[k] >= kEndorsed;
          }
        } else {
          std::int64_t* const home = acc.home_implementing.data() + w.ak(w.home[a], 0);
          for (int k = 0; k < K; ++k) home[k] += now[k] == kImplemented;
        }
        for (int g = 0; g < G; ++g) {
          if (!in[g]) continue;
          for (const int k : w.initiative_norms[g])
            if (now[k] >= kEndorsed)
              acc.comember_sum[static_cast<std::size_t>(g) * K + k] += veng[i];
        }
      });
  d.adopters.assign(t.adopters.begin(), t.adopters.end());
  d.kind_count.assign(t.kind_count.begin(), t.kind_count.end());
  d.adopter_position = std::move(t.position_sum);
  d.home_implementing = std::move(t.home_implementing);
  d.comember = std::move(t.comember_sum);
  for (int g = 0; g < G; ++g)
    for (int k = 0; k < K; ++k)
      if (!d.members[g].empty())
        d.comember[static_cast<std::size_t>(g) * K + k] /= static_cast<double>(d.members[g].size());
  d.has_adopter_position.assign(K, 0);
  for (int k = 0; k < K; ++k) {
    const double n = d.adopters[static_cast<std::size_t>(k) * kKinds + kState];
    d.has_adopter_position[k] = n > 0;
    if (n > 0) d.adopter_position[k] /= n;
  }
  // Trust of each bloc towards the endorsing states, weighted by their count per bloc.
  const int B = w.blocs;
  const auto& trust = s.trust.current();
  d.adopter_trust.assign(static_cast<std::size_t>(K) * B, 1.0);
  for (int k = 0; k < K; ++k) {
    const std::int64_t* const n = t.bloc_adopters.data() + static_cast<std::size_t>(k) * B;
    double all = 0.0;
    for (int o = 0; o < B; ++o) all += static_cast<double>(n[o]);
    if (all == 0.0) continue;
    for (int b = 0; b < B; ++b) {
      double sum = 0.0;
      for (int o = 0; o < B; ++o)
        sum += static_cast<double>(n[o]) * trust[static_cast<std::size_t>(b) * B + o];
      d.adopter_trust[static_cast<std::size_t>(k) * B + b] = sum / all;
    }
  }
}

// Each agent's row of offers (after tabulate_offers), where the sets are not tabulated.
void offer_rows_now(const Context& c, const State& s, Derived& d) {
  if (offers_tabulated(c.G())) return;  // found by adopters_and_profiles_now
  c.executor.for_blocks(static_cast<std::size_t>(c.world.agents),
                        [&](std::size_t begin, std::size_t end) {
                          std::vector<int> joined;
                          for (std::size_t i = begin; i < end; ++i)
                            find_offers(c, s, d, static_cast<std::int32_t>(i), joined);
                        });
}

}  // namespace

void derive(const Context& c, const State& s, Derived& d) {
  initiatives_now(c, s, d);
  advocacy_now(c, d);
  adopters_and_profiles_now(c, s, d);
  d.contacts.update(c.world, d.earlier_profiles, d.profiles, c.executor);
  tabulate_offers(c, s, d);  // needs the co-member vengefulness
  offer_rows_now(c, s, d);
}

}  // namespace cybernorms
