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
