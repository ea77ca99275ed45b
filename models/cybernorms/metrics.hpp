#pragma once

#include "models/cybernorms/context.hpp"
#include "models/cybernorms/events.hpp"
#include "sim/io/recorder.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cybernorms {

// The outputs of docs/model.md: the per-step series (phase 10, record) and the per-run results,
// with the running quantities the results need (first crossing times, peak speed).
class Metrics {
 public:
  Metrics(const Params& params, const World& world, const sim::Executor& executor,
          sim::io::Recorder& recorder);

  // Records the state after step t (that is, of step t+1) and the events of step t.
  void record(std::int64_t step, const State& s, const Events& e);
  void finish(const State& s);
  std::string summary() const;

  // Mean over firms and norms of the distinct variants a firm's markets formalised.
  static double regimes_per_firm(const World& w, const State& s, const sim::Executor& ex);
  // Herfindahl of variants among adopters, averaged over norms (1: one regime).
  static double variant_concentration(const World& w, const State& s, int initiatives,
                                      const sim::Executor& ex);

 private:
  struct Series {
    sim::io::Series<std::int64_t> step;
    sim::io::Series<double> share_count, share_weight;
    sim::io::Series<std::int64_t> violations, punishments, false_alarms, meta_punishments;
    sim::io::Series<double> mean_trust, specificity;
    sim::io::Series<std::int64_t> members, formalised, state_members;
  };
  Series declare();

  const Params& params_;
  const World& world_;
  const sim::Executor& executor_;
  sim::io::Recorder& recorder_;
  Series series_;
  std::optional<sim::io::Series<double>> date_;  // with time.start
  std::vector<std::int64_t> tipping_;           // norms: first step with >= 1/3 of states endorsing
  std::vector<std::int64_t> half_implemented_;  // norms x kinds
  std::vector<double> last_share_;              // norms
  std::vector<double> peak_speed_;              // norms
  std::int64_t last_violations_ = 0;
  std::int64_t steps_recorded_ = 0;
  double final_violation_rate_ = 0;
};

}  // namespace cybernorms
