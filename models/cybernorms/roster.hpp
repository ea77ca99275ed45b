#pragma once

#include "models/cybernorms/params.hpp"
#include "sim/config/document.hpp"

namespace cybernorms {

// Reads the CSV rosters named by world.roster.states / world.roster.firms (relative to the
// scenario file) into p.world.roster and sets world.states / world.firms to their row counts.
// Every problem is an InputError naming file:line and column (or the scenario key).
void load_rosters(Params& p, const sim::config::Document& doc);

}  // namespace cybernorms
