#pragma once

#include "sim/io/run_record.hpp"

#include <cstddef>
#include <string>

namespace serve {

// The per-step series named `name` (under /series), or nullptr.
const sim::io::RunRecord::Series* find_series(const sim::io::RunRecord& record,
                                              const std::string& name);
// Element (row, column) of a series, as a double whatever its element type.
double value_at(const sim::io::RunRecord::Series& series, std::size_t row, std::size_t column);

}  // namespace serve
