#include "tools/report/output.hpp"

#include "sim/core/error.hpp"
#include "sim/io/reader.hpp"
#include "tools/report/axis.hpp"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <sstream>

namespace report {
namespace {

using sim::InputError;

std::string attribute_or(const sim::io::Reader& r, const std::string& object,
                         const std::string& name) {
  return r.has_attribute(object, name) ? r.string_attribute(object, name) : "";
}

// Direct children of `group` that are datasets, as full paths.
std::vector<std::string> datasets_in(const sim::io::Reader& r, const std::string& group) {
  std::vector<std::string> out;
  const std::string prefix = group + "/";
  for (const auto& d : r.datasets())
    if (d.rfind(prefix, 0) == 0 && d.find('/', prefix.size()) == std::string::npos)
      out.push_back(d);
  return out;
}

std::string leaf(const std::string& path) {
  return path.substr(path.rfind('/') + 1);
}

std::vector<std::string> split_labels(const std::string& joined) {
  std::vector<std::string> out;
  std::stringstream in(joined);
  for (std::string label; std::getline(in, label, ',');) out.push_back(label);
  return out;
}

std::string shape_text(const std::vector<std::size_t>& shape) {
  std::string s = "[";
  for (std::size_t i = 0; i < shape.size(); ++i) s += (i ? ", " : "") + std::to_string(shape[i]);
  return s + "]";
}

Column read_column(const sim::io::Reader& r, const std::string& dataset, const std::string& field) {
  Column c;
  c.name = field.empty() ? leaf(dataset) : field;
  if (field.empty()) {
    c.description = attribute_or(r, dataset, "description");
    c.unit = attribute_or(r, dataset, "unit");
  }
  c.numeric = !r.is_text(dataset, field);
  if (c.numeric)
    c.numbers = r.doubles(dataset, field);
  else
    c.texts = r.texts(dataset, field);
  return c;
}

void require_group(const Output& out, const sim::io::Reader& r, const std::string& group,
                   const std::string& why) {
  if (!r.is_group(group))
    throw InputError(out.path + ": missing group " + group + " (" + why + ")");
}

void read_series(Output& out, const sim::io::Reader& r) {
  require_group(out, r, "/series", "every normsim run has one");
  for (const auto& d : datasets_in(r, "/series")) {
    const auto shape = r.shape(d);
    if (shape.empty() || shape.size() > 2)
      throw InputError(out.path + ": " + d + " has shape " + shape_text(shape) +
                       "; expected [steps] or [steps, columns]");
    SeriesData s;
    s.name = leaf(d);
    s.description = attribute_or(r, d, "description");
    s.unit = attribute_or(r, d, "unit");
    s.rows = shape[0];
    s.cols = shape.size() == 2 ? shape[1] : 1;
    if (shape.size() == 2) {
      s.labels = split_labels(attribute_or(r, d, "columns"));
      if (s.labels.size() != s.cols) {
        s.labels.clear();
        for (std::size_t c = 0; c < s.cols; ++c) s.labels.push_back(std::to_string(c));
      }
    } else if (const auto one = split_labels(attribute_or(r, d, "columns")); one.size() == 1) {
      s.labels = one;  // a 1-D series of one named column (one initiative, or "(none)")
    }
    if (r.is_text(d, "")) throw InputError(out.path + ": " + d + " holds text, not numbers");
    s.values = r.doubles(d);
    out.series.push_back(std::move(s));
  }
  if (out.series.empty()) throw InputError(out.path + ": no datasets under /series");
}

std::vector<Column> read_summary(const Output& out, const sim::io::Reader& r) {
  require_group(out, r, "/summary", "a completed run or sweep has one");
  std::vector<Column> columns;
  for (const auto& d : datasets_in(r, "/summary")) columns.push_back(read_column(r, d, ""));
  return columns;
}

std::vector<Column> read_design(const Output& out, const sim::io::Reader& r) {
  std::vector<Column> columns;
  if (r.is_dataset("/design")) {
    const auto fields = r.fields("/design");
    if (fields.empty())
      throw InputError(out.path + ": /design is not a table (expected a compound dataset)");
    for (const auto& f : fields) columns.push_back(read_column(r, "/design", f));
  } else if (r.is_group("/design")) {
    // normsim's sweep writer: /design/run is the row index (the table's first column already)
    // and the group's `columns` attribute gives the order the sweep wrote the others in.
    auto names = datasets_in(r, "/design");
    if (r.has_attribute("/design", "columns")) {
      std::vector<std::string> ordered;
      std::stringstream list(r.string_attribute("/design", "columns"));
      for (std::string c; std::getline(list, c, ',');)
        if (std::find(names.begin(), names.end(), "/design/" + c) != names.end())
          ordered.push_back("/design/" + c);
      for (const auto& d : names)
        if (std::find(ordered.begin(), ordered.end(), d) == ordered.end()) ordered.push_back(d);
      names = std::move(ordered);
    }
    for (const auto& d : names)
      if (d != "/design/run") columns.push_back(read_column(r, d, ""));
  } else {
    throw InputError(out.path + ": missing /design (a sweep file lists its runs there)");
  }
  return columns;
}

void check_runs(const Output& out) {
  std::optional<std::size_t> runs;
  const auto check = [&](const Column& c, const std::string& where) {
    if (!runs) runs = c.size();
    if (c.size() != *runs)
      throw InputError(out.path + ": " + where + c.name + " has " + std::to_string(c.size()) +
                       " values, expected one per run (" + std::to_string(*runs) + ")");
  };
  for (const auto& c : out.design) check(c, "/design ");
  for (const auto& c : out.summary) check(c, "/summary/");
}

Output read(const std::string& path, const sim::io::Reader& r) {
  Output out;
  out.path = path;
  out.attributes = r.attributes("/");
  const std::string type = out.attribute("file_type");
  if (type.empty()) throw InputError(path + ": not a normsim output (no file_type attribute)");
  if (type != kRunFileType && type != kSweepFileType)
    throw InputError(path + ": not a normsim output (file_type is '" + type + "', expected '" +
                     kRunFileType + "' or '" + kSweepFileType + "')");
  if (out.attribute("format_version") != "1")
    throw InputError(path + ": format_version '" + out.attribute("format_version") +
                     "' is not supported (this normsim reads version 1)");
  out.sweep = type == kSweepFileType;
  if (out.sweep) {
    out.design = read_design(out, r);
    out.summary = read_summary(out, r);
    check_runs(out);
  } else {
    read_series(out, r);
    if (out.attribute("interrupted_at_step").empty()) out.summary = read_summary(out, r);
  }
  return out;
}

}  // namespace

std::vector<double> SeriesData::column(std::size_t c) const {
  std::vector<double> out(rows);
  for (std::size_t i = 0; i < rows; ++i) out[i] = values[i * cols + c];
  return out;
}

std::vector<double> SeriesData::column(const std::string& label) const {
  for (std::size_t c = 0; c < labels.size(); ++c)
    if (labels[c] == label) return column(c);
  return {};
}

std::string Column::text(std::size_t i) const {
  return numeric ? format_value(numbers.at(i)) : texts.at(i);
}

std::string Output::attribute(const std::string& name) const {
  for (const auto& [k, v] : attributes)
    if (k == name) return v;
  return "";
}

bool Output::has_series(const std::string& name) const {
  for (const auto& s : series)
    if (s.name == name) return true;
  return false;
}

const SeriesData& Output::series_named(const std::string& name) const {
  for (const auto& s : series)
    if (s.name == name) return s;
  throw InputError(path + ": missing dataset /series/" + name + " (a " + attribute("model") +
                   " run writes it)");
}

Output load_output(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(path, ec)) throw InputError(path + ": no such file");
  if (fs::is_directory(path, ec)) throw InputError(path + ": is a directory, not a normsim output");
  sim::io::quiet_hdf5_errors();
  if (H5Fis_hdf5(path.c_str()) <= 0)
    throw InputError(path + ": not an HDF5 file, so not a normsim output");
  std::optional<sim::io::Reader> reader;
  try {
    reader.emplace(path);
  } catch (const std::runtime_error&) {
    throw InputError(path + ": the HDF5 file cannot be opened (truncated or corrupt?)");
  }
  try {
    return read(path, *reader);
  } catch (const InputError&) {
    throw;
  } catch (const std::runtime_error& e) {
    throw InputError(path + ": cannot be read (truncated or corrupt?): " + e.what());
  }
}

}  // namespace report
