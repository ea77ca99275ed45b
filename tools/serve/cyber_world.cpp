#include "tools/serve/cyber_world.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace serve {

nlohmann::json cyber_world(const cybernorms::Params& params, const cybernorms::World& world,
                           const cybernorms::State& state, int norm) {
  const bool by_bloc = world.blocs > 1;
  std::vector<std::string> names;
  if (by_bloc)
    for (const auto& b : params.world.blocs) names.push_back(b.name);
  else
    for (const auto& r : params.world.regions) names.push_back(r.name);
  const auto& stage = state.stage.current();
  const auto group_of = [&](std::int32_t a) { return by_bloc ? world.bloc[a] : world.region[a]; };
  std::int32_t groups = 1;
  for (std::int32_t s = 0; s < world.states; ++s) groups = std::max(groups, group_of(s) + 1);

  nlohmann::json out;
  out["group_by"] = by_bloc ? "bloc" : "region";
  out["norms"] = nlohmann::json::array();
  for (const auto& n : params.norms) out["norms"].push_back(n.name);
  out["norm"] = norm;
  std::vector<nlohmann::json> members(static_cast<std::size_t>(groups), nlohmann::json::array());
  std::vector<std::array<std::int64_t, 3>> firms(static_cast<std::size_t>(world.states), {0, 0, 0});
  for (std::int32_t f = world.states; f < world.agents; ++f)
    ++firms[static_cast<std::size_t>(world.home[f])][stage[world.ak(f, norm)]];
  for (std::int32_t s = 0; s < world.states; ++s) {
    const auto& fs = firms[static_cast<std::size_t>(s)];
    members[static_cast<std::size_t>(group_of(s))].push_back({{"agent", s},
                                                              {"stage", stage[world.ak(s, norm)]},
                                                              {"weight", world.weight[s]},
                                                              {"firms", {fs[0], fs[1], fs[2]}}});
  }
  out["groups"] = nlohmann::json::array();
  for (std::int32_t g = 0; g < groups; ++g) {
    const auto i = static_cast<std::size_t>(g);
    const std::string name =
        i < names.size() ? names[i] : (by_bloc ? "bloc " : "region ") + std::to_string(g);
    out["groups"].push_back({{"name", name}, {"states", std::move(members[i])}});
  }
  return out;
}

}  // namespace serve
