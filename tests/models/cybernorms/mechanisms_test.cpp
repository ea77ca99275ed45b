#include "models/cybernorms/compliance.hpp"
#include "models/cybernorms/formalisation.hpp"
#include "models/cybernorms/negotiation.hpp"
#include "models/cybernorms/phases.hpp"
#include "models/cybernorms/utility.hpp"
#include "sim/core/rng.hpp"
#include "tiny_world.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace cybernorms {
namespace {

using testing::quiet_model;
using testing::TinyWorld;

// A counted rate against its probability, within 5 binomial standard deviations (the draws
// are keyed, so the count is fixed; the margin only says how far chance could take it).
void expect_rate(int hits, int trials, double p, const char* what) {
  const double sd = std::sqrt(p * (1 - p) / trials);
  EXPECT_NEAR(static_cast<double>(hits) / trials, p, 5 * sd) << what;
}

// --- Negotiation -------------------------------------------------------------------------

TEST(Negotiation, ConsensusWithoutOverlapMakesNoProgress) {
  const Positions apart{{0.0, 1.0}, {0.1, 0.1}};  // [−0.1, 0.1] and [0.9, 1.1]
  EXPECT_EQ(round_target(DecisionRule::kConsensus, apart, 0.0), 0.0);
  EXPECT_EQ(next_sigma(0.0, 0.5, round_target(DecisionRule::kConsensus, apart, 0.0)), 0.0);
}

TEST(Negotiation, ConsensusStopsAtTheMostReluctantMember) {
  const Positions close{{0.3, 0.5}, {0.2, 0.2}};  // upper bounds 0.5 and 0.7
  EXPECT_DOUBLE_EQ(round_target(DecisionRule::kConsensus, close, 0.0), 0.5);
  EXPECT_DOUBLE_EQ(next_sigma(0.0, 0.2, 0.5), 0.2);   // eta (1 - sigma)
  EXPECT_DOUBLE_EQ(next_sigma(0.45, 0.2, 0.5), 0.5);  // capped by the target
}

TEST(Negotiation, MajorityFollowsTheMedian) {
  const Positions three{{0.0, 0.5, 1.0}, {0.1, 0.1, 0.1}};
  EXPECT_DOUBLE_EQ(round_target(DecisionRule::kMajority, three, 0.0), 0.6);
}

// The early-settled count must say whether more than half reach, for odd and even n (and
// then the median reaches too), while reading only part of a clear majority.
TEST(Negotiation, MajorityReachesCountsMoreThanHalfAndStopsEarly) {
  sim::Rng rng(7, 0, 0, 0);
  for (const std::size_t n : {1, 2, 3, 10, 4097, 10000}) {
    for (const double share_high : {0.0, 0.3, 0.5, 0.7, 1.0}) {
      Positions p;
      for (std::size_t i = 0; i < n; ++i) {
        p.ideal.push_back(rng.uniform() < share_high ? 0.9 : 0.1 * rng.uniform());
        p.tolerance.push_back(0.0);
      }
      for (const double x : {0.05, 0.5, 0.9}) {
        std::size_t asked = 0;
        const bool reaches = majority_reaches(n, [&](std::size_t begin, std::size_t end) {
          EXPECT_EQ(begin, asked);  // consecutive ranges from 0
          asked = end;
          return static_cast<std::size_t>(std::count_if(
              p.ideal.begin() + begin, p.ideal.begin() + end, [&](double v) { return v >= x; }));
        });
        const auto above =
            std::count_if(p.ideal.begin(), p.ideal.end(), [&](double v) { return v >= x; });
        EXPECT_EQ(reaches, static_cast<std::size_t>(above) > n / 2)
            << "n " << n << " share " << share_high << " x " << x;
        if (reaches) {
          EXPECT_GE(round_target(DecisionRule::kMajority, p, 0.0), x);
        }
        if (n == 10000 && share_high == 1.0) {
          EXPECT_LT(asked, n * 6 / 10);
        }
      }
    }
  }
}

// Two like-minded founders (ideal 1) and two reluctant members (ideal 0): with consensus the
// four never agree; with founders_text the founders' text is specific at the first round.
TEST(Negotiation, FoundersTextIsSpecificAtOnceWhereConsensusIsStuck) {
  for (const char* rule : {"consensus", "founders_text"}) {
    TinyWorld t(quiet_model(4, 0) + "initiatives:\n  - {name: g, members: states, rule: " + rule +
                ", norms: [n], founders: {top_states: 4}}\n");
    t.params.mechanisms.negotiation.tolerance = 0.1;
    t.params.mechanisms.negotiation.trust_tolerance = 0.0;
    // Founders for founders_text: the two heaviest states; make them keen, the others not.
    std::vector<std::int32_t> by_weight{0, 1, 2, 3};
    std::sort(by_weight.begin(), by_weight.end(),
              [&](auto a, auto b) { return t.world.weight[a] > t.world.weight[b]; });
    for (int i = 0; i < 4; ++i) t.world.stance[by_weight[i]] = i < 2 ? 1.0 : -1.0;
    if (std::string(rule) == "founders_text") t.world.founders[0] = {by_weight[0], by_weight[1]};
    t.begin_step();
    negotiate(t.context(), t.derived(), t.state);
    t.end_step();
    const double sigma = t.state.specificity.current()[0];
    if (std::string(rule) == "consensus") {
      EXPECT_EQ(sigma, 0.0);
    } else {
      EXPECT_DOUBLE_EQ(sigma, 1.0);  // ideal 0.5 + 0.5 x 1, clamped upper bound
    }
  }
}

TEST(Negotiation, ExpertFirmMembersSpeedItUp) {
  auto sigma_after_one_round = [](int firms_in) {
    TinyWorld t(quiet_model(2, 2) +
                "initiatives:\n  - {name: g, members: both, rule: majority, "
                "eta: 0.1, norms: [n], founders: {top_states: 2, top_firms: " +
                std::to_string(firms_in) + "}}\n");
    t.params.mechanisms.negotiation.expert_boost = 1.0;
    t.begin_step();
    negotiate(t.context(), t.derived(), t.state);
    t.end_step();
    return t.state.specificity.current()[0];
  };
  EXPECT_DOUBLE_EQ(sigma_after_one_round(0), 0.1);
  EXPECT_DOUBLE_EQ(sigma_after_one_round(2), 0.1 * (1 + 0.5));  // half the members are firms
}

TEST(Negotiation, ConsensusFirstTakesTheLeastContentiousNormFirst) {
  TinyWorld t(
      "norms:\n  - {name: hot, contention: 0.9}\n  - {name: cold, contention: 0.1}\n"
      "world: {states: 3, firms: 0}\n"
      "initiatives:\n  - {name: g, members: states, rule: majority, agenda: consensus_first,"
      " eta: 0.5, norms: [hot, cold], founders: {top_states: 3}}\n");
  t.params.mechanisms.negotiation.tolerance = 1.0;  // everyone accepts everything
  t.begin_step();
  negotiate(t.context(), t.derived(), t.state);
  t.end_step();
  EXPECT_EQ(t.state.specificity.current()[0], 0.0);  // hot waits
  EXPECT_DOUBLE_EQ(t.state.specificity.current()[1], 0.5);
}

// --- Advocacy ----------------------------------------------------------------------------

TEST(Advocacy, FounderBudgetIsSharedOverItsContacts) {
  TinyWorld t(quiet_model(4, 0) +
              "initiatives:\n  - {name: g, members: states, norms: [n], "
              "founders: {top_states: 1, budget: 0.6}}\n");
  const std::int32_t f = t.world.founders[0][0];
  std::vector<std::pair<std::int32_t, std::int32_t>> star;
  for (std::int32_t a = 0; a < 4; ++a)
    if (a != f) star.push_back({f, a});
  t.link(star);
  t.params.mechanisms.advocacy.decay = 0.5;
  for (int step = 0; step < 2; ++step) {
    t.begin_step();
    advocate(t.context(step), t.derived(step), t.state);
    t.end_step();
  }
  for (std::int32_t a = 0; a < 4; ++a)
    EXPECT_DOUBLE_EQ(t.state.advocacy.current()[a], a == f ? 0.0 : 0.2 * 0.5 + 0.2);
}

// --- Adoption terms ----------------------------------------------------------------------

// Stage transitions of docs/model.md, phase 3 for a population sharing one utility U, counted over
// one step against their closed forms: 0 -> 1 with rate p; 1 -> 0 with drop q; 1 -> 2 with
// (1 - drop q) capacity sigma p; 2 -> 0 with drop q (p = logistic(beta U), q = logistic(-beta U)).
TEST(Adoption, TransitionsFollowTheClosedForm) {
  const int n = 30000;  // firms (a world of states costs states^2 to link)
  TinyWorld t(quiet_model(1, n - 1));
  auto& m = t.params.mechanisms.adoption;
  m.beta = 2.0;
  m.rate = 0.3;
  m.drop = 0.5;
  m.national_specificity = 0.6;
  for (auto& u : t.world.stance) u = 0.4;
  std::vector<std::uint8_t> before(n);
  for (int a = 0; a < n; ++a) {
    t.state.capacity.current_mutable()[a] = 0.5;
    before[a] = t.state.stage.current_mutable()[a] = static_cast<std::uint8_t>(a % 3);
  }
  const Derived d = t.derived();
  for (int a = 0; a < n; ++a)
    ASSERT_DOUBLE_EQ(adoption_utility(t.context(), t.state, d, a, 0), 0.4);
  t.begin_step();
  adopt(t.context(), d, t.state);
  t.end_step();
  int moves[3][3] = {};
  for (int a = 0; a < n; ++a) ++moves[before[a]][t.state.stage.current()[a]];
  const double p = 1 / (1 + std::exp(-2.0 * 0.4)), q = 1 / (1 + std::exp(2.0 * 0.4));
  const int third = n / 3;
  expect_rate(moves[0][1], third, 0.3 * p, "0 -> 1");
  EXPECT_EQ(moves[0][2], 0);
  expect_rate(moves[1][0], third, 0.5 * q, "1 -> 0");
  expect_rate(moves[1][2], third, (1 - 0.5 * q) * 0.5 * 0.6 * p, "1 -> 2");
  expect_rate(moves[2][0], third, 0.5 * q, "2 -> 0");
  EXPECT_EQ(moves[2][1], 0);
}

TEST(Adoption, HarmonisationGrowsWithFootprint) {
  TinyWorld t(quiet_model(8, 2));
  // Firm 8 operates in 4 states, firm 9 in 2; every state follows its own national variant.
  t.world.footprint_offsets = {0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 6};
  t.world.footprint_states = {0, 1, 2, 3, 4, 5};
  const Context c = t.context();
  const double wide = harmonisation(c, t.state, 8, 0);
  const double narrow = harmonisation(c, t.state, 9, 0);
  EXPECT_DOUBLE_EQ(wide, std::log(4.0) * (1 - 4 * (1.0 / 16)));
  EXPECT_DOUBLE_EQ(narrow, std::log(2.0) * (1 - 2 * (1.0 / 4)));
  EXPECT_GT(wide, narrow);
  EXPECT_EQ(harmonisation(c, t.state, 0, 0), 0.0);  // states do not harmonise
}

// The bound negotiation counts with: never above U, below it exactly where a market term is
// positive, equal to it elsewhere.
TEST(Adoption, UtilityFloorLeavesOutOnlyTheMarketTerms) {
  TinyWorld t("world: {states: 12, firms: 300}\n");
  auto& formalised = t.state.formalised.current_mutable();
  for (std::size_t i = 0; i < formalised.size(); i += 2) formalised[i] = 1;
  const Context c = t.context();
  const Derived d = t.derived();
  int below = 0;
  for (std::int32_t a = 0; a < t.world.agents; ++a)
    for (int k = 0; k < t.world.norms; ++k) {
      const auto terms = utility_terms(c, t.state, d, a, k);
      const double u = adoption_utility(c, t.state, d, a, k);
      const double floor = utility_floor(c, t.state, d, a, k);
      EXPECT_LE(floor, u);
      if (terms.legal > 0 || terms.harmonisation > 0) {
        EXPECT_LT(floor, u);
        ++below;
      } else {
        EXPECT_EQ(floor, u);
      }
    }
  EXPECT_GT(below, 0);
}

TEST(Adoption, VagueTextsCostMore) {
  TinyWorld t("norms: [{name: n, cost: {state: 2, firm: 2}}]\nworld: {states: 2, firms: 0}\n");
  const Context c = t.context();
  const Derived d = t.derived();
  const auto terms = utility_terms(c, t.state, d, 0, 0);
  const double national = t.params.mechanisms.adoption.national_specificity;
  EXPECT_DOUBLE_EQ(terms.cost, 2.0 / t.state.capacity.current()[0] *
                                   (1 - t.params.mechanisms.adoption.psi * national));
}

// --- Compliance --------------------------------------------------------------------------

TEST(Compliance, ViolationProbabilityFollowsTheFormula) {
  EXPECT_DOUBLE_EQ(violation_probability(0.8, 1.0, 3.0), 0.8 * 1.0 / 4.0);
  EXPECT_EQ(violation_probability(0.8, 0.0, 3.0), 0.0);
  EXPECT_DOUBLE_EQ(effective_visibility(0.2, 0.5, 0.0, 0.5), 0.6);
  EXPECT_DOUBLE_EQ(effective_visibility(0.2, 0.0, 1.0, 0.5), 0.6);
}

// comply() itself over one step on firms sharing boldness 0.6, temptation 1 and punishment 2
// at visibility 1: those not endorsing never violate; an endorser with no contacts violates
// with probability 0.6 (boldness x T / T); one whose single contact endorses with vengefulness
// 0.5 with 0.6 x 1 / (1 + 2 x 1 x 0.5) = 0.3; an endorser of boldness 1 unwatched always
// does. Each violation is flagged, counted and paid the temptation.
TEST(Compliance, ComplyViolatesAtTheClosedFormRate) {
  const int firms = 30000;
  TinyWorld t(quiet_model(1, firms));  // visibility 1, misattribution 0
  t.params.norms[0].temptation = {1.0, 1.0};
  t.params.mechanisms.sanction.punishment = 2.0;
  enum Group { kIdle, kAlone, kWatched };
  const auto group = [](std::int32_t a) { return static_cast<Group>((a - 1) % 3); };
  std::vector<std::pair<std::int32_t, std::int32_t>> pairs;
  for (std::int32_t a = 3; a + 3 <= firms; a += 6) pairs.emplace_back(a, a + 3);  // kWatched
  t.link(pairs);
  auto& stage = t.state.stage.current_mutable();
  auto& bold = t.state.boldness.current_mutable();
  auto& vengeful = t.state.vengefulness.current_mutable();
  bold[0] = 1.0;  // the state: endorses, unwatched, always violates
  stage[0] = kEndorsed;
  for (std::int32_t a = 1; a <= firms; ++a) {
    bold[a] = 0.6;
    vengeful[a] = 0.5;
    stage[a] = group(a) == kIdle ? kNone : (a % 2 ? kEndorsed : kImplemented);
  }
  const Derived d = t.derived();
  for (std::int32_t a = 1; a <= firms; ++a) {  // the inputs of the closed form are as set up
    const double watchers = d.contacts.watchers(a, 0) + d.offer(a, 0, 1).comember_watchers;
    ASSERT_EQ(watchers, group(a) == kWatched ? 0.5 : 0.0) << a;
    ASSERT_EQ(d.offer(a, 0, 1).visibility, 1.0);
  }
  Events e = t.fresh_events();
  comply(t.context(), d, t.state, e);
  int hits[3] = {}, trials[3] = {}, flagged = 0;
  for (std::int32_t a = 1; a <= firms; ++a) {
    const Group g = group(a);
    ++trials[g];
    hits[g] += e.violated[a];
    flagged += e.violated[a];
    EXPECT_EQ(e.payoff[a], e.violated[a] ? 1.0 : 0.0) << a;
  }
  EXPECT_EQ(e.violated[0], 1);
  EXPECT_EQ(e.payoff[0], 1.0);
  EXPECT_EQ(hits[kIdle], 0);
  expect_rate(hits[kAlone], trials[kAlone], 0.6, "no watchers");
  expect_rate(hits[kWatched], trials[kWatched], 0.3, "one watcher of vengefulness 0.5");
  ASSERT_EQ(e.violations.size(), 1u);
  EXPECT_EQ(e.violations[0], flagged + 1);
}

// --- Formalisation -----------------------------------------------------------------------

TEST(Formalisation, FiresExactlyWhenHomeShareReachesPhi) {
  EXPECT_FALSE(bottom_up_trigger({10, 4}, 0.5));
  EXPECT_TRUE(bottom_up_trigger({10, 5}, 0.5));
  EXPECT_FALSE(bottom_up_trigger({0, 0}, 0.0));  // no home firms: nothing to formalise
  for (int implementing = 0; implementing <= 10; ++implementing) {
    TinyWorld t(quiet_model(1, 10));
    t.params.mechanisms.formalisation.phi = 0.5;
    t.params.mechanisms.formalisation.rate = 1.0;
    t.state.stage.current_mutable()[0] = kEndorsed;
    for (int f = 0; f < implementing; ++f) t.state.stage.current_mutable()[1 + f] = kImplemented;
    t.begin_step();
    formalise(t.context(), t.derived(), t.state);
    t.end_step();
    EXPECT_EQ(t.state.formalised.current()[0], implementing >= 5 ? 1 : 0) << implementing;
  }
}

// One state, ten home firms: six implement text 5, four text 3. Under `text: own` the law is
// the state's own text; under `home_firms` it is 5, and a home firm without an offer of its
// own then follows 5 too.
TEST(Formalisation, LawCodifiesTheStatesOwnTextOrItsHomeFirmsMajorityText) {
  for (const LawText text : {LawText::kOwn, LawText::kHomeFirms}) {
    TinyWorld t(quiet_model(1, 10));
    t.params.mechanisms.formalisation.phi = 0.5;
    t.params.mechanisms.formalisation.rate = 1.0;
    t.params.mechanisms.formalisation.text = text;
    t.state.stage.current_mutable()[0] = kEndorsed;
    for (int f = 0; f < 10; ++f) {
      t.state.stage.current_mutable()[1 + f] = kImplemented;
      t.state.variant.current_mutable()[1 + f] = f < 6 ? 5 : 3;
    }
    const std::int32_t own = t.state.variant.current()[0];
    t.begin_step();
    formalise(t.context(), t.derived(), t.state);
    t.end_step();
    ASSERT_EQ(t.state.formalised.current()[0], 1);
    const std::int32_t expected = text == LawText::kOwn ? own : 5;
    EXPECT_EQ(t.state.market_text(t.world, 0, 0), expected);
    EXPECT_EQ(chosen_variant(t.context(), t.state, t.derived(), 1, 0), expected);
  }
}

// A tie among the home firms' texts goes to the lower text index.
TEST(Formalisation, HomeFirmsTieGoesToTheLowerText) {
  TinyWorld t(quiet_model(1, 4));
  t.params.mechanisms.formalisation.phi = 0.5;
  t.params.mechanisms.formalisation.rate = 1.0;
  t.params.mechanisms.formalisation.text = LawText::kHomeFirms;
  t.state.stage.current_mutable()[0] = kEndorsed;
  for (int f = 0; f < 4; ++f) {
    t.state.stage.current_mutable()[1 + f] = kImplemented;
    t.state.variant.current_mutable()[1 + f] = f < 2 ? 9 : 4;
  }
  t.begin_step();
  formalise(t.context(), t.derived(), t.state);
  t.end_step();
  EXPECT_EQ(t.state.market_text(t.world, 0, 0), 4);
}

TEST(Formalisation, RatifiedOpenTreatyBinds) {
  TinyWorld t(quiet_model(2, 0) +
              "initiatives:\n  - {name: t, kind: treaty, members: states, "
              "norms: [n], founders: {top_states: 2}, open_at: 0.5}\n");
  t.params.mechanisms.formalisation.rate = 1.0;
  t.params.mechanisms.formalisation.bottom_up = false;
  t.state.stage.current_mutable() = {kEndorsed, kEndorsed};
  t.begin_step();
  formalise(t.context(), t.derived(), t.state);  // text still vague: treaty closed
  t.end_step();
  EXPECT_EQ(t.state.formalised.current()[0], 0);
  t.state.specificity.current_mutable()[0] = 0.5;
  t.begin_step();
  formalise(t.context(1), t.derived(1), t.state);
  t.end_step();
  EXPECT_EQ(t.state.formalised.current()[0], 1);
}

// --- Capacity building -------------------------------------------------------------------

TEST(CapacityBuilding, RecipientsGainWhatDonorsGive) {
  TinyWorld t(quiet_model(2, 0) +
              "initiatives:\n  - {name: g, members: states, norms: [n], "
              "founders: {top_states: 2}, capacity_building: true}\n");
  t.state.capacity.current_mutable() = {0.9, 0.2};
  const auto& m = t.params.mechanisms.capacity_building;
  t.begin_step();
  build_capacity(t.context(), t.derived(), t.state);
  t.end_step();
  const double gain = m.rate * (1 - 0.2);
  EXPECT_DOUBLE_EQ(t.state.capacity.current()[1], 0.2 + gain);
  EXPECT_DOUBLE_EQ(t.state.capacity.current()[0], 0.9 - m.donor_cost * gain);
}

// One capacity-building step, then one adoption step from stage 1, in the same world with
// and without the programme: recipients implement at capacity x sigma x logistic(beta U),
// and the programme's capacity gain shows in the counted rate.
TEST(CapacityBuilding, RecipientsImplementMoreOften) {
  const int n = 2000;
  auto recipients_implementing = [&](bool programme) {
    TinyWorld t(quiet_model(n, 0) + "initiatives:\n  - {name: g, members: states, norms: [n], " +
                "founders: {top_states: " + std::to_string(n) +
                "}, capacity_building: " + (programme ? "true" : "false") + "}\n");
    t.params.mechanisms.capacity_building.rate = 0.5;
    t.params.mechanisms.capacity_building.donor_cost = 0.0;
    t.params.mechanisms.adoption.beta = 0.0;  // logistic(0) = 1/2
    t.params.mechanisms.adoption.drop = 0.0;
    t.state.specificity.current_mutable()[0] = 1.0;
    for (int a = 0; a < n; ++a) {
      t.state.capacity.current_mutable()[a] = a % 2 ? 0.2 : 0.9;  // odd: recipients
      t.state.stage.current_mutable()[a] = kEndorsed;
    }
    t.begin_step();
    build_capacity(t.context(), t.derived(), t.state);
    t.end_step();
    const double capacity = programme ? 0.2 + 0.5 * (1 - 0.2) : 0.2;
    for (int a = 1; a < n; a += 2) EXPECT_DOUBLE_EQ(t.state.capacity.current()[a], capacity);
    t.begin_step();
    adopt(t.context(1), t.derived(1), t.state);
    t.end_step();
    int implemented = 0;
    for (int a = 1; a < n; a += 2) implemented += t.state.stage.current()[a] == kImplemented;
    expect_rate(implemented, n / 2, capacity * 1.0 * 0.5, "implementation");
    return implemented;
  };
  EXPECT_GT(recipients_implementing(true), recipients_implementing(false));
}

TEST(CapacityBuilding, NoDonorNoProgramme) {
  TinyWorld t(quiet_model(2, 0) +
              "initiatives:\n  - {name: g, members: states, norms: [n], "
              "founders: {top_states: 2}, capacity_building: true}\n");
  t.state.capacity.current_mutable() = {0.3, 0.2};
  t.begin_step();
  build_capacity(t.context(), t.derived(), t.state);
  t.end_step();
  EXPECT_DOUBLE_EQ(t.state.capacity.current()[1], 0.2);
}

// --- Membership --------------------------------------------------------------------------

TEST(Membership, TreatyTakesRatificationsOnlyOnceOpen) {
  TinyWorld t(quiet_model(3, 0) +
              "initiatives:\n  - {name: t, kind: treaty, members: states, "
              "norms: [n], founders: {top_states: 1}, open_at: 0.5, join_cost: 0}\n");
  t.params.mechanisms.membership.join_rate = 1.0;
  t.params.mechanisms.membership.beta = 1000;
  t.params.mechanisms.membership.w_seat = 0;
  t.params.mechanisms.membership.w_norms = 0;
  t.params.mechanisms.membership.w_peer = 0;
  for (auto& u : t.world.stance) u = 0.0;
  auto members = [&] {
    int n = 0;
    for (auto m : t.state.member.current()) n += m;
    return n;
  };
  t.begin_step();
  update_membership(t.context(), t.derived(), t.state);
  t.end_step();
  EXPECT_EQ(members(), 1);  // only the founder
  t.state.specificity.current_mutable()[0] = 0.6;
  t.params.mechanisms.membership.w_peer = 1;  // a positive join utility
  t.link({{0, 1}, {1, 2}, {0, 2}});
  t.begin_step();
  update_membership(t.context(1), t.derived(1), t.state);
  t.end_step();
  EXPECT_EQ(members(), 3);
}

// Only draws below the larger rate are looked at (sim::for_each_success), each then uniform
// below it: with certain decisions, firms join at the join rate and leave at the leave rate.
TEST(Membership, FirmsJoinAndLeaveAtTheirRates) {
  constexpr int kFirms = 20000;
  TinyWorld t(quiet_model(1, kFirms) +
              "initiatives:\n  - {name: a, kind: private_accord, members: both, "
              "norms: [n], join_cost: 0}\n");
  auto& m = t.params.mechanisms.membership;
  m.join_rate = 0.3;
  m.leave_rate = 0.1;
  m.beta = 1000;
  m.w_peer = 0;
  m.w_norms = 0;
  m.w_seat = 1;  // join utility 1 for a firm: it joins whenever its draw is below the rate
  auto firm_members = [&] {
    int n = 0;
    for (std::int32_t a = t.world.states; a < t.world.agents; ++a) n += t.state.member.current()[a];
    return n;
  };
  t.begin_step();
  update_membership(t.context(), t.derived(), t.state);
  t.end_step();
  const int joined = firm_members();
  expect_rate(joined, kFirms, m.join_rate, "joined");
  m.w_seat = 0;
  t.params.initiatives[0].join_cost = 1;  // join utility -1: a member leaves below the rate
  t.begin_step();
  update_membership(t.context(1), t.derived(1), t.state);
  t.end_step();
  expect_rate(joined - firm_members(), joined, m.leave_rate, "left");
}

}  // namespace
}  // namespace cybernorms
