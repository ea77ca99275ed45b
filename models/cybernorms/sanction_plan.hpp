#pragma once

#include "models/cybernorms/context.hpp"
#include "models/cybernorms/events.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace cybernorms {

// What agent a's events of one step need before they are handled: the norms it violated or
// was falsely accused of, and for each the co-members drawn as further observers from each
// of its initiatives promoting the norm. A plan is made two agents ahead and its picks read
// one agent ahead, so the scattered reads of member lists and observer profiles overlap with
// the work on earlier agents instead of stalling it.
struct SanctionPlan {
  std::vector<int> norms;                  // events, by norm
  std::vector<std::uint8_t> false_alarm;   // events
  std::vector<const std::int32_t*> picks;  // drawn members, event after event
  std::vector<std::size_t> picks_end;      // events: end of their picks
  std::vector<std::int32_t> extra;         // the picks other than a
  std::vector<std::size_t> extra_end;      // events: end of their observers in extra

  // False alarms: one stream per agent (slot 0), half-word k for norm k, read only for norms the
  // agent endorses. Co-members: one stream per agent, norm and initiative.
  void make(const Context& c, const Derived& d, const State& s, const Events& e, std::int32_t a);
  // Reads the picks (asked for by make) and asks for the profiles of those observers.
  void resolve(const Derived& d, std::int32_t a);
};

// Asks the cache for the profiles of a's first kPrefetchedContacts contacts: called a couple
// of agents ahead of reading them, it hides most of the memory latency of scattered
// contacts; loops over longer contact lists ask for the rest that far ahead themselves.
constexpr std::size_t kPrefetchedContacts = 16;
void prefetch_contacts(const Context& c, const Derived& d, std::int32_t a);

}  // namespace cybernorms
