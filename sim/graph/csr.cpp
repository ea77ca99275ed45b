#include "sim/graph/csr.hpp"

#include "sim/core/error.hpp"

#include <string>

namespace sim {

CsrGraph::CsrGraph(std::int32_t nodes, const std::vector<Edge>& edges) : m_(nodes, nodes) {
  std::vector<Eigen::Triplet<double, std::int32_t>> triplets;
  triplets.reserve(edges.size());
  for (const auto& e : edges) {
    if (e.from < 0 || e.from >= nodes || e.to < 0 || e.to >= nodes)
      throw InputError("network edge (" + std::to_string(e.from) + ", " + std::to_string(e.to) +
                       ") names a node outside 0.." + std::to_string(nodes - 1));
    triplets.emplace_back(e.from, e.to, e.weight);
  }
  m_.setFromTriplets(triplets.begin(), triplets.end());
  m_.makeCompressed();
}

}  // namespace sim
