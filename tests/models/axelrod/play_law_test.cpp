// The fast play (seers as bit masks, punishments in batches, one stream per block, boldness-0
// agents skipped) against the plain rule, by its exact expectation: for fixed genes and
// observers, agent i's mean score over a generation is (S ~ U(0,1), b = boldness, v =
// vengefulness, O opportunities)
//   O [ T b_i + P (b_i^2 / 2) sum_{j in Obs(i)} v_j
//       + sum_{d : i in Obs(d)} ( E v_i b_d^2 / 2
//           + metanorms: (b_d^3 / 3) ( P' (1 - v_i) sum_{k in Obs(d), k != i} v_k
//                                    + E' v_i sum_{j in Obs(d), j != i} (1 - v_j) ) ) ]
//   + H O (sum over the defectors i is hurt by of b_d)
// Each test plays many independent generations (fixed seeds) and checks every agent's mean
// within 5 standard errors, and that the same samples reject a rule 15% off (the expected
// punishment terms scaled), so the tolerance cannot pass a wrong rule by accident.
#include "models/axelrod/genes.hpp"
#include "models/axelrod/observers.hpp"
#include "models/axelrod/phases.hpp"
#include "models/axelrod/play.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

namespace {

using axelrod::CountArrays;
using axelrod::Hurt;

constexpr std::int64_t kAgents = 24, kObservers = 5, kOpportunities = 4;
constexpr int kGenerations = 20000;

struct Law {
  std::vector<std::uint8_t> boldness, vengefulness;
  bool metanorms;
  Hurt hurt;

  double b(std::int64_t i) const { return axelrod::trait(boldness[i], 3); }
  double v(std::int64_t i) const { return axelrod::trait(vengefulness[i], 3); }

  // The expectation above, with the punishment payoffs scaled by `scale` (1: the rule).
  template <class Graph>
  std::vector<double> expected(const Graph& graph, double scale) const {
    const axelrod::Payoffs p;
    const double o = kOpportunities;
    const std::int64_t k = graph.count();
    std::vector<double> e(kAgents, 0.0);
    for (std::int64_t d = 0; d < kAgents; ++d) {
      const double bd = b(d);
      double watchers_v = 0;
      for (std::int64_t s = 0; s < k; ++s) watchers_v += v(graph.observer(d, s));
      e[d] += o * (p.temptation * bd + scale * p.punishment * bd * bd / 2 * watchers_v);
      for (std::int64_t s = 0; s < k; ++s) {
        const std::int64_t i = graph.observer(d, s);
        e[i] += o * scale * p.enforcement * v(i) * bd * bd / 2;
        if (hurt == Hurt::kObservers) e[i] += o * p.hurt * bd;
        if (!metanorms) continue;
        double others_v = 0, others_lax = 0;
        for (std::int64_t s2 = 0; s2 < k; ++s2) {
          if (s2 == s) continue;
          others_v += v(graph.observer(d, s2));
          others_lax += 1 - v(graph.observer(d, s2));
        }
        e[i] +=
            o * bd * bd * bd / 3 *
            (p.meta_punishment * (1 - v(i)) * others_v + p.meta_enforcement * v(i) * others_lax);
      }
      if (hurt == Hurt::kEveryone)
        for (std::int64_t i = 0; i < kAgents; ++i)
          if (i != d) e[i] += o * p.hurt * bd;
    }
    return e;
  }

  // Mean and standard error of each agent's score over kGenerations generations.
  template <class Graph>
  void sample(const Graph& graph, std::vector<double>& mean, std::vector<double>& se) const {
    const std::vector<std::uint64_t> chances = levels();
    const axelrod::Generation g{boldness, vengefulness, chances, kOpportunities, metanorms, hurt};
    std::vector<double> sum(kAgents, 0.0), squares(kAgents, 0.0);
    CountArrays counts(kAgents);
    for (int r = 0; r < kGenerations; ++r) {
      axelrod::U32Stream stream(17, static_cast<std::uint64_t>(r), axelrod::kPhasePlay, 0);
      axelrod::StreamDraws draws{stream};
      axelrod::play_range(0, kAgents, g, graph, draws, counts);
      std::int64_t defections = 0;
      for (std::int64_t i = 0; i < kAgents; ++i) defections += counts.defections[i];
      for (std::int64_t i = 0; i < kAgents; ++i) {
        const axelrod::Counts c = counts.at(static_cast<std::size_t>(i));
        const std::int64_t hurt_by = hurt == Hurt::kEveryone ? defections - c.defections : c.hurt;
        const double x = axelrod::score(c, hurt_by, axelrod::Payoffs{});
        sum[i] += x;
        squares[i] += x * x;
      }
      counts = CountArrays(kAgents);
    }
    mean.assign(kAgents, 0.0);
    se.assign(kAgents, 0.0);
    for (std::int64_t i = 0; i < kAgents; ++i) {
      mean[i] = sum[i] / kGenerations;
      se[i] = std::sqrt((squares[i] / kGenerations - mean[i] * mean[i]) / (kGenerations - 1));
    }
  }

  static std::vector<std::uint64_t> levels() {
    std::vector<std::uint64_t> t;
    for (std::uint8_t l = 0; l < 8; ++l) t.push_back(axelrod::chance_of(axelrod::trait(l, 3)));
    return t;
  }

  // Largest |z| of the agents' means against an expectation.
  static double worst_z(const std::vector<double>& mean, const std::vector<double>& se,
                        const std::vector<double>& e) {
    double worst = 0;
    for (std::int64_t i = 0; i < kAgents; ++i)
      if (se[i] > 0) worst = std::max(worst, std::abs(mean[i] - e[i]) / se[i]);
    return worst;
  }

  template <class Graph>
  void check(const Graph& graph) const {
    std::vector<double> mean, se;
    sample(graph, mean, se);
    EXPECT_LT(worst_z(mean, se, expected(graph, 1.0)), 5.0);
    EXPECT_GT(worst_z(mean, se, expected(graph, 1.15)), 8.0)
        << "the samples must be able to tell a rule 15% off";
  }
};

// Genes spread over every level, boldness 0 included (such agents draw nothing).
Law law(bool metanorms, Hurt hurt) {
  Law l{{}, {}, metanorms, hurt};
  for (std::int64_t i = 0; i < kAgents; ++i) {
    l.boldness.push_back(static_cast<std::uint8_t>((3 * i + 1) % 8));
    l.vengefulness.push_back(static_cast<std::uint8_t>((5 * i + 2) % 8));
  }
  return l;
}

TEST(AxelrodPlayLaw, NormsGameOnARingMatchesTheExpectedScores) {
  law(false, Hurt::kEveryone).check(axelrod::Circulant::random(kAgents, kObservers, 3, 0));
}

TEST(AxelrodPlayLaw, MetanormsGameOnARingMatchesTheExpectedScores) {
  law(true, Hurt::kEveryone).check(axelrod::Circulant::random(kAgents, kObservers, 3, 0));
}

TEST(AxelrodPlayLaw, NormsGameOnAFixedGraphHurtingObserversMatchesTheExpectedScores) {
  law(false, Hurt::kObservers).check(axelrod::FixedGraph::random(kAgents, kObservers, 3));
}

TEST(AxelrodPlayLaw, MetanormsGameOnAFixedGraphHurtingObserversMatchesTheExpectedScores) {
  law(true, Hurt::kObservers).check(axelrod::FixedGraph::random(kAgents, kObservers, 3));
}

TEST(AxelrodPlayLaw, MetanormsGameWithEveryoneObservingMatchesTheExpectedScores) {
  law(true, Hurt::kEveryone).check(axelrod::Circulant::everyone(kAgents));
}

}  // namespace
