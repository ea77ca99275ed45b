#pragma once

#include "models/cybernorms/context.hpp"

#include <cstdint>
#include <vector>

namespace cybernorms {

// What agent a sees of step t, gathered in one pass over its contacts (each contact's
// stages, traits and memberships sit together in memory, so one visit serves every norm
// and initiative) and one pass over its own memberships. Reused from agent to agent.
struct AgentView {
  double linked = 0.0;                    // summed tie weight to contacts
  std::vector<double> adopting;           // norms: tie weight to contacts at stage >= 1
  std::vector<double> watchers;           // norms: vengefulness of contacts at stage >= 1
  std::vector<double> advocacy;           // norms: founders' budget received from contacts
  std::vector<std::int32_t> contacts_in;  // initiatives: contacts that are members
  std::vector<double> commitment;         // norms: sum of pi_g over a's initiatives promoting k
  std::vector<double> monitoring;         // norms: strongest monitoring of those initiatives
  std::vector<std::int32_t> variant;      // norms: the most specific text on offer to a
  std::vector<double> sigma;              // norms: its specificity
  double cbm = 0.0;                       // strongest cbm channel of a's initiatives
  std::vector<int> joined;                // founded initiatives a belongs to, in order
  std::vector<Offer> offers;              // norms: scratch when offers are not tabulated

  AgentView(int norms, int initiatives);
};

// Fills d.offers and d.offer_cbm for every set of initiatives when there are at most
// kTabulatedInitiatives (2^G sets), so agents look their memberships up instead of walking
// them norm by norm; needs d.founded and the specificities of step t.
constexpr int kTabulatedInitiatives = 12;
void tabulate_offers(const Context& c, const State& s, Derived& d);

// Asks the cache for the profiles of a's first kPrefetchedContacts contacts: called a couple
// of agents ahead of gather, it hides most of the memory latency of scattered contacts; the
// passes over longer contact lists ask for the rest that far ahead themselves.
constexpr std::size_t kPrefetchedContacts = 16;
void prefetch_contacts(const Context& c, const Derived& d, std::int32_t a);

// Fills `v` for agent a from the state of step t and the per-step quantities of `d` that do
// not depend on a (founded initiatives, advocacy spenders).
void gather(const Context& c, const State& s, const Derived& d, std::int32_t a, AgentView& v);

}  // namespace cybernorms
