#include "tools/report/sections.hpp"

#include <algorithm>

namespace report {
namespace {

constexpr std::size_t kMaxDesignRows = 500;

Section design(const Output& out) {
  Row header{"run"};
  for (const auto& c : out.design) header.push_back(c.name);
  const std::size_t runs = out.design.empty() ? 0 : out.design.front().size();
  std::vector<Row> rows;
  for (std::size_t r = 0; r < std::min(runs, kMaxDesignRows); ++r) {
    Row row{std::to_string(r)};
    for (const auto& c : out.design) row.push_back(c.text(r));
    rows.push_back(std::move(row));
  }
  std::string html = table(header, rows);
  if (runs > kMaxDesignRows)
    html += "<p>(first " + std::to_string(kMaxDesignRows) + " of " + std::to_string(runs) +
            " runs shown)</p>\n";
  return {"Design",
          std::to_string(runs) + " runs; one row per run, one column per parameter.",
          {},
          html};
}

// A step result where -1 means "never" (tipping_step_*, half_implemented_step_*), as the
// model's description says.
bool never_is_minus_one(const Column& c) {
  return c.numeric && c.description.find("-1: never") != std::string::npos;
}

// Every run gave the same value: a histogram of one bar says nothing.
bool constant(const Column& c) {
  if (c.size() < 2) return false;
  if (!c.numeric)
    return std::all_of(c.texts.begin(), c.texts.end(),
                       [&](const auto& t) { return t == c.texts[0]; });
  return std::all_of(c.numbers.begin(), c.numbers.end(),
                     [&](double v) { return v == c.numbers[0]; });
}

// The chart's meaning below it: a long description in the SVG title would be cut off.
std::string caption(const Column& c) {
  return c.description.empty() ? "" : "<figcaption>" + escape(c.description) + "</figcaption>";
}

std::string distribution(const Column& c) {
  const std::string& title = c.name;
  if (c.numeric) {
    std::string x_label = c.unit.empty() ? c.name : c.name + " (" + c.unit + ")";
    std::vector<double> values = c.numbers;
    if (never_is_minus_one(c)) {
      // "Never" is not month -1: those runs are counted apart, the histogram shows the others.
      const auto never = std::erase(values, -1.0);
      x_label +=
          "; " + std::to_string(never) + " of " + std::to_string(c.numbers.size()) + " runs: never";
    }
    return histogram({title, x_label, values}) + caption(c);
  }
  BarChart bars{title, c.name, {}};
  for (const auto& t : c.texts) {
    auto it = std::find_if(bars.bars.begin(), bars.bars.end(),
                           [&](const auto& b) { return b.first == t; });
    if (it == bars.bars.end())
      bars.bars.emplace_back(t, 1.0);
    else
      it->second += 1;
  }
  return bar_chart(bars) + caption(c);
}

// Each varying result against each varying numeric design parameter, one section per parameter.
std::vector<Section> against_design(const Output& out) {
  std::vector<Section> sections;
  for (const auto& p : out.design) {
    if (!p.numeric || constant(p)) continue;
    Section s{"Results against " + p.name,
              "Each point is one run: its value of " + p.name +
                  " and the result. Runs where a "
                  "step result never happened are left out (the count is under the axis).",
              {},
              ""};
    for (const auto& r : out.summary) {
      if (!r.numeric || constant(r) || r.numbers.size() != p.numbers.size()) continue;
      std::vector<double> x, y;
      std::size_t never = 0;
      for (std::size_t i = 0; i < r.numbers.size(); ++i) {
        if (never_is_minus_one(r) && r.numbers[i] == -1.0) {
          ++never;
          continue;
        }
        x.push_back(p.numbers[i]);
        y.push_back(r.numbers[i]);
      }
      std::string x_label = p.name;
      if (never > 0) x_label += " (" + std::to_string(never) + " runs: never)";
      s.figures.push_back(scatter({r.name, x_label, r.unit.empty() ? r.name : r.unit, x, y}) +
                          caption(r));
    }
    if (!s.figures.empty()) sections.push_back(std::move(s));
  }
  return sections;
}

}  // namespace

std::vector<Section> sweep_sections(const Output& out) {
  Section outcomes{"Outcome distributions",
                   "Each per-run result across the sweep's runs: a histogram for numbers, a bar "
                   "per value for categories. Step results where -1 means the event never "
                   "happened count those runs apart (below the axis) instead of plotting -1.",
                   {},
                   ""};
  std::vector<Row> same;
  for (const auto& c : out.summary) {
    if (constant(c))
      same.push_back({c.name, c.text(0), c.unit, c.description});
    else
      outcomes.figures.push_back(distribution(c));
  }
  if (!same.empty())
    outcomes.html = "<p>The same in every run (not drawn):</p>\n" +
                    table({"result", "value", "unit", "meaning"}, same);
  std::vector<Section> sections{outcomes};
  for (auto& s : against_design(out)) sections.push_back(std::move(s));
  sections.push_back(design(out));
  return sections;
}

}  // namespace report
