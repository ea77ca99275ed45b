#include "sim/config/document.hpp"
#include "sim/core/error.hpp"

#include <gtest/gtest.h>

namespace {

using sim::config::Document;

TEST(Document, OverrideReplacesANestedValue) {
  Document doc = Document::from_text("a:\n  b: 1\n  c: 2\n", "s.yaml");
  doc.apply_override("a.b=5");
  EXPECT_EQ(doc.root()["a"]["b"].as<int>(), 5);
  EXPECT_EQ(doc.root()["a"]["c"].as<int>(), 2);
}

TEST(Document, OverrideCreatesMissingSections) {
  Document doc = Document::from_text("x: 1\n", "s.yaml");
  doc.apply_override("a.b.c=true");
  EXPECT_TRUE(doc.root()["a"]["b"]["c"].as<bool>());
}

TEST(Document, EffectiveTextShowsTheOverride) {
  Document doc = Document::from_text("a: 1\n", "s.yaml");
  doc.apply_override("a=7");
  EXPECT_EQ(doc.effective_text(), "a: 7\n");
}

TEST(Document, OverrideWithoutEqualsSignIsAnError) {
  Document doc = Document::from_text("a: 1\n", "s.yaml");
  EXPECT_THROW(doc.apply_override("a"), sim::InputError);
}

TEST(Document, OverrideThroughAScalarIsAnError) {
  Document doc = Document::from_text("a: 1\n", "s.yaml");
  EXPECT_THROW(doc.apply_override("a.b=2"), sim::InputError);
}

TEST(Document, SyntaxErrorNamesFileAndLine) {
  try {
    Document::from_text("a: 1\nb: [1, 2\n", "bad.yaml");
    FAIL() << "expected an error";
  } catch (const sim::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("bad.yaml:"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("YAML syntax error"), std::string::npos) << e.what();
  }
}

TEST(Document, TopLevelListIsNotAScenario) {
  EXPECT_THROW(Document::from_text("- 1\n- 2\n", "s.yaml"), sim::InputError);
}

TEST(Document, MissingFileIsAnInputError) {
  EXPECT_THROW(Document::from_file("/nonexistent/s.yaml"), sim::InputError);
}

}  // namespace

namespace {

TEST(Document, SetIndexesListItemsAndErrorsNameTheOrigin) {
  Document doc = Document::from_text("items:\n  - {n: 1}\n  - {n: 2}\n", "s.yaml");
  doc.set("items[1].n", YAML::Node(7), "design.csv: line 2, column 1 ('items[1].n')");
  EXPECT_EQ(doc.root()["items"][1]["n"].as<int>(), 7);
  EXPECT_EQ(doc.where("items[1].n", YAML::Node()), "design.csv: line 2, column 1 ('items[1].n')");
}

// An element of a list given by --set came from the flag, not from a line of the file.
TEST(Document, ElementOfAnOverriddenListIsNamedByTheOverride) {
  Document doc = Document::from_text("a:\n  names: [x, y]\n", "s.yaml");
  doc.apply_override("a.names=[p, q]");
  EXPECT_EQ(doc.where("a.names[1]", doc.root()["a"]["names"][1]), "--set a.names=[p, q]");
  EXPECT_NE(doc.where("a.names2", doc.root()["a"]), "--set a.names=[p, q]");  // another key
}

TEST(Document, SetPastTheEndOfAListIsAnError) {
  Document doc = Document::from_text("items:\n  - {n: 1}\n", "s.yaml");
  EXPECT_THROW(doc.set("items[4].n", YAML::Node(7), "here"), sim::InputError);
}

TEST(Document, CloneIsIndependentOfTheOriginal) {
  const Document doc = Document::from_text("a:\n  b: 1\nsweep: {x: 1}\n", "s.yaml");
  Document copy = doc.clone();
  copy.apply_override("a.b=5");
  EXPECT_TRUE(copy.remove("sweep"));
  EXPECT_EQ(doc.root()["a"]["b"].as<int>(), 1);
  EXPECT_TRUE(doc.root()["sweep"].IsDefined());
}

}  // namespace
