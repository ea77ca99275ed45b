#include "tools/report/sections.hpp"

namespace report {
namespace {

// Series that only number the rows: they are the x axis, not something to chart.
bool is_index(const std::string& name) {
  return name == "step" || name == "generation";
}

}  // namespace

std::string time_label(const Output& out) {
  for (const auto& s : out.series)
    if (is_index(s.name))
      return s.unit.empty() || s.unit == s.name ? s.name : s.name + " (" + s.unit + ")";
  return "step";
}

LineChart series_chart(const Output& out, const SeriesData& s, const std::string& title) {
  LineChart c;
  c.title = title;
  c.x_label = time_label(out);
  c.y_label = s.unit.empty() ? s.name : s.unit;
  for (std::size_t col = 0; col < s.cols; ++col)
    c.curves.push_back({s.labels.empty() ? s.name : s.labels[col], s.column(col)});
  return c;
}

std::vector<double> row_sums(const SeriesData& s) {
  std::vector<double> out(s.rows, 0.0);
  for (std::size_t r = 0; r < s.rows; ++r)
    for (std::size_t c = 0; c < s.cols; ++c) out[r] += s.values[r * s.cols + c];
  return out;
}

std::vector<Section> generic_sections(const Output& out, const Shown& shown) {
  Section s;
  s.title = shown.empty() ? "Series" : "Other series";
  s.intro =
      "Every recorded per-step series not charted above, one chart each, titled by its "
      "description.";
  for (const auto& series : out.series) {
    if (shown.count(series.name) || is_index(series.name)) continue;
    const std::string title =
        series.name + (series.description.empty() ? "" : ": " + series.description);
    s.figures.push_back(line_chart(series_chart(out, series, title)));
  }
  if (s.figures.empty()) return {};
  return {s};
}

}  // namespace report
