#include "sim/sweep/csv_design.hpp"
#include "sim/core/error.hpp"
#include "tests/scratch.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace {

using sim::sweep::CsvDesign;
using sim::sweep::read_csv_design;

// Writes `text` to a file of this process in the temporary directory; returns its path.
std::string write(const std::string& name, const std::string& text) {
  const auto path = normsim_test::scratch_path("normsim_design_" + name).string();
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// The InputError message of reading `path`, or "no error".
std::string error_of(const std::string& path) {
  try {
    read_csv_design(path);
  } catch (const sim::InputError& e) {
    return e.what();
  }
  return "no error";
}

// Reading `text` fails with the path of its file followed by `message`.
void expect_error(const std::string& name, const std::string& text, const std::string& message) {
  const auto path = write(name, text);
  EXPECT_EQ(error_of(path), path + message);
}

// Each row's values, as written.
std::vector<std::vector<std::string>> cells(const CsvDesign& d) {
  std::vector<std::vector<std::string>> out;
  for (const auto& row : d.values) {
    out.emplace_back();
    for (const auto& a : row) out.back().push_back(a.value);
  }
  return out;
}

TEST(CsvDesign, ColumnsAreKeyPathsAndEachRowIsOnePoint) {
  const auto d = read_csv_design(write("ok.csv", "a.b,items[1].c\n1,x\n2,y\n"));
  EXPECT_EQ(d.parameters, (std::vector<std::string>{"a.b", "items[1].c"}));
  EXPECT_EQ(cells(d), (std::vector<std::vector<std::string>>{{"1", "x"}, {"2", "y"}}));
  for (const auto& row : d.values) {
    EXPECT_EQ(row[0].key, "a.b");
    EXPECT_EQ(row[1].key, "items[1].c");
  }
  EXPECT_TRUE(d.seeds.empty());
}

TEST(CsvDesign, ValuesAreKeptAsYamlText) {
  const auto d = read_csv_design(write("yaml.csv", "a,b,c\n1e-3,true,\"[1, 2]\"\n"));
  EXPECT_EQ(cells(d)[0], (std::vector<std::string>{"1e-3", "true", "[1, 2]"}));
}

TEST(CsvDesign, OriginNamesFileLineColumnAndKey) {
  const auto path = write("origin.csv", "a.b,c\n1,2\n\n3,4\n");
  const auto d = read_csv_design(path);
  EXPECT_EQ(d.values[1][1].origin, path + ": line 4, column 2 ('c')");
}

TEST(CsvDesign, SpacesAroundUnquotedFieldsAreDropped) {
  const auto d = read_csv_design(write("spaces.csv", " a.b ,\tc\n 1 ,x\t\n"));
  EXPECT_EQ(d.parameters, (std::vector<std::string>{"a.b", "c"}));
  EXPECT_EQ(cells(d)[0], (std::vector<std::string>{"1", "x"}));
}

TEST(CsvDesign, QuotedFieldsHoldCommasAndDoubledQuotes) {
  const auto d = read_csv_design(write("quoted.csv", "a,b\n\"x,y\",\"q\"\"\"\n"));
  EXPECT_EQ(cells(d)[0], (std::vector<std::string>{"x,y", "q\""}));
}

TEST(CsvDesign, SpacesBeforeAnOpeningQuoteAreSkippedAndInsideKept) {
  const auto d = read_csv_design(write("quote_space.csv", "a,b\n1, \" x \" \n"));
  EXPECT_EQ(cells(d)[0], (std::vector<std::string>{"1", " x "}));
}

TEST(CsvDesign, BlankAndSpaceOnlyLinesAreSkippedButCounted) {
  const auto path = write("blank.csv", "\na\n\n  \n1\n\t\n2\n\n");
  const auto d = read_csv_design(path);
  EXPECT_EQ(cells(d), (std::vector<std::vector<std::string>>{{"1"}, {"2"}}));
  EXPECT_EQ(d.values[0][0].origin, path + ": line 5, column 1 ('a')");
  EXPECT_EQ(d.values[1][0].origin, path + ": line 7, column 1 ('a')");
}

TEST(CsvDesign, CrlfLineEndsAreAccepted) {
  const auto d = read_csv_design(write("crlf.csv", "a,seed\r\n\"x\",5\r\n2,6\r\n"));
  EXPECT_EQ(cells(d), (std::vector<std::vector<std::string>>{{"x"}, {"2"}}));
  EXPECT_EQ(d.seeds, (std::vector<std::uint64_t>{5, 6}));
}

TEST(CsvDesign, ByteOrderMarkIsNotPartOfTheFirstColumn) {
  const auto d = read_csv_design(write("bom.csv",
                                       "\xEF\xBB\xBF"
                                       "a.b\n1\n"));
  EXPECT_EQ(d.parameters, (std::vector<std::string>{"a.b"}));
}

TEST(CsvDesign, SeedColumnGivesEachRowItsSeedAndIsNotAParameter) {
  const auto d = read_csv_design(write("seed.csv", "a,seed,b\n1,101,x\n2,9007199254740992,y\n"));
  EXPECT_EQ(d.parameters, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(cells(d), (std::vector<std::vector<std::string>>{{"1", "x"}, {"2", "y"}}));
  EXPECT_EQ(d.seeds, (std::vector<std::uint64_t>{101, 9007199254740992u}));
}

TEST(CsvDesign, SeedThatIsNotAWholeNumberNamesItsCell) {
  expect_error("bad_seed.csv", "a,seed\n1,2\n1,2.5\n",
               ": line 3, column 2 ('seed'): a seed must be a whole number in [0, 2^53], "
               "got '2.5'");
}

TEST(CsvDesign, SeedThatIsNotANumberIsAnError) {
  EXPECT_NE(error_of(write("word_seed.csv", "seed\nabc\n")).find("got 'abc'"), std::string::npos);
}

TEST(CsvDesign, NegativeOrTooLargeSeedIsAnError) {
  EXPECT_NE(error_of(write("neg_seed.csv", "seed\n-1\n")), "no error");
  EXPECT_NE(error_of(write("big_seed.csv", "seed\n1e16\n")), "no error");
}

TEST(CsvDesign, RowWithTooFewFieldsNamesItsLine) {
  expect_error("short.csv", "a,b\n1,2\n3\n", ":3: 1 fields, expected 2 as in the header");
}

TEST(CsvDesign, RowWithTooManyFieldsNamesItsLine) {
  expect_error("long.csv", "a,b\n1,2,3\n", ":2: 3 fields, expected 2 as in the header");
}

TEST(CsvDesign, EmptyValueNamesLineAndColumn) {
  expect_error("empty.csv", "a,b\n1,\n", ": line 2, column 2 ('b'): empty value");
}

TEST(CsvDesign, SpaceOnlyOrQuotedEmptyValueIsEmpty) {
  expect_error("spaces_value.csv", "a,b\n1,  \n", ": line 2, column 2 ('b'): empty value");
  expect_error("quoted_empty.csv", "a,b\n\"\",1\n", ": line 2, column 1 ('a'): empty value");
}

TEST(CsvDesign, DuplicateColumnNamesBothColumns) {
  expect_error("dup.csv", "a,b,a\n1,2,3\n", ":1: column 'a' appears twice (columns 1 and 3)");
}

TEST(CsvDesign, EmptyColumnNameNamesItsColumn) {
  expect_error("no_name.csv", "a, ,b\n1,2,3\n", ":1: column 2 has no name");
}

TEST(CsvDesign, UnclosedQuoteNamesTheLineItOpens) {
  expect_error("unclosed.csv", "a,b\n1,\"x\n", ":2: quoted field is not closed");
}

TEST(CsvDesign, TextAfterAClosingQuoteIsAnError) {
  expect_error("after_quote.csv", "a,b\n1,\"x\"y\n", ":2: unexpected text after a closing quote");
}

TEST(CsvDesign, EmptyFileIsAnError) {
  expect_error("nothing.csv", "\n  \n", ": empty CSV file (expected a header row)");
}

TEST(CsvDesign, HeaderWithoutRowsIsAnError) {
  expect_error("header_only.csv", "a,b\n\n", ": the design table has no rows");
}

TEST(CsvDesign, MissingFileIsAnInputError) {
  EXPECT_EQ(error_of("/nonexistent/design.csv"), "/nonexistent/design.csv: cannot open CSV file");
}

}  // namespace
