#include "sim/sweep/merge.hpp"

#include "sim/core/error.hpp"
#include "sim/sweep/run_file.hpp"
#include "sim/sweep/sweep_file.hpp"

namespace sim::sweep {

MergeOutcome merge_run_files(const SweepPlan& plan, const std::vector<std::string>& files,
                             const std::string& output, io::Provenance provenance,
                             const std::function<void(hid_t)>& annotate) {
  const std::uint64_t fingerprint = plan.fingerprint();
  provenance.file_type = "normsim.sweep";
  SweepFile file(output, plan, provenance);
  if (annotate) annotate(file.id());
  std::vector<std::string> source(plan.rows.size());
  MergeOutcome outcome;
  for (const auto& path : files) {
    const io::RunRecord record = read_run_file(path, fingerprint);
    const auto i = static_cast<std::size_t>(record.index);
    if (record.index < 0 || i >= plan.rows.size())
      throw InputError(path + ": run index " + std::to_string(record.index) +
                       " is outside the sweep");
    if (!source[i].empty())
      throw InputError(path + ": run " + std::to_string(i) + " was already given by " +
                       source[i]);
    source[i] = path;
    file.write(record);
    ++outcome.merged;
  }
  for (std::size_t i = 0; i < source.size(); ++i)
    if (source[i].empty()) outcome.missing.push_back(static_cast<std::int64_t>(i));
  file.commit();
  return outcome;
}

}  // namespace sim::sweep
