#include "models/cybernorms/calendar.hpp"
#include "models/cybernorms/params.hpp"
#include "sim/config/document.hpp"
#include "sim/core/error.hpp"

#include <gtest/gtest.h>

namespace cybernorms {
namespace {

Params parse(const std::string& yaml) {
  return schema().parse(sim::config::Document::from_text(yaml, "cal.yaml"));
}

std::string error_of(const std::string& yaml) {
  try {
    parse(yaml);
  } catch (const sim::InputError& e) {
    return e.what();
  }
  return "";
}

TEST(Calendar, DatesAreMonthsAndStepsCountFromTheStart) {
  EXPECT_EQ(*month_number("2001-11"), 2001 * 12 + 10);
  EXPECT_EQ(*month_number("2001-11-23"), 2001 * 12 + 10);
  EXPECT_FALSE(month_number("2001-13"));
  EXPECT_FALSE(month_number("2001-02-29"));
  EXPECT_TRUE(month_number("2004-02-29"));
  EXPECT_FALSE(month_number("Nov 2001"));
  EXPECT_EQ(*step_of("2001-11", "month", "2004-07-01"), 32);
  EXPECT_EQ(*step_of("2001-11", "year", "2004-07"), 3);
  EXPECT_FALSE(step_of("2001-11", "week", "2004-07"));
  EXPECT_EQ(date_of("2001-11", "month", 32), "2004-07");
  EXPECT_EQ(date_of("2001-11", "year", 3), "2004");
}

TEST(Calendar, FoundingDatesAndEventDatesBecomeSteps) {
  const Params p = parse(
      "time: {start: 2001-11}\n"
      "initiatives:\n"
      "  - {name: accord, norms: [cvd], founded_on: 2018-04-17}\n"
      "events:\n"
      "  - {on: 2019-01, type: dissolve, initiative: accord}\n");
  EXPECT_EQ(p.initiatives[0].founded, (2018 - 2001) * 12 + (4 - 11));
  EXPECT_EQ(p.events[0].at, (2019 - 2001) * 12 + (1 - 11));
  EXPECT_EQ(p.initiatives[0].dissolved, p.events[0].at);
}

TEST(Calendar, BadDatesAreErrorsAtTheirKey) {
  EXPECT_NE(error_of("initiatives:\n  - {name: a, norms: [cvd], founded_on: 2018-04}\n")
                .find("cal.yaml:2"),
            std::string::npos);
  EXPECT_NE(error_of("initiatives:\n  - {name: a, norms: [cvd], founded_on: 2018-04}\n")
                .find("needs time.start"),
            std::string::npos);
  EXPECT_NE(error_of("time: {start: 2001-11}\ninitiatives:\n"
                     "  - {name: a, norms: [cvd], founded_on: 1999-01}\n")
                .find("before time.start"),
            std::string::npos);
  EXPECT_NE(error_of("time: {start: 2001-14}\n").find("is not a date"), std::string::npos);
  EXPECT_NE(error_of("time: {start: 2001-11, step_unit: week}\n").find("month or year"),
            std::string::npos);
  EXPECT_NE(error_of("events:\n  - {type: trust_shock, blocs: [west, east]}\n").find("needs `at`"),
            std::string::npos);
  EXPECT_NE(error_of("events:\n  - {at: 1, type: trust_shock, blocs: [west, wset]}\n")
                .find("unknown bloc 'wset'"),
            std::string::npos);
  EXPECT_NE(error_of("events:\n  - {at: 1, type: join, initiative: nope, agent: '0'}\n")
                .find("unknown initiative 'nope'"),
            std::string::npos);
}

}  // namespace
}  // namespace cybernorms
