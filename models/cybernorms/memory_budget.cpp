#include "models/cybernorms/memory_budget.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

namespace cybernorms {
namespace {

constexpr double kBytesPerStatePair = 7.0;
constexpr double kBytesPerAgent = 800.0;
constexpr double kBase = 64.0 * (1 << 20);
constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

double estimate(const Params& p) {
  const auto states = static_cast<double>(p.world.states);
  const auto agents = states + static_cast<double>(p.world.firms);
  return kBase + kBytesPerStatePair * states * states + kBytesPerAgent * agents;
}

// The limit in bytes and where it comes from.
std::pair<double, std::string> limit() {
  if (const char* env = std::getenv("NORMSIM_MEMORY_LIMIT_GIB")) {
    char* end = nullptr;
    const double gib = std::strtod(env, &end);
    if (end != env && *end == '\0' && gib > 0)
      return {gib * kGiB, "NORMSIM_MEMORY_LIMIT_GIB=" + std::string(env)};
  }
  const double bytes =
      static_cast<double>(::sysconf(_SC_PHYS_PAGES)) * static_cast<double>(::sysconf(_SC_PAGESIZE));
  return {bytes, "this machine's memory"};
}

std::string gib(double bytes) {
  char buf[32];
  if (bytes >= kGiB)
    std::snprintf(buf, sizeof buf, "%.1f GiB", bytes / kGiB);
  else
    std::snprintf(buf, sizeof buf, "%.0f MiB", bytes / (1 << 20));
  return buf;
}

}  // namespace

void check_memory(const Params& p, const sim::config::Schema<Params>::Checker& check) {
  const double need = estimate(p);
  const auto [allowed, source] = limit();
  if (need <= allowed) return;
  const double pairs = kBytesPerStatePair * static_cast<double>(p.world.states) *
                       static_cast<double>(p.world.states);
  check.fail(pairs > need / 2 ? "world.states" : "world.firms",
             "this world needs about " + gib(need) + " of memory (" +
                 (pairs > need / 2 ? "ties between every pair of states" : "per-agent state") +
                 "), more than " + gib(allowed) + " (" + source +
                 "); make it smaller, or allow more with NORMSIM_MEMORY_LIMIT_GIB=N");
}

}  // namespace cybernorms
