#pragma once

#include "sim/io/h5.hpp"
#include "sim/io/record_sink.hpp"
#include "sim/io/series_writer.hpp"

#include <vector>

namespace sim::io {

// Records straight into an open HDF5 file: /series/NAME appended as the run goes (memory does
// not grow with steps) and /summary/NAME scalars.
class H5Sink final : public RecordSink {
 public:
  explicit H5Sink(hid_t file);
  std::size_t add_series(const SeriesSpec& spec) override;
  void append(std::size_t series, const void* row, std::size_t count) override;
  void result(const Result& result) override;
  void flush() override;

 private:
  Handle series_;
  Handle summary_;
  std::vector<SeriesWriter> writers_;
};

}  // namespace sim::io
