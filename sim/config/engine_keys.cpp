#include "sim/config/engine_keys.hpp"

namespace sim::config {

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
