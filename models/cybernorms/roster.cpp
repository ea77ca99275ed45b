#include "models/cybernorms/roster.hpp"

#include "sim/config/schema.hpp"
#include "sim/config/suggest.hpp"
#include "sim/core/error.hpp"
#include "sim/io/csv.hpp"

#include <algorithm>
#include <map>

namespace cybernorms {
namespace {

using sim::InputError;
using sim::io::CsvTable;

const std::vector<std::string> kStateColumns = {"id",     "region",     "bloc",       "position",
                                                "weight", "capability", "developing", "capacity"};
const std::vector<std::string> kFirmColumns = {"id",     "home",      "size",
                                               "sector", "footprint", "capacity"};

// Looks a name up in `names`; unknown is an error at the cell, with a suggestion.
std::int32_t index_of(const std::string& name, const std::vector<std::string>& names,
                      const std::string& what, const CsvTable& t, std::size_t row,
                      std::size_t col) {
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return static_cast<std::int32_t>(i);
  std::string message = t.where(row, col) + "unknown " + what + " '" + name + "'";
  const std::string hint = sim::config::closest(name, names);
  if (!hint.empty()) message += " (did you mean '" + hint + "'?)";
  throw InputError(message);
}

template <class T>
std::vector<std::string> names_of(const std::vector<T>& items) {
  std::vector<std::string> out;
  for (const auto& x : items) out.push_back(x.name);
  return out;
}

// Row ids: required, unique; returns id -> row.
std::map<std::string, std::int32_t> read_ids(const CsvTable& t) {
  const std::size_t col = t.require("id");
  std::map<std::string, std::int32_t> ids;
  for (std::size_t r = 0; r < t.rows(); ++r) {
    const std::string& id = t.cell(r, col);
    if (id.empty()) throw InputError(t.where(r, col) + "empty id");
    const auto [it, fresh] = ids.emplace(id, static_cast<std::int32_t>(r));
    if (!fresh)
      throw InputError(t.where(r, col) + "duplicate id '" + id + "' (first on line " +
                       std::to_string(t.line(static_cast<std::size_t>(it->second))) + ")");
  }
  return ids;
}

// An optional numeric column: absent column or empty cell gives nothing (drawn instead).
// `ok` says whether a value is allowed; `allowed` describes the range for the message.
template <class Ok>
std::optional<double> optional_number(const CsvTable& t, std::size_t row,
                                      std::optional<std::size_t> col, Ok ok,
                                      const std::string& allowed) {
  if (!col || t.cell(row, *col).empty()) return std::nullopt;
  const double v = t.number(row, *col);
  if (!ok(v))
    throw InputError(t.where(row, *col) + "value " + t.cell(row, *col) +
                     " is out of range: expected " + allowed);
  return v;
}

const std::string kStancePrefix = "stance.";

// A stance column names a norm; one that does not is an error at the header, with the norm
// it may have meant (rather than only "unknown column").
void check_stance_columns(const CsvTable& t, const std::vector<std::string>& norms) {
  for (const auto& h : t.header()) {
    if (!h.starts_with(kStancePrefix)) continue;
    const std::string norm = h.substr(kStancePrefix.size());
    if (std::find(norms.begin(), norms.end(), norm) != norms.end()) continue;
    std::string message = t.name() + ":1: column '" + h + "': no norm '" + norm + "' under norms";
    const std::string hint = sim::config::closest(norm, norms);
    if (!hint.empty()) message += " (did you mean '" + kStancePrefix + hint + "'?)";
    throw InputError(message);
  }
}

// The columns of a roster: `columns`, then stance.<norm> for every norm of the scenario.
CsvTable read_table(const std::string& file, const sim::config::Document& doc,
                    std::vector<std::string> columns, const std::vector<std::string>& norms) {
  CsvTable t = CsvTable::read_file(doc.resolve(file));
  check_stance_columns(t, norms);
  for (const auto& norm : norms) columns.push_back(kStancePrefix + norm);
  t.only_columns(columns);
  if (t.rows() == 0) throw InputError(t.name() + ": no rows after the header");
  return t;
}

// Where each norm's stance column is (none: every stance of that norm is drawn).
std::vector<std::optional<std::size_t>> stance_columns(const CsvTable& t,
                                                       const std::vector<std::string>& norms) {
  std::vector<std::optional<std::size_t>> out;
  for (const auto& norm : norms) out.push_back(t.column(kStancePrefix + norm));
  return out;
}

// A row's stances, one per norm: any finite number (u0 is a utility, unbounded); an empty
// cell or an absent column leaves it to be drawn.
std::vector<std::optional<double>> read_stances(
    const CsvTable& t, std::size_t row, const std::vector<std::optional<std::size_t>>& columns) {
  std::vector<std::optional<double>> out;
  for (const auto& col : columns)
    out.push_back(optional_number(
        t, row, col, [](double) { return true; }, "a number"));
  return out;
}

// The capacity column of either roster: a share of full implementation capacity.
std::optional<double> read_capacity(const CsvTable& t, std::size_t row) {
  return optional_number(
      t, row, t.column("capacity"), [](double v) { return v > 0 && v <= 1; }, "(0, 1]");
}

// A roster sets the count; an explicit, different count in the scenario is a contradiction.
void set_count(std::int64_t& count, const std::string& key, std::size_t rows, const CsvTable& t,
               const sim::config::Document& doc) {
  const YAML::Node given = sim::config::find_node(doc.root(), key);
  if (given.IsDefined() && count != static_cast<std::int64_t>(rows))
    throw InputError(doc.error_at(key, given) + std::to_string(count) + " conflicts with the " +
                     std::to_string(rows) + " rows of " + t.name() +
                     " (drop the key: the roster sets it)");
  count = static_cast<std::int64_t>(rows);
}

std::map<std::string, std::int32_t> load_states(Params& p, const sim::config::Document& doc) {
  const auto norms = names_of(p.norms);
  const CsvTable t = read_table(p.world.roster.states_file, doc, kStateColumns, norms);
  auto ids = read_ids(t);
  const auto stances = stance_columns(t, norms);
  const std::size_t region = t.require("region");
  const std::size_t bloc = t.require("bloc");
  const auto regions = names_of(p.world.regions);
  const auto blocs = names_of(p.world.blocs);
  auto any = [](double) { return true; };
  for (std::size_t r = 0; r < t.rows(); ++r) {
    StateRow s;
    s.id = t.cell(r, *t.column("id"));
    s.region = index_of(t.cell(r, region), regions, "region", t, r, region);
    s.bloc = index_of(t.cell(r, bloc), blocs, "bloc", t, r, bloc);
    s.position = optional_number(t, r, t.column("position"), any, "a number");
    s.weight = optional_number(
        t, r, t.column("weight"), [](double v) { return v > 0; }, "> 0");
    s.capability = optional_number(
        t, r, t.column("capability"), [](double v) { return v >= 0; }, ">= 0");
    if (const auto d = optional_number(
            t, r, t.column("developing"), [](double v) { return v == 0 || v == 1; }, "0 or 1"))
      s.developing = *d == 1;
    s.capacity = read_capacity(t, r);
    s.stance = read_stances(t, r, stances);
    p.world.roster.states.push_back(std::move(s));
  }
  set_count(p.world.states, "world.states", t.rows(), t, doc);
  return ids;
}

std::optional<Sector> read_sector(const CsvTable& t, std::size_t row,
                                  std::optional<std::size_t> col) {
  if (!col || t.cell(row, *col).empty()) return std::nullopt;
  static const std::vector<std::string> names = {"vendor", "operator", "other"};
  return static_cast<Sector>(index_of(t.cell(row, *col), names, "sector", t, row, *col));
}

// "a;b;c" as state indices, home first (added when the list leaves it out).
std::vector<std::int32_t> read_footprint(const CsvTable& t, std::size_t row,
                                         std::optional<std::size_t> col, std::int32_t home,
                                         const std::map<std::string, std::int32_t>& states) {
  if (!col || t.cell(row, *col).empty()) return {};
  std::vector<std::int32_t> out{home};
  const std::string& text = t.cell(row, *col);
  for (std::size_t begin = 0; begin <= text.size();) {
    const std::size_t end = std::min(text.find(';', begin), text.size());
    const std::string id = text.substr(begin, end - begin);
    const auto it = states.find(id);
    if (it == states.end())
      throw InputError(t.where(row, *col) + "unknown state '" + id + "' in the footprint");
    if (it->second != home) {
      for (std::size_t i = 1; i < out.size(); ++i)
        if (out[i] == it->second)
          throw InputError(t.where(row, *col) + "state '" + id + "' is listed twice");
      out.push_back(it->second);
    }
    begin = end + 1;
  }
  return out;
}

void load_firms(Params& p, const sim::config::Document& doc,
                const std::map<std::string, std::int32_t>& states) {
  const auto norms = names_of(p.norms);
  const CsvTable t = read_table(p.world.roster.firms_file, doc, kFirmColumns, norms);
  read_ids(t);
  const std::size_t home = t.require("home");
  const auto stances = stance_columns(t, norms);
  for (std::size_t r = 0; r < t.rows(); ++r) {
    FirmRow f;
    f.id = t.cell(r, *t.column("id"));
    const auto it = states.find(t.cell(r, home));
    if (it == states.end())
      throw InputError(t.where(r, home) + "unknown state '" + t.cell(r, home) + "'");
    f.home = it->second;
    f.size = optional_number(
        t, r, t.column("size"), [](double v) { return v > 0; }, "> 0");
    f.sector = read_sector(t, r, t.column("sector"));
    f.footprint = read_footprint(t, r, t.column("footprint"), f.home, states);
    f.capacity = read_capacity(t, r);
    f.stance = read_stances(t, r, stances);
    p.world.roster.firms.push_back(std::move(f));
  }
  set_count(p.world.firms, "world.firms", t.rows(), t, doc);
}

}  // namespace

void load_rosters(Params& p, const sim::config::Document& doc) {
  const auto& files = p.world.roster;
  if (files.states_file.empty()) {
    if (!files.firms_file.empty()) {
      const std::string key = "world.roster.firms";
      throw InputError(doc.error_at(key, sim::config::find_node(doc.root(), key)) +
                       "needs world.roster.states too (firms name their home state by id)");
    }
    return;
  }
  const auto states = load_states(p, doc);
  if (!files.firms_file.empty()) load_firms(p, doc, states);
}

}  // namespace cybernorms
