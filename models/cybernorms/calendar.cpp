#include "models/cybernorms/calendar.hpp"

#include "sim/calibrate/calendar.hpp"

#include "sim/core/error.hpp"

#include <cstdio>
#include <stdexcept>

namespace cybernorms {

namespace {

bool has_calendar(const std::string& unit) {
  return unit == "month" || unit == "year";
}

std::string fail_at(const sim::config::Document& doc, const std::string& key,
                    const std::string& message) {
  return doc.error_at(key, sim::config::find_node(doc.root(), key)) + message;
}

}  // namespace

std::optional<std::int64_t> month_number(const std::string& date) {
  // The engine's date reading (the one target files use), without its message.
  try {
    return sim::calibrate::months_of(date);
  } catch (const std::invalid_argument&) {
    return std::nullopt;
  }
}

std::optional<std::int64_t> step_of(const std::string& start, const std::string& unit,
                                    const std::string& date) {
  const auto from = month_number(start);
  const auto to = month_number(date);
  if (!from || !to || !has_calendar(unit)) return std::nullopt;
  if (unit == "year") return *to / 12 - *from / 12;
  return *to - *from;
}

std::string date_of(const std::string& start, const std::string& unit, std::int64_t step) {
  const std::int64_t month = *month_number(start) + (unit == "year" ? 12 * step : step);
  char text[32];
  if (unit == "year")
    std::snprintf(text, sizeof text, "%04lld", static_cast<long long>(month / 12));
  else
    std::snprintf(text, sizeof text, "%04lld-%02lld", static_cast<long long>(month / 12),
                  static_cast<long long>(month % 12 + 1));
  return text;
}

void load_calendar(Params& p, const sim::config::Document& doc) {
  if (!p.start.empty()) {
    if (!month_number(p.start))
      throw sim::InputError(fail_at(doc, "time.start",
                                    "'" + p.start +
                                        "' is not a date (YYYY-MM or "
                                        "YYYY-MM-DD)"));
    if (!has_calendar(p.step_unit))
      throw sim::InputError(fail_at(
          doc, "time.start", "dates need time.step_unit month or year, not '" + p.step_unit + "'"));
  }
  // A date key becomes a step; the message names the key that holds the date.
  const auto step_for = [&](const std::string& key, const std::string& date) {
    if (p.start.empty())
      throw sim::InputError(fail_at(doc, key, "a date needs time.start (the date of step 0)"));
    const auto step = step_of(p.start, p.step_unit, date);
    if (!step)
      throw sim::InputError(
          fail_at(doc, key, "'" + date + "' is not a date (YYYY-MM or YYYY-MM-DD)"));
    if (*step < 0)
      throw sim::InputError(fail_at(doc, key, "'" + date + "' is before time.start " + p.start));
    return *step;
  };
  for (std::size_t g = 0; g < p.initiatives.size(); ++g) {
    auto& x = p.initiatives[g];
    if (!x.founded_on.empty())
      x.founded = step_for("initiatives[" + std::to_string(g) + "].founded_on", x.founded_on);
  }
  for (std::size_t i = 0; i < p.events.size(); ++i) {
    auto& e = p.events[i];
    const std::string at = "events[" + std::to_string(i) + "].";
    if (!e.on.empty() && e.at >= 0)
      throw sim::InputError(
          fail_at(doc, at + "on", "give `at` (a step) or `on` (a date), not both"));
    if (!e.on.empty()) e.at = step_for(at + "on", e.on);
    if (e.at < 0)
      throw sim::InputError(
          fail_at(doc, at + "type", "an event needs `at` (a step) or `on` (a date)"));
    if (e.type != EventType::kFound && e.type != EventType::kDissolve) continue;
    for (auto& x : p.initiatives)
      if (x.name == e.initiative) (e.type == EventType::kFound ? x.founded : x.dissolved) = e.at;
  }
}

}  // namespace cybernorms
