// Which basis sets another aside between the same pair: replacement and yielding rules.
#pragma once

#include "core/model.h"
#include "core/verdict.h"

namespace treaty {

/// Marks bases `replaced` where an instrument binding both states replaces theirs (Chisinau 2002
/// art. 120 over Minsk 1993; EU instruments over Council of Europe conventions), and notes where
/// MLA paragraphs yield to a treaty binding the pair (UNTOC 18(7), UNCAC 46(7), Vienna 7(7)).
void apply_interactions(Measure measure, std::vector<Basis>& bases, bool texts = true);

/// True when the basis's two "bound:" conditions are both met.
bool binds_both(const Basis& basis);

} // namespace treaty
