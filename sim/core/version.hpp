#pragma once

#include <string_view>

namespace sim {

// Stamped at configure time so every output file says which program wrote it.
std::string_view program_version();
std::string_view git_commit();

}  // namespace sim
