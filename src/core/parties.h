// Who is bound by an instrument on a date: per-party entry into force, withdrawal, suspension.
#pragma once

#include "core/model.h"

#include <optional>
#include <string>

namespace treaty {

/// The date the instrument enters into force for a party that deposited consent on `deposit`,
/// by the instrument's own rule, never before its general entry into force; nullopt when the
/// instrument has no rule (bilateral treaties: the data must say).
std::optional<Date> derive_entry_into_force(const Instrument& instrument, Date deposit);

struct Binding {
  enum class Kind { bound, not_party, signed_only, not_yet, withdrawn, suspended, date_unknown };
  Kind kind = Kind::not_party;
  const Party* party = nullptr;
};

/// Whether `state` is bound by `instrument` on `on` in its relations with `other`.
Binding binding_on(const Instrument& instrument, std::string_view state, std::string_view other,
                   Date on);

} // namespace treaty
