#include "sim/config/document.hpp"
#include "sim/core/error.hpp"
#include "tests/scratch.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace sim::config {
namespace {

std::string write(const std::string& name, const std::string& text) {
  const auto path = normsim_test::scratch_path(name).string();
  std::ofstream(path) << text;
  return path;
}

std::string error_of(const std::string& path) {
  try {
    Document::from_file(path);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

// The child keeps what it writes, takes the rest of the base, and sections merge key by key;
// a list is the child's own, not appended to the base's.
TEST(BaseScenario, InheritsWhatTheFileDoesNotWrite) {
  write("base1.yaml",
        "model: m\nseed: 4\nmechanisms:\n  a: {x: 1, y: 2}\n  b: {z: 3}\nitems: [1, 2]\n");
  const auto doc = Document::from_file(
      write("child1.yaml", "base: base1.yaml\nseed: 9\nmechanisms:\n  a: {y: 5}\nitems: [7]\n"));
  const YAML::Node r = doc.root();
  EXPECT_EQ(r["model"].as<std::string>(), "m");
  EXPECT_EQ(r["seed"].as<int>(), 9);
  EXPECT_EQ(r["mechanisms"]["a"]["x"].as<int>(), 1);
  EXPECT_EQ(r["mechanisms"]["a"]["y"].as<int>(), 5);
  EXPECT_EQ(r["mechanisms"]["b"]["z"].as<int>(), 3);
  ASSERT_EQ(r["items"].size(), 1u);
  EXPECT_EQ(r["items"][0].as<int>(), 7);
  EXPECT_FALSE(r["base"]);
}

// An error about an inherited key names the base file and the line there; about the
// child's own keys, the child.
TEST(BaseScenario, ErrorsNameTheFileThatWroteTheKey) {
  write("base2.yaml", "model: m\nmechanisms:\n  a: {x: 1}\n");
  const auto path = write("child2.yaml", "base: base2.yaml\nmechanisms:\n  b: 2\n");
  const auto doc = Document::from_file(path);
  const YAML::Node x = doc.root()["mechanisms"]["a"]["x"];
  EXPECT_NE(doc.where("mechanisms.a.x", x).find("base2.yaml:3:"), std::string::npos);
  EXPECT_NE(doc.where("mechanisms.b", doc.root()["mechanisms"]["b"]).find("child2.yaml:3:"),
            std::string::npos);
}

TEST(BaseScenario, BasesChainAndACycleIsAnError) {
  write("grand.yaml", "model: m\nseed: 2\n");
  write("parent.yaml", "base: grand.yaml\ndescription: p\n");
  const auto doc = Document::from_file(write("kid.yaml", "base: parent.yaml\n"));
  EXPECT_EQ(doc.root()["seed"].as<int>(), 2);
  EXPECT_NE(doc.where("seed", doc.root()["seed"]).find("grand.yaml:2:"), std::string::npos);
  write("loop_a.yaml", "base: loop_b.yaml\n");
  EXPECT_NE(error_of(write("loop_b.yaml", "base: loop_a.yaml\n")).find("more than 8 bases"),
            std::string::npos);
}

TEST(BaseScenario, AMissingOrMalformedBaseIsAnErrorAtTheKey) {
  EXPECT_NE(error_of(write("orphan.yaml", "base: nowhere.yaml\n")).find("nowhere.yaml"),
            std::string::npos);
  EXPECT_NE(error_of(write("listbase.yaml", "base: [a]\n")).find("listbase.yaml:1:7: key 'base'"),
            std::string::npos);
}

}  // namespace
}  // namespace sim::config
