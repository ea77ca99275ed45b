#include "sim/sweep/sweep_file.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <limits>
#include <stdexcept>

namespace sim::sweep {
namespace {

constexpr std::size_t kChunkBytes = 64 * 1024;
constexpr unsigned kDeflateLevel = 4;
constexpr int kText = 2;
const double kNaN = std::numeric_limits<double>::quiet_NaN();

void describe(hid_t dataset, const std::string& description, const std::string& unit) {
  io::write_attribute(dataset, "description", description);
  io::write_attribute(dataset, "unit", unit);
}

void write_numbers(hid_t parent, const std::string& name, const std::vector<std::string>& text,
                   const std::string& description) {
  std::vector<double> values;
  for (const auto& v : text) values.push_back(YAML::Node(v).as<double>());
  const io::Handle ds = io::create_vector(parent, name, io::file_type<double>(),
                                          io::memory_type<double>(), values.size(), nullptr);
  if (!values.empty())
    io::check(H5Dwrite(ds.get(), H5T_NATIVE_DOUBLE, H5S_ALL, H5S_ALL, H5P_DEFAULT, values.data()),
              "write design column " + name);
  describe(ds.get(), description, "");
}

void write_texts(hid_t parent, const std::string& name, const std::vector<std::string>& text,
                 const std::string& description) {
  const io::Handle type = io::text_type();
  std::vector<const char*> ptrs;
  for (const auto& v : text) ptrs.push_back(v.c_str());
  const io::Handle ds =
      io::create_vector(parent, name, type.get(), type.get(), ptrs.size(), nullptr);
  if (!ptrs.empty())
    io::check(H5Dwrite(ds.get(), type.get(), H5S_ALL, H5S_ALL, H5P_DEFAULT, ptrs.data()),
              "write design column " + name);
  describe(ds.get(), description, "");
}

void write_integers(hid_t parent, const std::string& name, const std::vector<std::int64_t>& v,
                    const std::string& description) {
  const io::Handle ds = io::create_vector(parent, name, io::file_type<std::int64_t>(),
                                          io::memory_type<std::int64_t>(), v.size(), nullptr);
  if (!v.empty())
    io::check(H5Dwrite(ds.get(), H5T_NATIVE_INT64, H5S_ALL, H5S_ALL, H5P_DEFAULT, v.data()),
              "write design column " + name);
  describe(ds.get(), description, "");
}

}  // namespace

SweepFile::SweepFile(const std::string& path, const SweepPlan& plan,
                     const io::Provenance& provenance, const io::OutputLock* held)
    : runs_(plan.rows.size()), out_(path, provenance, held) {
  // HDF5's metadata cache would otherwise grow with the chunk index of every series (one
  // chunk per run) towards its default ceiling of 32 MiB (4,000 short runs: 38 MiB peak with
  // the default, 31 MiB with this ceiling); entries are written once, rarely read again.
  H5AC_cache_config_t cache;
  cache.version = H5AC__CURR_CACHE_CONFIG_VERSION;
  io::check(H5Fget_mdc_config(out_.id(), &cache), "get metadata cache configuration");
  cache.set_initial_size = true;
  cache.initial_size = 1 << 20;
  cache.min_size = 1 << 20;
  cache.max_size = 2 << 20;
  io::check(H5Fset_mdc_config(out_.id(), &cache), "limit the metadata cache");
  io::write_attribute(out_.id(), "runs", static_cast<std::int64_t>(runs_));
  io::write_attribute(out_.id(), "fingerprint", fingerprint_text(plan.fingerprint()));
  write_design(plan);
  const std::int64_t zero = 0;
  completed_ = io::create_vector(out_.id(), "completed", io::file_type<std::int64_t>(),
                                 io::memory_type<std::int64_t>(), runs_, &zero);
  describe(completed_.get(), "1 when the run's results are in the file, 0 while it is missing",
           "1");
  series_group_ = io::create_group(out_.id(), "series");
  io::write_attribute(series_group_.get(), "description",
                      std::string("per-step series; dimensions run, step[, column]"));
  summary_group_ = io::create_group(out_.id(), "summary");
  io::write_attribute(summary_group_.get(), "description",
                      std::string("per-run results; the dimension is the run"));
}

void SweepFile::write_design(const SweepPlan& plan) {
  const io::Handle design = io::create_group(out_.id(), "design");
  io::write_attribute(design.get(), "description",
                      std::string("one row per run: run index, seed, every varied parameter"));
  std::vector<std::string> columns = {"run", "seed"};
  std::vector<std::int64_t> index, seed;
  for (const auto& r : plan.rows) {
    index.push_back(r.index);
    seed.push_back(static_cast<std::int64_t>(r.seed));
  }
  write_integers(design.get(), "run", index, "run index (row of the design)");
  write_integers(design.get(), "seed", seed, "seed of the run");
  if (plan.scenarios.size() > 1) {
    std::vector<std::string> names;
    for (const auto& r : plan.rows) names.push_back(plan.scenarios.at(r.scenario).doc.name());
    write_texts(design.get(), "scenario", names, "scenario file the run starts from");
    columns.insert(columns.begin() + 1, "scenario");
  }
  for (std::size_t j = 0; j < plan.parameters.size(); ++j) {
    const std::string& key = plan.parameters[j];
    std::vector<std::string> values;
    for (const auto& r : plan.rows) values.push_back(r.values.at(j).value);
    const std::string what = "value of scenario key " + key;
    if (plan.numeric(j))
      write_numbers(design.get(), key, values, what);
    else
      write_texts(design.get(), key, values, what + " (YAML text)");
    columns.push_back(key);
  }
  io::write_column_labels(design.get(), columns);
}

SweepFile::Dataset& SweepFile::series(const io::RunRecord::Series& s) {
  auto it = series_.find(s.spec.name);
  if (it != series_.end()) {
    Dataset& d = it->second;
    if (d.columns != s.spec.columns || d.kind != static_cast<int>(s.spec.type))
      throw std::runtime_error("series " + s.spec.name +
                               ": runs of this sweep disagree on its columns or element type");
    return d;
  }
  Dataset d;
  d.columns = s.spec.columns;
  d.rows = s.rows;
  d.kind = static_cast<int>(s.spec.type);
  const int rank = d.columns == 1 ? 2 : 3;
  const hsize_t dims[3] = {runs_, d.rows, d.columns};
  const hsize_t max_dims[3] = {runs_, H5S_UNLIMITED, d.columns};
  const std::size_t chunk_rows = std::clamp<std::size_t>(
      kChunkBytes / (io::kElementBytes * d.columns), 1, std::max<std::size_t>(d.rows, 1));
  const hsize_t chunk[3] = {1, chunk_rows, d.columns};
  const std::string& name = s.spec.name;
  const io::Handle space(H5Screate_simple(rank, dims, max_dims), H5Sclose, "create space " + name);
  const io::Handle dcpl(H5Pcreate(H5P_DATASET_CREATE), H5Pclose, "create properties " + name);
  io::check(H5Pset_chunk(dcpl.get(), rank, chunk), "set chunk " + name);
  io::check(H5Pset_shuffle(dcpl.get()), "set shuffle " + name);
  io::check(H5Pset_deflate(dcpl.get(), kDeflateLevel), "set deflate " + name);
  io::check(H5Pset_obj_track_times(dcpl.get(), false), "untrack times " + name);
  if (s.spec.type == io::ElementType::kFloat64)
    io::check(H5Pset_fill_value(dcpl.get(), H5T_NATIVE_DOUBLE, &kNaN), "set fill " + name);
  // No chunk cache: each run's chunk is written once and never read back, and a cache per
  // series would fill with up to 1 MiB of finished chunks each.
  const io::Handle dapl(H5Pcreate(H5P_DATASET_ACCESS), H5Pclose, "access properties " + name);
  io::check(H5Pset_chunk_cache(dapl.get(), 0, 0, H5D_CHUNK_CACHE_W0_DEFAULT),
            "no chunk cache " + name);
  d.handle = io::Handle(H5Dcreate2(series_group_.get(), name.c_str(), io::file_type(s.spec.type),
                                   space.get(), H5P_DEFAULT, dcpl.get(), dapl.get()),
                        H5Dclose, "create dataset " + name);
  describe(d.handle.get(), s.spec.description, s.spec.unit);
  if (!s.spec.labels.empty()) io::write_column_labels(d.handle.get(), s.spec.labels);
  return series_.emplace(name, std::move(d)).first->second;
}

SweepFile::Dataset& SweepFile::result(const io::Result& r) {
  const int kind = static_cast<int>(r.value.index());  // double, int64, text
  auto it = results_.find(r.name);
  if (it != results_.end()) {
    if (it->second.kind != kind)
      throw std::runtime_error("result " + r.name + ": runs of this sweep disagree on its type");
    return it->second;
  }
  Dataset d;
  d.kind = kind;
  if (kind == kText) {
    const io::Handle type = io::text_type();
    d.handle =
        io::create_vector(summary_group_.get(), r.name, type.get(), type.get(), runs_, nullptr);
  } else if (kind == 0) {
    d.handle = io::create_vector(summary_group_.get(), r.name, io::file_type<double>(),
                                 io::memory_type<double>(), runs_, &kNaN);
  } else {
    d.handle = io::create_vector(summary_group_.get(), r.name, io::file_type<std::int64_t>(),
                                 io::memory_type<std::int64_t>(), runs_, nullptr);
  }
  describe(d.handle.get(), r.description, r.unit);
  return results_.emplace(r.name, std::move(d)).first->second;
}

void SweepFile::write(const io::RunRecord& record) {
  io::quiet_hdf5_errors();  // HDF5's error printing is set per thread, and runs finish on any
  if (record.index < 0 || static_cast<std::size_t>(record.index) >= runs_)
    throw std::runtime_error("run index " + std::to_string(record.index) + " outside the sweep");
  const auto row = static_cast<hsize_t>(record.index);
  for (const auto& g : record.groups)
    if (groups_.insert(g.name).second) {
      const io::Handle group = io::create_group(out_.id(), g.name);
      io::write_attribute(group.get(), "description", g.description);
    }
  for (const auto& s : record.series) {
    Dataset& d = series(s);
    const int rank = d.columns == 1 ? 2 : 3;
    if (s.rows > d.rows) {
      const hsize_t dims[3] = {runs_, s.rows, d.columns};
      io::check(H5Dset_extent(d.handle.get(), dims), "extend " + s.spec.name);
      d.rows = s.rows;
    }
    if (s.rows == 0) continue;
    const io::Handle file_space(H5Dget_space(d.handle.get()), H5Sclose, "get space");
    const hsize_t start[3] = {row, 0, 0};
    const hsize_t count[3] = {1, s.rows, d.columns};
    io::check(H5Sselect_hyperslab(file_space.get(), H5S_SELECT_SET, start, nullptr, count, nullptr),
              "select run of " + s.spec.name);
    const io::Handle mem_space(H5Screate_simple(rank, count, nullptr), H5Sclose, "memory space");
    io::check(H5Dwrite(d.handle.get(), io::memory_type(s.spec.type), mem_space.get(),
                       file_space.get(), H5P_DEFAULT, s.bytes.data()),
              "write run of " + s.spec.name);
  }
  for (const auto& r : record.results) {
    Dataset& d = result(r);
    if (const auto* text = std::get_if<std::string>(&r.value)) {
      const io::Handle type = io::text_type();
      const char* p = text->c_str();
      io::write_element(d.handle.get(), type.get(), row, &p);
    } else if (const auto* v = std::get_if<double>(&r.value)) {
      io::write_element(d.handle.get(), H5T_NATIVE_DOUBLE, row, v);
    } else {
      io::write_element(d.handle.get(), H5T_NATIVE_INT64, row, &std::get<std::int64_t>(r.value));
    }
  }
  const std::int64_t one = 1;
  io::write_element(completed_.get(), H5T_NATIVE_INT64, row, &one);
}

void SweepFile::commit() {
  series_.clear();
  results_.clear();
  completed_.reset();
  series_group_.reset();
  summary_group_.reset();
  out_.commit();
}

}  // namespace sim::sweep
