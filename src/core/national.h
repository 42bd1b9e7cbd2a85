// The requested state's own law as a legal basis: reciprocity or comity without a treaty.
#pragma once

#include "core/conditions.h"

namespace treaty {

/// The requested state's own conditions on `measure`, joined with those of any basis: its
/// minimum penalty for extradition, and the mandatory refusal grounds a fact decides
/// (political, fiscal, death penalty). Optional grounds are for the route, not conditions.
void national_conditions(const Context& ctx, Measure measure, std::vector<Condition>& out);

/// The domestic-law basis of the requested state for `measure`.
void domestic_basis(const Context& ctx, Measure measure, Basis& b);

} // namespace treaty
