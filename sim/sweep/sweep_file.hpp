#pragma once

#include "sim/io/h5.hpp"
#include "sim/io/output_file.hpp"
#include "sim/io/run_record.hpp"
#include "sim/sweep/plan.hpp"

#include <map>
#include <set>
#include <string>

namespace sim::sweep {

// The HDF5 output of a sweep (file_type `normsim.sweep`), written to PATH.partial and renamed
// to PATH by commit(). Layout, with R the number of runs:
//   /design/run, /design/seed, /design/<key path>  [R] one row per run (numbers, or text when
//       a parameter's values are not all numbers); the group's `columns` attribute gives the
//       column order (`scenario` first when the plan has several scenarios)
//   /completed      [R] 1 for every run written, 0 for runs still missing
//   /series/NAME    [R, steps] or [R, steps, columns]; chunks of one run, shuffled, deflated
//   /summary/NAME   [R] per-run results
//   /GROUP/NAME     [R, rows, ...] series a model records outside /series (e.g. /agents)
// Runs are written at their row, in any order, so the datasets do not depend on the order in
// which runs finish. Rows of missing runs hold the fill value (NaN, 0 or ""). Series and
// results are created from the first run that has them; every run must agree on their
// element type and columns.
class SweepFile {
 public:
  // `held`: as for io::PartialFile (the caller's lock on PATH, or none).
  SweepFile(const std::string& path, const SweepPlan& plan, const io::Provenance& provenance,
            const io::OutputLock* held = nullptr);

  // Writes one finished run at row record.index. Call from one thread at a time.
  void write(const io::RunRecord& record);
  // Closes the file and renames PATH.partial to PATH.
  void commit();
  // Leaves PATH.partial when this ends without commit() (an interrupted sweep).
  void keep() { out_.keep(); }
  const std::string& partial_path() const { return out_.partial_path(); }
  hid_t id() const { return out_.id(); }

 private:
  struct Dataset {
    io::Handle handle;
    std::size_t columns = 1;
    std::size_t rows = 0;  // steps (series only)
    int kind = 0;          // io::ElementType, or 2 for text (results only)
  };
  void write_design(const SweepPlan& plan);
  Dataset& series(const io::RunRecord::Series& s);
  Dataset& result(const io::Result& r);

  std::size_t runs_;
  io::OutputFile out_;
  io::Handle series_group_;
  io::Handle summary_group_;
  io::Handle completed_;
  std::map<std::string, Dataset> series_;
  std::map<std::string, Dataset> results_;
  std::set<std::string> groups_;  // root groups made for series outside /series
};

}  // namespace sim::sweep
