#include "sim/sweep/plan.hpp"

#include "sim/core/error.hpp"
#include "sim/core/rng.hpp"

namespace sim::sweep {
namespace {

// Phase tag of the seed-derivation stream ("sweep" in ASCII), distinct from every model phase.
constexpr std::uint32_t kSeedPhase = 0x73776570;

void apply(config::Document& doc, const Assignment& a) {
  YAML::Node value;
  try {
    value = YAML::Load(a.value);
  } catch (const YAML::Exception& e) {
    throw InputError(a.origin + ": key '" + a.key + "': value is not valid YAML: " + e.msg);
  }
  doc.set(a.key, value, a.origin);
}

// FNV-1a, 64 bits: a stable hash of text (std::hash may differ between builds).
class Fnv {
 public:
  void add(const std::string& s) {
    for (const unsigned char c : s) mix(c);
    mix(0xff);  // separator, so that ("ab","c") and ("a","bc") differ
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

}  // namespace

config::Document SweepPlan::document(const PlanRow& row) const {
  config::Document doc = scenarios.at(row.scenario).doc.clone();
  for (const auto& a : fixed) apply(doc, a);
  for (const auto& a : row.values) apply(doc, a);
  return doc;
}

std::uint64_t SweepPlan::fingerprint() const {
  Fnv h;
  for (const auto& s : scenarios) h.add(s.doc.effective_text());
  for (const auto& p : parameters) h.add(p);
  for (const auto& a : fixed) {
    h.add(a.key);
    h.add(a.value);
  }
  for (const auto& r : rows) {
    h.add(static_cast<std::uint64_t>(r.index));
    h.add(r.seed);
    h.add(static_cast<std::uint64_t>(r.scenario));
    for (const auto& a : r.values) h.add(a.value);
  }
  return h.value();
}

std::uint64_t derive_seed(std::uint64_t base, std::int64_t index) {
  Rng rng(base, static_cast<std::uint64_t>(index), kSeedPhase, 0);
  return rng.next_u64() >> 11;
}

}  // namespace sim::sweep
