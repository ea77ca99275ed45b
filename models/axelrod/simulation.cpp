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
  // Levels 0..2^bits - 1 uniformly: the top bits of a 32-bit draw, one stream per gene.
  U32Stream stream(seed, gene, kPhaseInit, 0);
  std::vector<std::uint8_t> genes(n);
  for (auto& g : genes) g = static_cast<std::uint8_t>(stream.next() >> (32 - bits));
  return genes;
}

std::vector<std::string> level_labels(int bits) {
  std::vector<std::string> labels;
  const int top = (1 << bits) - 1;
  for (int l = 0; l <= top; ++l) labels.push_back(std::to_string(l) + "/" + std::to_string(top));
  return labels;
}

std::variant<Circulant, FixedGraph> initial_graph(const Params& p, std::uint64_t seed) {
  if (p.observers == 0) return Circulant::everyone(p.population);
  if (p.observer_graph == ObserverGraph::kFixed)
    return FixedGraph::random(p.population, p.observers, seed);
  return Circulant::random(p.population, p.observers, seed, 0);
}

std::vector<std::uint64_t> level_chances(int bits) {
  std::vector<std::uint64_t> t(std::size_t{1} << bits);
  for (std::size_t l = 0; l < t.size(); ++l)
    t[l] = chance_of(trait(static_cast<std::uint8_t>(l), bits));
  return t;
}

}  // namespace

Simulation::Simulation(const Params& params, std::uint64_t seed, const sim::Executor& executor,
                       sim::io::Recorder& recorder)
    : params_(params),
      seed_(seed),
      executor_(executor),
      recorder_(recorder),
      series_(declare_series()),
      graph_(initial_graph(params, seed)),
      boldness_(random_genes(params.population, static_cast<int>(params.bits_per_gene), seed, 0)),
      vengefulness_(
          random_genes(params.population, static_cast<int>(params.bits_per_gene), seed, 1)),
      trait_(level_chances(static_cast<int>(params.bits_per_gene))),
      scratch_(CountArrays(params.population)),
      counts_(params.population),
      scores_(params.population) {
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
  if (params_.observers > 0 && params_.observer_graph == ObserverGraph::kRedrawn)
    graph_ = Circulant::random(params_.population, params_.observers, seed_, generation);
  schedule_.run_step(generation);
  boldness_.flip();
  vengefulness_.flip();
}

void Simulation::play(std::int64_t generation) {
  const Generation g{boldness_.current(),   vengefulness_.current(), trait_,
                     params_.opportunities, params_.metanorms,       params_.hurt};
  const auto n = static_cast<std::size_t>(params_.population);
  std::visit(
      [&](const auto& graph) {
        executor_.for_blocks(n, [&](std::size_t begin, std::size_t end) {
          U32Stream stream(seed_, generation, kPhasePlay, sim::Executor::block_of(n, begin));
          StreamDraws draws{stream};
          play_range(static_cast<std::int64_t>(begin), static_cast<std::int64_t>(end), g, graph,
                     draws, scratch_.local());
        });
      },
      graph_);
  // Every thread's counts summed into counts_ (and cleared for the next generation).
  std::vector<CountArrays::Field> fields{&CountArrays::defections, &CountArrays::punished,
                                         &CountArrays::punishing};
  if (params_.metanorms)
    fields.insert(fields.end(), {&CountArrays::meta_punished, &CountArrays::meta_punishing});
  if (params_.hurt == Hurt::kObservers) fields.push_back(&CountArrays::hurt);
  totals_ =
      executor_.accumulate_blocks(n, Tally{}, [&](Tally& t, std::size_t begin, std::size_t end) {
        counts_.gather(scratch_, fields, begin, end);
        for (std::size_t i = begin; i < end; ++i)
          t += Tally{counts_.defections[i], counts_.punished[i], counts_.meta_punished[i]};
      });
  executor_.for_each(n, [&](std::size_t i) {
    const Counts c = counts_.at(i);
    const std::int64_t hurt =
        params_.hurt == Hurt::kEveryone ? totals_.defections - c.defections : c.hurt;
    scores_[i] = score(c, hurt, params_.payoff);
  });
}

double Simulation::mean_level(const std::vector<std::uint8_t>& genes) const {
  return mean_of(level_counts(genes));
}

double Simulation::mean_of(const std::vector<std::int64_t>& counts) const {
  std::int64_t sum = 0, agents = 0;
  for (std::size_t l = 0; l < counts.size(); ++l) {
    sum += static_cast<std::int64_t>(l) * counts[l];
    agents += counts[l];
  }
  const double top = static_cast<double>(params_.gene_levels() - 1);
  return static_cast<double>(sum) / static_cast<double>(agents) / top;
}

std::vector<std::int64_t> Simulation::level_counts(const std::vector<std::uint8_t>& genes) const {
  using Levels = sim::VectorSum<std::int64_t>;
  return executor_
      .accumulate_blocks(genes.size(), Levels{std::vector<std::int64_t>(params_.gene_levels())},
                         [&](Levels& c, std::size_t begin, std::size_t end) {
                           for (std::size_t i = begin; i < end; ++i) ++c.v[genes[i]];
                         })
      .v;
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
  const auto b = level_counts(boldness_.current());
  const auto v = level_counts(vengefulness_.current());
  r.append(series_.mean_boldness, mean_of(b));
  r.append(series_.mean_vengefulness, mean_of(v));
  r.append(series_.mean_score, mean);
  r.append(series_.sd_score, std::sqrt(ss / n));
  r.append(series_.boldness_levels, std::span<const std::int64_t>(b));
  r.append(series_.vengefulness_levels, std::span<const std::int64_t>(v));
  r.append(series_.defections, totals_.defections);
  r.append(series_.punishments, totals_.punished);
  r.append(series_.meta_punishments, totals_.meta_punished);
}

void Simulation::reproduce(std::int64_t generation) {
  std::vector<std::int32_t> parents = select_parents(scores_, params_.selection, seed_, generation);
  // The scaled game's observers are fixed places: offspring must not sit by their parents.
  if (params_.observers > 0) place_at_random(parents, seed_, generation);
  const int bits = static_cast<int>(params_.bits_per_gene);
  const auto& b = boldness_.current();
  const auto& v = vengefulness_.current();
  auto& next_b = boldness_.next();
  auto& next_v = vengefulness_.next();
  const std::size_t n = parents.size();
  executor_.for_blocks(n, [&](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i) {
      next_b[i] = b[parents[i]];
      next_v[i] = v[parents[i]];
    }
    sim::Rng rng(seed_, generation, kPhaseMutation, sim::Executor::block_of(n, begin));
    mutate(std::span(next_b).subspan(begin, end - begin),
           std::span(next_v).subspan(begin, end - begin), bits, params_.mutation_rate, rng);
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
