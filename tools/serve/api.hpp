#pragma once

#include "tools/serve/catalogue.hpp"
#include "tools/serve/live_run.hpp"
#include "tools/serve/sessions.hpp"

#include <httplib.h>

#include <cstdint>
#include <mutex>
#include <set>
#include <string>

namespace serve {

struct ApiConfig {
  std::string token;  // empty: none asked (loopback); else every request must carry it
  RunLimits limits;
  std::int64_t max_steps_per_request = 50;
  std::string output_dir;  // where Save writes
  std::string chart_js;    // the path Chart.js is served from
};

// The page and its JSON API on an httplib::Server (routes in api.cpp's install()):
//   GET  /, /app.js, /style.css, /chart.js   the page (embedded) and Debian's Chart.js
//   GET  /api/scenarios                      the catalogue with each scenario's controls
//   POST /api/session                        {session}: a new simulation slot for this tab
//   POST /api/setup  {session, scenario, values: {key: text}, seed, b: {key, value}}
//   POST /api/step   {session, steps, since, events, norm}  runs `steps` (0: none, to poll)
//                    and returns each run's rows from row `since`, its ticker from event
//                    events[i], and the world coloured by norm `norm`
//   POST /api/save   {session}               writes the runs' .h5 and .html
//   GET  /files/NAME                         a saved report or file
// Errors are JSON {error, errors: [{key, message}]} with a 4xx status.
class Api {
 public:
  Api(const Catalogue& catalogue, Sessions& sessions, ApiConfig config);
  void install(httplib::Server& server);

 private:
  const Catalogue& catalogue_;
  Sessions& sessions_;
  const ApiConfig config_;
  std::mutex saved_mutex_;
  std::set<std::string> saved_;  // file names under output_dir that /files may serve
};

}  // namespace serve
