// The report's section for this model (`normsim report` on its runs). Compiled into the report
// (tools/report), not into the model's library: registered by normsim_model() in CMakeLists.txt.
#include "tools/report/sections.hpp"

namespace report {
namespace {

LineChart curves(const Output& out, Shown& shown, const std::string& title,
                 const std::string& y_label, const std::vector<std::string>& names) {
  LineChart c;
  c.title = title;
  c.x_label = time_label(out);
  c.y_label = y_label;
  for (const auto& name : names) {
    const auto& series = out.series_named(name);
    shown.insert(series.name);
    c.curves.push_back({series.name, series.column(std::size_t{0})});
  }
  return c;
}

}  // namespace

std::vector<Section> axelrod_sections(const Output& out, Shown& shown) {
  LineChart genes = curves(out, shown, "Mean boldness and vengefulness", "mean level (0..1)",
                           {"mean_boldness", "mean_vengefulness"});
  genes.fixed_y = true;
  const LineChart acts = curves(out, shown, "Defections and punishments per generation", "events",
                                {"defections", "punishments", "meta_punishments"});
  LineChart scores = curves(out, shown, "Scores", "payoff", {"mean_score"});
  const auto& sd = out.series_named("sd_score");
  shown.insert(sd.name);
  std::vector<double> lo = scores.curves[0].y, hi = lo;
  for (std::size_t r = 0; r < lo.size() && r < sd.rows; ++r) {
    lo[r] -= sd.values[r];
    hi[r] += sd.values[r];
  }
  scores.curves.push_back({"mean - sd", lo});
  scores.curves.push_back({"mean + sd", hi});
  return {
      {"The norms game",
       "Axelrod (1986): a norm is established when boldness falls and vengefulness stays high "
       "(few defect, defectors are punished); it collapses when boldness rises and "
       "vengefulness falls. Metanorms (punishing those who do not punish) are what keeps "
       "vengefulness up.",
       {line_chart(genes), line_chart(acts), line_chart(scores)},
       ""},
  };
}

}  // namespace report
