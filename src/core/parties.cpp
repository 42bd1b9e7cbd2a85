// Per-party status of an instrument on a date.
#include "core/parties.h"

#include <algorithm>
#include <map>
#include <tuple>

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
    // Known not to be bound up to bound_after; after it, when it became bound is unknown.
    bool before = party->bound_after && on <= *party->bound_after;
    return {before ? Binding::Kind::not_yet : Binding::Kind::date_unknown, party};
  }
  if (on < *party->in_force) {
    // Bound by a succession notified later than `on`, from a date of succession not in the data.
    bool succession = party->consent_type == ConsentType::succession && party->in_force_derived;
    return {succession ? Binding::Kind::date_unknown : Binding::Kind::not_yet, party};
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
  for (const auto& r : party->reservations) {
    if (r.effect == Effect::not_between &&
        std::find(r.values.begin(), r.values.end(), other) != r.values.end()) {
      return {Binding::Kind::excluded, party, &r};
    }
  }
  return {Binding::Kind::bound, party};
}

} // namespace treaty

namespace treaty {

std::vector<PartyStatus> parties_on(const Instrument& instrument, Date date) {
  std::vector<PartyStatus> out;
  for (const auto& p : instrument.parties) {
    out.push_back({&p, binding_on(instrument, p.state, "", date).kind});
  }
  return out;
}

namespace {

/// Whether the party had deposited its consent by `date`, as far as its row tells.
bool deposited_by(const Instrument& instrument, const Party& p, Date date) {
  if (p.consent) {
    return *p.consent <= date;
  }
  if (!p.in_force) {
    return true; // no dates: counted, unless bound_after says otherwise
  }
  // Only the entry into force is known. A deposit made on `date` would take effect on
  // `would`; the party's own deposit took effect on in_force, so it was made by `date` when
  // in_force is earlier. When both are the same date, the two deposits fall in one period of the
  // rule (the same month under a Council of Europe rule; any day before the instrument's own
  // entry into force) and the row is counted, though its deposit may have come a few weeks later.
  if (auto would = derive_entry_into_force(instrument, date)) {
    return *p.in_force <= *would;
  }
  return *p.in_force <= date;
}

} // namespace

bool status_recorded(const Instrument& instrument, std::string_view state, Date date) {
  return instrument.parties_complete ||
         std::find(instrument.coverage.begin(), instrument.coverage.end(), state) !=
             instrument.coverage.end() ||
         (instrument.complete_as_of && date <= *instrument.complete_as_of);
}

size_t parties_counted(const Instrument& instrument, Date date) {
  return static_cast<size_t>(
      std::count_if(instrument.parties.begin(), instrument.parties.end(), [&](const Party& p) {
        return p.is_party && deposited_by(instrument, p, date) &&
               (!p.bound_after || *p.bound_after < date) && (!p.withdrawn || date < *p.withdrawn);
      }));
}

std::vector<Coverage> coverage_of(const Dataset& data) {
  std::vector<Coverage> out;
  for (const auto& i : data.instruments) {
    Coverage c;
    c.instrument = &i;
    c.rows = i.parties.size();
    for (const auto& p : i.parties) {
      c.parties += p.is_party ? 1 : 0;
      c.unverified += p.provenance.verified ? 0 : 1;
      c.undated += p.is_party && !p.consent && !p.in_force ? 1 : 0;
    }
    if (i.parties_total) {
      c.counted = parties_counted(i, i.parties_total->as_of);
    }
    out.push_back(c);
  }
  return out;
}

std::vector<StatusChange> changes_between(const Dataset& data, Date from, Date to,
                                          std::string_view state) {
  std::vector<StatusChange> out;
  auto within = [&](const std::optional<Date>& d) { return d && from < *d && *d <= to; };
  for (const auto& inst : data.instruments) {
    if (state.empty() && within(inst.entry_into_force)) {
      out.push_back({*inst.entry_into_force, inst.id, "", "instrument-in-force"});
    }
    for (const auto& p : inst.parties) {
      if (!state.empty() && p.state != state) {
        continue;
      }
      if (p.is_party && within(p.in_force)) {
        out.push_back({*p.in_force, inst.id, p.state, "in-force"});
      }
      if (within(p.withdrawn)) {
        out.push_back({*p.withdrawn, inst.id, p.state, "withdrawn"});
      }
      for (const auto& s : p.suspensions) {
        if (within(s.from)) {
          out.push_back({s.from, inst.id, p.state, "suspended"});
        }
      }
    }
  }
  // A state's national rules that come into force or are repealed (valid_from, repealed), counted
  // per date and measure.
  for (const auto& s : data.states) {
    if (!state.empty() && s.iso2 != state) {
      continue;
    }
    for (const auto& [measure, rules] : s.rules) {
      std::map<std::pair<Date, bool>, size_t> counts; // (date, repealed) -> rules
      each_provenance(rules, [&](const Provenance& p) {
        if (within(p.valid_from)) {
          ++counts[{*p.valid_from, false}];
        }
        if (within(p.repealed)) {
          ++counts[{*p.repealed, true}];
        }
      });
      for (const auto& [key, n] : counts) {
        out.push_back({key.first, s.domestic_id.empty() ? "domestic:" + s.iso2 : s.domestic_id,
                       s.iso2, key.second ? "national-rules-repealed" : "national-rules-in-force",
                       std::string(measure_id(measure)), n});
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const StatusChange& a, const StatusChange& b) {
    return std::tie(a.date, a.instrument, a.state) < std::tie(b.date, b.instrument, b.state);
  });
  return out;
}

std::string_view binding_id(Binding::Kind kind) {
  switch (kind) {
  case Binding::Kind::bound:
    return "bound";
  case Binding::Kind::not_party:
    return "not-party";
  case Binding::Kind::signed_only:
    return "signed-only";
  case Binding::Kind::not_yet:
    return "not-yet";
  case Binding::Kind::withdrawn:
    return "withdrawn";
  case Binding::Kind::suspended:
    return "suspended";
  case Binding::Kind::excluded:
    return "excluded";
  case Binding::Kind::date_unknown:
    return "date-unknown";
  }
  return "?";
}

} // namespace treaty
