#include "models/cybernorms/calendar.hpp"

#include "sim/core/error.hpp"

#include <cstdio>

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
  // "YYYY-MM" or "YYYY-MM-DD", digits where digits belong (written out: std::regex warns
  // under the sanitizers).
  const auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i)
      if (date[i] < '0' || date[i] > '9') return false;
    return true;
  };
  const bool month_form = date.size() == 7;
  const bool day_form = date.size() == 10 && date[7] == '-' && digits(8, 2);
  if (!(month_form || day_form) || !digits(0, 4) || date[4] != '-' || !digits(5, 2))
    return std::nullopt;
  const int year = std::stoi(date.substr(0, 4));
  const int month = std::stoi(date.substr(5, 2));
  if (month < 1 || month > 12) return std::nullopt;
  if (day_form) {
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const int day = std::stoi(date.substr(8, 2));
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int last = month == 2 && !leap ? 28 : kDays[month - 1];
    if (day < 1 || day > last) return std::nullopt;
  }
  return std::int64_t{year} * 12 + (month - 1);
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
