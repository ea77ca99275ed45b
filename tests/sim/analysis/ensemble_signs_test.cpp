#include "sim/analysis/ensemble_signs.hpp"

#include <gtest/gtest.h>

namespace {

using sim::analysis::Group;
using sim::analysis::RunResult;

// A group with one run per value of metric "x".
Group group(const std::string& name, const std::vector<double>& values) {
  Group g{name, "", {}, {}};
  for (double v : values) g.runs.push_back({{"x", RunResult::described(v, "", "")}});
  return g;
}

TEST(EnsembleSigns, CountsMembersWhoseDifferenceOfMeansHasEachSign) {
  // 3 members x 2 replicates. Member means of a: 1.5, 3.5, 5; of b: 1, 4, 5.
  const std::vector<Group> groups = {group("a", {1, 2, 3, 4, 5, 5}),
                                     group("b", {0, 2, 4, 4, 5, 5})};
  const auto s = sim::analysis::sign_agreement(groups, {"x"}, 3, 2);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].positive, 1);
  EXPECT_EQ(s[0].negative, 1);
  EXPECT_EQ(s[0].members, 3);
  EXPECT_FALSE(s[0].kept());
}

TEST(EnsembleSigns, SignKeptWhenEveryMemberAgrees) {
  const std::vector<Group> groups = {group("a", {2, 3, 4, 5}), group("b", {0, 1, 1, 1})};
  const auto s = sim::analysis::sign_agreement(groups, {"x"}, 2, 2);
  EXPECT_TRUE(s[0].kept());
  sim::analysis::Table t{{"metric", "pathway", "minus"},
                         {{std::string("x"), std::string("a"), std::string("b")}}};
  sim::analysis::add_sign_columns(t, s);
  EXPECT_EQ(std::get<std::string>(t.rows[0][3]), "2/2");
  EXPECT_EQ(std::get<std::string>(t.rows[0][4]), "0/2");
  EXPECT_EQ(std::get<std::string>(t.rows[0][5]), "yes");
}

}  // namespace
