#pragma once

#include "models/cybernorms/world.hpp"
#include "sim/core/double_buffer.hpp"

#include <cstdint>
#include <vector>

namespace cybernorms {

enum Stage : std::uint8_t { kNone = 0, kEndorsed = 1, kImplemented = 2 };

// Fields that enabled phases rewrite in every slot each step: adoption (stage, variant),
// advocacy, sanction (reputation), capacity building. (Learning changes few agents' traits.)
// Copying them forward first would only be overwritten, at a cost that dominates large runs.
struct FullRewrites {
  bool stage_variant = false;
  bool advocacy = false;
  bool reputation = false;
  bool capacity = false;
};

// The dynamic state of a run, each field double-buffered: phases read `current()` (step t)
// and write `next()` (step t+1). `carry` starts t+1 as a copy of t, so a phase that is
// switched off, or leaves a slot alone, keeps its value.
//
// A variant is the text of a norm an agent follows: initiative g's text (0 <= v < G) or the
// national variant of state s (v = G + s).
struct State {
  sim::DoubleBuffer<std::uint8_t> stage;       // agents x norms
  sim::DoubleBuffer<std::int32_t> variant;     // agents x norms
  sim::DoubleBuffer<std::uint8_t> formalised;  // states x norms
  sim::DoubleBuffer<std::int32_t> law;         // states x norms: text made law, -1: own text
  sim::DoubleBuffer<std::uint8_t> member;      // agents x initiatives
  sim::DoubleBuffer<std::uint8_t> invited;     // states x initiatives: invitation received
  sim::DoubleBuffer<double> advocacy;          // agents x norms: A_ak
  sim::DoubleBuffer<double> reputation;        // agents
  sim::DoubleBuffer<double> boldness;          // agents
  sim::DoubleBuffer<double> vengefulness;      // agents
  sim::DoubleBuffer<double> capacity;          // agents
  sim::DoubleBuffer<double> specificity;       // initiatives x norms: sigma_gk
  sim::DoubleBuffer<double> progress;          // initiatives x norms: last round's gain
  sim::DoubleBuffer<double> trust;             // blocs x blocs

  static State initial(const World& w, const Params& p);
  // The text that rules in state st's market for norm k: its law where that is another text
  // than its own (see LawText), else the text the state follows.
  std::int32_t market_text(const World& w, std::int32_t st, int k) const {
    const std::size_t sk = w.ak(st, k);
    const std::int32_t l = law.current()[sk];
    return l >= 0 ? l : variant.current()[sk];
  }
  void carry(const FullRewrites& skip = {});
  void flip();
};

}  // namespace cybernorms
