#include "sim/io/reader.hpp"
#include "sim/io/recorder.hpp"
#include "tests/scratch.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <vector>

namespace {

std::string temp_path(const std::string& name) {
  return normsim_test::scratch_path("normsim_test_" + name).string();
}

TEST(Recorder, SeriesSpanningManyChunksReadBackInOrder) {
  const std::string path = temp_path("series.h5");
  const std::size_t rows = 20000;  // several 64 KiB chunks of doubles
  {
    sim::io::Handle file(H5Fcreate(path.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT), H5Fclose,
                         "create");
    sim::io::Recorder rec(file.get());
    const auto x = rec.series<double>("x", 1, "a value", "m");
    const auto pair = rec.series<std::int64_t>("pair", 2, "two counts", "agents", {"a", "b"});
    for (std::size_t i = 0; i < rows; ++i) {
      rec.append(x, 0.5 * static_cast<double>(i));
      const std::int64_t row[2] = {static_cast<std::int64_t>(i), -static_cast<std::int64_t>(i)};
      rec.append(pair, std::span<const std::int64_t>(row, 2));
    }
    rec.result("total", std::int64_t{42}, "the answer", "1");
    rec.flush();
  }
  const sim::io::Reader r(path);
  const auto x = r.doubles("/series/x");
  ASSERT_EQ(x.size(), rows);
  for (std::size_t i = 0; i < rows; ++i) ASSERT_EQ(x[i], 0.5 * static_cast<double>(i));
  EXPECT_EQ(r.shape("/series/pair"), (std::vector<std::size_t>{rows, 2}));
  const auto pair = r.integers("/series/pair");
  EXPECT_EQ(pair[2 * 777 + 1], -777);
  EXPECT_EQ(r.string_attribute("/series/x", "unit"), "m");
  EXPECT_EQ(r.string_attribute("/series/pair", "columns"), "a,b");
  EXPECT_EQ(r.integers("/summary/total"), (std::vector<std::int64_t>{42}));
  EXPECT_EQ(r.string_attribute("/summary/total", "description"), "the answer");
  std::filesystem::remove(path);
}

}  // namespace
