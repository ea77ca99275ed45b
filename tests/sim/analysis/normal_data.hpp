#pragma once

#include "sim/core/rng.hpp"

#include <cmath>
#include <cstdint>
#include <numbers>
#include <vector>

namespace test_data {

// n draws from Normal(mean, sd) by Box-Muller on stream `dataset`: synthetic data whose true
// mean is known, reproducible from the dataset number.
inline std::vector<double> normal_sample(std::uint64_t dataset, std::size_t n, double mean,
                                         double sd) {
  sim::Rng rng(12345, dataset, 7, 0);
  std::vector<double> out;
  while (out.size() < n) {
    const double u1 = 1.0 - rng.uniform();  // in (0, 1]: log is finite
    const double u2 = rng.uniform();
    const double r = std::sqrt(-2.0 * std::log(u1));
    out.push_back(mean + sd * r * std::cos(2.0 * std::numbers::pi * u2));
    if (out.size() < n) out.push_back(mean + sd * r * std::sin(2.0 * std::numbers::pi * u2));
  }
  return out;
}

}  // namespace test_data
