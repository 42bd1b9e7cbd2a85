// The requested state's own law as a legal basis: reciprocity or comity without a treaty.
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

} // namespace treaty
