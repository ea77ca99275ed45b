#include "sim/io/output_file.hpp"

namespace sim::io {

OutputFile::OutputFile(const std::string& path, const Provenance& p, const OutputLock* held)
    : file_(path, p.file_type, held) {
  const hid_t f = file_.id();
  write_attribute(f, "model", p.model);
  write_attribute(f, "draws_version", p.draws_version);
  write_attribute(f, "seed", static_cast<std::int64_t>(p.seed));
  write_attribute(f, "threads", static_cast<std::int64_t>(p.threads));
  write_attribute(f, "scenario_file", p.scenario_file);
  write_attribute(f, "scenario", p.scenario_text);
  write_attribute(f, "scenario_source", p.scenario_source);
  write_attribute(f, "description", p.description);
}

}  // namespace sim::io
