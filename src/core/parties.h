// Who is bound by an instrument on a date: per-party entry into force, withdrawal, suspension.
#pragma once

#include "core/model.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace treaty {

/// The date the instrument enters into force for a party that deposited consent on `deposit`,
/// by the instrument's own rule, never before its general entry into force; nullopt when the
/// instrument has no rule (bilateral treaties: the data must say).
std::optional<Date> derive_entry_into_force(const Instrument& instrument, Date deposit);

struct Binding {
  enum class Kind {
    bound,
    not_party,
    signed_only,
    not_yet,
    withdrawn,
    suspended,
    excluded, // a declaration excludes the other state (effect not-between)
    date_unknown
  };
  Kind kind = Kind::not_party;
  const Party* party = nullptr;
  const Reservation* exclusion = nullptr; // for `excluded`
};

/// Whether the data can say that `state` is not (or only a signatory of) a party on `date`: the
/// list is complete, or covers this state, or was complete on a date not before `date`. Otherwise
/// a state without a row is of unknown status.
bool status_recorded(const Instrument& instrument, std::string_view state, Date date);

/// Whether `state` is bound by `instrument` on `on` in its relations with `other`.
Binding binding_on(const Instrument& instrument, std::string_view state, std::string_view other,
                   Date on);

} // namespace treaty

namespace treaty {

/// One party row as it stands on a date.
struct PartyStatus {
  const Party* party = nullptr;
  Binding::Kind kind = Binding::Kind::not_party;
};

/// Every party row of `instrument` with its status on `date` (towards no state in particular:
/// suspensions towards some states do not count), in the order of the rows.
std::vector<PartyStatus> parties_on(const Instrument& instrument, Date date);

/// How the depositary would count the rows on `date`: every party that had consented by then
/// (by its deposit, not its entry into force) and had not withdrawn, a party without dates
/// included unless its row says it became bound only after the date (bound_after). A row that gives
/// its entry into force but not its deposit counts from the date a deposit would have taken effect
/// then (by the instrument's rule; without one, from its entry into force).
size_t parties_counted(const Instrument& instrument, Date date);

/// How far an instrument's party list goes, for `treaty validate --coverage`.
struct Coverage {
  const Instrument* instrument = nullptr;
  size_t rows = 0;       // party rows, signatories included
  size_t parties = 0;    // rows of parties (is_party), withdrawn ones included
  size_t unverified = 0; // rows marked verified: false
  size_t undated = 0;    // rows of parties that give neither consent nor entry into force
  size_t counted = 0;    // parties_counted on the depositary total's date (0 without a total)
};

/// The coverage of every instrument, in the dataset's order.
std::vector<Coverage> coverage_of(const Dataset& data);

/// A change in who is bound, for `treaty diff`.
struct StatusChange {
  Date date;
  std::string instrument; // for national rules, the id of the domestic basis ("domestic:KZ")
  std::string state;      // empty for the instrument's own entry into force
  std::string change;     // "in-force", "withdrawn", "suspended", "instrument-in-force",
                          // "national-rules-in-force", "national-rules-repealed"
  std::string measure;    // national rules only: the measure they govern
  size_t rules = 0;       // national rules only: how many rules or items start or end
};

/// Changes dated after `from` and on or before `to`, by date then instrument then state;
/// `state` empty means every state.
std::vector<StatusChange> changes_between(const Dataset& data, Date from, Date to,
                                          std::string_view state);

/// The name of a binding kind as the reports print it: bound, not-party, signed-only, not-yet,
/// withdrawn, suspended, date-unknown.
std::string_view binding_id(Binding::Kind kind);

} // namespace treaty
