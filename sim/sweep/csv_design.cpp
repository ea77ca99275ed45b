#include "sim/sweep/csv_design.hpp"

#include "sim/core/error.hpp"

#include <fstream>
#include <set>

namespace sim::sweep {
namespace {

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r") - b + 1);
}

std::vector<std::string> split(const std::string& line, const std::string& where) {
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false;
  bool was_quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"' && trim(field).empty()) {
      quoted = was_quoted = true;
      field.clear();
    } else if (c == ',') {
      fields.push_back(was_quoted ? field : trim(field));
      field.clear();
      was_quoted = false;
    } else {
      field += c;
    }
  }
  if (quoted) throw InputError(where + ": unterminated quoted field");
  fields.push_back(was_quoted ? field : trim(field));
  return fields;
}

}  // namespace

std::string CsvTable::where(std::size_t row, std::size_t column) const {
  return path + ": line " + std::to_string(lines.at(row)) + ", column " +
         std::to_string(column + 1) + " ('" + columns.at(column) + "')";
}

CsvTable read_csv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot open design table");
  CsvTable table;
  table.path = path;
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    const std::string where = path + ": line " + std::to_string(number);
    if (trim(line).empty()) continue;
    auto fields = split(line, where);
    if (table.columns.empty()) {
      std::set<std::string> seen;
      for (std::size_t c = 0; c < fields.size(); ++c) {
        if (fields[c].empty())
          throw InputError(where + ", column " + std::to_string(c + 1) + ": empty column name");
        if (!seen.insert(fields[c]).second)
          throw InputError(where + ", column " + std::to_string(c + 1) + ": column '" + fields[c] +
                           "' given twice");
      }
      table.columns = std::move(fields);
      continue;
    }
    if (fields.size() != table.columns.size())
      throw InputError(where + ": " + std::to_string(fields.size()) + " fields, expected " +
                       std::to_string(table.columns.size()) + " (one per column of the header)");
    for (std::size_t c = 0; c < fields.size(); ++c)
      if (fields[c].empty())
        throw InputError(where + ", column " + std::to_string(c + 1) + " ('" + table.columns[c] +
                         "'): empty value");
    table.rows.push_back(std::move(fields));
    table.lines.push_back(number);
  }
  if (table.columns.empty()) throw InputError(path + ": empty design table (no header row)");
  if (table.rows.empty()) throw InputError(path + ": the design table has no rows");
  return table;
}

}  // namespace sim::sweep
