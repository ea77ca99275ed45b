#pragma once

#include "sim/sweep/plan.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace sim::sweep {

// An external design table (SALib, OpenMOLE, a spreadsheet) for `design: csv`. The file is read
// by sim/io/csv (RFC 4180 quoting, CRLF, a byte order mark, blank lines skipped) with spaces
// around fields dropped; this is what is particular to designs: the header names the columns,
// YAML key paths of the scenario or `seed`, and every further row is one design point whose
// cells are YAML scalars, none of them empty.
struct CsvDesign {
  std::vector<std::string> parameters;          // the key-path columns, in the table's order
  std::vector<std::vector<Assignment>> values;  // per row, one per parameter: the cell's text,
                                                // its origin the cell ("design.csv: line 3,
                                                // column 2 ('a.b')")
  std::vector<std::uint64_t> seeds;             // per row, from a `seed` column; empty: none
};

// Reads the table at `path`. InputError naming the file, the line and (for a cell) the column
// for: a file that cannot be opened or is empty, a malformed CSV (a row whose field count
// differs from the header, an unclosed quote), an empty or repeated column name, an empty
// cell, a table without rows, a seed that is not a whole number in [0, 2^53]. The keys and
// values are checked against the scenario later (check_plan), at each value's origin.
CsvDesign read_csv_design(const std::string& path);

}  // namespace sim::sweep
