#pragma once

#include "models/cybernorms/context.hpp"
#include "models/cybernorms/events.hpp"

namespace cybernorms {

// The phases of one step, in the order of docs/model.md. Each reads the state of step t
// (`current()`), the derived quantities of step t and its own keyed random streams, and writes only
// its part of step t+1 (`next()`) or of the step's events: none sees another's writes to t+1, so
// the order and the thread count cannot change results. One file per phase.
void negotiate(const Context& c, const Derived& d, State& s);
void advocate(const Context& c, const Derived& d, State& s);
void adopt(const Context& c, const Derived& d, State& s);
void comply(const Context& c, const Derived& d, const State& s, Events& e);
void observe_and_sanction(const Context& c, const Derived& d, State& s, Events& e);
void learn(const Context& c, const Events& e, State& s);
void formalise(const Context& c, const Derived& d, State& s);
void build_capacity(const Context& c, const Derived& d, State& s);
void update_membership(const Context& c, const Derived& d, State& s);

}  // namespace cybernorms
