#pragma once

#include <Random123/philox.h>

#include <array>
#include <cstdint>

namespace sim {

__extension__ using uint128 = unsigned __int128;

// A counter-based random stream (Philox4x64-10, Random123). Each stream is keyed by
// (seed, step, phase, agent, slot), so a draw depends only on where it is used, never on the
// order in which threads reach it: results are identical whatever the thread count.
// Successive calls walk the fourth counter word, giving four 64-bit words per Philox block.
class Rng {
 public:
  // `block` starts the stream further on, giving random access: stream (..., slot, b) is
  // independent of (..., slot, b') for b != b', as long as each draws at most 4 words.
  Rng(std::uint64_t seed, std::uint64_t step, std::uint32_t phase, std::uint64_t agent,
      std::uint32_t slot = 0, std::uint64_t block = 0)
      : key_{{seed, 0x6e6f726d73696dULL}},
        ctr_{{step, (std::uint64_t{phase} << 32) | slot, agent, block}},
        first_(block) {}

  // The first Philox block of stream (seed, step, phase, agent, slot).
  using Block = std::array<std::uint64_t, 4>;
  static Block first_block(std::uint64_t seed, std::uint64_t step, std::uint32_t phase,
                           std::uint64_t agent, std::uint32_t slot = 0) {
    Rng r(seed, step, phase, agent, slot);
    r.refill();
    return r.block_;
  }
  // The same stream, its first block (first_block of the same arguments) computed by the
  // caller: computed for the next agent while the current one is worked on, its latency
  // (tens of cycles of dependent multiplies) overlaps that work instead of stalling it.
  Rng(std::uint64_t seed, std::uint64_t step, std::uint32_t phase, std::uint64_t agent,
      std::uint32_t slot, const Block& first)
      : Rng(seed, step, phase, agent, slot) {
    block_ = first;
    ++ctr_[3];
    used_ = 0;
  }

  // Moves to word i of the stream (the i-th of next_u64 from the start), computing only the
  // block that holds it: a phase that needs a few of its agent's draws pays for those alone,
  // and each draw is the same as when read in sequence.
  void seek(std::uint64_t i) {
    const std::uint64_t block = first_ + i / 4;
    if (used_ == 4 || ctr_[3] != block + 1) {
      ctr_[3] = block;
      refill();
    }
    used_ = static_cast<int>(i % 4);
    high_pending_ = false;
  }

  // Moves to half-word i (the i-th of next_u32 from the start), as seek does for words.
  void seek32(std::uint64_t i) {
    seek(i / 2);
    if (i % 2 != 0) next_u32();
  }

  std::uint64_t next_u64() {
    if (used_ == 4) refill();
    high_pending_ = false;
    return block_[used_++];
  }

  // Half a word: the low half of the next word, then its high half. A next_u64 in between
  // starts a fresh word (the pending high half is skipped).
  std::uint32_t next_u32() {
    if (high_pending_) {
      high_pending_ = false;
      return static_cast<std::uint32_t>(block_[used_ - 1] >> 32);
    }
    const std::uint64_t word = next_u64();
    high_pending_ = true;
    return static_cast<std::uint32_t>(word);
  }

  // Uniform on [0, 1) with 53 random bits.
  double uniform() { return static_cast<double>(next_u64() >> 11) * 0x1.0p-53; }

  // Uniform integer in [0, n) by Lemire's multiply-and-reject: unbiased and deterministic.
  std::uint64_t below(std::uint64_t n) {
    const std::uint64_t threshold = (0 - n) % n;
    for (;;) {
      const uint128 m = static_cast<uint128>(next_u64()) * n;
      if (static_cast<std::uint64_t>(m) >= threshold) return static_cast<std::uint64_t>(m >> 64);
    }
  }

  // Uniform on [0, 1) with 32 random bits, from half a word. For a draw compared with a
  // probability a resolution of 2^-32 is ample, and it takes half the Philox blocks.
  double uniform32() { return static_cast<double>(next_u32()) * 0x1.0p-32; }

  bool bernoulli(double p) { return uniform() < p; }
  // True with probability p to a resolution of 2^-32, from half a word.
  bool bernoulli32(double p) { return uniform32() < p; }

 private:
  void refill() {
    const auto out = r123::Philox4x64{}(ctr_, key_);
    for (int i = 0; i < 4; ++i) block_[i] = out[i];
    ++ctr_[3];
    used_ = 0;
  }

  r123::Philox4x64::key_type key_;
  r123::Philox4x64::ctr_type ctr_;
  std::uint64_t first_;  // the block word 0 is in
  std::array<std::uint64_t, 4> block_{};
  int used_ = 4;
  bool high_pending_ = false;  // next_u32 gives the high half of block_[used_ - 1]
};

// Which per-agent streams a loop draws from: stream (seed, step, phase, i, slot 0) for agent i.
struct StreamKey {
  std::uint64_t seed;
  std::uint64_t step;
  std::uint32_t phase;
};

// The streams (seed, step, phase, agent, slot 0) of agents begin, begin + 1, ... taken in turn,
// each one's first block computed while the stream before it is in use (see Rng's constructor
// from a first block): the same draws as constructing each Rng in place, sooner.
class AgentStreams {
 public:
  AgentStreams(StreamKey key, std::uint64_t begin)
      : key_(key), agent_(begin), ahead_(first_block()) {}

  // The stream of the next agent.
  Rng next() {
    const Rng r(key_.seed, key_.step, key_.phase, agent_, 0, ahead_);
    ++agent_;
    ahead_ = first_block();
    return r;
  }

 private:
  Rng::Block first_block() const {
    return Rng::first_block(key_.seed, key_.step, key_.phase, agent_);
  }

  StreamKey key_;
  std::uint64_t agent_;
  Rng::Block ahead_;
};

}  // namespace sim
