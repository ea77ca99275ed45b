#include "sim/calibrate/calendar.hpp"

#include "sim/config/schema.hpp"
#include "sim/core/error.hpp"

#include <cctype>
#include <chrono>
#include <optional>
#include <stdexcept>

namespace sim::calibrate {
namespace {

// The fields of "YYYY-MM" or "YYYY-MM-DD" (digits in those places), or nothing.
struct DateFields {
  int year = 0;
  int month = 0;
  int day = 0;  // 0: none given
};

std::optional<DateFields> fields(const std::string& t) {
  const auto digits = [&](std::size_t at, std::size_t n) {
    int v = 0;
    for (std::size_t i = at; i < at + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(t[i]))) return -1;
      v = v * 10 + (t[i] - '0');
    }
    return v;
  };
  if ((t.size() != 7 && t.size() != 10) || t[4] != '-' || (t.size() == 10 && t[7] != '-'))
    return std::nullopt;
  DateFields f{digits(0, 4), digits(5, 2), t.size() == 10 ? digits(8, 2) : 0};
  if (f.year < 0 || f.month < 0 || f.day < 0) return std::nullopt;
  return f;
}

}  // namespace

bool looks_like_date(const std::string& text) {
  return fields(text).has_value();
}

std::int64_t months_of(const std::string& date) {
  const auto f = fields(date);
  if (!f) throw std::invalid_argument("'" + date + "' is not a date YYYY-MM or YYYY-MM-DD");
  if (f->month < 1 || f->month > 12)
    throw std::invalid_argument("'" + date + "': month " + date.substr(5, 2) + " is not 01-12");
  if (date.size() == 10) {
    const std::chrono::year_month_day ymd{std::chrono::year{f->year},
                                          std::chrono::month{static_cast<unsigned>(f->month)},
                                          std::chrono::day{static_cast<unsigned>(f->day)}};
    if (!ymd.ok()) throw std::invalid_argument("'" + date + "': no such day");
  }
  return std::int64_t{f->year} * 12 + f->month - 1;
}

Calendar Calendar::of(const config::Document& scenario) {
  Calendar c;
  c.scenario_ = scenario.name();
  const YAML::Node start = config::find_node(scenario.root(), "time.start");
  if (start.IsDefined() && !start.IsNull()) {
    try {
      if (!start.IsScalar()) throw std::invalid_argument("expected a date YYYY-MM[-DD]");
      c.start_months_ = months_of(start.Scalar());
    } catch (const std::invalid_argument& e) {
      throw InputError(scenario.error_at("time.start", start) + e.what());
    }
  }
  const YAML::Node unit = config::find_node(scenario.root(), "time.step_unit");
  if (unit.IsDefined() && unit.IsScalar() && c.start_months_) {
    if (unit.Scalar() == "year")
      c.yearly_ = true;
    else if (unit.Scalar() != "month")
      throw InputError(scenario.error_at("time.step_unit", unit) +
                       "dates in target files need steps of a month or a year, not '" +
                       unit.Scalar() + "'");
  }
  return c;
}

std::int64_t Calendar::step_of(const std::string& date) const {
  if (!start_months_)
    throw std::invalid_argument("the date " + date + " needs the scenario's time.start, and " +
                                scenario_ + " has none (give a step number instead)");
  const std::int64_t months = months_of(date) - *start_months_;
  if (months < 0) throw std::invalid_argument("the date " + date + " is before time.start");
  return yearly_ ? months / 12 : months;
}

}  // namespace sim::calibrate
