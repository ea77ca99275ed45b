#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace report {

// An axis range widened to round tick values ("nice numbers": 1, 2 or 5 times a power of ten).
struct Axis {
  double lo = 0;
  double hi = 1;
  std::vector<double> ticks;
};

// About `target` ticks covering [lo, hi]; a degenerate or non-finite range still gives a
// usable axis, so a constant series draws as a flat line rather than failing.
Axis nice_axis(double lo, double hi, int target = 5);

// A tick label: as many decimals as the tick spacing needs, no "-0", no trailing noise.
std::string tick_label(double value, double spacing);

// A value for tables: integers without decimals, others with 4 significant digits.
std::string format_value(double value);

// Row indices to draw when a series has more rows than a chart has pixels: per bucket of
// rows the minimum and the maximum (in row order), so spikes survive; all rows if few.
std::vector<std::size_t> envelope_rows(const std::vector<double>& y, std::size_t max_points);

// Every k-th row and the last, at most about max_points, for curves sharing their rows.
std::vector<std::size_t> stride_rows(std::size_t rows, std::size_t max_points);

}  // namespace report
