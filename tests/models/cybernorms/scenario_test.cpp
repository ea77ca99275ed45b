#include "sim/core/error.hpp"
#include "sim/io/reader.hpp"
#include "tests/models/cybernorms/run_scenario.hpp"
#include "tests/shipped_scenarios.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace cybernorms {
namespace {

using testing::kEngineKeys;
using testing::run;
using testing::shipped;

// Every value of `dataset` within [lo, hi] (so none is NaN).
void expect_within(const sim::io::Reader& r, const std::string& dataset, double lo, double hi) {
  const auto values = r.doubles(dataset);
  EXPECT_FALSE(values.empty()) << dataset;
  for (std::size_t i = 0; i < values.size(); ++i)
    if (!(values[i] >= lo && values[i] <= hi)) {
      ADD_FAILURE() << dataset << "[" << i << "] = " << values[i] << ", outside [" << lo << ", "
                    << hi << "]";
      return;
    }
}

// What any run must write, whatever its parameters: a row per step declared, shares that are
// shares (the stages of each norm and kind sum to one, or to zero for a kind with no agents),
// counts within the number of agents, trust and specificity within [0, 1], and no NaN.
void expect_sane_outputs(const sim::io::Reader& r, const World& w, std::int64_t steps) {
  const auto step = r.integers("/series/step");
  ASSERT_EQ(std::ssize(step), steps);
  for (std::int64_t t = 0; t < steps; ++t) EXPECT_EQ(step[t], t);
  EXPECT_EQ(r.doubles("/summary/steps").at(0), static_cast<double>(steps));
  for (const char* share : {"/series/adoption_share_count", "/series/adoption_share_weight"}) {
    expect_within(r, share, 0.0, 1.0);
    const auto v = r.doubles(share);
    for (std::size_t i = 0; i + 2 < v.size(); i += 3) {  // columns norm/kind/{none,endorsed,...}
      const double total = v[i] + v[i + 1] + v[i + 2];
      if (total != 0.0 && std::abs(total - 1.0) > 1e-9) {
        ADD_FAILURE() << share << ": stages at " << i << " sum to " << total;
        break;
      }
    }
  }
  const double agents = w.agents;
  expect_within(r, "/series/memberships", 0.0, agents);
  expect_within(r, "/series/formalisations", 0.0, w.states);
  for (const char* count : {"/series/violations", "/series/punishments", "/series/false_alarms",
                            "/series/meta_punishments"})
    expect_within(r, count, 0.0, agents * 1e6);  // events: never negative, never NaN
  expect_within(r, "/series/mean_trust", 0.0, 1.0);
  expect_within(r, "/series/specificity", 0.0, 1.0);
  for (const auto& d : r.datasets()) {
    if (!d.starts_with("/summary/") || r.kind(d) != sim::io::Reader::Kind::kFloat64) continue;
    for (const double x : r.doubles(d)) EXPECT_FALSE(std::isnan(x)) << d;
  }
}

TEST(Scenarios, EveryShippedScenarioRunsWithSaneOutputs) {
  const auto names = normsim_test::shipped_scenarios("cybernorms");
  EXPECT_GE(names.size(), 7u);  // baseline, 3 pathways, 3 teaching scenarios
  for (const auto& name : names) {
    SCOPED_TRACE(name);
    World world;
    const std::int64_t steps = 12;
    const auto path =
        run(shipped(name), 1, steps, "shipped", [&](const Simulation& s) { world = s.world(); });
    expect_sane_outputs(sim::io::Reader(path), world, steps);
  }
}

// Byte-identical output on 1, 2 and 4 threads, on a world that spans 20 executor blocks (of
// 512 agents at this size).
TEST(Scenarios, ThreadCountDoesNotChangeTheOutput) {
  auto doc = shipped("baseline.yaml");
  doc.apply_override("world.firms=10000");
  doc.apply_override("mechanisms.sanction.metanorms=true");
  const auto one = run(doc, 1, 15, "t1");
  const sim::io::Reader r1(one);
  for (const int threads : {2, 4}) {
    const auto other = run(doc, threads, 15, "t" + std::to_string(threads));
    const sim::io::Reader r(other);
    ASSERT_EQ(r1.datasets(), r.datasets());
    for (const auto& d : r1.datasets())
      EXPECT_EQ(r1.raw(d), r.raw(d)) << d << " with " << threads << " threads";
  }
}

// The same for the record's mechanisms (incidents, gates, failing rounds, fallback, partial
// consensus, scheduled events), with every initiative and event brought into the first steps.
TEST(Scenarios, ThreadCountDoesNotChangeTheRecordsMechanisms) {
  auto doc = shipped("history.yaml");
  doc.apply_override("world.firms=10000");
  for (const char* g : {"2", "3", "4"})
    doc.apply_override(std::string("initiatives[") + g + "].founded_on=2002-01");
  doc.apply_override("initiatives[1].founded_on=2001-12");
  doc.apply_override("events[0].on=2002-02");
  doc.apply_override("events[2].on=2002-04");
  doc.apply_override("mechanisms.negotiation.fail_rate=0.3");
  doc.apply_override("initiatives[0].invite_rate=0.2");
  const auto one = run(doc, 1, 8, "r1");
  const sim::io::Reader r1(one);
  const auto other = run(doc, 2, 8, "r2");
  const sim::io::Reader r(other);
  ASSERT_EQ(r1.datasets(), r.datasets());
  for (const auto& d : r1.datasets()) EXPECT_EQ(r1.raw(d), r.raw(d)) << d;
}

std::string error_of(const std::string& text) {
  try {
    schema().parse(sim::config::Document::from_text(text, "bad.yaml"), kEngineKeys);
  } catch (const sim::InputError& e) {
    return e.what();
  }
  return "";
}

TEST(BadInput, UnknownNamesAreErrorsAtTheirKey) {
  EXPECT_NE(error_of("initiatives:\n  - {name: a, norms: [cvd, cnii]}\n")
                .find("bad.yaml:2:28: key 'initiatives[0].norms[1]': unknown norm 'cnii' (did you "
                      "mean 'cni'?)"),
            std::string::npos);
  EXPECT_NE(error_of("initiatives:\n  - {name: a, norms: [cvd], region: afrika}\n")
                .find("unknown region 'afrika'"),
            std::string::npos);
  EXPECT_NE(error_of("norms:\n  - {name: a}\n  - {name: a}\n").find("norms[1].name"),
            std::string::npos);
  EXPECT_NE(error_of("norms:\n  - {name: a, visibility: 1.5}\n").find("norms[0].visibility"),
            std::string::npos);
  EXPECT_NE(error_of("world: {states: -3}\n").find("world.states"), std::string::npos);
  EXPECT_NE(
      error_of("mechanisms: {adoptoin: {rate: 1}}\n").find("did you mean 'mechanisms.adoption'"),
      std::string::npos);
}

}  // namespace
}  // namespace cybernorms
