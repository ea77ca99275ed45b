// Sweeps over MPI ranks (NORMSIM_MPI=ON): rank 0 coordinates and writes, the others run.
// Protocol, all on MPI_COMM_WORLD:
//   worker -> 0  kAsk     the plan fingerprint (8 bytes): "give me a row"
//   0 -> worker  kRow     one int64: the row index, or -1 for "no more rows"
//   worker -> 0  kResult  an encoded RunRecord (empty: the run was interrupted)
//   worker -> 0  kError   the text of an exception a run threw
//   worker -> 0  kDone    nothing: the worker has sent everything and stops
// A worker runs several rows at once on its own threads, each asking for its next row when
// done, so load balances dynamically; MPI calls go through one mutex (MPI_THREAD_SERIALIZED).
#include "sim/core/error.hpp"
#include "sim/run/interrupt.hpp"
#include "sim/run/progress.hpp"
#include "sim/sweep/distributed.hpp"

#include <mpi.h>
#include <oneapi/tbb/info.h>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

namespace sim::sweep {
namespace {

enum Tag : int { kAsk = 1, kRow = 2, kResult = 3, kError = 4, kDone = 5 };

// What MPI_Init_thread granted: several worker threads need at least SERIALIZED.
int g_thread_level = MPI_THREAD_SINGLE;

void send(const void* data, std::size_t size, int to, Tag tag) {
  MPI_Send(data, static_cast<int>(size), MPI_BYTE, to, tag, MPI_COMM_WORLD);
}

// Idle polling interval of rank 0, so that waiting for results does not burn a core.
constexpr auto kPoll = std::chrono::milliseconds(1);

}  // namespace

Processes::Processes(int& argc, char**& argv) {
  MPI_Init_thread(&argc, &argv, MPI_THREAD_SERIALIZED, &g_thread_level);
  MPI_Comm_rank(MPI_COMM_WORLD, &rank_);
  MPI_Comm_size(MPI_COMM_WORLD, &size_);
}

Processes::~Processes() {
  MPI_Finalize();
}

void Processes::abort(int code) const {
  MPI_Abort(MPI_COMM_WORLD, code);
}

RunnerOutcome coordinate(const SweepPlan& plan, const RunnerOptions& options,
                         const OnFinished& on_finished) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::int64_t> todo;
  for (std::size_t i = 0; i < plan.rows.size(); ++i)
    if (i >= options.skip.size() || !options.skip[i]) todo.push_back(static_cast<std::int64_t>(i));
  int ranks = 1;
  MPI_Comm_size(MPI_COMM_WORLD, &ranks);
  const std::uint64_t fingerprint = plan.fingerprint();
  Progress progress(std::ssize(todo), "run", !options.progress);
  const InterruptGuard guard;
  RunnerOutcome outcome;
  std::string error;
  std::size_t next = 0;
  for (int active = ranks - 1; active > 0;) {
    int ready = 0;
    MPI_Status status;
    MPI_Iprobe(MPI_ANY_SOURCE, MPI_ANY_TAG, MPI_COMM_WORLD, &ready, &status);
    if (!ready) {
      std::this_thread::sleep_for(kPoll);
      continue;
    }
    int size = 0;
    MPI_Get_count(&status, MPI_BYTE, &size);
    std::vector<unsigned char> message(static_cast<std::size_t>(size));
    const int from = status.MPI_SOURCE;
    MPI_Recv(message.data(), size, MPI_BYTE, from, status.MPI_TAG, MPI_COMM_WORLD,
             MPI_STATUS_IGNORE);
    switch (status.MPI_TAG) {
      case kAsk: {
        std::uint64_t theirs = 0;
        std::copy_n(message.data(), std::min(message.size(), sizeof theirs),
                    reinterpret_cast<unsigned char*>(&theirs));
        if (theirs != fingerprint && error.empty())
          error = "rank " + std::to_string(from) + " expanded another sweep plan";
        std::int64_t row = -1;
        if (error.empty() && !InterruptGuard::requested() && next < todo.size()) row = todo[next++];
        MPI_Send(&row, 1, MPI_INT64_T, from, kRow, MPI_COMM_WORLD);
        break;
      }
      case kResult:
        if (message.empty() || !error.empty()) break;
        try {
          io::RunRecord record = io::decode(message.data(), message.size());
          const auto& row = plan.rows.at(static_cast<std::size_t>(record.index));
          on_finished(row, std::move(record));
          progress.update(++outcome.finished);
        } catch (const std::exception& e) {
          error = e.what();
        }
        break;
      case kError:
        if (error.empty())
          error =
              "rank " + std::to_string(from) + ": " + std::string(message.begin(), message.end());
        break;
      case kDone: --active; break;
      default: error = "unexpected MPI message tag " + std::to_string(status.MPI_TAG);
    }
  }
  progress.finish();
  if (!error.empty()) throw std::runtime_error(error);
  outcome.interrupted = outcome.finished < std::ssize(todo);
  outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return outcome;
}

void serve(const SweepPlan& plan, const RunOne& run, const RunnerOptions& options) {
  const int threads = options.threads > 0 ? options.threads : tbb::info::default_concurrency();
  const int per_run = std::max(1, options.threads_per_run);
  const int slots = g_thread_level >= MPI_THREAD_SERIALIZED ? std::max(1, threads / per_run) : 1;
  const std::uint64_t fingerprint = plan.fingerprint();
  std::mutex mpi;   // one MPI call at a time (MPI_THREAD_SERIALIZED)
  std::mutex yaml;  // the plan's YAML nodes are read by one thread at a time
  const InterruptGuard guard;
  const auto slot = [&] {
    for (;;) {
      std::int64_t index = -1;
      {
        const std::lock_guard lock(mpi);
        send(&fingerprint, sizeof fingerprint, 0, kAsk);
        MPI_Recv(&index, 1, MPI_INT64_T, 0, kRow, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
      }
      if (index < 0) return;
      const PlanRow& row = plan.rows.at(static_cast<std::size_t>(index));
      std::vector<unsigned char> message;
      Tag tag = kResult;
      try {
        const config::Document doc = [&] {
          const std::lock_guard lock(yaml);
          return plan.document(row);
        }();
        const Executor executor(per_run);
        if (auto record = run(doc, row.seed, executor)) {
          record->index = row.index;
          record->seed = row.seed;
          message = io::encode(*record);
        }
      } catch (const std::exception& e) {
        const std::string text = e.what();
        message.assign(text.begin(), text.end());
        tag = kError;
      }
      const std::lock_guard lock(mpi);
      send(message.data(), message.size(), 0, tag);
    }
  };
  std::vector<std::thread> pool;
  for (int i = 1; i < slots; ++i) pool.emplace_back(slot);
  slot();
  for (auto& t : pool) t.join();
  send(nullptr, 0, 0, kDone);
}

}  // namespace sim::sweep
