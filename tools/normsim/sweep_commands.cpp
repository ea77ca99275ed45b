#include "tools/normsim/sweep_commands.hpp"

#include "sim/core/error.hpp"
#include "sim/sweep/merge.hpp"
#include "sim/sweep/run_file.hpp"
#include "sim/sweep/sweep.hpp"
#include "tools/normsim/commands.hpp"

#include <oneapi/tbb/info.h>

#include <fstream>
#include <iostream>
#include <sstream>

namespace normsim {
namespace {

// The --design file's text, stored with the output so that it describes itself.
void add_design_source(hid_t file, const ScenarioInputs& in) {
  if (in.design.empty()) return;
  std::ifstream f(in.design, std::ios::binary);
  std::ostringstream text;
  text << f.rdbuf();
  sim::io::write_attribute(file, "design_file", in.design);
  sim::io::write_attribute(file, "design_source", text.str());
}

void print_timing(const sim::sweep::SweepOutcome& o) {
  const auto& r = o.ran;
  std::cout << o.runs << " runs: " << o.resumed << " resumed, " << r.finished << " run in "
            << r.seconds << " s";
  if (r.finished > 0 && r.seconds > 0) {
    const auto n = static_cast<double>(r.finished);
    std::cout << " (" << n / r.seconds << " runs/s); per run: " << 1e3 * r.run_seconds / n
              << " ms running the model, " << 1e3 * r.finish_seconds / n
              << " ms journal + HDF5 writing";
  }
  std::cout << "\nwrote " << o.written << "\n";
}

}  // namespace

int run_row(const ScenarioInputs& in, std::int64_t index, const std::string& output, int threads,
            bool quiet) {
  const LoadedSweep s = load_sweep(in);
  if (index < 0 || index >= std::ssize(s.plan.rows))
    throw sim::InputError("--run-index " + std::to_string(index) + ": the sweep has " +
                          std::to_string(s.plan.rows.size()) + " runs (0 to " +
                          std::to_string(s.plan.rows.size() - 1) + ")");
  const auto& row = s.plan.rows[static_cast<std::size_t>(index)];
  const sim::config::Scenario scenario{s.plan.document(row), s.plan.scenarios[0].engine};
  sim::RunOptions options{output, row.seed, threads, quiet, {}};
  options.annotate = [&](hid_t file) {
    sim::sweep::annotate_run_file(file, s.plan, row);
    add_design_source(file, in);
  };
  const sim::RunOutcome outcome = s.model->run(scenario, options);
  if (outcome.interrupted) {
    std::cerr << "normsim: interrupted after " << outcome.steps_done
              << " steps; partial output closed in " << outcome.written << "\n";
    return kExitInterrupted;
  }
  if (!quiet)
    std::cout << outcome.summary << "wrote run " << index << " to " << outcome.written << "\n";
  return kExitOk;
}

int sweep(const ScenarioInputs& in, const std::string& output,
          const sim::sweep::RunnerOptions& runner, bool resume, bool quiet,
          const sim::sweep::Processes& processes) {
  if (runner.threads < 0 || runner.threads_per_run < 0)
    throw sim::InputError("--threads and --threads-per-run must be at least 1");
  const LoadedSweep s = load_sweep(in);
  if (processes.rank() > 0) {
    sim::sweep::serve(s.plan, s.model->run_in_memory, runner);
    return kExitOk;
  }
  sim::sweep::SweepOptions options;
  options.output = output;
  options.resume = resume;
  options.runner = runner;
  const int threads = runner.threads > 0 ? runner.threads : tbb::info::default_concurrency();
  options.provenance = provenance(s.scenario, s.scenario.engine.seed, threads);
  options.annotate = [&](hid_t file) { add_design_source(file, in); };
  const auto outcome =
      processes.size() > 1
          ? sim::sweep::run_sweep(
                s.plan,
                [&](const sim::sweep::RunnerOptions& o, const sim::sweep::OnFinished& f) {
                  return sim::sweep::coordinate(s.plan, o, f);
                },
                options)
          : sim::sweep::run_sweep(s.plan, s.model->run_in_memory, options);
  if (outcome.interrupted) {
    std::cerr << "normsim: interrupted; " << outcome.resumed + outcome.ran.finished << " of "
              << outcome.runs << " runs done, kept in " << sim::sweep::journal_path(output)
              << " (partial view: " << outcome.written << "); continue with --resume\n";
    return kExitInterrupted;
  }
  if (!quiet) print_timing(outcome);
  return kExitOk;
}

int merge(const ScenarioInputs& in, const std::vector<std::string>& files,
          const std::string& output, bool quiet) {
  const LoadedSweep s = load_sweep(in);
  const auto outcome = sim::sweep::merge_run_files(
      s.plan, files, output, provenance(s.scenario, s.scenario.engine.seed, 0),
      [&](hid_t file) { add_design_source(file, in); });
  if (!outcome.missing.empty()) {
    std::cerr << "normsim: warning: " << outcome.missing.size() << " of " << s.plan.rows.size()
              << " runs have no file (first: " << outcome.missing.front()
              << "); their rows are marked 0 in /completed\n";
  }
  if (!quiet) std::cout << "merged " << outcome.merged << " runs into " << output << "\n";
  return kExitOk;
}

}  // namespace normsim
