#include "sim/io/output_lock.hpp"

#include "sim/core/error.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <utility>

namespace sim::io {
namespace {

namespace fs = std::filesystem;

bool under_system_tree(const fs::path& p) {
  const std::string s = p.string();
  for (const char* root : {"/dev", "/proc", "/sys"}) {
    const std::size_t n = std::strlen(root);
    if (s.compare(0, n, root) == 0 && (s.size() == n || s[n] == '/')) return true;
  }
  return false;
}

std::string kind_of(const fs::file_status& st) {
  switch (st.type()) {
    case fs::file_type::directory: return "a folder";
    case fs::file_type::character:
    case fs::file_type::block: return "a device";
    case fs::file_type::fifo: return "a pipe";
    case fs::file_type::socket: return "a socket";
    default: return "not a regular file";
  }
}

}  // namespace

void check_output_path(const std::string& output, const std::vector<std::string>& inputs) {
  if (output.empty()) throw InputError("the output path is empty");
  std::error_code ec;
  const fs::path absolute = fs::absolute(output, ec).lexically_normal();
  // Resolves symbolic links in the part that exists (a link to /dev/null is /dev/null).
  const fs::path resolved = fs::weakly_canonical(absolute, ec);
  if (under_system_tree(absolute) || (!ec && under_system_tree(resolved)))
    throw InputError(output + ": refusing to write into a system folder (/dev, /proc, /sys): " +
                     "name a regular file as the output");
  const fs::file_status st = fs::status(output, ec);
  if (!ec && fs::exists(st) && !fs::is_regular_file(st))
    throw InputError(output + ": is " + kind_of(st) + ", not a file: name a file to write");
  for (const std::string& input : inputs)
    if (!input.empty() && fs::equivalent(output, input, ec))
      throw InputError(output + ": the output is also an input (" + input +
                       "): writing it would destroy what is read; name another output file");
}

OutputLock::OutputLock(const std::string& output) : output_(output), path_(output + ".lock") {
  check_output_path(output);
  for (;;) {
    const int fd = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
      throw InputError(output + ": cannot create the lock file " + path_ + ": " +
                       std::strerror(errno));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      const int err = errno;
      ::close(fd);
      if (err == EWOULDBLOCK)
        throw InputError(output + ": another process is writing this output (it holds " + path_ +
                         "); wait until it ends, or choose another output file");
      throw InputError(output + ": cannot lock " + path_ + ": " + std::strerror(err));
    }
    // The holder before us deletes the lock file before it unlocks: if the file we locked is
    // no longer the one at path_, a third process may hold the new one, so try again.
    struct stat locked {};
    struct stat named {};
    if (::fstat(fd, &locked) == 0 && ::stat(path_.c_str(), &named) == 0 &&
        locked.st_dev == named.st_dev && locked.st_ino == named.st_ino) {
      fd_ = fd;
      return;
    }
    ::close(fd);
  }
}

OutputLock::OutputLock(OutputLock&& other) noexcept
    : output_(std::move(other.output_)),
      path_(std::move(other.path_)),
      fd_(std::exchange(other.fd_, -1)) {}

OutputLock::~OutputLock() {
  if (fd_ < 0) return;
  ::unlink(path_.c_str());
  ::close(fd_);
}

}  // namespace sim::io
