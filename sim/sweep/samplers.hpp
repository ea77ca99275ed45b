#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace sim::sweep {

enum class Sampler { kLhs, kSobol, kRandom };

// `n` points of the unit cube [0, 1)^d, points[i][j] the j-th coordinate of point i:
// - kLhs: Latin hypercube: on every axis each of the n strata [k/n, (k+1)/n) holds exactly one
//   point; strata are permuted and points jittered by Philox streams keyed by `seed`.
// - kSobol: the Sobol' sequence of Boost.Random (`boost::random::sobol`, Bratley-Fox / Joe-Kuo
//   direction numbers), from its first point (0.5, ..., 0.5); `seed` is not used.
// - kRandom: independent uniforms from Philox streams keyed by (seed, point, axis).
// Point i of kRandom does not depend on n; kLhs points do (the strata are 1/n wide).
std::vector<std::vector<double>> unit_sample(Sampler sampler, std::size_t n, std::size_t d,
                                             std::uint64_t seed);

}  // namespace sim::sweep
