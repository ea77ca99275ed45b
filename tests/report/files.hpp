#pragma once

#include <string>
#include <vector>

// Output files for the report tests, each named after the running test (ctest runs tests in
// parallel processes).
namespace report_test {

// A unique path in the temporary directory: the test's name plus `suffix`.
std::string temp_path(const std::string& suffix);
// Runs a shipped scenario (path relative to the repository) with `sets` into temp_path(suffix).
std::string run(const std::string& scenario, const std::vector<std::string>& sets,
                const std::string& suffix);
// Copies `from` to temp_path(suffix), keeping only the first `fraction` of its bytes.
std::string copy(const std::string& from, const std::string& suffix, double fraction = 1.0);
// Unlinks an object (dataset or group) from an HDF5 file.
void remove_object(const std::string& file, const std::string& object);
std::string read_text(const std::string& path);

}  // namespace report_test
