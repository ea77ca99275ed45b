#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sim::io {

// How a CSV reader treats spaces. By default a space is part of its cell (the CSV rosters: a
// roster id " AAA" is not "AAA"). With `trim`, spaces and tabs around every field are dropped,
// outside the quotes of a quoted field (`a, "b"` reads as a and b), and a line of nothing but
// spaces is blank: for tables typed by hand, like sweep design tables.
struct CsvOptions {
  bool trim = false;
};

// A CSV file read whole (RFC 4180: comma-separated, double-quoted fields with "" for a quote,
// quoted fields may hold commas and line breaks; CRLF or LF; a UTF-8 byte order mark and
// blank lines are skipped). The first row names the columns. Every error is an InputError
// naming the file, the line and, for a cell, the column, so users can fix the file at once.
// The one CSV reader of the project: rosters (models/cybernorms/roster.cpp) and sweep design
// tables (sim/sweep/csv_design.cpp) read through it.
class CsvTable {
 public:
  static CsvTable read_file(const std::string& path, CsvOptions options = {});
  // `name` is how errors refer to the text (normally its path).
  static CsvTable parse(std::string_view text, std::string name, CsvOptions options = {});

  const std::string& name() const { return name_; }
  const std::vector<std::string>& header() const { return header_; }
  std::size_t rows() const { return cells_.size(); }

  // The index of a column, or nothing when the header lacks it.
  std::optional<std::size_t> column(std::string_view name) const;
  // As column(), but a missing column is an error.
  std::size_t require(std::string_view name) const;
  // Rejects columns outside `known` (a misspelt optional column would otherwise be ignored).
  void only_columns(const std::vector<std::string>& known) const;

  const std::string& cell(std::size_t row, std::size_t column) const;
  // The cell as a finite number; anything else is an error naming the cell.
  double number(std::size_t row, std::size_t column) const;
  // As number(), but nothing where the cell is not a finite number (for callers that word the
  // error themselves). Spaces around the number and a leading '+' are allowed.
  std::optional<double> to_number(std::size_t row, std::size_t column) const;
  // "file:line: column 'x': ", the prefix of every message about one cell.
  std::string where(std::size_t row, std::size_t column) const;
  std::size_t line(std::size_t row) const { return lines_[row]; }

 private:
  std::string name_;
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> cells_;  // rows x columns, header excluded
  std::vector<std::size_t> lines_;               // the line each row starts on
};

}  // namespace sim::io
