#include "sim/io/reader.hpp"
#include "tests/serve/test_server.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace {

using nlohmann::json;
using normsim_test::TestServer;

const char* kTipping = "teaching/threshold_tipping";

// A session set up on the tipping scenario with `values`.
std::string set_up(const TestServer& server, const json& values = json::object(),
                   const json& b = nullptr) {
  const std::string id = server.new_session();
  const auto [status, body] = server.post(
      "/api/setup",
      {{"session", id}, {"scenario", kTipping}, {"values", values}, {"seed", "1"}, {"b", b}});
  EXPECT_EQ(status, 200) << body.dump();
  return id;
}

json step(const TestServer& server, const std::string& id, int steps, int since) {
  const auto [status, body] =
      server.post("/api/step", {{"session", id}, {"steps", steps}, {"since", since}});
  EXPECT_EQ(status, 200) << body.dump();
  return body;
}

const json& series(const json& run, const std::string& name) {
  for (const auto& s : run["series"])
    if (s["name"] == name) return s;
  throw std::runtime_error("no series " + name);
}

// Share of states endorsing or implementing the norm in the run's last row.
double adopting(const json& run) {
  const auto& row = series(run, "adoption_share_count")["rows"].back();
  return row[1].get<double>() + row[2].get<double>();
}

TEST(Api, ServesThePageItsScriptsAndDebiansChartJs) {
  const TestServer server;
  auto c = server.client();
  const auto page = c.Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("<script src=\"chart.js\">"), std::string::npos);
  ASSERT_TRUE(c.Get("/app.js"));
  EXPECT_EQ(c.Get("/app.js")->status, 200);
  const auto chart = c.Get("/chart.js");
  ASSERT_TRUE(chart);
  EXPECT_EQ(chart->status, 200);
  EXPECT_GT(chart->body.size(), 100000u);
}

TEST(Api, MalformedJsonIsA400WithAMessage) {
  const TestServer server;
  auto c = server.client();
  const auto res = c.Post("/api/setup", "{not json", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_EQ(json::parse(res->body)["error"], "the request body is not a JSON object");
  const auto [status, body] = server.post("/api/step", {{"session", 5}});
  EXPECT_EQ(status, 400);
  EXPECT_EQ(body["error"], "session: expected the id from /api/session");
}

TEST(Api, HugeBodyIsRefusedWith413) {
  const TestServer server;
  auto c = server.client();
  const auto res = c.Post("/api/setup", std::string(200 * 1024, ' '), "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
}

TEST(Api, UnknownRouteIsA404) {
  const TestServer server;
  auto c = server.client();
  const auto res = c.Get("/api/nothing");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
  EXPECT_EQ(json::parse(res->body)["error"], "no such page: /api/nothing");
  EXPECT_EQ(c.Get("/files/..%2Fetc%2Fpasswd")->status, 404);
}

TEST(Api, UnknownSessionIsA404AndStepBeforeSetupA409) {
  const TestServer server;
  EXPECT_EQ(server.post("/api/step", {{"session", "feed"}}).first, 404);
  EXPECT_EQ(server.post("/api/step", {{"session", server.new_session()}}).first, 409);
}

TEST(Api, StepReturnsOnlyTheRowsThePageLacks) {
  const TestServer server;
  const std::string id = set_up(server);
  const json first = step(server, id, 5, 0)["runs"][0];
  EXPECT_EQ(first["steps_done"], 5);
  EXPECT_EQ(series(first, "step")["rows"].size(), 5u);
  const json next = step(server, id, 3, 5)["runs"][0];
  EXPECT_EQ(next["steps_done"], 8);
  EXPECT_EQ(series(next, "step")["rows"].size(), 3u);
  EXPECT_EQ(series(next, "step")["rows"][0][0], 5);
  EXPECT_EQ(server.post("/api/step", {{"session", id}, {"steps", 51}}).first, 400);
}

TEST(Api, BadValueIsA400NamingItsControlAndLeavesTheRunAsItWas) {
  const TestServer server;
  const std::string id = set_up(server);
  step(server, id, 4, 0);
  const auto [status, body] = server.post(
      "/api/setup",
      {{"session", id}, {"scenario", kTipping}, {"values", {{"world.stance.sd", "-1"}}}});
  EXPECT_EQ(status, 400);
  ASSERT_EQ(body["errors"].size(), 1u);
  EXPECT_EQ(body["errors"][0]["key"], "world.stance.sd");
  EXPECT_EQ(body["errors"][0]["message"],
            "--set world.stance.sd=-1: key 'world.stance.sd': value -1 is out of range: expected "
            ">= 0");
  EXPECT_EQ(step(server, id, 0, 0)["runs"][0]["steps_done"], 4);
}

TEST(Api, ABRunsShareTheSeedAndDifferInTheOneChoice) {
  const TestServer server;
  const std::string id =
      set_up(server, {{"world.stance.sd", 0.05}}, {{"key", "world.stance.sd"}, {"value", 0.2}});
  const json runs = step(server, id, 30, 0)["runs"];
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0]["seed"], runs[1]["seed"]);
  EXPECT_EQ(adopting(runs[0]), 0.0);  // similar thresholds: nobody starts
  EXPECT_GT(adopting(runs[1]), 0.9);  // varied: the cascade tips
}

TEST(Api, SaveWritesTheRunOnScreenAndItsReport) {
  const TestServer server;
  const std::string id = set_up(server, {{"world.stance.sd", 0.2}});
  const json live = step(server, id, 12, 0)["runs"][0];
  const auto [status, body] = server.post("/api/save", {{"session", id}});
  ASSERT_EQ(status, 200) << body.dump();
  const std::string h5 = body["files"][0]["path"];
  const sim::io::Reader saved(h5);
  const auto values = saved.doubles("/series/adoption_share_count");
  std::vector<double> shown;
  for (const auto& row : series(live, "adoption_share_count")["rows"])
    for (const auto& v : row) shown.push_back(v.get<double>());
  EXPECT_EQ(values, shown);
  EXPECT_EQ(saved.integer_attribute("/", "seed"), 1);
  auto c = server.client();
  const auto report = c.Get(body["files"][0]["report"].get<std::string>().c_str());
  ASSERT_TRUE(report);
  EXPECT_EQ(report->status, 200);
  EXPECT_NE(report->body.find("<svg"), std::string::npos);
}

TEST(Api, WithATokenRequestsWithoutItAreRefused) {
  const TestServer server("s3cret");
  auto c = server.client();
  EXPECT_EQ(c.Get("/")->status, 403);
  EXPECT_EQ(c.Get("/api/scenarios")->status, 403);
  EXPECT_EQ(c.Get("/?token=wrong")->status, 403);
  const auto page = c.Get("/?token=s3cret");
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Set-Cookie").rfind("normsim_token=s3cret", 0), 0u);
  EXPECT_EQ(c.Get("/api/scenarios", {{"Cookie", "normsim_token=s3cret"}})->status, 200);
}

TEST(Api, SessionsBeyondTheLimitAreA503) {
  const TestServer server("", 1);
  server.new_session();
  const auto [status, body] = server.post("/api/session", json::object());
  EXPECT_EQ(status, 503);
  EXPECT_NE(body["error"].get<std::string>().find("--max-sessions"), std::string::npos);
}

}  // namespace
