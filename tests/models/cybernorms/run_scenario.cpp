#include "tests/models/cybernorms/run_scenario.hpp"

#include "sim/io/output_file.hpp"
#include "tests/scratch.hpp"

#include <fstream>
#include <sstream>

namespace cybernorms::testing {

sim::config::Document shipped(const std::string& name) {
  // From the file, so that a scenario's `base:` is read as the command line reads it.
  return sim::config::Document::from_file(std::string(NORMSIM_SOURCE_DIR) + "/scenarios/" + name);
}

std::string temp_path(const std::string& tag, const std::string& extension) {
  return normsim_test::scratch_path("normsim_cyber_" + tag + extension).string();
}

std::string run(sim::config::Document doc, int threads, std::int64_t steps, const std::string& tag,
                const std::function<void(const Simulation&)>& inspect) {
  doc.apply_override("time.steps=" + std::to_string(steps));
  const Params p = schema().parse(doc, kEngineKeys);
  const auto path = temp_path(tag, ".h5");
  sim::io::OutputFile out(path, {"cybernorms", "t", "", "", "", 1, 1});
  sim::io::Recorder recorder(out.id());
  const sim::Executor executor(threads);
  Simulation s(p, 5, executor, recorder);
  for (std::int64_t t = 0; t < s.steps(); ++t) s.step(t);
  s.finish();
  recorder.flush();
  out.commit();
  if (inspect) inspect(s);
  return path;
}

}  // namespace cybernorms::testing
