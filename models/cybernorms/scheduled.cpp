#include "models/cybernorms/scheduled.hpp"

#include "models/cybernorms/agent_names.hpp"

namespace cybernorms {

namespace {

template <class T>
int index_of(const std::vector<T>& items, const std::string& name) {
  for (std::size_t i = 0; i < items.size(); ++i)
    if (items[i].name == name) return static_cast<int>(i);
  return -1;
}

}  // namespace

std::vector<Scheduled> resolve_events(const Params& p, const AgentNames& names) {
  std::vector<Scheduled> out;
  for (const auto& e : p.events) {
    Scheduled s;
    s.step = e.at;
    s.type = e.type;
    s.size = e.size;
    s.initiative = index_of(p.initiatives, e.initiative);
    if (e.type == EventType::kJoin || e.type == EventType::kLeave) s.agent = names.agent(e.agent);
    if (e.type == EventType::kTrustShock) {
      s.bloc1 = index_of(p.world.blocs, e.blocs[0]);
      s.bloc2 = index_of(p.world.blocs, e.blocs[1]);
    }
    out.push_back(s);
  }
  return out;
}

double trust_shock_factor(const std::vector<Scheduled>& events, std::int64_t step, int b1, int b2) {
  double factor = 1.0;
  for (const auto& e : events)
    if (e.step == step && e.type == EventType::kTrustShock &&
        ((e.bloc1 == b1 && e.bloc2 == b2) || (e.bloc1 == b2 && e.bloc2 == b1)))
      factor *= 1.0 - e.size;
  return factor;
}

double text_shock_factor(const std::vector<Scheduled>& events, std::int64_t step, int g) {
  double factor = 1.0;
  for (const auto& e : events)
    if (e.step == step && e.type == EventType::kTextShock && e.initiative == g)
      factor *= 1.0 - e.size;
  return factor;
}

}  // namespace cybernorms
