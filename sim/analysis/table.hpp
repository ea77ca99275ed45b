#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace sim::analysis {

// A result table as the terminal, a spreadsheet or a script reads it. An empty cell (or a NaN)
// is "no value": blank in text and CSV, null in JSON.
using Cell = std::variant<std::monostate, std::string, double, std::int64_t>;

struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
};

enum class Format { kText, kCsv, kJson };

// "text", "csv" or "json"; std::invalid_argument otherwise.
Format parse_format(const std::string& name);

// Text: a "# key: value; ..." line of `meta` (when given), then aligned columns, numbers to 4
// significant digits, "-" for no value. CSV (RFC 4180, without `meta`) and JSON: numbers in
// their shortest exact form. JSON is an object holding `meta`'s entries and a `rows` array of
// objects keyed by column.
void write_table(std::ostream& out, const Table& table, Format format,
                 const std::vector<std::pair<std::string, Cell>>& meta = {});

}  // namespace sim::analysis
