#include "sim/io/h5_sink.hpp"

#include <variant>

namespace sim::io {

H5Sink::H5Sink(hid_t file)
    : series_(create_group(file, "series")), summary_(create_group(file, "summary")) {
  write_attribute(series_.get(), "description",
                  std::string("per-step series; the first dimension is the step"));
  write_attribute(summary_.get(), "description", std::string("per-run results"));
}

std::size_t H5Sink::add_series(const SeriesSpec& spec) {
  writers_.emplace_back(series_.get(), spec.name, file_type(spec.type), memory_type(spec.type),
                        kElementBytes, spec.columns, spec.description, spec.unit);
  if (!spec.labels.empty()) write_column_labels(writers_.back().id(), spec.labels);
  return writers_.size() - 1;
}

void H5Sink::append(std::size_t series, const void* row, std::size_t count) {
  writers_[series].append_bytes(row, count * kElementBytes, count);
}

void H5Sink::result(const Result& r) {
  if (const auto* text = std::get_if<std::string>(&r.value)) {
    write_scalar(summary_.get(), r.name, *text, r.description);
    return;
  }
  std::visit(
      [&](const auto& v) {
        if constexpr (!std::is_same_v<std::decay_t<decltype(v)>, std::string>)
          write_scalar(summary_.get(), r.name, v, r.description, r.unit);
      },
      r.value);
}

void H5Sink::flush() {
  for (auto& w : writers_) w.flush();
}

}  // namespace sim::io
