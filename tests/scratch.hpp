#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>
#include <system_error>

namespace normsim_test {

// Where a test writes its files: a directory of the test process's own under the system's
// temporary directory (named by process id: ctest runs tests in parallel processes, and test
// runs of several checkouts may share the machine), removed with everything in it when the
// process exits, so that test runs leave nothing behind.
inline std::filesystem::path scratch_path(const std::string& name) {
  struct Directory {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("normsim-test-" + std::to_string(::getpid()));
    Directory() { std::filesystem::create_directories(path); }
    ~Directory() {
      std::error_code ignored;  // nothing to do about a failure at exit
      std::filesystem::remove_all(path, ignored);
    }
  };
  static const Directory directory;
  return directory.path / name;
}

}  // namespace normsim_test
