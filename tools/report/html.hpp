#pragma once

#include <string>
#include <vector>

namespace report {

// Text made safe inside HTML and SVG elements and attribute values.
std::string escape(const std::string& text);

using Row = std::vector<std::string>;

// A table of plain-text cells (escaped here); cells holding a number are right-aligned.
std::string table(const Row& header, const std::vector<Row>& rows);

// One part of a report: a heading, a short text saying what to read in it, then figures
// (inline SVG) and any further HTML.
struct Section {
  std::string title;
  std::string intro;  // plain text
  std::vector<std::string> figures;
  std::string html;
};

// The whole page: self-contained (inline CSS, no scripts, no links out), with print styles
// that keep each figure on one page and print the charts' colours.
std::string page(const std::string& title, const std::vector<Section>& sections);

}  // namespace report
