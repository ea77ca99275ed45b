#pragma once

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

namespace cybernorms {

// What an agent's contacts read of it in step t, packed into one small record per agent:
// its vengefulness, then a bit field of its bloc (16 bits), stages (2 bits per norm),
// memberships (1 bit per initiative) and whether it spends advocacy budget. Contacts are scattered
// over memory, so reading separate arrays costs a cache miss per array per contact; one record of
// 16 bytes (the default world: 6 norms, 7 initiatives) costs at most one, and a million of them fit
// in cache far better than the arrays they summarise.
class Profiles {
 public:
  using Record = const std::uint64_t*;

  void reset(std::size_t agents, int norms, int initiatives) {
    norms_ = static_cast<unsigned>(norms);
    initiatives_ = static_cast<unsigned>(initiatives);
    const unsigned bits = kStages + 2 * norms_ + initiatives_ + 1;
    stride_ = 1 + (bits + 63) / 64;
    words_.resize(agents * stride_);  // set() writes every word of every record
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
  bool spends(Record r) const { return bits(r, kStages + 2 * norms_ + initiatives_, 1) != 0; }
  // The stages of norms 2q and 2q+1 in 4 bits (a pair never straddles words: the stages
  // start at bit 16 and words hold 64). With an odd count the last pair's high half is the
  // next field, which callers ignore.
  unsigned stage_pair(Record r, int q) const {
    return bits(r, kStages + 4 * static_cast<unsigned>(q), 0xf);
  }
  // Membership bits of initiatives g0 .. g0+7 (fewer at the end), in the low byte.
  unsigned member_byte(Record r, int g0) const {
    const unsigned at = kStages + 2 * norms_ + static_cast<unsigned>(g0);
    const unsigned count = std::min(8u, initiatives_ - static_cast<unsigned>(g0));
    std::uint64_t window = r[1 + at / 64] >> (at % 64);
    if (at % 64 + count > 64) window |= r[2 + at / 64] << (64 - at % 64);
    return static_cast<unsigned>(window) & ((1u << count) - 1);
  }

  // Agents are written once each, by one thread, so set() needs no synchronisation.
  // Blocs fit 16 bits: the parameters allow at most kMaxBlocs.
  void set(std::int32_t a, double vengefulness, int bloc, bool spends, const std::uint8_t* stages,
           const std::uint8_t* memberships) {
    std::uint64_t* r = words_.data() + static_cast<std::size_t>(a) * stride_;
    std::memcpy(r, &vengefulness, sizeof vengefulness);
    for (unsigned w = 1; w < stride_; ++w) r[w] = 0;
    put(r, 0, static_cast<unsigned>(bloc));
    for (unsigned k = 0; k < norms_; ++k) put(r, kStages + 2 * k, stages[k]);
    for (unsigned g = 0; g < initiatives_; ++g)
      put(r, kStages + 2 * norms_ + g, memberships[g] ? 1 : 0);
    put(r, kStages + 2 * norms_ + initiatives_, spends ? 1 : 0);
  }

 private:
  static constexpr unsigned kStages = 16;  // bit where the stages start, after the bloc
  // Fields never straddle words: the bloc fills bits 0-15, 2-bit fields start at even bits,
  // 1-bit fields cannot.
  static unsigned bits(Record r, unsigned at, unsigned mask) {
    return static_cast<unsigned>(r[1 + at / 64] >> (at % 64)) & mask;
  }
  static void put(std::uint64_t* r, unsigned at, unsigned value) {
    r[1 + at / 64] |= std::uint64_t{value} << (at % 64);
  }

  unsigned norms_ = 0;
  unsigned initiatives_ = 0;
  unsigned stride_ = 0;  // in 8-byte words
  std::vector<std::uint64_t> words_;
};

}  // namespace cybernorms
