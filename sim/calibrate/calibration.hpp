#pragma once

// The search of a calibration, on pagmo2: candidates are points of the unit cube, one
// coordinate per free parameter (mapped linearly onto [low, high]), proposed by a seeded
// pagmo algorithm with a fixed population; each candidate is simulated by the caller
// (replicates with common random numbers) and scored by the distance of distance.hpp.
// Nothing here knows about a model: `Simulate` does the runs.

#include "sim/calibrate/distance.hpp"
#include "sim/calibrate/targets.hpp"
#include "sim/sweep/plan.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace sim::calibrate {

struct FreeParameter {
  std::string key;
  double low = 0.0;
  double high = 1.0;
  std::string origin;  // "--free key=low:high", for messages

  double value(double unit) const { return low + unit * (high - low); }
};

// The scenario assignments of a candidate: each free key set to its value in the shortest
// text that reads back as the same double, named after its --free flag.
std::vector<sweep::Assignment> assignments(const std::vector<FreeParameter>& free,
                                           const std::vector<double>& values);

// "key=low:high" as given to --free; an InputError naming it when malformed or low >= high.
FreeParameter parse_free(const std::string& text);

enum class Algorithm { kCmaes, kXnes, kNsga2 };
// "cmaes", "xnes" or "nsga2"; an InputError otherwise.
Algorithm parse_algorithm(const std::string& name);
std::string algorithm_name(Algorithm a);

struct SearchOptions {
  Algorithm algorithm = Algorithm::kCmaes;
  std::uint64_t seed = 1;
  // Budget: the search stops before a generation that would exceed it, so the evaluations
  // made are a multiple of the population, at most this.
  std::int64_t evaluations = 200;
  // Candidates per generation; 0: the default for the number of free parameters.
  std::int64_t population = 0;
};

// The default population: 4 + floor(3 ln k) (the CMA-ES default for k parameters), rounded
// up to a multiple of 4 (NSGA-II needs it), at least 8.
std::int64_t default_population(std::size_t free_parameters);

// The population a search with these options uses; an InputError when the options cannot
// work (a population too small or, for NSGA-II, not a multiple of 4; fewer than 2 targets for
// NSGA-II; a budget below one generation). search() checks the same; call it before any run.
std::int64_t checked_population(const TargetSet& targets, std::size_t free_parameters,
                                const SearchOptions& options);

struct Evaluation {
  std::int64_t index = 0;
  std::vector<double> unit;     // the candidate in the unit cube
  std::vector<double> values;   // the free parameters' values
  std::vector<double> moments;  // simulated moments, averaged over replicates
  Distance distance;
};

// Runs the replicates of one candidate and returns each replicate's moments; nothing when
// the user interrupted.
using Simulate = std::function<std::optional<std::vector<std::vector<double>>>(
    const std::vector<double>& values)>;
// Called for every evaluation in order, replayed ones (from `replay`) included.
using OnEvaluation = std::function<void(const Evaluation& e, bool replayed)>;

struct SearchOutcome {
  std::vector<Evaluation> evaluations;
  std::int64_t replayed = 0;
  bool interrupted = false;
};

// Runs the search. `replay` holds the evaluations of an interrupted search with the same
// inputs (from its journal): the seeded algorithm asks for the same candidates in the same
// order, so those are answered from it without simulating; an InputError when a replayed
// candidate differs from the one asked for (the journal is not this search's).
SearchOutcome search(const TargetSet& targets, const std::vector<FreeParameter>& free,
                     const SearchOptions& options, const std::vector<Evaluation>& replay,
                     const Simulate& simulate, const OnEvaluation& on_evaluation);

// The index of the evaluation with the smallest finite distance (the first of equals).
std::size_t best_index(const std::vector<Evaluation>& evaluations);

// The ensemble of good fits: every evaluation with a finite distance D <= D_best + delta,
// sorted by distance (then index). With unit weights D - D_best is a likelihood-ratio
// statistic, so the default delta is the 0.95 quantile of chi-square with k degrees of
// freedom, k the number of free parameters (an approximate 95% confidence region).
std::vector<std::size_t> ensemble(const std::vector<Evaluation>& evaluations, double delta);
double default_ensemble_delta(std::size_t free_parameters);

}  // namespace sim::calibrate
