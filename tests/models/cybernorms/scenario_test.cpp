#include "models/cybernorms/simulation.hpp"
#include "sim/config/document.hpp"
#include "sim/core/error.hpp"
#include "sim/io/output_file.hpp"
#include "sim/io/reader.hpp"
#include "tests/shipped_scenarios.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace cybernorms {
namespace {

const std::set<std::string> kEngineKeys{"model", "seed", "description"};

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

sim::config::Document scenario(const std::string& name) {
  return sim::config::Document::from_text(
      read(std::string(NORMSIM_SOURCE_DIR) + "/scenarios/" + name), name);
}

// Runs `doc` for `steps` steps on `threads` threads and returns the output file's path.
std::string run(sim::config::Document doc, int threads, std::int64_t steps,
                const std::string& tag) {
  doc.apply_override("time.steps=" + std::to_string(steps));
  const Params p = schema().parse(doc, kEngineKeys);
  const auto path =
      (std::filesystem::temp_directory_path() / ("normsim_cyber_" + tag + ".h5")).string();
  {
    sim::io::OutputFile out(path, {"cybernorms", "t", "", "", "", 1, 1});
    sim::io::Recorder recorder(out.id());
    const sim::Executor executor(threads);
    Simulation s(p, 5, executor, recorder);
    for (std::int64_t t = 0; t < s.steps(); ++t) s.step(t);
    s.finish();
    recorder.flush();
    out.commit();
  }
  return path;
}

TEST(Scenarios, EveryShippedScenarioValidatesAndRuns) {
  const auto names = normsim_test::shipped_scenarios("cybernorms");
  EXPECT_GE(names.size(), 7u);  // baseline, 3 pathways, 3 teaching scenarios
  for (const auto& name : names) {
    SCOPED_TRACE(name);
    const auto path = run(scenario(name), 1, 12, "shipped");
    const sim::io::Reader r(path);
    EXPECT_EQ(r.shape("/series/step")[0], 12u);
  }
}

// Byte-identical output on 1, 2 and 4 threads, on a world large enough to span several
// executor blocks (4,096 agents each).
TEST(Scenarios, ThreadCountDoesNotChangeTheOutput) {
  auto doc = scenario("baseline.yaml");
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
