#include "tools/serve/serve_command.hpp"

namespace serve {

ServeCommand::ServeCommand(CLI::App& app) {
  command_ = app.add_subcommand(
      "serve", "a live view in the browser: sliders, Setup/Go/Step, charts as the run goes");
  auto& o = options_;
  o.scenario_dir = NORMSIM_SCENARIO_DIR;
  command_->add_option("scenarios", o.scenarios,
                       "scenario files to offer besides the teaching and pathway ones");
  command_->add_option("--port", o.port, "TCP port (0: any free one)")->capture_default_str();
  command_
      ->add_option("--host", o.host,
                   "address to listen on; other than 127.0.0.1 (e.g. 0.0.0.0 for a "
                   "classroom) prints an address with a token that every request must carry")
      ->capture_default_str();
  command_->add_flag("--open", o.open, "open the address in the desktop's browser");
  command_
      ->add_option("--scenario-dir", o.scenario_dir,
                   "folder with teaching/*.yaml and the pathway scenarios")
      ->capture_default_str();
  command_->add_option("--output-dir", o.output_dir, "where Save writes .h5 files and reports")
      ->capture_default_str();
  command_->add_option("--max-sessions", o.max_sessions, "browser sessions at once")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  command_->add_option("--max-agents", o.limits.max_agents, "largest world a session may build")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  command_->add_option("--max-steps", o.limits.max_steps, "longest run a session may set up")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  command_
      ->add_option_function<std::int64_t>(
          "--idle", [&o](std::int64_t s) { o.idle = std::chrono::seconds(s); },
          "seconds after which a silent session is dropped (default 600)")
      ->check(CLI::PositiveNumber);
  command_->add_flag("-q,--quiet", o.quiet, "print nothing but errors");
}

}  // namespace serve
