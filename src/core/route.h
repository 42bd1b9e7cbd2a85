// The route of a request: who sends it, who receives it, how, in what language, with what
// contents, which refusal grounds to expect, the time limits, and what else to try.
#pragma once

#include "core/model.h"
#include "core/verdict.h"

namespace treaty {

/// The route for one measure's answer, following its most specific basis that applies (else
/// the most specific conditional one); the alternatives when none does.
Route build_route(const Dataset& data, const Query& query, const MeasureAnswer& answer);

} // namespace treaty
