#pragma once

#include <Random123/philox.h>

#include <array>
#include <cstdint>

namespace axelrod {

// 32-bit uniform draws of the Philox stream (seed, step, phase, agent), made 512 at a time
// and handed out in runs: `take(n)` gives the next n draws as an array, so that a loop over
// them (a coin flip per observer) reads memory instead of calling the generator. A run that
// does not fit in what is left of the buffer starts a fresh buffer (the rest is skipped: a
// draw is used at most once, and which are skipped depends on the requests alone).
class U32Stream {
 public:
  static constexpr std::size_t kSize = 512;

  U32Stream(std::uint64_t seed, std::uint64_t step, std::uint32_t phase, std::uint64_t agent)
      : key_{{seed, 0x6e6f726d73696dULL}}, ctr_{{step, std::uint64_t{phase} << 32, agent, 0}} {}

  // The next n <= kSize draws.
  const std::uint32_t* take(std::size_t n) {
    if (used_ + n > kSize) refill();
    const std::uint32_t* run = buffer_.data() + used_;
    used_ += n;
    return run;
  }
  std::uint32_t next() {
    if (used_ == kSize) refill();
    return buffer_[used_++];
  }

 private:
  // Out of line: the rare refill kept out of the loops that draw, so that next() inlines.
  [[gnu::noinline]] void refill() {
    const r123::Philox4x64 philox;
    for (std::size_t b = 0; b < kSize / 8; ++b) {
      const auto out = philox(ctr_, key_);
      ++ctr_[3];
      for (std::size_t w = 0; w < 4; ++w) {
        buffer_[8 * b + 2 * w] = static_cast<std::uint32_t>(out[w]);
        buffer_[8 * b + 2 * w + 1] = static_cast<std::uint32_t>(out[w] >> 32);
      }
    }
    used_ = 0;
  }

  r123::Philox4x64::key_type key_;
  r123::Philox4x64::ctr_type ctr_;
  std::array<std::uint32_t, kSize> buffer_{};
  std::size_t used_ = kSize;
};

// Uniform integer in [0, n), 0 < n, by Lemire's multiply-and-reject on 32-bit draws: unbiased,
// and the division that sets the rejection threshold is made only in the rare case that may
// need it (the low half of the product below n).
inline std::uint32_t below(U32Stream& stream, std::uint32_t n) {
  std::uint64_t m = std::uint64_t{stream.next()} * n;
  if (static_cast<std::uint32_t>(m) < n) {
    const std::uint32_t threshold = (0u - n) % n;
    while (static_cast<std::uint32_t>(m) < threshold) m = std::uint64_t{stream.next()} * n;
  }
  return static_cast<std::uint32_t>(m >> 32);
}

}  // namespace axelrod
