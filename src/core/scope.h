// Is the offence within an instrument's scope, and on what conditions?
#pragma once

#include "core/conditions.h"

#include <vector>

namespace treaty {

/// The scope conditions of the context's instrument for `offence`: a listed provision (UNTOC
/// art. 3(1)(a)), the general scope (UNTOC art. 3(1)(b): serious crime), or "not in scope".
/// Also returns the articles of the offence provision, to cite with the basis.
/// Appends them to `out`.
void scope_conditions(const Context& ctx, const Offence& offence, std::vector<Condition>& out);

} // namespace treaty
