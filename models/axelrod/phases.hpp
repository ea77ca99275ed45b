#pragma once

#include <cstdint>

namespace axelrod {

// Random-stream identifiers, one per use of randomness, so no two draws share a counter.
inline constexpr std::uint32_t kPhaseInit = 1;
inline constexpr std::uint32_t kPhaseObservers = 2;
inline constexpr std::uint32_t kPhaseOpportunity = 3;
inline constexpr std::uint32_t kPhaseObserve = 4;
inline constexpr std::uint32_t kPhaseMetaObserve = 5;
inline constexpr std::uint32_t kPhaseSelection = 6;
inline constexpr std::uint32_t kPhaseMutation = 7;

}  // namespace axelrod
