#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace sim::io {

// The element types normsim records (the on-disk types are in h5.hpp).
enum class ElementType : std::uint8_t { kFloat64 = 0, kInt64 = 1 };
// Both element types are 8 bytes wide.
inline constexpr std::size_t kElementBytes = 8;
template <class T>
constexpr ElementType element_type() {
  static_assert(std::is_same_v<T, double> || std::is_same_v<T, std::int64_t>);
  return std::is_same_v<T, double> ? ElementType::kFloat64 : ElementType::kInt64;
}

}  // namespace sim::io
