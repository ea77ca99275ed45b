#include "tools/report/svg.hpp"

#include "tools/report/axis.hpp"
#include "tools/report/html.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace report {
namespace {

constexpr double kWidth = 640, kLeft = 66, kRight = 18, kTop = 36, kPlotHeight = 210, kBottom = 48,
                 kLegendRow = 18;
constexpr std::size_t kMaxCurvePoints = 1200, kMaxBandPoints = 600;
// Okabe-Ito colours (safe for colour-blind readers); dashes tell curves apart in grey print.
const char* const kColours[] = {"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                "#E69F00", "#56B4E9", "#000000"};
const char* const kDashes[] = {"", "7 3", "2 2", "9 3 2 3"};
const char* const kBandColours[] = {"#0072B2", "#9ECAE1", "#E69F00", "#FDD0A2"};

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

struct Frame {
  Axis x, y;
  double height = kPlotHeight;
  double px(double v) const { return kLeft + (v - x.lo) / (x.hi - x.lo) * plot_width(); }
  double py(double v) const { return kTop + (y.hi - v) / (y.hi - y.lo) * height; }
  static double plot_width() { return kWidth - kLeft - kRight; }
  double bottom() const { return kTop + height; }
};

std::string stroke_style(std::size_t i) {
  std::string s =
      "fill=\"none\" stroke=\"" + std::string(kColours[i % 7]) + "\" stroke-width=\"1.8\"";
  const char* dash = kDashes[i % 4];
  if (*dash) s += " stroke-dasharray=\"" + std::string(dash) + "\"";
  return s;
}

std::string band_style(std::size_t i) {
  return "fill=\"" + std::string(kBandColours[i % 4]) + "\" stroke=\"none\"";
}

std::string text(double x, double y, const std::string& anchor, const std::string& content,
                 const std::string& extra = "") {
  return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor +
         "\" font-size=\"11\"" + extra + ">" + escape(content) + "</text>";
}

std::string open_svg(const std::string& title, double height) {
  return "<svg viewBox=\"0 0 " + num(kWidth) + " " + num(height) + "\" role=\"img\" aria-label=\"" +
         escape(title) + "\"><title>" + escape(title) +
         "</title><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>" + "<text x=\"" +
         num(kLeft) + "\" y=\"20\" font-size=\"13\" font-weight=\"bold\">" + escape(title) +
         "</text>";
}

// Grid, ticks, tick labels and axis titles; x tick labels are skipped for categorical axes.
std::string axes(const Frame& f, const std::string& x_label, const std::string& y_label,
                 bool x_ticks) {
  std::string out;
  const double y_step = f.y.ticks.size() > 1 ? f.y.ticks[1] - f.y.ticks[0] : 1;
  for (const double t : f.y.ticks) {
    const double y = f.py(t);
    out += "<line x1=\"" + num(kLeft) + "\" x2=\"" + num(kWidth - kRight) + "\" y1=\"" + num(y) +
           "\" y2=\"" + num(y) + "\" stroke=\"#ddd\" stroke-width=\"0.8\"/>";
    out += text(kLeft - 5, y + 4, "end", tick_label(t, y_step));
  }
  if (x_ticks) {
    const double x_step = f.x.ticks.size() > 1 ? f.x.ticks[1] - f.x.ticks[0] : 1;
    for (const double t : f.x.ticks) {
      const double x = f.px(t);
      out += "<line x1=\"" + num(x) + "\" x2=\"" + num(x) + "\" y1=\"" + num(f.bottom()) +
             "\" y2=\"" + num(f.bottom() + 4) + "\" stroke=\"#333\"/>";
      out += text(x, f.bottom() + 16, "middle", tick_label(t, x_step));
    }
  }
  out += "<path d=\"M" + num(kLeft) + "," + num(kTop) + " V" + num(f.bottom()) + " H" +
         num(kWidth - kRight) + "\" fill=\"none\" stroke=\"#333\" stroke-width=\"1\"/>";
  out += text(kLeft + Frame::plot_width() / 2, f.bottom() + 36, "middle", x_label);
  const double mid = kTop + f.height / 2;
  out += text(14, mid, "middle", y_label, " transform=\"rotate(-90 14 " + num(mid) + ")\"");
  return out;
}

struct LegendEntry {
  std::string label;
  std::string swatch_style;  // a stroke style (line swatch) or a fill style (box swatch)
  bool filled;
};

double legend_height(const std::vector<LegendEntry>& entries, std::size_t* per_row) {
  std::size_t longest = 0;
  for (const auto& e : entries) longest = std::max(longest, e.label.size());
  const double column = 34 + 6.3 * static_cast<double>(std::min<std::size_t>(longest, 40));
  *per_row = std::max<std::size_t>(1, static_cast<std::size_t>(Frame::plot_width() / column));
  const std::size_t rows = (entries.size() + *per_row - 1) / *per_row;
  return static_cast<double>(rows) * kLegendRow;
}

std::string legend(const std::vector<LegendEntry>& entries, double top) {
  std::size_t per_row = 1;
  legend_height(entries, &per_row);
  const double column = Frame::plot_width() / static_cast<double>(per_row);
  std::string out = "<g class=\"legend\">";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const double x = kLeft + static_cast<double>(i % per_row) * column;
    const double y = top + static_cast<double>(i / per_row) * kLegendRow;
    const auto& e = entries[i];
    out += e.filled ? "<path d=\"M" + num(x) + "," + num(y - 9) + " h22 v10 h-22 Z\" " +
                          e.swatch_style + "/>"
                    : "<path d=\"M" + num(x) + "," + num(y - 4) + " h22\" " + e.swatch_style + "/>";
    std::string label = e.label.size() > 40 ? e.label.substr(0, 39) + "…" : e.label;
    out += text(x + 28, y, "start", label);
  }
  return out + "</g>";
}

std::string close_svg(const std::string& body, double height, const std::string& title) {
  return open_svg(title, height) + body + "</svg>";
}

void widen(double v, double& lo, double& hi) {
  if (!std::isfinite(v)) return;
  lo = std::min(lo, v);
  hi = std::max(hi, v);
}

std::string curve_path(const Frame& f, double x_first, const std::vector<double>& y) {
  std::string d;
  bool pen_down = false;
  for (const std::size_t r : envelope_rows(y, kMaxCurvePoints)) {
    if (!std::isfinite(y[r])) {
      pen_down = false;
      continue;
    }
    d += (pen_down ? " L" : " M") + num(f.px(x_first + static_cast<double>(r))) + "," +
         num(f.py(y[r]));
    pen_down = true;
  }
  return d.empty() ? d : d.substr(1);
}

std::string band_path(const Frame& f, double x_first, const Band& b) {
  const std::size_t n = std::min(b.lower.size(), b.upper.size());
  const auto rows = stride_rows(n, kMaxBandPoints);
  if (rows.empty()) return "";
  std::string d;
  for (const std::size_t r : rows)
    d += (d.empty() ? "M" : " L") + num(f.px(x_first + static_cast<double>(r))) + "," +
         num(f.py(b.upper[r]));
  for (auto it = rows.rbegin(); it != rows.rend(); ++it)
    d += " L" + num(f.px(x_first + static_cast<double>(*it))) + "," + num(f.py(b.lower[*it]));
  return d + " Z";
}

}  // namespace

std::string line_chart(const LineChart& c) {
  std::size_t rows = 0;
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (const auto& curve : c.curves) {
    rows = std::max(rows, curve.y.size());
    for (const double v : curve.y) widen(v, lo, hi);
  }
  for (const auto& band : c.bands) {
    rows = std::max(rows, band.upper.size());
    for (const double v : band.lower) widen(v, lo, hi);
    for (const double v : band.upper) widen(v, lo, hi);
  }
  if (lo > hi) lo = 0, hi = 1;
  if (lo >= 0) lo = 0;  // counts and shares read against zero
  Frame f;
  f.x = nice_axis(c.x_first, c.x_first + static_cast<double>(rows > 0 ? rows - 1 : 0), 6);
  f.y = c.fixed_y ? nice_axis(c.y_lo, c.y_hi) : nice_axis(lo, hi);
  std::string body = axes(f, c.x_label, c.y_label, true);
  std::vector<LegendEntry> entries;
  for (std::size_t i = 0; i < c.bands.size(); ++i) {
    body += "<path class=\"band\" d=\"" + band_path(f, c.x_first, c.bands[i]) + "\" " +
            band_style(i) + "/>";
    entries.push_back({c.bands[i].label, band_style(i), true});
  }
  const std::size_t colour_offset = c.bands.empty() ? 0 : 6;  // black over coloured bands
  for (std::size_t i = 0; i < c.curves.size(); ++i) {
    const std::string style = stroke_style(i + colour_offset);
    body += "<path class=\"curve\" d=\"" + curve_path(f, c.x_first, c.curves[i].y) + "\" " + style +
            "/>";
    entries.push_back({c.curves[i].label, style, false});
  }
  for (const auto& g : c.guides) {
    const double y = f.py(g.y);
    body += "<line class=\"guide\" x1=\"" + num(kLeft) + "\" x2=\"" + num(kWidth - kRight) +
            "\" y1=\"" + num(y) + "\" y2=\"" + num(y) +
            "\" stroke=\"#555\" stroke-dasharray=\"2,3\"/>" +
            text(kWidth - kRight - 4, y - 4, "end", g.label);
  }
  for (const auto& m : c.markers) {
    const double x = f.px(m.x);
    body += "<line class=\"marker\" x1=\"" + num(x) + "\" x2=\"" + num(x) + "\" y1=\"" + num(kTop) +
            "\" y2=\"" + num(f.bottom()) + "\" stroke=\"#C0392B\"/>" +
            text(x + 4, kTop + 12, "start", m.label);
  }
  const double legend_top = f.bottom() + kBottom + 8;
  std::size_t per_row = 1;
  const double height =
      legend_top + (entries.size() > 1 || !c.bands.empty() ? legend_height(entries, &per_row) : 0);
  if (entries.size() > 1 || !c.bands.empty()) body += legend(entries, legend_top);
  return close_svg(body, height + 4, c.title);
}

std::string scatter(const Scatter& c) {
  std::vector<std::pair<double, double>> points;
  for (std::size_t i = 0; i < std::min(c.x.size(), c.y.size()); ++i)
    if (std::isfinite(c.x[i]) && std::isfinite(c.y[i])) points.emplace_back(c.x[i], c.y[i]);
  double x_lo = std::numeric_limits<double>::infinity(), x_hi = -x_lo, y_lo = x_lo, y_hi = -x_lo;
  for (const auto& [x, y] : points) {
    widen(x, x_lo, x_hi);
    widen(y, y_lo, y_hi);
  }
  if (points.empty()) x_lo = y_lo = 0, x_hi = y_hi = 1;
  Frame f;
  f.x = nice_axis(x_lo, x_hi, 6);
  f.y = nice_axis(y_lo, y_hi);
  std::string body = axes(f, c.x_label, c.y_label, true);
  for (const auto& [x, y] : points)
    body += "<circle cx=\"" + num(f.px(x)) + "\" cy=\"" + num(f.py(y)) +
            "\" r=\"2.5\" fill=\"#0072B2\" fill-opacity=\"0.6\"/>";
  if (points.empty())
    body += text(kLeft + Frame::plot_width() / 2, kTop + 100, "middle", "no values");
  return close_svg(body, f.bottom() + kBottom + 4, c.title);
}

std::string histogram(const Histogram& c) {
  std::vector<double> values;
  for (const double v : c.values)
    if (std::isfinite(v)) values.push_back(v);
  const std::size_t left_out = c.values.size() - values.size();
  Frame f;
  std::string bars;
  std::vector<double> counts;
  if (!values.empty()) {
    const auto [mn, mx] = std::minmax_element(values.begin(), values.end());
    const int bins_wanted =
        std::clamp(static_cast<int>(std::ceil(std::log2(values.size()))) + 1, 1, 30);
    f.x = nice_axis(*mn, *mx, bins_wanted);
    const double width = f.x.ticks.size() > 1 ? f.x.ticks[1] - f.x.ticks[0] : 1;
    counts.assign(std::max<std::size_t>(f.x.ticks.size() - 1, 1), 0.0);
    for (const double v : values) {
      const auto bin = static_cast<std::size_t>(std::floor((v - f.x.lo) / width));
      counts[std::min(bin, counts.size() - 1)] += 1;
    }
  }
  f.y = nice_axis(0, counts.empty() ? 1 : *std::max_element(counts.begin(), counts.end()));
  const double bin_px =
      Frame::plot_width() / static_cast<double>(std::max<std::size_t>(counts.size(), 1));
  std::string d;
  for (std::size_t b = 0; b < counts.size(); ++b) {
    if (counts[b] == 0) continue;
    const double x = kLeft + static_cast<double>(b) * bin_px;
    d += "M" + num(x + 1) + "," + num(f.bottom()) + " V" + num(f.py(counts[b])) + " H" +
         num(x + bin_px - 1) + " V" + num(f.bottom()) + " Z ";
  }
  bars = "<path class=\"bars\" d=\"" + d + "\" fill=\"#0072B2\" stroke=\"#023858\"/>";
  std::string x_label = c.x_label;
  if (left_out) x_label += " (" + std::to_string(left_out) + " non-finite values left out)";
  if (values.empty())
    bars += text(kLeft + Frame::plot_width() / 2, kTop + 100, "middle", "no values");
  return close_svg(axes(f, x_label, "runs", true) + bars, f.bottom() + kBottom + 4, c.title);
}

std::string bar_chart(const BarChart& c) {
  double top = 1;
  for (const auto& [label, v] : c.bars) top = std::max(top, v);
  Frame f;
  f.x = Axis{0, 1, {}};
  f.y = nice_axis(0, top);
  const double slot =
      Frame::plot_width() / static_cast<double>(std::max<std::size_t>(c.bars.size(), 1));
  std::string d, labels;
  for (std::size_t i = 0; i < c.bars.size(); ++i) {
    const double x = kLeft + static_cast<double>(i) * slot;
    d += "M" + num(x + slot * 0.15) + "," + num(f.bottom()) + " V" + num(f.py(c.bars[i].second)) +
         " H" + num(x + slot * 0.85) + " V" + num(f.bottom()) + " Z ";
    const std::string& l = c.bars[i].first;
    labels +=
        text(x + slot / 2, f.bottom() + 16, "middle", l.size() > 18 ? l.substr(0, 17) + "…" : l);
  }
  const std::string body = axes(f, c.x_label, "runs", false) + "<path class=\"bars\" d=\"" + d +
                           "\" fill=\"#0072B2\" stroke=\"#023858\"/>" + labels;
  return close_svg(body, f.bottom() + kBottom + 4, c.title);
}

}  // namespace report
