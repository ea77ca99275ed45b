#include "sim/calibrate/targets.hpp"

#include "sim/config/document.hpp"
#include "sim/core/error.hpp"
#include "sim/io/csv.hpp"

#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>

namespace sim::calibrate {
namespace {

const std::set<std::string> kTargetKeys = {
    "name", "series",   "column",  "reduce", "weight", "sd",         "sd_relative", "exact",
    "at",   "observed", "pattern", "from",   "to",     "max_growth", "min_change"};
const std::set<std::string> kFileKeys = {"file", "value", "date", "date_suffix", "exact", "where"};

// Reads one target file, every error at the place it was written.
class Parser {
 public:
  Parser(const config::Document& doc, const Calendar& calendar) : doc_(doc), calendar_(calendar) {}

  [[noreturn]] void fail(const std::string& key, const YAML::Node& node,
                         const std::string& message) const {
    throw InputError(doc_.error_at(key, node) + message);
  }

  void only_keys(const std::string& key, const YAML::Node& map,
                 const std::set<std::string>& known) const {
    if (!map.IsMap()) {
      if (key.empty()) throw InputError(doc_.name() + ": expected a mapping of targets: ...");
      fail(key, map, "expected a mapping");
    }
    for (const auto& kv : map) {
      const std::string k = kv.first.as<std::string>();
      if (!known.contains(k)) fail(key.empty() ? k : key + "." + k, kv.first, "unknown key");
    }
  }

  double number(const std::string& key, const YAML::Node& node) const {
    try {
      if (node.IsScalar()) {
        const double v = node.as<double>();
        if (std::isfinite(v)) return v;
      }
    } catch (const YAML::Exception&) {
    }
    fail(key, node, "expected a finite number");
  }

  double positive(const std::string& key, const YAML::Node& node) const {
    const double v = number(key, node);
    if (!(v > 0)) fail(key, node, "must be greater than 0");
    return v;
  }

  std::string text(const std::string& key, const YAML::Node& node) const {
    if (!node.IsScalar() || node.Scalar().empty()) fail(key, node, "expected a text");
    return node.Scalar();
  }

  bool flag(const std::string& key, const YAML::Node& node) const {
    try {
      if (node.IsScalar()) return node.as<bool>();
    } catch (const YAML::Exception&) {
    }
    fail(key, node, "expected true or false");
  }

  // A step number or a date, as a step.
  std::int64_t step(const std::string& key, const YAML::Node& node) const {
    const std::string t = text(key, node);
    if (looks_like_date(t)) {
      try {
        return calendar_.step_of(t);
      } catch (const std::invalid_argument& e) {
        fail(key, node, e.what());
      }
    }
    try {
      std::size_t used = 0;
      const long long s = std::stoll(t, &used);
      if (used == t.size() && s >= 0) return s;
    } catch (const std::exception&) {
    }
    fail(key, node,
         "'" + t + "' is neither a step (a whole number from 0) nor a date YYYY-MM[-DD]");
  }

  std::string where(const std::string& key, const YAML::Node& node) const {
    return doc_.where(key, node);
  }

  Target target(const std::string& key, const YAML::Node& node, double reconstructed) const {
    only_keys(key, node, kTargetKeys);
    Target t;
    t.where = where(key, node);
    if (!node["name"]) fail(key, node, "a target needs a name");
    t.name = text(key + ".name", node["name"]);
    if (!node["series"]) fail(key, node, "a target needs a series (an output /series/NAME)");
    t.quantity.series = text(key + ".series", node["series"]);
    t.series_where = where(key + ".series", node["series"]);
    if (node["column"]) {
      t.quantity.column = text(key + ".column", node["column"]);
      t.column_where = where(key + ".column", node["column"]);
    }
    if (node["reduce"]) {
      static const std::map<std::string, Reduce> kReduce = {{"sum", Reduce::kSum},
                                                            {"mean", Reduce::kMean},
                                                            {"min", Reduce::kMin},
                                                            {"max", Reduce::kMax}};
      const std::string r = text(key + ".reduce", node["reduce"]);
      const auto it = kReduce.find(r);
      if (it == kReduce.end())
        fail(key + ".reduce", node["reduce"], "expected sum, mean, min or max");
      if (!t.quantity.column.empty())
        fail(key + ".reduce", node["reduce"], "reduces the columns of a series: not with `column`");
      t.quantity.reduce = it->second;
    }
    if (node["weight"]) {
      t.weight = number(key + ".weight", node["weight"]);
      if (t.weight < 0) fail(key + ".weight", node["weight"], "must be at least 0");
    }
    if (node["pattern"])
      pattern(key, node, t);
    else
      series(key, node, t, reconstructed);
    return t;
  }

 private:
  void pattern(const std::string& key, const YAML::Node& node, Target& t) const {
    const std::string p = text(key + ".pattern", node["pattern"]);
    const char* threshold = nullptr;
    if (p == "plateau") {
      t.kind = Kind::kPlateau;
      threshold = "max_growth";
    } else if (p == "failure_then_recovery") {
      t.kind = Kind::kFailureThenRecovery;
      threshold = "min_change";
    } else {
      fail(key + ".pattern", node["pattern"], "expected plateau or failure_then_recovery");
    }
    for (const char* k : {"at", "observed", "sd_relative", "exact"})
      if (node[k]) fail(key + "." + k, node[k], "not a key of a pattern");
    for (const char* k : {"max_growth", "min_change"})
      if (node[k] && k != std::string(threshold))
        fail(key + "." + k, node[k], "not a key of a " + p + " pattern");
    for (const char* k : {"from", "to"})
      if (!node[k]) fail(key, node, "a " + p + " pattern needs `" + k + "`");
    if (!node[threshold]) fail(key, node, "a " + p + " pattern needs `" + threshold + "`");
    if (!node["sd"]) fail(key, node, "a pattern needs `sd`, the scale of its shortfall");
    t.from = step(key + ".from", node["from"]);
    t.to = step(key + ".to", node["to"]);
    if (t.to <= t.from)
      fail(key + ".to", node["to"], "the window ends before it starts (to <= from)");
    t.threshold = number(key + "." + threshold, node[threshold]);
    t.sd = positive(key + ".sd", node["sd"]);
  }

  void series(const std::string& key, const YAML::Node& node, Target& t,
              double reconstructed) const {
    for (const char* k : {"from", "to", "max_growth", "min_change"})
      if (node[k]) fail(key + "." + k, node[k], "a key of patterns only (add `pattern:`)");
    if (!node["observed"]) fail(key, node, "a target needs `observed` values");
    if (!node["sd"] && !node["sd_relative"])
      fail(key, node, "a target needs `sd` or `sd_relative` (the scale of its errors)");
    const double sd = node["sd"] ? positive(key + ".sd", node["sd"]) : 0.0;
    const double rel =
        node["sd_relative"] ? positive(key + ".sd_relative", node["sd_relative"]) : 0.0;
    const bool exact = node["exact"] ? flag(key + ".exact", node["exact"]) : true;
    const YAML::Node observed = node["observed"];
    if (observed.IsMap()) {
      if (node["at"]) fail(key + ".at", node["at"], "the steps come from observed.date");
      if (node["exact"]) fail(key + ".exact", node["exact"], "given per row by observed.exact");
      from_file(key + ".observed", observed, t, reconstructed);
    } else {
      if (!observed.IsSequence() || observed.size() == 0)
        fail(key + ".observed", observed, "expected a list of numbers or {file: ..., value: ...}");
      const YAML::Node at = node["at"];
      if (!at) fail(key, node, "inline observed values need `at` (steps or dates)");
      if (!at.IsSequence() || at.size() != observed.size())
        fail(key + ".at", at,
             "expected a list as long as `observed` (" + std::to_string(observed.size()) + ")");
      for (std::size_t i = 0; i < at.size(); ++i) {
        const std::string k = key + ".observed[" + std::to_string(i) + "]";
        t.points.push_back({step(key + ".at[" + std::to_string(i) + "]", at[i]),
                            number(k, observed[i]), 0.0, exact ? 1.0 : reconstructed,
                            where(k, observed[i])});
      }
    }
    for (auto& p : t.points) p.sd = std::max(sd, rel * std::abs(p.observed));
    for (const auto& p : t.points)
      if (!(p.sd > 0))
        throw InputError(p.where + ": target '" + t.name +
                         "': observed 0 with only sd_relative gives sd 0; add `sd` as a floor");
  }

  void from_file(const std::string& key, const YAML::Node& node, Target& t,
                 double reconstructed) const {
    only_keys(key, node, kFileKeys);
    for (const char* k : {"file", "value", "date"})
      if (!node[k]) fail(key, node, std::string("a file source needs `") + k + "`");
    const io::CsvTable csv =
        io::CsvTable::read_file(doc_.resolve(text(key + ".file", node["file"])), {true});
    const auto column = [&](const char* k) {
      const std::string name = text(key + "." + k, node[k]);
      const auto c = csv.column(name);
      if (!c) fail(key + "." + k, node[k], csv.name() + " has no column '" + name + "'");
      return *c;
    };
    const std::size_t value = column("value");
    const std::size_t date = column("date");
    const std::string suffix =
        node["date_suffix"] ? text(key + ".date_suffix", node["date_suffix"]) : "";
    std::optional<std::size_t> exact;
    if (node["exact"]) exact = column("exact");
    // where: {column: text, ...} keeps the rows whose cells equal every text given.
    std::vector<std::pair<std::size_t, std::string>> filter;
    if (const YAML::Node w = node["where"]) {
      if (!w.IsMap() || w.size() == 0) fail(key + ".where", w, "expected {column: value, ...}");
      for (const auto& kv : w) {
        const std::string name = kv.first.as<std::string>();
        const auto c = csv.column(name);
        if (!c)
          fail(key + ".where." + name, kv.first, csv.name() + " has no column '" + name + "'");
        filter.emplace_back(*c, text(key + ".where." + name, kv.second));
      }
    }
    for (std::size_t r = 0; r < csv.rows(); ++r) {
      bool kept = true;
      for (const auto& [c, wanted] : filter) kept = kept && csv.cell(r, c) == wanted;
      if (!kept || csv.cell(r, value).empty()) continue;  // another row, or none of this figure
      const std::string d = csv.cell(r, date) + suffix;
      std::int64_t s = 0;
      try {
        if (!looks_like_date(d)) (void)months_of(d);  // throws with the reason
        s = calendar_.step_of(d);
      } catch (const std::invalid_argument& e) {
        fail(key, node, csv.where(r, date) + e.what());
      }
      double factor = 1.0;
      if (exact) {
        const std::string& e = csv.cell(r, *exact);
        if (e == "no")
          factor = reconstructed;
        else if (e != "yes")
          throw InputError(csv.where(r, *exact) + "expected yes or no, got '" + e + "'");
      }
      t.points.push_back(
          {s, csv.number(r, value), 0.0, factor, csv.name() + ":" + std::to_string(csv.line(r))});
    }
    if (t.points.empty())
      fail(key, node, csv.name() + " has no values in column " + csv.header()[value]);
  }

  const config::Document& doc_;
  const Calendar& calendar_;
};

}  // namespace

std::size_t TargetSet::moments() const {
  std::size_t n = 0;
  for (const auto& t : targets) n += t.moments();
  return n;
}

std::vector<std::int64_t> TargetSet::moment_steps() const {
  std::vector<std::int64_t> out;
  for (const auto& t : targets) {
    if (t.kind != Kind::kSeries) out.push_back(t.to);
    for (const auto& p : t.points) out.push_back(p.step);
  }
  return out;
}

std::vector<std::string> TargetSet::moment_labels() const {
  std::vector<std::string> out;
  for (const auto& t : targets) {
    if (t.kind != Kind::kSeries) out.push_back(t.name);
    for (const auto& p : t.points) out.push_back(t.name + "[" + std::to_string(p.step) + "]");
  }
  return out;
}

std::vector<std::string> TargetSet::names() const {
  std::vector<std::string> out;
  for (const auto& t : targets) out.push_back(t.name);
  return out;
}

TargetSet read_targets(const std::string& path, const Calendar& calendar) {
  const config::Document doc = config::Document::from_file(path);
  const Parser p(doc, calendar);
  const YAML::Node& root = doc.root();
  p.only_keys("", root, {"description", "reconstructed_weight", "targets"});
  TargetSet set;
  set.path = path;
  set.text = doc.source_text();
  if (root["reconstructed_weight"]) {
    set.reconstructed_weight = p.number("reconstructed_weight", root["reconstructed_weight"]);
    if (set.reconstructed_weight < 0 || set.reconstructed_weight > 1)
      p.fail("reconstructed_weight", root["reconstructed_weight"], "must be between 0 and 1");
  }
  const YAML::Node targets = root["targets"];
  if (!targets || !targets.IsSequence() || targets.size() == 0)
    p.fail("targets", targets ? targets : root, "expected a list of targets");
  std::set<std::string> names;
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const std::string key = "targets[" + std::to_string(i) + "]";
    set.targets.push_back(p.target(key, targets[i], set.reconstructed_weight));
    if (!names.insert(set.targets.back().name).second)
      p.fail(key + ".name", targets[i]["name"],
             "target '" + set.targets.back().name + "' given twice");
  }
  return set;
}

}  // namespace sim::calibrate
