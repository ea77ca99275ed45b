#include "sim/sweep/plan.hpp"

#include "sim/core/error.hpp"
#include "sim/core/fnv.hpp"
#include "sim/core/rng.hpp"

#include <cstdio>

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

bool SweepPlan::numeric(std::size_t j) const {
  for (const auto& r : rows) {
    double d = 0;
    if (!YAML::convert<double>::decode(YAML::Node(r.values.at(j).value), d)) return false;
  }
  return true;
}

std::string fingerprint_text(std::uint64_t fingerprint) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(fingerprint));
  return buf;
}

std::uint64_t derive_seed(std::uint64_t base, std::int64_t index) {
  Rng rng(base, static_cast<std::uint64_t>(index), kSeedPhase, 0);
  return rng.next_u64() >> 11;
}

}  // namespace sim::sweep
