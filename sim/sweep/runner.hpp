#pragma once

// The in-process sweep runner: executes the runs of a SweepPlan in parallel and hands each
// finished run back as a RunRecord (its per-step series and per-run results, in memory).
// `normsim sweep` writes these into one HDF5 file; `normsim compare` and `sensitivity` use the
// per-run summaries directly. Typical use, in the CLI layer where models are known:
//
//   const sim::sweep::SweepPlan plan = sim::sweep::expand_sweep(...);  // or build rows yourself
//   const auto& model = find_model(plan.scenarios[0].engine.model, &plan.scenarios[0]);
//   sim::sweep::check_plan(plan, model.check);          // every row valid, or InputError
//   auto results = sim::sweep::run_summaries(plan, model.run_in_memory, {});
//   // results[i]: /summary of run i as name -> double
//
// Stable API: names and signatures below are relied on by other tools.

#include "sim/config/document.hpp"
#include "sim/io/run_record.hpp"
#include "sim/schedule/executor.hpp"
#include "sim/sweep/plan.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sim::sweep {

// Runs one scenario document with a seed on an executor, in memory. Returns nullopt when the
// user interrupted (InterruptGuard) before the run finished. Throws InputError for a bad
// document. Models provide it (tools/normsim/model_registry.cpp: ModelEntry::run_in_memory,
// built by sim::sweep::in_memory_runner<M>() in run_in_memory.hpp).
using RunOne = std::function<std::optional<io::RunRecord>(const config::Document& doc,
                                                          std::uint64_t seed, const Executor&)>;

// Parses a run's document with the model's schema, throwing InputError when it is invalid
// (ModelEntry::check).
using CheckOne = std::function<void(const config::Document& doc)>;

struct RunnerOptions {
  // Worker threads in all; 0: every core (tbb::info::default_concurrency()).
  int threads = 0;
  // Threads inside each run; 0: chosen (1 while there are at least as many runs left as
  // threads, else the threads shared among the runs). Results never depend on it.
  int threads_per_run = 0;
  // Progress bar on stderr (runs done, rate, ETA) when it is a terminal.
  bool progress = false;
  // Rows to leave out (already done, or done by another process); empty: none. Indexed by row.
  std::vector<bool> skip;
};

struct RunnerOutcome {
  std::int64_t finished = 0;  // runs completed by this call
  bool interrupted = false;   // Ctrl-C / SIGTERM: runs not started (or cut short) were dropped
  double seconds = 0.0;       // wall time
  // Where the time went, summed over runs (what the per-run overhead is measured from):
  double run_seconds = 0.0;     // inside RunOne (setup and steps of the model)
  double finish_seconds = 0.0;  // inside on_finished (e.g. journal and HDF5 writing)
};

// Called once per finished run, from one thread at a time (calls are serialised), in order of
// completion, which depends on scheduling: use row.index, never the call order. The record
// is the callee's to keep or move from; it is dropped after the call, so memory stays
// bounded by the runs in flight.
using OnFinished = std::function<void(const PlanRow& row, io::RunRecord&& record)>;

// Checks every row of the plan (InputError naming where the bad key or value was written).
void check_plan(const SweepPlan& plan, const CheckOne& check);

// Executes the plan's rows (except those in options.skip) on `options.threads` threads,
// several runs at once. An exception from a run (or from on_finished) stops the sweep and is
// rethrown here after the runs in flight have ended.
RunnerOutcome run_plan(const SweepPlan& plan, const RunOne& run, const RunnerOptions& options,
                       const OnFinished& on_finished);

// Runs the whole plan and returns each run's numeric /summary results (name -> value), indexed
// by run index. An interrupted sweep throws sim::Interrupted.
std::vector<std::map<std::string, double>> run_summaries(const SweepPlan& plan, const RunOne& run,
                                                         const RunnerOptions& options);

}  // namespace sim::sweep
