#include "sim/sweep/csv_design.hpp"

#include "sim/core/error.hpp"
#include "sim/io/csv.hpp"
#include "sim/sweep/sweep_block.hpp"

namespace sim::sweep {
namespace {

// "design.csv: line 3, column 2 ('a.b')": where cell (row, column) was written.
std::string cell_origin(const io::CsvTable& t, std::size_t row, std::size_t column) {
  return t.name() + ": line " + std::to_string(t.line(row)) + ", column " +
         std::to_string(column + 1) + " ('" + t.header()[column] + "')";
}

}  // namespace

CsvDesign read_csv_design(const std::string& path) {
  const auto table = io::CsvTable::read_file(path, {.trim = true});
  if (table.rows() == 0) throw InputError(path + ": the design table has no rows");
  const auto& columns = table.header();
  CsvDesign d;
  std::size_t seed_column = columns.size();
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (columns[c] == "seed")
      seed_column = c;
    else
      d.parameters.push_back(columns[c]);
  }
  for (std::size_t r = 0; r < table.rows(); ++r)
    for (std::size_t c = 0; c < columns.size(); ++c)
      if (table.cell(r, c).empty()) throw InputError(cell_origin(table, r, c) + ": empty value");
  for (std::size_t r = 0; r < table.rows(); ++r) {
    std::vector<Assignment> row;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const std::string& text = table.cell(r, c);
      if (c == seed_column)
        d.seeds.push_back(seed_value(cell_origin(table, r, c) + ": ", table.to_number(r, c), text));
      else
        row.push_back({columns[c], text, cell_origin(table, r, c)});
    }
    d.values.push_back(std::move(row));
  }
  return d;
}

}  // namespace sim::sweep
