#include "sim/run/isolated.hpp"

#include "sim/core/error.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <exception>
#include <stdexcept>

namespace sim {
namespace {

constexpr char kOk = '0', kInput = '2', kOther = '1';

void write_all(int fd, const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    done += static_cast<std::size_t>(n);
  }
}

[[noreturn]] void child(int fd, const std::function<std::string()>& work) {
  char status = kOk;
  std::string text;
  try {
    text = work();
  } catch (const InputError& e) {
    status = kInput;
    text = e.what();
  } catch (const std::exception& e) {
    status = kOther;
    text = e.what();
  } catch (...) {
    status = kOther;
    text = "unknown exception";
  }
  write_all(fd, std::string(1, status) + text);
  ::close(fd);
  ::_exit(0);  // no exit handlers: they belong to the parent
}

}  // namespace

std::string run_isolated(const std::function<std::string()>& work, int seconds,
                         const std::string& what) {
  int fds[2];
  if (::pipe(fds) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  if (pid == 0) {
    ::close(fds[0]);
    child(fds[1], work);
  }
  ::close(fds[1]);
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  std::string out;
  bool timed_out = false;
  for (char buf[65536];;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                          deadline - std::chrono::steady_clock::now())
                          .count();
    if (left <= 0) {
      timed_out = true;
      break;
    }
    pollfd p{fds[0], POLLIN, 0};
    const int ready = ::poll(&p, 1, static_cast<int>(left));
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) continue;
    const ssize_t n = ::read(fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buf, static_cast<std::size_t>(n));
  }
  ::close(fds[0]);
  if (timed_out) ::kill(pid, SIGKILL);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (timed_out)
    throw InputError(what + ": reading it did not finish in " + std::to_string(seconds) +
                     " s: the file is damaged");
  // Killed by a signal, or ended without a result (a sanitizer's handler turns the signal
  // into an exit status).
  if (WIFSIGNALED(status) || out.empty())
    throw InputError(what + ": reading it crashed the HDF5 library (" +
                     (WIFSIGNALED(status) ? "signal " + std::to_string(WTERMSIG(status))
                                          : "exit " + std::to_string(WEXITSTATUS(status))) +
                     "): the file is damaged");
  const std::string text = out.substr(1);
  if (out[0] == kInput) throw InputError(text);
  if (out[0] == kOther) throw std::runtime_error(text);
  return text;
}

}  // namespace sim
