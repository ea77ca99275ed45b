#include "sim/io/recorder.hpp"

namespace sim::io {

Recorder::Recorder(hid_t file)
    : series_(create_group(file, "series")), summary_(create_group(file, "summary")) {
  write_attribute(series_.get(), "description",
                  std::string("per-step series; the first dimension is the step"));
  write_attribute(summary_.get(), "description", std::string("per-run results"));
}

void Recorder::group(const std::string& name, const std::string& description) {
  const Handle file(H5Iget_file_id(series_.get()), H5Fclose, "file of " + name);
  const Handle g = create_group(file.get(), name);
  write_attribute(g.get(), "description", description);
}

void Recorder::result(const std::string& name, double value, const std::string& description,
                      const std::string& unit) {
  write_scalar(summary_.get(), name, value, description, unit);
}

void Recorder::result(const std::string& name, std::int64_t value, const std::string& description,
                      const std::string& unit) {
  write_scalar(summary_.get(), name, value, description, unit);
}

void Recorder::result(const std::string& name, const std::string& value,
                      const std::string& description) {
  write_scalar(summary_.get(), name, value, description);
}

void Recorder::flush() {
  for (auto& w : writers_) w.flush();
}

void Recorder::label_columns(hid_t dataset, const std::vector<std::string>& labels) {
  std::string joined;
  for (const auto& l : labels) joined += (joined.empty() ? "" : ",") + l;
  write_attribute(dataset, "columns", joined);
}

}  // namespace sim::io
