#pragma once

namespace sim {

// While alive, SIGINT and SIGTERM ask the run to stop at the next step boundary instead of
// killing the process, so the output is closed cleanly. The flag is the one process-wide
// state in the engine: a signal handler can reach nothing else.
class InterruptGuard {
 public:
  InterruptGuard();
  ~InterruptGuard();
  InterruptGuard(const InterruptGuard&) = delete;
  InterruptGuard& operator=(const InterruptGuard&) = delete;

  static bool requested();
};

}  // namespace sim
