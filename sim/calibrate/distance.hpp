#pragma once

#include "sim/calibrate/targets.hpp"

#include <vector>

namespace sim::calibrate {

// The calibration distance of one candidate (documented in data/observed/README.md):
//
//   D = sum over targets t of w_t * e_t, where
//   series target:          e_t = sum over points k of f_k * ((m_k - o_k) / s_k)^2
//   plateau:                e_t = (max(0, m - max_growth) / sd)^2
//   failure_then_recovery:  e_t = (max(0, min_change - m) / sd)^2
//
// m is the simulated moment averaged over the candidate's replicates (the same replicate
// seeds for every candidate), o the observed value, s its scale (max(sd, sd_relative |o|)),
// f_k 1 for exact figures and reconstructed_weight for reconstructed ones, w_t the target's
// weight. With unit weights D is -2 log-likelihood (plus a constant) of independent normal
// errors, which is what the ensemble rule relies on. A moment that is not a finite number
// makes its target's error, and D, +inf.
struct Distance {
  double total = 0.0;
  std::vector<double> per_target;  // w_t * e_t, in target order
};

Distance distance(const TargetSet& targets, const std::vector<double>& moments);

// The moments averaged over replicates: runs[r][i] is moment i of replicate r.
std::vector<double> mean_moments(const std::vector<std::vector<double>>& runs);

}  // namespace sim::calibrate
