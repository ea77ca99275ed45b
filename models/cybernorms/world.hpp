#pragma once

#include "models/cybernorms/params.hpp"
#include "models/cybernorms/scheduled.hpp"
#include "sim/graph/csr.hpp"

#include <cstdint>
#include <span>
#include <vector>

namespace cybernorms {

// The fixed part of a run: who the agents are and how they are linked. Struct of arrays;
// states are agents [0, states), firms [states, agents). Firm arrays are indexed by agent too
// (state entries unused) so phases never translate indices.
struct World {
  std::int32_t states = 0;
  std::int32_t firms = 0;
  std::int32_t agents = 0;
  int norms = 0;
  int blocs = 0;
  std::vector<double> bloc_size;  // blocs: agents (a firm belongs to its home state's bloc)

  // Per agent (a firm takes region, bloc and position from its home state).
  std::vector<std::uint8_t> kind;
  std::vector<std::int32_t> region;
  std::vector<std::int32_t> bloc;
  std::vector<double> position;
  std::vector<std::int32_t> home;  // a state is its own home
  std::vector<double> weight;      // economic weight (states) or size (firms)
  std::vector<double> capability;  // states; 0 for firms
  std::vector<double> cost_scale;  // size^elasticity / 1: multiplies C_k
  std::vector<double> reputation_sensitivity;
  std::vector<std::uint8_t> sector;      // firms
  std::vector<std::uint8_t> developing;  // states
  std::vector<double> stance;            // agents x norms: u0

  // The states each firm operates in (home first), as offsets into footprint_states.
  std::vector<std::int64_t> footprint_offsets;  // agents + 1 (states: empty)
  std::vector<std::int32_t> footprint_states;
  std::span<const std::int32_t> footprint(std::int32_t a) const {
    return {footprint_states.data() + footprint_offsets[a],
            static_cast<std::size_t>(footprint_offsets[a + 1] - footprint_offsets[a])};
  }
  // The home firms of each state, as offsets into home_firms.
  std::vector<std::int64_t> home_offsets;  // states + 1
  std::vector<std::int32_t> home_firms;

  // State-state, firm-firm and firm-state links in one symmetric network.
  sim::CsrGraph contacts;

  // Per initiative: its norm indices, founders (sorted), eligible agents' region (-1: all).
  std::vector<std::vector<int>> initiative_norms;
  std::vector<std::vector<std::int32_t>> founders;
  std::vector<std::int32_t> initiative_region;
  std::vector<std::uint8_t> is_founder;  // agents x initiatives
  std::vector<std::uint8_t> promoted;    // initiatives x norms: 1 if g promotes k
  bool promotes(int g, int k) const { return promoted[static_cast<std::size_t>(g) * norms + k]; }
  // Invitation gates: whether a state of region r joins initiative g without an invitation.
  std::vector<std::uint8_t> needs_no_invitation;  // initiatives x regions
  std::vector<double> founder_position;           // initiatives: founding states' mean; NaN: none

  std::vector<Scheduled> events;  // scenario events, resolved

  // Initial values of the dynamic per-agent traits.
  std::vector<double> capacity;
  std::vector<double> boldness;
  std::vector<double> vengefulness;

  std::size_t ak(std::int32_t a, int k) const { return static_cast<std::size_t>(a) * norms + k; }
};

World generate_world(const Params& params, std::uint64_t seed);

}  // namespace cybernorms
