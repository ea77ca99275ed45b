#pragma once

#include "sim/io/h5.hpp"

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <vector>

namespace sim::io {

// One per-step series on disk: an extendible, chunked, shuffled and deflated dataset of
// shape [rows] (columns == 1) or [rows, columns], appended one row per step. Rows are
// buffered up to one chunk and then written, so memory stays constant however long the run.
class SeriesWriter {
 public:
  SeriesWriter(hid_t parent, const std::string& name, hid_t file_type, hid_t memory_type,
               std::size_t element_size, std::size_t columns, const std::string& description,
               const std::string& unit);
  SeriesWriter(SeriesWriter&&) = default;
  SeriesWriter& operator=(SeriesWriter&&) = default;

  template <class T>
  void append(std::span<const T> row) {
    append_bytes(row.data(), row.size() * sizeof(T), row.size());
  }
  // One row of `count` elements, `bytes` long.
  void append_bytes(const void* data, std::size_t bytes, std::size_t count);
  void flush();
  std::size_t rows() const { return rows_written_ + buffered_rows_; }
  hid_t id() const { return dataset_.get(); }

 private:
  Handle dataset_;
  hid_t memory_type_;
  std::size_t element_size_;
  std::size_t columns_;
  std::size_t chunk_rows_;
  std::size_t rows_written_ = 0;
  std::size_t buffered_rows_ = 0;
  std::vector<unsigned char> buffer_;
  std::string name_;
};

}  // namespace sim::io
