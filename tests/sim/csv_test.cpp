#include "sim/io/csv.hpp"
#include "sim/core/error.hpp"
#include "tests/scratch.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

using sim::io::CsvTable;

// The InputError message of `f`, or "" when it does not throw one.
template <class F>
std::string error_of(F f) {
  try {
    f();
  } catch (const sim::InputError& e) {
    return e.what();
  }
  return "";
}

TEST(Csv, HeaderNamesColumnsAndRowsKeepTheirLines) {
  const auto t = CsvTable::parse("id,size\na,1\nb,2.5\n", "t.csv");
  EXPECT_EQ(t.rows(), 2u);
  EXPECT_EQ(*t.column("size"), 1u);
  EXPECT_EQ(t.cell(1, 0), "b");
  EXPECT_EQ(t.number(1, 1), 2.5);
  EXPECT_EQ(t.line(1), 3u);
}

TEST(Csv, QuotedFieldsHoldCommasQuotesAndLineBreaks) {
  const auto t = CsvTable::parse(
      "id,name\n1,\"Korea, Republic of\"\n2,\"say \"\"hi\"\"\nthere\"\n3,x\n", "t.csv");
  ASSERT_EQ(t.rows(), 3u);
  EXPECT_EQ(t.cell(0, 1), "Korea, Republic of");
  EXPECT_EQ(t.cell(1, 1), "say \"hi\"\nthere");
  EXPECT_EQ(t.line(2), 5u);  // the quoted line break counts
}

TEST(Csv, CrlfByteOrderMarkAndBlankLinesAreAccepted) {
  const auto t = CsvTable::parse("\xEF\xBB\xBFid,w\r\na,1\r\n\r\nb,2\r\n\r\n", "t.csv");
  ASSERT_EQ(t.rows(), 2u);
  EXPECT_EQ(t.header()[0], "id");
  EXPECT_EQ(t.cell(0, 1), "1");
  EXPECT_EQ(t.line(1), 4u);
}

TEST(Csv, LastRowWithoutLineBreakIsRead) {
  EXPECT_EQ(CsvTable::parse("id\na\nb", "t.csv").rows(), 2u);
}

TEST(Csv, RowWithWrongFieldCountNamesItsLine) {
  EXPECT_EQ(error_of([] { CsvTable::parse("id,w\na,1\nb\n", "t.csv"); }),
            "t.csv:3: 1 fields, expected 2 as in the header");
}

TEST(Csv, UnclosedQuoteNamesTheLineItOpens) {
  EXPECT_EQ(error_of([] { CsvTable::parse("id\n\"a\nb\n", "t.csv"); }),
            "t.csv:2: quoted field is not closed");
}

TEST(Csv, DuplicateColumnIsAnErrorNamingBothColumns) {
  EXPECT_EQ(error_of([] { CsvTable::parse("id,w,id\n", "t.csv"); }),
            "t.csv:1: column 'id' appears twice (columns 1 and 3)");
}

TEST(Csv, ColumnWithoutNameNamesItsPosition) {
  EXPECT_EQ(error_of([] { CsvTable::parse("\nid,,w\n", "t.csv"); }),
            "t.csv:2: column 2 has no name");
}

TEST(Csv, SpacesArePartOfCellsByDefault) {
  const auto t = CsvTable::parse(" id \n a \n  \n", "t.csv");
  EXPECT_EQ(t.header()[0], " id ");
  ASSERT_EQ(t.rows(), 2u);  // a line of spaces is a row
  EXPECT_EQ(t.cell(0, 0), " a ");
  EXPECT_EQ(t.cell(1, 0), "  ");
  EXPECT_EQ(error_of([] { CsvTable::parse("id\n \"a\"\n", "t.csv"); }),
            "t.csv:2: a quote inside an unquoted field (quote the whole field)");
}

TEST(Csv, TrimDropsSpacesAroundFieldsButNotInsideQuotes) {
  const auto t = CsvTable::parse(" id ,\tw\n a b , \" b \" \n", "t.csv", {.trim = true});
  EXPECT_EQ(t.header(), (std::vector<std::string>{"id", "w"}));
  EXPECT_EQ(t.cell(0, 0), "a b");
  EXPECT_EQ(t.cell(0, 1), " b ");
}

TEST(Csv, TrimMakesALineOfSpacesBlank) {
  const auto t = CsvTable::parse("id,w\n \t \na,1\n", "t.csv", {.trim = true});
  ASSERT_EQ(t.rows(), 1u);
  EXPECT_EQ(t.line(0), 3u);
}

TEST(Csv, TrimStillRejectsTextAfterAClosingQuote) {
  EXPECT_EQ(error_of([] { CsvTable::parse("id\n\"a\" b\n", "t.csv", {.trim = true}); }),
            "t.csv:2: unexpected text after a closing quote");
}

TEST(Csv, EmptyFileIsAnError) {
  EXPECT_EQ(error_of([] { CsvTable::parse("\n\n", "t.csv"); }),
            "t.csv: empty CSV file (expected a header row)");
}

TEST(Csv, NonNumericCellNamesLineAndColumn) {
  const auto t = CsvTable::parse("id,w\na,1\nb,lots\n", "t.csv");
  EXPECT_EQ(error_of([&] { t.number(1, 1); }),
            "t.csv:3: column 'w': expected a number, got 'lots'");
  EXPECT_NE(error_of([&] { t.number(0, 0); }), "");
}

TEST(Csv, NumbersAllowSpacesSignsAndExponentsButNotInfinity) {
  const auto t = CsvTable::parse("a,b,c,d\n +2 ,-1e-3,inf,\n", "t.csv");
  EXPECT_EQ(t.number(0, 0), 2.0);
  EXPECT_EQ(t.number(0, 1), -1e-3);
  EXPECT_NE(error_of([&] { t.number(0, 2); }), "");
  EXPECT_NE(error_of([&] { t.number(0, 3); }), "");
}

TEST(Csv, ToNumberGivesNothingWhereNumberWouldFail) {
  const auto t = CsvTable::parse("a,b,c\n 7 ,x,nan\n", "t.csv");
  EXPECT_EQ(t.to_number(0, 0), 7.0);
  EXPECT_FALSE(t.to_number(0, 1));
  EXPECT_FALSE(t.to_number(0, 2));
}

TEST(Csv, MissingColumnIsAnErrorAtTheHeader) {
  const auto t = CsvTable::parse("id\n", "t.csv");
  EXPECT_EQ(error_of([&] { t.require("region"); }), "t.csv:1: missing column 'region'");
}

TEST(Csv, UnknownColumnSuggestsTheClosestKnownOne) {
  const auto t = CsvTable::parse("id,regoin\n", "t.csv");
  EXPECT_EQ(error_of([&] {
              t.only_columns({"id", "region"});
            }),
            "t.csv:1: unknown column 'regoin' (did you mean 'region'?)");
}

TEST(Csv, ReadsAFileAndNamesItInErrors) {
  const auto path = normsim_test::scratch_path("normsim_csv.csv").string();
  std::ofstream(path) << "id,w\na,x\n";
  const auto t = CsvTable::read_file(path);
  EXPECT_EQ(error_of([&] { t.number(0, 1); }), path + ":2: column 'w': expected a number, got 'x'");
  std::filesystem::remove(path);
  EXPECT_EQ(error_of([&] { CsvTable::read_file(path); }), path + ": cannot open CSV file");
}

}  // namespace
