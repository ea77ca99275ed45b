#pragma once

#include "sim/io/h5.hpp"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace sim::io {

// Read-only access to a normsim output, for tests and tools that check what was written.
class Reader {
 public:
  explicit Reader(const std::string& path);

  // Every dataset path in the file ("/series/defections", ...), sorted.
  std::vector<std::string> datasets() const;
  // The dataset's stored values as raw bytes in file order (for bit-for-bit comparison).
  std::vector<unsigned char> raw(const std::string& dataset) const;
  std::vector<double> doubles(const std::string& dataset) const;
  // Numbers of any numeric type, or of one field of a compound (table) dataset.
  std::vector<double> doubles(const std::string& dataset, const std::string& field) const;
  // Strings (fixed or variable length), of the dataset or of one field of a compound.
  std::vector<std::string> texts(const std::string& dataset, const std::string& field = "") const;
  bool is_text(const std::string& dataset, const std::string& field = "") const;
  // Field names of a compound dataset, in file order; empty for other datasets.
  std::vector<std::string> fields(const std::string& dataset) const;
  bool is_group(const std::string& path) const;
  bool is_dataset(const std::string& path) const;
  // Every attribute of `object`, name and value as text (see attribute_text), in name order.
  std::vector<std::pair<std::string, std::string>> attributes(const std::string& object) const;
  std::vector<std::int64_t> integers(const std::string& dataset) const;
  std::vector<std::size_t> shape(const std::string& dataset) const;
  std::string string_attribute(const std::string& object, const std::string& name) const;
  std::string string_value(const std::string& dataset) const;
  bool has_attribute(const std::string& object, const std::string& name) const;
  std::int64_t integer_attribute(const std::string& object, const std::string& name) const;
  // What a dataset holds: 8-byte reals, 8-byte integers, text, or something else.
  enum class Kind { kFloat64, kInt64, kText, kOther };
  Kind kind(const std::string& dataset) const;

 private:
  Handle file_;
};

}  // namespace sim::io
