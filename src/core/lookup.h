// Finding states, offences and instruments by what a user types, with "did you mean" hints.
#pragma once

#include "core/model.h"

#include <string>
#include <string_view>
#include <variant>

namespace treaty {

/// Either the thing found, or an error message ready to print ("unknown state 'Kazakstan'; did
/// you mean KZ (Kazakhstan)?").
template <class T> using Found = std::variant<const T*, std::string>;

/// A state by ISO alpha-2, alpha-3, English name or alias, in any case.
Found<State> find_state(const Dataset& data, std::string_view typed);
/// An offence by id or alias, in any case.
Found<Offence> find_offence(const Dataset& data, std::string_view typed);
/// An instrument by id or short name, in any case.
Found<Instrument> find_instrument(const Dataset& data, std::string_view typed);

/// Levenshtein distance, for suggestions.
size_t edit_distance(std::string_view a, std::string_view b);

} // namespace treaty
