#include "models/cybernorms/census.hpp"

#include "sim/core/table2d.hpp"

namespace cybernorms {

Census& Census::operator+=(const Census& o) {
  sim::add_elementwise(count, o.count);
  sim::add_elementwise(weight, o.weight);
  sim::add_elementwise(kind_n, o.kind_n);
  sim::add_elementwise(kind_w, o.kind_w);
  sim::add_elementwise(members, o.members);
  return *this;
}

Census take_census(const World& w, const State& s, int initiatives, const sim::Executor& ex) {
  const int K = w.norms;
  const auto G = static_cast<std::size_t>(initiatives);
  const std::size_t columns = static_cast<std::size_t>(K) * kKinds * Census::kStages;
  const Census zero{std::vector<double>(columns, 0.0), std::vector<double>(columns, 0.0),
                    std::vector<double>(kKinds, 0.0), std::vector<double>(kKinds, 0.0),
                    std::vector<std::int64_t>(G, 0)};
  const sim::TableView stage(s.stage.current(), static_cast<std::size_t>(K));  // agents x norms
  const sim::TableView member(s.member.current(), G);  // agents x initiatives
  return ex.accumulate(static_cast<std::size_t>(w.agents), zero, [&](Census& c, std::size_t i) {
    const auto a = static_cast<std::int32_t>(i);
    const int kind = w.kind[a];
    c.kind_n[kind] += 1.0;
    c.kind_w[kind] += w.weight[a];
    for (int k = 0; k < K; ++k) {
      const std::size_t col = Census::column(k, kind, stage(i, static_cast<std::size_t>(k)));
      c.count[col] += 1.0;
      c.weight[col] += w.weight[a];
    }
    for (std::size_t g = 0; g < G; ++g) c.members[g] += member(i, g);
  });
}

}  // namespace cybernorms
