#pragma once

#include "sim/config/document.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace sim::calibrate {

// How a scenario's steps map to dates, read from its optional `time.start` ("YYYY-MM" or
// "YYYY-MM-DD") and `time.step_unit` ("month", the default, or "year"). Step t is the t-th
// whole unit after the start: with start 2001-11 in months, 2002-01 is step 2 (the day of
// a date is checked but does not move it within its month). Generic: any model whose
// scenario has these keys gets dates in target files.
class Calendar {
 public:
  // An InputError naming the scenario's key when start or unit is malformed.
  static Calendar of(const config::Document& scenario);

  bool has_start() const { return start_months_.has_value(); }
  const std::string& scenario() const { return scenario_; }

  // The step of `date`; std::invalid_argument (a message without a location) when the date is
  // malformed, before the start, or the scenario has no time.start.
  std::int64_t step_of(const std::string& date) const;

 private:
  std::string scenario_;
  std::optional<std::int64_t> start_months_;  // year * 12 + month - 1
  bool yearly_ = false;
};

// True when `text` looks like a date (YYYY-MM or YYYY-MM-DD) rather than a step number.
bool looks_like_date(const std::string& text);

// Months since year 0 of a "YYYY-MM[-DD]" date (year * 12 + month - 1); std::invalid_argument
// for anything else, including a day that the month does not have.
std::int64_t months_of(const std::string& date);

}  // namespace sim::calibrate
