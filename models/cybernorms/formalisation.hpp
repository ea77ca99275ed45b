#pragma once

#include <cstdint>

namespace cybernorms {

// Share of state s's home firms implementing norm k (0 when it has no home firms).
struct HomeShare {
  std::int64_t firms = 0;
  std::int64_t implementing = 0;
  double share() const {
    return firms ? static_cast<double>(implementing) / static_cast<double>(firms) : 0.0;
  }
};

// The bottom-up trigger: a state with home firms whose implementing share reaches phi.
bool bottom_up_trigger(const HomeShare& home, double phi);

}  // namespace cybernorms
