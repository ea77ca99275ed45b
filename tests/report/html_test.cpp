#include "tools/report/html.hpp"

#include <gtest/gtest.h>

namespace report {
namespace {

TEST(Escape, ReplacesEveryMarkupCharacter) {
  EXPECT_EQ(escape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}

TEST(Table, RightAlignsNumbersOnly) {
  const std::string t = table({"k", "v"}, {{"seed", "12"}, {"model", "axelrod"}});
  EXPECT_NE(t.find("<td class=\"n\">12</td>"), std::string::npos);
  EXPECT_NE(t.find("<td>axelrod</td>"), std::string::npos);
}

TEST(Page, IsSelfContainedWithPrintStyles) {
  const std::string p = page("t", {{"s", "intro", {"<svg></svg>"}, "<p>x</p>"}});
  EXPECT_NE(p.find("@media print"), std::string::npos);
  EXPECT_NE(p.find("<figure><svg></svg></figure>"), std::string::npos);
  for (const char* external : {"<script", "<link", "src=", "http:", "https:", "url("})
    EXPECT_EQ(p.find(external), std::string::npos) << external;
}

}  // namespace
}  // namespace report
