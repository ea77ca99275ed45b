#include "tools/serve/server.hpp"

#include "sim/core/error.hpp"
#include "sim/run/interrupt.hpp"
#include "tools/serve/api.hpp"
#include "tools/serve/catalogue.hpp"

#include <httplib.h>

#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>

#include <atomic>
#include <filesystem>
#include <iostream>
#include <thread>

extern char** environ;

namespace serve {
namespace {

bool loopback(const std::string& host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1";
}

// Asks the desktop to open `url` (xdg-open), without waiting for the browser.
void open_browser(const std::string& url) {
  pid_t pid = 0;
  std::string program = "xdg-open";
  std::vector<char*> argv = {program.data(), const_cast<char*>(url.c_str()), nullptr};
  if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, argv.data(), environ) != 0)
    std::cerr << "normsim serve: could not run xdg-open; open the address by hand\n";
  else
    std::thread([pid] { waitpid(pid, nullptr, 0); }).detach();
}

}  // namespace

void configure_http(httplib::Server& server, std::size_t max_sessions) {
  // Each open tab keeps a connection, which holds a worker while open: enough workers that a
  // classroom does not queue, and connections kept for many requests (a server closing one
  // between requests can fail a client's next request on it).
  const std::size_t workers = max_sessions + 8;
  server.new_task_queue = [workers] { return new httplib::ThreadPool(workers); };
  server.set_keep_alive_max_count(100000);
  server.set_keep_alive_timeout(5);
  server.set_read_timeout(10);
  server.set_payload_max_length(64 * 1024);
}

int bind_http(httplib::Server& server, const std::string& host, int port) {
  // httplib 0.11 (Debian's build) listens with a backlog of 5: a classroom connecting at once
  // gets resets (cpp-httplib issue #1675). Listening again on the bound socket raises it.
  socket_t bound = INVALID_SOCKET;
  server.set_socket_options([&bound](socket_t sock) {
    httplib::default_socket_options(sock);
    bound = sock;
  });
  int got = port;
  if (port == 0)
    got = server.bind_to_any_port(host);
  else if (!server.bind_to_port(host, port))
    got = -1;
  if (got > 0 && bound != INVALID_SOCKET) ::listen(bound, SOMAXCONN);
  server.set_socket_options(httplib::default_socket_options);
  return got;
}

int serve(const ServeOptions& options) {
  if (!std::filesystem::is_regular_file(options.chart_js))
    throw sim::InputError("Chart.js not found at " + options.chart_js +
                          " (Debian package libjs-chart.js; tools/setup.sh installs it)");
  const Catalogue catalogue(options.scenario_dir, options.scenarios);
  Sessions sessions(options.max_sessions, options.idle);
  const std::string token = loopback(options.host) ? "" : random_hex(16);
  Api api(catalogue, sessions, {token, options.limits, 50, options.output_dir, options.chart_js});

  httplib::Server server;
  configure_http(server, options.max_sessions);
  api.install(server);

  const int port = bind_http(server, options.host, options.port);
  if (port <= 0)
    throw sim::InputError("cannot listen on " + options.host + ":" + std::to_string(options.port) +
                          " (in use? try --port with another number)");
  const std::string shown =
      options.host.find(':') != std::string::npos ? "[" + options.host + "]" : options.host;
  const std::string url = "http://" + shown + ":" + std::to_string(port) + "/" +
                          (token.empty() ? "" : "?token=" + token);
  if (!options.quiet) {
    std::cout << "normsim serve: " << catalogue.entries().size() << " scenarios; open " << url
              << "\n";
    if (!token.empty())
      std::cout << "normsim serve: requests without this token are refused; Ctrl-C stops\n";
    else
      std::cout << "normsim serve: only this computer can connect (--host for a classroom); "
                   "Ctrl-C stops\n";
    std::cout.flush();
  }

  const sim::InterruptGuard guard;
  std::atomic<bool> done{false};
  std::thread listener([&] {
    server.listen_after_bind();
    done = true;
  });
  if (options.open) open_browser(url);
  while (!done && !sim::InterruptGuard::requested())
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  // stop() does nothing before the listener has started: ask until it has ended.
  while (!done) {
    server.stop();
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  listener.join();
  if (!options.quiet) std::cout << "normsim serve: stopped\n";
  return 0;
}

}  // namespace serve
