#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace sim {

// Wall time spent in one named part of a run's steps (`normsim run --timing`).
struct PhaseTime {
  std::string name;
  double seconds = 0.0;
};

// Runs f, adding its wall time to `seconds`.
template <class F>
void timed(double& seconds, F&& f) {
  const auto start = std::chrono::steady_clock::now();
  f();
  seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// An ordered list of named phases making up one step of a model. Phases are called in order,
// once per step; a disabled phase is skipped. One call per phase per step, never per agent.
// Wall time per phase is kept so a profile can say where a step goes.
template <class Context>
class Schedule {
 public:
  using Phase = std::function<void(Context&)>;

  void add(std::string name, Phase phase, bool enabled = true) {
    phases_.push_back({std::move(name), std::move(phase), enabled, 0.0});
  }

  void run_step(Context& ctx) {
    for (auto& p : phases_) {
      if (p.enabled) timed(p.seconds, [&] { p.fn(ctx); });
    }
  }

  // The enabled phases' wall time so far, in order.
  std::vector<PhaseTime> timings() const {
    std::vector<PhaseTime> out;
    for (const auto& p : phases_)
      if (p.enabled) out.push_back({p.name, p.seconds});
    return out;
  }

  struct Entry {
    std::string name;
    Phase fn;
    bool enabled;
    double seconds;
  };
  const std::vector<Entry>& phases() const { return phases_; }

 private:
  std::vector<Entry> phases_;
};

}  // namespace sim
