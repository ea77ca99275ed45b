#include "sim/config/bounds.hpp"

#include <charconv>

namespace sim::config {

std::string format_number(double v) {
  char buf[64];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

std::string Bounds::text() const {
  const bool has_low = std::isfinite(low);
  const bool has_high = std::isfinite(high);
  if (!has_low && !has_high) return "any finite number";
  if (has_low && !has_high) return (low_open ? "> " : ">= ") + format_number(low);
  if (!has_low) return (high_open ? "< " : "<= ") + format_number(high);
  return std::string(low_open ? "(" : "[") + format_number(low) + ", " + format_number(high) +
         (high_open ? ")" : "]");
}

}  // namespace sim::config
