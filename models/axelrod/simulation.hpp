#pragma once

#include "models/axelrod/observers.hpp"
#include "models/axelrod/params.hpp"
#include "models/axelrod/play.hpp"
#include "sim/core/double_buffer.hpp"
#include "sim/io/recorder.hpp"
#include "sim/schedule/executor.hpp"
#include "sim/schedule/schedule.hpp"

#include <oneapi/tbb/enumerable_thread_specific.h>

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace axelrod {

// One run of the norms (or metanorms) game. Each generation: play (blocks of defectors in
// parallel, each reading one random stream of its own in turn), record, select parents (put
// in random places in the scaled game), and breed the next generation's genes with mutation
// into the second buffer.
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
  void play(std::int64_t generation);
  void record(std::int64_t generation);
  void reproduce(std::int64_t generation);
  double mean_level(const std::vector<std::uint8_t>& genes) const;
  std::vector<std::int64_t> level_counts(const std::vector<std::uint8_t>& genes) const;
  double mean_of(const std::vector<std::int64_t>& level_counts) const;

  Params params_;
  std::uint64_t seed_;
  const sim::Executor& executor_;
  sim::io::Recorder& recorder_;
  Series series_;
  sim::Schedule<std::int64_t> schedule_;
  std::variant<Circulant, FixedGraph> graph_;

  sim::DoubleBuffer<std::uint8_t> boldness_;  // per place
  sim::DoubleBuffer<std::uint8_t> vengefulness_;
  std::vector<std::uint64_t> trait_;  // chance of each gene level (see chance_of)
  // Each thread adds the events it draws to its own counts (integers: the sum over threads is
  // the same whichever thread drew what); play sums them into counts_ and clears them.
  tbb::enumerable_thread_specific<CountArrays> scratch_;
  CountArrays counts_;
  std::vector<double> scores_;
  Tally totals_;
};

}  // namespace axelrod
