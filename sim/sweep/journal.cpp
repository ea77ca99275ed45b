#include "sim/sweep/journal.hpp"

#include "sim/core/error.hpp"
#include "sim/core/fnv.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <utility>
#include <vector>

namespace sim::sweep {
namespace {

constexpr char kMagic[8] = {'N', 'S', 'J', 'R', 'N', 'L', '0', '1'};
constexpr std::size_t kHeader = sizeof kMagic + sizeof(std::uint64_t);
constexpr std::size_t kRecordHeader = 2 * sizeof(std::uint64_t);

std::uint64_t checksum(const unsigned char* data, std::size_t size) {
  Fnv h;
  h.add_bytes(data, size);
  return h.value();
}

// A system call on the journal failed: a fault of the environment (no space, I/O error,
// permission), reported with the system's reason and exit 2.
[[noreturn]] void fail(const std::string& what, const std::string& path) {
  throw InputError("cannot " + what + " " + path + ": " + std::strerror(errno));
}

void write_all(int fd, const std::vector<unsigned char>& bytes, const std::string& path) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail("write", path);
    done += static_cast<std::size_t>(n);
  }
}

template <class T>
void put(std::vector<unsigned char>& out, const T& v) {
  const auto* p = reinterpret_cast<const unsigned char*>(&v);
  out.insert(out.end(), p, p + sizeof v);
}

template <class T>
T get(const unsigned char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

}  // namespace

Journal Journal::create(const std::string& path, std::uint64_t fingerprint) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) fail("create", path);
  Journal j(path, fd);
  std::vector<unsigned char> header(kMagic, kMagic + sizeof kMagic);
  put(header, fingerprint);
  try {
    write_all(fd, header, path);
  } catch (...) {
    j.remove();  // a torn header would refuse every later --resume
    throw;
  }
  return j;
}

Journal Journal::resume(const std::string& path, std::uint64_t fingerprint,
                        const std::function<void(io::RunRecord&&)>& each) {
  off_t good = 0;
  {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError(path + ": cannot open the journal");
    std::vector<unsigned char> header(kHeader);
    if (!in.read(reinterpret_cast<char*>(header.data()), kHeader) ||
        std::memcmp(header.data(), kMagic, sizeof kMagic) != 0)
      throw InputError(path + ": not a normsim sweep or calibration journal");
    if (get<std::uint64_t>(header.data() + sizeof kMagic) != fingerprint)
      throw InputError(path +
                       ": this journal belongs to another sweep or calibration (the "
                       "scenario, design, targets, --free or --set/--seed/--steps differ); "
                       "delete it to start afresh");
    good = static_cast<off_t>(kHeader);
    std::vector<unsigned char> head(kRecordHeader), payload;
    while (in.read(reinterpret_cast<char*>(head.data()), kRecordHeader)) {
      const auto size = get<std::uint64_t>(head.data());
      const auto sum = get<std::uint64_t>(head.data() + sizeof(std::uint64_t));
      if (size > (std::uint64_t{1} << 40)) break;  // a torn length
      payload.resize(size);
      if (!in.read(reinterpret_cast<char*>(payload.data()), static_cast<std::streamsize>(size)))
        break;
      if (checksum(payload.data(), payload.size()) != sum) break;
      each(io::decode(payload.data(), payload.size()));
      good += static_cast<off_t>(kRecordHeader + size);
    }
  }
  const int fd = ::open(path.c_str(), O_WRONLY | O_APPEND | O_CLOEXEC);
  if (fd < 0) fail("open", path);
  Journal j(path, fd);
  if (::ftruncate(fd, good) != 0) fail("truncate", path);
  return j;
}

Journal::Journal(Journal&& other) noexcept
    : path_(std::move(other.path_)), fd_(std::exchange(other.fd_, -1)) {}

Journal::~Journal() {
  if (fd_ >= 0) ::close(fd_);
}

void Journal::append(const io::RunRecord& record) {
  const std::vector<unsigned char> payload = io::encode(record);
  std::vector<unsigned char> bytes;
  bytes.reserve(kRecordHeader + payload.size());
  put(bytes, static_cast<std::uint64_t>(payload.size()));
  put(bytes, checksum(payload.data(), payload.size()));
  bytes.insert(bytes.end(), payload.begin(), payload.end());
  write_all(fd_, bytes, path_);
}

void Journal::remove() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
  ::unlink(path_.c_str());
}

}  // namespace sim::sweep
