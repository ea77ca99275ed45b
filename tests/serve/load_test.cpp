// A classroom on loopback: 30 browsers, each with its own session, step a teaching scenario as
// the page's Go does (one step per request) for a bounded time. Every request must succeed; the
// step latency each browser sees is printed (median and 95th percentile over all requests).
#include "tests/serve/test_server.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>

namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr int kBrowsers = 30;
constexpr auto kDuration = std::chrono::seconds(5);

TEST(ServeLoad, ThirtyBrowsersStepAtOnceWithoutErrors) {
  const normsim_test::TestServer server;
  std::vector<std::vector<double>> latencies(kBrowsers);
  std::atomic<int> failures{0};
  std::vector<std::thread> browsers;
  const auto end = Clock::now() + kDuration;
  for (int b = 0; b < kBrowsers; ++b)
    browsers.emplace_back([&, b] {
      try {
        const std::string id = server.new_session();
        auto c = server.client();
        const std::string setup_body = json{
            {"session", id},
            {"scenario", "teaching/threshold_tipping"},
            {"values", {{"world.stance.sd", 0.2}}},
            {"seed",
             std::to_string(b + 1)}}.dump();
        const auto setup = c.Post("/api/setup", setup_body, "application/json");
        if (!setup || setup->status != 200) {
          std::fprintf(stderr, "browser %d: setup failed: %s\n", b,
                       setup ? setup->body.c_str() : httplib::to_string(setup.error()).c_str());
          ++failures;
          return;
        }
        // Restart (Setup) when the scenario's 60 steps are done, as a class would.
        for (int since = 0; Clock::now() < end;) {
          const auto t0 = Clock::now();
          const auto res =
              c.Post("/api/step", json{{"session", id}, {"steps", 1}, {"since", since}}.dump(),
                     "application/json");
          latencies[b].push_back(
              std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
          if (!res || res->status != 200) {
            std::fprintf(stderr, "browser %d: step failed: %s\n", b,
                         res ? res->body.c_str() : httplib::to_string(res.error()).c_str());
            ++failures;
            return;
          }
          since = json::parse(res->body)["runs"][0]["steps_done"];
          if (since == 60) {
            const auto again = c.Post("/api/setup", setup_body, "application/json");
            if (!again || again->status != 200) {
              ++failures;
              return;
            }
            since = 0;
          }
        }
      } catch (const std::exception& e) {
        std::fprintf(stderr, "browser %d: %s\n", b, e.what());
        ++failures;
      }
    });
  for (auto& t : browsers) t.join();
  EXPECT_EQ(failures, 0);
  std::vector<double> all;
  for (const auto& l : latencies) {
    EXPECT_FALSE(l.empty());
    all.insert(all.end(), l.begin(), l.end());
  }
  std::sort(all.begin(), all.end());
  ASSERT_FALSE(all.empty());
  const double median = all[all.size() / 2];
  const double p95 = all[all.size() * 95 / 100];
  std::printf(
      "serve load: %d browsers, %zu steps in %lld s; step latency median %.1f ms, 95th "
      "percentile %.1f ms\n",
      kBrowsers, all.size(), static_cast<long long>(kDuration.count()), median, p95);
  // Live charts: a step's reply within a second for 95% of requests, even on 2 shared cores.
  EXPECT_LT(p95, 1000.0);
}

}  // namespace
