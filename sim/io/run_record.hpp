#pragma once

#include "sim/io/element_type.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <variant>
#include <vector>

namespace sim::io {

// What a per-step series is: everything a writer needs to create its dataset.
struct SeriesSpec {
  std::string name;
  ElementType type = ElementType::kFloat64;
  std::size_t columns = 1;
  std::string description;
  std::string unit;
  std::vector<std::string> labels;  // column labels of a 2-D series; empty for none
};

// One per-run result (a /summary entry).
struct Result {
  std::string name;
  std::variant<double, std::int64_t, std::string> value;
  std::string description;
  std::string unit;
};

// One finished run held in memory: what a sweep worker hands to the single writer (HDF5 is not
// thread-safe), what the resume journal stores and what an MPI rank sends to rank 0.
struct RunRecord {
  struct Series {
    SeriesSpec spec;
    std::size_t rows = 0;
    std::vector<unsigned char> bytes;  // rows * columns elements of spec.type, row-major
  };
  std::int64_t index = 0;  // run index in its sweep
  std::uint64_t seed = 0;
  std::vector<Series> series;
  std::vector<Result> results;

  // Numeric results by name (integers as doubles; text results left out).
  std::map<std::string, double> numeric_results() const;
};

// A self-contained byte encoding (little-endian, as written on this machine): the journal
// and MPI messages use it. decode() throws std::runtime_error on malformed input.
std::vector<unsigned char> encode(const RunRecord& record);
RunRecord decode(const unsigned char* data, std::size_t size);

}  // namespace sim::io
