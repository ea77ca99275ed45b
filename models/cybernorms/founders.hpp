#pragma once

#include "models/cybernorms/params.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cybernorms {

// Founders named in initiatives[].founders.states / .firms. A kind read from a CSV roster is
// named by the roster's `id` column; a generated kind by agent index, the naming of
// world.stance_overrides[].agent (states 0..states-1, then firms states..agents-1), so that
// one scenario names an agent the same way in both places.
class FounderNames {
 public:
  explicit FounderNames(const Params& p);

  struct Found {
    std::int32_t agent = -1;  // -1: `id` names no agent of the kind
    std::string error;        // then: why, for a message at the key
  };
  Found find(Kind kind, const std::string& id) const;
  // The agent `id` names; an InputError if none (parameters not checked by the schema).
  std::int32_t agent(Kind kind, const std::string& id) const;

  // The region index of an agent where it is fixed before the world is drawn (a rostered
  // state; a firm from a firms roster, by its home); nullopt where the seed decides it.
  std::optional<std::int32_t> known_region(std::int32_t agent) const;

 private:
  Found find_rostered(Kind kind, const std::string& id) const;
  Found find_generated(Kind kind, const std::string& id) const;

  const Params& p_;
  std::int64_t states_ = 0;
  std::int64_t agents_ = 0;
  std::map<std::string, std::int32_t> state_ids_;  // roster id -> agent
  std::map<std::string, std::int32_t> firm_ids_;
};

// True if any initiative names founders (top_* alone need no look-ups).
bool names_founders(const Params& p);

// Checks the named founders of initiative g: each id names an agent of its list's kind, once,
// and, for a region-restricted initiative, an agent of that region (top_* keep to the region
// too). Errors are at the element: `initiatives[g].founders.states[i]`.
void check_named_founders(const Params& p, const FounderNames& names, std::size_t g,
                          const sim::config::Schema<Params>::Checker& check);

// The agents initiative g names as founders (states first, in list order).
std::vector<std::int32_t> named_founders(const Params& p, const FounderNames& names, std::size_t g);

}  // namespace cybernorms
