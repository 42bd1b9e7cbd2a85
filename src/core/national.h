// The requested state's own law: as a legal basis (reciprocity or comity without a treaty), and
// the conditions it sets on any basis (treaty required, nationals, thresholds, refusal grounds).
#pragma once

#include "core/conditions.h"

namespace treaty {

/// The requested state's own conditions on `measure`, joined with those of any basis: its
/// minimum penalty for extradition, and the mandatory refusal grounds a fact decides
/// (political, fiscal, death penalty). Optional grounds are for the route, not conditions.
/// `provision` is the instrument's measure (nullptr for the domestic basis): a ground it sets
/// aside (`overrides_refusal`, e.g. UNTOC art. 16(15) on fiscal offences) is met on that basis.
void national_conditions(const Context& ctx, Measure measure, const MeasureProvision* provision,
                         std::vector<Condition>& out);

/// The domestic-law basis of the requested state for `measure`.
void domestic_basis(const Context& ctx, Measure measure, Basis& b);

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

} // namespace treaty
