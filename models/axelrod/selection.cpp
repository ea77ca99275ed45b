#include "models/axelrod/selection.hpp"

#include "models/axelrod/phases.hpp"
#include "models/axelrod/stream.hpp"
#include "sim/core/rng.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace axelrod {
namespace {

using Parents = std::vector<std::int32_t>;

// Brings the offspring list of the axelrod_sd rule to size n.
Parents resize_random(Parents offspring, std::size_t n, sim::Rng& rng) {
  const std::size_t have = offspring.size();
  if (have > n) {
    // Drop a uniformly random (have - n)-subset, chosen by Floyd's algorithm (one draw per
    // dropped offspring), and keep the rest in their order.
    std::vector<bool> dropped(have, false);
    for (std::size_t j = n; j < have; ++j) {
      const std::size_t t = rng.below(j + 1);
      dropped[dropped[t] ? j : t] = true;
    }
    Parents kept;
    kept.reserve(n);
    for (std::size_t i = 0; i < have; ++i)
      if (!dropped[i]) kept.push_back(offspring[i]);
    return kept;
  }
  while (offspring.size() < n) offspring.push_back(offspring[rng.below(have)]);
  return offspring;
}

Parents resize_by_score(Parents offspring, std::size_t n, const std::vector<double>& scores) {
  // Order offspring by parent score, best first (ties: lower parent index first).
  std::vector<std::size_t> idx(offspring.size());
  std::iota(idx.begin(), idx.end(), std::size_t{0});
  std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) {
    return scores[offspring[a]] > scores[offspring[b]];
  });
  if (offspring.size() > n) {
    idx.resize(n);
    std::sort(idx.begin(), idx.end());
    Parents kept;
    for (std::size_t i : idx) kept.push_back(offspring[i]);
    return kept;
  }
  const std::size_t have = offspring.size();
  for (std::size_t i = 0; offspring.size() < n; ++i) offspring.push_back(offspring[idx[i % have]]);
  return offspring;
}

Parents axelrod_sd(const std::vector<double>& scores, Resize resize, sim::Rng& rng) {
  const std::vector<int> counts = sd_offspring_counts(scores);
  Parents offspring;
  for (std::size_t i = 0; i < counts.size(); ++i)
    for (int c = 0; c < counts[i]; ++c) offspring.push_back(static_cast<std::int32_t>(i));
  // Scores equal up to rounding can put every agent at or below mean - sd (the rounded mean
  // above them all, sd a rounding error): nobody is worse than anybody, so each agent keeps
  // one offspring (instead of resizing an empty list: a division by zero).
  if (offspring.empty())
    for (std::size_t i = 0; i < counts.size(); ++i)
      offspring.push_back(static_cast<std::int32_t>(i));
  return resize == Resize::kRandom ? resize_random(std::move(offspring), scores.size(), rng)
                                   : resize_by_score(std::move(offspring), scores.size(), scores);
}

Parents tournament(const std::vector<double>& scores, std::int64_t size, sim::Rng& rng) {
  Parents parents(scores.size());
  for (auto& p : parents) {
    auto best = static_cast<std::int32_t>(rng.below(scores.size()));
    for (std::int64_t t = 1; t < size; ++t) {
      const auto c = static_cast<std::int32_t>(rng.below(scores.size()));
      if (scores[c] > scores[best]) best = c;
    }
    p = best;
  }
  return parents;
}

Parents roulette(const std::vector<double>& scores, sim::Rng& rng) {
  const double low = *std::min_element(scores.begin(), scores.end());
  std::vector<double> cumulative(scores.size());
  double total = 0.0;
  for (std::size_t i = 0; i < scores.size(); ++i) cumulative[i] = total += scores[i] - low;
  Parents parents(scores.size());
  for (auto& p : parents) {
    if (total <= 0.0) {
      p = static_cast<std::int32_t>(rng.below(scores.size()));
      continue;
    }
    const double u = rng.uniform() * total;
    const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), u);
    p = static_cast<std::int32_t>(
        std::min<std::ptrdiff_t>(it - cumulative.begin(), std::ssize(scores) - 1));
  }
  return parents;
}

}  // namespace

std::vector<int> sd_offspring_counts(const std::vector<double>& scores) {
  const double n = static_cast<double>(scores.size());
  const double mean = std::accumulate(scores.begin(), scores.end(), 0.0) / n;
  double ss = 0.0;
  for (double s : scores) ss += (s - mean) * (s - mean);
  const double sd = std::sqrt(ss / n);
  std::vector<int> counts(scores.size());
  for (std::size_t i = 0; i < scores.size(); ++i)
    counts[i] = scores[i] >= mean + sd ? 2 : scores[i] <= mean - sd ? 0 : 1;
  return counts;
}

std::vector<std::int32_t> select_parents(const std::vector<double>& scores, const Selection& rule,
                                         std::uint64_t seed, std::int64_t generation) {
  sim::Rng rng(seed, generation, kPhaseSelection, 0);
  switch (rule.rule) {
    case SelectionRule::kAxelrodSd: return axelrod_sd(scores, rule.resize, rng);
    case SelectionRule::kTournament: return tournament(scores, rule.tournament_size, rng);
    case SelectionRule::kRoulette: return roulette(scores, rng);
  }
  return {};
}

void place_at_random(std::vector<std::int32_t>& parents, std::uint64_t seed,
                     std::int64_t generation) {
  U32Stream stream(seed, static_cast<std::uint64_t>(generation), kPhasePlacement, 0);
  for (std::size_t i = parents.size() - 1; i > 0; --i)
    std::swap(parents[i], parents[below(stream, static_cast<std::uint32_t>(i + 1))]);
}

}  // namespace axelrod
