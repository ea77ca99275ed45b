#include "models/axelrod/params.hpp"

#include <cstdint>
#include <limits>
#include <string>

namespace axelrod {

using sim::config::any_real;
using sim::config::between;
using sim::config::probability;
using I = std::int64_t;

const sim::config::Schema<Params>& schema() {
  static const sim::config::Schema<Params> schema_ = [] {
    sim::config::Schema<Params> s;
    s.integer<I>(
        "population", [](Params& p) -> I& { return p.population; }, 20, 2, I{1} << 30, "agents",
        "number of agents (Axelrod: 20)");
    s.integer<I>(
        "generations", [](Params& p) -> I& { return p.generations; }, 100, 1, I{1} << 40,
        "generations", "generations to simulate; --steps overrides it");
    s.integer<I>(
        "opportunities", [](Params& p) -> I& { return p.opportunities; }, 4, 1, 1 << 16,
        "per agent per generation",
        "opportunities to defect each agent gets per generation (Axelrod: 4)");
    s.integer<I>(
        "bits_per_gene", [](Params& p) -> I& { return p.bits_per_gene; }, 3, 1, 8, "bits",
        "bits encoding boldness and vengefulness each; levels 0..2^bits-1 over 2^bits-1 "
        "(Axelrod: 3, levels 0/7..7/7)");
    s.integer<I>(
        "observers", [](Params& p) -> I& { return p.observers; }, 0, 0, I{1} << 20, "agents",
        "0: every other agent can see each defection (the paper, O(N^2) per generation); "
        "K > 0: each agent is watched by K random others drawn anew each generation "
        "(scaled variant, O(N K))");
    s.boolean(
        "metanorms", [](Params& p) -> bool& { return p.metanorms; }, false,
        "play the metanorms game: agents seen not punishing a seen defection can be "
        "meta-punished by the other observers");
    s.choice<Hurt>(
        "hurt", [](Params& p) -> Hurt& { return p.hurt; }, Hurt::kEveryone,
        {{"everyone", Hurt::kEveryone}, {"observers", Hurt::kObservers}},
        "who pays payoff.hurt for a defection: everyone (every other agent, the paper's group) "
        "or observers (only the defector's observers, seeing or not); the same with observers: 0");
    s.choice<ObserverGraph>(
        "observer_graph", [](Params& p) -> ObserverGraph& { return p.observer_graph; },
        ObserverGraph::kRedrawn,
        {{"redrawn", ObserverGraph::kRedrawn}, {"fixed", ObserverGraph::kFixed}},
        "observers > 0 only. redrawn: each generation agents watch the agents at K random "
        "offsets on a random ring (everyone watches and is watched by exactly K); fixed: each "
        "place gets K distinct random observer places once for the run (a random K-out graph) "
        "and offspring are put in random places each generation");
    s.real(
        "mutation_rate", [](Params& p) -> double& { return p.mutation_rate; }, 0.01, probability(),
        "per bit per generation",
        "probability that each bit of an offspring's genes flips (Axelrod: 0.01)");
    s.real(
        "payoff.temptation", [](Params& p) -> double& { return p.payoff.temptation; }, 3,
        any_real(), "payoff", "T: gain of the defector per defection (Axelrod: 3)");
    s.real(
        "payoff.hurt", [](Params& p) -> double& { return p.payoff.hurt; }, -1, any_real(), "payoff",
        "H: payoff to each agent hurt by a defection, see hurt (Axelrod: -1, to every other "
        "agent)");
    s.real(
        "payoff.punishment", [](Params& p) -> double& { return p.payoff.punishment; }, -9,
        any_real(), "payoff", "P: payoff to a defector per punishment received (Axelrod: -9)");
    s.real(
        "payoff.enforcement", [](Params& p) -> double& { return p.payoff.enforcement; }, -2,
        any_real(), "payoff", "E: payoff to a punisher per punishment given (Axelrod: -2)");
    s.real(
        "payoff.meta_punishment", [](Params& p) -> double& { return p.payoff.meta_punishment; }, -9,
        any_real(), "payoff",
        "payoff to a non-punisher per meta-punishment received (Axelrod: -9)");
    s.real(
        "payoff.meta_enforcement", [](Params& p) -> double& { return p.payoff.meta_enforcement; },
        -2, any_real(), "payoff",
        "payoff to a meta-punisher per meta-punishment given (Axelrod: -2)");
    s.choice<SelectionRule>(
        "selection.rule", [](Params& p) -> SelectionRule& { return p.selection.rule; },
        SelectionRule::kAxelrodSd,
        {{"axelrod_sd", SelectionRule::kAxelrodSd},
         {"tournament", SelectionRule::kTournament},
         {"roulette", SelectionRule::kRoulette}},
        "axelrod_sd: score >= mean + 1 sd gives 2 offspring, <= mean - 1 sd none, else 1 "
        "(population sd); tournament: each new agent is the best of tournament_size random "
        "agents; roulette: parents drawn with probability proportional to score - min score");
    s.choice<Resize>(
        "selection.resize", [](Params& p) -> Resize& { return p.selection.resize; },
        Resize::kRandom, {{"random", Resize::kRandom}, {"score", Resize::kScore}},
        "axelrod_sd only, when offspring != population: random drops (or copies) "
        "offspring chosen uniformly; score drops offspring of the lowest-scoring "
        "parents first (or copies those of the highest)");
    s.integer<I>(
        "selection.tournament_size", [](Params& p) -> I& { return p.selection.tournament_size; }, 2,
        1, 1 << 20, "agents", "agents drawn (with replacement) per tournament");
    s.real(
        "classification.established_max_boldness",
        [](Params& p) -> double& { return p.classification.established_max_boldness; }, 2.0 / 7,
        probability(), "probability", "norm established if final mean boldness <= this ...");
    s.real(
        "classification.established_min_vengefulness",
        [](Params& p) -> double& { return p.classification.established_min_vengefulness; }, 5.0 / 7,
        probability(), "probability", "... and final mean vengefulness >= this");
    s.real(
        "classification.collapsed_min_boldness",
        [](Params& p) -> double& { return p.classification.collapsed_min_boldness; }, 6.0 / 7,
        probability(), "probability", "norm collapsed if final mean boldness >= this ...");
    s.real(
        "classification.collapsed_max_vengefulness",
        [](Params& p) -> double& { return p.classification.collapsed_max_vengefulness; }, 1.0 / 7,
        probability(), "probability", "... and final mean vengefulness <= this");
    s.rule([](const Params& p, const auto& check) {
      if (p.observers >= p.population)
        check.fail("observers", "must be less than population (" + std::to_string(p.population) +
                                    "); use 0 for every other agent");
      if (p.metanorms && p.observer_count() < 2)
        check.fail("metanorms", "needs at least 2 observers per defection");
      // A generation's counts per agent are 32-bit: at most opportunities x its in-degree.
      const std::int64_t in_degree =
          p.observer_graph == ObserverGraph::kFixed ? p.population - 1 : p.observer_count();
      if (p.opportunities * in_degree > std::int64_t{std::numeric_limits<std::int32_t>::max()})
        check.fail("opportunities", "times the most observers one agent can have (" +
                                        std::to_string(in_degree) + ") must be below 2^31");
    });
    return s;
  }();
  return schema_;
}

}  // namespace axelrod
