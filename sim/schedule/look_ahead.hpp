#pragma once

#include <algorithm>
#include <cstddef>

namespace sim {

// handle(x) for x in [0, count) in order, with ask(x + ahead) called before handle(x): for
// lists of work items whose data is scattered over memory, ask() prefetches what an item
// will read, so that the work of `ahead` items covers its latency. Every item is asked for
// once, before it is handled.
template <class Ask, class Handle>
void with_look_ahead(std::size_t count, std::size_t ahead, Ask&& ask, Handle&& handle) {
  for (std::size_t x = 0; x < std::min(count, ahead); ++x) ask(x);
  for (std::size_t x = 0; x < count; ++x) {
    if (x + ahead < count) ask(x + ahead);
    handle(x);
  }
}

}  // namespace sim
