#pragma once

#include "sim/io/h5.hpp"
#include "sim/io/record_sink.hpp"

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace sim::io {

// A typed handle to one per-step series, so models append without looking names up.
template <class T>
struct Series {
  std::size_t index;
};

// What a model writes during a run: per-step series and per-run results, each with a
// description and a unit. Where they go is the sink's business: an HDF5 file (/series and
// /summary) or a RunRecord in memory.
class Recorder {
 public:
  // Writes into the open HDF5 file `file` (groups /series and /summary).
  explicit Recorder(hid_t file);
  // Keeps everything in `memory` (a run of a sweep).
  explicit Recorder(RunRecord& memory);

  template <class T>
  Series<T> series(const std::string& name, std::size_t columns, const std::string& description,
                   const std::string& unit, const std::vector<std::string>& column_labels = {}) {
    return {
        sink_->add_series({name, element_type<T>(), columns, description, unit, column_labels})};
  }

  template <class T>
  void append(Series<T> s, std::span<const T> row) {
    sink_->append(s.index, row.data(), row.size());
  }
  template <class T>
  void append(Series<T> s, T value) {
    sink_->append(s.index, &value, 1);
  }

  void result(const std::string& name, double value, const std::string& description,
              const std::string& unit);
  void result(const std::string& name, std::int64_t value, const std::string& description,
              const std::string& unit);
  void result(const std::string& name, const std::string& value, const std::string& description);

  void flush();

 private:
  std::unique_ptr<RecordSink> sink_;
};

}  // namespace sim::io
