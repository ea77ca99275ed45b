#include "models/cybernorms/agent_names.hpp"

#include "sim/config/suggest.hpp"
#include "sim/core/error.hpp"

#include <charconv>
#include <filesystem>
#include <vector>

namespace cybernorms {
namespace {

Kind other(Kind kind) {
  return kind == kState ? kFirm : kState;
}

std::string file_name(const std::string& path) {
  return std::filesystem::path(path).filename().string();
}

// A whole number without sign, or nullopt.
std::optional<std::int64_t> index_in(const std::string& id) {
  std::int64_t v = 0;
  const char* end = id.data() + id.size();
  if (id.empty() || id.front() == '-' || id.front() == '+') return std::nullopt;
  const auto [at, ec] = std::from_chars(id.data(), end, v);
  if (ec != std::errc() || at != end) return std::nullopt;
  return v;
}

std::string range(std::int64_t begin, std::int64_t end) {
  return std::to_string(begin) + ".." + std::to_string(end - 1);
}

}  // namespace

const char* noun(Kind kind) {
  return kind == kState ? "state" : "firm";
}

const char* founders_list(Kind kind) {
  return kind == kState ? "founders.states" : "founders.firms";
}

AgentNames::AgentNames(const Params& p)
    : p_(p), states_(p.world.states), agents_(p.world.states + p.world.firms) {
  const auto& r = p.world.roster;
  for (std::size_t i = 0; i < r.states.size(); ++i)
    state_ids_.emplace(r.states[i].id, static_cast<std::int32_t>(i));
  for (std::size_t i = 0; i < r.firms.size(); ++i)
    firm_ids_.emplace(r.firms[i].id,
                      static_cast<std::int32_t>(states_ + static_cast<std::int64_t>(i)));
}

bool AgentNames::rostered(Kind kind) const {
  return kind == kState ? !p_.world.roster.states.empty() : !p_.world.roster.firms.empty();
}

AgentNames::Found AgentNames::find(Kind kind, const std::string& id) const {
  return rostered(kind) ? find_rostered(kind, id) : find_generated(kind, id);
}

AgentNames::Found AgentNames::find_rostered(Kind kind, const std::string& id) const {
  const auto& ids = kind == kState ? state_ids_ : firm_ids_;
  if (const auto it = ids.find(id); it != ids.end()) return {it->second, ""};
  const auto& others = kind == kState ? firm_ids_ : state_ids_;
  if (others.count(id))
    return {-1, "'" + id + "' is a " + noun(other(kind)) + ", not a " + noun(kind) +
                    ": name it under " + founders_list(other(kind))};
  std::vector<std::string> known;
  for (const auto& entry : ids) known.push_back(entry.first);
  const std::string& file =
      kind == kState ? p_.world.roster.states_file : p_.world.roster.firms_file;
  std::string message =
      "unknown " + std::string(noun(kind)) + " '" + id + "': no such id in " + file_name(file);
  const std::string hint = sim::config::closest(id, known);
  if (!hint.empty()) message += " (did you mean '" + hint + "'?)";
  return {-1, message};
}

AgentNames::Found AgentNames::find_generated(Kind kind, const std::string& id) const {
  // A rostered state named among generated firms is a kind error, not an unknown name.
  if (kind == kFirm && state_ids_.count(id))
    return {-1, "'" + id + "' is a state, not a firm: name it under founders.states"};
  const std::int64_t begin = kind == kState ? 0 : states_;
  const std::int64_t end = kind == kState ? states_ : agents_;
  const std::string which = kind == kState ? "states" : "firms";
  const std::string span =
      begin == end ? "there are no firms" : which + " are agents " + range(begin, end);
  const auto n = index_in(id);
  if (!n)
    return {-1, "unknown " + std::string(noun(kind)) + " '" + id + "': generated " + which +
                    " are named by agent index, as in world.stance_overrides (" + span + ")"};
  if (*n >= begin && *n < end) return {static_cast<std::int32_t>(*n), ""};
  if (*n < agents_)
    return {-1, "agent " + id + " is a " + noun(other(kind)) + ", not a " + noun(kind) + " (" +
                    span + ")"};
  return {-1, "no agent " + id + " (" + span + ")"};
}

AgentNames::Found AgentNames::find(const std::string& id) const {
  const auto state = state_ids_.find(id);
  const auto firm = firm_ids_.find(id);
  const auto& r = p_.world.roster;
  if (state != state_ids_.end() && firm != firm_ids_.end())
    return {-1, "'" + id + "' is an id in both " + file_name(r.states_file) + " and " +
                    file_name(r.firms_file) + ", so it is ambiguous: give one of them another id"};
  if (state != state_ids_.end()) return {state->second, ""};
  if (firm != firm_ids_.end()) return {firm->second, ""};
  return find_index(id);
}

// A name that is no roster id: an agent index of a generated kind.
AgentNames::Found AgentNames::find_index(const std::string& id) const {
  const auto& r = p_.world.roster;
  const auto n = index_in(id);
  if (n && *n >= agents_)
    return {-1, "no agent " + id + " (there are " + std::to_string(agents_) + ")"};
  if (n) {
    const Kind kind = *n < states_ ? kState : kFirm;
    if (!rostered(kind)) return {static_cast<std::int32_t>(*n), ""};
    const auto row = static_cast<std::size_t>(kind == kState ? *n : *n - states_);
    return {-1, "agent " + id + " is a " + noun(kind) + " of " +
                    file_name(kind == kState ? r.states_file : r.firms_file) +
                    ": name it by its id '" +
                    (kind == kState ? r.states[row].id : r.firms[row].id) + "'"};
  }
  std::string message = "unknown agent '" + id + "': ";
  std::vector<std::string> known;
  if (rostered(kState)) {
    message += "no such id in " + file_name(r.states_file);
    if (rostered(kFirm)) message += " or " + file_name(r.firms_file);
    for (const auto& entry : state_ids_) known.push_back(entry.first);
    for (const auto& entry : firm_ids_) known.push_back(entry.first);
    if (!rostered(kFirm) && agents_ > states_)
      message += "; generated firms are named by agent index (" + range(states_, agents_) + ")";
  } else {
    message += "generated agents are named by agent index (" + range(0, agents_) + ")";
  }
  const std::string hint = sim::config::closest(id, known);
  if (!hint.empty()) message += " (did you mean '" + hint + "'?)";
  return {-1, message};
}

std::int32_t AgentNames::agent(Kind kind, const std::string& id) const {
  const Found f = find(kind, id);
  if (f.agent < 0) throw sim::InputError("founder: " + f.error);
  return f.agent;
}

std::int32_t AgentNames::agent(const std::string& id) const {
  const Found f = find(id);
  if (f.agent < 0) throw sim::InputError("agent: " + f.error);
  return f.agent;
}

std::optional<std::int32_t> AgentNames::known_region(std::int32_t agent) const {
  const auto& r = p_.world.roster;
  if (agent < states_) {
    if (r.states.empty()) return std::nullopt;
    return r.states[static_cast<std::size_t>(agent)].region;
  }
  if (r.firms.empty()) return std::nullopt;
  const std::int32_t home = r.firms[static_cast<std::size_t>(agent - states_)].home;
  return r.states[static_cast<std::size_t>(home)].region;
}

}  // namespace cybernorms
