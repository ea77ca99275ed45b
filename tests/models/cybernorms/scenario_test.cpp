#include "sim/core/error.hpp"
#include "sim/io/reader.hpp"
#include "tests/models/cybernorms/run_scenario.hpp"
#include "tests/shipped_scenarios.hpp"

#include <gtest/gtest.h>

namespace cybernorms {
namespace {

using testing::kEngineKeys;
using testing::run;
using testing::shipped;

TEST(Scenarios, EveryShippedScenarioValidatesAndRuns) {
  const auto names = normsim_test::shipped_scenarios("cybernorms");
  EXPECT_GE(names.size(), 7u);  // baseline, 3 pathways, 3 teaching scenarios
  for (const auto& name : names) {
    SCOPED_TRACE(name);
    const auto path = run(shipped(name), 1, 12, "shipped");
    const sim::io::Reader r(path);
    EXPECT_EQ(r.shape("/series/step")[0], 12u);
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
