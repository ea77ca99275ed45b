#pragma once

#include "sim/config/schema.hpp"

#include <cstdint>

namespace axelrod {

// How parents with 0/1/2 offspring are turned into a new population (see selection.hpp).
enum class SelectionRule { kAxelrodSd, kTournament, kRoulette };
// How the axelrod_sd rule brings the offspring count back to the population size.
enum class Resize { kRandom, kScore };
// Who pays H for a defection: every other agent (the paper's group) or the defector's observers.
enum class Hurt { kEveryone, kObservers };
// The scaled game's observers: K random offsets on a ring drawn anew each generation, or one
// random graph (K distinct random observers per place) kept for the whole run.
enum class ObserverGraph { kRedrawn, kFixed };

struct Payoffs {
  double temptation = 3;         // T: to the defector, per defection
  double hurt = -1;              // H: to each agent hurt by a defection (see Hurt)
  double punishment = -9;        // P: to a defector, per punishment received
  double enforcement = -2;       // E: to a punisher, per punishment given
  double meta_punishment = -9;   // to a non-punisher, per meta-punishment received
  double meta_enforcement = -2;  // to a meta-punisher, per meta-punishment given
};

struct Selection {
  SelectionRule rule = SelectionRule::kAxelrodSd;
  Resize resize = Resize::kRandom;
  std::int64_t tournament_size = 2;
};

struct Classification {
  double established_max_boldness = 2.0 / 7.0;
  double established_min_vengefulness = 5.0 / 7.0;
  double collapsed_min_boldness = 6.0 / 7.0;
  double collapsed_max_vengefulness = 1.0 / 7.0;
};

struct Params {
  std::int64_t population = 20;
  std::int64_t generations = 100;
  std::int64_t opportunities = 4;
  std::int64_t bits_per_gene = 3;
  std::int64_t observers = 0;  // 0: every other agent observes (the paper); K > 0: K random others
  bool metanorms = false;
  Hurt hurt = Hurt::kEveryone;
  ObserverGraph observer_graph = ObserverGraph::kRedrawn;
  double mutation_rate = 0.01;
  Payoffs payoff;
  Selection selection;
  Classification classification;

  std::int64_t observer_count() const { return observers == 0 ? population - 1 : observers; }
  int gene_levels() const { return 1 << bits_per_gene; }
};

const sim::config::Schema<Params>& schema();

}  // namespace axelrod
