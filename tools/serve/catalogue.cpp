#include "tools/serve/catalogue.hpp"

#include "sim/config/bounds.hpp"
#include "sim/core/error.hpp"

#include <algorithm>
#include <filesystem>

namespace serve {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> yaml_files(const fs::path& dir) {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".yaml") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

// The control's value in the scenario as written, else the model's default.
std::string current_value(const CatalogueEntry& e, const std::string& key) {
  const YAML::Node node = sim::config::find_node(e.scenario.doc.root(), key);
  if (node.IsDefined() && node.IsScalar()) return node.Scalar();
  for (const auto& d : e.model->docs())
    if (d.key == key) return d.default_value;
  return "";
}

// Fails with the CLI's message, prefixed by the control, when `key=value` is refused.
void check_end(const CatalogueEntry& e, std::size_t i, const std::string& value) {
  const auto& a = e.scenario.engine.adjustable[i];
  sim::config::Document doc = e.scenario.doc.clone();
  try {
    doc.apply_override(a.key + "=" + value);
    e.model->validate({doc, sim::config::engine_schema().parse(doc, {}, true)});
  } catch (const sim::InputError& error) {
    throw sim::InputError(e.scenario.doc.name() + ": adjustable[" + std::to_string(i) + "] (" +
                          a.key + " = " + value + "): " + error.what());
  }
}

}  // namespace

Catalogue::Catalogue(const std::string& scenario_dir, const std::vector<std::string>& extra) {
  const fs::path dir(scenario_dir);
  for (const auto& p : yaml_files(dir / "teaching"))
    add(p.string(), "teaching/" + p.stem().string(), "teaching");
  for (const auto& p : yaml_files(dir)) add(p.string(), "pathway/" + p.stem().string(), "pathway");
  for (const auto& p : extra) add(p, p, "command line");
}

void Catalogue::add(const std::string& path, const std::string& id, const std::string& group) {
  if (find(id)) return;  // named twice
  CatalogueEntry e{id, group, sim::config::load_scenario(path, {}), nullptr, {}};
  e.model = &normsim::find_model(e.scenario.engine.model, &e.scenario);
  e.model->validate(e.scenario);
  const auto& controls = e.scenario.engine.adjustable;
  for (std::size_t i = 0; i < controls.size(); ++i) {
    const auto& a = controls[i];
    if (a.choices.empty()) {
      check_end(e, i, sim::config::format_number(a.min));
      check_end(e, i, sim::config::format_number(a.max));
    } else {
      for (const auto& c : a.choices) check_end(e, i, c);
    }
    e.values.push_back(current_value(e, a.key));
  }
  entries_.push_back(std::move(e));
}

const CatalogueEntry* Catalogue::find(const std::string& id) const {
  for (const auto& e : entries_)
    if (e.id == id) return &e;
  return nullptr;
}

nlohmann::json Catalogue::to_json() const {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& e : entries_) {
    nlohmann::json controls = nlohmann::json::array();
    const auto& adjustable = e.scenario.engine.adjustable;
    for (std::size_t i = 0; i < adjustable.size(); ++i) {
      const auto& a = adjustable[i];
      nlohmann::json c = {
          {"key", a.key}, {"label", a.label.empty() ? a.key : a.label}, {"value", e.values[i]}};
      if (a.choices.empty()) {
        c["min"] = a.min;
        c["max"] = a.max;
        c["step"] = a.step > 0 ? a.step : (a.max - a.min) / 100.0;
      } else {
        c["choices"] = a.choices;
      }
      controls.push_back(std::move(c));
    }
    out.push_back({{"id", e.id},
                   {"group", e.group},
                   {"model", e.scenario.engine.model},
                   {"description", e.scenario.engine.description},
                   {"seed", e.scenario.engine.seed},
                   {"controls", std::move(controls)}});
  }
  return out;
}

}  // namespace serve
