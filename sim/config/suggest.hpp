#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sim::config {

// The closest candidate to a misspelt key (edit distance at most a third of its length, and
// at least 2), or "" when nothing is close: used for "did you mean" in error messages.
std::string closest(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace sim::config
