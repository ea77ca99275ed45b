#include "sim/schedule/executor.hpp"

#include "sim/core/error.hpp"

#include <string>

namespace sim {

Executor::Executor(int threads) : threads_(threads) {
  if (threads < 1) throw InputError("--threads must be at least 1, got " + std::to_string(threads));
  if (threads > 1) arena_ = std::make_unique<tbb::task_arena>(threads);
}

}  // namespace sim
