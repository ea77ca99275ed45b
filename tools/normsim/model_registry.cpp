#include "tools/normsim/model_registry.hpp"

#include "sim/config/suggest.hpp"
#include "sim/core/error.hpp"
#include "sim/sweep/run_in_memory.hpp"
#include "tools/normsim/registered_models.hpp"  // generated: cmake/NormsimModel.cmake

namespace normsim {
namespace {

template <sim::Model M>
ModelEntry entry() {
  return {M::kName,
          M::kSummary,
          M::kStepsKey,
          M::kDrawsVersion,
          [] {
            auto docs = sim::config::engine_schema().docs();
            auto own = M::schema().docs();
            docs.insert(docs.end(), own.begin(), own.end());
            return docs;
          },
          [](const sim::config::Scenario& s) { sim::parse_params<M>(s); },
          [](const sim::config::Scenario& s, const sim::RunOptions& o) {
            return sim::run_model<M>(s, o);
          },
          sim::sweep::checker<M>(),
          sim::sweep::in_memory_runner<M>()};
}

}  // namespace

const std::vector<ModelEntry>& models() {
  static const std::vector<ModelEntry> all = [] {
    std::vector<ModelEntry> out;
    generated::for_each_model([&]<sim::Model M>() { out.push_back(entry<M>()); });
    return out;
  }();
  return all;
}

const ModelEntry& find_model(const std::string& name, const sim::config::Scenario* scenario) {
  std::vector<std::string> names;
  for (const auto& m : models()) {
    if (m.name == name) return m;
    names.push_back(m.name);
  }
  std::string message = "unknown model '" + name + "'";
  const std::string hint = sim::config::closest(name, names);
  if (!hint.empty()) message += " (did you mean '" + hint + "'?)";
  std::string known;
  for (const auto& n : names) known += (known.empty() ? "" : ", ") + n;
  message += "; known models: " + known;
  if (scenario)
    message =
        scenario->doc.error_at("model", sim::config::find_node(scenario->doc.root(), "model")) +
        message;
  throw sim::InputError(message);
}

}  // namespace normsim
