#include "sim/io/recorder.hpp"

#include "sim/io/h5_sink.hpp"
#include "sim/io/memory_sink.hpp"

namespace sim::io {

Recorder::Recorder(hid_t file) : sink_(std::make_unique<H5Sink>(file)) {}

Recorder::Recorder(RunRecord& memory) : sink_(std::make_unique<MemorySink>(memory)) {}

void Recorder::result(const std::string& name, double value, const std::string& description,
                      const std::string& unit) {
  sink_->result({name, value, description, unit});
}

void Recorder::result(const std::string& name, std::int64_t value, const std::string& description,
                      const std::string& unit) {
  sink_->result({name, value, description, unit});
}

void Recorder::result(const std::string& name, const std::string& value,
                      const std::string& description) {
  sink_->result({name, value, description, "1"});
}

void Recorder::flush() {
  sink_->flush();
}

}  // namespace sim::io
