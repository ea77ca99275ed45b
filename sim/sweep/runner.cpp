#include "sim/sweep/runner.hpp"

#include "sim/config/engine_keys.hpp"

#include "sim/core/error.hpp"
#include "sim/run/interrupt.hpp"
#include "sim/run/progress.hpp"

#include <oneapi/tbb/info.h>
#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/task_arena.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>

namespace sim::sweep {

void check_plan(const SweepPlan& plan, const CheckOne& check) {
  for (const auto& row : plan.rows) {
    const config::Document doc = plan.document(row);
    config::engine_schema().parse(doc, {}, true);  // e.g. a list as `description`
    check(doc);
  }
}

namespace {

// Runs at once x threads per run: one thread per run while runs outnumber threads (a run's
// own parallelism scales worse than independent runs); otherwise the threads are shared
// among the few runs.
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

int threads_per_run(const RunnerOptions& options, int threads, std::size_t runs) {
  if (options.threads_per_run > 0) return std::min(options.threads_per_run, threads);
  if (runs >= static_cast<std::size_t>(threads) || runs == 0) return 1;
  return threads / static_cast<int>(runs);
}

}  // namespace

RunnerOutcome run_plan(const SweepPlan& plan, const RunOne& run, const RunnerOptions& options,
                       const OnFinished& on_finished) {
  const auto start = Clock::now();
  std::vector<std::size_t> todo;
  for (std::size_t i = 0; i < plan.rows.size(); ++i)
    if (i >= options.skip.size() || !options.skip[i]) todo.push_back(i);
  const int threads = options.threads > 0 ? options.threads : tbb::info::default_concurrency();
  const int per_run = threads_per_run(options, threads, todo.size());
  tbb::task_arena arena(std::max(1, threads / per_run));

  RunnerOutcome outcome;
  std::mutex plan_mutex;  // yaml-cpp nodes of the plan are read by one thread at a time
  std::mutex done_mutex;  // on_finished is called by one thread at a time
  std::atomic<bool> stop{false};
  std::exception_ptr error;
  Progress progress(static_cast<std::int64_t>(todo.size()), "run", !options.progress);
  const InterruptGuard guard;

  const auto one = [&](const PlanRow& row) {
    const config::Document doc = [&] {
      const std::lock_guard lock(plan_mutex);
      return plan.document(row);
    }();
    const Executor executor(per_run);
    const auto t0 = Clock::now();
    std::optional<io::RunRecord> record = run(doc, row.seed, executor);
    const double run_seconds = seconds_since(t0);
    if (!record) return false;
    record->index = row.index;
    record->seed = row.seed;
    const std::lock_guard lock(done_mutex);
    const auto t1 = Clock::now();
    on_finished(row, std::move(*record));
    outcome.finish_seconds += seconds_since(t1);
    outcome.run_seconds += run_seconds;
    progress.update(++outcome.finished);
    return true;
  };

  arena.execute([&] {
    tbb::parallel_for(
        tbb::blocked_range<std::size_t>(0, todo.size(), 1),
        [&](const tbb::blocked_range<std::size_t>& r) {
          for (std::size_t i = r.begin(); i != r.end(); ++i) {
            if (stop.load() || InterruptGuard::requested()) return;
            try {
              if (!one(plan.rows[todo[i]])) return;
            } catch (...) {
              const std::lock_guard lock(done_mutex);
              if (!error) error = std::current_exception();
              stop = true;
            }
          }
        },
        tbb::simple_partitioner());
  });
  progress.finish();
  if (error) std::rethrow_exception(error);
  outcome.interrupted = InterruptGuard::requested() && outcome.finished < std::ssize(todo);
  outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return outcome;
}

std::vector<std::map<std::string, double>> run_summaries(const SweepPlan& plan, const RunOne& run,
                                                         const RunnerOptions& options) {
  std::vector<std::map<std::string, double>> out(plan.rows.size());
  const RunnerOutcome outcome =
      run_plan(plan, run, options, [&](const PlanRow& row, io::RunRecord&& record) {
        out[static_cast<std::size_t>(row.index)] = record.numeric_results();
      });
  if (outcome.interrupted) throw Interrupted("interrupted before every run finished");
  return out;
}

}  // namespace sim::sweep
