#include "sim/io/run_record.hpp"

#include <cstring>
#include <stdexcept>
#include <type_traits>

namespace sim::io {

std::map<std::string, double> RunRecord::numeric_results() const {
  std::map<std::string, double> out;
  for (const auto& r : results) {
    if (const auto* d = std::get_if<double>(&r.value)) out[r.name] = *d;
    if (const auto* i = std::get_if<std::int64_t>(&r.value)) out[r.name] = static_cast<double>(*i);
  }
  return out;
}

namespace {

// The records are exchanged between processes of one build on one kind of machine, so plain
// native-endian copies suffice; the version byte catches records from another format.
constexpr std::uint8_t kEncodingVersion = 1;

class Writer {
 public:
  template <class T>
  requires std::is_trivially_copyable_v<T>
  void put(const T& v) {
    const auto* p = reinterpret_cast<const unsigned char*>(&v);
    out_.insert(out_.end(), p, p + sizeof(T));
  }
  void put(const std::string& s) {
    put<std::uint64_t>(s.size());
    out_.insert(out_.end(), s.begin(), s.end());
  }
  void put_bytes(const std::vector<unsigned char>& b) {
    put<std::uint64_t>(b.size());
    out_.insert(out_.end(), b.begin(), b.end());
  }
  std::vector<unsigned char> take() { return std::move(out_); }

 private:
  std::vector<unsigned char> out_;
};

class Reader {
 public:
  Reader(const unsigned char* data, std::size_t size) : p_(data), end_(data + size) {}
  template <class T>
  requires std::is_trivially_copyable_v<T> T get() {
    need(sizeof(T));
    T v;
    std::memcpy(&v, p_, sizeof(T));
    p_ += sizeof(T);
    return v;
  }
  std::string text() {
    const auto n = length();
    std::string s(reinterpret_cast<const char*>(p_), n);
    p_ += n;
    return s;
  }
  std::vector<unsigned char> bytes() {
    const auto n = length();
    std::vector<unsigned char> b(p_, p_ + n);
    p_ += n;
    return b;
  }
  bool done() const { return p_ == end_; }

 private:
  std::size_t length() {
    const auto n = get<std::uint64_t>();
    need(n);
    return static_cast<std::size_t>(n);
  }
  void need(std::uint64_t n) const {
    if (n > static_cast<std::uint64_t>(end_ - p_))
      throw std::runtime_error("run record: truncated encoding");
  }
  const unsigned char* p_;
  const unsigned char* end_;
};

}  // namespace

std::vector<unsigned char> encode(const RunRecord& record) {
  Writer w;
  w.put(kEncodingVersion);
  w.put(record.index);
  w.put(record.seed);
  w.put<std::uint64_t>(record.series.size());
  for (const auto& s : record.series) {
    w.put(s.spec.name);
    w.put(s.spec.type);
    w.put<std::uint64_t>(s.spec.columns);
    w.put(s.spec.description);
    w.put(s.spec.unit);
    w.put<std::uint64_t>(s.spec.labels.size());
    for (const auto& l : s.spec.labels) w.put(l);
    w.put<std::uint64_t>(s.rows);
    w.put_bytes(s.bytes);
  }
  w.put<std::uint64_t>(record.results.size());
  for (const auto& r : record.results) {
    w.put(r.name);
    w.put<std::uint8_t>(static_cast<std::uint8_t>(r.value.index()));
    std::visit([&](const auto& v) { w.put(v); }, r.value);
    w.put(r.description);
    w.put(r.unit);
  }
  return w.take();
}

RunRecord decode(const unsigned char* data, std::size_t size) {
  Reader r(data, size);
  if (r.get<std::uint8_t>() != kEncodingVersion)
    throw std::runtime_error("run record: unknown encoding version");
  RunRecord record;
  record.index = r.get<std::int64_t>();
  record.seed = r.get<std::uint64_t>();
  record.series.resize(r.get<std::uint64_t>());
  for (auto& s : record.series) {
    s.spec.name = r.text();
    s.spec.type = r.get<ElementType>();
    if (s.spec.type != ElementType::kFloat64 && s.spec.type != ElementType::kInt64)
      throw std::runtime_error("run record: unknown element type");
    s.spec.columns = r.get<std::uint64_t>();
    s.spec.description = r.text();
    s.spec.unit = r.text();
    s.spec.labels.resize(r.get<std::uint64_t>());
    for (auto& l : s.spec.labels) l = r.text();
    s.rows = r.get<std::uint64_t>();
    s.bytes = r.bytes();
    if (s.spec.columns == 0 || s.bytes.size() != s.rows * s.spec.columns * kElementBytes)
      throw std::runtime_error("run record: series " + s.spec.name + " has the wrong size");
  }
  record.results.resize(r.get<std::uint64_t>());
  for (auto& res : record.results) {
    res.name = r.text();
    switch (r.get<std::uint8_t>()) {
      case 0: res.value = r.get<double>(); break;
      case 1: res.value = r.get<std::int64_t>(); break;
      case 2: res.value = r.text(); break;
      default: throw std::runtime_error("run record: unknown result type");
    }
    res.description = r.text();
    res.unit = r.text();
  }
  if (!r.done()) throw std::runtime_error("run record: trailing bytes");
  return record;
}

}  // namespace sim::io
