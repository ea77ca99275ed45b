#include "sim/run/interrupt.hpp"

#include <csignal>

namespace sim {
namespace {

volatile std::sig_atomic_t g_requested = 0;
using Handler = void (*)(int);
Handler g_previous_int = SIG_DFL;
Handler g_previous_term = SIG_DFL;

extern "C" void on_signal(int) {
  g_requested = 1;
}

}  // namespace

InterruptGuard::InterruptGuard() {
  g_requested = 0;
  g_previous_int = std::signal(SIGINT, on_signal);
  g_previous_term = std::signal(SIGTERM, on_signal);
}

InterruptGuard::~InterruptGuard() {
  std::signal(SIGINT, g_previous_int);
  std::signal(SIGTERM, g_previous_term);
}

bool InterruptGuard::requested() {
  return g_requested != 0;
}

}  // namespace sim
