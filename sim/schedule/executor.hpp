#pragma once

#include <oneapi/tbb/parallel_for.h>
#include <oneapi/tbb/task_arena.h>

#include <algorithm>
#include <cstddef>
#include <memory>
#include <vector>

namespace sim {

// to[i] += from[i]: combining per-block partials of Executor::accumulate.
template <class T>
void add_elementwise(std::vector<T>& to, const std::vector<T>& from) {
  for (std::size_t i = 0; i < to.size(); ++i) to[i] += from[i];
}

// A vector that adds element by element: per-block counts or sums for Executor::accumulate.
template <class T>
struct VectorSum {
  std::vector<T> v;
  VectorSum& operator+=(const VectorSum& o) {
    add_elementwise(v, o.v);
    return *this;
  }
};

// Runs loops over agents either serially (threads == 1) or on a private TBB arena.
// Work is cut into blocks whose size depends on the range's length only, never on the thread
// count, and reductions combine one partial per block in block order, so floating-point sums
// come out identical on the serial and the parallel executor.
class Executor {
 public:
  // Blocks of kBlock items; a range too short for kMinBlocks of them is cut into smaller
  // blocks (halving, down to kMinBlockSize) so that a small world still spreads over threads:
  // with fixed blocks of 4,096, 10,000 agents made three blocks, one thread doing two of them.
  static constexpr std::size_t kBlock = 4096;
  static constexpr std::size_t kMinBlockSize = 256;
  static constexpr std::size_t kMinBlocks = 16;
  static constexpr std::size_t block_size(std::size_t n) {
    std::size_t size = kBlock;
    while (size > kMinBlockSize && n < kMinBlocks * size) size /= 2;
    return size;
  }
  static constexpr std::size_t block_count(std::size_t n) {
    return (n + block_size(n) - 1) / block_size(n);
  }
  // The block of item i in a range of n items.
  static constexpr std::size_t block_of(std::size_t n, std::size_t i) { return i / block_size(n); }

  explicit Executor(int threads);

  int threads() const { return threads_; }

  // f(begin, end) for disjoint blocks covering [0, n).
  template <class F>
  void for_blocks(std::size_t n, F&& f) const {
    const std::size_t size = block_size(n);
    const std::size_t blocks = block_count(n);
    if (!arena_ || blocks <= 1) {
      for (std::size_t b = 0; b < blocks; ++b) f(b * size, std::min(n, (b + 1) * size));
      return;
    }
    arena_->execute([&] {
      tbb::parallel_for(tbb::blocked_range<std::size_t>(0, blocks, 1),
                        [&](const tbb::blocked_range<std::size_t>& r) {
                          for (std::size_t b = r.begin(); b != r.end(); ++b)
                            f(b * size, std::min(n, (b + 1) * size));
                        });
    });
  }

  // f(i) for every i in [0, n).
  template <class F>
  void for_each(std::size_t n, F&& f) const {
    for_blocks(n, [&](std::size_t begin, std::size_t end) {
      for (std::size_t i = begin; i < end; ++i) f(i);
    });
  }

  // Folds add(acc, i) over [0, n) into one accumulator per block, then adds the blocks' results
  // in block order (T needs +=): deterministic (see class comment), and no per-item copies
  // of T, so T may be a struct of vectors.
  template <class T, class F>
  T accumulate(std::size_t n, const T& zero, F&& add) const {
    return accumulate_blocks(n, zero, [&](T& acc, std::size_t begin, std::size_t end) {
      for (std::size_t i = begin; i < end; ++i) add(acc, i);
    });
  }

  // As accumulate, with add(acc, begin, end) folding a whole block, for loops that carry
  // something from one item to the next.
  template <class T, class F>
  T accumulate_blocks(std::size_t n, const T& zero, F&& add) const {
    std::vector<T> partial(block_count(n), zero);
    for_blocks(n, [&](std::size_t begin, std::size_t end) {
      // Folded in a local: an accumulator in the shared vector could alias what add() reads,
      // which would force a store and a reload per item.
      T acc = std::move(partial[block_of(n, begin)]);
      add(acc, begin, end);
      partial[block_of(n, begin)] = std::move(acc);
    });
    T total = zero;
    for (const T& p : partial) total += p;
    return total;
  }

  // Sum of f(i) over [0, n) for any T with +=; deterministic (see class comment).
  template <class T, class F>
  T sum(std::size_t n, T zero, F&& f) const {
    return accumulate(n, zero, [&](T& acc, std::size_t i) { acc += f(i); });
  }

 private:
  int threads_;
  std::unique_ptr<tbb::task_arena> arena_;
};

}  // namespace sim
