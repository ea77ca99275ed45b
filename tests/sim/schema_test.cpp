#include "sim/config/schema.hpp"

#include <gtest/gtest.h>

#include <string>

namespace {

using sim::config::Document;
using sim::config::Schema;

enum class Mode { kFast, kSlow };

struct Toy {
  std::int64_t population = 0;
  double rate = 0.0;
  bool flag = false;
  Mode mode = Mode::kFast;
  std::string name;
};

const Schema<Toy>& toy_schema() {
  static const Schema<Toy> schema = [] {
    Schema<Toy> s;
    s.integer<std::int64_t>(
        "world.population", [](Toy& t) -> std::int64_t& { return t.population; }, 10, 1, 1000,
        "agents", "how many");
    s.real(
        "world.rate", [](Toy& t) -> double& { return t.rate; }, 0.5, sim::config::probability(),
        "per step", "a probability");
    s.boolean(
        "flag", [](Toy& t) -> bool& { return t.flag; }, false, "a switch");
    s.choice<Mode>(
        "mode", [](Toy& t) -> Mode& { return t.mode; }, Mode::kFast,
        {{"fast", Mode::kFast}, {"slow", Mode::kSlow}}, "speed");
    s.text(
        "name", [](Toy& t) -> std::string& { return t.name; }, "", true, "a name");
    s.rule([](const Toy& t, const auto& check) {
      if (t.flag && t.population < 5) check.fail("world.population", "must be >= 5 with flag");
    });
    return s;
  }();
  return schema;
}

Toy parse(const std::string& text) {
  return toy_schema().parse(Document::from_text(text, "toy.yaml"));
}

std::string error_of(const std::string& text) {
  try {
    parse(text);
  } catch (const sim::InputError& e) {
    return e.what();
  }
  return "no error";
}

TEST(Schema, ReadsValuesAndKeepsDefaultsForAbsentKeys) {
  const Toy t = parse("name: x\nworld:\n  rate: 0.25\nmode: slow\n");
  EXPECT_EQ(t.population, 10);
  EXPECT_DOUBLE_EQ(t.rate, 0.25);
  EXPECT_EQ(t.mode, Mode::kSlow);
  EXPECT_EQ(t.name, "x");
}

TEST(Schema, UnknownKeyNamesFileLineColumnAndSuggestsTheClosestKey) {
  EXPECT_EQ(error_of("name: x\nworld:\n  populaton: 3\n"),
            "toy.yaml:3:3: key 'world.populaton': unknown key (did you mean 'world.population'?)");
}

TEST(Schema, UnknownKeyFarFromAnyKeyHasNoSuggestion) {
  EXPECT_EQ(error_of("name: x\nzzzzzzzz: 1\n"), "toy.yaml:2:1: key 'zzzzzzzz': unknown key");
}

TEST(Schema, WrongTypeNamesTheExpectedType) {
  EXPECT_EQ(error_of("name: x\nworld:\n  rate: lots\n"),
            "toy.yaml:3:9: key 'world.rate': expected a number, got 'lots'");
}

TEST(Schema, ProbabilityOutsideUnitIntervalIsRejected) {
  EXPECT_EQ(error_of("name: x\nworld:\n  rate: -0.1\n"),
            "toy.yaml:3:9: key 'world.rate': value -0.1 is out of range: expected [0, 1]");
}

TEST(Schema, NaNIsRejected) {
  EXPECT_EQ(error_of("name: x\nworld:\n  rate: .nan\n"),
            "toy.yaml:3:9: key 'world.rate': NaN is not allowed");
}

TEST(Schema, IntegerRejectsFractionsAndZeroPopulation) {
  EXPECT_EQ(error_of("name: x\nworld: {population: 2.5}\n"),
            "toy.yaml:2:21: key 'world.population': expected a whole number, got 2.5");
  EXPECT_EQ(error_of("name: x\nworld: {population: 0}\n"),
            "toy.yaml:2:21: key 'world.population': value 0 is out of range: expected [1, 1000]");
}

TEST(Schema, IntegerAcceptsWholeNumbersInExponentForm) {
  EXPECT_EQ(parse("name: x\nworld: {population: 1e2}\n").population, 100);
}

TEST(Schema, MissingRequiredKeyIsNamed) {
  EXPECT_EQ(error_of("flag: false\n"), "toy.yaml: missing required key 'name' (a name)");
}

TEST(Schema, DuplicateKeyIsAnError) {
  EXPECT_EQ(error_of("name: x\nflag: true\nflag: false\n"),
            "toy.yaml:3:1: key 'flag': given twice; remove one");
}

TEST(Schema, ChoiceListsTheAllowedValues) {
  EXPECT_EQ(error_of("name: x\nmode: medium\n"),
            "toy.yaml:2:7: key 'mode': expected one of fast, slow, got 'medium'");
}

TEST(Schema, SectionGivenAsScalarIsAnError) {
  EXPECT_EQ(error_of("name: x\nworld: 3\n"),
            "toy.yaml:2:8: key 'world': expected a section of keys, got '3'");
}

TEST(Schema, CrossFieldRuleReportsAtTheNamedKey) {
  EXPECT_EQ(error_of("name: x\nflag: true\nworld: {population: 2}\n"),
            "toy.yaml:3:21: key 'world.population': must be >= 5 with flag");
}

std::string error_with_override(const std::string& assignment) {
  Document doc = Document::from_text("name: x\n", "toy.yaml");
  doc.apply_override(assignment);
  try {
    toy_schema().parse(doc);
  } catch (const sim::InputError& e) {
    return e.what();
  }
  return "no error";
}

TEST(Schema, OverrideIsValidatedLikeTheFileAndNamesTheFlag) {
  EXPECT_EQ(error_with_override("world.rate=2"),
            "--set world.rate=2: key 'world.rate': value 2 is out of range: expected [0, 1]");
}

TEST(Schema, OverrideOfUnknownKeyIsAnError) {
  EXPECT_EQ(error_with_override("world.rte=0.1"),
            "--set world.rte=0.1: key 'world.rte': unknown key (did you mean 'world.rate'?)");
}

TEST(Schema, DocsListEveryKeyWithDefaultAndRange) {
  const auto docs = toy_schema().docs();
  ASSERT_EQ(docs.size(), 5u);
  EXPECT_EQ(docs[0].key, "world.population");
  EXPECT_EQ(docs[0].default_value, "10");
  EXPECT_EQ(docs[0].allowed, "[1, 1000]");
  EXPECT_EQ(docs[1].allowed, "[0, 1]");
  EXPECT_EQ(docs[3].allowed, "one of fast, slow");
  EXPECT_TRUE(docs[4].required);
}

}  // namespace
