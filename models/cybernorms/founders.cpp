#include "models/cybernorms/founders.hpp"

#include "sim/config/suggest.hpp"
#include "sim/core/error.hpp"

#include <charconv>
#include <filesystem>

namespace cybernorms {
namespace {

const char* noun(Kind kind) {
  return kind == kState ? "state" : "firm";
}
const char* list_of(Kind kind) {
  return kind == kState ? "founders.states" : "founders.firms";
}
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

FounderNames::FounderNames(const Params& p)
    : p_(p), states_(p.world.states), agents_(p.world.states + p.world.firms) {
  const auto& r = p.world.roster;
  for (std::size_t i = 0; i < r.states.size(); ++i)
    state_ids_.emplace(r.states[i].id, static_cast<std::int32_t>(i));
  for (std::size_t i = 0; i < r.firms.size(); ++i)
    firm_ids_.emplace(r.firms[i].id,
                      static_cast<std::int32_t>(states_ + static_cast<std::int64_t>(i)));
}

FounderNames::Found FounderNames::find(Kind kind, const std::string& id) const {
  const bool rostered =
      kind == kState ? !p_.world.roster.states.empty() : !p_.world.roster.firms.empty();
  return rostered ? find_rostered(kind, id) : find_generated(kind, id);
}

FounderNames::Found FounderNames::find_rostered(Kind kind, const std::string& id) const {
  const auto& ids = kind == kState ? state_ids_ : firm_ids_;
  if (const auto it = ids.find(id); it != ids.end()) return {it->second, ""};
  const auto& others = kind == kState ? firm_ids_ : state_ids_;
  if (others.count(id))
    return {-1, "'" + id + "' is a " + noun(other(kind)) + ", not a " + noun(kind) +
                    ": name it under " + list_of(other(kind))};
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

FounderNames::Found FounderNames::find_generated(Kind kind, const std::string& id) const {
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

std::int32_t FounderNames::agent(Kind kind, const std::string& id) const {
  const Found f = find(kind, id);
  if (f.agent < 0) throw sim::InputError("founder: " + f.error);
  return f.agent;
}

std::optional<std::int32_t> FounderNames::known_region(std::int32_t agent) const {
  const auto& r = p_.world.roster;
  if (agent < states_) {
    if (r.states.empty()) return std::nullopt;
    return r.states[static_cast<std::size_t>(agent)].region;
  }
  if (r.firms.empty()) return std::nullopt;
  const std::int32_t home = r.firms[static_cast<std::size_t>(agent - states_)].home;
  return r.states[static_cast<std::size_t>(home)].region;
}

bool names_founders(const Params& p) {
  for (const auto& x : p.initiatives)
    if (!x.founders.states.empty() || !x.founders.firms.empty()) return true;
  return false;
}

void check_named_founders(const Params& p, const FounderNames& names, std::size_t g,
                          const sim::config::Schema<Params>::Checker& check) {
  const Initiative& x = p.initiatives[g];
  const std::int32_t region = p.region_index(x.region);
  const std::string at = "initiatives[" + std::to_string(g) + "].";
  for (const Kind kind : {kState, kFirm}) {
    const auto& ids = kind == kState ? x.founders.states : x.founders.firms;
    const std::string list = list_of(kind);
    std::map<std::int32_t, std::size_t> seen;  // agent -> first position
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const std::string key = at + list + "[" + std::to_string(i) + "]";
      const FounderNames::Found f = names.find(kind, ids[i]);
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

std::vector<std::int32_t> named_founders(const Params& p, const FounderNames& names,
                                         std::size_t g) {
  std::vector<std::int32_t> out;
  const Founders& f = p.initiatives[g].founders;
  for (const auto& id : f.states) out.push_back(names.agent(kState, id));
  for (const auto& id : f.firms) out.push_back(names.agent(kFirm, id));
  return out;
}

}  // namespace cybernorms
