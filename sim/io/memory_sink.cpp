#include "sim/io/memory_sink.hpp"

#include <stdexcept>

namespace sim::io {

std::size_t MemorySink::add_series(const SeriesSpec& spec) {
  record_.series.push_back({spec, 0, {}});
  return record_.series.size() - 1;
}

void MemorySink::append(std::size_t series, const void* row, std::size_t count) {
  auto& s = record_.series.at(series);
  if (count != s.spec.columns)
    throw std::logic_error("series " + s.spec.name + ": row of " + std::to_string(count) +
                           " values, expected " + std::to_string(s.spec.columns));
  const auto* p = static_cast<const unsigned char*>(row);
  s.bytes.insert(s.bytes.end(), p, p + count * kElementBytes);
  ++s.rows;
}

void MemorySink::result(const Result& result) {
  record_.results.push_back(result);
}

}  // namespace sim::io
