#include "sim/analysis/ensemble_signs.hpp"

#include "sim/io/arrays.hpp"

#include <optional>
#include <stdexcept>

namespace sim::analysis {
namespace {

std::optional<double> member_mean(const Group& g, const std::string& metric, std::int64_t m,
                                  std::int64_t replicates) {
  double sum = 0.0;
  std::int64_t n = 0;
  for (std::int64_t r = m * replicates; r < (m + 1) * replicates; ++r) {
    const auto& run = g.runs.at(static_cast<std::size_t>(r));
    const auto it = run.find(metric);
    if (it == run.end()) continue;
    if (const auto v = it->second.observed()) {
      sum += *v;
      ++n;
    }
  }
  if (n == 0) return std::nullopt;
  return sum / static_cast<double>(n);
}

std::string text(const Cell& c) {
  return std::holds_alternative<std::string>(c) ? std::get<std::string>(c) : "";
}

}  // namespace

std::vector<SignAgreement> sign_agreement(const std::vector<Group>& groups,
                                          const std::vector<std::string>& metrics,
                                          std::int64_t members, std::int64_t replicates) {
  for (const Group& g : groups)
    if (std::ssize(g.runs) != members * replicates)
      throw std::invalid_argument("group " + g.name + " does not hold members x replicates runs");
  std::vector<SignAgreement> out;
  for (const std::string& metric : metrics)
    for (std::size_t a = 0; a < groups.size(); ++a)
      for (std::size_t b = a + 1; b < groups.size(); ++b) {
        SignAgreement s{metric, groups[a].name, groups[b].name, 0, 0, members};
        for (std::int64_t m = 0; m < members; ++m) {
          const auto x = member_mean(groups[a], metric, m, replicates);
          const auto y = member_mean(groups[b], metric, m, replicates);
          if (!x || !y) continue;
          if (*x > *y) ++s.positive;
          if (*x < *y) ++s.negative;
        }
        out.push_back(s);
      }
  return out;
}

void add_sign_columns(Table& table, const std::vector<SignAgreement>& signs) {
  std::size_t metric = 0, pathway = 0, minus = 0;
  for (std::size_t c = 0; c < table.columns.size(); ++c) {
    if (table.columns[c] == "metric") metric = c;
    if (table.columns[c] == "pathway") pathway = c;
    if (table.columns[c] == "minus") minus = c;
  }
  table.columns.insert(table.columns.end(), {"members_up", "members_down", "sign_kept"});
  for (auto& row : table.rows) {
    const SignAgreement* found = nullptr;
    for (const auto& s : signs)
      if (s.metric == text(row[metric]) && s.group == text(row[pathway]) &&
          s.minus == text(row[minus]))
        found = &s;
    if (!found) {
      row.insert(row.end(), {Cell{}, Cell{}, Cell{}});
      continue;
    }
    const std::string of = "/" + std::to_string(found->members);
    row.insert(row.end(), {Cell{std::to_string(found->positive) + of},
                           Cell{std::to_string(found->negative) + of},
                           Cell{std::string(found->kept() ? "yes" : "no")}});
  }
}

void write_sign_agreement(hid_t file, const std::vector<SignAgreement>& signs,
                          const std::string& ensemble) {
  const io::Handle g = io::create_group(file, "sign_agreement");
  io::write_attribute(g.get(), "description",
                      std::string("per difference (rows as /differences): parameter sets of the "
                                  "ensemble whose difference of means is positive, negative, and "
                                  "whether all agree"));
  io::write_attribute(g.get(), "ensemble", ensemble);
  io::write_attribute(g.get(), "parameter_sets",
                      signs.empty() ? std::int64_t{0} : signs[0].members);
  std::vector<std::int64_t> up, down, kept;
  for (const auto& s : signs) {
    up.push_back(s.positive);
    down.push_back(s.negative);
    kept.push_back(s.kept() ? 1 : 0);
  }
  io::write_vector(g.get(), "members_up", up, "parameter sets with a positive difference", "sets");
  io::write_vector(g.get(), "members_down", down, "parameter sets with a negative difference",
                   "sets");
  io::write_vector(g.get(), "sign_kept", kept, "1 when every parameter set agrees on the sign",
                   "1");
}

}  // namespace sim::analysis
