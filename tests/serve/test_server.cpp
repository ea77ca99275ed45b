#include "tests/serve/test_server.hpp"

#include "tests/scratch.hpp"
#include "tools/serve/server.hpp"

#include <chrono>
#include <stdexcept>

namespace normsim_test {

TestServer::TestServer(const std::string& token, std::size_t max_sessions)
    : output_dir(scratch_path("saved").string()),
      catalogue_(std::string(NORMSIM_SOURCE_DIR) + "/scenarios", {}),
      sessions_(max_sessions, std::chrono::seconds(600)),
      api_(catalogue_, sessions_, {token, {}, 50, output_dir, NORMSIM_CHART_JS}) {
  serve::configure_http(server_, max_sessions);
  api_.install(server_);
  port_ = serve::bind_http(server_, "127.0.0.1", 0);
  if (port_ <= 0) throw std::runtime_error("cannot bind 127.0.0.1");
  thread_ = std::thread([this] { server_.listen_after_bind(); });
  for (int i = 0; i < 500 && !server_.is_running(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

TestServer::~TestServer() {
  server_.stop();
  thread_.join();
}

httplib::Client TestServer::client() const {
  httplib::Client c("127.0.0.1", port_);
  c.set_read_timeout(60);
  return c;
}

std::pair<int, nlohmann::json> TestServer::post(const std::string& path,
                                                const nlohmann::json& body) const {
  auto c = client();
  const auto res = c.Post(path.c_str(), body.dump(), "application/json");
  if (!res)
    throw std::runtime_error("no reply to POST " + path + ": " + httplib::to_string(res.error()));
  return {res->status, nlohmann::json::parse(res->body, nullptr, false)};
}

std::string TestServer::new_session() const {
  return post("/api/session", nlohmann::json::object()).second.at("session");
}

}  // namespace normsim_test
