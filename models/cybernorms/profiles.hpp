#pragma once

#include <cstdint>
#include <cstring>
#include <vector>

namespace cybernorms {

// What others read of an agent in step t, packed into one small record per agent: its
// vengefulness, then a bit field of its bloc (16 bits), stages (2 bits per norm) and
// memberships (1 bit per initiative). Observers in the sanction phase are scattered over
// memory, so reading separate arrays costs a cache miss per array per observer; one record of
// 16 bytes (the default world: 6 norms, 7 initiatives) costs at most one, and a million of them
// fit in cache far better than the arrays they summarise. Comparing an agent's records of two
// steps tells whether its contacts' sums must change (see ContactSums).
class Profiles {
 public:
  using Record = const std::uint64_t*;

  void reset(std::size_t agents, int norms, int initiatives) {
    norms_ = static_cast<unsigned>(norms);
    initiatives_ = static_cast<unsigned>(initiatives);
    const unsigned bits = kStages + 2 * norms_ + initiatives_;
    stride_ = 1 + (bits + 63) / 64;
    words_.resize(agents * stride_);  // set() writes every word of every record
  }

  std::size_t agents() const { return stride_ == 0 ? 0 : words_.size() / stride_; }
  int norms() const { return static_cast<int>(norms_); }
  int initiatives() const { return static_cast<int>(initiatives_); }
  // Whether two records (of this layout) say the same of their agents.
  // (A loop, not std::equal: that calls memcmp for records of two words.)
  bool same(Record x, Record y) const {
    for (unsigned w = 0; w < stride_; ++w)
      if (x[w] != y[w]) return false;
    return true;
  }

  Record record(std::int32_t a) const {
    return words_.data() + static_cast<std::size_t>(a) * stride_;
  }
  static double vengefulness(Record r) {
    double v;
    std::memcpy(&v, r, sizeof v);
    return v;
  }
  static int bloc(Record r) { return static_cast<int>(bits(r, 0, 0xffff)); }
  unsigned stage(Record r, int k) const {
    return bits(r, kStages + 2 * static_cast<unsigned>(k), 3);
  }
  bool member(Record r, int g) const {
    return bits(r, kStages + 2 * norms_ + static_cast<unsigned>(g), 1) != 0;
  }
  // Agents are written once each, by one thread, so set() needs no synchronisation.
  // Blocs fit 16 bits: the parameters allow at most kMaxBlocs.
  // Each word is put together in a register and stored once: or-ing fields into the array
  // would read every record's memory first (a cache miss per record, the arrays being larger
  // than the cache).
  void set(std::int32_t a, double vengefulness, int bloc, const std::uint8_t* stages,
           const std::uint8_t* memberships) {
    std::uint64_t* r = words_.data() + static_cast<std::size_t>(a) * stride_;
    std::memcpy(r, &vengefulness, sizeof vengefulness);
    std::uint64_t word = 0;
    unsigned filled = 0;  // words of the bit field stored
    const auto put = [&](unsigned at, unsigned value) {
      for (; filled < at / 64; word = 0) r[1 + filled++] = word;
      word |= std::uint64_t{value} << (at % 64);
    };
    put(0, static_cast<unsigned>(bloc));
    for (unsigned k = 0; k < norms_; ++k) put(kStages + 2 * k, stages[k]);
    for (unsigned g = 0; g < initiatives_; ++g)
      put(kStages + 2 * norms_ + g, memberships[g] ? 1 : 0);
    r[1 + filled] = word;
  }

 private:
  static constexpr unsigned kStages = 16;  // bit where the stages start, after the bloc
  // Fields never straddle words: the bloc fills bits 0-15, 2-bit fields start at even bits,
  // 1-bit fields cannot.
  static unsigned bits(Record r, unsigned at, unsigned mask) {
    return static_cast<unsigned>(r[1 + at / 64] >> (at % 64)) & mask;
  }

  unsigned norms_ = 0;
  unsigned initiatives_ = 0;
  unsigned stride_ = 0;  // in 8-byte words
  std::vector<std::uint64_t> words_;
};

}  // namespace cybernorms
