// The one CSV reader (rosters and design tables) in both of its modes, and every cell read
// as a number as the roster does. Bad input must end in sim::InputError; any other
// exception, a crash or a hang is a finding.
#include "sim/core/error.hpp"
#include "sim/io/csv.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const bool trim : {false, true}) {
    try {
      sim::io::CsvOptions options;
      options.trim = trim;
      const auto table = sim::io::CsvTable::parse(text, "fuzz.csv", options);
      for (std::size_t r = 0; r < table.rows(); ++r)
        for (std::size_t c = 0; c < table.header().size(); ++c) table.to_number(r, c);
      table.only_columns({"id", "weight"});
    } catch (const sim::InputError&) {
    }
  }
  return 0;
}
