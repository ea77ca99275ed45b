#pragma once

#include "sim/io/record_sink.hpp"

namespace sim::io {

// Records into a RunRecord owned by the caller.
class MemorySink final : public RecordSink {
 public:
  explicit MemorySink(RunRecord& record) : record_(record) {}
  std::size_t add_series(const SeriesSpec& spec) override;
  void append(std::size_t series, const void* row, std::size_t count) override;
  void result(const Result& result) override;
  void flush() override {}

 private:
  RunRecord& record_;
};

}  // namespace sim::io
