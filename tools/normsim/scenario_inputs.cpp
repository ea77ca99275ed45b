#include "tools/normsim/scenario_inputs.hpp"

#include "sim/sweep/runner.hpp"
#include "sim/sweep/sweep_spec.hpp"

namespace normsim {

sim::config::Scenario load(const ScenarioInputs& in) {
  std::vector<std::string> overrides = in.overrides;
  if (in.seed) overrides.push_back("seed=" + std::to_string(*in.seed));
  auto scenario = sim::config::load_scenario(in.scenario, overrides);
  if (in.steps) {
    // --steps is the model's step-count key, set once the model is known.
    const auto& m = find_model(scenario.engine.model, &scenario);
    overrides.push_back(m.steps_key + "=" + std::to_string(*in.steps));
    scenario = sim::config::load_scenario(in.scenario, overrides);
  }
  return scenario;
}

LoadedSweep load_sweep(const ScenarioInputs& in) {
  LoadedSweep out{load(in), nullptr, {}};
  out.model = &find_model(out.scenario.engine.model, &out.scenario);
  if (in.design.empty()) {
    out.plan = sim::sweep::expand_sweep(out.scenario, nullptr);
  } else {
    if (sim::sweep::has_sweep(out.scenario.doc))
      throw sim::InputError(in.scenario + ": has its own `sweep:` block and --design " + in.design +
                            " gives another; keep one");
    const auto design = sim::config::Document::from_file(in.design);
    out.plan = sim::sweep::expand_sweep(out.scenario, &design);
  }
  sim::sweep::check_plan(out.plan, out.model->check);
  return out;
}

sim::io::Provenance provenance(const sim::config::Scenario& s, std::uint64_t seed, int threads) {
  return {s.engine.model,
          s.doc.name(),
          s.doc.effective_text(),
          s.doc.source_text(),
          s.engine.description,
          seed,
          threads,
          "normsim.run",
          find_model(s.engine.model, &s).draws_version};
}

}  // namespace normsim
