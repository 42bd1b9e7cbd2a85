// Per-party status of an instrument on a date.
#include "core/parties.h"

#include <algorithm>

namespace treaty {

std::optional<Date> derive_entry_into_force(const Instrument& instrument, Date deposit) {
  std::optional<Date> date;
  switch (instrument.party_rule.kind) {
  case EntryIntoForceRule::Kind::none:
    return std::nullopt;
  case EntryIntoForceRule::Kind::days_after_deposit:
    // UNTOC art. 38(2), UNCAC art. 68(2): "on the thirtieth day after the date of deposit".
    date = deposit.plus_days(instrument.party_rule.count);
    break;
  case EntryIntoForceRule::Kind::first_of_month_after_months:
    // Council of Europe: first day of the month after N months from deposit.
    date = deposit.first_of_month_after_months(instrument.party_rule.count);
    break;
  }
  // A state that deposited before the instrument entered into force is bound from that date.
  if (instrument.entry_into_force && *date < *instrument.entry_into_force) {
    date = instrument.entry_into_force;
  }
  return date;
}

Binding binding_on(const Instrument& instrument, std::string_view state, std::string_view other,
                   Date on) {
  const Party* party = instrument.party(state);
  if (!party) {
    return {Binding::Kind::not_party, nullptr};
  }
  if (!party->is_party) {
    return {Binding::Kind::signed_only, party};
  }
  if (!party->in_force) {
    return {Binding::Kind::date_unknown, party};
  }
  if (on < *party->in_force) {
    return {Binding::Kind::not_yet, party};
  }
  if (party->withdrawn && *party->withdrawn <= on) {
    return {Binding::Kind::withdrawn, party};
  }
  for (const auto& s : party->suspensions) {
    bool towards_other = s.towards.empty() ||
                         std::find(s.towards.begin(), s.towards.end(), other) != s.towards.end();
    if (towards_other && s.from <= on && (!s.until || on < *s.until)) {
      return {Binding::Kind::suspended, party};
    }
  }
  return {Binding::Kind::bound, party};
}

} // namespace treaty
