#include "sim/sweep/merge.hpp"

#include "sim/core/error.hpp"
#include "sim/sweep/run_file.hpp"
#include "sim/sweep/sweep_file.hpp"

namespace sim::sweep {

MergeOutcome merge_run_files(const SweepPlan& plan, const std::vector<std::string>& files,
                             const std::string& output, io::Provenance provenance,
                             const std::function<void(hid_t)>& annotate) {
  const std::uint64_t fingerprint = plan.fingerprint();
  // Every file is checked before the output is created, so bad input writes nothing.
  std::vector<std::string> source(plan.rows.size());
  for (const auto& path : files) {
    const std::int64_t index = check_run_file(path, fingerprint);
    const auto i = static_cast<std::size_t>(index);
    if (index < 0 || i >= plan.rows.size())
      throw InputError(path + ": run index " + std::to_string(index) + " is outside the sweep");
    if (!source[i].empty())
      throw InputError(path + ": run " + std::to_string(i) + " was already given by " + source[i]);
    source[i] = path;
  }
  provenance.file_type = "normsim.sweep";
  SweepFile file(output, plan, provenance);
  if (annotate) annotate(file.id());
  MergeOutcome outcome;
  for (const auto& path : files) {
    file.write(read_run_file(path, fingerprint));
    ++outcome.merged;
  }
  for (std::size_t i = 0; i < source.size(); ++i)
    if (source[i].empty()) outcome.missing.push_back(static_cast<std::int64_t>(i));
  file.commit();
  return outcome;
}

}  // namespace sim::sweep
