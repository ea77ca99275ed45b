#pragma once

#include "models/cybernorms/contact_sums.hpp"
#include "models/cybernorms/params.hpp"
#include "models/cybernorms/profiles.hpp"
#include "models/cybernorms/state.hpp"
#include "models/cybernorms/world.hpp"
#include "sim/schedule/executor.hpp"
#include "sim/schedule/streamed.hpp"

#include <cstdint>
#include <vector>

namespace cybernorms {

// What every phase of step t reads: parameters, the world, the seed and the step.
struct Context {
  const Params& params;
  const World& world;
  const sim::Executor& executor;
  std::uint64_t seed;
  std::int64_t step;

  int G() const { return params.initiative_count(); }
  int K() const { return world.norms; }
  // The per-agent streams of a phase in this step (see sim::for_each_streamed).
  sim::StreamKey streams(std::uint32_t phase) const {
    return {seed, static_cast<std::uint64_t>(step), phase};
  }
};

// What a set of founded memberships offers an agent for one norm: the summed commitment and
// the strongest monitoring of the initiatives promoting it, and the most specific of their texts
// (variant -1 when none promotes the norm); and what they make of observing the agent's
// conduct under the norm (docs/model.md, phases 4 and 5): the chance an observer sees a violation
// (visibility raised by monitoring and the cbm channel), the chance of a false accusation
// (misattribution lowered by cbm) and the vengefulness the co-members drawn as further
// observers bring (comember_observers x their mean, summed over the initiatives promoting it).
struct Offer {
  double commitment = 0.0;
  double monitoring = 0.0;
  std::int32_t variant = -1;
  double sigma = -1.0;
  double visibility = 0.0;
  double false_alarm = 0.0;
  double comember_watchers = 0.0;
};

// Quantities of step t that several phases need, computed once from the state of step t
// before any phase runs (so they never see a half-written step t+1). The simulation keeps
// one Derived and refills it every step, so its large arrays are allocated once per run;
// the contact sums and advocacy are brought up to date from the previous call instead of
// recounted, and equal what a fresh Derived would count.
struct Derived {
  std::vector<std::uint8_t> founded;               // initiatives
  std::vector<std::uint8_t> open;                  // initiatives: founded and open to join
  std::vector<std::vector<std::int32_t>> members;  // initiatives: sorted member lists
  std::vector<double> adopters;                    // norms x kinds: agents at stage >= 1
  std::vector<double> kind_count;                  // kinds
  std::vector<double> adopter_position;            // norms: mean position of endorsing states
  std::vector<std::uint8_t> has_adopter_position;  // norms
  std::vector<double> adopter_trust;  // norms x blocs: mean trust towards endorsing states
  std::vector<std::int64_t> home_implementing;  // states x norms: home firms at stage 2
  std::vector<double> comember;  // initiatives x norms: mean vengefulness of members at stage >= 1
  // Founders' advocacy budget each agent receives from its contacts. It depends only on which
  // initiatives are founded, so it is recounted only when that changes.
  std::vector<double> advocacy;             // agents x norms
  std::vector<std::uint8_t> spent_founded;  // initiatives: the founded set `advocacy` is for
  Profiles profiles;                        // agents: what others read of each
  Profiles earlier_profiles;                // the previous derive's, to find what changed
  ContactSums contacts;                     // agents: what each sees of its contacts
  // What each agent's founded memberships offer it (see Offer): row offer_row[a] of `offers`
  // (norms wide). While the sets of founded initiatives are few, every set
  // (bit g: initiative g) is tabulated once a step and an agent's row is its set, so nothing
  // per agent and norm is stored (see tabulate_offers); beyond that each agent has its own row.
  std::vector<Offer> offers;             // rows x norms
  std::vector<std::uint32_t> offer_row;  // agents

  const Offer& offer(std::int32_t a, int k, int norms) const {
    return offers[static_cast<std::size_t>(offer_row[a]) * norms + k];
  }
};

// The specificity of variant v of norm k (see State for variants).
inline double variant_sigma(const Context& c, const State& s, std::int32_t v, int k) {
  if (v < c.G()) return s.specificity.current()[static_cast<std::size_t>(v) * c.K() + k];
  return c.params.mechanisms.adoption.national_specificity;
}

// The text of norm k agent a follows if it adopts: the most specific one its memberships
// offer; without one, a firm follows its home state's law, anyone else its national variant.
inline std::int32_t chosen_variant(const Context& c, const State& s, const Derived& d,
                                   std::int32_t a, int k) {
  const Offer& offer = d.offer(a, k, c.K());
  const World& w = c.world;
  const std::int32_t home = w.home[a];
  const auto own = [&] {
    const std::size_t hk = w.ak(home, k);
    return w.kind[a] == kFirm && s.formalised.current()[hk] ? s.market_text(w, home, k)
                                                            : c.G() + home;
  };
  if (offer.variant < 0) return own();
  if (!c.params.mechanisms.adoption.keep_specific_text) return offer.variant;
  // A forum's vaguer text does not override the more specific one the agent has at home.
  const std::int32_t fallback = own();
  return offer.sigma < variant_sigma(c, s, fallback, k) ? fallback : offer.variant;
}

void derive(const Context& c, const State& s, Derived& d);
inline Derived derive(const Context& c, const State& s) {
  Derived d;
  derive(c, s, d);
  return d;
}

}  // namespace cybernorms
