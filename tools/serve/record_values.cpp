#include "tools/serve/record_values.hpp"

#include <cstdint>
#include <cstring>

namespace serve {

const sim::io::RunRecord::Series* find_series(const sim::io::RunRecord& record,
                                              const std::string& name) {
  for (const auto& s : record.series)
    if (s.spec.name == name) return &s;
  return nullptr;
}

double value_at(const sim::io::RunRecord::Series& series, std::size_t row, std::size_t column) {
  const std::size_t offset = (row * series.spec.columns + column) * sim::io::kElementBytes;
  if (series.spec.type == sim::io::ElementType::kInt64) {
    std::int64_t v = 0;
    std::memcpy(&v, series.bytes.data() + offset, sizeof v);
    return static_cast<double>(v);
  }
  double v = 0.0;
  std::memcpy(&v, series.bytes.data() + offset, sizeof v);
  return v;
}

}  // namespace serve
