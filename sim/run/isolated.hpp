#pragma once

#include <functional>
#include <string>

namespace sim {

// Runs `work` in a child process and returns the text it returns. For reading files that
// may be damaged: HDF5 1.10 can crash or loop forever on a corrupted file, and no check made
// beforehand catches every such file, so the reading is done where a crash or a hang costs
// only the child. An InputError thrown by `work` comes back as an InputError with its
// message; a child killed by a signal, or still working after `seconds`, is an InputError
// "`what`: ... damaged"; any other exception a std::runtime_error.
std::string run_isolated(const std::function<std::string()>& work, int seconds,
                         const std::string& what);

}  // namespace sim
