// The scenario loader and the checks every scenario passes before a model sees it: the YAML
// text checks, a --set override, the engine's keys and a `sweep:` block. The input's first
// line is the override, the rest the scenario. Bad input must end in sim::InputError; any
// other exception, a crash or a hang is a finding.
#include "sim/config/engine_keys.hpp"
#include "sim/core/error.hpp"
#include "sim/sweep/sweep_block.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const auto newline = input.find('\n');
  const std::string assignment = newline == std::string::npos ? "" : input.substr(0, newline);
  const std::string text = newline == std::string::npos ? input : input.substr(newline + 1);
  try {
    auto doc = sim::config::Document::from_text(text, "fuzz.yaml");
    if (assignment.find('=') != std::string::npos) doc.apply_override(assignment);
    sim::config::engine_schema().parse(doc, {}, true);
    if (sim::config::find_node(doc.root(), "sweep").IsDefined()) sim::sweep::read_block(doc);
  } catch (const sim::InputError&) {
  }
  return 0;
}
