#include "tools/serve/sessions.hpp"

#include <cstdio>
#include <random>

namespace serve {

std::string random_hex(std::size_t bytes) {
  std::random_device device;
  std::string out;
  for (std::size_t i = 0; i < bytes; ++i) {
    char two[3];
    std::snprintf(two, sizeof two, "%02x", static_cast<unsigned>(device() & 0xffu));
    out += two;
  }
  return out;
}

std::string Sessions::open(Clock::time_point now) {
  const std::lock_guard lock(mutex_);
  drop_idle_locked(now);
  if (live_.size() >= max_)
    throw SessionsFull("the server already runs " + std::to_string(max_) +
                       " sessions (--max-sessions); close a tab or wait for idle ones to end");
  std::string id = random_hex(16);
  live_.emplace(id, Entry{std::make_shared<Session>(), now});
  return id;
}

std::shared_ptr<Session> Sessions::find(const std::string& id, Clock::time_point now) {
  const std::lock_guard lock(mutex_);
  drop_idle_locked(now);
  const auto it = live_.find(id);
  if (it == live_.end()) return nullptr;
  it->second.seen = now;
  return it->second.session;
}

std::size_t Sessions::drop_idle(Clock::time_point now) {
  const std::lock_guard lock(mutex_);
  return drop_idle_locked(now);
}

std::size_t Sessions::drop_idle_locked(Clock::time_point now) {
  // A request still working on a dropped session keeps it alive through its shared_ptr.
  return std::erase_if(live_, [&](const auto& kv) { return now - kv.second.seen > idle_; });
}

std::size_t Sessions::size() const {
  const std::lock_guard lock(mutex_);
  return live_.size();
}

}  // namespace serve
