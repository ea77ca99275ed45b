#include "tiny_world.hpp"

#include "sim/config/document.hpp"

namespace cybernorms::testing {

std::string quiet_model(int states, int firms) {
  return "norms:\n"
         "  - {name: n, cost: {state: 0, firm: 0}, benefit: 0, contention: 0, restrictiveness: 0,\n"
         "     temptation: {state: 0, firm: 0}, misattribution: 0, visibility: 1}\n"
         "world:\n"
         "  states: " +
         std::to_string(states) +
         "\n"
         "  firms: " +
         std::to_string(firms) +
         "\n"
         "  stance: {sd: 0}\n"
         "mechanisms:\n"
         "  adoption: {w_sec: 0, w_rep: 0, w_mem: 0, w_reg: 0, w_harm: 0, w_adv: 0}\n";
}

TinyWorld::TinyWorld(const std::string& yaml, std::uint64_t s)
    : params(schema().parse(sim::config::Document::from_text(yaml, "tiny.yaml"))),
      world(generate_world(params, s)),
      state(State::initial(world, params)),
      seed(s) {}

void TinyWorld::link(const std::vector<std::pair<std::int32_t, std::int32_t>>& pairs) {
  std::vector<sim::CsrGraph::Edge> edges;
  for (const auto& [a, b] : pairs) {
    edges.push_back({a, b, 1.0});
    edges.push_back({b, a, 1.0});
  }
  world.contacts = sim::CsrGraph(world.agents, edges);
}

Events TinyWorld::fresh_events() const {
  Events e;
  e.reset(static_cast<std::size_t>(world.agents), world.norms, world.blocs);
  return e;
}

}  // namespace cybernorms::testing
