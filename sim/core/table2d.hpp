#pragma once

#include <cassert>
#include <cstddef>
#include <span>
#include <type_traits>
#include <vector>

namespace sim {

// A row-major 2-D table over a flat buffer, e.g. agents x norms or initiatives x norms:
// t(row, column) instead of hand-written `row * width + column`, with both indices checked in
// debug builds. A view: it neither owns nor resizes the buffer (the model's state stays in
// its double buffers and vectors), so reading through it gives the same values, in the same
// order, as the indexing it replaces. TableView<const T> reads, TableView<T> writes.
template <class T>
class TableView {
 public:
  TableView(std::span<T> data, std::size_t columns)
      : data_(data), columns_(columns), rows_(columns > 0 ? data.size() / columns : 0) {
    assert(columns > 0 ? data.size() % columns == 0 : data.empty());
  }
  // A view of a whole vector (const vectors give read-only views).
  template <class V>
  TableView(V& v, std::size_t columns) : TableView(std::span<T>(v.data(), v.size()), columns) {}

  std::size_t rows() const { return rows_; }
  std::size_t columns() const { return columns_; }

  T& operator()(std::size_t row, std::size_t column) const {
    assert(row < rows_ && column < columns_);
    return data_[row * columns_ + column];
  }
  // Row r, columns in order.
  std::span<T> row(std::size_t r) const {
    assert(r < rows_);
    return data_.subspan(r * columns_, columns_);
  }

 private:
  std::span<T> data_;
  std::size_t columns_;
  std::size_t rows_;
};

// Deduces the element type from a vector: TableView(stage_vector, K).
template <class V>
TableView(V&, std::size_t)
    -> TableView<std::remove_reference_t<decltype(*std::declval<V&>().data())>>;

// An owning table: rows x columns values, initialised to `fill`.
template <class T>
class Table2D {
 public:
  Table2D() = default;
  Table2D(std::size_t rows, std::size_t columns, const T& fill = T{})
      : values_(rows * columns, fill), columns_(columns) {}

  std::size_t rows() const { return columns_ > 0 ? values_.size() / columns_ : 0; }
  std::size_t columns() const { return columns_; }
  T& operator()(std::size_t r, std::size_t c) { return view()(r, c); }
  const T& operator()(std::size_t r, std::size_t c) const { return view()(r, c); }
  std::span<T> row(std::size_t r) { return view().row(r); }
  std::span<const T> row(std::size_t r) const { return view().row(r); }
  TableView<T> view() { return {std::span<T>(values_), columns_}; }
  TableView<const T> view() const { return {std::span<const T>(values_), columns_}; }
  // The values, row after row (for writing out or summing elementwise).
  const std::vector<T>& values() const { return values_; }
  std::vector<T>& values() { return values_; }

 private:
  std::vector<T> values_;
  std::size_t columns_ = 0;
};

}  // namespace sim
