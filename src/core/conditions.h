// Evaluation of single conditions against the facts and the data, three-valued.
#pragma once

#include "core/model.h"
#include "core/verdict.h"

namespace treaty {

/// Everything a condition may look at for one basis of one query.
struct Context {
  const Dataset& data;
  const Query& query;
  const State& requesting;
  const State& requested;
  const Instrument* instrument = nullptr; // null for a domestic basis
  const MeasureProvision* provision = nullptr;
  /// False in the lean mode of batch and matrix reports: statuses only, no texts or sources.
  bool texts = true;
};

/// Sets a condition's text or source only when the context wants texts (the lean mode skips
/// the string building).
template <class Make> void say(const Context& ctx, std::string& field, Make make) {
  if (ctx.texts) {
    field = make();
  }
}
template <class Make> void say_more(const Context& ctx, std::string& field, Make make) {
  if (ctx.texts) {
    field += make();
  }
}

/// A named condition from the data (scope or measure conditions).
Condition evaluate(const ConditionSpec& spec, const Context& ctx);

/// Whether `state` is bound by the context's instrument on the query date towards `other`.
Condition bound_condition(const Context& ctx, const State& state, const State& other);

/// UNTOC 16(4)-(5), UNCAC 44(5)-(6), Vienna 6(3): the convention as the legal basis for
/// extradition where the requested state requires a treaty.
Condition legal_basis_condition(const Context& ctx);

/// The requested state's rule on extraditing its own nationals, against person-nationality.
Condition nationals_condition(const Context& ctx);

/// For a national rule recorded only for other dates than the query's: where its versions' periods
/// lie (" The rule recorded applies from 2015-01-01; the law of other dates is not in the data."),
/// else "".
std::string period_note(const std::vector<const Provenance*>& recorded, Date on);

/// The provenance of an optional rule, or null.
template <class R> const Provenance* provenance_of(const R& rule) {
  return rule ? &rule->provenance : nullptr;
}

/// The provenance of every version of one rule of `all` (none when `all` is null); `pick`
/// selects the rule from a rule set.
template <class Pick>
std::vector<const Provenance*> versions_of(const MeasureRules* all, Pick pick) {
  std::vector<const Provenance*> out;
  if (!all) {
    return out;
  }
  if (const Provenance* p = provenance_of(pick(*all))) {
    out.push_back(p);
  }
  for (const auto& version : all->other_versions) {
    if (const Provenance* p = provenance_of(pick(version))) {
      out.push_back(p);
    }
  }
  return out;
}

/// The display name of an instrument: its short name, or its id.
std::string instrument_name(const Instrument& i);

} // namespace treaty
