#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace sim {

// One field of a population held twice: phases read the state of step t (`current`) and
// write step t+1 (`next`); `flip` at the step boundary. Nothing reads what another agent is
// writing in the same step, so the update order (and thread count) cannot change results.
template <class T>
class DoubleBuffer {
 public:
  DoubleBuffer() = default;
  explicit DoubleBuffer(std::vector<T> initial) : current_(std::move(initial)), next_(current_) {}

  const std::vector<T>& current() const { return current_; }
  std::vector<T>& current_mutable() { return current_; }
  std::vector<T>& next() { return next_; }
  std::size_t size() const { return current_.size(); }
  void flip() { current_.swap(next_); }

 private:
  std::vector<T> current_;
  std::vector<T> next_;
};

}  // namespace sim
