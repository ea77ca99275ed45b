#pragma once

#include "tools/serve/live_run.hpp"

#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace serve {

struct ServeOptions {
  std::vector<std::string> scenarios;  // offered besides the teaching and pathway ones
  std::string scenario_dir;            // holding teaching/*.yaml and the pathway *.yaml
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port (tests)
  bool open = false;
  std::size_t max_sessions = 40;
  std::chrono::seconds idle{600};
  RunLimits limits;
  std::string output_dir = "normsim-serve";
  std::string chart_js = "/usr/share/javascript/chart.js/chart.min.js";
  bool quiet = false;
};

// `normsim serve`: loads the catalogue (InputError on a bad scenario), listens (InputError when
// the address cannot be had), prints the address (with a random token unless the host is
// loopback) and serves until SIGINT or SIGTERM, then stops cleanly and returns 0.
int serve(const ServeOptions& options);

// The server's settings: workers for `max_sessions` tabs, keep-alive, timeouts, body limit.
void configure_http(httplib::Server& server, std::size_t max_sessions);
// Binds `host`:`port` (0: any free port) with a listen backlog for a classroom; the port, or
// -1 when it cannot be had.
int bind_http(httplib::Server& server, const std::string& host, int port);

}  // namespace serve
