#include "sim/calibrate/calibration.hpp"

#include "sim/core/error.hpp"

#include <boost/math/distributions/chi_squared.hpp>
#include <pagmo/algorithms/cmaes.hpp>
#include <pagmo/algorithms/nsga2.hpp>
#include <pagmo/algorithms/xnes.hpp>
#include <pagmo/population.hpp>
#include <pagmo/problem.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <numeric>

namespace sim::calibrate {
namespace {

double parse_number(const std::string& text, const std::string& flag) {
  double v = 0.0;
  const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || r.ec != std::errc() || r.ptr != text.data() + text.size() ||
      !std::isfinite(v))
    throw InputError(flag + ": '" + text + "' is not a number");
  return v;
}

// Thrown through pagmo's evolve when the user interrupts; caught by search().
struct Stop {};

// What the pagmo problem calls: hands out replayed evaluations first, then simulates.
class Evaluator {
 public:
  Evaluator(const TargetSet& targets, const std::vector<FreeParameter>& free,
            const std::vector<Evaluation>& replay, const Simulate& simulate,
            const OnEvaluation& on_evaluation, SearchOutcome& outcome)
      : targets_(targets),
        free_(free),
        replay_(replay),
        simulate_(simulate),
        on_evaluation_(on_evaluation),
        outcome_(outcome) {}

  const Evaluation& evaluate(const std::vector<double>& unit) {
    const auto index = static_cast<std::int64_t>(outcome_.evaluations.size());
    const bool replayed = static_cast<std::size_t>(index) < replay_.size();
    Evaluation e;
    if (replayed) {
      e = replay_[static_cast<std::size_t>(index)];
      if (e.unit != unit || e.index != index)
        throw InputError("evaluation " + std::to_string(index) +
                         " of the journal is not the candidate this search asks for: the "
                         "journal belongs to another calibration");
      ++outcome_.replayed;
    } else {
      e.index = index;
      e.unit = unit;
      for (std::size_t i = 0; i < free_.size(); ++i) e.values.push_back(free_[i].value(unit[i]));
      const auto runs = simulate_(e.values);
      if (!runs) throw Stop{};
      e.moments = mean_moments(*runs);
      e.distance = distance(targets_, e.moments);
    }
    outcome_.evaluations.push_back(std::move(e));
    on_evaluation_(outcome_.evaluations.back(), replayed);
    return outcome_.evaluations.back();
  }

 private:
  const TargetSet& targets_;
  const std::vector<FreeParameter>& free_;
  const std::vector<Evaluation>& replay_;
  const Simulate& simulate_;
  const OnEvaluation& on_evaluation_;
  SearchOutcome& outcome_;
};

// pagmo's finite stand-in for an infinite distance (its sorting and crowding need numbers).
double finite(double d) {
  return std::isfinite(d) ? d : std::numeric_limits<double>::max();
}

// The pagmo user-defined problem: the unit cube, one objective (the distance) or, for
// NSGA-II, one per target.
struct Problem {
  Evaluator* evaluator = nullptr;
  std::size_t dimension = 1;
  std::size_t objectives = 1;

  pagmo::vector_double fitness(const pagmo::vector_double& x) const {
    const Evaluation& e = evaluator->evaluate(x);
    if (objectives == 1) return {finite(e.distance.total)};
    pagmo::vector_double f;
    for (double d : e.distance.per_target) f.push_back(finite(d));
    return f;
  }
  std::pair<pagmo::vector_double, pagmo::vector_double> get_bounds() const {
    return {pagmo::vector_double(dimension, 0.0), pagmo::vector_double(dimension, 1.0)};
  }
  pagmo::vector_double::size_type get_nobj() const { return objectives; }
  std::string get_name() const { return "normsim calibration"; }
};

// One generation per call, the algorithm's state kept between calls (memory = true), so
// the budget can be checked between generations without changing what is proposed.
template <class A>
void evolve(A& algorithm, pagmo::population& pop, const SearchOptions& options,
            const SearchOutcome& outcome) {
  while (std::ssize(outcome.evaluations) + std::ssize(pop.get_x()) <= options.evaluations) {
    const std::size_t before = outcome.evaluations.size();
    pop = algorithm.evolve(pop);
    if (outcome.evaluations.size() == before) return;  // converged: it asked for nothing
  }
}

}  // namespace

std::vector<sweep::Assignment> assignments(const std::vector<FreeParameter>& free,
                                           const std::vector<double>& values) {
  std::vector<sweep::Assignment> out;
  for (std::size_t i = 0; i < free.size(); ++i) {
    char buf[32];
    const auto r = std::to_chars(buf, buf + sizeof buf, values.at(i));
    out.push_back({free[i].key, std::string(buf, r.ptr), free[i].origin});
  }
  return out;
}

FreeParameter parse_free(const std::string& text) {
  const std::string flag = "--free " + text;
  const auto eq = text.find('=');
  const auto colon = text.find(':', eq == std::string::npos ? 0 : eq);
  if (eq == std::string::npos || eq == 0 || colon == std::string::npos)
    throw InputError(flag + ": expected key.path=low:high");
  FreeParameter f{text.substr(0, eq), parse_number(text.substr(eq + 1, colon - eq - 1), flag),
                  parse_number(text.substr(colon + 1), flag), flag};
  if (!(f.low < f.high))
    throw InputError(flag + ": the range is inverted or empty (low must be less than high)");
  return f;
}

Algorithm parse_algorithm(const std::string& name) {
  if (name == "cmaes") return Algorithm::kCmaes;
  if (name == "xnes") return Algorithm::kXnes;
  if (name == "nsga2") return Algorithm::kNsga2;
  throw InputError("--algorithm " + name + ": expected cmaes, xnes or nsga2");
}

std::string algorithm_name(Algorithm a) {
  switch (a) {
    case Algorithm::kCmaes: return "cmaes";
    case Algorithm::kXnes: return "xnes";
    case Algorithm::kNsga2: return "nsga2";
  }
  return "";
}

std::int64_t default_population(std::size_t free_parameters) {
  const auto k = static_cast<double>(std::max<std::size_t>(free_parameters, 1));
  const auto lambda = 4 + static_cast<std::int64_t>(std::floor(3.0 * std::log(k)));
  return std::max<std::int64_t>(8, (lambda + 3) / 4 * 4);
}

std::int64_t checked_population(const TargetSet& targets, std::size_t free_parameters,
                                const SearchOptions& options) {
  if (options.population < 0)
    throw InputError("--population " + std::to_string(options.population) + ": at least 5");
  const std::int64_t population =
      options.population > 0 ? options.population : default_population(free_parameters);
  if (options.algorithm == Algorithm::kNsga2 && (population % 4 != 0 || population < 8))
    throw InputError("--population " + std::to_string(population) +
                     ": nsga2 needs a multiple of 4, at least 8");
  if (population < 5)
    throw InputError("--population " + std::to_string(population) + ": at least 5");
  if (options.algorithm == Algorithm::kNsga2 && targets.targets.size() < 2)
    throw InputError(targets.path +
                     ": nsga2 trades targets off against each other and needs at least 2");
  if (options.evaluations < population)
    throw InputError("--evaluations " + std::to_string(options.evaluations) +
                     " is less than one generation (the population, " + std::to_string(population) +
                     ")");
  return population;
}

SearchOutcome search(const TargetSet& targets, const std::vector<FreeParameter>& free,
                     const SearchOptions& options, const std::vector<Evaluation>& replay,
                     const Simulate& simulate, const OnEvaluation& on_evaluation) {
  const std::int64_t population = checked_population(targets, free.size(), options);
  SearchOutcome outcome;
  Evaluator evaluator(targets, free, replay, simulate, on_evaluation, outcome);
  const std::size_t objectives =
      options.algorithm == Algorithm::kNsga2 ? targets.targets.size() : 1;
  // pagmo seeds are unsigned; the population and the algorithm get different ones.
  const auto seed = static_cast<unsigned>(options.seed & 0xffffffffu);
  try {
    pagmo::population pop(pagmo::problem(Problem{&evaluator, free.size(), objectives}),
                          static_cast<pagmo::population::size_type>(population), seed);
    constexpr double kSigma0 = 0.3;  // in the unit cube: a third of every range
    switch (options.algorithm) {
      case Algorithm::kCmaes: {
        pagmo::cmaes a(1, -1, -1, -1, -1, kSigma0, 1e-6, 1e-6, true, true, seed + 1);
        evolve(a, pop, options, outcome);
        break;
      }
      case Algorithm::kXnes: {
        pagmo::xnes a(1, -1, -1, -1, kSigma0, 1e-6, 1e-6, true, true, seed + 1);
        evolve(a, pop, options, outcome);
        break;
      }
      case Algorithm::kNsga2: {
        pagmo::nsga2 a(1, 0.95, 10., 0.01, 50., seed + 1);
        evolve(a, pop, options, outcome);
        break;
      }
    }
  } catch (const Stop&) {
    outcome.interrupted = true;
  }
  return outcome;
}

std::size_t best_index(const std::vector<Evaluation>& evaluations) {
  std::size_t best = 0;
  for (std::size_t i = 1; i < evaluations.size(); ++i)
    if (evaluations[i].distance.total < evaluations[best].distance.total) best = i;
  return best;
}

std::vector<std::size_t> ensemble(const std::vector<Evaluation>& evaluations, double delta) {
  std::vector<std::size_t> out;
  if (evaluations.empty()) return out;
  const double best = evaluations[best_index(evaluations)].distance.total;
  for (std::size_t i = 0; i < evaluations.size(); ++i) {
    const double d = evaluations[i].distance.total;
    if (std::isfinite(d) && d <= best + delta) out.push_back(i);
  }
  std::stable_sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) {
    return evaluations[a].distance.total < evaluations[b].distance.total;
  });
  return out;
}

double default_ensemble_delta(std::size_t free_parameters) {
  const boost::math::chi_squared chi2(
      static_cast<double>(std::max<std::size_t>(free_parameters, 1)));
  return boost::math::quantile(chi2, 0.95);
}

}  // namespace sim::calibrate
