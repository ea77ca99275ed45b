#pragma once

#include "sim/config/engine_keys.hpp"
#include "tools/serve/catalogue.hpp"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace serve {

// A control's new value, as the browser typed it (YAML text, as after --set key=).
struct Control {
  std::string key;
  std::string value;
};

// What the page's Setup button sends: the scenario, its controls, the seed, and for A/B mode
// the one control run B changes.
struct SetupRequest {
  std::string scenario;
  std::vector<Control> values;
  std::optional<std::string> seed;
  std::optional<Control> b;
};

// A value refused, with the message the CLI would print for `--set key=value`: key is the
// control's key, "b" for run B's change, and "" when the values are fine one by one and
// refused only together.
struct FieldError {
  std::string key;
  std::string message;
};

class SetupRejected : public std::runtime_error {
 public:
  explicit SetupRejected(std::vector<FieldError> errors)
      : std::runtime_error(errors.front().message), errors_(std::move(errors)) {}
  SetupRejected(const std::string& key, const std::string& message)
      : SetupRejected(std::vector<FieldError>{{key, message}}) {}
  const std::vector<FieldError>& errors() const { return errors_; }

 private:
  std::vector<FieldError> errors_;
};

// The scenarios to run (A, and B in A/B mode) with the seed both use.
struct PreparedSetup {
  std::vector<sim::config::Scenario> runs;
  std::uint64_t seed = 0;
};

// Applies the request to the scenario exactly as `--set key=value` and `--seed` would (the
// same Document::apply_override and schemas), so a value is accepted or refused with the same
// message as on the command line. Only the scenario's adjustable keys, `seed`, and B's key may
// be set. Throws SetupRejected naming every refused control.
PreparedSetup prepare_setup(const CatalogueEntry& entry, const SetupRequest& request);

}  // namespace serve
