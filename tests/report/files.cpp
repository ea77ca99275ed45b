#include "tests/report/files.hpp"

#include "models/axelrod/model.hpp"
#include "models/cybernorms/model.hpp"
#include "sim/io/h5.hpp"
#include "sim/run/run_model.hpp"
#include "tests/scratch.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace report_test {

std::string temp_path(const std::string& suffix) {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  return normsim_test::scratch_path(std::string("normsim_report_") + info->test_suite_name() + "_" +
                                    info->name() + suffix)
      .string();
}

std::string run(const std::string& scenario, const std::vector<std::string>& sets,
                const std::string& suffix) {
  const auto s = sim::config::load_scenario(std::string(NORMSIM_SOURCE_DIR) + "/" + scenario, sets);
  const std::string out = temp_path(suffix);
  if (s.engine.model == "axelrod")
    sim::run_model<axelrod::Model>(s, {out, std::nullopt, 1, true});
  else
    sim::run_model<cybernorms::Model>(s, {out, std::nullopt, 1, true});
  return out;
}

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string copy(const std::string& from, const std::string& suffix, double fraction) {
  const std::string bytes = read_text(from);
  const std::string to = temp_path(suffix);
  std::ofstream(to, std::ios::binary)
      << bytes.substr(0, static_cast<std::size_t>(static_cast<double>(bytes.size()) * fraction));
  return to;
}

void remove_object(const std::string& file, const std::string& object) {
  const sim::io::Handle f(H5Fopen(file.c_str(), H5F_ACC_RDWR, H5P_DEFAULT), H5Fclose,
                          "open " + file);
  sim::io::check(H5Ldelete(f.get(), object.c_str(), H5P_DEFAULT), "delete " + object);
}

}  // namespace report_test
