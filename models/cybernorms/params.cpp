#include "models/cybernorms/params.hpp"

#include "models/cybernorms/agent_names.hpp"
#include "models/cybernorms/calendar.hpp"
#include "models/cybernorms/founders.hpp"
#include "models/cybernorms/memory_budget.hpp"
#include "models/cybernorms/roster.hpp"
#include "sim/config/suggest.hpp"

#include <set>

namespace cybernorms {

using sim::config::any_real;
using sim::config::at_least;
using sim::config::between;
using sim::config::greater_than;
using sim::config::probability;
using sim::config::Schema;
using I = std::int64_t;

// A field accessor: FIELD(Type, Record, member.path) -> [](Record& r) -> Type& {...}.
#define FIELD(T, R, path) [](R& field_owner) -> T& { return field_owner.path; }

std::vector<Norm> default_norms() {
  // Coefficients are orders of magnitude, not estimates: contention is low for protecting
  // critical infrastructure and CERTs (seed 002's "consensus areas") and high for
  // information sharing and cybercrime cooperation, where national differences bite.
  return {
      {"cvd", {0.5, 0.8}, 1.5, 1.0, 0.2, 0.3, {1.0, 0.6}, 0.3, 0.01, {0.0, 0.2}},
      {"cni", {0.3, 0.2}, 2.0, 1.5, 0.1, 0.6, {1.5, 0.2}, 0.4, 0.03, {0.2, 0.3}},
      {"cert", {0.2, 0.2}, 1.0, 1.0, 0.15, 0.3, {0.8, 0.1}, 0.3, 0.02, {0.1, 0.2}},
      {"supply_chain", {0.6, 1.0}, 1.5, 1.2, 0.3, 0.2, {0.5, 0.8}, 0.2, 0.01, {0.0, 0.1}},
      {"info_sharing", {0.4, 0.5}, 1.2, 1.5, 0.5, 0.3, {0.8, 0.5}, 0.2, 0.02, {-0.1, 0.1}},
      {"cybercrime", {0.5, 0.3}, 1.3, 1.0, 0.6, 0.4, {1.0, 0.3}, 0.3, 0.02, {0.0, 0.1}},
  };
}

std::vector<Region> default_regions() {
  // The five UN regional groups with their approximate shares of the 193 member states.
  return {{"africa", 0.28, 0.9},
          {"asia_pacific", 0.275, 0.6},
          {"eastern_europe", 0.12, 0.3},
          {"latin_america", 0.17, 0.7},
          {"weog", 0.155, 0.05}};
}

std::vector<Bloc> default_blocs() {
  return {{"west", -1.0, 0.25}, {"nonaligned", 0.0, 0.55}, {"east", 1.0, 0.2}};
}

namespace {

const Schema<Norm>& norm_schema() {
  static const Schema<Norm> s = [] {
    Schema<Norm> n;
    n.text("name", FIELD(std::string, Norm, name), "", true,
           "short name other keys refer to (initiatives[].norms)");
    n.real("cost.state", FIELD(double, Norm, cost.state), 1.0, at_least(0), "utility per step",
           "C_k for states: implementation cost, divided by capacity");
    n.real("cost.firm", FIELD(double, Norm, cost.firm), 1.0, at_least(0), "utility per step",
           "C_k for firms: implementation cost, times size^size_elasticity, divided by capacity");
    n.real("benefit", FIELD(double, Norm, benefit), 1.0, at_least(0), "utility per step",
           "B_k: security value when every contact complies");
    n.real("externality", FIELD(double, Norm, externality), 1.0, greater_than(0), "exponent",
           "gamma: benefit grows as (adopter share among contacts)^gamma; > 1: increasing returns");
    n.real("contention", FIELD(double, Norm, contention), 0.3, probability(), "0..1",
           "how much bloc distance to the adopters and to fellow negotiators matters");
    n.real("restrictiveness", FIELD(double, Norm, restrictiveness), 0.2, at_least(0),
           "utility per unit capability",
           "strategic cost to a state of giving up offensive options");
    n.real("temptation.state", FIELD(double, Norm, temptation.state), 1.0, at_least(0), "payoff",
           "gain of a state from one violation");
    n.real("temptation.firm", FIELD(double, Norm, temptation.firm), 0.5, at_least(0), "payoff",
           "gain of a firm from one violation");
    n.real("visibility", FIELD(double, Norm, visibility), 0.2, probability(), "probability",
           "base chance an observer sees a violation");
    n.real("misattribution", FIELD(double, Norm, misattribution), 0.01, probability(),
           "per adopter per step", "base chance an innocent adopter is accused (false alarm)");
    n.real("stance.state", FIELD(double, Norm, stance.state), 0.0, any_real(), "utility",
           "mean intrinsic stance u0 of states");
    n.real("stance.firm", FIELD(double, Norm, stance.firm), 0.0, any_real(), "utility",
           "mean intrinsic stance u0 of firms");
    n.real("size_benefit", FIELD(double, Norm, size_benefit), 0.0, between(0, 3), "exponent",
           "a firm's benefit B_k grows as size^size_benefit (sizes >= 1): norms with an "
           "externality, such as information sharing, are worth more to large firms; 0: equal");
    return n;
  }();
  return s;
}

const Schema<Region>& region_schema() {
  static const Schema<Region> s = [] {
    Schema<Region> r;
    r.text("name", FIELD(std::string, Region, name), "", true, "region name");
    r.real("share", FIELD(double, Region, share), 0.2, greater_than(0), "relative",
           "relative share of states in the region (normalised over regions)");
    r.real("developing", FIELD(double, Region, developing), 0.5, probability(), "probability",
           "chance a state of the region is developing (low capacity)");
    return r;
  }();
  return s;
}

const Schema<Bloc>& bloc_schema() {
  static const Schema<Bloc> s = [] {
    Schema<Bloc> b;
    b.text("name", FIELD(std::string, Bloc, name), "", true, "bloc label");
    b.real("position", FIELD(double, Bloc, position), 0.0, between(-10, 10), "alignment axis",
           "centre of the bloc on the alignment axis");
    b.real("share", FIELD(double, Bloc, share), 1.0, greater_than(0), "relative",
           "relative share of states in the bloc (normalised over blocs)");
    return b;
  }();
  return s;
}

const Schema<StanceOverride>& override_schema() {
  static const Schema<StanceOverride> s = [] {
    Schema<StanceOverride> o;
    o.text("agent", FIELD(std::string, StanceOverride, agent), "0", false,
           "an id of world.roster.states or world.roster.firms (read as that id even where it "
           "looks like a number), or an agent index where the kind is generated (states "
           "0..states-1, then firms states..agents-1)",
           "agent", "agent whose stance is set, after the stances the rosters give");
    o.text("norm", FIELD(std::string, StanceOverride, norm), "", true, "norm name");
    o.real("value", FIELD(double, StanceOverride, value), 0.0, any_real(), "utility",
           "the stance u0 the agent gets for that norm");
    return o;
  }();
  return s;
}

const Schema<Initiative>& initiative_schema() {
  static const Schema<Initiative> s = [] {
    Schema<Initiative> g;
    g.text("name", FIELD(std::string, Initiative, name), "", true, "initiative name");
    g.choice<InitiativeKind>("kind", FIELD(InitiativeKind, Initiative, kind),
                             InitiativeKind::kMultistakeholder,
                             {{"treaty", InitiativeKind::kTreaty},
                              {"un_process", InitiativeKind::kUnProcess},
                              {"private_accord", InitiativeKind::kPrivateAccord},
                              {"multistakeholder", InitiativeKind::kMultistakeholder},
                              {"regional", InitiativeKind::kRegional}},
                             "treaty: joining (ratifying) opens only once the text's mean "
                             "specificity reaches open_at; the others are open from founding");
    g.choice<Eligible>(
        "members", FIELD(Eligible, Initiative, members), Eligible::kBoth,
        {{"states", Eligible::kStates}, {"firms", Eligible::kFirms}, {"both", Eligible::kBoth}},
        "who may join");
    g.text("region", FIELD(std::string, Initiative, region), "", false,
           "only agents of this region may join (firms by home state); empty: everyone");
    g.choice<DecisionRule>("rule", FIELD(DecisionRule, Initiative, rule), DecisionRule::kConsensus,
                           {{"consensus", DecisionRule::kConsensus},
                            {"majority", DecisionRule::kMajority},
                            {"founders_text", DecisionRule::kFoundersText}},
                           "consensus: the most reluctant member caps specificity; majority: the "
                           "median member; founders_text: the founders fix the text at founding");
    g.choice<Agenda>(
        "agenda", FIELD(Agenda, Initiative, agenda), Agenda::kParallel,
        {{"parallel", Agenda::kParallel}, {"consensus_first", Agenda::kConsensusFirst}},
        "consensus_first: negotiate a norm only once every less contentious norm of "
        "the initiative is settled or stalled");
    g.names("norms", FIELD(std::vector<std::string>, Initiative, norms), {},
            "names of the norms the initiative promotes");
    g.integer<I>(
        "founders.top_states", FIELD(I, Initiative, founders.top_states), 0, 0, I{1} << 30,
        "states",
        "founders: this many states of largest weight (within the region; all of them if fewer)");
    g.integer<I>(
        "founders.top_firms", FIELD(I, Initiative, founders.top_firms), 0, 0, I{1} << 40, "firms",
        "founders: this many largest firms (within the region, by home; all of them if fewer)");
    g.names("founders.states", FIELD(std::vector<std::string>, Initiative, founders.states), {},
            "ids of world.roster.states, or agent indices 0..states-1 where states are "
            "generated; each once; in the initiative's region",
            "state ids",
            "founders named one by one, added to the top_states ones (a state in both counts "
            "once); like every founder, a member from founding");
    g.names("founders.firms", FIELD(std::vector<std::string>, Initiative, founders.firms), {},
            "ids of world.roster.firms, or agent indices states..agents-1 where firms are "
            "generated (as world.stance_overrides[].agent); each once; home in the region",
            "firm ids",
            "founders named one by one, added to the top_firms ones (a firm in both counts "
            "once); like every founder, a member from founding");
    g.real("founders.budget", FIELD(double, Initiative, founders.budget), 0.0, at_least(0),
           "utility per step", "advocacy each founder spends per step, shared over its contacts");
    g.integer<I>("founded", FIELD(I, Initiative, founded), 0, 0, I{1} << 40, "step",
                 "step at which the initiative is founded");
    g.real("eta", FIELD(double, Initiative, eta), 0.05, probability(), "per negotiation round",
           "negotiation speed: sigma rises by eta (1 - sigma) per round, before expert boost");
    g.real("commitment", FIELD(double, Initiative, commitment), 1.0, at_least(0), "utility",
           "pi_g: how much membership commits a member to the initiative's norms");
    g.real("monitoring", FIELD(double, Initiative, monitoring), 0.0, probability(), "probability",
           "extra chance a member's violation of the initiative's norms is seen");
    g.boolean("capacity_building", FIELD(bool, Initiative, capacity_building), false,
              "runs a programme moving capacity from donor members to low-capacity members");
    g.real("cbm", FIELD(double, Initiative, cbm), 0.0, probability(), "0..1",
           "confidence-building strength (transparency, hotlines): cuts false alarms of members "
           "by this fraction and rebuilds trust between member blocs; 0: not a channel");
    g.real("open_at", FIELD(double, Initiative, open_at), 0.0, probability(), "specificity",
           "treaties: opens for ratification once mean sigma over its norms reaches this");
    g.real("join_cost", FIELD(double, Initiative, join_cost), 0.5, at_least(0), "utility",
           "cost of membership in the join utility");
    g.real("join_rate", FIELD(double, Initiative, join_rate), -1.0, between(-1, 1), "per step",
           "chance an eligible non-member considers joining per step; -1: "
           "mechanisms.membership.join_rate");
    g.real("leave_rate", FIELD(double, Initiative, leave_rate), -1.0, between(-1, 1), "per step",
           "chance a member considers leaving per step; -1: mechanisms.membership.leave_rate");
    g.text("founded_on", FIELD(std::string, Initiative, founded_on), "", false,
           "date of founding (YYYY-MM or YYYY-MM-DD; needs time.start); sets `founded`");
    g.boolean("invitation", FIELD(bool, Initiative, invitation), false,
              "states outside open_regions may join only once the members invite them "
              "(as Art. 37 of the Budapest Convention)");
    g.names("open_regions", FIELD(std::vector<std::string>, Initiative, open_regions), {},
            "regions whose states need no invitation (invitation: true)");
    g.real("invite_rate", FIELD(double, Initiative, invite_rate), 0.01, probability(), "per step",
           "chance per step that the members invite an eligible state, times their mean trust "
           "towards its bloc");
    g.rule([](const Initiative& x, const auto& check) {
      if (x.norms.empty()) check.fail("norms", "an initiative must promote at least one norm");
      if (x.members == Eligible::kStates && x.founders.top_firms > 0)
        check.fail("founders.top_firms", "firms cannot found a states-only initiative");
      if (x.members == Eligible::kFirms && x.founders.top_states > 0)
        check.fail("founders.top_states", "states cannot found a firms-only initiative");
      if (x.members == Eligible::kStates && !x.founders.firms.empty())
        check.fail("founders.firms[0]", "firms cannot found a states-only initiative");
      if (x.members == Eligible::kFirms && !x.founders.states.empty())
        check.fail("founders.states[0]", "states cannot found a firms-only initiative");
      if (x.invitation && x.members == Eligible::kFirms)
        check.fail("invitation", "invitations are for states: this initiative takes only firms");
    });
    return g;
  }();
  return s;
}

const Schema<ScheduledEvent>& event_schema() {
  static const Schema<ScheduledEvent> s = [] {
    Schema<ScheduledEvent> e;
    e.integer<I>("at", FIELD(I, ScheduledEvent, at), -1, -1, I{1} << 40, "step",
                 "step at which the event happens (or give `on`)");
    e.text("on", FIELD(std::string, ScheduledEvent, on), "", false,
           "date of the event (YYYY-MM or YYYY-MM-DD; needs time.start)");
    e.choice<EventType>("type", FIELD(EventType, ScheduledEvent, type), EventType::kTrustShock,
                        {{"join", EventType::kJoin},
                         {"leave", EventType::kLeave},
                         {"found", EventType::kFound},
                         {"dissolve", EventType::kDissolve},
                         {"trust_shock", EventType::kTrustShock},
                         {"text_shock", EventType::kTextShock}},
                        "join / leave: `agent` joins or leaves `initiative` (whatever its "
                        "utility); found / dissolve: `initiative` starts or stops existing; "
                        "trust_shock: trust between the two `blocs` loses `size` of itself; "
                        "text_shock: every text of `initiative` loses `size` of its specificity");
    e.text("initiative", FIELD(std::string, ScheduledEvent, initiative), "", false,
           "initiative name (join, leave, found, dissolve, text_shock)");
    e.text("agent", FIELD(std::string, ScheduledEvent, agent), "", false,
           "a roster id, or an agent index where the kind is generated (join, leave)");
    e.names("blocs", FIELD(std::vector<std::string>, ScheduledEvent, blocs), {},
            "two bloc names (trust_shock)");
    e.real("size", FIELD(double, ScheduledEvent, size), 0.5, probability(), "share",
           "share of trust or specificity a shock takes");
    return e;
  }();
  return s;
}

template <class T>
void check_unique(const std::vector<T>& items, const std::string& list, const auto& check) {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < items.size(); ++i)
    if (!seen.insert(items[i].name).second)
      check.fail(list + "[" + std::to_string(i) + "].name",
                 "name '" + items[i].name + "' is used twice");
}

template <class T>
void check_known(const std::string& name, const std::vector<T>& items, const std::string& key,
                 const std::string& what, const auto& check) {
  std::vector<std::string> names;
  for (const auto& x : items) {
    if (x.name == name) return;
    names.push_back(x.name);
  }
  std::string message = "unknown " + what + " '" + name + "'";
  const std::string hint = sim::config::closest(name, names);
  if (!hint.empty()) message += " (did you mean '" + hint + "'?)";
  check.fail(key, message);
}

void check_events(const Params& p, const AgentNames& names, const Schema<Params>::Checker& check) {
  for (std::size_t i = 0; i < p.events.size(); ++i) {
    const auto& e = p.events[i];
    const std::string at = "events[" + std::to_string(i) + "].";
    const bool on_initiative = e.type != EventType::kTrustShock;
    if (on_initiative)
      check_known(e.initiative, p.initiatives, at + "initiative", "initiative", check);
    if (e.type == EventType::kJoin || e.type == EventType::kLeave) {
      if (const auto found = names.find(e.agent); found.agent < 0)
        check.fail(at + "agent", found.error);
    }
    if (e.type == EventType::kTrustShock) {
      if (e.blocs.size() != 2 || e.blocs[0] == e.blocs[1])
        check.fail(at + "blocs", "a trust shock names two different blocs");
      for (std::size_t b = 0; b < e.blocs.size(); ++b)
        check_known(e.blocs[b], p.world.blocs, at + "blocs[" + std::to_string(b) + "]", "bloc",
                    check);
    }
  }
}

void cross_references(const Params& p, const Schema<Params>::Checker& check) {
  check_unique(p.norms, "norms", check);
  check_unique(p.initiatives, "initiatives", check);
  check_unique(p.world.regions, "world.regions", check);
  check_unique(p.world.blocs, "world.blocs", check);
  if (p.norms.empty()) check.fail("norms", "at least one norm is needed");
  if (p.world.regions.empty()) check.fail("world.regions", "at least one region is needed");
  if (p.world.blocs.empty()) check.fail("world.blocs", "at least one bloc is needed");
  // Trust is kept per pair of blocs, and contacts read a bloc from a 16-bit field.
  if (p.world.blocs.size() > kMaxBlocs)
    check.fail("world.blocs", "at most " + std::to_string(kMaxBlocs) + " blocs");
  const AgentNames names(p);
  for (std::size_t g = 0; g < p.initiatives.size(); ++g) {
    const auto& x = p.initiatives[g];
    const std::string at = "initiatives[" + std::to_string(g) + "].";
    for (std::size_t k = 0; k < x.norms.size(); ++k)
      check_known(x.norms[k], p.norms, at + "norms[" + std::to_string(k) + "]", "norm", check);
    if (!x.region.empty()) check_known(x.region, p.world.regions, at + "region", "region", check);
    check_named_founders(p, names, g, check);
    for (std::size_t r = 0; r < x.open_regions.size(); ++r)
      check_known(x.open_regions[r], p.world.regions,
                  at + "open_regions[" + std::to_string(r) + "]", "region", check);
  }
  check_events(p, names, check);
  for (std::size_t i = 0; i < p.world.stance_overrides.size(); ++i) {
    const auto& o = p.world.stance_overrides[i];
    const std::string at = "world.stance_overrides[" + std::to_string(i) + "].";
    check_known(o.norm, p.norms, at + "norm", "norm", check);
    if (const auto found = names.find(o.agent); found.agent < 0)
      check.fail(at + "agent", found.error);
  }
  if (p.world.sectors.vendor + p.world.sectors.operator_ > 1.0)
    check.fail("world.sectors.vendor", "vendor + operator shares exceed 1");
  if (p.world.ladder.low > p.world.ladder.high)
    check.fail("world.stance.ladder.low", "must not exceed ladder.high");
  if (p.world.boldness.low > p.world.boldness.high)
    check.fail("world.boldness.low", "must not exceed boldness.high");
  if (p.world.vengefulness.low > p.world.vengefulness.high)
    check.fail("world.vengefulness.low", "must not exceed vengefulness.high");
}

void world_keys(Schema<Params>& s) {
  s.text("world.roster.states", FIELD(std::string, Params, world.roster.states_file), "", false,
         "CSV of real states (columns id, region, bloc; optional position, weight, capability, "
         "developing, capacity, stance.<norm>), relative to the scenario; its rows set "
         "world.states");
  s.text("world.roster.firms", FIELD(std::string, Params, world.roster.firms_file), "", false,
         "CSV of real firms (columns id, home; optional size, sector, footprint, capacity, "
         "stance.<norm>), relative to the scenario; needs world.roster.states; its rows set "
         "world.firms");
  s.integer<I>("world.states", FIELD(I, Params, world.states), 193, 1, I{1} << 20, "states",
               "number of states");
  s.records<Region>("world.regions", FIELD(std::vector<Region>, Params, world.regions),
                    region_schema(), default_regions(), "regions (default: the UN groups)");
  s.records<Bloc>("world.blocs", FIELD(std::vector<Bloc>, Params, world.blocs), bloc_schema(),
                  default_blocs(), "blocs on the alignment axis");
  s.real("world.position_sd", FIELD(double, Params, world.position_sd), 0.15, at_least(0),
         "alignment axis", "spread of states' positions around their bloc's centre");
  s.real("world.capability.mu", FIELD(double, Params, world.capability.mu), 0.0, any_real(),
         "log capability", "mean of log offensive capability (lognormal)");
  s.real("world.capability.sigma", FIELD(double, Params, world.capability.sigma), 1.0, at_least(0),
         "log capability", "sd of log offensive capability");
  s.real("world.weight.mu", FIELD(double, Params, world.weight.mu), 0.0, any_real(), "log weight",
         "mean of log economic weight (lognormal)");
  s.real("world.weight.sigma", FIELD(double, Params, world.weight.sigma), 1.5, at_least(0),
         "log weight", "sd of log economic weight");
  s.real("world.capacity.developed", FIELD(double, Params, world.capacity_developed), 0.8,
         between(0.01, 1), "0..1", "mean implementation capacity of developed states");
  s.real("world.capacity.developing", FIELD(double, Params, world.capacity_developing), 0.25,
         between(0.01, 1), "0..1", "mean implementation capacity of developing states");
  s.real("world.capacity.sd", FIELD(double, Params, world.capacity_sd), 0.1, at_least(0), "0..1",
         "spread of state capacity (clamped to [0.01, 1])");
  s.real("world.capacity.firm", FIELD(double, Params, world.firm_capacity), 0.9, between(0.01, 1),
         "0..1", "implementation capacity of firms");
  s.real("world.state_reputation_sensitivity",
         FIELD(double, Params, world.state_reputation_sensitivity), 1.0, at_least(0), "weight",
         "r_a of states: how much peers' adoption matters to them");
  s.integer<I>("world.firms", FIELD(I, Params, world.firms), 2000, 0, I{1} << 40, "firms",
               "number of firms");
  s.real("world.firm_size.alpha", FIELD(double, Params, world.firm_size_alpha), 1.2,
         greater_than(0), "Pareto index", "firm sizes are Pareto(alpha) with minimum 1");
  s.real("world.footprint_elasticity", FIELD(double, Params, world.footprint_elasticity), 0.5,
         at_least(0), "exponent", "a firm operates in ceil(size^elasticity) states (home first)");
  s.real("world.sectors.vendor", FIELD(double, Params, world.sectors.vendor), 0.2, probability(),
         "share", "share of firms that are technology vendors");
  s.real("world.sectors.operator", FIELD(double, Params, world.sectors.operator_), 0.3,
         probability(), "share", "share of firms that operate infrastructure (rest: other)");
  s.real("world.reputation_sensitivity.vendor",
         FIELD(double, Params, world.reputation_sensitivity.vendor), 1.0, at_least(0), "weight",
         "r_a of vendors");
  s.real("world.reputation_sensitivity.operator",
         FIELD(double, Params, world.reputation_sensitivity.operator_), 0.7, at_least(0), "weight",
         "r_a of infrastructure operators");
  s.real("world.reputation_sensitivity.other",
         FIELD(double, Params, world.reputation_sensitivity.other), 0.4, at_least(0), "weight",
         "r_a of other firms");
  s.choice<StanceShape>("world.stance.shape", FIELD(StanceShape, Params, world.stance_shape),
                        StanceShape::kNormal,
                        {{"normal", StanceShape::kNormal}, {"ladder", StanceShape::kLadder}},
                        "normal: u0 ~ N(norm's stance mean, sd); ladder: agent i of n gets "
                        "ladder.high - i (high - low)/(n - 1) for every norm (Granovetter)");
  s.real("world.stance.sd", FIELD(double, Params, world.stance_sd), 0.5, at_least(0), "utility",
         "sd of intrinsic stance (shape normal)");
  s.real("world.stance.ladder.low", FIELD(double, Params, world.ladder.low), -1.0, any_real(),
         "utility", "lowest stance of the ladder");
  s.real("world.stance.ladder.high", FIELD(double, Params, world.ladder.high), 0.0, any_real(),
         "utility", "highest stance of the ladder (agent 0)");
  s.records<StanceOverride>("world.stance_overrides",
                            FIELD(std::vector<StanceOverride>, Params, world.stance_overrides),
                            override_schema(), {}, "stances set by hand after generation");
  s.real("world.boldness.low", FIELD(double, Params, world.boldness.low), 0.0, probability(),
         "probability", "initial boldness is uniform on [low, high]");
  s.real("world.boldness.high", FIELD(double, Params, world.boldness.high), 1.0, probability(),
         "probability", "upper end of initial boldness");
  s.real("world.vengefulness.low", FIELD(double, Params, world.vengefulness.low), 0.0,
         probability(), "probability", "initial vengefulness is uniform on [low, high]");
  s.real("world.vengefulness.high", FIELD(double, Params, world.vengefulness.high), 1.0,
         probability(), "probability", "upper end of initial vengefulness");
  s.real("world.initial_trust", FIELD(double, Params, world.initial_trust), 0.5, probability(),
         "0..1", "initial trust between every pair of blocs (1 within a bloc)");
  s.real("world.network.state_link_base", FIELD(double, Params, world.state_link_base), 0.3,
         probability(), "probability", "chance two states at zero bloc distance are linked");
  s.real("world.network.state_link_scale", FIELD(double, Params, world.state_link_scale), 0.5,
         greater_than(0), "alignment axis", "link chance falls as exp(-distance / scale)");
  s.real("world.network.same_region_boost", FIELD(double, Params, world.same_region_boost), 3.0,
         at_least(1), "factor", "link chance multiplier for states of the same region");
  s.integer<I>("world.network.firm_links", FIELD(I, Params, world.firm_links), 2, 0, 1000, "links",
               "supply-chain links each new firm makes (preferential attachment)");
}

void mechanism_keys(Schema<Params>& s) {
  using P = Params;
  s.boolean("mechanisms.negotiation.enabled", FIELD(bool, P, mechanisms.negotiation.enabled), true,
            "initiatives negotiate the specificity sigma of their norms' texts");
  s.integer<I>("mechanisms.negotiation.interval", FIELD(I, P, mechanisms.negotiation.interval), 1,
               1, I{1} << 20, "steps", "steps between negotiation rounds");
  s.real("mechanisms.negotiation.expert_boost",
         FIELD(double, P, mechanisms.negotiation.expert_boost), 1.0, at_least(0), "factor",
         "eta_g x (1 + boost x share of firm members): expertise");
  s.real("mechanisms.negotiation.ideal_scale", FIELD(double, P, mechanisms.negotiation.ideal_scale),
         0.5, at_least(0), "per utility",
         "ideal strictness x_m = clamp(0.5 + scale x_m's utility)");
  s.real("mechanisms.negotiation.tolerance", FIELD(double, P, mechanisms.negotiation.tolerance),
         0.2, at_least(0), "specificity", "base tolerance around a member's ideal strictness");
  s.real("mechanisms.negotiation.trust_tolerance",
         FIELD(double, P, mechanisms.negotiation.trust_tolerance), 0.3, at_least(0), "specificity",
         "extra tolerance per unit of mean trust towards the other members' blocs");
  s.real("mechanisms.negotiation.contention_narrowing",
         FIELD(double, P, mechanisms.negotiation.contention_narrowing), 0.2, at_least(0),
         "specificity", "tolerance lost per unit of the norm's contention");
  s.real("mechanisms.negotiation.settled", FIELD(double, P, mechanisms.negotiation.settled), 0.9,
         probability(), "specificity", "consensus_first: a norm at this sigma is settled");
  s.real("mechanisms.negotiation.stall", FIELD(double, P, mechanisms.negotiation.stall), 1e-4,
         at_least(0), "specificity", "consensus_first: progress below this in a round is a stall");
  s.real("mechanisms.negotiation.fail_rate", FIELD(double, P, mechanisms.negotiation.fail_rate),
         0.0, probability(), "per round", "chance a round fails whatever the positions");
  s.real("mechanisms.negotiation.fail_trust", FIELD(double, P, mechanisms.negotiation.fail_trust),
         0.0, probability(), "per round",
         "extra chance of failure times (1 - mean trust between the members' blocs)");
  s.real("mechanisms.negotiation.fallback", FIELD(double, P, mechanisms.negotiation.fallback), 0.0,
         probability(), "per round",
         "share of the gap a text loses per round towards the most specific text its members "
         "now accept, where that is below it; 0: texts never lose specificity");
  s.real("mechanisms.negotiation.consensus_quantile",
         FIELD(double, P, mechanisms.negotiation.consensus_quantile), 0.0, between(0, 0.5), "share",
         "consensus settles on the text all but this share of the most reluctant "
         "members accept (a partial text); 0: every member must accept it");
  s.boolean("mechanisms.advocacy.enabled", FIELD(bool, P, mechanisms.advocacy.enabled), true,
            "founders spend advocacy budgets on their contacts (norm entrepreneurship)");
  s.real("mechanisms.advocacy.decay", FIELD(double, P, mechanisms.advocacy.decay), 0.1,
         probability(), "per step", "share of accumulated advocacy pressure lost per step");
  s.boolean("mechanisms.adoption.enabled", FIELD(bool, P, mechanisms.adoption.enabled), true,
            "agents endorse, implement and drop norms by the utility U_ak");
  s.real("mechanisms.adoption.beta", FIELD(double, P, mechanisms.adoption.beta), 1.0, at_least(0),
         "per utility", "logistic slope: large beta makes choices deterministic");
  s.real("mechanisms.adoption.rate", FIELD(double, P, mechanisms.adoption.rate), 0.1, probability(),
         "per step", "chance of considering endorsement per step");
  s.real("mechanisms.adoption.drop", FIELD(double, P, mechanisms.adoption.drop), 0.01,
         probability(), "per step", "chance of reconsidering and dropping per step");
  s.real("mechanisms.adoption.w_sec", FIELD(double, P, mechanisms.adoption.w_sec), 1.0, at_least(0),
         "weight", "weight of security benefit (own security, seed 000)");
  s.real("mechanisms.adoption.w_rep", FIELD(double, P, mechanisms.adoption.w_rep), 1.0, at_least(0),
         "weight", "weight of legitimacy/reputation among peers");
  s.real("mechanisms.adoption.w_mem", FIELD(double, P, mechanisms.adoption.w_mem), 0.5, at_least(0),
         "weight", "weight of commitments to initiatives the agent belongs to");
  s.real("mechanisms.adoption.w_reg", FIELD(double, P, mechanisms.adoption.w_reg), 1.0, at_least(0),
         "weight", "weight of legal obligation (formalisation, ratified treaties)");
  s.real("mechanisms.adoption.w_harm", FIELD(double, P, mechanisms.adoption.w_harm), 0.3,
         at_least(0), "weight", "weight of harmonisation savings (avoiding many regimes)");
  s.real("mechanisms.adoption.w_adv", FIELD(double, P, mechanisms.adoption.w_adv), 1.0, at_least(0),
         "weight", "weight of advocacy pressure received");
  s.real("mechanisms.adoption.psi", FIELD(double, P, mechanisms.adoption.psi), 0.5, probability(),
         "0..1", "cost saved by a fully specific text: cost x (1 - psi sigma)");
  s.real("mechanisms.adoption.size_elasticity",
         FIELD(double, P, mechanisms.adoption.size_elasticity), 0.5, at_least(0), "exponent",
         "firm cost scales as size^elasticity (economies of scale in security teams)");
  s.real("mechanisms.adoption.national_specificity",
         FIELD(double, P, mechanisms.adoption.national_specificity), 0.3, probability(),
         "specificity", "sigma of a national variant (no initiative text applies)");
  s.real("mechanisms.adoption.w_trust", FIELD(double, P, mechanisms.adoption.w_trust), 0.0,
         at_least(0), "weight",
         "distance to the adopters counts 1 + w_trust (1 - T) times, T the trust of the agent's "
         "bloc towards the endorsing states' blocs (1 within a bloc)");
  s.boolean("mechanisms.adoption.keep_specific_text",
            FIELD(bool, P, mechanisms.adoption.keep_specific_text), false,
            "an initiative's text less specific than the national text (or, for a firm, its "
            "home law) does not replace it");
  s.boolean("mechanisms.compliance.enabled", FIELD(bool, P, mechanisms.compliance.enabled), true,
            "adopters violate when temptation outweighs the expected sanction");
  s.boolean("mechanisms.sanction.enabled", FIELD(bool, P, mechanisms.sanction.enabled), true,
            "observers see violations and punish them; false alarms; trust");
  s.real("mechanisms.sanction.punishment", FIELD(double, P, mechanisms.sanction.punishment), 3.0,
         at_least(0), "payoff", "P: loss of a punished agent");
  s.real("mechanisms.sanction.enforcement", FIELD(double, P, mechanisms.sanction.enforcement), 1.0,
         at_least(0), "payoff", "E: cost to the punisher");
  s.boolean("mechanisms.sanction.metanorms", FIELD(bool, P, mechanisms.sanction.metanorms), false,
            "observers punish fellow observers seen not punishing (Axelrod's metanorms)");
  s.real("mechanisms.sanction.meta_punishment",
         FIELD(double, P, mechanisms.sanction.meta_punishment), 3.0, at_least(0), "payoff",
         "loss of a meta-punished non-punisher");
  s.real("mechanisms.sanction.meta_enforcement",
         FIELD(double, P, mechanisms.sanction.meta_enforcement), 1.0, at_least(0), "payoff",
         "cost to a meta-punisher");
  s.integer<I>("mechanisms.sanction.comember_observers",
               FIELD(I, P, mechanisms.sanction.comember_observers), 2, 0, 1000, "agents",
               "co-members of each initiative promoting the norm drawn as extra observers");
  s.real("mechanisms.sanction.cbm_visibility", FIELD(double, P, mechanisms.sanction.cbm_visibility),
         0.5, probability(), "0..1",
         "transparency: a cbm channel of strength c raises visibility by c x this x (1 - v)");
  s.real("mechanisms.sanction.reputation_loss",
         FIELD(double, P, mechanisms.sanction.reputation_loss), 0.05, probability(), "per event",
         "reputation lost per punishment received");
  s.real("mechanisms.sanction.reputation_recovery",
         FIELD(double, P, mechanisms.sanction.reputation_recovery), 0.01, probability(), "per step",
         "share of the gap to full reputation recovered per step");
  s.real("mechanisms.sanction.trust_loss", FIELD(double, P, mechanisms.sanction.trust_loss), 0.5,
         at_least(0), "per event per agent",
         "trust lost per seen violation or false alarm across "
         "two blocs, divided by the agents of both blocs");
  s.real("mechanisms.sanction.trust_recovery", FIELD(double, P, mechanisms.sanction.trust_recovery),
         0.05, probability(), "per step",
         "share of the gap to full trust a cbm channel of strength 1 restores per step");
  s.choice<TrustRule>("mechanisms.sanction.trust_rule",
                      FIELD(TrustRule, P, mechanisms.sanction.trust_rule), TrustRule::kSeers,
                      {{"seers", TrustRule::kSeers}, {"incidents", TrustRule::kIncidents}},
                      "seers: trust_loss x cross-bloc seers of every event / agents of both "
                      "blocs; incidents: each violation or false alarm of a state seen by states "
                      "of another bloc is one incident there, taking incident_loss of the trust");
  s.real("mechanisms.sanction.incident_loss", FIELD(double, P, mechanisms.sanction.incident_loss),
         0.05, probability(), "per incident",
         "trust_rule incidents: share of trust one incident takes");
  s.real("mechanisms.sanction.trust_drift", FIELD(double, P, mechanisms.sanction.trust_drift), 0.0,
         probability(), "per step",
         "share of the gap to world.initial_trust that trust closes per step by itself");
  s.boolean("mechanisms.learning.enabled", FIELD(bool, P, mechanisms.learning.enabled), true,
            "agents copy boldness and vengefulness of more successful contacts");
  s.real("mechanisms.learning.rate", FIELD(double, P, mechanisms.learning.rate), 0.05,
         probability(), "per step", "chance an agent compares itself with a random contact");
  s.real("mechanisms.learning.mutation", FIELD(double, P, mechanisms.learning.mutation), 0.01,
         probability(), "per trait per step", "chance a trait is redrawn uniformly");
  s.boolean("mechanisms.formalisation.enabled", FIELD(bool, P, mechanisms.formalisation.enabled),
            true, "states turn endorsed norms into binding law");
  s.real("mechanisms.formalisation.phi", FIELD(double, P, mechanisms.formalisation.phi), 0.5,
         probability(), "share", "bottom-up trigger: share of home firms implementing the norm");
  s.real("mechanisms.formalisation.rate", FIELD(double, P, mechanisms.formalisation.rate), 0.1,
         probability(), "per step", "f_rate: chance a triggered state formalises per step");
  s.boolean("mechanisms.formalisation.bottom_up",
            FIELD(bool, P, mechanisms.formalisation.bottom_up), true,
            "the home-firm share can trigger formalisation");
  s.boolean("mechanisms.formalisation.treaty", FIELD(bool, P, mechanisms.formalisation.treaty),
            true, "ratifying an open treaty promoting the norm triggers formalisation");
  s.choice<LawText>("mechanisms.formalisation.text",
                    FIELD(LawText, P, mechanisms.formalisation.text), LawText::kOwn,
                    {{"own", LawText::kOwn}, {"home_firms", LawText::kHomeFirms}},
                    "text bottom-up formalisation makes law: own = the text the state follows; "
                    "home_firms = the text most of its implementing home firms follow (ties: "
                    "lower variant index); a treaty-triggered law is always the state's own");
  s.boolean("mechanisms.capacity_building.enabled",
            FIELD(bool, P, mechanisms.capacity_building.enabled), true,
            "programmes move capacity from donor to recipient members");
  s.real("mechanisms.capacity_building.rate", FIELD(double, P, mechanisms.capacity_building.rate),
         0.02, probability(), "per step", "recipient capacity gains rate x (1 - capacity)");
  s.real("mechanisms.capacity_building.donor_min",
         FIELD(double, P, mechanisms.capacity_building.donor_min), 0.6, probability(), "0..1",
         "members with at least this capacity are donors");
  s.real("mechanisms.capacity_building.recipient_max",
         FIELD(double, P, mechanisms.capacity_building.recipient_max), 0.4, probability(), "0..1",
         "member states below this capacity are recipients");
  s.real("mechanisms.capacity_building.donor_cost",
         FIELD(double, P, mechanisms.capacity_building.donor_cost), 0.1, probability(), "0..1",
         "donors lose this share of the capacity recipients gain, split among them");
  s.boolean("mechanisms.membership.enabled", FIELD(bool, P, mechanisms.membership.enabled), true,
            "eligible agents join and leave initiatives");
  s.real("mechanisms.membership.beta", FIELD(double, P, mechanisms.membership.beta), 1.0,
         at_least(0), "per utility", "logistic slope of the join utility");
  s.real("mechanisms.membership.join_rate", FIELD(double, P, mechanisms.membership.join_rate), 0.05,
         probability(), "per step", "chance of considering joining per step");
  s.real("mechanisms.membership.leave_rate", FIELD(double, P, mechanisms.membership.leave_rate),
         0.01, probability(), "per step", "chance of considering leaving per step");
  s.real("mechanisms.membership.w_peer", FIELD(double, P, mechanisms.membership.w_peer), 1.0,
         at_least(0), "weight", "weight of the share of contacts already members");
  s.real("mechanisms.membership.w_seat", FIELD(double, P, mechanisms.membership.w_seat), 0.5,
         at_least(0), "weight", "value to a firm of a seat at a table shared with states");
  s.real("mechanisms.membership.w_norms", FIELD(double, P, mechanisms.membership.w_norms), 0.2,
         at_least(0), "weight", "weight of the sum of the agent's utilities for the norms");
  s.real("mechanisms.membership.w_trust", FIELD(double, P, mechanisms.membership.w_trust), 0.0,
         at_least(0), "weight",
         "weight of the mean trust towards the founders' blocs, less 1 (full trust costs nothing)");
  s.real("mechanisms.membership.w_align", FIELD(double, P, mechanisms.membership.w_align), 0.0,
         at_least(0), "weight per alignment unit",
         "cost of the distance between a state's position and the founding states' mean");
}

}  // namespace

const Schema<Params>& schema() {
  static const Schema<Params> schema_ = [] {
    Schema<Params> s;
    s.integer<I>("time.steps", FIELD(I, Params, steps), 240, 1, I{1} << 30, "steps",
                 "steps to simulate; --steps overrides it");
    s.text("time.step_unit", FIELD(std::string, Params, step_unit), "month", false,
           "what one step stands for (month or year give a calendar with time.start)");
    s.text("time.start", FIELD(std::string, Params, start), "", false,
           "date of step 0 (YYYY-MM or YYYY-MM-DD): dates elsewhere become steps, and outputs "
           "carry the date of every step");
    s.integer<I>("record.every", FIELD(I, Params, record_every), 0, 0, I{1} << 30, "steps",
                 "per-agent snapshots under /snapshots every N steps and at the last; 0: none");
    s.records<Norm>("norms", FIELD(std::vector<Norm>, Params, norms), norm_schema(),
                    default_norms(), "the norms (default: the six of docs/model.md)");
    world_keys(s);
    s.records<Initiative>("initiatives", FIELD(std::vector<Initiative>, Params, initiatives),
                          initiative_schema(), {}, "the initiatives making up the pathway");
    mechanism_keys(s);
    s.records<ScheduledEvent>("events", FIELD(std::vector<ScheduledEvent>, Params, events),
                              event_schema(), {}, "what happens at given dates or steps");
    s.load(load_rosters);
    s.load(load_calendar);
    s.rule(cross_references);
    s.rule(check_memory);
    return s;
  }();
  return schema_;
}

#undef FIELD

}  // namespace cybernorms
