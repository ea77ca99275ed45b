#include "sim/config/engine_keys.hpp"

namespace sim::config {

namespace {

const Schema<Adjustable>& adjustable_schema() {
  static const Schema<Adjustable> schema = [] {
    Schema<Adjustable> s;
    s.text(
        "key", [](Adjustable& a) -> std::string& { return a.key; }, "", true, "a key path", "",
        "the parameter the control sets, as for --set (e.g. world.stance.sd)");
    s.text(
        "label", [](Adjustable& a) -> std::string& { return a.label; }, "", false,
        "the control's label (default: the key)");
    s.real(
        "min", [](Adjustable& a) -> double& { return a.min; }, 0.0, any_real(), "",
        "the slider's lowest value");
    s.real(
        "max", [](Adjustable& a) -> double& { return a.max; }, 1.0, any_real(), "",
        "the slider's highest value");
    s.real(
        "step", [](Adjustable& a) -> double& { return a.step; }, 0.0, at_least(0.0), "",
        "the slider's step; 0: a hundredth of the range");
    s.names(
        "choices", [](Adjustable& a) -> std::vector<std::string>& { return a.choices; }, {},
        "a list of YAML values", "", "a menu of values instead of a slider (e.g. [false, true])");
    s.rule([](const Adjustable& a, const Schema<Adjustable>::Checker& c) {
      if (a.choices.empty() && !(a.min < a.max))
        c.fail("max", "must be greater than min (" + format_number(a.min) + ")");
      if (a.choices.size() == 1) c.fail("choices", "give at least two choices");
    });
    return s;
  }();
  return schema;
}

}  // namespace

const Schema<EngineKeys>& engine_schema() {
  static const Schema<EngineKeys> schema = [] {
    Schema<EngineKeys> s;
    s.text(
        "model", [](EngineKeys& k) -> std::string& { return k.model; }, "", true,
        "which model the scenario runs (see `normsim describe`)");
    s.integer<std::uint64_t>(
        "seed", [](EngineKeys& k) -> std::uint64_t& { return k.seed; }, 1, 0,
        std::uint64_t{1} << 53, "", "base seed of every random stream; --seed overrides it");
    s.text(
        "description", [](EngineKeys& k) -> std::string& { return k.description; }, "", false,
        "free text saying what the scenario is for; stored in the output");
    s.records<Adjustable>(
        "adjustable", [](EngineKeys& k) -> std::vector<Adjustable>& { return k.adjustable; },
        adjustable_schema(), {},
        "controls `normsim serve` shows for this scenario (ignored by runs)");
    return s;
  }();
  return schema;
}

Scenario load_scenario(const std::string& path, const std::vector<std::string>& overrides) {
  Document doc = Document::from_file(path);
  for (const auto& o : overrides) doc.apply_override(o);
  EngineKeys engine = engine_schema().parse(doc, {}, true);
  return {std::move(doc), std::move(engine)};
}

}  // namespace sim::config
