#pragma once

#include "sim/io/h5.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace sim::io {

// Whole arrays written at once (tables of results, designs), each with `description` and
// `unit` attributes; `columns` labels the second dimension of a matrix (comma-separated, as
// for 2-D series).
void write_vector(hid_t parent, const std::string& name, std::span<const double> values,
                  const std::string& description, const std::string& unit);
void write_vector(hid_t parent, const std::string& name, std::span<const std::int64_t> values,
                  const std::string& description, const std::string& unit);
void write_strings(hid_t parent, const std::string& name, const std::vector<std::string>& values,
                   const std::string& description);
// A rows x columns matrix stored row-major in `values`.
void write_matrix(hid_t parent, const std::string& name, std::span<const double> values,
                  std::size_t rows, const std::vector<std::string>& columns,
                  const std::string& description, const std::string& unit);

}  // namespace sim::io
