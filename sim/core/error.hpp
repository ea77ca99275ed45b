#pragma once

#include <stdexcept>
#include <string>

namespace sim {

// Bad input from the user (scenario, flags, data files): the CLI exits 2 with the message.
// Everything else that escapes is an internal error (exit 1).
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The user stopped the work (Ctrl-C, SIGTERM) before it finished: the CLI exits 130.
class Interrupted : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace sim
