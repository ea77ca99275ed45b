#pragma once

#include "sim/config/bounds.hpp"
#include "sim/config/document.hpp"
#include "sim/config/param_doc.hpp"
#include "sim/core/error.hpp"

#include <cmath>
#include <concepts>
#include <cstdint>
#include <functional>
#include <limits>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace sim::config {

// Finds the node at a dotted key path without creating anything (undefined if absent).
// A component may index a list: "norms[2].cost".
YAML::Node find_node(const YAML::Node& root, const std::string& key);
// The node at `key`, or else at the longest prefix of it that exists (the record a missing
// key belongs in): where an error about the key points.
YAML::Node nearest_node(const YAML::Node& root, const std::string& key);

// The typed, validated parameters of a model, declared once: key path, field, default,
// allowed values, unit and meaning. The same declaration parses scenarios, checks overrides
// and prints `normsim describe`, so documentation cannot drift from what is accepted.
// Keys are only looked up here, at load time; models read plain struct members afterwards.
template <class P>
class Schema {
 public:
  template <class T>
  using Field = std::function<T&(P&)>;

  // Lets cross-field rules report an error at the offending key's location.
  // Inside a list of records, `prefix` is the item's path ("norms[2].") and keys are relative.
  class Checker {
   public:
    Checker(const Document& doc, std::string prefix = "") : doc_(doc), prefix_(std::move(prefix)) {}
    [[noreturn]] void fail(const std::string& key, const std::string& message) const {
      const std::string full = prefix_ + key;
      throw InputError(doc_.error_at(full, nearest_node(doc_.root(), full)) + message);
    }

   private:
    const Document& doc_;
    std::string prefix_;
  };

  Schema& real(std::string key, Field<double> field, double def, Bounds bounds, std::string unit,
               std::string meaning) {
    add_scalar(
        {key, "real", format_number(def), bounds.text(), std::move(unit), std::move(meaning)},
        [field, def](P& p) { field(p) = def; },
        [field, bounds](P& p, const YAML::Node& n, const std::string& where) {
          const double v = read_real(n, where);
          if (!bounds.contains(v))
            throw InputError(where + "value " + n.Scalar() + " is out of range: expected " +
                             bounds.text());
          field(p) = v;
        });
    return *this;
  }

  template <std::integral T>
  Schema& integer(std::string key, Field<T> field, T def, T low, T high, std::string unit,
                  std::string meaning) {
    const std::string allowed = high == std::numeric_limits<T>::max()
                                    ? ">= " + std::to_string(low)
                                    : "[" + std::to_string(low) + ", " + std::to_string(high) + "]";
    add_scalar(
        {key, "integer", std::to_string(def), allowed, std::move(unit), std::move(meaning)},
        [field, def](P& p) { field(p) = def; },
        [field, low, high, allowed](P& p, const YAML::Node& n, const std::string& where) {
          const double v = read_real(n, where);
          if (v != std::floor(v))
            throw InputError(where + "expected a whole number, got " + n.Scalar());
          if (v < static_cast<double>(low) || v > static_cast<double>(high))
            throw InputError(where + "value " + n.Scalar() + " is out of range: expected " +
                             allowed);
          field(p) = static_cast<T>(v);
        });
    return *this;
  }

  Schema& boolean(std::string key, Field<bool> field, bool def, std::string meaning) {
    add_scalar(
        {key, "boolean", def ? "true" : "false", "true or false", "", std::move(meaning)},
        [field, def](P& p) { field(p) = def; },
        [field](P& p, const YAML::Node& n, const std::string& where) {
          bool v = false;
          if (!n.IsScalar() || !YAML::convert<bool>::decode(n, v))
            throw InputError(where + "expected true or false, got '" + describe(n) + "'");
          field(p) = v;
        });
    return *this;
  }

  Schema& text(std::string key, Field<std::string> field, std::string def, bool required,
               std::string meaning) {
    return text(std::move(key), std::move(field), std::move(def), required, "any text", "",
                std::move(meaning));
  }
  // The same with what the text must be (`allowed`) and what it names (`unit`) spelt out for
  // `describe`; checking it is left to the model's rules.
  Schema& text(std::string key, Field<std::string> field, std::string def, bool required,
               std::string allowed, std::string unit, std::string meaning) {
    ParamDoc doc{key,
                 "text",
                 def.empty() ? "\"\"" : def,
                 std::move(allowed),
                 std::move(unit),
                 std::move(meaning)};
    doc.required = required;
    add_scalar(
        std::move(doc), [field, def](P& p) { field(p) = def; },
        [field](P& p, const YAML::Node& n, const std::string& where) {
          if (!n.IsScalar()) throw InputError(where + "expected text, got " + describe(n));
          field(p) = n.Scalar();
        });
    return *this;
  }

  template <class E>
  Schema& choice(std::string key, Field<E> field, E def,
                 std::vector<std::pair<std::string, E>> options, std::string meaning) {
    std::string names, def_name;
    for (const auto& [name, value] : options) {
      names += (names.empty() ? "" : ", ") + name;
      if (value == def) def_name = name;
    }
    add_scalar(
        {key, "choice", def_name, "one of " + names, "", std::move(meaning)},
        [field, def](P& p) { field(p) = def; },
        [field, options, names](P& p, const YAML::Node& n, const std::string& where) {
          if (n.IsScalar())
            for (const auto& [name, value] : options)
              if (n.Scalar() == name) {
                field(p) = value;
                return;
              }
          throw InputError(where + "expected one of " + names + ", got '" + describe(n) + "'");
        });
    return *this;
  }

  // A list of plain names (`norms: [cvd, cni]`); errors name the element (`norms[1]`).
  Schema& names(std::string key, Field<std::vector<std::string>> field,
                std::vector<std::string> def, std::string meaning) {
    return names(std::move(key), std::move(field), std::move(def), "a list of names", "",
                 std::move(meaning));
  }
  // The same with what the names must be (`allowed`) and what they name (`unit`) spelt out
  // for `describe`; checking them is left to the model's rules.
  Schema& names(std::string key, Field<std::vector<std::string>> field,
                std::vector<std::string> def, std::string allowed, std::string unit,
                std::string meaning) {
    std::string shown;
    for (const auto& d : def) shown += (shown.empty() ? "" : ", ") + d;
    add(
        {key, "list of names", "[" + shown + "]", std::move(allowed), std::move(unit),
         std::move(meaning)},
        [field, def](P& p) { field(p) = def; },
        [field](P& p, const YAML::Node& n, const Document& doc, const std::string& shown_key) {
          if (!n.IsSequence())
            throw InputError(doc.error_at(shown_key, n) + "expected a list of names, got '" +
                             describe(n) + "'");
          std::vector<std::string> out;
          for (std::size_t i = 0; i < n.size(); ++i) {
            if (!n[i].IsScalar())
              throw InputError(doc.error_at(shown_key + "[" + std::to_string(i) + "]", n[i]) +
                               "expected a name, got " + describe(n[i]));
            out.push_back(n[i].Scalar());
          }
          field(p) = std::move(out);
        });
    return *this;
  }

  // A list of records, each read by `item` (`norms: [{name: cvd, cost: 1}, ...]`): every item
  // starts from the item schema's defaults, unknown keys and missing required keys are errors
  // naming the item (`norms[2].cost`), and the item schema's rules run per item. An absent key
  // gives `def`. `item` must outlive this schema (both are normally function-local statics).
  template <class Item>
  Schema& records(std::string key, Field<std::vector<Item>> field, const Schema<Item>& item,
                  std::vector<Item> def, std::string meaning) {
    ParamDoc doc{key,
                 "list of records",
                 std::to_string(def.size()) + " records",
                 "a list of records with the keys " + key + "[].*",
                 "",
                 std::move(meaning)};
    std::vector<ParamDoc> children = item.docs();
    for (auto& c : children) c.key = key + "[]." + c.key;
    add(
        std::move(doc), [field, def](P& p) { field(p) = def; },
        [field, &item](P& p, const YAML::Node& n, const Document& d, const std::string& shown) {
          if (!n.IsSequence())
            throw InputError(d.error_at(shown, n) + "expected a list of records, got '" +
                             describe(n) + "'");
          std::vector<Item> out;
          for (std::size_t i = 0; i < n.size(); ++i)
            out.push_back(item.parse_item(d, n[i], shown + "[" + std::to_string(i) + "]"));
          field(p) = std::move(out);
        },
        std::move(children));
    return *this;
  }

  // A step after every key has been read and before the rules: reads the data files that
  // parameters name (CSV rosters) into the parameters, so bad data fails at load time,
  // before any output exists, and the rules see the sizes the files imply.
  Schema& load(std::function<void(P&, const Document&)> step) {
    loaders_.push_back(std::move(step));
    return *this;
  }

  // A rule over several parameters, checked after every key has been read.
  Schema& rule(std::function<void(const P&, const Checker&)> check) {
    rules_.push_back(std::move(check));
    return *this;
  }

  // Defaults, overwritten by the document's values; unknown keys are errors unless they are
  // top-level keys listed in `foreign` (read by another schema), or `ignore_unknown` is set.
  P parse(const Document& doc, const std::set<std::string>& foreign = {},
          bool ignore_unknown = false) const {
    P p{};
    for (const auto& s : specs_) s.set_default(p);
    std::set<std::string> seen;
    walk(doc, doc.root(), "", "", p, foreign, ignore_unknown, seen);
    for (const auto& s : specs_)
      if (s.doc.required && !seen.count(s.doc.key))
        throw InputError(doc.name() + ": missing required key '" + s.doc.key + "' (" +
                         s.doc.meaning + ")");
    for (const auto& l : loaders_) l(p, doc);
    const Checker checker(doc);
    for (const auto& r : rules_) r(p, checker);
    return p;
  }

  // One record of a list (see `records`); `shown` is its path, e.g. "norms[2]".
  P parse_item(const Document& doc, const YAML::Node& map, const std::string& shown) const {
    if (!map.IsMap())
      throw InputError(doc.error_at(shown, map) + "expected a record of keys, got '" +
                       describe(map) + "'");
    P p{};
    for (const auto& s : specs_) s.set_default(p);
    std::set<std::string> seen;
    walk(doc, map, "", shown + ".", p, {}, false, seen);
    for (const auto& s : specs_)
      if (s.doc.required && !seen.count(s.doc.key))
        throw InputError(doc.error_at(shown, map) + "missing required key '" + s.doc.key + "' (" +
                         s.doc.meaning + ")");
    const Checker checker(doc, shown + ".");
    for (const auto& r : rules_) r(p, checker);
    return p;
  }

  P defaults() const {
    P p{};
    for (const auto& s : specs_) s.set_default(p);
    return p;
  }

  std::vector<ParamDoc> docs() const {
    std::vector<ParamDoc> out;
    for (const auto& s : specs_) {
      out.push_back(s.doc);
      out.insert(out.end(), s.children.begin(), s.children.end());
    }
    return out;
  }

  std::set<std::string> top_level_keys() const {
    std::set<std::string> out;
    for (const auto& s : specs_) out.insert(s.doc.key.substr(0, s.doc.key.find('.')));
    return out;
  }

 private:
  // `set` gets the value, the document and the key as shown to the user ("norms[2].cost").
  using Setter = std::function<void(P&, const YAML::Node&, const Document&, const std::string&)>;
  struct Spec {
    ParamDoc doc;
    std::function<void(P&)> set_default;
    Setter set;
    std::vector<ParamDoc> children;  // keys of each record, for `describe`
  };

  void add(ParamDoc doc, std::function<void(P&)> set_default, Setter set,
           std::vector<ParamDoc> children = {}) {
    specs_.push_back({std::move(doc), std::move(set_default), std::move(set), std::move(children)});
  }
  // Scalars only need the error prefix of their key.
  void add_scalar(ParamDoc doc, std::function<void(P&)> set_default,
                  std::function<void(P&, const YAML::Node&, const std::string&)> set) {
    add(std::move(doc), std::move(set_default),
        [set = std::move(set)](P& p, const YAML::Node& n, const Document& d,
                               const std::string& shown) { set(p, n, d.error_at(shown, n)); });
  }

  static std::string describe(const YAML::Node& n) {
    if (n.IsScalar()) return n.Scalar();
    if (n.IsSequence()) return "a list";
    if (n.IsMap()) return "a section";
    return "nothing";
  }

  static double read_real(const YAML::Node& n, const std::string& where) {
    double v = 0.0;
    if (!n.IsScalar() || !YAML::convert<double>::decode(n, v))
      throw InputError(where + "expected a number, got '" + describe(n) + "'");
    if (std::isnan(v)) throw InputError(where + "NaN is not allowed");
    return v;
  }

  // Names directly under `prefix` ("" for the top level), for "did you mean".
  std::vector<std::string> children_of(const std::string& prefix) const;
  bool is_section(const std::string& key) const {
    for (const auto& s : specs_)
      if (s.doc.key.starts_with(key + ".")) return true;
    return false;
  }
  const Spec* leaf(const std::string& key) const {
    for (const auto& s : specs_)
      if (s.doc.key == key) return &s;
    return nullptr;
  }

  // `shown` prefixes every key in messages: "" at the top level, "norms[2]." inside a record.
  void walk(const Document& doc, const YAML::Node& map, const std::string& prefix,
            const std::string& shown, P& p, const std::set<std::string>& foreign,
            bool ignore_unknown, std::set<std::string>& seen) const;

  std::vector<Spec> specs_;
  std::vector<std::function<void(const P&, const Checker&)>> rules_;
  std::vector<std::function<void(P&, const Document&)>> loaders_;
};

[[noreturn]] void throw_unknown_key(const Document& doc, const std::string& key,
                                    const YAML::Node& key_node,
                                    const std::vector<std::string>& siblings);

template <class P>
std::vector<std::string> Schema<P>::children_of(const std::string& prefix) const {
  std::vector<std::string> out;
  for (const auto& s : specs_) {
    const std::string& k = s.doc.key;
    if (!prefix.empty() && !k.starts_with(prefix + ".")) continue;
    const std::string rest = prefix.empty() ? k : k.substr(prefix.size() + 1);
    out.push_back(rest.substr(0, rest.find('.')));
  }
  return out;
}

template <class P>
void Schema<P>::walk(const Document& doc, const YAML::Node& map, const std::string& prefix,
                     const std::string& shown, P& p, const std::set<std::string>& foreign,
                     bool ignore_unknown, std::set<std::string>& seen) const {
  for (auto it = map.begin(); it != map.end(); ++it) {
    const YAML::Node key_node = it->first;  // copies: *it is a temporary
    const YAML::Node value = it->second;
    if (!key_node.IsScalar())
      throw InputError(doc.where(shown + prefix, key_node) + ": keys must be plain names");
    const std::string key = prefix.empty() ? key_node.Scalar() : prefix + "." + key_node.Scalar();
    if (prefix.empty() && foreign.count(key)) continue;
    if (!seen.insert(key).second)
      throw InputError(doc.error_at(shown + key, key_node) + "given twice; remove one");
    if (const Spec* s = leaf(key)) {
      s->set(p, value, doc, shown + key);
    } else if (is_section(key)) {
      if (!value.IsMap())
        throw InputError(doc.error_at(shown + key, value) + "expected a section of keys, got '" +
                         describe(value) + "'");
      walk(doc, value, key, shown, p, foreign, ignore_unknown, seen);
    } else if (!ignore_unknown) {
      auto siblings = children_of(prefix);
      if (prefix.empty()) siblings.insert(siblings.end(), foreign.begin(), foreign.end());
      throw_unknown_key(doc, shown + key, key_node, siblings);
    }
  }
}

}  // namespace sim::config
