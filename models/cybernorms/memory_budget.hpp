#pragma once

#include "models/cybernorms/params.hpp"

namespace cybernorms {

// Refuses, naming world.states or world.firms, a world whose estimate exceeds this machine's
// memory (or NORMSIM_MEMORY_LIMIT_GIB, which allows more, e.g. with swap), before anything is
// allocated: such a run would otherwise die in std::bad_alloc or the kernel's OOM killer.
// The estimate of a run's peak memory comes from measurements of `normsim run
// scenarios/baseline.yaml --steps 1` (peak RSS): about 7 bytes per pair of states (their
// diplomatic ties, generated for every pair: 2,048 / 4,096 / 8,192 states took 86 / 173 /
// 526 MB) and about 800 bytes per agent (200,000 firms: 208 MB against 57 MB for 2,000).
void check_memory(const Params& p, const sim::config::Schema<Params>::Checker& check);

}  // namespace cybernorms
