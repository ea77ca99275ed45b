#pragma once

#include "tools/serve/api.hpp"
#include "tools/serve/catalogue.hpp"
#include "tools/serve/sessions.hpp"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <memory>
#include <string>
#include <thread>

namespace normsim_test {

// The API of `normsim serve` on 127.0.0.1 (a free port) in this process, with the shipped
// scenarios; stopped and joined on destruction.
class TestServer {
 public:
  explicit TestServer(const std::string& token = "", std::size_t max_sessions = 40);
  ~TestServer();

  httplib::Client client() const;
  // POSTs `body` as JSON; the reply's status and parsed body (null if not JSON).
  std::pair<int, nlohmann::json> post(const std::string& path, const nlohmann::json& body) const;
  std::string new_session() const;

  const std::string output_dir;

 private:
  serve::Catalogue catalogue_;
  serve::Sessions sessions_;
  serve::Api api_;
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
};

}  // namespace normsim_test
