#include "models/cybernorms/founders.hpp"

#include <map>

namespace cybernorms {

void check_named_founders(const Params& p, const AgentNames& names, std::size_t g,
                          const sim::config::Schema<Params>::Checker& check) {
  const Initiative& x = p.initiatives[g];
  const std::int32_t region = p.region_index(x.region);
  const std::string at = "initiatives[" + std::to_string(g) + "].";
  for (const Kind kind : {kState, kFirm}) {
    const auto& ids = kind == kState ? x.founders.states : x.founders.firms;
    const std::string list = founders_list(kind);
    std::map<std::int32_t, std::size_t> seen;  // agent -> first position
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const std::string key = at + list + "[" + std::to_string(i) + "]";
      const AgentNames::Found f = names.find(kind, ids[i]);
      if (f.agent < 0) check.fail(key, f.error);
      const auto [first, fresh] = seen.emplace(f.agent, i);
      if (!fresh) {
        const std::string earlier = list + "[" + std::to_string(first->second) + "]";
        check.fail(key, ids[first->second] == ids[i]
                            ? "'" + ids[i] + "' is listed twice (first as " + earlier + ")"
                            : "'" + ids[i] + "' names the same agent as " + earlier + " ('" +
                                  ids[first->second] + "')");
      }
      if (region < 0) continue;
      const auto known = names.known_region(f.agent);
      if (!known)
        check.fail(key, std::string("the region of a generated ") + noun(kind) +
                            " depends on the seed, so the founders of a region-restricted "
                            "initiative are named from " +
                            (kind == kState ? "world.roster.states" : "world.roster.firms") +
                            " (or chosen by founders.top_" + (kind == kState ? "states" : "firms") +
                            ", which keeps to the region)");
      if (*known == region) continue;
      std::string is_in = std::string(noun(kind)) + " '" + ids[i] + "'";
      if (kind == kState) is_in += " is";
      if (kind == kFirm) {
        const auto home =
            p.world.roster.firms[static_cast<std::size_t>(f.agent - p.world.states)].home;
        is_in += " has its home state '" +
                 p.world.roster.states[static_cast<std::size_t>(home)].id + "'";
      }
      check.fail(key, is_in + " in region '" + p.world.regions[*known].name +
                          "', outside the initiative's region '" + x.region + "'");
    }
  }
}

std::vector<std::int32_t> named_founders(const Params& p, const AgentNames& names, std::size_t g) {
  std::vector<std::int32_t> out;
  const Founders& f = p.initiatives[g].founders;
  for (const auto& id : f.states) out.push_back(names.agent(kState, id));
  for (const auto& id : f.firms) out.push_back(names.agent(kFirm, id));
  return out;
}

}  // namespace cybernorms
