#pragma once

#include "sim/io/run_record.hpp"

#include <cstddef>

namespace sim::io {

// Where a Recorder puts what a model records: straight into an HDF5 file (H5Sink, for
// `normsim run`) or into a RunRecord in memory (MemorySink, for runs of a sweep executing in
// parallel, since HDF5 may be called from one thread only).
class RecordSink {
 public:
  virtual ~RecordSink() = default;
  // Declares a series; returns its handle for append().
  virtual std::size_t add_series(const SeriesSpec& spec) = 0;
  // One row of `count` elements of the series' element type.
  virtual void append(std::size_t series, const void* row, std::size_t count) = 0;
  virtual void result(const Result& result) = 0;
  virtual void flush() = 0;
};

}  // namespace sim::io
