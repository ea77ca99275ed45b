#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace sim {

// FNV-1a, 64 bits: a stable hash (std::hash may differ between builds) for fingerprints and
// checksums, not for security.
class Fnv {
 public:
  void add_bytes(const void* data, std::size_t size) {
    const auto* p = static_cast<const unsigned char*>(data);
    for (std::size_t i = 0; i < size; ++i) mix(p[i]);
  }
  // Text with a separator after it, so that ("ab", "c") and ("a", "bc") differ.
  void add(const std::string& s) {
    add_bytes(s.data(), s.size());
    mix(0xff);
  }
  void add(std::uint64_t v) {
    for (int i = 0; i < 8; ++i) mix(static_cast<unsigned char>(v >> (8 * i)));
  }
  std::uint64_t value() const { return h_; }

 private:
  void mix(unsigned char c) {
    h_ ^= c;
    h_ *= 0x100000001b3ULL;
  }
  std::uint64_t h_ = 0xcbf29ce484222325ULL;
};

}  // namespace sim
