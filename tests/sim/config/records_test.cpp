#include "sim/config/schema.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

using sim::config::Document;
using sim::config::Schema;

struct Item {
  std::string name;
  double cost = 0;
  double state_cost = 0;
  std::vector<std::string> tags;
};

struct Params {
  std::int64_t steps = 0;
  std::vector<Item> items;
};

const Schema<Item>& item_schema() {
  static const Schema<Item> s = [] {
    Schema<Item> i;
    i.text(
        "name", [](Item& x) -> std::string& { return x.name; }, "", true, "item name");
    i.real(
        "cost", [](Item& x) -> double& { return x.cost; }, 1.0, sim::config::at_least(0), "",
        "cost");
    i.real(
        "by_kind.state", [](Item& x) -> double& { return x.state_cost; }, 2.0,
        sim::config::at_least(0), "", "state cost");
    i.names(
        "tags", [](Item& x) -> std::vector<std::string>& { return x.tags; }, {}, "tags");
    i.rule([](const Item& x, const auto& check) {
      if (x.cost > 10) check.fail("cost", "must be at most 10 for this test");
    });
    return i;
  }();
  return s;
}

const Schema<Params>& schema() {
  static const Schema<Params> s = [] {
    Schema<Params> p;
    p.integer<std::int64_t>(
        "steps", [](Params& x) -> std::int64_t& { return x.steps; }, 5, 0, 100, "", "steps");
    p.records<Item>(
        "items", [](Params& x) -> std::vector<Item>& { return x.items; }, item_schema(),
        {Item{"default", 1.0, 2.0, {}}}, "items");
    return p;
  }();
  return s;
}

std::string error_of(const std::string& text) {
  try {
    schema().parse(Document::from_text(text, "s.yaml"));
  } catch (const sim::InputError& e) {
    return e.what();
  }
  return "";
}

TEST(SchemaRecords, AbsentListGivesDefaults) {
  const Params p = schema().parse(Document::from_text("steps: 3\n", "s.yaml"));
  ASSERT_EQ(p.items.size(), 1u);
  EXPECT_EQ(p.items[0].name, "default");
}

TEST(SchemaRecords, ItemsStartFromItemDefaults) {
  const Params p = schema().parse(Document::from_text(
      "items:\n  - {name: a, cost: 3, tags: [x, y]}\n  - name: b\n    by_kind: {state: 7}\n",
      "s.yaml"));
  ASSERT_EQ(p.items.size(), 2u);
  EXPECT_EQ(p.items[0].cost, 3.0);
  EXPECT_EQ(p.items[0].state_cost, 2.0);
  EXPECT_EQ(p.items[0].tags, (std::vector<std::string>{"x", "y"}));
  EXPECT_EQ(p.items[1].cost, 1.0);
  EXPECT_EQ(p.items[1].state_cost, 7.0);
}

TEST(SchemaRecords, BadValueNamesItemKeyAndLocation) {
  const std::string e = error_of("items:\n  - {name: a}\n  - {name: b}\n  - {name: c, cost: -1}\n");
  EXPECT_NE(e.find("s.yaml:4:"), std::string::npos) << e;
  EXPECT_NE(e.find("items[2].cost"), std::string::npos) << e;
}

TEST(SchemaRecords, UnknownItemKeySuggestsTheRightOne) {
  const std::string e = error_of("items:\n  - {name: a, cots: 1}\n");
  EXPECT_NE(e.find("items[0].cots"), std::string::npos) << e;
  EXPECT_NE(e.find("unknown key"), std::string::npos) << e;
  EXPECT_NE(e.find("did you mean 'items[0].cost'"), std::string::npos) << e;
}

TEST(SchemaRecords, MissingRequiredItemKey) {
  const std::string e = error_of("items:\n  - {cost: 1}\n");
  EXPECT_NE(e.find("items[0]"), std::string::npos) << e;
  EXPECT_NE(e.find("missing required key 'name'"), std::string::npos) << e;
}

TEST(SchemaRecords, ItemRulesReportAtTheItem) {
  const std::string e = error_of("items:\n  - {name: a}\n  - {name: b, cost: 11}\n");
  EXPECT_NE(e.find("s.yaml:3:"), std::string::npos) << e;
  EXPECT_NE(e.find("items[1].cost"), std::string::npos) << e;
}

TEST(SchemaRecords, NotAListIsAnError) {
  EXPECT_NE(error_of("items: 3\n").find("expected a list of records"), std::string::npos);
  EXPECT_NE(error_of("items: [3]\n").find("items[0]"), std::string::npos);
  EXPECT_NE(error_of("items: [{name: a, tags: [x, {y: 1}]}]\n").find("items[0].tags[1]"),
            std::string::npos);
}

TEST(SchemaRecords, DocsListItemKeys) {
  bool found = false;
  for (const auto& d : schema().docs()) found = found || d.key == "items[].by_kind.state";
  EXPECT_TRUE(found);
}

TEST(SchemaRecords, FindNodeIndexesLists) {
  const Document doc = Document::from_text("items:\n  - {name: a}\n  - {name: b, cost: 4}\n", "s");
  EXPECT_EQ(sim::config::find_node(doc.root(), "items[1].cost").Scalar(), "4");
  EXPECT_FALSE(sim::config::find_node(doc.root(), "items[5].cost").IsDefined());
}

}  // namespace
