#include "sim/core/error.hpp"
#include "sim/core/version.hpp"
#include "sim/io/h5.hpp"
#include "sim/sweep/distributed.hpp"
#include "tools/normsim/commands.hpp"

#include <CLI/CLI.hpp>

#include <exception>
#include <iostream>

int main(int argc, char** argv) {
  sim::io::skip_hdf5_exit_handler();
  const sim::sweep::Processes processes(argc, argv);
  CLI::App app{"normsim: agent-based simulation of international cybersecurity norms"};
  app.set_version_flag("--version", std::string("normsim ") + std::string(sim::program_version()) +
                                        " (git " + std::string(sim::git_commit()) + ")");
  app.require_subcommand(1);
  normsim::Commands commands(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int rc = app.exit(e);
    return rc == 0 ? 0 : normsim::kExitBadInput;
  }
  int rc = normsim::kExitOk;
  try {
    return commands.execute(processes);
  } catch (const sim::Interrupted& e) {
    std::cerr << "normsim: " << e.what() << "\n";
    rc = normsim::kExitInterrupted;
  } catch (const sim::InputError& e) {
    std::cerr << "normsim: error: " << e.what() << "\n";
    rc = normsim::kExitBadInput;
  } catch (const std::exception& e) {
    std::cerr << "normsim: internal error: " << e.what() << "\n";
    rc = normsim::kExitInternal;
  }
  // Under mpirun the other ranks may be waiting for this one: end them all.
  if (processes.size() > 1) processes.abort(rc);
  return rc;
}
