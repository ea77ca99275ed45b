#include "tools/report/axis.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace report {

Axis nice_axis(double lo, double hi, int target) {
  if (!std::isfinite(lo) || !std::isfinite(hi)) lo = 0, hi = 1;
  if (lo > hi) std::swap(lo, hi);
  if (hi - lo < 1e-12 * std::max(1.0, std::abs(hi))) {
    const double pad = lo == 0 ? 1.0 : std::abs(lo) * 0.5;
    lo -= lo == 0 ? 0 : pad;
    hi += pad;
  }
  const double raw = (hi - lo) / std::max(target, 1);
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  const double fraction = raw / power;
  const double step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
  Axis a;
  a.lo = std::floor(lo / step + 1e-9) * step;
  a.hi = std::ceil(hi / step - 1e-9) * step;
  for (double t = a.lo; t <= a.hi + step * 1e-6; t += step)
    a.ticks.push_back(std::abs(t) < step * 1e-9 ? 0.0 : t);
  return a;
}

std::string tick_label(double value, double spacing) {
  char buf[32];
  const double magnitude = std::max(std::abs(value), std::abs(spacing));
  if (magnitude >= 1e6 || (magnitude < 1e-4 && value != 0)) {
    std::snprintf(buf, sizeof buf, "%.3g", value);
    return buf;
  }
  const int decimals =
      spacing > 0 ? std::max(0, -static_cast<int>(std::floor(std::log10(spacing)))) : 0;
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value == 0 ? 0.0 : value);
  std::string s = buf;
  if (s == "-0") s = "0";
  return s;
}

std::string format_value(double value) {
  char buf[32];
  // Whole numbers a double holds exactly (seeds, run indices, counts) are written in full.
  if (std::isfinite(value) && value == std::round(value) && std::abs(value) <= 0x1p53)
    std::snprintf(buf, sizeof buf, "%.0f", value);
  else
    std::snprintf(buf, sizeof buf, "%.4g", value);
  return buf;
}

std::vector<std::size_t> envelope_rows(const std::vector<double>& y, std::size_t max_points) {
  const std::size_t n = y.size();
  std::vector<std::size_t> rows;
  if (n <= max_points || max_points < 4) {
    for (std::size_t i = 0; i < n; ++i) rows.push_back(i);
    return rows;
  }
  const std::size_t buckets = max_points / 2;
  for (std::size_t b = 0; b < buckets; ++b) {
    const std::size_t begin = b * n / buckets, end = (b + 1) * n / buckets;
    std::size_t lo = begin, hi = begin;
    for (std::size_t i = begin; i < end; ++i) {
      if (y[i] < y[lo]) lo = i;
      if (y[i] > y[hi]) hi = i;
    }
    rows.push_back(std::min(lo, hi));
    if (lo != hi) rows.push_back(std::max(lo, hi));
  }
  return rows;
}

std::vector<std::size_t> stride_rows(std::size_t rows, std::size_t max_points) {
  std::vector<std::size_t> out;
  const std::size_t stride = rows > max_points ? (rows + max_points - 1) / max_points : 1;
  for (std::size_t i = 0; i < rows; i += stride) out.push_back(i);
  if (rows > 0 && out.back() != rows - 1) out.push_back(rows - 1);
  return out;
}

}  // namespace report
