#include "models/cybernorms/sanction.hpp"

#include "models/cybernorms/sanction_plan.hpp"

#include "models/cybernorms/draws.hpp"
#include "models/cybernorms/offers.hpp"
#include "models/cybernorms/phases.hpp"
#include "sim/schedule/look_ahead.hpp"

#include <algorithm>
#include <cmath>

namespace cybernorms {

double false_alarm_probability(double misattribution, double cbm) {
  return misattribution * (1.0 - cbm);
}

namespace {

// Effects on agents other than the one being handled, kept per block and applied in block
// order afterwards, so the sums do not depend on which thread ran which block.
struct BlockEffects {
  // Payoff changes of other agents, grouped by the block of their target (in the order they
  // arose within a group): payoff_at[t] .. payoff_at[t + 1] are those of target block t, so
  // each target block can take its changes, from every block in block order, in parallel.
  std::vector<std::pair<std::int32_t, double>> payoff;
  std::vector<std::size_t> payoff_at;
  std::vector<std::int64_t> punishments, false_alarms, meta_punishments, bloc_events;
  std::vector<std::int64_t> incidents;  // blocs x blocs: actor's bloc, the other seeing bloc

  void group_payoff_by_target_block(std::size_t agents) {
    const std::size_t target_blocks = sim::Executor::block_count(agents);
    const std::size_t size = sim::Executor::block_size(agents);
    payoff_at.assign(target_blocks + 1, 0);
    for (const auto& change : payoff) ++payoff_at[change.first / size + 1];
    for (std::size_t t = 0; t < target_blocks; ++t) payoff_at[t + 1] += payoff_at[t];
    std::vector<std::size_t> next(payoff_at.begin(), payoff_at.end() - 1);
    std::vector<std::pair<std::int32_t, double>> grouped(payoff.size());
    for (const auto& change : payoff) grouped[next[change.first / size]++] = change;
    payoff.swap(grouped);
  }
};

}  // namespace

void observe_and_sanction(const Context& c, const Derived& d, State& s, Events& e) {
  const World& w = c.world;
  const int K = c.K();
  const int B = w.blocs;
  const Sanction& m = c.params.mechanisms.sanction;
  const auto& stage = s.stage.current();
  const auto& veng = s.vengefulness.current();
  const auto& rep = s.reputation.current();
  auto& next_rep = s.reputation.next();
  const std::size_t n = static_cast<std::size_t>(w.agents);
  const bool incidents_rule = m.trust_rule == TrustRule::kIncidents;
  std::vector<BlockEffects> blocks(sim::Executor::block_count(n));
  c.executor.for_blocks(n, [&](std::size_t begin, std::size_t end) {
    BlockEffects& fx = blocks[sim::Executor::block_of(n, begin)];
    fx.punishments.assign(K, 0);
    fx.false_alarms.assign(K, 0);
    fx.meta_punishments.assign(K, 0);
    fx.bloc_events.assign(static_cast<std::size_t>(B) * B, 0);
    fx.incidents.assign(static_cast<std::size_t>(B) * B, 0);
    thread_local std::vector<std::uint8_t> seen_by;  // blocs: states of it saw the event
    // Per thread, so that their memory serves every block and step the thread handles.
    thread_local std::vector<std::uint8_t> punished;  // per seer of an event, for the metanorms
    thread_local SanctionPlan plan;
    plan.make(c, d, s, e, begin, end);
    // Punishments each agent of the block received (whole numbers: exact as doubles).
    thread_local std::vector<std::int32_t> received;
    received.assign(end - begin, 0);
    // The seers of the event four ahead are asked for while one is handled: a few events'
    // work covers the memory latency.
    const auto handle = [&](std::size_t x) {
      const auto [a, k, false_alarm] = plan.events[x];
      const auto i = static_cast<std::size_t>(a);
      if (false_alarm) ++fx.false_alarms[k];
      // A seer who endorses k punishes with chance its vengefulness: one stream per event
      // (slot 5K + k), a draw per endorsing seer. (Who sees: SanctionPlan.)
      const auto seen = plan.seers_of(x);
      punished.clear();
      sim::Rng rng(c.seed, static_cast<std::uint64_t>(c.step), kPhaseSanction, i,
                   static_cast<std::uint32_t>(5 * K + k));
      const Profiles& p = d.profiles;
      const int own_bloc = w.bloc[a];
      std::int64_t* const across = fx.bloc_events.data() + static_cast<std::size_t>(own_bloc) * B;
      // An incident between states: an event of a state that states of another bloc saw,
      // counted once per such bloc however many of its states saw it.
      const bool incident = incidents_rule && w.kind[a] == kState;
      if (incident) seen_by.assign(B, 0);
      for (std::size_t j = 0; j < seen.size(); ++j) {
        const std::int32_t o = seen[j];
        // A state has thousands of contacts: ask for their profiles well ahead.
        if (j + kPrefetchedSeers < seen.size())
          __builtin_prefetch(p.record(seen[j + kPrefetchedSeers]));
        const Profiles::Record r = p.record(o);
        const int bloc = Profiles::bloc(r);
        if (bloc != own_bloc) {
          ++across[bloc];
          if (incident && w.kind[o] == kState) seen_by[bloc] = 1;
        }
        const bool punishes =
            p.stage(r, k) >= kEndorsed && rng.bernoulli32(Profiles::vengefulness(r));
        if (m.metanorms) punished.push_back(punishes ? 1 : 0);
        if (!punishes) continue;
        ++fx.punishments[k];
        ++received[i - begin];
        e.payoff[i] -= m.punishment;
        fx.payoff.push_back({o, -m.enforcement});
      }
      if (incident)
        for (int b = 0; b < B; ++b)
          fx.incidents[static_cast<std::size_t>(own_bloc) * B + b] += seen_by[b];
      if (!m.metanorms) return;
      // Metanorms: every other seer who endorses k may punish a seer seen not punishing.
      sim::Rng meta(c.seed, static_cast<std::uint64_t>(c.step), kPhaseSanction, i,
                    static_cast<std::uint32_t>(2 * K + k));
      for (std::size_t u = 0; u < seen.size(); ++u) {
        if (punished[u]) continue;
        for (std::size_t v = 0; v < seen.size(); ++v) {
          if (v == u || seen[v] == seen[u]) continue;
          const std::int32_t o2 = seen[v];
          if (stage[w.ak(o2, k)] < kEndorsed || !meta.bernoulli32(veng[o2])) continue;
          ++fx.meta_punishments[k];
          fx.payoff.push_back({seen[u], -m.meta_punishment});
          fx.payoff.push_back({o2, -m.meta_enforcement});
        }
      }
    };
    sim::with_look_ahead(
        plan.events.size(), 4, [&](std::size_t x) { plan.prefetch(d, x); }, handle);
    for (std::size_t i = begin; i < end; ++i)
      next_rep[i] = std::clamp(
          rep[i] + m.reputation_recovery * (1.0 - rep[i]) - m.reputation_loss * received[i - begin],
          0.0, 1.0);
    fx.group_payoff_by_target_block(n);
  });
  c.executor.for_blocks(n, [&](std::size_t begin, std::size_t) {
    const std::size_t t = sim::Executor::block_of(n, begin);
    for (const auto& fx : blocks)
      for (std::size_t p = fx.payoff_at[t]; p < fx.payoff_at[t + 1]; ++p)
        e.payoff[fx.payoff[p].first] += fx.payoff[p].second;
  });
  for (const auto& fx : blocks) {
    for (int k = 0; k < K; ++k) {
      e.punishments[k] += fx.punishments[k];
      e.false_alarms[k] += fx.false_alarms[k];
      e.meta_punishments[k] += fx.meta_punishments[k];
    }
    for (std::size_t p = 0; p < e.bloc_events.size(); ++p) e.bloc_events[p] += fx.bloc_events[p];
  }
  std::vector<std::int64_t> incidents(static_cast<std::size_t>(B) * B, 0);
  for (const auto& fx : blocks) sim::add_elementwise(incidents, fx.incidents);
  update_trust(c, d, e, incidents, s);
}

// Trust between blocs b1 != b2 (docs/model.md phase 5): scheduled shocks first, then the losses to
// this step's events by the trust rule, then what confidence-building channels with members
// in both blocs and time give back.
void update_trust(const Context& c, const Derived& d, const Events& e,
                  const std::vector<std::int64_t>& incidents, State& s) {
  const World& w = c.world;
  const int B = w.blocs;
  const Sanction& m = c.params.mechanisms.sanction;
  const auto& bloc_size = w.bloc_size;
  std::vector<double> channel(static_cast<std::size_t>(B) * B, 0.0);
  for (int g = 0; g < c.G(); ++g) {
    const double strength = c.params.initiatives[g].cbm;
    if (!d.founded[g] || strength <= 0.0) continue;
    std::vector<std::uint8_t> present(B, 0);
    for (const std::int32_t a : d.members[g]) present[w.bloc[a]] = 1;
    for (int b1 = 0; b1 < B; ++b1)
      for (int b2 = 0; b2 < B; ++b2)
        if (present[b1] && present[b2])
          channel[static_cast<std::size_t>(b1) * B + b2] =
              std::max(channel[static_cast<std::size_t>(b1) * B + b2], strength);
  }
  const auto& trust = s.trust.current();
  auto& next_trust = s.trust.next();
  for (int b1 = 0; b1 < B; ++b1)
    for (int b2 = 0; b2 < B; ++b2) {
      if (b1 == b2) continue;
      const std::size_t p = static_cast<std::size_t>(b1) * B + b2;
      const std::size_t q = static_cast<std::size_t>(b2) * B + b1;
      const double before = trust[p] * trust_shock_factor(w.events, c.step, b1, b2);
      double after = before;
      if (m.trust_rule == TrustRule::kSeers) {
        const double seen = static_cast<double>(e.bloc_events[p] + e.bloc_events[q]);
        after -= m.trust_loss * seen / (bloc_size[b1] + bloc_size[b2]);
      } else {
        after *= std::pow(1.0 - m.incident_loss, static_cast<double>(incidents[p] + incidents[q]));
      }
      const double initial = c.params.world.initial_trust;
      next_trust[p] = std::clamp(after + m.trust_recovery * channel[p] * (1.0 - before) +
                                     m.trust_drift * (initial - before),
                                 0.0, 1.0);
    }
}

}  // namespace cybernorms
