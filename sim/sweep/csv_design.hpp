#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace sim::sweep {

// An external design table (SALib, OpenMOLE, a spreadsheet): a header row of column names
// (YAML key paths, or `seed`), then one row per design point. Fields are separated by commas;
// a field may be double-quoted ("a,b", with "" for a quote). Blank lines are skipped.
struct CsvTable {
  std::string path;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::size_t> lines;  // the file line of each row, from 1 (the header is line 1)

  // "design.csv: line 3, column 2": where cell (row, column) was written, for error messages.
  std::string where(std::size_t row, std::size_t column) const;
};

// Reads `path`; a missing file, an empty or duplicate column name, a row with the wrong
// number of fields or an empty field is an InputError naming the line (and column).
CsvTable read_csv(const std::string& path);

}  // namespace sim::sweep
