#include "sim/analysis/table.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <ostream>
#include <stdexcept>

namespace sim::analysis {
namespace {

bool empty(const Cell& c) {
  return std::holds_alternative<std::monostate>(c) ||
         (std::holds_alternative<double>(c) && std::isnan(std::get<double>(c)));
}

std::string exact(double v) {
  char buf[32];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  return {buf, r.ptr};
}

// A cell as text: `precise` for CSV and JSON, 4 significant digits for the terminal.
std::string render(const Cell& c, bool precise) {
  if (empty(c)) return "";
  if (const auto* s = std::get_if<std::string>(&c)) return *s;
  if (const auto* i = std::get_if<std::int64_t>(&c)) return std::to_string(*i);
  const double v = std::get<double>(c);
  if (precise) return exact(v);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", v);
  return buf;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string q = "\"";
  for (const char ch : s) q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
  return q + "\"";
}

std::string json_string(const std::string& s) {
  std::string q = "\"";
  for (const char ch : s) {
    if (ch == '"' || ch == '\\') {
      q += '\\';
      q += ch;
    } else if (static_cast<unsigned char>(ch) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", ch);
      q += buf;
    } else {
      q += ch;
    }
  }
  return q + "\"";
}

std::string json_value(const Cell& c) {
  if (empty(c)) return "null";
  if (const auto* s = std::get_if<std::string>(&c)) return json_string(*s);
  return render(c, true);
}

void write_text(std::ostream& out, const Table& t,
                const std::vector<std::pair<std::string, Cell>>& meta) {
  for (std::size_t i = 0; i < meta.size(); ++i)
    out << (i ? "; " : "# ") << meta[i].first << ": " << render(meta[i].second, false)
        << (i + 1 == meta.size() ? "\n" : "");
  std::vector<std::size_t> width;
  for (const auto& c : t.columns) width.push_back(c.size());
  for (const auto& row : t.rows)
    for (std::size_t i = 0; i < row.size(); ++i)
      width[i] = std::max(width[i], std::max<std::size_t>(render(row[i], false).size(), 1));
  const auto line = [&](const std::vector<std::string>& cells, const std::vector<bool>& right) {
    std::string s;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const std::string pad(width[i] - cells[i].size(), ' ');
      s += (i ? "  " : "") + (right[i] ? pad + cells[i] : cells[i] + pad);
    }
    s.erase(s.find_last_not_of(' ') + 1);
    out << s << "\n";
  };
  std::vector<bool> numeric(t.columns.size(), false);
  for (const auto& row : t.rows)
    for (std::size_t i = 0; i < row.size(); ++i)
      if (!empty(row[i])) numeric[i] = !std::holds_alternative<std::string>(row[i]);
  line(t.columns, numeric);
  for (const auto& row : t.rows) {
    std::vector<std::string> cells;
    for (std::size_t i = 0; i < row.size(); ++i) {
      const bool dash = empty(row[i]) && numeric[i];
      cells.push_back(dash ? "-" : render(row[i], false));
    }
    line(cells, numeric);
  }
}

void write_csv(std::ostream& out, const Table& t) {
  const auto line = [&](const auto& cells, auto&& text) {
    for (std::size_t i = 0; i < cells.size(); ++i)
      out << (i ? "," : "") << csv_field(text(cells[i]));
    out << "\n";
  };
  line(t.columns, [](const std::string& s) { return s; });
  for (const auto& row : t.rows) line(row, [](const Cell& c) { return render(c, true); });
}

void write_json(std::ostream& out, const Table& t,
                const std::vector<std::pair<std::string, Cell>>& meta) {
  out << "{\n";
  for (const auto& [key, value] : meta)
    out << "  " << json_string(key) << ": " << json_value(value) << ",\n";
  out << "  \"rows\": [";
  for (std::size_t r = 0; r < t.rows.size(); ++r) {
    out << (r ? ",\n    {" : "\n    {");
    for (std::size_t i = 0; i < t.columns.size(); ++i)
      out << (i ? ", " : "") << json_string(t.columns[i]) << ": " << json_value(t.rows[r][i]);
    out << "}";
  }
  out << (t.rows.empty() ? "]\n}\n" : "\n  ]\n}\n");
}

}  // namespace

Format parse_format(const std::string& name) {
  if (name == "text") return Format::kText;
  if (name == "csv") return Format::kCsv;
  if (name == "json") return Format::kJson;
  throw std::invalid_argument("unknown table format '" + name + "' (expected text, csv or json)");
}

void write_table(std::ostream& out, const Table& table, Format format,
                 const std::vector<std::pair<std::string, Cell>>& meta) {
  for (const auto& row : table.rows)
    if (row.size() != table.columns.size())
      throw std::invalid_argument("table row size differs from its columns");
  switch (format) {
    case Format::kText: write_text(out, table, meta); return;
    case Format::kCsv: write_csv(out, table); return;
    case Format::kJson: write_json(out, table, meta); return;
  }
}

}  // namespace sim::analysis
