// Processes of a build without NORMSIM_MPI: always one process, so coordinate() and serve()
// (used only when there are several) cannot be reached.
#include "sim/sweep/distributed.hpp"

#include <stdexcept>

namespace sim::sweep {

Processes::Processes(int&, char**&) {}
Processes::~Processes() = default;
void Processes::abort(int) const {}

RunnerOutcome coordinate(const SweepPlan&, const RunnerOptions&, const OnFinished&) {
  throw std::logic_error("normsim was built without MPI (NORMSIM_MPI=OFF)");
}

void serve(const SweepPlan&, const RunOne&, const RunnerOptions&) {
  throw std::logic_error("normsim was built without MPI (NORMSIM_MPI=OFF)");
}

}  // namespace sim::sweep
