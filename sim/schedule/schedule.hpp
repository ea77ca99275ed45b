#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace sim {

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
      if (!p.enabled) continue;
      const auto start = std::chrono::steady_clock::now();
      p.fn(ctx);
      p.seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
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
