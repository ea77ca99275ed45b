#pragma once

#include "models/cybernorms/params.hpp"
#include "sim/config/document.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace cybernorms {

// Dates of a scenario: `time.start` is the date of step 0, and a date elsewhere (an
// initiative's `founded_on`, an event's `on`) is the step that holds it. Dates are
// "YYYY-MM" or "YYYY-MM-DD"; a step is one month or one year (time.step_unit), so a date
// falls in the step of its month (or year): 2001-11-23 is the step of November 2001.

// Months since year 0 of "YYYY-MM[-DD]", or nullopt when the text is no such date.
std::optional<std::int64_t> month_number(const std::string& date);

// The step holding `date` for a run starting at `start`, in steps of `unit` ("month" or
// "year"); nullopt when either is no date or the unit has no calendar.
std::optional<std::int64_t> step_of(const std::string& start, const std::string& unit,
                                    const std::string& date);

// The date of step `step` ("YYYY-MM" for months, "YYYY" for years).
std::string date_of(const std::string& start, const std::string& unit, std::int64_t step);

// Turns the dates of a scenario into steps and applies the events that fix an initiative's
// life (found, dissolve); errors name the file, line and key (sim::InputError).
void load_calendar(Params& p, const sim::config::Document& doc);

}  // namespace cybernorms
