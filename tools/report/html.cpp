#include "tools/report/html.hpp"

#include <cstdlib>

namespace report {
namespace {

const char* const kStyle = R"(
:root { color-scheme: light; }
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2em auto; max-width: 70em;
       padding: 0 1em; color: #111; line-height: 1.4; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.25em; border-bottom: 1px solid #999; margin-top: 2em; }
p.intro { max-width: 52em; }
.figures { display: flex; flex-wrap: wrap; gap: 1em; }
figure { margin: 0; flex: 1 1 30em; max-width: 46em; }
figure svg { width: 100%; height: auto; }
svg text { font-family: "DejaVu Sans", Arial, sans-serif; fill: #111; }
table { border-collapse: collapse; margin: 0.5em 0; font-size: 0.9em; }
th, td { border: 1px solid #bbb; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
th { background: #eee; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
pre { background: #f6f6f6; border: 1px solid #ddd; padding: 0.8em; overflow-x: auto;
      font-size: 0.85em; white-space: pre-wrap; }
.warning { border: 2px solid #D55E00; padding: 0.5em 1em; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; page-break-after: avoid; }
  figure, table, tr { break-inside: avoid; page-break-inside: avoid; }
  .figures { display: block; }
  figure { max-width: 16cm; margin-bottom: 0.6em; }
  pre { white-space: pre-wrap; border: none; }
}
)";

// Numbers are right-aligned so that digits line up.
bool is_number(const std::string& cell) {
  if (cell.empty()) return false;
  char* end = nullptr;
  std::strtod(cell.c_str(), &end);
  return *end == '\0';
}

}  // namespace

std::string escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string table(const Row& header, const std::vector<Row>& rows) {
  std::string out = "<table>\n<tr>";
  for (const auto& h : header) out += "<th>" + escape(h) + "</th>";
  out += "</tr>\n";
  for (const auto& row : rows) {
    out += "<tr>";
    for (const auto& cell : row)
      out += (is_number(cell) ? "<td class=\"n\">" : "<td>") + escape(cell) + "</td>";
    out += "</tr>\n";
  }
  return out + "</table>\n";
}

std::string page(const std::string& title, const std::vector<Section>& sections) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>" + escape(title) + "</title>\n<style>" + std::string(kStyle) + "</style>\n";
  out += "</head>\n<body>\n<h1>" + escape(title) + "</h1>\n";
  for (const auto& s : sections) {
    out += "<section>\n<h2>" + escape(s.title) + "</h2>\n";
    if (!s.intro.empty()) out += "<p class=\"intro\">" + escape(s.intro) + "</p>\n";
    if (!s.figures.empty()) {
      out += "<div class=\"figures\">\n";
      for (const auto& f : s.figures) out += "<figure>" + f + "</figure>\n";
      out += "</div>\n";
    }
    out += s.html + "</section>\n";
  }
  return out + "</body>\n</html>\n";
}

}  // namespace report
