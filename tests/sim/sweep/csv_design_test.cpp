#include "sim/sweep/csv_design.hpp"
#include "sim/core/error.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace {

std::string write(const std::string& name, const std::string& text) {
  const auto path = (std::filesystem::temp_directory_path() / ("normsim_csv_" + name)).string();
  std::ofstream(path) << text;
  return path;
}

std::string error_of(const std::string& path) {
  try {
    sim::sweep::read_csv(path);
  } catch (const sim::InputError& e) {
    return e.what();
  }
  return "no error";
}

TEST(CsvDesign, ReadsHeaderRowsAndLineNumbers) {
  const auto t = sim::sweep::read_csv(write("ok.csv", "a.b, c\n1,\"x,y\"\n\n2 ,\"q\"\"\"\n"));
  EXPECT_EQ(t.columns, (std::vector<std::string>{"a.b", "c"}));
  ASSERT_EQ(t.rows.size(), 2u);
  EXPECT_EQ(t.rows[0], (std::vector<std::string>{"1", "x,y"}));
  EXPECT_EQ(t.rows[1], (std::vector<std::string>{"2", "q\""}));
  EXPECT_EQ(t.lines, (std::vector<std::size_t>{2, 4}));
  EXPECT_EQ(t.where(1, 1).substr(t.where(1, 1).find(':')), ": line 4, column 2 ('c')");
}

TEST(CsvDesign, RowWithTooFewFieldsNamesItsLine) {
  EXPECT_NE(error_of(write("short.csv", "a,b\n1,2\n3\n")).find(": line 3: 1 fields, expected 2"),
            std::string::npos);
}

TEST(CsvDesign, EmptyValueNamesLineAndColumn) {
  EXPECT_NE(error_of(write("empty.csv", "a,b\n1,\n")).find(": line 2, column 2 ('b'): empty value"),
            std::string::npos);
}

TEST(CsvDesign, DuplicateColumnIsAnError) {
  EXPECT_NE(error_of(write("dup.csv", "a,a\n1,2\n")).find("column 'a' given twice"),
            std::string::npos);
}

TEST(CsvDesign, MissingFileIsAnInputError) {
  EXPECT_NE(error_of("/nonexistent/design.csv").find("cannot open design table"),
            std::string::npos);
}

}  // namespace
