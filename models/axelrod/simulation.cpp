#include "models/axelrod/simulation.hpp"

#include "models/axelrod/genes.hpp"
#include "models/axelrod/outcome.hpp"
#include "models/axelrod/phases.hpp"
#include "models/axelrod/selection.hpp"

#include <cmath>
#include <sstream>

namespace axelrod {
namespace {

std::vector<std::uint8_t> random_genes(std::int64_t n, int bits, std::uint64_t seed,
                                       std::uint32_t gene) {
  std::vector<std::uint8_t> genes(n);
  for (std::int64_t i = 0; i < n; ++i) {
    sim::Rng rng(seed, 0, kPhaseInit, i, gene);
    genes[i] = random_gene(bits, rng);
  }
  return genes;
}

std::vector<std::string> level_labels(int bits) {
  std::vector<std::string> labels;
  const int top = (1 << bits) - 1;
  for (int l = 0; l <= top; ++l) labels.push_back(std::to_string(l) + "/" + std::to_string(top));
  return labels;
}

}  // namespace

Simulation::Simulation(const Params& params, std::uint64_t seed, const sim::Executor& executor,
                       sim::io::Recorder& recorder)
    : params_(params),
      seed_(seed),
      executor_(executor),
      recorder_(recorder),
      series_(declare_series()),
      observers_(Observers::everyone(params.population)),
      boldness_(random_genes(params.population, static_cast<int>(params.bits_per_gene), seed, 0)),
      vengefulness_(
          random_genes(params.population, static_cast<int>(params.bits_per_gene), seed, 1)),
      boldness_trait_(params.population),
      vengefulness_trait_(params.population),
      seen_chance_(params.population * params.opportunities),
      tallies_(params.population),
      scores_(params.population) {
  schedule_.add("opportunities", [this](std::int64_t& g) { draw_opportunities(g); });
  schedule_.add("play", [this](std::int64_t& g) { play(g); });
  schedule_.add("record", [this](std::int64_t& g) { record(g); });
  schedule_.add("reproduce", [this](std::int64_t& g) { reproduce(g); });
}

Simulation::Series Simulation::declare_series() {
  auto& r = recorder_;
  const auto labels = level_labels(static_cast<int>(params_.bits_per_gene));
  const std::size_t levels = labels.size();
  return {
      r.series<std::int64_t>("generation", 1, "generation index, from 0", "generation"),
      r.series<double>("mean_boldness", 1, "mean boldness of the agents playing the generation",
                       "probability"),
      r.series<double>("mean_vengefulness", 1,
                       "mean vengefulness of the agents playing the generation", "probability"),
      r.series<double>("mean_score", 1, "mean score over agents in the generation", "payoff"),
      r.series<double>("sd_score", 1, "population standard deviation of scores", "payoff"),
      r.series<std::int64_t>("boldness_distribution", levels,
                             "agents at each boldness level (columns: level)", "agents", labels),
      r.series<std::int64_t>("vengefulness_distribution", levels,
                             "agents at each vengefulness level (columns: level)", "agents",
                             labels),
      r.series<std::int64_t>("defections", 1, "defections in the generation", "events"),
      r.series<std::int64_t>("punishments", 1, "punishments of defectors in the generation",
                             "events"),
      r.series<std::int64_t>("meta_punishments", 1,
                             "meta-punishments of non-punishers in the generation (0 in the "
                             "norms game)",
                             "events"),
  };
}

void Simulation::step(std::int64_t generation) {
  if (params_.observers > 0)
    observers_ = Observers::random(params_.population, params_.observers, seed_, generation);
  schedule_.run_step(generation);
  boldness_.flip();
  vengefulness_.flip();
}

void Simulation::draw_opportunities(std::int64_t generation) {
  const int bits = static_cast<int>(params_.bits_per_gene);
  const PhiloxDraws draws(seed_, generation, observers_.count());
  const std::int64_t opp = params_.opportunities;
  executor_.for_each(static_cast<std::size_t>(params_.population), [&](std::size_t p) {
    const std::int32_t agent = observers_.agent_at(static_cast<std::int64_t>(p));
    boldness_trait_[p] = trait(boldness_.current()[agent], bits);
    vengefulness_trait_[p] = trait(vengefulness_.current()[agent], bits);
    for (std::int64_t o = 0; o < opp; ++o) seen_chance_[p * opp + o] = draws.seen_chance(agent, o);
  });
}

void Simulation::play(std::int64_t generation) {
  const PhiloxDraws draws(seed_, generation, observers_.count());
  const OnRing<PhiloxDraws> on_ring{draws, observers_};
  const Generation g{boldness_trait_, vengefulness_trait_, seen_chance_, params_.opportunities,
                     params_.metanorms};
  const auto n = static_cast<std::size_t>(params_.population);
  totals_ = executor_.sum(n, Tally{}, [&](std::size_t p) {
    const Tally t = play_agent(static_cast<std::int64_t>(p), g, observers_, on_ring);
    tallies_[observers_.agent_at(static_cast<std::int64_t>(p))] = t;
    return t;
  });
  executor_.for_each(n, [&](std::size_t i) {
    scores_[i] = score(tallies_[i], totals_.defections - tallies_[i].defections, params_.payoff);
  });
}

double Simulation::mean_level(const std::vector<std::uint8_t>& genes) const {
  const std::int64_t sum = executor_.sum(genes.size(), std::int64_t{0},
                                         [&](std::size_t i) { return std::int64_t{genes[i]}; });
  const double top = static_cast<double>(params_.gene_levels() - 1);
  return static_cast<double>(sum) / static_cast<double>(genes.size()) / top;
}

std::vector<std::int64_t> Simulation::level_counts(const std::vector<std::uint8_t>& genes) const {
  std::vector<std::int64_t> counts(params_.gene_levels(), 0);
  for (std::uint8_t g : genes) ++counts[g];
  return counts;
}

void Simulation::record(std::int64_t generation) {
  const auto n = static_cast<double>(params_.population);
  const double mean =
      executor_.sum(scores_.size(), 0.0, [&](std::size_t i) { return scores_[i]; }) / n;
  const double ss = executor_.sum(scores_.size(), 0.0, [&](std::size_t i) {
    return (scores_[i] - mean) * (scores_[i] - mean);
  });
  auto& r = recorder_;
  r.append(series_.generation, generation);
  r.append(series_.mean_boldness, mean_level(boldness_.current()));
  r.append(series_.mean_vengefulness, mean_level(vengefulness_.current()));
  r.append(series_.mean_score, mean);
  r.append(series_.sd_score, std::sqrt(ss / n));
  const auto b = level_counts(boldness_.current());
  const auto v = level_counts(vengefulness_.current());
  r.append(series_.boldness_levels, std::span<const std::int64_t>(b));
  r.append(series_.vengefulness_levels, std::span<const std::int64_t>(v));
  r.append(series_.defections, totals_.defections);
  r.append(series_.punishments, totals_.punished);
  r.append(series_.meta_punishments, totals_.meta_punished);
}

void Simulation::reproduce(std::int64_t generation) {
  const std::vector<std::int32_t> parents =
      select_parents(scores_, params_.selection, seed_, generation);
  const int bits = static_cast<int>(params_.bits_per_gene);
  const auto& b = boldness_.current();
  const auto& v = vengefulness_.current();
  auto& next_b = boldness_.next();
  auto& next_v = vengefulness_.next();
  executor_.for_each(parents.size(), [&](std::size_t i) {
    const auto agent = static_cast<std::int64_t>(i);
    sim::Rng rng(seed_, generation, kPhaseMutation, agent);
    next_b[i] = mutate(b[parents[i]], bits, params_.mutation_rate, rng);
    next_v[i] = mutate(v[parents[i]], bits, params_.mutation_rate, rng);
  });
}

double Simulation::mean_boldness() const {
  return mean_level(boldness_.current());
}
double Simulation::mean_vengefulness() const {
  return mean_level(vengefulness_.current());
}

void Simulation::finish() {
  const double b = mean_boldness();
  const double v = mean_vengefulness();
  const Outcome o = classify(b, v, params_.classification);
  recorder_.result("final_mean_boldness", b,
                   "mean boldness of the population after the last generation", "probability");
  recorder_.result("final_mean_vengefulness", v,
                   "mean vengefulness of the population after the last generation", "probability");
  recorder_.result("outcome", outcome_name(o),
                   "established (boldness <= 2/7 and vengefulness >= 5/7 by default), collapsed "
                   "(boldness >= 6/7 and vengefulness <= 1/7) or neither");
  recorder_.result("outcome_code", static_cast<std::int64_t>(o),
                   "0 neither, 1 established, 2 collapsed", "1");
  recorder_.result("generations", params_.generations, "generations simulated", "generations");
}

std::string Simulation::summary() const {
  std::ostringstream out;
  out.precision(3);
  out << (params_.metanorms ? "metanorms" : "norms") << " game, " << params_.population
      << " agents, " << params_.generations << " generations\n"
      << "final mean boldness " << mean_boldness() << ", mean vengefulness " << mean_vengefulness()
      << ": norm "
      << outcome_name(classify(mean_boldness(), mean_vengefulness(), params_.classification))
      << "\n";
  return out.str();
}

}  // namespace axelrod
