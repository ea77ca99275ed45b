#include "sim/io/partial_file.hpp"

#include "sim/core/error.hpp"
#include "sim/core/version.hpp"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <stdexcept>

namespace sim::io {
namespace {

std::string utc_now() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace

PartialFile::PartialFile(const std::string& path, const std::string& file_type,
                         const OutputLock* held)
    : path_(path), partial_(path + ".partial") {
  namespace fs = std::filesystem;
  const fs::path parent = fs::path(path).parent_path();
  if (!parent.empty() && !fs::is_directory(parent))
    throw InputError(path + ": output directory " + parent.string() + " does not exist");
  if (held == nullptr)
    own_lock_.emplace(path);
  else if (held->output() != path)
    throw std::logic_error("writing " + path + " under the lock of " + held->output());
  quiet_hdf5_errors();
  try {
    file_ = Handle(H5Fcreate(partial_.c_str(), H5F_ACC_TRUNC, H5P_DEFAULT, H5P_DEFAULT), H5Fclose,
                   "create " + partial_);
    const hid_t f = file_.get();
    write_attribute(f, "file_type", file_type);
    write_attribute(f, "format_version", kFormatVersion);
    write_attribute(f, "program", std::string("normsim"));
    write_attribute(f, "program_version", std::string(program_version()));
    write_attribute(f, "git_commit", std::string(git_commit()));
    write_attribute(f, "created", utc_now());
  } catch (...) {
    discard();
    throw;
  }
}

void PartialFile::discard() {
  file_.reset();
  std::error_code ignored;  // nothing more to do about a partial file that will not go
  std::filesystem::remove(partial_, ignored);
}

PartialFile::~PartialFile() {
  if (keep_ || committed_)
    file_.reset();
  else
    discard();
}

void PartialFile::commit() {
  check(H5Fflush(file_.get(), H5F_SCOPE_GLOBAL), "write " + partial_);
  file_.reset();
  std::error_code ec;
  std::filesystem::rename(partial_, path_, ec);
  if (ec) throw InputError("cannot rename " + partial_ + " to " + path_ + ": " + ec.message());
  committed_ = true;
}

}  // namespace sim::io
