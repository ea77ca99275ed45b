#pragma once

#include "sim/io/h5.hpp"
#include "sim/io/series_writer.hpp"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace sim::io {

// A typed handle to one per-step series, so models append without looking names up.
template <class T>
struct Series {
  std::size_t index;
};

// What a model writes during a run: per-step series under /series and per-run results under
// /summary. Each series and result carries a description and a unit.
class Recorder {
 public:
  explicit Recorder(hid_t file);

  // A group at the file's root, so that series named "/group/name" can live outside /series
  // (per-agent data recorded only some steps, or once).
  void group(const std::string& name, const std::string& description);

  template <class T>
  Series<T> series(const std::string& name, std::size_t columns, const std::string& description,
                   const std::string& unit, const std::vector<std::string>& column_labels = {}) {
    writers_.emplace_back(series_.get(), name, file_type<T>(), memory_type<T>(), sizeof(T), columns,
                          description, unit);
    if (!column_labels.empty()) label_columns(writers_.back().id(), column_labels);
    return {writers_.size() - 1};
  }

  template <class T>
  void append(Series<T> s, std::span<const T> row) {
    writers_[s.index].append(row);
  }
  template <class T>
  void append(Series<T> s, T value) {
    writers_[s.index].append(std::span<const T>(&value, 1));
  }

  void result(const std::string& name, double value, const std::string& description,
              const std::string& unit);
  void result(const std::string& name, std::int64_t value, const std::string& description,
              const std::string& unit);
  void result(const std::string& name, const std::string& value, const std::string& description);

  void flush();

 private:
  static void label_columns(hid_t dataset, const std::vector<std::string>& labels);

  Handle series_;
  Handle summary_;
  std::vector<SeriesWriter> writers_;
};

}  // namespace sim::io
