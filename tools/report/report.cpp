#include "tools/report/report.hpp"

#include "sim/core/error.hpp"
#include "sim/io/output_lock.hpp"
#include "sim/io/text_file.hpp"
#include "sim/run/isolated.hpp"
#include "tools/report/sections.hpp"

#include <algorithm>
#include <filesystem>

namespace report {
namespace {

// Reading a normsim output for a report takes well under a second per megabyte; a reader
// still busy after 10 s plus 1 s per megabyte is stuck in a damaged file.
int read_seconds(const std::string& input) {
  std::error_code ec;
  const auto bytes = std::filesystem::file_size(input, ec);
  return 10 + static_cast<int>(ec ? 0 : std::min<std::uintmax_t>(bytes >> 20, 3600));
}

// Shown in the scenario section, not in the provenance table.
bool is_scenario_text(const std::string& name) {
  return name == "scenario" || name == "scenario_source" || name == "design_source";
}

Section provenance(const Output& out) {
  std::vector<Row> rows{{"file", out.path}};
  for (const auto& [name, value] : out.attributes)
    if (!is_scenario_text(name)) rows.push_back({name, value});
  std::string html;
  if (!out.attribute("interrupted_at_step").empty())
    html = "<p class=\"warning\">This run was interrupted at step " +
           escape(out.attribute("interrupted_at_step")) +
           ": its series stop there and it has no per-run results.</p>\n";
  return {"Provenance",
          "What produced this file: program, version, commit, seed and time.",
          {},
          html + table({"attribute", "value"}, rows)};
}

Section results(const Output& out) {
  std::vector<Row> rows;
  for (const auto& c : out.summary)
    rows.push_back({c.name, c.size() == 1 ? c.text(0) : "", c.unit, c.description});
  return {"Results",
          "Per-run results from /summary.",
          {},
          table({"result", "value", "unit", "meaning"}, rows)};
}

// The scenario as written (comments hold students' notes), then as it ran; the seed used is
// stated, since --seed overrides the file's `seed:` line without changing its text.
Section scenario(const Output& out) {
  const std::string source = out.attribute("scenario_source");
  const std::string seed = out.attribute("seed");
  std::string html;
  if (!seed.empty())
    html += "<p>This " + std::string(out.sweep ? "sweep" : "run") + " used seed <b>" +
            escape(seed) + "</b>" + (out.sweep ? " as its base seed" : "") +
            " (a --seed option takes the place of the file's <code>seed:</code>).</p>\n";
  if (!source.empty()) html += "<h3>As written</h3>\n<pre>" + escape(source) + "</pre>\n";
  if (const std::string design = out.attribute("design_source"); !design.empty())
    html += "<h3>The --design file as written</h3>\n<pre>" + escape(design) + "</pre>\n";
  html += "<h3>As it ran (after any --set overrides)</h3>\n<pre>" +
          escape(out.attribute("scenario")) + "</pre>\n";
  return {"Scenario",
          "The scenario file " +
              (out.attribute("scenario_file").empty() ? std::string("")
                                                      : out.attribute("scenario_file") + " ") +
              "as written, comments included, and as it ran.",
          {},
          html};
}

std::vector<Section> run_sections(const Output& out) {
  Shown shown;
  std::vector<Section> model;
  if (const ModelSections own = model_sections(out.attribute("model"))) model = own(out, shown);
  auto rest = generic_sections(out, shown);
  model.insert(model.end(), rest.begin(), rest.end());
  return model;
}

void append(std::vector<Section>& to, std::vector<Section> more) {
  to.insert(to.end(), more.begin(), more.end());
}

}  // namespace

std::string render(const Output& out) {
  std::vector<Section> sections{provenance(out)};
  if (out.sweep) {
    append(sections, sweep_sections(out));
  } else {
    if (!out.summary.empty()) sections.push_back(results(out));
    append(sections, run_sections(out));
  }
  if (!out.attribute("scenario").empty()) sections.push_back(scenario(out));
  const std::string what = out.sweep ? "sweep" : "run";
  const std::string description = out.attribute("description");
  return page("normsim " + what + ": " + out.attribute("model") +
                  (description.empty() ? "" : " — " + description),
              sections);
}

void write_report(const std::string& input, const std::string& output) {
  namespace fs = std::filesystem;
  const fs::path parent = fs::path(output).parent_path();
  if (!parent.empty() && !fs::is_directory(parent))
    throw sim::InputError(output + ": output directory " + parent.string() + " does not exist");
  sim::io::check_output_path(output, {input});
  // Read in a child process: a damaged file can crash or hang HDF5 itself.
  const std::string html =
      sim::run_isolated([&] { return render(load_output(input)); }, read_seconds(input), input);
  sim::io::write_text_file(output, html);
}

}  // namespace report
