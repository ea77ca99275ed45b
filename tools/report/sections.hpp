#pragma once

#include "tools/report/html.hpp"
#include "tools/report/output.hpp"
#include "tools/report/svg.hpp"

#include <set>
#include <string>
#include <vector>

namespace report {

// The names of the /series datasets a section has charted, so that the generic section
// charts only the rest and no dataset is left out of a report.
using Shown = std::set<std::string>;

// A model's own sections for a run: each throws an InputError naming the file and the dataset
// when a series its model always writes is missing. A model registers its function with
// normsim_model(REPORT_FUNCTION ...) in its CMakeLists.txt (cmake/NormsimModel.cmake).
using ModelSections = std::vector<Section> (*)(const Output& out, Shown& shown);
// The sections registered for the model named `name`; nullptr when it has none.
ModelSections model_sections(const std::string& name);
// Every /series dataset not in `shown`, one chart each: any model gets a usable report.
std::vector<Section> generic_sections(const Output& out, const Shown& shown);
// A sweep: the design table and the distribution of each per-run result.
std::vector<Section> sweep_sections(const Output& out);

// Helpers shared by the sections.

// The x-axis title of a run's charts, e.g. "step (month)", from its step-index series.
std::string time_label(const Output& out);
// A chart of every column of `s` against the step, y titled by the unit.
LineChart series_chart(const Output& out, const SeriesData& s, const std::string& title);
// The sum over columns, row by row.
std::vector<double> row_sums(const SeriesData& s);

}  // namespace report
