#pragma once

#include "models/cybernorms/context.hpp"
#include "models/cybernorms/events.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace cybernorms {

// The events of one block of agents in one step (the norms each agent violated or was falsely
// accused of, in agent and norm order), with the observers who see each (its agent's
// contacts, then co-members drawn as further observers, each seeing it with the event's
// visibility), listed before any event is handled. Few agents have events, so a look-ahead
// counted in agents would reach only an agent or two further events; counted in events, it
// asks for the scattered profiles of the seers of events further on while earlier ones are
// handled, and only seers' profiles are asked for.
struct SanctionPlan {
  struct Event {
    std::int32_t agent;
    std::int32_t norm;
    bool false_alarm;
  };
  std::vector<Event> events;
  std::vector<std::int32_t> seers;     // observers who see the event, event by event
  std::vector<std::size_t> seers_end;  // events: end of their seers in `seers`

  // Violations come listed from compliance (Events::violations_in_block). False alarms: one
  // stream per block and norm (agent `begin`, slot 4K + k), see add_false_alarms. Co-members:
  // one stream per agent, norm and initiative. Seeing: one stream per event (its agent, slot
  // K + k), a draw per observer.
  void make(const Context& c, const Derived& d, const State& s, const Events& e, std::size_t begin,
            std::size_t end);
  std::span<const std::int32_t> seers_of(std::size_t x) const {
    return {seers.data() + (x == 0 ? 0 : seers_end[x - 1]), seers.data() + seers_end[x]};
  }
  // Asks the cache for the first seers' profiles of event x.
  void prefetch(const Derived& d, std::size_t x) const;

 private:
  // An innocent adopter of k is accused with chance offer.false_alarm, at most
  // misattribution_k (cbm >= 0). Rather than a draw per adopter and norm, the block's
  // candidates for k are spaced by geometric gaps of chance misattribution_k, and a candidate
  // that is an innocent adopter is accused with chance false_alarm / misattribution_k: the
  // same law (thinning), with draws per candidate (about one agent in ten) instead of per
  // adopter.
  void add_false_alarms(const Context& c, const Derived& d, const State& s, const Events& e,
                        std::size_t begin, std::size_t end);
  void draw_comembers(const Context& c, const Derived& d, const State& s);
  // Lists each event's seers, without a branch on each draw (half of them would be guessed
  // wrong).
  void draw_seers(const Context& c, const Derived& d);

  std::vector<Event> merged_;               // scratch of make()
  std::vector<const std::int32_t*> picks_;  // drawn member-list entries, event by event
  std::vector<std::size_t> picks_end_;      // events: end of their picks
};

// Profiles of an event's first seers asked for ahead of it; loops over longer lists (states
// have thousands of contacts) ask for the rest that far ahead themselves.
constexpr std::size_t kPrefetchedSeers = 16;

}  // namespace cybernorms
