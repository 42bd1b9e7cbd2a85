// The domain model: states, instruments, parties, reservations, offences and national rules.
// Plain data filled by the data layer and read by the engine; no I/O here.
#pragma once

#include "core/date.h"

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace treaty {

/// The six measures of cooperation, in the order the CLI and the answers list them.
enum class Measure {
  extradition,
  mla,
  transfer_of_proceedings,
  transfer_of_sentenced_persons,
  confiscation,
  jit
};
inline constexpr std::array k_all_measures = {Measure::extradition,
                                              Measure::mla,
                                              Measure::transfer_of_proceedings,
                                              Measure::transfer_of_sentenced_persons,
                                              Measure::confiscation,
                                              Measure::jit};
std::string_view measure_id(Measure m);
std::string_view measure_title(Measure m);
std::optional<Measure> parse_measure(std::string_view id);

enum class InstrumentKind { bilateral, regional, multilateral };
std::string_view kind_id(InstrumentKind k);
std::optional<InstrumentKind> parse_kind(std::string_view id);

enum class ConsentType {
  ratification,
  accession,
  acceptance,
  approval,
  succession,
  formal_confirmation
};
std::string_view consent_type_id(ConsentType c);
std::optional<ConsentType> parse_consent_type(std::string_view id);

/// What a reservation or declaration does to an answer; the engine acts on these.
enum class Effect {
  none,
  extradition_basis_yes,       // UNTOC 16(5)(a), UNCAC 44(6)(a): the convention is a legal basis
  extradition_basis_no,        // ... or it is not
  central_authority,           // UNTOC 18(13), UNCAC 46(13), Vienna 7(8)
  languages,                   // UNTOC 18(14), UNCAC 46(14), Vienna 7(9)
  not_bound_by_article,        // e.g. dispute settlement, UNTOC 35(2)
  territorial,                 // territorial application or exclusion
  no_extradition_of_nationals, // ETS 024 art. 6(1)(a)
  not_between                  // the instrument does not apply towards the states in `values`
                               // (ETS 024 art. 28(3): Norway and the Nordic states)
};
std::string_view effect_id(Effect e);
std::optional<Effect> parse_effect(std::string_view id);

/// Where a fact comes from and whether someone checked it there.
struct Provenance {
  std::string source;
  bool verified = true;
  std::string note;
  /// For a national rule: the period it applies in, [valid_from, repealed); open when absent.
  std::optional<Date> valid_from;
  std::optional<Date> repealed;
  bool applies_on(Date d) const {
    return (!valid_from || *valid_from <= d) && (!repealed || d < *repealed);
  }
};

/// A statement without a machine value (a request's contents, urgency, a channel), sourced.
struct Note {
  std::string text;
  Provenance provenance;
};

/// A national refusal ground an instrument sets aside between its parties (UNTOC art. 16(15):
/// no refusal on the sole ground that the offence involves fiscal matters).
struct GroundOverride {
  std::string ground;
  Note rule;
};

struct Reservation {
  std::string article;
  std::string kind; // reservation | declaration | notification | objection
  std::string text;
  Effect effect = Effect::none;
  std::vector<std::string> values;
  Provenance provenance;
};

/// Suspension of the instrument by one party towards some others.
struct Suspension {
  std::vector<std::string> towards; // ISO alpha-2; empty means towards every party
  Date from;
  std::optional<Date> until;
  Provenance provenance;
};

struct Party {
  std::string state; // ISO alpha-2
  std::optional<Date> signed_on;
  std::optional<Date> consent;
  std::optional<ConsentType> consent_type;
  /// False for a signatory that has not consented; true for a party even when the data lacks its
  /// dates (then the date it became bound is unknown).
  bool is_party = true;
  std::optional<Date> in_force;  // given in the data or derived from the instrument's rule
  bool in_force_derived = false; // true when the loader derived it
  std::optional<Date> withdrawn; // the date from which it no longer binds
  /// For a party whose dates are unknown: it was not bound on this date (absent from a complete
  /// table of that date) and became bound later, on a date the data does not have.
  std::optional<Date> bound_after;
  std::vector<Suspension> suspensions;
  std::vector<Reservation> reservations;
  Provenance provenance;
};

/// How an instrument enters into force for a party that consents after it is in force.
struct EntryIntoForceRule {
  enum class Kind { none, days_after_deposit, first_of_month_after_months };
  Kind kind = Kind::none;
  int count = 0;
  std::string source;
};

/// A machine-readable condition named in the data (scope or measure), evaluated by the engine.
struct ConditionSpec {
  std::string id;       // one of k_condition_ids
  double years = 0;     // for penalty-at-least
  std::string source;   // the article that imposes it
  bool verified = true; // false: the article's text was not read (the source says so)
};
/// The condition ids the data may name.
inline constexpr std::array<std::string_view, 12> k_condition_ids = {
    "transnational",
    "organized-criminal-group",
    "serious-crime",
    "penalty-at-least",
    "drug-related",
    "dual-criminality",
    "not-political",
    "not-fiscal",
    "no-death-penalty",
    "offence-after-entry-into-force",
    "convention-as-legal-basis",
    "nationals"};
bool is_condition_id(std::string_view id);

/// The grounds on which national law refuses (a state file's `refusal_grounds`).
inline constexpr std::array<std::string_view, 17> k_refusal_grounds = {
    "political",      "military",    "fiscal",         "death-penalty",   "discrimination",
    "ne-bis-in-idem", "limitation",  "amnesty",        "non-refoulement", "essential-interests",
    "asylum",         "in-absentia", "territoriality", "minor-offence",   "humanitarian",
    "nationals",      "other"};
bool is_refusal_ground(std::string_view ground);
/// "political, military, ...": for error messages.
std::string known_refusal_grounds();

/// MLA paragraphs that apply only where no MLA treaty binds the pair (UNTOC 18(7)).
struct YieldRule {
  std::string paragraphs;
  std::string source;
};

/// One measure an instrument provides, with the articles and the conditions it imposes.
struct MeasureProvision {
  Measure measure = Measure::mla;
  std::vector<std::string> articles;
  std::vector<ConditionSpec> conditions;
  std::optional<YieldRule> yields_to_treaty;
  bool surrenders_nationals = false; // the instrument itself provides surrender of nationals
  /// Where a national is not surrendered, the article obliging the requested state to prosecute
  /// instead (aut dedere aut judicare, UNTOC 16(10)); empty when the instrument has none.
  std::string prosecute_instead;
  /// Said with every answer on this basis (e.g. "the Convention only obliges parties to consider").
  std::string note;
  /// What the instrument itself says of the route: channel, languages, a request's contents.
  std::optional<Note> channel;
  std::optional<Note> languages;
  std::vector<Note> contents;
  std::vector<GroundOverride> overrides_refusal;
  std::string source;
};

/// This instrument sets another aside between the states bound by both.
struct Replacement {
  std::string instrument;
  std::string source;
};

struct Article {
  std::string number;
  std::string title;
  std::string text; // the official text, when data/texts has it
};

struct PartiesTotal {
  int count = 0;
  Date as_of;
  std::string source;
  /// false: no count by the depositary was found, and the total is a dated list of the whole
  /// membership from another source (a party's ministry, the Commission), which `source` names.
  bool by_depositary = true;
};

/// "the depositary counted 192 on 2024-05-04", or, for a total from another source, "a list that
/// is not the depositary's counts 8 on 2025-04-25".
std::string total_phrase(const PartiesTotal& total);

struct Instrument {
  std::string id;
  std::string short_name;
  std::string title;
  InstrumentKind kind = InstrumentKind::multilateral;
  std::string depositary;
  std::optional<Date> adopted;
  std::optional<Date> entry_into_force;
  EntryIntoForceRule party_rule;
  std::optional<PartiesTotal> parties_total;
  std::vector<Article> articles;
  std::string texts_source; // where the article texts come from
  std::vector<MeasureProvision> measures;
  /// Offences outside the offence list are covered when these hold (UNTOC 3(1)(b): serious
  /// crime); empty and `has_general_scope` false means only listed offences are covered.
  bool has_general_scope = false;
  std::vector<ConditionSpec> general_scope;
  std::string general_scope_source;
  /// The article that defines which offences the instrument covers (cited when one is not).
  std::string scope_source;
  std::vector<Replacement> replaces;
  /// The convention a protocol supplements (UNTOC for its protocols): its declarations, such as
  /// the one under art. 16(5), also govern the protocol (Protocols art. 1(2)).
  std::string supplements;
  std::vector<Party> parties;
  /// True when `parties` lists every party; otherwise `coverage` names the states whose absence
  /// from `parties` was checked (a state outside it is "not recorded", not "not a party").
  bool parties_complete = false;
  std::vector<std::string> coverage;
  /// The party list is complete up to this date: a state absent from it had not consented by
  /// then (after it, its absence is "not recorded").
  std::optional<Date> complete_as_of;
  Provenance provenance;
  /// The parties' two-letter codes packed in 16 bits, parallel to `parties` (Dataset::index()).
  std::vector<uint16_t> party_codes;

  const MeasureProvision* provision(Measure m) const;
  /// The row of `state`; `parties` must be sorted by state (Dataset::index() sorts them).
  const Party* party(std::string_view state) const;
  bool has_article(std::string_view number) const;
};

/// The provisions of one instrument that cover an offence.
struct OffenceProvision {
  std::string instrument;
  std::vector<std::string> articles;
  std::vector<ConditionSpec> conditions;
  Provenance provenance;
};

struct Offence {
  std::string id;
  std::string name;
  std::vector<std::string> aliases;
  std::vector<OffenceProvision> provisions;

  const OffenceProvision* provision_in(std::string_view instrument) const;
};

/// conditional: the law surrenders nationals only on conditions no fact of the query decides
/// (for trial only, with a guarantee of return; after years of residence abroad).
enum class NationalsPolicy { yes, never, treaty_only, eu_only, conditional };
std::string_view nationals_id(NationalsPolicy p);
std::optional<NationalsPolicy> parse_nationals(std::string_view id);

/// yes: acts on an assurance of reciprocity; written-undertaking: only on a written one;
/// not-required: acts without a treaty and without asking for reciprocity; no: never without a
/// treaty.
enum class Reciprocity { yes, no, written_undertaking, not_required };
std::string_view reciprocity_id(Reciprocity r);
std::optional<Reciprocity> parse_reciprocity(std::string_view id);

/// One national rule with its statute citation.
template <class T> struct Rule {
  T value{};
  std::string text;
  std::string summary; // a short form for condition texts; empty: use `text`
  Provenance provenance;
  /// What a condition says of the rule: the summary when there is one, else the full text.
  const std::string& brief() const { return summary.empty() ? text : summary; }
};

/// A ground on which the requested state refuses (mandatory) or may refuse (optional).
struct RefusalGround {
  std::string ground; // political, military, fiscal, death-penalty, discrimination, ...
  bool mandatory = false;
  std::string text;
  std::string summary; // a short form for condition texts; empty: use `text`
  Provenance provenance;
  const std::string& brief() const { return summary.empty() ? text : summary; }
};

/// Who sends a state's outgoing requests at one stage of proceedings.
struct StageAuthority {
  std::string stage; // pre-trial, trial, enforcement
  std::string value;
  std::string text;
  Provenance provenance;
};

struct Deadline {
  std::optional<double> days;
  std::string text;
  Provenance provenance;
};

/// The requested state's procedure for one measure (national law, with statute citations).
struct MeasureRules {
  std::optional<Rule<bool>> treaty_required;
  std::optional<Rule<Reciprocity>> reciprocity;
  std::optional<Rule<NationalsPolicy>> nationals;
  std::optional<Rule<double>> min_penalty_years;
  std::optional<Rule<double>> min_remaining_sentence_months;
  std::vector<RefusalGround> refusal_grounds;
  std::optional<Rule<std::string>> authority_receives;
  std::vector<StageAuthority> authority_sends;
  std::optional<Rule<std::vector<std::string>>> languages;
  std::optional<Rule<std::string>> channel;
  std::optional<Rule<double>> provisional_arrest_days;
  std::optional<Note> urgent;
  std::vector<Deadline> deadlines;
  std::vector<Note> request_contents;
  std::optional<Note> duty_to_prosecute;
  std::vector<Note> notes; // other procedure: postponement, transit, execution
  /// Other versions of single rules, for other periods: a rule given in the data as a list of
  /// versions keeps its first here above, and each other one in a rule set of its own, holding
  /// that rule only. Empty in the rules of one period (State::rules_for(m, on)).
  std::vector<MeasureRules> other_versions;
};

/// Calls `f` with the provenance of every rule and list item of `r`, its other versions included.
template <class F> void each_provenance(const MeasureRules& r, F f) {
  auto one = [&](const auto& rule) {
    if (rule) {
      f(rule->provenance);
    }
  };
  auto all = [&](const auto& list) {
    for (const auto& item : list) {
      f(item.provenance);
    }
  };
  one(r.treaty_required), one(r.reciprocity), one(r.nationals), one(r.min_penalty_years);
  one(r.min_remaining_sentence_months), all(r.refusal_grounds), one(r.authority_receives);
  all(r.authority_sends), one(r.languages), one(r.channel), one(r.provisional_arrest_days);
  one(r.urgent), all(r.deadlines), all(r.request_contents), one(r.duty_to_prosecute);
  all(r.notes);
  for (const auto& version : r.other_versions) {
    each_provenance(version, f);
  }
}

struct State {
  std::string iso2;
  std::string iso3;
  std::string name;
  std::string official_name;
  std::vector<std::string> aliases;
  bool un_member = false;
  std::optional<Date> un_admitted;
  std::map<Measure, MeasureRules> rules;
  Provenance provenance;
  std::string bound_id;    // "bound:<ISO2>", the id of the condition that it is bound (index())
  std::string domestic_id; // "domestic:<ISO2>", the id of its domestic-law basis (index())

  /// Every rule of the measure recorded, whatever its period (for `treaty show`).
  const MeasureRules* rules_for(Measure m) const;
  /// The rules of the measure that apply on `on`: those whose period (valid_from, repealed)
  /// holds it. Null when the state has no rules for the measure.
  const MeasureRules* rules_for(Measure m, Date on) const;

  /// The rules of one measure in force over a period starting at `from` (none: from the start);
  /// built by Dataset::index() only for measures whose rules have dates.
  struct RulesPeriod {
    std::optional<Date> from;
    MeasureRules rules;
  };
  std::map<Measure, std::vector<RulesPeriod>> periods;
  void index_periods();
};

/// The whole dataset, with indexes by id.
struct Dataset {
  std::optional<Date> as_of;
  std::string as_of_source;
  std::vector<State> states;
  std::vector<Instrument> instruments;
  std::vector<Offence> offences;

  /// Sorts party rows and rebuilds the indexes; call after filling the vectors.
  void index();
  const State* state(std::string_view iso2) const;
  /// A state or offence by any of its names (codes, names, aliases, ids), already lower-cased.
  const State* state_named(const std::string& folded) const;
  const Offence* offence_named(const std::string& folded) const;
  const Instrument* instrument(std::string_view id) const;
  const Offence* offence(std::string_view id) const;
  /// The positions in `instruments`, ascending, of the instruments with a row for `state` (one
  /// of `states`): the only ones that can be a basis for a pair including it.
  const std::vector<uint32_t>& instruments_of(const State& state) const;

private:
  std::vector<std::vector<uint32_t>> m_instruments_of; // by position in `states`
  std::unordered_map<std::string, size_t> m_states;
  std::unordered_map<std::string, size_t> m_instruments;
  std::unordered_map<std::string, size_t> m_offences;
  std::unordered_map<std::string, size_t> m_state_names;
  std::unordered_map<std::string, size_t> m_offence_names;
};

/// Lower-cases ASCII letters, for case-insensitive names.
std::string fold_case(std::string_view s);

} // namespace treaty
