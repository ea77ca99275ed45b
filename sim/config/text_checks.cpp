#include "sim/config/text_checks.hpp"

#include "sim/core/error.hpp"

#include <cctype>
#include <sstream>
#include <vector>

namespace sim::config {
namespace {

bool space(char c) {
  return std::isspace(static_cast<unsigned char>(c)) != 0;
}

// A line that reads as a mapping key: optional indent, a name ([A-Za-z_][A-Za-z0-9_.-]*), a
// colon, then the end or a space. (Written out: std::regex warns under the sanitizers.)
bool key_line(const std::string& line) {
  std::size_t i = 0;
  while (i < line.size() && space(line[i])) ++i;
  if (i == line.size() || !(std::isalpha(static_cast<unsigned char>(line[i])) || line[i] == '_'))
    return false;
  ++i;
  while (i < line.size() && (std::isalnum(static_cast<unsigned char>(line[i])) || line[i] == '_' ||
                             line[i] == '.' || line[i] == '-'))
    ++i;
  return i < line.size() && line[i] == ':' && (i + 1 == line.size() || space(line[i + 1]));
}

// "---" alone or followed by a space: a document marker.
bool document_marker(const std::string& line) {
  return line.starts_with("---") && (line.size() == 3 || space(line[3]));
}

// Blank, a comment or a directive: no content.
bool no_content(const std::string& line) {
  if (line.starts_with("%")) return true;
  std::size_t i = 0;
  while (i < line.size() && space(line[i])) ++i;
  return i == line.size() || line[i] == '#';
}

std::string at(const std::string& name, std::size_t line, std::size_t column) {
  return name + ":" + std::to_string(line + 1) + ":" + std::to_string(column + 1) + ": ";
}

// Length of the UTF-8 sequence starting with `lead`, 0 when no sequence starts so.
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// Whether bytes [i, i + n) are a well-formed sequence (no overlong form, no surrogate, at
// most U+10FFFF).
bool well_formed(const std::string& t, std::size_t i, std::size_t n) {
  if (i + n > t.size()) return false;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(t[i + k]) & 0xC0) != 0x80) return false;
  const auto lead = static_cast<unsigned char>(t[i]);
  const auto second = n > 1 ? static_cast<unsigned char>(t[i + 1]) : 0;
  if (lead == 0xE0 && second < 0xA0) return false;
  if (lead == 0xED && second > 0x9F) return false;
  if (lead == 0xF0 && second < 0x90) return false;
  if (lead == 0xF4 && second > 0x8F) return false;
  return true;
}

struct Lines {
  explicit Lines(const std::string& text) {
    starts.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') starts.push_back(i + 1);
  }
  std::size_t line_of(std::size_t offset) const {
    std::size_t line = 0;
    while (line + 1 < starts.size() && starts[line + 1] <= offset) ++line;
    return line;
  }
  std::vector<std::size_t> starts;
};

// Offset of the quote closing the quoted scalar opening at `open`, npos if none.
std::size_t closing_quote(const std::string& t, std::size_t open) {
  const char q = t[open];
  for (std::size_t i = open + 1; i < t.size(); ++i) {
    if (q == '"' && t[i] == '\\') {
      ++i;
    } else if (t[i] == q) {
      if (q == '\'' && i + 1 < t.size() && t[i + 1] == '\'') {
        ++i;  // '' is a quote inside single quotes
        continue;
      }
      return i;
    }
  }
  return std::string::npos;
}

void check_scalar(const YAML::Node& node, const std::string& text, const Lines& lines,
                  const std::string& name) {
  const YAML::Mark m = node.Mark();
  if (m.is_null() || static_cast<std::size_t>(m.line) >= lines.starts.size()) return;
  const std::size_t open =
      lines.starts[static_cast<std::size_t>(m.line)] + static_cast<std::size_t>(m.column);
  if (open >= text.size() || (text[open] != '"' && text[open] != '\'')) return;
  const auto line = static_cast<std::size_t>(m.line);
  const auto column = static_cast<std::size_t>(m.column);
  const std::size_t close = closing_quote(text, open);
  if (close == std::string::npos)
    throw InputError(at(name, line, column) + "the quote opened here is never closed");
  for (std::size_t l = line + 1; l <= lines.line_of(close); ++l) {
    const std::size_t end = l + 1 < lines.starts.size() ? lines.starts[l + 1] - 1 : text.size();
    const std::string content = text.substr(lines.starts[l], end - lines.starts[l]);
    if (key_line(content))
      throw InputError(at(name, line, column) + "the quote opened here closes only on line " +
                       std::to_string(lines.line_of(close) + 1) + ", past '" + content +
                       "' on line " + std::to_string(l + 1) + ": is a closing quote missing?");
  }
}

void walk(const YAML::Node& node, const std::string& text, const Lines& lines,
          const std::string& name) {
  if (node.IsScalar()) {
    check_scalar(node, text, lines, name);
  } else if (node.IsSequence()) {
    for (const auto& item : node) walk(item, text, lines, name);
  } else if (node.IsMap()) {
    for (const auto& kv : node) {
      walk(kv.first, text, lines, name);
      walk(kv.second, text, lines, name);
    }
  }
}

}  // namespace

void check_utf8(const std::string& text, const std::string& name) {
  std::size_t line = 0, line_start = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = sequence_length(static_cast<unsigned char>(text[i]));
    if (n == 0 || !well_formed(text, i, n))
      throw InputError(at(name, line, i - line_start) + "not UTF-8 text (byte " +
                       std::to_string(static_cast<unsigned char>(text[i])) +
                       "): save the file as UTF-8");
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
    i += n;
  }
}

void check_single_document(const std::string& text, const std::string& name) {
  std::istringstream lines(text);
  bool content = false;
  std::size_t n = 0;
  for (std::string line; std::getline(lines, line); ++n) {
    if (document_marker(line)) {
      if (content)
        throw InputError(name + ":" + std::to_string(n + 1) +
                         ": a second YAML document (after '---'): a scenario is one document");
      content = true;  // `--- key: value` or an explicit start: what follows is the first
    } else if (!no_content(line)) {
      content = true;
    }
  }
}

void check_quotes(const YAML::Node& root, const std::string& text, const std::string& name) {
  walk(root, text, Lines(text), name);
}

}  // namespace sim::config
