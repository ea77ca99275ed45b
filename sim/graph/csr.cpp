#include "sim/graph/csr.hpp"

#include "sim/core/error.hpp"

#include <algorithm>
#include <string>
#include <utility>

namespace sim {

// Built straight into the compressed arrays (edges bucketed by row, each row sorted by column
// and its duplicates summed in place) rather than through Eigen's setFromTriplets, which
// builds a column-major copy and transposes it: at 1e6 agents that was three extra copies of
// the 9 million edges, most of world generation's time and page faults.
CsrGraph::CsrGraph(std::int32_t nodes, const std::vector<Edge>& edges) : m_(nodes, nodes) {
  std::vector<std::int64_t> next(static_cast<std::size_t>(nodes) + 1, 0);
  for (const auto& e : edges) {
    if (e.from < 0 || e.from >= nodes || e.to < 0 || e.to >= nodes)
      throw InputError("network edge (" + std::to_string(e.from) + ", " + std::to_string(e.to) +
                       ") names a node outside 0.." + std::to_string(nodes - 1));
    ++next[static_cast<std::size_t>(e.from) + 1];
  }
  for (std::size_t i = 1; i < next.size(); ++i) next[i] += next[i - 1];
  std::vector<std::pair<std::int32_t, double>> bucketed(edges.size());
  {
    std::vector<std::int64_t> at(next.begin(), next.end() - 1);
    for (const auto& e : edges) bucketed[at[e.from]++] = {e.to, e.weight};
  }
  m_.resizeNonZeros(static_cast<Eigen::Index>(edges.size()));
  auto* outer = m_.outerIndexPtr();
  auto* inner = m_.innerIndexPtr();
  auto* value = m_.valuePtr();
  const auto by_column = [](const auto& x, const auto& y) { return x.first < y.first; };
  std::int64_t out = 0;
  outer[0] = 0;
  for (std::int32_t i = 0; i < nodes; ++i) {
    const auto row_begin = bucketed.begin() + next[i];
    const auto row_end = bucketed.begin() + next[i + 1];
    // Stable: duplicates are summed in the order they were supplied.
    if (!std::is_sorted(row_begin, row_end, by_column))
      std::stable_sort(row_begin, row_end, by_column);
    for (auto it = row_begin; it != row_end; ++it) {
      if (out > outer[i] && inner[out - 1] == it->first) {
        value[out - 1] += it->second;
        continue;
      }
      inner[out] = it->first;
      value[out] = it->second;
      ++out;
    }
    outer[i + 1] = static_cast<std::int32_t>(out);
  }
  m_.resizeNonZeros(static_cast<Eigen::Index>(out));
}

}  // namespace sim
