#include "sim/io/csv.hpp"

#include "sim/config/suggest.hpp"
#include "sim/core/error.hpp"

#include <charconv>
#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

namespace sim::io {
namespace {

struct Record {
  std::vector<std::string> fields;
  std::size_t line = 0;
};

bool is_space(char c) {
  return c == ' ' || c == '\t';
}

// Splits `text` into records. A record made of one empty unquoted field is a blank line.
// With options.trim, spaces before a field (and before its opening quote) are skipped, spaces
// after a closing quote are skipped and trailing spaces of an unquoted field are dropped.
std::vector<Record> split_records(std::string_view text, const std::string& name,
                                  CsvOptions options) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  std::vector<Record> out;
  Record current{{""}, 1};
  bool quoted_record = false;  // any field quoted: "" alone is then not a blank line
  bool quoted_field = false;   // the current field was quoted (its spaces are its own)
  std::size_t line = 1;
  std::size_t i = 0;
  auto end_field = [&] {
    if (options.trim && !quoted_field)
      while (!current.fields.back().empty() && is_space(current.fields.back().back()))
        current.fields.back().pop_back();
    quoted_field = false;
  };
  auto end_record = [&] {
    end_field();
    const bool blank = current.fields.size() == 1 && current.fields[0].empty() && !quoted_record;
    if (!blank) out.push_back(std::move(current));
    current = Record{{""}, line};
    quoted_record = false;
  };
  while (i < text.size()) {
    const char c = text[i];
    if (options.trim && is_space(c) && current.fields.back().empty() && !quoted_field) {
      ++i;  // a leading space
    } else if (c == '"' && current.fields.back().empty() && !quoted_field) {
      quoted_record = quoted_field = true;
      const std::size_t opened = line;
      ++i;
      for (;;) {
        if (i >= text.size())
          throw InputError(name + ":" + std::to_string(opened) + ": quoted field is not closed");
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            current.fields.back() += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        if (text[i] == '\n') ++line;
        current.fields.back() += text[i++];
      }
      while (options.trim && i < text.size() && is_space(text[i])) ++i;
      if (i < text.size() && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
        throw InputError(name + ":" + std::to_string(line) +
                         ": unexpected text after a closing quote");
    } else if (c == ',') {
      end_field();
      current.fields.emplace_back();
      ++i;
    } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      ++i;
    } else if (c == '\n') {
      ++line;
      ++i;
      end_record();
    } else if (c == '"') {
      throw InputError(name + ":" + std::to_string(line) +
                       ": a quote inside an unquoted field (quote the whole field)");
    } else {
      current.fields.back() += c;
      ++i;
    }
  }
  end_record();
  return out;
}

}  // namespace

CsvTable CsvTable::read_file(const std::string& path, CsvOptions options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot open CSV file");
  std::ostringstream text;
  text << in.rdbuf();
  return parse(text.str(), path, options);
}

CsvTable CsvTable::parse(std::string_view text, std::string name, CsvOptions options) {
  auto records = split_records(text, name, options);
  if (records.empty()) throw InputError(name + ": empty CSV file (expected a header row)");
  CsvTable t;
  t.name_ = std::move(name);
  t.header_ = std::move(records[0].fields);
  const std::string header_at = t.name_ + ":" + std::to_string(records[0].line) + ": ";
  std::map<std::string, std::size_t> seen;  // name -> its column, from 1
  for (std::size_t c = 0; c < t.header_.size(); ++c) {
    const std::string& h = t.header_[c];
    if (h.empty()) throw InputError(header_at + "column " + std::to_string(c + 1) + " has no name");
    const auto [first, fresh] = seen.emplace(h, c + 1);
    if (!fresh)
      throw InputError(header_at + "column '" + h + "' appears twice (columns " +
                       std::to_string(first->second) + " and " + std::to_string(c + 1) + ")");
  }
  for (std::size_t r = 1; r < records.size(); ++r) {
    if (records[r].fields.size() != t.header_.size())
      throw InputError(t.name_ + ":" + std::to_string(records[r].line) + ": " +
                       std::to_string(records[r].fields.size()) + " fields, expected " +
                       std::to_string(t.header_.size()) + " as in the header");
    t.cells_.push_back(std::move(records[r].fields));
    t.lines_.push_back(records[r].line);
  }
  return t;
}

std::optional<std::size_t> CsvTable::column(std::string_view name) const {
  for (std::size_t c = 0; c < header_.size(); ++c)
    if (header_[c] == name) return c;
  return std::nullopt;
}

std::size_t CsvTable::require(std::string_view name) const {
  if (const auto c = column(name)) return *c;
  throw InputError(name_ + ":1: missing column '" + std::string(name) + "'");
}

void CsvTable::only_columns(const std::vector<std::string>& known) const {
  for (const auto& h : header_) {
    bool ok = false;
    for (const auto& k : known) ok = ok || k == h;
    if (ok) continue;
    std::string message = name_ + ":1: unknown column '" + h + "'";
    const std::string hint = config::closest(h, known);
    if (!hint.empty()) message += " (did you mean '" + hint + "'?)";
    throw InputError(message);
  }
}

const std::string& CsvTable::cell(std::size_t row, std::size_t column) const {
  return cells_[row][column];
}

std::optional<double> CsvTable::to_number(std::size_t row, std::size_t column) const {
  const std::string& text = cell(row, column);
  const auto first = text.find_first_not_of(" \t");
  const auto last = text.find_last_not_of(" \t");
  if (first == std::string::npos) return std::nullopt;
  const char* begin = text.data() + first;
  const char* end = text.data() + last + 1;
  if (*begin == '+' && end - begin > 1 && begin[1] != '-') ++begin;  // from_chars rejects '+'
  double v = 0.0;
  const auto [ptr, ec] = std::from_chars(begin, end, v);
  if (ec == std::errc() && ptr == end && std::isfinite(v)) return v;
  return std::nullopt;
}

double CsvTable::number(std::size_t row, std::size_t column) const {
  if (const auto v = to_number(row, column)) return *v;
  throw InputError(where(row, column) + "expected a number, got '" + cell(row, column) + "'");
}

std::string CsvTable::where(std::size_t row, std::size_t column) const {
  return name_ + ":" + std::to_string(lines_[row]) + ": column '" + header_[column] + "': ";
}

}  // namespace sim::io
