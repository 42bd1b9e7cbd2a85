// The requested state's own law as a legal basis: reciprocity or comity without a treaty.
#pragma once

#include "core/conditions.h"

namespace treaty {

/// The domestic-law basis of the requested state for `measure`.
void domestic_basis(const Context& ctx, Measure measure, Basis& b);

} // namespace treaty
