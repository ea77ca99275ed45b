#include "tools/report/svg.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace report {
namespace {

// The `d` attribute of every <path class="CLASS" ...>.
std::vector<std::string> paths(const std::string& svg, const std::string& cls) {
  std::vector<std::string> out;
  const std::string open = "<path class=\"" + cls + "\" d=\"";
  for (auto at = svg.find(open); at != std::string::npos; at = svg.find(open, at + 1)) {
    const auto begin = at + open.size();
    out.push_back(svg.substr(begin, svg.find('"', begin) - begin));
  }
  return out;
}

// The (x, y) points of a path's M and L commands ("M1.0,2.0 L3.0,4.0 ...").
std::vector<std::pair<double, double>> points(const std::string& d) {
  std::vector<std::pair<double, double>> out;
  for (std::size_t i = 0; i < d.size(); ++i) {
    if (d[i] != 'M' && d[i] != 'L') continue;
    char* end = nullptr;
    const double x = std::strtod(d.c_str() + i + 1, &end);
    if (*end != ',') continue;
    const double y = std::strtod(end + 1, &end);
    out.emplace_back(x, y);
  }
  return out;
}

LineChart chart(std::vector<Curve> curves, std::vector<Band> bands = {},
                const std::string& title = "t") {
  LineChart c;
  c.title = title;
  c.x_label = "step";
  c.y_label = "units";
  c.curves = std::move(curves);
  c.bands = std::move(bands);
  return c;
}

TEST(LineChart, DrawsOnePathPerCurveThroughEveryPoint) {
  const auto c = chart({{"a", {0, 0.5, 1}}, {"b", {1, 1, 1}}});
  const auto d = paths(line_chart(c), "curve");
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(points(d[0]).size(), 3u);
  EXPECT_EQ(points(d[1]).size(), 3u);
}

TEST(LineChart, HigherValuesAreDrawnHigherAndLaterRowsFurtherRight) {
  const auto c = chart({{"rising", {0, 1, 2}}});
  const auto p = points(paths(line_chart(c), "curve").at(0));
  ASSERT_EQ(p.size(), 3u);
  EXPECT_LT(p[0].first, p[1].first);
  EXPECT_GT(p[0].second, p[1].second);  // SVG y grows downwards
  EXPECT_GT(p[1].second, p[2].second);
}

TEST(LineChart, BreaksTheLineAtMissingValues) {
  const auto c = chart({{"gap", {1, NAN, 2, 3}}});
  const std::string d = paths(line_chart(c), "curve").at(0);
  EXPECT_EQ(std::count(d.begin(), d.end(), 'M'), 2);
  EXPECT_EQ(points(d).size(), 3u);
}

TEST(LineChart, BandIsAClosedAreaBetweenItsEdges) {
  const auto c = chart({}, {{"implemented", {0, 0, 0}, {0.2, 0.4, 0.6}}});
  const std::string d = paths(line_chart(c), "band").at(0);
  EXPECT_EQ(points(d).size(), 6u);
  EXPECT_EQ(d.back(), 'Z');
}

TEST(LineChart, ThinsLongSeriesToWhatAChartCanShow) {
  const auto c = chart({{"long", std::vector<double>(1000000, 1.0)}});
  EXPECT_LE(points(paths(line_chart(c), "curve").at(0)).size(), 1200u);
}

TEST(LineChart, LabelsAreEscapedAndLegendListsEveryCurve) {
  const auto c = chart({{"x<1", {1, 2}}, {"y", {2, 1}}}, {}, "a <b> & c");
  const std::string svg = line_chart(c);
  EXPECT_NE(svg.find("a &lt;b&gt; &amp; c"), std::string::npos);
  EXPECT_NE(svg.find(">x&lt;1</text>"), std::string::npos);
  EXPECT_NE(svg.find(">y</text>"), std::string::npos);
  EXPECT_EQ(svg.find("<b>"), std::string::npos);
}

TEST(Histogram, EveryFiniteValueFallsInABarAndNonFiniteOnesAreCounted) {
  const std::string svg = histogram({"h", "x", {1, 1, 1, 9, NAN}});
  const std::string d = paths(svg, "bars").at(0);
  EXPECT_EQ(std::count(d.begin(), d.end(), 'Z'), 2);  // two non-empty bins
  EXPECT_NE(svg.find("1 non-finite values left out"), std::string::npos);
}

TEST(BarChart, OneBarPerCategoryWithItsLabel) {
  const std::string svg = bar_chart({"b", "outcome", {{"established", 3}, {"collapsed", 1}}});
  const std::string d = paths(svg, "bars").at(0);
  EXPECT_EQ(std::count(d.begin(), d.end(), 'Z'), 2);
  EXPECT_NE(svg.find(">established</text>"), std::string::npos);
  EXPECT_NE(svg.find(">collapsed</text>"), std::string::npos);
}

}  // namespace
}  // namespace report
