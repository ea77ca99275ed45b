#pragma once

#include "models/axelrod/params.hpp"

#include <cstdint>
#include <string>

namespace axelrod {

// The paper's reading of a final population: the norm is established when agents are
// rarely bold and usually vengeful, collapsed when the reverse holds.
enum class Outcome : std::int64_t { kNeither = 0, kEstablished = 1, kCollapsed = 2 };

inline Outcome classify(double mean_boldness, double mean_vengefulness, const Classification& c) {
  if (mean_boldness <= c.established_max_boldness &&
      mean_vengefulness >= c.established_min_vengefulness)
    return Outcome::kEstablished;
  if (mean_boldness >= c.collapsed_min_boldness &&
      mean_vengefulness <= c.collapsed_max_vengefulness)
    return Outcome::kCollapsed;
  return Outcome::kNeither;
}

inline std::string outcome_name(Outcome o) {
  switch (o) {
    case Outcome::kEstablished: return "established";
    case Outcome::kCollapsed: return "collapsed";
    case Outcome::kNeither: return "neither";
  }
  return "neither";
}

}  // namespace axelrod
