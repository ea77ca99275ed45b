#pragma once

#include <CLI/CLI.hpp>

#include <charconv>
#include <cstdint>
#include <string>

namespace normsim {

// --seed accepts what the scenario's `seed` key accepts: a whole number from 0 to 2^53.
// (CLI11 alone would wrap -1 and numbers past 2^64 into some other seed.)
inline CLI::Validator seed_flag() {
  return CLI::Validator(
      [](std::string& text) -> std::string {
        constexpr std::uint64_t kMax = std::uint64_t{1} << 53;
        std::uint64_t v = 0;
        const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
        if (text.empty() || r.ec != std::errc() || r.ptr != text.data() + text.size() || v > kMax)
          return "expected a seed: a whole number from 0 to 2^53 (9007199254740992), got '" + text +
                 "'";
        return "";
      },
      "SEED");
}

}  // namespace normsim
