// Unit tests for who is bound when: entry-into-force rules, withdrawal, suspension, signatories.
#include "core/parties.h"

#include <doctest/doctest.h>

using namespace treaty;

namespace {

Date d(const char* text) {
  return *Date::parse(text);
}

Instrument untoc_like() {
  Instrument i;
  i.id = "untoc";
  i.entry_into_force = d("2003-09-29");
  i.party_rule = {EntryIntoForceRule::Kind::days_after_deposit, 30, "UNTOC art. 38(2)"};
  return i;
}

/// A party row that consented on `consent` and is in force from `in_force`.
Party party(const char* state, const char* consent, const char* in_force) {
  Party p;
  p.state = state;
  p.consent = d(consent);
  p.in_force = d(in_force);
  return p;
}

/// A row of a state that signed on `signed_on` and has not consented.
Party signatory(const char* state, const char* signed_on) {
  Party p;
  p.state = state;
  p.signed_on = d(signed_on);
  p.is_party = false;
  return p;
}

} // namespace

TEST_SUITE("parties") {
  TEST_CASE("a state without a row is known not to be a party only where the list says so") {
    auto i = untoc_like();
    CHECK_FALSE(status_recorded(i, "XA", d("2010-01-01")));
    i.coverage = {"XA"};
    CHECK(status_recorded(i, "XA", d("2010-01-01")));
    CHECK_FALSE(status_recorded(i, "XB", d("2010-01-01")));
    i.complete_as_of = d("2013-06-01");
    CHECK(status_recorded(i, "XB", d("2013-06-01")));
    CHECK_FALSE(status_recorded(i, "XB", d("2013-06-02")));
    i.parties_complete = true;
    CHECK(status_recorded(i, "XB", d("2030-01-01")));
  }

  TEST_CASE("UNTOC art. 38(2): thirtieth day after deposit") {
    auto i = untoc_like();
    CHECK(derive_entry_into_force(i, d("2008-07-31"))->str() == "2008-08-30");
  }

  TEST_CASE("UNTOC art. 38(2): a state that deposited before 2003-09-29 is bound from that date") {
    auto i = untoc_like();
    CHECK(derive_entry_into_force(i, d("2002-10-29"))->str() == "2003-09-29");
    // Thirty days after 2003-09-23 is 2003-10-23 (China, Tractatenblad 2007, 70).
    CHECK(derive_entry_into_force(i, d("2003-09-23"))->str() == "2003-10-23");
  }

  TEST_CASE("Council of Europe rule: first of the month after three months") {
    Instrument i;
    i.entry_into_force = d("2004-07-01");
    i.party_rule = {EntryIntoForceRule::Kind::first_of_month_after_months, 3, "ETS 185 art. 36(4)"};
    CHECK(derive_entry_into_force(i, d("2006-10-12"))->str() == "2007-02-01");
  }

  TEST_CASE("no rule means the data must say") {
    Instrument i;
    CHECK_FALSE(derive_entry_into_force(i, d("2006-10-12")));
  }

  TEST_CASE("binding follows the party's own entry into force, withdrawal and suspension") {
    auto i = untoc_like();
    Party kz = party("KZ", "2008-07-31", "2008-08-30");
    kz.withdrawn = d("2030-01-01");
    kz.suspensions.push_back({{"RU"}, d("2025-01-01"), d("2026-01-01"), {}});
    i.parties.push_back(kz);
    i.parties.push_back(signatory("US", "2000-12-13"));

    CHECK(binding_on(i, "KZ", "US", d("2008-08-29")).kind == Binding::Kind::not_yet);
    CHECK(binding_on(i, "KZ", "US", d("2008-08-30")).kind == Binding::Kind::bound);
    CHECK(binding_on(i, "KZ", "RU", d("2025-06-01")).kind == Binding::Kind::suspended);
    CHECK(binding_on(i, "KZ", "US", d("2025-06-01")).kind == Binding::Kind::bound);
    CHECK(binding_on(i, "KZ", "RU", d("2026-01-01")).kind == Binding::Kind::bound);
    CHECK(binding_on(i, "KZ", "US", d("2030-01-01")).kind == Binding::Kind::withdrawn);
    CHECK(binding_on(i, "US", "KZ", d("2020-01-01")).kind == Binding::Kind::signed_only);
    CHECK(binding_on(i, "CN", "KZ", d("2020-01-01")).kind == Binding::Kind::not_party);
  }

  TEST_CASE("a party known to have joined after a date: not bound up to it, unknown after") {
    auto i = untoc_like();
    Party pw;
    pw.state = "PW";
    pw.consent_type = ConsentType::accession;
    pw.bound_after = d("2013-06-20");
    i.parties.push_back(pw);
    CHECK(binding_on(i, "PW", "KZ", d("2010-01-01")).kind == Binding::Kind::not_yet);
    CHECK(binding_on(i, "PW", "KZ", d("2013-06-20")).kind == Binding::Kind::not_yet);
    CHECK(binding_on(i, "PW", "KZ", d("2013-06-21")).kind == Binding::Kind::date_unknown);
    // Without bound_after, a party without dates is unknown on every date.
    i.parties.back().bound_after.reset();
    CHECK(binding_on(i, "PW", "KZ", d("2010-01-01")).kind == Binding::Kind::date_unknown);
  }

  TEST_CASE("a succession binds at the latest from its notification; before it, unknown") {
    auto i = untoc_like();
    // In force from the notification, as the loader derives it: no thirty-day rule applies.
    Party me = party("ME", "2006-10-23", "2006-10-23");
    me.consent_type = ConsentType::succession;
    me.in_force_derived = true;
    i.parties.push_back(me);
    CHECK(binding_on(i, "ME", "KZ", d("2006-10-23")).kind == Binding::Kind::bound);
    CHECK(binding_on(i, "ME", "KZ", d("2006-07-01")).kind == Binding::Kind::date_unknown);
    // With the date of succession given, the answer before it is plain.
    i.parties.back().in_force = d("2006-06-03");
    i.parties.back().in_force_derived = false;
    CHECK(binding_on(i, "ME", "KZ", d("2006-07-01")).kind == Binding::Kind::bound);
    CHECK(binding_on(i, "ME", "KZ", d("2006-06-02")).kind == Binding::Kind::not_yet);
  }

  TEST_CASE("a declaration that excludes some states binds the party towards the others only") {
    auto i = untoc_like();
    Party no = party("NO", "1960-01-19", "1960-04-18");
    Reservation r;
    r.article = "28";
    r.kind = "declaration";
    r.effect = Effect::not_between;
    r.values = {"DK", "FI", "SE"};
    no.reservations.push_back(r);
    i.parties.push_back(no);
    Binding se = binding_on(i, "NO", "SE", d("2020-01-01"));
    CHECK(se.kind == Binding::Kind::excluded);
    REQUIRE(se.exclusion);
    CHECK(se.exclusion->article == "28");
    CHECK(binding_on(i, "NO", "DE", d("2020-01-01")).kind == Binding::Kind::bound);
    CHECK(binding_on(i, "NO", "", d("2020-01-01")).kind == Binding::Kind::bound);
  }

  TEST_CASE("a party whose dates are not in the data is bound from an unknown date") {
    auto i = untoc_like();
    Party p;
    p.state = "TR";
    i.parties.push_back(p);
    CHECK(binding_on(i, "TR", "KZ", d("2020-01-01")).kind == Binding::Kind::date_unknown);
  }

  TEST_CASE(
      "the depositary's count: deposits by the date, rows without dates unless joined later") {
    auto i = untoc_like();
    i.parties.push_back(party("AA", "2010-01-01", "2010-01-31"));
    Party in_force_only; // the deposit was not read: 30 days before its entry into force
    in_force_only.state = "BB";
    in_force_only.in_force = d("2012-03-01");
    i.parties.push_back(in_force_only);
    Party dateless;
    dateless.state = "CC";
    i.parties.push_back(dateless);
    Party later = dateless;
    later.state = "DD";
    later.bound_after = d("2015-06-30");
    i.parties.push_back(later);
    i.parties.push_back(signatory("EE", "2000-12-12"));
    CHECK(parties_counted(i, d("2009-12-31")) == 1); // CC only
    CHECK(parties_counted(i, d("2010-01-01")) == 2); // the deposit counts, not the entry into force
    CHECK(parties_counted(i, d("2012-01-30")) == 2);
    CHECK(parties_counted(i, d("2012-01-31")) == 3);
    CHECK(parties_counted(i, d("2015-06-30")) == 3);
    CHECK(parties_counted(i, d("2015-07-01")) == 4);
    i.parties.front().withdrawn = d("2016-01-01"); // a withdrawal takes the party off the count
    CHECK(parties_counted(i, d("2015-12-31")) == 4);
    CHECK(parties_counted(i, d("2016-01-01")) == 3);
    i.parties.front().withdrawn.reset();
    i.party_rule = {}; // without a rule, a row with only its entry into force counts from it
    CHECK(parties_counted(i, d("2012-02-29")) == 2);
    CHECK(parties_counted(i, d("2012-03-01")) == 3);
  }
}
