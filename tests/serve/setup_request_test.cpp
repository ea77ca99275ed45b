#include "tools/serve/setup_request.hpp"

#include "sim/core/error.hpp"
#include "tests/scratch.hpp"
#include "tools/normsim/scenario_inputs.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace {

const std::string kScenarios = std::string(NORMSIM_SOURCE_DIR) + "/scenarios";
const std::string kTipping = kScenarios + "/teaching/threshold_tipping.yaml";

const serve::Catalogue& catalogue() {
  static const serve::Catalogue c(kScenarios, {});
  return c;
}
const serve::CatalogueEntry& tipping() {
  return *catalogue().find("teaching/threshold_tipping");
}

// What `normsim run SCENARIO --set ASSIGNMENT` prints after "normsim: error: ".
std::string cli_message(const std::string& scenario, const std::string& assignment) {
  normsim::ScenarioInputs in;
  in.scenario = scenario;
  in.overrides = {assignment};
  try {
    const auto s = normsim::load(in);
    normsim::find_model(s.engine.model, &s).validate(s);
  } catch (const sim::InputError& e) {
    return e.what();
  }
  return "";
}

TEST(SetupRequest, BadValueGivesTheCliMessageNextToItsControl) {
  try {
    serve::prepare_setup(tipping(),
                         {"teaching/threshold_tipping", {{"world.stance.sd", "-1"}}, {}, {}});
    FAIL() << "accepted sd -1";
  } catch (const serve::SetupRejected& e) {
    ASSERT_EQ(e.errors().size(), 1u);
    EXPECT_EQ(e.errors()[0].key, "world.stance.sd");
    const std::string expected = cli_message(kTipping, "world.stance.sd=-1");
    EXPECT_FALSE(expected.empty());
    EXPECT_EQ(e.errors()[0].message, expected);
  }
}

TEST(SetupRequest, EveryRefusedControlIsNamed) {
  try {
    serve::prepare_setup(tipping(), {"teaching/threshold_tipping",
                                     {{"world.stance.sd", "lots"}, {"world.states", "5"}},
                                     std::string("-3"),
                                     serve::Control{"world.stance.sd", "[1]"}});
    FAIL() << "accepted";
  } catch (const serve::SetupRejected& e) {
    std::vector<std::string> keys;
    for (const auto& f : e.errors()) keys.push_back(f.key);
    // world.states is not in the scenario's adjustable list; B's change is reported as "b".
    EXPECT_EQ(keys, (std::vector<std::string>{"world.stance.sd", "world.states", "seed", "b"}));
  }
}

TEST(SetupRequest, ValuesSeedAndBApplyAsSetOverrides) {
  const auto p = serve::prepare_setup(tipping(), {"teaching/threshold_tipping",
                                                  {{"world.stance.sd", "0.1"}},
                                                  std::string("7"),
                                                  serve::Control{"world.stance.sd", "0.2"}});
  ASSERT_EQ(p.runs.size(), 2u);
  EXPECT_EQ(p.seed, 7u);
  const auto sd = [](const sim::config::Scenario& s) {
    return sim::config::find_node(s.doc.root(), "world.stance.sd").as<double>();
  };
  EXPECT_EQ(sd(p.runs[0]), 0.1);
  EXPECT_EQ(sd(p.runs[1]), 0.2);
  EXPECT_EQ(p.runs[1].engine.seed, 7u);
  // The catalogue's scenario itself is left as written.
  EXPECT_EQ(sd(tipping().scenario), 0.05);
}

TEST(Catalogue, OffersTheTeachingAndPathwayScenariosWithTheirControls) {
  EXPECT_NE(catalogue().find("pathway/baseline"), nullptr);
  const auto& controls = tipping().scenario.engine.adjustable;
  ASSERT_FALSE(controls.empty());
  EXPECT_EQ(controls[0].key, "world.stance.sd");
  EXPECT_EQ(tipping().values[0], "0.05");
}

std::string scenario_with(const std::string& name, const std::string& adjustable) {
  const auto path = normsim_test::scratch_path(name).string();
  std::ofstream(path) << "model: axelrod\nseed: 1\nadjustable:\n" << adjustable;
  return path;
}

TEST(Catalogue, AdjustableKeyTheModelRefusesStopsLoadingWithTheCliMessage) {
  const auto path = scenario_with("bad_key.yaml", "  - {key: mutation_rat, min: 0, max: 1}\n");
  try {
    serve::Catalogue c(kScenarios, {path});
    FAIL() << "loaded";
  } catch (const sim::InputError& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find("adjustable[0] (mutation_rat = 0)"), std::string::npos) << what;
    EXPECT_NE(what.find("did you mean 'mutation_rate'"), std::string::npos) << what;
  }
}

TEST(Catalogue, SliderEndOutsideTheParameterRangeStopsLoading) {
  const auto path = scenario_with("bad_end.yaml", "  - {key: mutation_rate, min: 0, max: 2}\n");
  EXPECT_THROW(serve::Catalogue(kScenarios, {path}), sim::InputError);
}

TEST(EngineKeys, AdjustableWithMaxNotAboveMinIsAnErrorAtItsKey) {
  const auto path = scenario_with("empty_range.yaml", "  - {key: mutation_rate, min: 1, max: 1}\n");
  try {
    sim::config::load_scenario(path, {});
    FAIL() << "loaded";
  } catch (const sim::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("key 'adjustable[0].max': must be greater than min"),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
