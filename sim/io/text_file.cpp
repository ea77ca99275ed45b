#include "sim/io/text_file.hpp"

#include "sim/core/error.hpp"
#include "sim/io/output_lock.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace sim::io {
namespace {

// Writes all of `text` to a new file `path`; "" when done, else the system's reason.
std::string write_all(const std::string& path, const std::string& text) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return std::strerror(errno);
  std::size_t done = 0;
  while (done < text.size()) {
    const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const std::string reason = std::strerror(errno);
      ::close(fd);
      return reason;
    }
    done += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) return std::strerror(errno);
  return "";
}

}  // namespace

void write_text_file(const std::string& path, const std::string& text) {
  const OutputLock lock(path);
  const std::string partial = path + ".partial";
  std::string reason = write_all(partial, text);
  if (reason.empty() && std::rename(partial.c_str(), path.c_str()) != 0)
    reason = std::strerror(errno);
  if (reason.empty()) return;
  ::unlink(partial.c_str());
  throw InputError(path + ": cannot write: " + reason);
}

}  // namespace sim::io
