// Names of the model's enumerations and the small lookups on model types.
#include "core/model.h"

#include <algorithm>

namespace treaty {

namespace {

template <class E, size_t N>
std::optional<E> parse_enum(std::string_view id,
                            const std::array<std::pair<E, std::string_view>, N>& names) {
  for (const auto& [value, name] : names) {
    if (name == id) {
      return value;
    }
  }
  return std::nullopt;
}

template <class E, size_t N>
std::string_view enum_id(E value, const std::array<std::pair<E, std::string_view>, N>& names) {
  for (const auto& [v, name] : names) {
    if (v == value) {
      return name;
    }
  }
  return "?";
}

constexpr std::array<std::pair<Measure, std::string_view>, 6> k_measure_ids = {{
    {Measure::extradition, "extradition"},
    {Measure::mla, "mla"},
    {Measure::transfer_of_proceedings, "transfer-of-proceedings"},
    {Measure::transfer_of_sentenced_persons, "transfer-of-sentenced-persons"},
    {Measure::confiscation, "confiscation"},
    {Measure::jit, "jit"},
}};

constexpr std::array<std::pair<Measure, std::string_view>, 6> k_measure_titles = {{
    {Measure::extradition, "Extradition"},
    {Measure::mla, "Mutual legal assistance"},
    {Measure::transfer_of_proceedings, "Transfer of criminal proceedings"},
    {Measure::transfer_of_sentenced_persons, "Transfer of sentenced persons"},
    {Measure::confiscation, "Confiscation of proceeds"},
    {Measure::jit, "Joint investigation team"},
}};

constexpr std::array<std::pair<InstrumentKind, std::string_view>, 3> k_kind_ids = {{
    {InstrumentKind::bilateral, "bilateral"},
    {InstrumentKind::regional, "regional"},
    {InstrumentKind::multilateral, "multilateral"},
}};

constexpr std::array<std::pair<ConsentType, std::string_view>, 6> k_consent_ids = {{
    {ConsentType::formal_confirmation, "formal-confirmation"},
    {ConsentType::ratification, "ratification"},
    {ConsentType::accession, "accession"},
    {ConsentType::acceptance, "acceptance"},
    {ConsentType::approval, "approval"},
    {ConsentType::succession, "succession"},
}};

constexpr std::array<std::pair<Effect, std::string_view>, 9> k_effect_ids = {{
    {Effect::none, "none"},
    {Effect::extradition_basis_yes, "extradition-basis-yes"},
    {Effect::extradition_basis_no, "extradition-basis-no"},
    {Effect::central_authority, "central-authority"},
    {Effect::languages, "languages"},
    {Effect::not_bound_by_article, "not-bound-by-article"},
    {Effect::territorial, "territorial"},
    {Effect::no_extradition_of_nationals, "no-extradition-of-nationals"},
    {Effect::not_between, "not-between"},
}};

constexpr std::array<std::pair<NationalsPolicy, std::string_view>, 5> k_nationals_ids = {{
    {NationalsPolicy::yes, "yes"},
    {NationalsPolicy::never, "never"},
    {NationalsPolicy::treaty_only, "treaty-only"},
    {NationalsPolicy::eu_only, "eu-only"},
    {NationalsPolicy::conditional, "conditional"},
}};

constexpr std::array<std::pair<Reciprocity, std::string_view>, 4> k_reciprocity_ids = {{
    {Reciprocity::yes, "yes"},
    {Reciprocity::not_required, "not-required"},
    {Reciprocity::no, "no"},
    {Reciprocity::written_undertaking, "written-undertaking"},
}};

} // namespace

std::string_view measure_id(Measure m) {
  return enum_id(m, k_measure_ids);
}
std::string_view measure_title(Measure m) {
  return enum_id(m, k_measure_titles);
}
std::optional<Measure> parse_measure(std::string_view id) {
  return parse_enum(id, k_measure_ids);
}
std::string_view kind_id(InstrumentKind k) {
  return enum_id(k, k_kind_ids);
}
std::optional<InstrumentKind> parse_kind(std::string_view id) {
  return parse_enum(id, k_kind_ids);
}
std::string_view consent_type_id(ConsentType c) {
  return enum_id(c, k_consent_ids);
}
std::optional<ConsentType> parse_consent_type(std::string_view id) {
  return parse_enum(id, k_consent_ids);
}
std::string_view effect_id(Effect e) {
  return enum_id(e, k_effect_ids);
}
std::optional<Effect> parse_effect(std::string_view id) {
  return parse_enum(id, k_effect_ids);
}
std::string_view nationals_id(NationalsPolicy p) {
  return enum_id(p, k_nationals_ids);
}
std::optional<NationalsPolicy> parse_nationals(std::string_view id) {
  return parse_enum(id, k_nationals_ids);
}
std::string_view reciprocity_id(Reciprocity r) {
  return enum_id(r, k_reciprocity_ids);
}
std::optional<Reciprocity> parse_reciprocity(std::string_view id) {
  return parse_enum(id, k_reciprocity_ids);
}

bool is_condition_id(std::string_view id) {
  return std::find(k_condition_ids.begin(), k_condition_ids.end(), id) != k_condition_ids.end();
}

bool is_refusal_ground(std::string_view ground) {
  return std::find(k_refusal_grounds.begin(), k_refusal_grounds.end(), ground) !=
         k_refusal_grounds.end();
}

std::string known_refusal_grounds() {
  std::string s;
  for (auto g : k_refusal_grounds) {
    s += s.empty() ? "" : ", ";
    s += g;
  }
  return s;
}

const MeasureProvision* Instrument::provision(Measure m) const {
  for (const auto& p : measures) {
    if (p.measure == m) {
      return &p;
    }
  }
  return nullptr;
}

namespace {
uint16_t pack_code(std::string_view code) {
  return static_cast<uint16_t>((static_cast<unsigned char>(code[0]) << 8) |
                               static_cast<unsigned char>(code[1]));
}
} // namespace

const Party* Instrument::party(std::string_view state) const {
  if (state.size() == 2 && party_codes.size() == parties.size()) {
    auto it = std::lower_bound(party_codes.begin(), party_codes.end(), pack_code(state));
    if (it != party_codes.end() && *it == pack_code(state)) {
      return &parties[static_cast<size_t>(it - party_codes.begin())];
    }
    return nullptr;
  }
  auto it = std::lower_bound(parties.begin(), parties.end(), state,
                             [](const Party& p, std::string_view s) { return p.state < s; });
  return it != parties.end() && it->state == state ? &*it : nullptr;
}

bool Instrument::has_article(std::string_view number) const {
  // "16(5)(a)" refers to article 16.
  auto base = number.substr(0, number.find('('));
  return std::any_of(articles.begin(), articles.end(),
                     [&](const Article& a) { return a.number == base; });
}

const OffenceProvision* Offence::provision_in(std::string_view instrument) const {
  for (const auto& p : provisions) {
    if (p.instrument == instrument) {
      return &p;
    }
  }
  return nullptr;
}

const MeasureRules* State::rules_for(Measure m) const {
  auto it = rules.find(m);
  return it == rules.end() ? nullptr : &it->second;
}

const MeasureRules* State::rules_for(Measure m, Date on) const {
  auto p = periods.find(m);
  if (p == periods.end()) {
    return rules_for(m); // no rule of this measure has dates
  }
  // The last period that starts on or before the date; the first one has no start.
  const RulesPeriod* found = &p->second.front();
  for (const auto& period : p->second) {
    if (period.from && on < *period.from) {
      break;
    }
    found = &period;
  }
  return &found->rules;
}

namespace {

/// The rules of `all` that apply throughout a period starting at `start` (none: the earliest
/// period); every date where a rule starts or ends is a period boundary, so the start decides.
MeasureRules rules_in_period(const MeasureRules& all, const std::optional<Date>& start) {
  auto applies = [&](const Provenance& p) {
    if (!start) {
      return !p.valid_from; // the earliest period, before every dated boundary
    }
    return p.applies_on(*start);
  };
  auto keep = [&](auto& rule) {
    if (rule && !applies(rule->provenance)) {
      rule.reset();
    }
  };
  auto filter = [&](auto& list) {
    std::erase_if(list, [&](const auto& item) { return !applies(item.provenance); });
  };
  MeasureRules r = all;
  keep(r.treaty_required);
  keep(r.reciprocity);
  keep(r.nationals);
  keep(r.min_penalty_years);
  keep(r.min_remaining_sentence_months);
  filter(r.refusal_grounds);
  keep(r.authority_receives);
  filter(r.authority_sends);
  keep(r.languages);
  keep(r.channel);
  keep(r.provisional_arrest_days);
  keep(r.urgent);
  filter(r.deadlines);
  filter(r.request_contents);
  keep(r.duty_to_prosecute);
  filter(r.notes);
  // A single rule absent in this period may have another version that applies in it.
  r.other_versions.clear();
  for (const MeasureRules& version : all.other_versions) {
    MeasureRules v = rules_in_period(version, start);
    auto fill = [](auto& into, auto& from) {
      if (!into && from) {
        into = std::move(from);
      }
    };
    fill(r.treaty_required, v.treaty_required);
    fill(r.reciprocity, v.reciprocity);
    fill(r.nationals, v.nationals);
    fill(r.min_penalty_years, v.min_penalty_years);
    fill(r.min_remaining_sentence_months, v.min_remaining_sentence_months);
    fill(r.authority_receives, v.authority_receives);
    fill(r.languages, v.languages);
    fill(r.channel, v.channel);
    fill(r.provisional_arrest_days, v.provisional_arrest_days);
  }
  return r;
}

} // namespace

void State::index_periods() {
  periods.clear();
  for (const auto& [measure, all] : rules) {
    std::vector<Date> bounds;
    each_provenance(all, [&](const Provenance& p) {
      for (const auto& d : {p.valid_from, p.repealed}) {
        if (d) {
          bounds.push_back(*d);
        }
      }
    });
    if (bounds.empty()) {
      continue;
    }
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    auto& list = periods[measure];
    list.push_back({std::nullopt, rules_in_period(all, std::nullopt)});
    for (const Date& d : bounds) {
      list.push_back({d, rules_in_period(all, d)});
    }
  }
}

std::string fold_case(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

void Dataset::index() {
  m_states.clear();
  m_instruments.clear();
  m_offences.clear();
  m_state_names.clear();
  m_offence_names.clear();
  for (size_t i = 0; i < states.size(); ++i) {
    State& s = states[i];
    s.bound_id = "bound:" + s.iso2;
    s.domestic_id = "domestic:" + s.iso2;
    m_states.emplace(s.iso2, i);
    for (const auto* name : {&s.iso2, &s.iso3, &s.name, &s.official_name}) {
      if (!name->empty()) {
        m_state_names.emplace(fold_case(*name), i);
      }
    }
    for (const auto& alias : s.aliases) {
      m_state_names.emplace(fold_case(alias), i);
    }
    s.index_periods();
  }
  for (size_t i = 0; i < instruments.size(); ++i) {
    auto& parties = instruments[i].parties;
    std::stable_sort(parties.begin(), parties.end(),
                     [](const Party& a, const Party& b) { return a.state < b.state; });
    auto& codes = instruments[i].party_codes;
    codes.clear();
    bool packable = true;
    for (const auto& p : parties) {
      packable = packable && p.state.size() == 2;
      codes.push_back(packable ? pack_code(p.state) : 0);
    }
    if (!packable) {
      codes.clear();
    }
    m_instruments.emplace(instruments[i].id, i);
  }
  m_instruments_of.assign(states.size(), {});
  for (size_t i = 0; i < instruments.size(); ++i) {
    for (const auto& p : instruments[i].parties) {
      auto s = m_states.find(p.state);
      if (s != m_states.end()) {
        m_instruments_of[s->second].push_back(static_cast<uint32_t>(i));
      }
    }
  }
  for (size_t i = 0; i < offences.size(); ++i) {
    m_offences.emplace(offences[i].id, i);
    m_offence_names.emplace(fold_case(offences[i].id), i);
    for (const auto& alias : offences[i].aliases) {
      m_offence_names.emplace(fold_case(alias), i);
    }
  }
}

const State* Dataset::state_named(const std::string& folded) const {
  auto it = m_state_names.find(folded);
  return it == m_state_names.end() ? nullptr : &states[it->second];
}

const Offence* Dataset::offence_named(const std::string& folded) const {
  auto it = m_offence_names.find(folded);
  return it == m_offence_names.end() ? nullptr : &offences[it->second];
}

const std::vector<uint32_t>& Dataset::instruments_of(const State& state) const {
  return m_instruments_of.at(static_cast<size_t>(&state - states.data()));
}

const State* Dataset::state(std::string_view iso2) const {
  auto it = m_states.find(std::string(iso2));
  return it == m_states.end() ? nullptr : &states[it->second];
}

const Instrument* Dataset::instrument(std::string_view id) const {
  auto it = m_instruments.find(std::string(id));
  return it == m_instruments.end() ? nullptr : &instruments[it->second];
}

const Offence* Dataset::offence(std::string_view id) const {
  auto it = m_offences.find(std::string(id));
  return it == m_offences.end() ? nullptr : &offences[it->second];
}

std::string total_phrase(const PartiesTotal& total) {
  std::string n = std::to_string(total.count) + " on " + total.as_of.str();
  return total.by_depositary ? "the depositary counted " + n
                             : "a list that is not the depositary's counts " + n;
}

} // namespace treaty
