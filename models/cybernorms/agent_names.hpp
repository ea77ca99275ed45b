#pragma once

#include "models/cybernorms/params.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace cybernorms {

// How a scenario names one agent: a kind read from a CSV roster by the roster's `id` column,
// a generated kind by agent index (states 0..states-1, then firms states..agents-1). Founders
// (initiatives[].founders.states / .firms, founders.hpp) and world.stance_overrides[].agent
// read names through this one look-up, so a scenario names an agent the same way everywhere.
class AgentNames {
 public:
  explicit AgentNames(const Params& p);

  struct Found {
    std::int32_t agent = -1;  // -1: the name gives no agent
    std::string error;        // then: why, for a message at the key
  };
  // An agent of `kind` (a founders list); the messages point to the other founders list
  // where the name is of the other kind.
  Found find(Kind kind, const std::string& id) const;
  // An agent of either kind (a stance override, which does not say the kind). A roster id is
  // read as that id even where it looks like a number: "12" is the roster row with id "12",
  // whatever agent 12 is. Only a name that is no roster id is read as an agent index, and
  // only an index of a generated kind (a rostered agent is named by its id). An id of both
  // rosters is ambiguous, an error.
  Found find(const std::string& id) const;
  // The agent `id` names; an InputError if none (parameters not checked by the schema).
  std::int32_t agent(Kind kind, const std::string& id) const;
  std::int32_t agent(const std::string& id) const;

  // The region index of an agent where it is fixed before the world is drawn (a rostered
  // state; a firm from a firms roster, by its home); nullopt where the seed decides it.
  std::optional<std::int32_t> known_region(std::int32_t agent) const;

 private:
  bool rostered(Kind kind) const;
  Found find_rostered(Kind kind, const std::string& id) const;
  Found find_generated(Kind kind, const std::string& id) const;
  Found find_index(const std::string& id) const;

  const Params& p_;
  std::int64_t states_ = 0;
  std::int64_t agents_ = 0;
  std::map<std::string, std::int32_t> state_ids_;  // roster id -> agent
  std::map<std::string, std::int32_t> firm_ids_;
};

// "state" or "firm".
const char* noun(Kind kind);
// The founders list naming agents of `kind`: "founders.states" or "founders.firms".
const char* founders_list(Kind kind);

}  // namespace cybernorms
