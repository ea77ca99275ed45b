#pragma once

#include "models/cybernorms/context.hpp"
#include "models/cybernorms/events.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace cybernorms {

// The events of one block of agents in one step (the norms each agent violated or was falsely
// accused of, in agent and norm order), with the co-members drawn as further observers of
// each, listed before any event is handled. Few agents have events, so a look-ahead counted
// in agents would reach only an agent or two further events; counted in events, it asks for
// the scattered observer profiles of events further on while earlier ones are handled.
struct SanctionPlan {
  struct Event {
    std::int32_t agent;
    std::int32_t norm;
    bool false_alarm;
  };
  std::vector<Event> events;
  std::vector<std::int32_t> extra;     // drawn co-members other than the agent, event by event
  std::vector<std::size_t> extra_end;  // events: end of their observers in `extra`

  // Violations come listed from compliance (Events::violations_in_block). False alarms: one
  // stream per block and norm (agent `begin`, slot 4K + k), see add_false_alarms. Co-members:
  // one stream per agent, norm and initiative.
  void make(const Context& c, const Derived& d, const State& s, const Events& e, std::size_t begin,
            std::size_t end);
  // Asks the cache for what handling event x reads: its agent's first contacts' profiles
  // (unless the event before has the same agent) and its drawn co-members' profiles.
  void prefetch(const Context& c, const Derived& d, std::size_t x) const;

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

  std::vector<const std::int32_t*> picks_;  // drawn member-list entries, event by event
  std::vector<std::size_t> picks_end_;      // events: end of their picks
};

// Profiles of an agent's first contacts asked for ahead of an event; loops over longer contact
// lists (states have thousands) ask for the rest that far ahead themselves.
constexpr std::size_t kPrefetchedContacts = 16;

}  // namespace cybernorms
