#pragma once

#include <Eigen/SparseCore>

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace sim {

// A directed, weighted network in compressed sparse row form (Eigen's row-major sparse
// matrix): row i lists the agents i is linked to. Rows are sorted by column, so iteration
// order is fixed and results do not depend on how the edges were supplied.
class CsrGraph {
 public:
  struct Edge {
    std::int32_t from;
    std::int32_t to;
    double weight = 1.0;
  };

  CsrGraph() = default;
  // Duplicate edges are summed; self-loops are kept only if the caller passes them.
  CsrGraph(std::int32_t nodes, const std::vector<Edge>& edges);

  std::int32_t nodes() const { return static_cast<std::int32_t>(m_.rows()); }
  std::int64_t edges() const { return m_.nonZeros(); }
  std::int32_t degree(std::int32_t i) const {
    return m_.outerIndexPtr()[i + 1] - m_.outerIndexPtr()[i];
  }
  std::span<const std::int32_t> neighbours(std::int32_t i) const {
    const auto* outer = m_.outerIndexPtr();
    return {m_.innerIndexPtr() + outer[i], static_cast<std::size_t>(outer[i + 1] - outer[i])};
  }
  std::span<const double> weights(std::int32_t i) const {
    const auto* outer = m_.outerIndexPtr();
    return {m_.valuePtr() + outer[i], static_cast<std::size_t>(outer[i + 1] - outer[i])};
  }
  const Eigen::SparseMatrix<double, Eigen::RowMajor, std::int32_t>& matrix() const { return m_; }

 private:
  Eigen::SparseMatrix<double, Eigen::RowMajor, std::int32_t> m_;
};

}  // namespace sim
