#include "sim/analysis/table.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>
#include <stdexcept>

namespace {

using sim::analysis::Cell;
using sim::analysis::Format;
using sim::analysis::Table;

const Table kTable{{"name", "n", "value"},
                   {{std::string("alpha"), std::int64_t{12}, 0.1},
                    {std::string("b, \"quoted\""), Cell{}, std::nan("")},
                    {std::string("c"), std::int64_t{3}, 1.0 / 3.0}}};

std::string render(Format f, const std::vector<std::pair<std::string, Cell>>& meta = {}) {
  std::ostringstream out;
  sim::analysis::write_table(out, kTable, f, meta);
  return out.str();
}

TEST(Table, TextRightAlignsNumbersUnderTheirHeaders) {
  std::istringstream lines(render(Format::kText));
  std::string line;
  std::vector<std::string> all;
  while (std::getline(lines, line)) all.push_back(line);
  ASSERT_EQ(all.size(), 4u);
  for (const auto& l : all) EXPECT_EQ(l.size(), all[0].size()) << l;  // numbers end together
  EXPECT_NE(all[3].find("0.3333"), std::string::npos);
  EXPECT_EQ(all[2].back(), '-');  // no value
}

TEST(Table, TextStartsWithTheMetaLine) {
  const std::string text = render(Format::kText, {{"seed", std::int64_t{3}}, {"c", 0.95}});
  EXPECT_EQ(text.substr(0, text.find('\n')), "# seed: 3; c: 0.95");
}

TEST(Table, CsvQuotesFieldsAndWritesNumbersExactly) {
  EXPECT_EQ(render(Format::kCsv),
            "name,n,value\n"
            "alpha,12,0.1\n"
            "\"b, \"\"quoted\"\"\",,\n"
            "c,3,0.3333333333333333\n");
}

TEST(Table, JsonHoldsMetaAndRowsWithNullForNoValue) {
  const std::string json = render(Format::kJson, {{"resamples", std::int64_t{10}}});
  EXPECT_NE(json.find("\"resamples\": 10,"), std::string::npos);
  EXPECT_NE(json.find("{\"name\": \"b, \\\"quoted\\\"\", \"n\": null, \"value\": null}"),
            std::string::npos)
      << json;
}

TEST(Table, UnknownFormatIsRejected) {
  EXPECT_THROW(sim::analysis::parse_format("xml"), std::invalid_argument);
}

}  // namespace
