#pragma once

#include "sim/config/schema.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cybernorms {

inline constexpr std::size_t kMaxBlocs = 1000;

// Agents are states and firms in one index space (states first), so that every phase that
// docs/model.md defines "for each agent" is one loop; the kind picks the per-kind coefficients.
enum Kind : int { kState = 0, kFirm = 1 };
inline constexpr int kKinds = 2;

struct PerKind {
  double state = 0.0;
  double firm = 0.0;
  double of(int kind) const { return kind == kState ? state : firm; }
};

struct Norm {
  std::string name;
  PerKind cost{1.0, 1.0};
  double benefit = 1.0;
  double externality = 1.0;
  double contention = 0.3;
  double restrictiveness = 0.2;
  PerKind temptation{1.0, 0.5};
  double visibility = 0.2;
  double misattribution = 0.01;
  PerKind stance{0.0, 0.0};   // mean intrinsic stance u0 of each kind
  double size_benefit = 0.0;  // firms' benefit B_k x (size)^size_benefit (size >= 1)
};

struct Region {
  std::string name;
  double share = 0.2;
  double developing = 0.5;
};

struct Bloc {
  std::string name;
  double position = 0.0;
  double share = 1.0;
};

struct Lognormal {
  double mu = 0.0;
  double sigma = 1.0;
};

struct Interval {
  double low = 0.0;
  double high = 1.0;
};

enum class StanceShape { kNormal, kLadder };

// Replaces one agent's intrinsic stance for one norm (teaching: Granovetter's perturbation),
// after the stances a roster gives.
struct StanceOverride {
  std::string agent = "0";  // a roster id, or an agent index (agent_names.hpp)
  std::string norm;
  double value = 0.0;
};

struct Sectors {
  double vendor = 0.2;
  double operator_ = 0.3;  // the rest are "other"
};

struct PerSector {
  double vendor = 1.0;
  double operator_ = 0.7;
  double other = 0.4;
};

enum Sector : std::uint8_t { kVendor = 0, kOperator = 1, kOther = 2 };

// One row of a states roster: what the CSV gives; an absent value is drawn as for a
// generated world.
struct StateRow {
  std::string id;
  std::int32_t region = 0;
  std::int32_t bloc = 0;
  std::optional<double> position;
  std::optional<double> weight;
  std::optional<double> capability;
  std::optional<bool> developing;
  std::optional<double> capacity;
  std::vector<std::optional<double>> stance;  // per norm (columns stance.<norm>)
};

struct FirmRow {
  std::string id;
  std::int32_t home = 0;  // state index (row of the states roster)
  std::optional<double> size;
  std::optional<Sector> sector;
  std::vector<std::int32_t> footprint;  // home first; empty: drawn
  std::optional<double> capacity;
  std::vector<std::optional<double>> stance;  // per norm (columns stance.<norm>)
};

// Real agents read from the CSV files the scenario names (world.roster.*); empty: generated.
struct Roster {
  std::string states_file;
  std::string firms_file;
  std::vector<StateRow> states;
  std::vector<FirmRow> firms;
};

struct WorldParams {
  Roster roster;
  std::int64_t states = 193;
  std::vector<Region> regions;
  std::vector<Bloc> blocs;
  double position_sd = 0.15;
  Lognormal capability{0.0, 1.0};
  Lognormal weight{0.0, 1.5};
  double capacity_developed = 0.8;
  double capacity_developing = 0.25;
  double capacity_sd = 0.1;
  double state_reputation_sensitivity = 1.0;

  std::int64_t firms = 2000;
  double firm_size_alpha = 1.2;
  double footprint_elasticity = 0.5;
  double firm_capacity = 0.9;
  Sectors sectors;
  PerSector reputation_sensitivity;

  StanceShape stance_shape = StanceShape::kNormal;
  double stance_sd = 0.5;
  Interval ladder{-1.0, 0.0};
  std::vector<StanceOverride> stance_overrides;
  Interval boldness{0.0, 1.0};
  Interval vengefulness{0.0, 1.0};
  double initial_trust = 0.5;

  double state_link_base = 0.3;
  double state_link_scale = 0.5;
  double same_region_boost = 3.0;
  std::int64_t firm_links = 2;
};

enum class InitiativeKind { kTreaty, kUnProcess, kPrivateAccord, kMultistakeholder, kRegional };
enum class Eligible { kStates, kFirms, kBoth };
enum class DecisionRule { kConsensus, kMajority, kFoundersText };
enum class Agenda { kParallel, kConsensusFirst };

// An initiative's founders are the union of the top_* agents and the agents named in
// states / firms (see founders.hpp for how names are read).
struct Founders {
  std::int64_t top_states = 0;      // the states of largest economic weight (within the region)
  std::int64_t top_firms = 0;       // the largest firms (within the region)
  std::vector<std::string> states;  // named: roster ids, or agent indices without a roster
  std::vector<std::string> firms;
  double budget = 0.0;
};

struct Initiative {
  std::string name;
  InitiativeKind kind = InitiativeKind::kMultistakeholder;
  Eligible members = Eligible::kBoth;
  std::string region;  // "" = open to every region
  DecisionRule rule = DecisionRule::kConsensus;
  Agenda agenda = Agenda::kParallel;
  std::vector<std::string> norms;
  Founders founders;
  std::int64_t founded = 0;
  double eta = 0.05;
  double commitment = 1.0;
  double monitoring = 0.0;
  bool capacity_building = false;
  double cbm = 0.0;
  double open_at = 0.0;
  double join_cost = 0.5;
  double join_rate = -1.0;   // < 0: mechanisms.membership.join_rate
  double leave_rate = -1.0;  // < 0: mechanisms.membership.leave_rate
  std::string founded_on;    // a date (time.start given): sets `founded`
  // Invitation gate (Budapest Art. 37): states outside `open_regions` join only once invited;
  // the parties invite a state with chance invite_rate x their trust towards its bloc.
  bool invitation = false;
  std::vector<std::string> open_regions;
  double invite_rate = 0.01;
  std::int64_t dissolved = -1;  // step from which it no longer exists (set by events); -1: never
};

// Something the record says happened at a date or step (scenario `events:`), applied as the
// run reaches it.
enum class EventType { kJoin, kLeave, kFound, kDissolve, kTrustShock, kTextShock };

struct ScheduledEvent {
  std::int64_t at = -1;  // step; or from `on`
  std::string on;        // a date (needs time.start)
  EventType type = EventType::kTrustShock;
  std::string initiative;          // join, leave, found, dissolve, text_shock
  std::string agent;               // join, leave: as world.stance_overrides[].agent
  std::vector<std::string> blocs;  // trust_shock: two bloc names
  double size = 0.5;               // shocks: share of trust or specificity lost
};

struct Negotiation {
  bool enabled = true;
  std::int64_t interval = 1;
  double expert_boost = 1.0;
  double ideal_scale = 0.5;
  double tolerance = 0.2;
  double trust_tolerance = 0.3;
  double contention_narrowing = 0.2;
  double settled = 0.9;
  double stall = 1e-4;
  // A round fails (no text moves) with chance fail_rate + fail_trust x (1 - members' trust).
  double fail_rate = 0.0;
  double fail_trust = 0.0;
  // Share of the gap a text falls per round towards the target its members now accept, where
  // that is below the current text (0: a text never loses specificity).
  double fallback = 0.0;
  // Consensus: the text every member but the most reluctant share accepts (0: strict).
  double consensus_quantile = 0.0;
};

struct Advocacy {
  bool enabled = true;
  double decay = 0.1;
};

struct Adoption {
  bool enabled = true;
  double beta = 1.0;
  double rate = 0.1;
  double drop = 0.01;
  double w_sec = 1.0;
  double w_rep = 1.0;
  double w_mem = 0.5;
  double w_reg = 1.0;
  double w_harm = 0.3;
  double w_adv = 1.0;
  double psi = 0.5;
  double size_elasticity = 0.5;
  double national_specificity = 0.3;
  // Distance to the adopters weighs 1 + w_trust (1 - T), T the trust towards their blocs.
  double w_trust = 0.0;
  // A vaguer text on offer never replaces the more specific national or home-law text.
  bool keep_specific_text = false;
};

struct Compliance {
  bool enabled = true;
};

// How violations and false alarms erode trust between blocs: `seers` counts every cross-bloc
// seer of every event, over the agents of both blocs; `incidents` counts each event of a
// state once per other bloc whose states saw it, and each incident takes a share of trust.
enum class TrustRule { kSeers, kIncidents };

struct Sanction {
  bool enabled = true;
  double punishment = 3.0;
  double enforcement = 1.0;
  bool metanorms = false;
  double meta_punishment = 3.0;
  double meta_enforcement = 1.0;
  std::int64_t comember_observers = 2;
  double cbm_visibility = 0.5;
  double reputation_loss = 0.05;
  double reputation_recovery = 0.01;
  double trust_loss = 0.5;
  double trust_recovery = 0.05;
  TrustRule trust_rule = TrustRule::kSeers;
  double incident_loss = 0.05;  // incidents: trust x (1 - incident_loss) per incident
  double trust_drift = 0.0;     // per step: share of the gap to world.initial_trust closed
};

struct Learning {
  bool enabled = true;
  double rate = 0.05;
  double mutation = 0.01;
};

// Which text bottom-up formalisation makes law (docs/model.md phase 7 says when, not which): the
// text the state itself follows, or the one most of its implementing home firms follow.
enum class LawText { kOwn, kHomeFirms };

struct Formalisation {
  bool enabled = true;
  double phi = 0.5;
  double rate = 0.1;
  bool bottom_up = true;
  bool treaty = true;
  LawText text = LawText::kOwn;
};

struct CapacityBuilding {
  bool enabled = true;
  double rate = 0.02;
  double donor_min = 0.6;
  double recipient_max = 0.4;
  double donor_cost = 0.1;
};

struct MembershipRule {
  bool enabled = true;
  double beta = 1.0;
  double join_rate = 0.05;
  double leave_rate = 0.01;
  double w_peer = 1.0;
  double w_seat = 0.5;
  double w_norms = 0.2;
  double w_trust = 0.0;  // weight of trust towards the founders' blocs (1 = full trust)
  double w_align = 0.0;  // weight of the distance to the founders' mean position
};

struct Mechanisms {
  Negotiation negotiation;
  Advocacy advocacy;
  Adoption adoption;
  Compliance compliance;
  Sanction sanction;
  Learning learning;
  Formalisation formalisation;
  CapacityBuilding capacity_building;
  MembershipRule membership;
};

struct Params {
  std::int64_t steps = 240;
  std::string step_unit = "month";
  std::string start;              // time.start: the date of step 0 ("" : steps only)
  std::int64_t record_every = 0;  // per-agent snapshots every N steps; 0: none
  std::vector<Norm> norms;
  WorldParams world;
  std::vector<Initiative> initiatives;
  Mechanisms mechanisms;
  std::vector<ScheduledEvent> events;

  int norm_count() const { return static_cast<int>(norms.size()); }
  int initiative_count() const { return static_cast<int>(initiatives.size()); }
  // The index of the region named `name` in world.regions, or -1.
  int region_index(const std::string& name) const {
    for (std::size_t r = 0; r < world.regions.size(); ++r)
      if (world.regions[r].name == name) return static_cast<int>(r);
    return -1;
  }
  std::int64_t agents() const { return world.states + world.firms; }
};

// The six norms of docs/model.md, the five regions and three blocs of the default world.
std::vector<Norm> default_norms();
std::vector<Region> default_regions();
std::vector<Bloc> default_blocs();

const sim::config::Schema<Params>& schema();

}  // namespace cybernorms
