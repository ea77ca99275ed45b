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

std::string distribution(const Column& c) {
  const std::string title = c.name + (c.description.empty() ? "" : ": " + c.description);
  if (c.numeric)
    return histogram({title, c.unit.empty() ? c.name : c.name + " (" + c.unit + ")", c.numbers});
  BarChart bars{title, c.name, {}};
  for (const auto& t : c.texts) {
    auto it = std::find_if(bars.bars.begin(), bars.bars.end(),
                           [&](const auto& b) { return b.first == t; });
    if (it == bars.bars.end())
      bars.bars.emplace_back(t, 1.0);
    else
      it->second += 1;
  }
  return bar_chart(bars);
}

}  // namespace

std::vector<Section> sweep_sections(const Output& out) {
  Section outcomes{"Outcome distributions",
                   "Each per-run result across the sweep's runs: a histogram for numbers, a bar "
                   "per value for categories.",
                   {},
                   ""};
  for (const auto& c : out.summary) outcomes.figures.push_back(distribution(c));
  return {outcomes, design(out)};
}

}  // namespace report
