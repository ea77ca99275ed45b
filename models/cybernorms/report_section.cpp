// The report's section for this model (`normsim report` on its runs). Compiled into the report
// (tools/report), not into the model's library: registered by normsim_model() in CMakeLists.txt.
#include "tools/report/sections.hpp"

#include <algorithm>

namespace report {
namespace {

struct StageColumn {
  std::string norm, kind, stage;
};

// Splits an adoption column label "norm/kind/stage" (see models/cybernorms/metrics.cpp).
StageColumn split(const std::string& label) {
  const auto last = label.rfind('/');
  const auto mid =
      last == std::string::npos || last == 0 ? std::string::npos : label.rfind('/', last - 1);
  if (mid == std::string::npos) return {label, "", ""};
  return {label.substr(0, mid), label.substr(mid + 1, last - mid - 1), label.substr(last + 1)};
}

template <class T>
void add_unique(std::vector<T>& v, const T& x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

std::vector<double> sum(const std::vector<double>& a, const std::vector<double>& b) {
  std::vector<double> out(std::min(a.size(), b.size()));
  for (std::size_t i = 0; i < out.size(); ++i) out[i] = a[i] + b[i];
  return out;
}

// The first row at which `share` reaches one third (the metric's tipping step), or -1.
long tipping_row(const std::vector<double>& share) {
  for (std::size_t r = 0; r < share.size(); ++r)
    if (share[r] >= 1.0 / 3.0) return static_cast<long>(r);
  return -1;
}

bool all_zero(const std::vector<double>& v) {
  return std::all_of(v.begin(), v.end(), [](double x) { return x == 0.0; });
}

Section adoption(const Output& out, Shown& shown) {
  const auto& count = out.series_named("adoption_share_count");
  const auto& weight = out.series_named("adoption_share_weight");
  shown.insert({count.name, weight.name});
  std::vector<std::string> norms, kinds;
  for (const auto& l : count.labels) {
    const auto c = split(l);
    add_unique(norms, c.norm);
    add_unique(kinds, c.kind);
  }
  Section s;
  s.title = "Adoption by norm and kind";
  s.intro =
      "For each norm and kind of agent, the share at each stage: the dark band is the "
      "share implementing, the light band above it the share that only endorses, so the "
      "top edge is every adopter. The black line is the adopters' share of economic weight "
      "(states) or size (firms): above the bands, the large adopt first. On the states' "
      "charts the dashed line is one third of states, the tipping point of Finnemore and "
      "Sikkink, and the red line the step at which the norm reached it.";
  std::vector<std::string> absent;  // kinds with no agents in this world
  for (const auto& norm : norms)
    for (const auto& kind : kinds) {
      const std::string prefix = norm + "/" + kind + "/";
      const auto implemented = count.column(prefix + "implemented");
      const auto endorsed = count.column(prefix + "endorsed");
      if (implemented.empty() || endorsed.empty()) continue;
      if (all_zero(count.column(prefix + "none")) && all_zero(implemented) && all_zero(endorsed)) {
        add_unique(absent, kind);
        continue;
      }
      LineChart c;
      c.title = norm + ": " + kind + "s";
      c.x_label = time_label(out);
      c.y_label = "share of " + kind + "s";
      c.fixed_y = true;
      c.bands.push_back({"implemented", std::vector<double>(implemented.size(), 0.0), implemented});
      c.bands.push_back({"endorsed", implemented, sum(implemented, endorsed)});
      const auto w_impl = weight.column(prefix + "implemented");
      const auto w_end = weight.column(prefix + "endorsed");
      if (!w_impl.empty() && !w_end.empty())
        c.curves.push_back({"adopters by weight", sum(w_impl, w_end)});
      if (kind == "state") {
        c.guides.push_back({1.0 / 3.0, "one third: tipping"});
        const long tipped = tipping_row(sum(implemented, endorsed));
        if (tipped >= 0)
          c.markers.push_back(
              {static_cast<double>(tipped), "tips at step " + std::to_string(tipped)});
      }
      s.figures.push_back(line_chart(c));
    }
  for (const auto& kind : absent)
    s.intro += " This scenario has no " + kind + "s: their charts are left out.";
  return s;
}

Section events(const Output& out, Shown& shown) {
  Section s;
  s.title = "Violations and punishments";
  s.intro =
      "Events per step, summed over norms, then violations and punishments per norm. "
      "Punishments include those of falsely accused agents (false alarms); "
      "meta-punishments hit observers seen not punishing.";
  LineChart totals;
  totals.title = "All norms: events per step";
  totals.x_label = time_label(out);
  totals.y_label = "events";
  for (const char* name : {"violations", "punishments", "false_alarms", "meta_punishments"}) {
    const auto& series = out.series_named(name);
    shown.insert(series.name);
    totals.curves.push_back({series.name, row_sums(series)});
  }
  s.figures.push_back(line_chart(totals));
  s.figures.push_back(
      line_chart(series_chart(out, out.series_named("violations"), "Violations per norm")));
  s.figures.push_back(
      line_chart(series_chart(out, out.series_named("punishments"), "Punishments per norm")));
  return s;
}

// A section holding one chart of one series, on a 0..1 scale when `share` is set.
Section single(const Output& out, Shown& shown, const std::string& name, const std::string& title,
               const std::string& intro, bool share) {
  const auto& series = out.series_named(name);
  shown.insert(series.name);
  LineChart c = series_chart(out, series, title);
  c.fixed_y = share;
  return {title, intro, {line_chart(c)}, ""};
}

}  // namespace

// Specificity and memberships, or a note when the scenario has no initiatives (the model then
// records one placeholder column, "(none)", of zeros).
std::vector<Section> initiatives(const Output& out, Shown& shown) {
  const auto& members = out.series_named("memberships");
  if (members.labels == std::vector<std::string>{"(none)"}) {
    shown.insert({out.series_named("specificity").name, members.name});
    if (out.has_series("state_memberships")) shown.insert("state_memberships");
    return {{"Initiatives",
             "This scenario has no initiatives, so there is no negotiated text and no "
             "membership to chart.",
             {},
             ""}};
  }
  return {
      single(out, shown, "specificity", "Specificity per initiative",
             "Mean agreed specificity (0: a vague principle, 1: a detailed shared text) of each "
             "initiative's norms. Consensus among diverging members climbs slowly; a founders' "
             "text is specific at once.",
             true),
      single(out, shown, "memberships", "Memberships",
             "Members of each initiative (states and firms).", false),
      single(out, shown, "state_memberships", "States in each initiative",
             "States among the members of each initiative (a treaty's parties, a pledge's "
             "supporting states).",
             false),
  };
}

std::vector<Section> cybernorms_sections(const Output& out, Shown& shown) {
  // With time.start, /series/date is the calendar of the steps, not a quantity to chart.
  if (out.has_series("date")) shown.insert("date");
  std::vector<Section> sections = {
      adoption(out, shown),
      events(out, shown),
      single(out, shown, "mean_trust", "Trust between blocs",
             "Mean trust between distinct blocs: violations and false alarms lower it, "
             "confidence-building channels raise it back.",
             true),
      single(out, shown, "formalisations", "Formalisations",
             "States that have made each norm binding law for their firms.", false),
  };
  const auto more = initiatives(out, shown);
  sections.insert(sections.begin() + 3, more.begin(), more.end());
  return sections;
}

}  // namespace report
