#pragma once

#include "models/axelrod/observers.hpp"
#include "models/axelrod/params.hpp"
#include "models/axelrod/play.hpp"
#include "sim/core/double_buffer.hpp"
#include "sim/io/recorder.hpp"
#include "sim/schedule/executor.hpp"
#include "sim/schedule/schedule.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace axelrod {

// One run of the norms (or metanorms) game. Each generation: draw the chances of being seen,
// play (every agent's tally, in parallel, from keyed draws), record, select parents, and
// breed the next generation's genes with mutation into the second buffer.
class Simulation {
 public:
  Simulation(const Params& params, std::uint64_t seed, const sim::Executor& executor,
             sim::io::Recorder& recorder);

  std::int64_t steps() const { return params_.generations; }
  void step(std::int64_t generation);
  void finish();
  std::string summary() const;
  std::vector<sim::PhaseTime> timings() const { return schedule_.timings(); }

  double mean_boldness() const;
  double mean_vengefulness() const;
  const std::vector<std::uint8_t>& boldness() const { return boldness_.current(); }
  const std::vector<std::uint8_t>& vengefulness() const { return vengefulness_.current(); }

 private:
  struct Series {
    sim::io::Series<std::int64_t> generation;
    sim::io::Series<double> mean_boldness, mean_vengefulness, mean_score, sd_score;
    sim::io::Series<std::int64_t> boldness_levels, vengefulness_levels;
    sim::io::Series<std::int64_t> defections, punishments, meta_punishments;
  };
  Series declare_series();
  void draw_opportunities(std::int64_t generation);
  void play(std::int64_t generation);
  void record(std::int64_t generation);
  void reproduce(std::int64_t generation);
  double mean_level(const std::vector<std::uint8_t>& genes) const;
  std::vector<std::int64_t> level_counts(const std::vector<std::uint8_t>& genes) const;

  Params params_;
  std::uint64_t seed_;
  const sim::Executor& executor_;
  sim::io::Recorder& recorder_;
  Series series_;
  sim::Schedule<std::int64_t> schedule_;
  Observers observers_;

  sim::DoubleBuffer<std::uint8_t> boldness_;
  sim::DoubleBuffer<std::uint8_t> vengefulness_;
  // Per ring position (see Observers), refreshed each generation.
  std::vector<double> boldness_trait_;
  std::vector<double> vengefulness_trait_;
  std::vector<double> seen_chance_;
  std::vector<Tally> tallies_;
  std::vector<double> scores_;
  Tally totals_;
};

}  // namespace axelrod
