#include "tools/serve/sessions.hpp"

#include <gtest/gtest.h>

namespace {

using serve::Clock;
using serve::Sessions;
using std::chrono::seconds;

TEST(Sessions, OpenRefusesBeyondTheLimit) {
  Sessions s(2, seconds(60));
  const auto t = Clock::now();
  s.open(t);
  s.open(t);
  EXPECT_THROW(s.open(t), serve::SessionsFull);
  EXPECT_EQ(s.size(), 2u);
}

TEST(Sessions, IdleSessionIsDroppedAndFreesItsPlace) {
  Sessions s(1, seconds(60));
  const auto t = Clock::now();
  const std::string id = s.open(t);
  EXPECT_NE(s.find(id, t + seconds(30)), nullptr);
  // Seen at +30 s: still there at +89 s, gone at +91 s.
  EXPECT_NE(s.find(id, t + seconds(89)), nullptr);
  EXPECT_EQ(s.drop_idle(t + seconds(150)), 1u);
  EXPECT_EQ(s.find(id, t + seconds(150)), nullptr);
  EXPECT_NO_THROW(s.open(t + seconds(150)));
}

TEST(Sessions, IdsAreDistinctAndUnguessable) {
  Sessions s(10, seconds(60));
  const std::string a = s.open(), b = s.open();
  EXPECT_NE(a, b);
  EXPECT_EQ(a.size(), 32u);  // 128 random bits
  EXPECT_EQ(s.find("not-an-id"), nullptr);
}

}  // namespace
