#include "sim/run/progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace sim {

Progress::Progress(std::int64_t total, std::string unit, bool quiet)
    : total_(total),
      unit_(std::move(unit)),
      enabled_(!quiet && isatty(STDERR_FILENO)),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

void Progress::update(std::int64_t done, const std::string& note) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_draw_ < std::chrono::milliseconds(100) && done < total_) return;
  last_draw_ = now;
  draw(done, note);
}

void Progress::draw(std::int64_t done, const std::string& note) {
  constexpr int kWidth = 30;
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const double fraction =
      total_ > 0 ? static_cast<double>(done) / static_cast<double>(total_) : 1.0;
  const double rate = elapsed > 0 ? static_cast<double>(done) / elapsed : 0.0;
  const double eta = rate > 0 ? static_cast<double>(total_ - done) / rate : 0.0;
  char bar[kWidth + 1];
  const int filled = static_cast<int>(fraction * kWidth);
  for (int i = 0; i < kWidth; ++i) bar[i] = i < filled ? '#' : '.';
  bar[kWidth] = '\0';
  std::fprintf(stderr, "\r[%s] %lld/%lld %ss  %.1f/s  ETA %.0fs  %s   ", bar,
               static_cast<long long>(done), static_cast<long long>(total_), unit_.c_str(), rate,
               eta, note.c_str());
  std::fflush(stderr);
}

void Progress::finish() {
  if (!enabled_) return;
  std::fprintf(stderr, "\n");
}

}  // namespace sim
