#pragma once

#include "models/cybernorms/context.hpp"

#include <cstdint>
#include <vector>

namespace cybernorms {

// What agent a sees of step t, gathered in one pass over its contacts (each contact's
// stages, traits and memberships sit together in memory, so one visit serves every norm
// and initiative). Reused from agent to agent.
struct AgentView {
  double linked = 0.0;                    // summed tie weight to contacts
  std::vector<double> adopting;           // norms: tie weight to contacts at stage >= 1
  std::vector<double> watchers;           // norms: vengefulness of contacts at stage >= 1
  std::vector<double> advocacy;           // norms: founders' budget received from contacts
  std::vector<std::int32_t> contacts_in;  // initiatives: contacts that are members

  AgentView(int norms, int initiatives);
};

// Sizes d's offer rows for `agents` agents and, when there are at most kTabulatedInitiatives
// (2^G sets), fills a row for every set of initiatives, so agents look their memberships up
// instead of walking them norm by norm; needs d.founded and the specificities of step t.
constexpr int kTabulatedInitiatives = 12;
void tabulate_offers(const Context& c, const State& s, Derived& d);

// Sets agent a's row of offers (see Derived::offer_row): its set of founded memberships
// where tabulated, else its own row, filled by walking them (`joined` is scratch).
void find_offers(const Context& c, const State& s, Derived& d, std::int32_t a,
                 std::vector<int>& joined);

// Asks the cache for the profiles of a's first kPrefetchedContacts contacts: called a couple
// of agents ahead of gather, it hides most of the memory latency of scattered contacts; the
// passes over longer contact lists ask for the rest that far ahead themselves.
constexpr std::size_t kPrefetchedContacts = 16;
void prefetch_contacts(const Context& c, const Derived& d, std::int32_t a);

// Fills `v` for agent a from the contacts' profiles of step t and the advocacy spenders.
void gather(const Context& c, const Derived& d, std::int32_t a, AgentView& v);

}  // namespace cybernorms
