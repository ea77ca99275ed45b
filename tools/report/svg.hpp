#pragma once

#include <string>
#include <utility>
#include <vector>

namespace report {

// Charts as inline SVG strings: axes with ticks and labels, a legend, a <title> for screen
// readers. No scripts and no external resources, so a report is one file that opens offline.
// Series are told apart by colour (a colour-blind-safe palette) and by dash pattern, so they
// stay distinguishable when printed in grey.

struct Curve {
  std::string label;
  std::vector<double> y;  // one value per row; row r is at x = x_first + r
};

// A filled band between two curves (e.g. the share of agents at one stage, stacked on the
// stages above it).
struct Band {
  std::string label;
  std::vector<double> lower;
  std::vector<double> upper;
};

// A dashed reference line across the plot at height `y` (e.g. the one-third tipping share).
struct Guide {
  double y = 0;
  std::string label;
};

// A vertical line at x (e.g. the step at which a norm tipped), labelled at its top.
struct Marker {
  double x = 0;
  std::string label;
};

struct LineChart {
  std::string title;
  std::string x_label;
  std::string y_label;
  double x_first = 0;
  std::vector<Band> bands;
  std::vector<Curve> curves;
  std::vector<Guide> guides;
  std::vector<Marker> markers;
  bool fixed_y = false;  // use [y_lo, y_hi] instead of the data's range (e.g. shares: 0..1)
  double y_lo = 0;
  double y_hi = 1;
};

std::string line_chart(const LineChart& chart);

// Counts of values in equal bins over a round-numbered range (Sturges' rule for the count).
struct Histogram {
  std::string title;
  std::string x_label;
  std::vector<double> values;  // non-finite values are left out and counted in the caption
};

std::string histogram(const Histogram& chart);

// One point per (x, y) pair, e.g. a per-run result against a design parameter; pairs with a
// non-finite value are left out.
struct Scatter {
  std::string title;
  std::string x_label;
  std::string y_label;
  std::vector<double> x;
  std::vector<double> y;
};

std::string scatter(const Scatter& chart);

// One bar per category, e.g. how many runs ended with each outcome.
struct BarChart {
  std::string title;
  std::string x_label;
  std::vector<std::pair<std::string, double>> bars;
};

std::string bar_chart(const BarChart& chart);

}  // namespace report
