#pragma once

#include "sim/io/recorder.hpp"
#include "sim/sweep/runner.hpp"
#include "sim/sweep/sweep_spec.hpp"

#include <cmath>
#include <stdexcept>

namespace sweep_test {

// A plan over one parameter `a` with `replicates` runs per value.
inline sim::sweep::SweepPlan plan(const std::string& values, int replicates = 1) {
  const auto doc =
      sim::config::Document::from_text("a: 0\nsweep:\n  parameters:\n    a: " + values +
                                           "\n  replicates: " + std::to_string(replicates) + "\n",
                                       "fake.yaml");
  return sim::sweep::expand_sweep({doc, {"fake", 4, "", {}}}, nullptr);
}

// A stand-in model: `a` steps of a series depending on (a, seed, step), and two results.
// a < 0 is a model error.
inline std::optional<sim::io::RunRecord> run_fake(const sim::config::Document& doc,
                                                  std::uint64_t seed, const sim::Executor&) {
  const auto a = doc.root()["a"].as<std::int64_t>();
  if (a < 0) throw std::runtime_error("negative a");
  sim::io::RunRecord record;
  sim::io::Recorder r(record);
  const auto x = r.series<double>("x", 2, "x", "1", {"p", "q"});
  const auto n = r.series<std::int64_t>("n", 1, "n", "1");
  for (std::int64_t t = 0; t < a; ++t) {
    const double row[2] = {std::sin(static_cast<double>(seed % 1000 + t)), static_cast<double>(a)};
    r.append(x, std::span<const double>(row, 2));
    r.append(n, t * a);
  }
  r.result("a_squared", static_cast<double>(a * a), "a^2", "1");
  r.result("steps", a, "steps", "1");
  r.result("label", std::string(a % 2 ? "odd" : "even"), "parity");
  return record;
}

}  // namespace sweep_test
