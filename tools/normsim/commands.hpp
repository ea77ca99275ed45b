#pragma once

#include "tools/normsim/compare_command.hpp"
#include "tools/normsim/sensitivity_command.hpp"

#include <CLI/CLI.hpp>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace normsim {

inline constexpr int kExitOk = 0;
inline constexpr int kExitInternal = 1;
inline constexpr int kExitBadInput = 2;
inline constexpr int kExitInterrupted = 130;

// The subcommands: flags are declared on construction, work happens in execute().
class Commands {
 public:
  explicit Commands(CLI::App& app);
  int execute() const;

 private:
  int run() const;
  int validate() const;
  int describe() const;

  CLI::App* run_ = nullptr;
  CLI::App* validate_ = nullptr;
  CLI::App* describe_ = nullptr;
  std::unique_ptr<CompareCommand> compare_;
  std::unique_ptr<SensitivityCommand> sensitivity_;

  std::string scenario_;
  std::string output_;
  std::optional<std::uint64_t> seed_;
  int threads_ = 1;
  std::optional<std::int64_t> steps_;
  std::vector<std::string> overrides_;
  bool quiet_ = false;
  std::string model_;
};

}  // namespace normsim
