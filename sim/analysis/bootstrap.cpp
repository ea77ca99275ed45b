#include "sim/analysis/bootstrap.hpp"

#include "sim/core/rng.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace sim::analysis {
namespace {

// The Rng "phase" word that keeps bootstrap streams apart from every model's streams.
constexpr std::uint32_t kBootstrapPhase = 0x626f6f74;  // "boot"

}  // namespace

double mean(std::span<const double> x) {
  if (x.empty()) return kNaN;
  return std::accumulate(x.begin(), x.end(), 0.0) / static_cast<double>(x.size());
}

std::vector<double> resampled_means(std::span<const double> x, const BootstrapOptions& options,
                                    std::uint64_t stream) {
  if (options.resamples < 1) throw std::invalid_argument("bootstrap needs at least one resample");
  std::vector<double> means;
  if (x.empty()) return means;
  means.reserve(static_cast<std::size_t>(options.resamples));
  for (std::int64_t b = 0; b < options.resamples; ++b) {
    Rng rng(options.seed, stream, kBootstrapPhase, static_cast<std::uint64_t>(b));
    double sum = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) sum += x[rng.below(x.size())];
    means.push_back(sum / static_cast<double>(x.size()));
  }
  return means;
}

Interval percentile_interval(std::vector<double> stats, double confidence) {
  if (!(confidence > 0.0 && confidence < 1.0))
    throw std::invalid_argument("confidence must be in (0, 1)");
  if (stats.empty()) return {};
  std::sort(stats.begin(), stats.end());
  const auto quantile = [&](double q) {
    const double h = q * static_cast<double>(stats.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(h));
    const std::size_t hi = std::min(lo + 1, stats.size() - 1);
    return stats[lo] + (h - static_cast<double>(lo)) * (stats[hi] - stats[lo]);
  };
  return {quantile((1.0 - confidence) / 2.0), quantile((1.0 + confidence) / 2.0)};
}

Estimate bootstrap_mean(std::span<const double> x, const BootstrapOptions& options,
                        std::uint64_t stream) {
  return {mean(x), percentile_interval(resampled_means(x, options, stream), options.confidence)};
}

Estimate bootstrap_difference(std::span<const double> a, std::span<const double> b,
                              const BootstrapOptions& options, std::uint64_t stream_a,
                              std::uint64_t stream_b) {
  if (stream_a == stream_b)
    throw std::invalid_argument("independent resampling needs two different streams");
  if (a.empty() || b.empty()) return {};
  std::vector<double> diff = resampled_means(a, options, stream_a);
  const std::vector<double> mb = resampled_means(b, options, stream_b);
  for (std::size_t i = 0; i < diff.size(); ++i) diff[i] -= mb[i];
  return {mean(a) - mean(b), percentile_interval(std::move(diff), options.confidence)};
}

}  // namespace sim::analysis
