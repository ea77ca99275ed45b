#include "models/cybernorms/state.hpp"

namespace cybernorms {

State State::initial(const World& w, const Params& p) {
  const auto n = static_cast<std::size_t>(w.agents);
  const auto K = static_cast<std::size_t>(w.norms);
  const auto G = static_cast<std::size_t>(p.initiative_count());
  const auto B = static_cast<std::size_t>(w.blocs);
  State s;
  s.stage = sim::DoubleBuffer<std::uint8_t>(std::vector<std::uint8_t>(n * K, kNone));
  std::vector<std::int32_t> national(n * K);
  for (std::size_t a = 0; a < n; ++a)
    for (std::size_t k = 0; k < K; ++k)
      national[a * K + k] = static_cast<std::int32_t>(G) + w.home[a];
  s.variant = sim::DoubleBuffer<std::int32_t>(std::move(national));
  s.formalised = sim::DoubleBuffer<std::uint8_t>(
      std::vector<std::uint8_t>(static_cast<std::size_t>(w.states) * K, 0));
  s.law = sim::DoubleBuffer<std::int32_t>(
      std::vector<std::int32_t>(static_cast<std::size_t>(w.states) * K, -1));
  // Initiatives founded at step 0 start with their founders as members.
  std::vector<std::uint8_t> member(n * G, 0);
  for (std::size_t g = 0; g < G; ++g)
    if (p.initiatives[g].founded == 0)
      for (const std::int32_t a : w.founders[g]) member[static_cast<std::size_t>(a) * G + g] = 1;
  s.member = sim::DoubleBuffer<std::uint8_t>(std::move(member));
  s.invited = sim::DoubleBuffer<std::uint8_t>(
      std::vector<std::uint8_t>(static_cast<std::size_t>(w.states) * G, 0));
  s.advocacy = sim::DoubleBuffer<double>(std::vector<double>(n * K, 0.0));
  s.reputation = sim::DoubleBuffer<double>(std::vector<double>(n, 1.0));
  s.boldness = sim::DoubleBuffer<double>(w.boldness);
  s.vengefulness = sim::DoubleBuffer<double>(w.vengefulness);
  s.capacity = sim::DoubleBuffer<double>(w.capacity);
  s.specificity = sim::DoubleBuffer<double>(std::vector<double>(G * K, 0.0));
  // -1: never negotiated (a norm is "stalled" only after a round without progress).
  s.progress = sim::DoubleBuffer<double>(std::vector<double>(G * K, -1.0));
  std::vector<double> trust(B * B, p.world.initial_trust);
  for (std::size_t b = 0; b < B; ++b) trust[b * B + b] = 1.0;
  s.trust = sim::DoubleBuffer<double>(std::move(trust));
  return s;
}

namespace {
template <class T>
void copy_forward(sim::DoubleBuffer<T>& b) {
  b.next() = b.current();
}
}  // namespace

void State::carry(const FullRewrites& skip) {
  if (!skip.stage_variant) {
    copy_forward(stage);
    copy_forward(variant);
  }
  copy_forward(formalised);
  copy_forward(law);
  copy_forward(member);
  copy_forward(invited);
  if (!skip.advocacy) copy_forward(advocacy);
  if (!skip.reputation) copy_forward(reputation);
  copy_forward(boldness);
  copy_forward(vengefulness);
  if (!skip.capacity) copy_forward(capacity);
  copy_forward(specificity);
  copy_forward(progress);
  copy_forward(trust);
}

void State::flip() {
  stage.flip();
  variant.flip();
  formalised.flip();
  law.flip();
  member.flip();
  invited.flip();
  advocacy.flip();
  reputation.flip();
  boldness.flip();
  vengefulness.flip();
  capacity.flip();
  specificity.flip();
  progress.flip();
  trust.flip();
}

}  // namespace cybernorms
