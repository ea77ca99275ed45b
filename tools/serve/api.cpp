#include "tools/serve/api.hpp"

#include "sim/core/error.hpp"
#include "tools/serve/assets.hpp"
#include "tools/serve/run_state.hpp"
#include "tools/serve/save_run.hpp"
#include "tools/serve/setup_request.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace serve {
namespace {

using nlohmann::json;

// A request the API refuses with `status` (4xx) and a message.
class Refused : public std::runtime_error {
 public:
  Refused(int code, const std::string& message) : std::runtime_error(message), status(code) {}
  int status;
};

void send_json(httplib::Response& res, const json& body, int status = 200) {
  res.status = status;
  // Replaces what cannot be shown (a malformed UTF-8 value echoed back) instead of throwing.
  res.set_content(body.dump(-1, ' ', false, json::error_handler_t::replace), "application/json");
}

void send_error(httplib::Response& res, int status, const std::string& message,
                const std::vector<FieldError>& errors = {}) {
  json list = json::array();
  for (const auto& e : errors) list.push_back({{"key", e.key}, {"message", e.message}});
  send_json(res, {{"error", message}, {"errors", std::move(list)}}, status);
}

// Runs a handler, turning every failure into a JSON error: bad input is a 4xx, never a crash.
template <class F>
httplib::Server::Handler guarded(F handler) {
  return [handler](const httplib::Request& req, httplib::Response& res) {
    try {
      handler(req, res);
    } catch (const Refused& e) {
      send_error(res, e.status, e.what());
    } catch (const SetupRejected& e) {
      send_error(res, 400, e.what(), e.errors());
    } catch (const SessionsFull& e) {
      send_error(res, 503, e.what());
    } catch (const sim::InputError& e) {
      send_error(res, 400, e.what(), {{"", e.what()}});
    } catch (const json::exception& e) {
      send_error(res, 400, std::string("malformed request: ") + e.what());
    }
  };
}

json body_of(const httplib::Request& req) {
  json body = json::parse(req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object())
    throw Refused(400, "the request body is not a JSON object");
  return body;
}

// A JSON value as the YAML text --set would get: strings as they are, the rest as JSON (which
// YAML reads back: numbers, true, false).
std::string as_text(const json& v) {
  return v.is_string() ? v.get<std::string>() : v.dump();
}

std::int64_t integer_or(const json& body, const char* key, std::int64_t fallback) {
  if (!body.contains(key)) return fallback;
  if (!body[key].is_number_integer())
    throw Refused(400, std::string(key) + ": expected an integer");
  return body[key].get<std::int64_t>();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

SetupRequest setup_request(const json& body) {
  SetupRequest r;
  if (!body.contains("scenario") || !body["scenario"].is_string())
    throw Refused(400, "scenario: expected the id of a scenario from /api/scenarios");
  r.scenario = body["scenario"].get<std::string>();
  if (body.contains("values")) {
    if (!body["values"].is_object()) throw Refused(400, "values: expected {key: value}");
    for (const auto& [key, value] : body["values"].items())
      r.values.push_back({key, as_text(value)});
  }
  if (body.contains("seed") && !body["seed"].is_null()) r.seed = as_text(body["seed"]);
  if (body.contains("b") && !body["b"].is_null()) {
    const json& b = body["b"];
    if (!b.is_object() || !b.contains("key") || !b["key"].is_string() || !b.contains("value"))
      throw Refused(400, "b: expected {key, value}");
    r.b = Control{b["key"].get<std::string>(), as_text(b["value"])};
  }
  return r;
}

const char* content_type(const std::string& name) {
  if (name.ends_with(".html")) return "text/html; charset=utf-8";
  if (name.ends_with(".h5")) return "application/x-hdf5";
  return "application/octet-stream";
}

}  // namespace

Api::Api(const Catalogue& catalogue, Sessions& sessions, ApiConfig config)
    : catalogue_(catalogue), sessions_(sessions), config_(std::move(config)) {}

void Api::install(httplib::Server& server) {
  const auto page = [](std::string_view text, const char* type) {
    return [text, type](const httplib::Request&, httplib::Response& res) {
      res.set_content(std::string(text), type);
    };
  };
  server.Get("/", page(assets::kIndexHtml, "text/html; charset=utf-8"));
  server.Get("/app.js", page(assets::kAppJs, "text/javascript"));
  server.Get("/style.css", page(assets::kStyleCss, "text/css"));
  server.Get("/chart.js", [this](const httplib::Request&, httplib::Response& res) {
    res.set_content(read_file(config_.chart_js), "text/javascript");
  });

  server.Get("/api/scenarios", [this](const httplib::Request&, httplib::Response& res) {
    send_json(res, {{"scenarios", catalogue_.to_json()},
                    {"max_steps_per_request", config_.max_steps_per_request}});
  });
  server.Post("/api/session", guarded([this](const httplib::Request&, httplib::Response& res) {
                send_json(res, {{"session", sessions_.open()}});
              }));

  const auto session_of = [this](const json& body) {
    if (!body.contains("session") || !body["session"].is_string())
      throw Refused(400, "session: expected the id from /api/session");
    auto s = sessions_.find(body["session"].get<std::string>());
    if (!s) throw Refused(404, "unknown or expired session: reload the page");
    return s;
  };
  // Every run's state from row `since` on; the caller holds the session's lock.
  const auto state_of = [](const Session& s, std::size_t since, const json& events, int norm) {
    json runs = json::array();
    for (std::size_t i = 0; i < s.runs.size(); ++i) {
      const std::size_t seen = events.is_array() && i < events.size() && events[i].is_number()
                                   ? events[i].get<std::size_t>()
                                   : 0;
      runs.push_back(run_state(*s.runs[i], since, seen, norm));
    }
    return json{{"scenario", s.scenario_id}, {"runs", std::move(runs)}};
  };

  server.Post("/api/setup", guarded([this, session_of, state_of](const httplib::Request& req,
                                                                 httplib::Response& res) {
                const json body = body_of(req);
                const auto session = session_of(body);
                const SetupRequest request = setup_request(body);
                const CatalogueEntry* entry = catalogue_.find(request.scenario);
                if (!entry)
                  throw SetupRejected("scenario", "unknown scenario '" + request.scenario + "'");
                PreparedSetup prepared = prepare_setup(*entry, request);
                std::vector<std::unique_ptr<LiveRun>> runs;
                try {
                  for (const auto& s : prepared.runs)
                    runs.push_back(start_run(s, prepared.seed, config_.limits));
                } catch (const sim::InputError& e) {
                  throw SetupRejected("", e.what());
                }
                const std::lock_guard lock(session->mutex);
                session->scenario_id = entry->id;
                session->scenarios = std::move(prepared.runs);
                session->runs = std::move(runs);
                session->seed = prepared.seed;
                send_json(res, state_of(*session, 0, json(), 0));
              }));

  server.Post("/api/step", guarded([this, session_of, state_of](const httplib::Request& req,
                                                                httplib::Response& res) {
                const json body = body_of(req);
                const auto session = session_of(body);
                const std::int64_t steps = integer_or(body, "steps", 1);
                if (steps < 0 || steps > config_.max_steps_per_request)
                  throw Refused(
                      400, "steps: expected 0 to " + std::to_string(config_.max_steps_per_request));
                const std::int64_t since = integer_or(body, "since", 0);
                const std::int64_t norm = integer_or(body, "norm", 0);
                if (since < 0) throw Refused(400, "since: expected a row count >= 0");
                const std::lock_guard lock(session->mutex);
                if (session->runs.empty()) throw Refused(409, "press Setup first");
                for (auto& run : session->runs)
                  for (std::int64_t i = 0; i < steps && run->step(); ++i) {
                  }
                send_json(res, state_of(*session, static_cast<std::size_t>(since),
                                        body.value("events", json()), static_cast<int>(norm)));
              }));

  server.Post(
      "/api/save", guarded([this, session_of](const httplib::Request& req, httplib::Response& res) {
        const json body = body_of(req);
        const auto session = session_of(body);
        const std::lock_guard lock(session->mutex);
        if (session->runs.empty()) throw Refused(409, "press Setup first");
        const CatalogueEntry* entry = catalogue_.find(session->scenario_id);
        std::filesystem::create_directories(config_.output_dir);
        const std::string base = std::filesystem::path(entry->scenario.doc.name()).stem().string() +
                                 "-" + random_hex(3) + "-" + std::to_string(++session->saves);
        json files = json::array();
        for (std::size_t i = 0; i < session->runs.size(); ++i) {
          const std::string name = base + (session->runs.size() > 1 ? (i ? "-B" : "-A") : "");
          const std::string stem = (std::filesystem::path(config_.output_dir) / name).string();
          save_run(*entry->model, session->scenarios[i], session->seed,
                   session->runs[i]->steps_done(), stem);
          {
            const std::lock_guard saved(saved_mutex_);
            saved_.insert(name + ".h5");
            saved_.insert(name + ".html");
          }
          files.push_back({{"h5", "/files/" + name + ".h5"},
                           {"report", "/files/" + name + ".html"},
                           {"path", std::filesystem::absolute(stem + ".h5").string()}});
        }
        send_json(res, {{"files", std::move(files)}});
      }));

  server.Get(R"(/files/([A-Za-z0-9_.-]+))",
             guarded([this](const httplib::Request& req, httplib::Response& res) {
               const std::string name = req.matches[1];
               {
                 const std::lock_guard saved(saved_mutex_);
                 if (!saved_.count(name)) throw Refused(404, "no saved file " + name);
               }
               res.set_content(
                   read_file((std::filesystem::path(config_.output_dir) / name).string()),
                   content_type(name));
             }));

  server.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (res.body.empty())
      send_error(res, res.status,
                 res.status == 404 ? "no such page: " + req.path
                                   : "request refused (HTTP " + std::to_string(res.status) + ")");
  });
  server.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr error) {
        std::string what = "internal error";
        try {
          std::rethrow_exception(error);
        } catch (const std::exception& e) {
          what += std::string(": ") + e.what();
        } catch (...) {
        }
        send_error(res, 500, what);
      });
  if (!config_.token.empty())
    server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      const std::string cookie = "normsim_token=" + config_.token;
      const bool by_query = req.get_param_value("token") == config_.token;
      if (by_query || req.get_header_value("X-Normsim-Token") == config_.token ||
          req.get_header_value("Cookie").find(cookie) != std::string::npos) {
        // The page's own requests (scripts, fetches) then carry the cookie.
        if (by_query) res.set_header("Set-Cookie", cookie + "; Path=/; SameSite=Strict; HttpOnly");
        return httplib::Server::HandlerResponse::Unhandled;
      }
      send_error(res, 403, "missing or wrong token: open the address `normsim serve` printed");
      return httplib::Server::HandlerResponse::Handled;
    });
}

}  // namespace serve
