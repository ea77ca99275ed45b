#pragma once

#include "tools/serve/server.hpp"

#include <CLI/CLI.hpp>

namespace serve {

// `normsim serve [SCENARIO...] [--port N] [--host ADDR] [--open]`: the live seminar view.
class ServeCommand {
 public:
  explicit ServeCommand(CLI::App& app);
  bool selected() const { return command_->parsed(); }
  int execute() const { return serve(options_); }

 private:
  CLI::App* command_ = nullptr;
  ServeOptions options_;
};

}  // namespace serve
