#include "sim/calibrate/targets.hpp"
#include "sim/calibrate/moments.hpp"
#include "sim/core/error.hpp"
#include "tests/scratch.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <fstream>

namespace {

namespace cal = sim::calibrate;

std::string write(const std::string& name, const std::string& text) {
  const auto path = normsim_test::scratch_path(name).string();
  std::ofstream(path) << text;
  return path;
}

cal::Calendar calendar(const std::string& scenario_text) {
  return cal::Calendar::of(sim::config::Document::from_text(scenario_text, "scenario.yaml"));
}

const cal::Calendar& monthly() {
  static const cal::Calendar c = calendar("time:\n  start: 2001-11\n  step_unit: month\n");
  return c;
}

// The InputError message of reading `text` as a target file, or "" when it reads.
std::string error_of(const std::string& text, const cal::Calendar& c = monthly()) {
  try {
    cal::read_targets(write("t.yaml", text), c);
  } catch (const sim::InputError& e) {
    return e.what();
  }
  return "";
}

TEST(Targets, InlineValuesAtStepsAndDates) {
  const auto t = cal::read_targets(write("inline.yaml",
                                         "reconstructed_weight: 0.25\n"
                                         "targets:\n"
                                         "  - name: a\n"
                                         "    series: members\n"
                                         "    column: treaty\n"
                                         "    at: [3, 2002-01, 2003-11-15]\n"
                                         "    observed: [1, 2, 4]\n"
                                         "    exact: false\n"
                                         "    sd: 0.5\n"
                                         "    sd_relative: 0.5\n"
                                         "    weight: 2\n"),
                                   monthly());
  ASSERT_EQ(t.targets.size(), 1u);
  const auto& a = t.targets[0];
  EXPECT_EQ(a.quantity.column, "treaty");
  EXPECT_EQ(a.weight, 2.0);
  ASSERT_EQ(a.points.size(), 3u);
  EXPECT_EQ(a.points[0].step, 3);
  EXPECT_EQ(a.points[1].step, 2);   // Nov 2001 -> Jan 2002
  EXPECT_EQ(a.points[2].step, 24);  // the day does not move a date within its month
  EXPECT_EQ(a.points[0].sd, 0.5);   // max(sd, 0.5 * 1)
  EXPECT_EQ(a.points[2].sd, 2.0);   // max(sd, 0.5 * 4)
  EXPECT_EQ(a.points[0].factor, 0.25);
}

TEST(Targets, ValuesFromACsvFileWithDatesExactFlagsAndARowFilter) {
  write("clubs.csv",
        "initiative,year,members,exact\n"
        "tech,2002,34,yes\n"
        "other,2002,9,yes\n"
        "tech,2004,,no\n"
        "tech,2005,60,no\n");
  const auto t = cal::read_targets(write("file.yaml",
                                         "targets:\n"
                                         "  - name: tech\n"
                                         "    series: members\n"
                                         "    observed: {file: clubs.csv, value: members, date: "
                                         "year, date_suffix: '-12', exact: exact, where: "
                                         "{initiative: tech}}\n"
                                         "    sd: 5\n"),
                                   monthly());
  const auto& p = t.targets[0].points;
  ASSERT_EQ(p.size(), 2u);  // the other initiative and the empty cell are left out
  EXPECT_EQ(p[0].step, 13);
  EXPECT_EQ(p[0].observed, 34);
  EXPECT_EQ(p[0].factor, 1.0);
  EXPECT_EQ(p[1].step, 49);
  EXPECT_EQ(p[1].factor, 0.5);
}

TEST(Targets, PatternsReadTheirWindowAndThreshold) {
  const auto t = cal::read_targets(write("patterns.yaml",
                                         "targets:\n"
                                         "  - name: flat\n"
                                         "    pattern: plateau\n"
                                         "    series: members\n"
                                         "    from: 2002-11\n"
                                         "    to: 30\n"
                                         "    max_growth: 0.1\n"
                                         "    sd: 0.05\n"),
                                   monthly());
  const auto& p = t.targets[0];
  EXPECT_EQ(p.kind, cal::Kind::kPlateau);
  EXPECT_EQ(p.from, 12);
  EXPECT_EQ(p.to, 30);
  EXPECT_EQ(p.threshold, 0.1);
  EXPECT_EQ(t.moments(), 1u);
}

TEST(Targets, UnknownKeyNamesFileLineAndKey) {
  EXPECT_NE(error_of("targets:\n  - name: a\n    series: s\n    at: [1]\n    observed: [1]\n"
                     "    sd: 1\n    wieght: 2\n")
                .find("t.yaml:7:5: key 'targets[0].wieght': unknown key"),
            std::string::npos);
}

TEST(Targets, UnknownTopLevelKeyIsAnError) {
  EXPECT_NE(error_of("target:\n  - name: a\n").find("t.yaml:1:1: key 'target': unknown key"),
            std::string::npos);
}

TEST(Targets, InvertedWindowIsAnError) {
  EXPECT_NE(error_of("targets:\n  - name: a\n    pattern: failure_then_recovery\n    series: s\n"
                     "    from: 10\n    to: 5\n    min_change: 1\n    sd: 1\n")
                .find("t.yaml:6:9: key 'targets[0].to': the window ends before it starts"),
            std::string::npos);
}

TEST(Targets, MalformedDateIsAnError) {
  EXPECT_NE(error_of("targets:\n  - name: a\n    series: s\n    at: [2003-13]\n    observed: [1]\n"
                     "    sd: 1\n")
                .find("t.yaml:4:10: key 'targets[0].at[0]': '2003-13': month 13 is not 01-12"),
            std::string::npos);
}

TEST(Targets, DateBeforeTheStartIsAnError) {
  EXPECT_NE(error_of("targets:\n  - name: a\n    series: s\n    at: [2001-10]\n    observed: [1]\n"
                     "    sd: 1\n")
                .find("key 'targets[0].at[0]': the date 2001-10 is before time.start"),
            std::string::npos);
}

TEST(Targets, DateWithoutTimeStartNamesTheTargetFileAndLine) {
  const std::string e = error_of(
      "targets:\n  - name: a\n    series: s\n    at: [2002-01]\n    observed: [1]\n    sd: 1\n",
      calendar("model: x\n"));
  EXPECT_NE(e.find("t.yaml:4:10: key 'targets[0].at[0]': the date 2002-01 needs the scenario's "
                   "time.start, and scenario.yaml has none"),
            std::string::npos)
      << e;
}

TEST(Targets, ObservedAndAtOfDifferentLengthsAreAnError) {
  EXPECT_NE(error_of("targets:\n  - name: a\n    series: s\n    at: [1, 2]\n    observed: [1]\n"
                     "    sd: 1\n")
                .find("key 'targets[0].at': expected a list as long as `observed` (1)"),
            std::string::npos);
}

TEST(Targets, MissingScaleIsAnError) {
  EXPECT_NE(error_of("targets:\n  - name: a\n    series: s\n    at: [1]\n    observed: [1]\n")
                .find("needs `sd` or `sd_relative`"),
            std::string::npos);
}

TEST(Targets, MissingCsvColumnIsAnError) {
  write("one.csv", "year,n\n2002,1\n");
  EXPECT_NE(error_of("targets:\n  - name: a\n    series: s\n    sd: 1\n"
                     "    observed: {file: one.csv, value: parties, date: year}\n")
                .find("key 'targets[0].observed.value': "),
            std::string::npos);
}

TEST(Targets, SameNameTwiceIsAnError) {
  EXPECT_NE(error_of("targets:\n"
                     "  - {name: a, series: s, at: [1], observed: [1], sd: 1}\n"
                     "  - {name: a, series: s, at: [2], observed: [1], sd: 1}\n")
                .find("target 'a' given twice"),
            std::string::npos);
}

// A run with one 2-D series `members` (columns treaty, forum) of 3 steps.
sim::io::RunRecord run_with_members() {
  sim::io::RunRecord r;
  sim::io::RunRecord::Series s;
  s.spec = {"members", sim::io::ElementType::kFloat64, 2, "", "", {"treaty", "forum"}};
  s.rows = 3;
  const double v[] = {1, 10, 2, 20, 3, 30};
  s.bytes.resize(sizeof v);
  std::memcpy(s.bytes.data(), v, sizeof v);
  r.series.push_back(s);
  return r;
}

std::string check_error(const std::string& target, std::int64_t steps = 3) {
  try {
    cal::check_targets(
        cal::read_targets(write("c.yaml", "targets:\n  - " + target + "\n"), monthly()),
        run_with_members(), steps);
  } catch (const sim::InputError& e) {
    return e.what();
  }
  return "";
}

TEST(Targets, UnknownSeriesIsAnErrorWithAHint) {
  const std::string e = check_error("{name: a, series: membres, at: [1], observed: [1], sd: 1}");
  EXPECT_NE(e.find("c.yaml:2:23: key 'series': the model records no series 'membres' (did "
                   "you mean 'members'?)"),
            std::string::npos)
      << e;
}

TEST(Targets, UnknownColumnIsAnError) {
  EXPECT_NE(check_error("{name: a, series: members, column: trety, at: [1], observed: [1], sd: 1}")
                .find("key 'column': series 'members' has no column 'trety'"),
            std::string::npos);
}

TEST(Targets, StepBeyondTheRunIsAnError) {
  EXPECT_NE(check_error("{name: a, series: members, at: [5], observed: [1], sd: 1}")
                .find("target 'a' reads step 5, but the scenario runs steps 0-2"),
            std::string::npos);
}

TEST(Moments, ColumnReducedSeriesAndPatterns) {
  const auto t = cal::read_targets(
      write("m.yaml",
            "targets:\n"
            "  - {name: col, series: members, column: forum, at: [0, 2], observed: [0, 0], sd: 1}\n"
            "  - {name: sum, series: members, at: [1], observed: [0], sd: 1}\n"
            "  - {name: mean, series: members, reduce: mean, at: [1], observed: [0], sd: 1}\n"
            "  - {name: flat, series: members, column: treaty, pattern: plateau, from: 0, to: 2,"
            " max_growth: 0.1, sd: 1}\n"),
      monthly());
  EXPECT_EQ(cal::run_moments(t, run_with_members()),
            (std::vector<double>{10, 30, 22, 11, 2.0}));  // growth (3 - 1) / 1
}

TEST(Moments, DeepestDipIsTheSmallerOfFallAndRise) {
  sim::io::RunRecord r;
  sim::io::RunRecord::Series s;
  s.spec = {"x", sim::io::ElementType::kInt64, 1, "", "", {}};
  const std::int64_t v[] = {5, 8, 3, 6, 9, 1, 2};
  s.rows = 7;
  s.bytes.resize(sizeof v);
  std::memcpy(s.bytes.data(), v, sizeof v);
  r.series.push_back(s);
  const auto t = cal::read_targets(
      write("dip.yaml",
            "targets:\n"
            "  - {name: all, series: x, pattern: failure_then_recovery, from: 0, to: 6, "
            "min_change: 1, sd: 1}\n"
            "  - {name: early, series: x, pattern: failure_then_recovery, from: 0, to: 3, "
            "min_change: 1, sd: 1}\n"),
      monthly());
  // all: at the 3 the fall from 8 is 5 and the rise to 9 is 6 -> 5; at the 1: fall 8, rise
  // 1 -> 1. Deepest: 5. early (up to the 6): at the 3, fall 5 and rise 3 -> 3.
  EXPECT_EQ(cal::run_moments(t, r), (std::vector<double>{5, 3}));
}

TEST(Targets, ShippedRecordReadsForAHistoryFromNovember2001) {
  const auto t =
      cal::read_targets(std::string(NORMSIM_SOURCE_DIR) + "/data/observed/targets.yaml", monthly());
  ASSERT_EQ(t.targets.size(), 6u);
  const auto& budapest = t.targets[0].points;
  ASSERT_EQ(budapest.size(), 14u);
  EXPECT_EQ(budapest.front().step, 13);  // end of 2002
  EXPECT_EQ(budapest.front().factor, 0.5);
  EXPECT_EQ(budapest.back().observed, 47);
  EXPECT_EQ(budapest.back().factor, 1.0);
  EXPECT_EQ(t.targets[3].points.size(), 3u);  // the Tech Accord's rows only
}

}  // namespace
