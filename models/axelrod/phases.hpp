#pragma once

#include <cstdint>

namespace axelrod {

// Random-stream identifiers, one per use of randomness, so no two draws share a counter.
inline constexpr std::uint32_t kPhaseInit = 1;
inline constexpr std::uint32_t kPhaseObservers = 2;
inline constexpr std::uint32_t kPhasePlay = 3;
inline constexpr std::uint32_t kPhaseSelection = 6;
inline constexpr std::uint32_t kPhaseMutation = 7;
inline constexpr std::uint32_t kPhasePlacement = 8;
inline constexpr std::uint32_t kPhaseFixedGraph = 9;

}  // namespace axelrod
