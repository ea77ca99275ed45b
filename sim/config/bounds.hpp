#pragma once

#include <cmath>
#include <limits>
#include <string>

namespace sim::config {

// The allowed interval of a numeric parameter. NaN is never allowed; infinity only when a
// bound is itself infinite and `allow_infinite` is set (it never is for shipped parameters).
struct Bounds {
  double low = -std::numeric_limits<double>::infinity();
  double high = std::numeric_limits<double>::infinity();
  bool low_open = false;
  bool high_open = false;

  bool contains(double v) const {
    if (!std::isfinite(v)) return false;
    if (low_open ? !(v > low) : !(v >= low)) return false;
    if (high_open ? !(v < high) : !(v <= high)) return false;
    return true;
  }
  std::string text() const;
};

inline Bounds any_real() {
  return {};
}
inline Bounds at_least(double low) {
  return {low, std::numeric_limits<double>::infinity()};
}
inline Bounds greater_than(double low) {
  return {low, std::numeric_limits<double>::infinity(), true, false};
}
inline Bounds at_most(double high) {
  return {-std::numeric_limits<double>::infinity(), high};
}
inline Bounds between(double low, double high) {
  return {low, high};
}
inline Bounds probability() {
  return {0.0, 1.0};
}

// Shortest decimal text that reads back to the same double.
std::string format_number(double v);

}  // namespace sim::config
