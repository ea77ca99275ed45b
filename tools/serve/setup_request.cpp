#include "tools/serve/setup_request.hpp"

#include "sim/core/error.hpp"

#include <algorithm>

namespace serve {
namespace {

bool adjustable(const CatalogueEntry& e, const std::string& key) {
  const auto& a = e.scenario.engine.adjustable;
  return key == "seed" ||
         std::any_of(a.begin(), a.end(), [&](const auto& x) { return x.key == key; });
}

// The scenario with `controls` applied as --set overrides, checked by the model's schema.
sim::config::Scenario with_controls(const CatalogueEntry& e, const std::vector<Control>& controls) {
  sim::config::Document doc = e.scenario.doc.clone();
  for (const auto& c : controls) doc.apply_override(c.key + "=" + c.value);
  sim::config::Scenario s{doc, sim::config::engine_schema().parse(doc, {}, true)};
  e.model->validate(s);
  return s;
}

}  // namespace

PreparedSetup prepare_setup(const CatalogueEntry& entry, const SetupRequest& request) {
  std::vector<Control> all = request.values;
  if (request.seed) all.push_back({"seed", *request.seed});
  std::vector<FieldError> errors;
  // One by one first, so that each message goes next to its own control (B's under "b").
  const auto check = [&](const Control& c, const std::string& shown) {
    if (!adjustable(entry, c.key)) {
      errors.push_back({shown, "'" + c.key + "' is not an adjustable parameter of " + entry.id});
      return;
    }
    try {
      with_controls(entry, {c});
    } catch (const sim::InputError& e) {
      errors.push_back({shown, e.what()});
    }
  };
  for (const auto& c : all) check(c, c.key);
  if (request.b) check(*request.b, "b");
  if (!errors.empty()) throw SetupRejected(std::move(errors));
  PreparedSetup out;
  try {
    out.runs.push_back(with_controls(entry, all));
    if (request.b) {
      std::vector<Control> b = all;
      b.push_back(*request.b);
      out.runs.push_back(with_controls(entry, b));
    }
  } catch (const sim::InputError& e) {
    throw SetupRejected("", e.what());
  }
  out.seed = out.runs.front().engine.seed;
  return out;
}

}  // namespace serve
