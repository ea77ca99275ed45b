#include "sim/sweep/sweep.hpp"

#include "sim/core/error.hpp"
#include "sim/io/output_lock.hpp"
#include "sim/sweep/journal.hpp"
#include "sim/sweep/sweep_file.hpp"

#include <filesystem>
#include <optional>

namespace sim::sweep {

std::string journal_path(const std::string& output) {
  return output + ".journal";
}

SweepOutcome run_sweep(const SweepPlan& plan, const RunOne& run, const SweepOptions& options) {
  return run_sweep(
      plan, [&](const RunnerOptions& o, const OnFinished& f) { return run_plan(plan, run, o, f); },
      options);
}

SweepOutcome run_sweep(const SweepPlan& plan, const Execute& execute, const SweepOptions& options) {
  namespace fs = std::filesystem;
  // Taken before the journal is looked at: a second sweep of this output (with or without
  // --resume) is refused while the first runs, and changes nothing.
  const io::OutputLock lock(options.output);
  const std::string journal_file = journal_path(options.output);
  const bool have_journal = fs::exists(journal_file);
  SweepOutcome outcome;
  outcome.runs = static_cast<std::int64_t>(plan.rows.size());
  if (have_journal && !options.resume)
    throw InputError(journal_file + ": an interrupted sweep is waiting here; add --resume to " +
                     "continue it, or delete the journal to start afresh");
  if (options.resume && !have_journal && fs::exists(options.output)) {
    outcome.resumed = outcome.runs;
    outcome.written = options.output;
    return outcome;
  }

  io::Provenance provenance = options.provenance;
  provenance.file_type = "normsim.sweep";
  SweepFile file(options.output, plan, provenance, &lock);
  if (options.annotate) options.annotate(file.id());
  RunnerOptions runner = options.runner;
  runner.skip.assign(plan.rows.size(), false);
  const std::uint64_t fingerprint = plan.fingerprint();
  std::optional<Journal> journal;
  if (have_journal) {
    journal.emplace(Journal::resume(journal_file, fingerprint, [&](io::RunRecord&& r) {
      const auto i = static_cast<std::size_t>(r.index);
      if (i >= runner.skip.size() || runner.skip[i]) return;  // a duplicate: the first counts
      file.write(r);
      runner.skip[i] = true;
      ++outcome.resumed;
    }));
  } else {
    journal.emplace(Journal::create(journal_file, fingerprint));
  }

  std::int64_t journaled = outcome.resumed;
  try {
    outcome.ran = execute(runner, [&](const PlanRow&, io::RunRecord&& record) {
      journal->append(record);
      ++journaled;
      file.write(record);
    });
  } catch (const InputError& e) {
    // A fault (no space, I/O error): the finished runs stay in the journal for --resume;
    // a journal with none would only be in the way.
    if (journaled == 0) {
      journal->remove();
      throw;
    }
    throw InputError(std::string(e.what()) + "; the " + std::to_string(journaled) +
                     " finished runs stay in " + journal_file +
                     ": continue with --resume once the cause is fixed");
  } catch (...) {
    if (journaled == 0) journal->remove();
    throw;
  }
  outcome.interrupted = outcome.ran.interrupted;
  if (outcome.interrupted) {
    io::write_attribute(file.id(), "interrupted_after_runs",
                        outcome.resumed + outcome.ran.finished);
    file.keep();
    outcome.written = file.partial_path();
    return outcome;
  }
  file.commit();
  journal->remove();
  outcome.written = options.output;
  return outcome;
}

}  // namespace sim::sweep
