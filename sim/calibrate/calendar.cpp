#include "sim/calibrate/calendar.hpp"

#include "sim/config/schema.hpp"
#include "sim/core/error.hpp"

#include <chrono>
#include <regex>
#include <stdexcept>

namespace sim::calibrate {
namespace {

const std::regex& date_pattern() {
  static const std::regex pattern(R"((\d{4})-(\d{2})(?:-(\d{2}))?)");
  return pattern;
}

}  // namespace

bool looks_like_date(const std::string& text) {
  return std::regex_match(text, date_pattern());
}

std::int64_t months_of(const std::string& date) {
  std::smatch m;
  if (!std::regex_match(date, m, date_pattern()))
    throw std::invalid_argument("'" + date + "' is not a date YYYY-MM or YYYY-MM-DD");
  const int year = std::stoi(m[1]);
  const unsigned month = static_cast<unsigned>(std::stoi(m[2]));
  if (month < 1 || month > 12)
    throw std::invalid_argument("'" + date + "': month " + m[2].str() + " is not 01-12");
  if (m[3].matched) {
    const std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{month},
                                          std::chrono::day{static_cast<unsigned>(std::stoi(m[3]))}};
    if (!ymd.ok()) throw std::invalid_argument("'" + date + "': no such day");
  }
  return std::int64_t{year} * 12 + month - 1;
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
