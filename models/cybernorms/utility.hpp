#pragma once

#include "models/cybernorms/context.hpp"

namespace cybernorms {

// The terms of docs/model.md's adoption utility U_ak for agent a and norm k at step t, kept apart
// so tests and the negotiation phase can look at each one.
struct UtilityTerms {
  double security = 0;       // B_k xbar^gamma (firms: x size^size_benefit)
  double legitimacy = 0;     // r_a p_ak
  double commitment = 0;     // sum of pi_g over a's initiatives promoting k
  double legal = 0;          // L_ak
  double harmonisation = 0;  // H_ak
  double advocacy = 0;       // A_ak
  double stance = 0;         // u0_ak
  double cost = 0;           // C_k scale_a / capacity_a (1 - psi sigma_ak)
  double strategic = 0;      // capability_a restrictiveness_k (states)
  double distance = 0;       // D_ak: bloc distance to the adopting states, x (1 + w_trust (1 - T))
};

// H_ak of a firm: ln(footprint) x (1 - Herfindahl of the variants its markets follow). Many
// markets with different national variants make one shared standard worth more (seed 000's
// "avoiding many regimes"); zero for states and single-market firms.
double harmonisation(const Context& c, const State& s, std::int32_t a, int k);

// L_ak: a state's own formalisation of k or an open treaty it ratified that promotes k (0/1);
// for a firm, the share of its markets (home included) that formalised k.
double legal_obligation(const Context& c, const State& s, const Derived& d, std::int32_t a, int k);

// The terms for agent a and norm k with the market terms (legal, harmonisation) left at 0,
// and those two added: together utility_terms, apart so that a caller can decide on the
// cheaper part first (see utility_floor) and complete it only where that does not settle.
UtilityTerms terms_without_markets(const Context& c, const State& s, const Derived& d,
                                   std::int32_t a, int k);
void add_market_terms(const Context& c, const State& s, const Derived& d, std::int32_t a, int k,
                      UtilityTerms& t);

// The terms for agent a and norm k, from what a sees (gathered by derive) and the per-step
// tallies of d.
UtilityTerms utility_terms(const Context& c, const State& s, const Derived& d, std::int32_t a,
                           int k);

// The weighted sum, with docs/model.md's signs.
double utility(const Params& p, const Norm& norm, const UtilityTerms& t);

// U_ak at step t: the weighted sum of a's terms for k.
double adoption_utility(const Context& c, const State& s, const Derived& d, std::int32_t a, int k);

// U_ak with its market terms (legal obligation, harmonisation) taken as 0, without reading
// a's markets. With w_reg, w_harm >= 0 it never exceeds adoption_utility, in floating point
// too: the same sum in the same order with two non-negative addends replaced by 0, and
// rounding never reverses an order. A cheap bound for decisions that U clearly settles.
double utility_floor(const Context& c, const State& s, const Derived& d, std::int32_t a, int k);

}  // namespace cybernorms
