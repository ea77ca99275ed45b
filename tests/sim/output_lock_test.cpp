#include "sim/io/output_lock.hpp"

#include "sim/core/error.hpp"
#include "tests/scratch.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace {

namespace fs = std::filesystem;

std::string refusal(const std::string& output, const std::vector<std::string>& inputs = {}) {
  try {
    sim::io::check_output_path(output, inputs);
  } catch (const sim::InputError& e) {
    return e.what();
  }
  return "";
}

TEST(OutputPath, ADeviceIsRefusedBeforeItIsTouched) {
  struct stat before {};
  ASSERT_EQ(::stat("/dev/null", &before), 0);
  EXPECT_NE(refusal("/dev/null").find("system folder"), std::string::npos);
  EXPECT_NE(refusal("/dev/full").find("system folder"), std::string::npos);
  EXPECT_NE(refusal("/dev/stdout").find("system folder"), std::string::npos);
  EXPECT_NE(refusal("/tmp/../dev/null").find("system folder"), std::string::npos);
  struct stat after {};
  ASSERT_EQ(::stat("/dev/null", &after), 0);
  EXPECT_TRUE(S_ISCHR(after.st_mode));
  EXPECT_EQ(after.st_ino, before.st_ino);
  EXPECT_FALSE(fs::exists("/dev/null.partial"));
  EXPECT_FALSE(fs::exists("/dev/null.lock"));
}

TEST(OutputPath, ALinkToADeviceIsRefused) {
  const fs::path link = normsim_test::scratch_path("null_link.h5");
  fs::create_symlink("/dev/null", link);
  EXPECT_NE(refusal(link.string()).find("system folder"), std::string::npos);
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
}

TEST(OutputPath, AFolderIsRefused) {
  const fs::path dir = normsim_test::scratch_path("a_folder");
  fs::create_directories(dir);
  EXPECT_NE(refusal(dir.string()).find("is a folder, not a file"), std::string::npos);
}

TEST(OutputPath, AnInputIsRefusedAsOutput) {
  const fs::path in = normsim_test::scratch_path("scenario.yaml");
  std::ofstream(in) << "model: toy\n";
  const std::string via = (in.parent_path() / "." / in.filename()).string();
  EXPECT_NE(refusal(via, {in.string()}).find("the output is also an input"), std::string::npos);
  EXPECT_EQ(refusal(normsim_test::scratch_path("other.h5").string(), {in.string()}), "");
}

TEST(OutputLock, IsExclusiveAndReleasedWithItsLockFile) {
  const std::string out = normsim_test::scratch_path("locked.h5").string();
  {
    const sim::io::OutputLock first(out);
    EXPECT_TRUE(fs::exists(out + ".lock"));
    try {
      const sim::io::OutputLock second(out);
      FAIL() << "a second lock was granted";
    } catch (const sim::InputError& e) {
      EXPECT_NE(std::string(e.what()).find("another process is writing"), std::string::npos);
    }
  }
  EXPECT_FALSE(fs::exists(out + ".lock"));
  const sim::io::OutputLock again(out);  // free once the first holder is gone
}

TEST(OutputLock, AReadOnlyFolderIsAnInputErrorWithTheReason) {
  if (::geteuid() == 0) GTEST_SKIP() << "root writes to read-only folders (tests/cli/faults.sh)";
  const fs::path dir = normsim_test::scratch_path("read_only");
  fs::create_directories(dir);
  fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec);
  try {
    const sim::io::OutputLock lock((dir / "x.h5").string());
    FAIL() << "locked in a read-only folder";
  } catch (const sim::InputError& e) {
    EXPECT_NE(std::string(e.what()).find("Permission denied"), std::string::npos);
  }
  fs::permissions(dir, fs::perms::owner_all);
}

}  // namespace
