#include "sim/sweep/samplers.hpp"

#include "sim/core/rng.hpp"

#include <boost/random/sobol.hpp>

#include <numeric>

namespace sim::sweep {
namespace {

// Phase tags of the design streams, distinct from the models' phases.
constexpr std::uint32_t kLhsPermutation = 0x6c687370;  // "lhsp"
constexpr std::uint32_t kLhsJitter = 0x6c68736a;       // "lhsj"
constexpr std::uint32_t kUniform = 0x756e6966;         // "unif"

std::vector<std::vector<double>> lhs(std::size_t n, std::size_t d, std::uint64_t seed) {
  std::vector<std::vector<double>> points(n, std::vector<double>(d));
  std::vector<std::size_t> stratum(n);
  for (std::size_t j = 0; j < d; ++j) {
    std::iota(stratum.begin(), stratum.end(), std::size_t{0});
    Rng shuffle(seed, 0, kLhsPermutation, j);
    for (std::size_t i = n; i > 1; --i) std::swap(stratum[i - 1], stratum[shuffle.below(i)]);
    for (std::size_t i = 0; i < n; ++i) {
      Rng jitter(seed, i, kLhsJitter, j);
      points[i][j] = (static_cast<double>(stratum[i]) + jitter.uniform()) / static_cast<double>(n);
    }
  }
  return points;
}

std::vector<std::vector<double>> sobol(std::size_t n, std::size_t d) {
  std::vector<std::vector<double>> points(n, std::vector<double>(d));
  boost::random::sobol engine(d);
  // 64-bit integers cut to 53 bits, so every coordinate is exact and below 1.
  for (auto& p : points)
    for (auto& x : p) x = static_cast<double>(engine() >> 11) * 0x1.0p-53;
  return points;
}

std::vector<std::vector<double>> uniform(std::size_t n, std::size_t d, std::uint64_t seed) {
  std::vector<std::vector<double>> points(n, std::vector<double>(d));
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < d; ++j) points[i][j] = Rng(seed, i, kUniform, j).uniform();
  return points;
}

}  // namespace

std::vector<std::vector<double>> unit_sample(Sampler sampler, std::size_t n, std::size_t d,
                                             std::uint64_t seed) {
  switch (sampler) {
    case Sampler::kLhs: return lhs(n, d, seed);
    case Sampler::kSobol: return sobol(n, d);
    case Sampler::kRandom: return uniform(n, d, seed);
  }
  return {};
}

}  // namespace sim::sweep
