#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace sim::analysis {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Interval {
  double low = kNaN;
  double high = kNaN;
};

// A mean (or a difference of means) with its bootstrap percentile interval; NaN when there
// were no values to estimate it from.
struct Estimate {
  double value = kNaN;
  Interval ci;
};

// Percentile bootstrap (Efron and Tibshirani 1993, ch. 13). Resample b of the values with
// stream id s is drawn from the Philox stream keyed by (seed, s, b), so intervals are
// reproducible to the bit and do not depend on the order in which estimates are computed.
struct BootstrapOptions {
  static constexpr std::int64_t kDefaultResamples = 10000;
  static constexpr std::uint64_t kDefaultSeed = 1;
  std::int64_t resamples = kDefaultResamples;
  double confidence = 0.95;
  std::uint64_t seed = kDefaultSeed;
};

// Means of `options.resamples` resamples (with replacement, same size) of `x` from stream
// `stream`; empty when x is.
std::vector<double> resampled_means(std::span<const double> x, const BootstrapOptions& options,
                                    std::uint64_t stream);

// The central `confidence` interval of `stats`: the (1-c)/2 and (1+c)/2 quantiles, linearly
// interpolated between order statistics (Hyndman and Fan type 7).
Interval percentile_interval(std::vector<double> stats, double confidence);

// The mean of x and its percentile interval.
Estimate bootstrap_mean(std::span<const double> x, const BootstrapOptions& options,
                        std::uint64_t stream);

// mean(a) - mean(b) for independent samples: a and b are resampled independently (streams
// stream_a and stream_b, which must differ) and the interval is that of the differences of
// the resampled means.
Estimate bootstrap_difference(std::span<const double> a, std::span<const double> b,
                              const BootstrapOptions& options, std::uint64_t stream_a,
                              std::uint64_t stream_b);

double mean(std::span<const double> x);

}  // namespace sim::analysis
