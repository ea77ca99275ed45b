#include "tools/serve/save_run.hpp"

#include "sim/core/error.hpp"
#include "tools/report/report.hpp"

namespace serve {

void save_run(const normsim::ModelEntry& model, const sim::config::Scenario& scenario,
              std::uint64_t seed, std::int64_t steps_done, const std::string& stem) {
  if (steps_done < 1) throw sim::InputError("nothing to save yet: run at least one step");
  sim::config::Document doc = scenario.doc.clone();
  doc.apply_override(model.steps_key + "=" + std::to_string(steps_done));
  const sim::config::Scenario cut{doc, scenario.engine};
  const auto outcome = model.run(cut, {stem + ".h5", seed, 1, true, {}});
  if (outcome.interrupted) throw sim::Interrupted("interrupted while saving " + stem + ".h5");
  report::write_report(stem + ".h5", stem + ".html");
}

}  // namespace serve
