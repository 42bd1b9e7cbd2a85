// Unit tests for the engine on the fictional test dataset (tests/data/mini): bound dates, scope,
// declarations, nationals, replacement, yielding, and properties over dates and order.
#include "core/engine.h"
#include "core/national.h"

#include "data/test_datasets.h"

#include <doctest/doctest.h>

using namespace treaty;

namespace {

using testing::mini;

Query query(std::string requesting, std::string requested, std::string offence, Measure m,
            const char* date, std::vector<std::string> facts = {}) {
  Query q;
  q.requesting = std::move(requesting);
  q.requested = std::move(requested);
  q.offence = std::move(offence);
  q.measures = {m};
  q.date = *Date::parse(date);
  for (const auto& f : facts) {
    REQUIRE_FALSE(set_fact(q.facts, f));
  }
  return q;
}

const Basis& basis(const Answer& a, std::string_view instrument) {
  for (const auto& b : a.measures.at(0).bases) {
    if (b.instrument == instrument) {
      return b;
    }
  }
  FAIL("no basis " << instrument);
  throw 0;
}

const Condition& condition(const Basis& b, std::string_view id) {
  for (const auto& c : b.conditions) {
    if (c.id == id) {
      return c;
    }
  }
  FAIL("no condition " << id);
  throw 0;
}

/// Sets Arcadia's (XA's) rule on extraditing its nationals; returns it for further changes.
Rule<NationalsPolicy>& arcadia_nationals(Dataset& d, NationalsPolicy value, std::string text) {
  State& xa = d.states[static_cast<size_t>(d.state("XA") - d.states.data())];
  auto& rule = *xa.rules[Measure::extradition].nationals;
  rule.value = value;
  rule.text = std::move(text);
  return rule;
}

/// Arcadia (XA) must refuse extradition on `ground` under its own law (a mandatory ground).
State& arcadia_refuses(Dataset& d, const char* ground, const char* text, const char* source) {
  State& xa = d.states[static_cast<size_t>(d.state("XA") - d.states.data())];
  xa.rules[Measure::extradition].refusal_grounds.push_back(
      {ground, true, text, "", {source, true, "", {}, {}}});
  return xa;
}

/// The `nationals` condition of the Alpha Convention when XB asks Arcadia (XA) to extradite one
/// of Arcadia's nationals on `date`.
Condition arcadia_national_asked(const Dataset& d, const char* date) {
  return condition(basis(check(d, query("XB", "XA", "widget-smuggling", Measure::extradition, date,
                                        {"person-nationality=XA"})),
                         "alpha-convention"),
                   "nationals");
}

} // namespace

TEST_SUITE("engine") {
  TEST_CASE("folds conditions: any unmet, then any unknown") {
    std::vector<Condition> cs(2);
    cs[0].status = ConditionStatus::met;
    cs[1].status = ConditionStatus::unknown;
    CHECK(fold_status(cs) == BasisStatus::conditional);
    cs[0].status = ConditionStatus::unmet;
    CHECK(fold_status(cs) == BasisStatus::does_not_apply);
    cs[0].status = cs[1].status = ConditionStatus::met;
    CHECK(fold_status(cs) == BasisStatus::applies);
  }

  TEST_CASE("a listed offence is in scope with its own conditions, never guessed") {
    auto a = check(mini(), query("XB", "XA", "widget-smuggling", Measure::mla, "2013-01-01"));
    const Basis& alpha = basis(a, "alpha-convention");
    CHECK(condition(alpha, "offence-in-scope").status == ConditionStatus::met);
    CHECK(condition(alpha, "transnational").status == ConditionStatus::unknown);
    CHECK(condition(alpha, "transnational").decided_by == FactList{"transnational"});
    CHECK(alpha.status == BasisStatus::conditional);
    CHECK(a.deciding_facts() == std::vector<std::string>{"transnational", "max-penalty-years"});
  }

  TEST_CASE("general scope: serious crime is decided by the maximum penalty") {
    auto yes = check(
        mini(), query("XB", "XA", "fraud", Measure::mla, "2013-01-01", {"max-penalty-years=4"}));
    CHECK(basis(yes, "alpha-convention").status == BasisStatus::applies);
    auto no = check(
        mini(), query("XB", "XA", "fraud", Measure::mla, "2013-01-01", {"max-penalty-years=3.5"}));
    CHECK(basis(no, "alpha-convention").status == BasisStatus::does_not_apply);
  }

  TEST_CASE("entry into force for each party: derived 30 days after deposit") {
    auto before = check(
        mini(), query("XA", "XB", "fraud", Measure::mla, "2012-04-08", {"max-penalty-years=10"}));
    CHECK(condition(basis(before, "alpha-convention"), "bound:XB").status ==
          ConditionStatus::unmet);
    auto after = check(
        mini(), query("XA", "XB", "fraud", Measure::mla, "2012-04-09", {"max-penalty-years=10"}));
    CHECK(condition(basis(after, "alpha-convention"), "bound:XB").status == ConditionStatus::met);
  }

  TEST_CASE("a signatory is not bound") {
    auto a = check(
        mini(), query("XC", "XA", "fraud", Measure::mla, "2013-01-01", {"max-penalty-years=10"}));
    const Condition& c = condition(basis(a, "alpha-convention"), "bound:XC");
    CHECK(c.status == ConditionStatus::unmet);
    CHECK(c.text == "Carpania has signed Alpha (2008-02-01) but had not consented to be bound.");
  }

  TEST_CASE("a list complete up to a date: absence after it is not recorded, not 'no'") {
    Dataset d = mini();
    Instrument& alpha = d.instruments[d.instrument("alpha-convention") - d.instruments.data()];
    alpha.parties_complete = false;
    alpha.complete_as_of = Date::parse("2011-01-01");
    d.index();
    auto before = check(d, query("XC", "XA", "fraud", Measure::mla, "2010-06-01"));
    CHECK(condition(basis(before, "alpha-convention"), "bound:XC").status ==
          ConditionStatus::unmet);
    auto after = check(d, query("XC", "XA", "fraud", Measure::mla, "2013-01-01"));
    const Condition& c = condition(basis(after, "alpha-convention"), "bound:XC");
    CHECK(c.status == ConditionStatus::unknown);
    CHECK(c.text == "Carpania has signed Alpha (2008-02-01) but had not consented to be bound by "
                    "2011-01-01; its later status is not recorded.");
    alpha.parties.erase(alpha.parties.begin() + 2); // XC's row
    d.index();
    auto absent = check(d, query("XC", "XA", "fraud", Measure::mla, "2013-01-01"));
    CHECK(condition(basis(absent, "alpha-convention"), "bound:XC").text ==
          "Carpania's participation in Alpha is not recorded: it was not a party on 2011-01-01, "
          "the last date the party list is complete for.");
  }

  TEST_CASE("a declaration that the convention is a legal basis for extradition is acted on") {
    auto a = check(mini(), query("XA", "XB", "widget-smuggling", Measure::extradition, "2013-01-01",
                                 {"transnational=yes", "person-nationality=XB"}));
    const Basis& alpha = basis(a, "alpha-convention");
    CHECK(condition(alpha, "convention-as-legal-basis").status == ConditionStatus::met);
    CHECK(condition(alpha, "nationals").status == ConditionStatus::met);
    CHECK(alpha.status == BasisStatus::applies);
  }

  TEST_CASE("a state that never extradites its nationals: unmet, and aut dedere aut judicare") {
    auto a = check(mini(), query("XB", "XA", "widget-smuggling", Measure::extradition, "2013-01-01",
                                 {"transnational=yes", "person-nationality=XA"}));
    const Basis& alpha = basis(a, "alpha-convention");
    CHECK(condition(alpha, "nationals").status == ConditionStatus::unmet);
    CHECK(alpha.status == BasisStatus::does_not_apply);
    REQUIRE(alpha.notes.size() == 1);
    CHECK(alpha.notes[0] == "Arcadia does not surrender its nationals; at Borduria's request it "
                            "must submit the case to its own prosecutors instead (Alpha art. "
                            "6(10)): see transfer-of-proceedings.");
    auto other = check(mini(), query("XB", "XA", "widget-smuggling", Measure::extradition,
                                     "2013-01-01", {"transnational=yes", "person-nationality=XB"}));
    CHECK(condition(basis(other, "alpha-convention"), "nationals").status == ConditionStatus::met);
  }

  TEST_CASE("a later regional convention binding both replaces the earlier one") {
    auto a = check(mini(), query("XB", "XA", "fraud", Measure::mla, "2016-06-01"));
    CHECK(basis(a, "old-regional").status == BasisStatus::replaced);
    CHECK(basis(a, "old-regional").replaced_by == "new-regional");
    auto before = check(mini(), query("XB", "XA", "fraud", Measure::mla, "2015-06-01"));
    CHECK(basis(before, "old-regional").status != BasisStatus::replaced);
  }

  TEST_CASE("MLA paragraphs yield to the most specific treaty binding both (art. 18(7) rule)") {
    auto a = check(mini(),
                   query("XB", "XA", "fraud", Measure::mla, "2016-06-01", {"max-penalty-years=5"}));
    const Basis& alpha = basis(a, "alpha-convention");
    REQUIRE(alpha.notes.size() == 1);
    CHECK(alpha.notes[0] == "Paragraphs 9 to 29 of art. 7 yield to Treaty between Arcadia and "
                            "Borduria on Mutual Legal Assistance in Criminal Matters, which binds "
                            "both states, unless they agree to apply them instead (Alpha art. "
                            "7(7)).");
  }

  TEST_CASE("bases are ordered most specific first") {
    auto a = check(mini(), query("XB", "XA", "fraud", Measure::mla, "2016-06-01"));
    std::vector<std::string> order;
    for (const auto& b : a.measures[0].bases) {
      order.emplace_back(b.instrument);
    }
    CHECK(order == std::vector<std::string>{"xa-xb-mla-2011", "new-regional", "old-regional",
                                            "alpha-convention", "domestic:XA"});
  }

  TEST_CASE("property: no instrument basis applies before it binds both states") {
    for (long day = Date::parse("1999-01-01")->to_days();
         day < Date::parse("2017-01-01")->to_days(); day += 17) {
      Query q = query("XA", "XB", "fraud", Measure::mla, "2000-01-01", {"max-penalty-years=10"});
      q.date = Date::from_days(day);
      Answer answer = check(mini(), q);
      for (const auto& b : answer.measures[0].bases) {
        const Instrument* inst = mini().instrument(b.instrument);
        if (!inst || (b.status != BasisStatus::applies && b.status != BasisStatus::conditional)) {
          continue;
        }
        for (const char* s : {"XA", "XB"}) {
          REQUIRE(inst->party(s));
          CHECK(*inst->party(s)->in_force <= q.date);
        }
      }
    }
  }

  TEST_CASE("property: moving the date past a withdrawal never brings the instrument back") {
    for (const char* date : {"2020-01-01", "2020-06-01", "2030-01-01"}) {
      auto a =
          check(mini(), query("XA", "XB", "fraud", Measure::mla, date, {"max-penalty-years=9"}));
      CHECK(basis(a, "xa-xb-mla-2011").status == BasisStatus::does_not_apply);
    }
  }

  TEST_CASE("property: a multilateral MLA answer does not depend on which state asks") {
    for (const char* date : {"2009-01-01", "2011-01-01", "2012-04-09", "2016-06-01"}) {
      auto ab =
          check(mini(), query("XA", "XB", "fraud", Measure::mla, date, {"max-penalty-years=5"}));
      auto ba =
          check(mini(), query("XB", "XA", "fraud", Measure::mla, date, {"max-penalty-years=5"}));
      CHECK(basis(ab, "alpha-convention").status == basis(ba, "alpha-convention").status);
    }
  }

  TEST_CASE("domestic law: a treaty-only state gives no domestic basis") {
    auto a = check(mini(), query("XB", "XA", "fraud", Measure::extradition, "2013-01-01"));
    const Basis& domestic = basis(a, "domestic:XA");
    CHECK(domestic.kind == BasisKind::domestic);
    CHECK(condition(domestic, "treaty-not-required").status == ConditionStatus::unmet);
    CHECK(domestic.status == BasisStatus::does_not_apply);
  }

  TEST_CASE("domestic law: a written undertaking of reciprocity decides the basis") {
    auto unknown = check(mini(), query("XA", "XB", "fraud", Measure::extradition, "2013-01-01"));
    CHECK(condition(basis(unknown, "domestic:XB"), "reciprocity").decided_by ==
          FactList{"reciprocity-assured"});
    auto given = check(mini(), query("XA", "XB", "fraud", Measure::extradition, "2013-01-01",
                                     {"reciprocity-assured=yes"}));
    CHECK(basis(given, "domestic:XB").status == BasisStatus::applies);
  }

  TEST_CASE("unverified facts make the basis unverified") {
    auto a = check(mini(),
                   query("XA", "XB", "fraud", Measure::mla, "2016-06-01", {"max-penalty-years=5"}));
    CHECK_FALSE(basis(a, "new-regional").verified);
    CHECK(basis(a, "alpha-convention").verified);
  }

  TEST_CASE("a query after the dataset's as_of date is warned about") {
    auto a = check(mini(), query("XA", "XB", "fraud", Measure::mla, "2020-06-02"));
    REQUIRE(a.warnings.size() == 1);
    auto b = check(mini(), query("XA", "XB", "fraud", Measure::mla, "2020-06-01"));
    CHECK(b.warnings.empty());
  }

  TEST_CASE("an instrument that sets a national refusal ground aside decides it on that basis") {
    Dataset d = mini();
    arcadia_refuses(d, "fiscal", "Arcadia refuses extradition for fiscal offences.",
                    "Arcadia Code s. 7");
    auto ask = [&](std::vector<std::string> facts) {
      return check(d, query("XB", "XA", "widget-smuggling", Measure::extradition, "2013-01-01",
                            std::move(facts)));
    };
    // Without the instrument's rule, the national ground is a condition the fact decides.
    auto open = ask({});
    CHECK(condition(basis(open, "alpha-convention"), "no-refusal:fiscal").decided_by ==
          FactList{"fiscal"});
    CHECK(condition(basis(ask({"fiscal=yes"}), "alpha-convention"), "no-refusal:fiscal").status ==
          ConditionStatus::unmet);
    // With it, the ground is met on the instrument's basis whatever the fact says.
    Instrument& alpha = d.instruments[d.instrument("alpha-convention") - d.instruments.data()];
    MeasureProvision& p = alpha.measures.at(0);
    REQUIRE(p.measure == Measure::extradition);
    p.overrides_refusal.push_back(
        {"fiscal", {"No refusal on fiscal grounds alone.", {"Alpha art. 9(3)", true, "", {}, {}}}});
    auto fiscal = ask({"fiscal=yes"});
    const Condition& c = condition(basis(fiscal, "alpha-convention"), "no-refusal:fiscal");
    CHECK(c.status == ConditionStatus::met);
    CHECK(c.decided_by.empty());
    CHECK(c.source == "Arcadia Code s. 7; Alpha art. 9(3)");
    CHECK(c.text == "Arcadia's law refuses: Arcadia refuses extradition for fiscal offences. Set "
                    "aside on this basis: No refusal on fiscal grounds alone.");
  }

  TEST_CASE("a condition quotes a rule's summary when it has one, else its full text") {
    Dataset d = mini();
    State& xa = arcadia_refuses(
        d, "political",
        "Arcadia refuses extradition for political offences, as the Code defines them at length.",
        "Arcadia Code s. 8");
    auto text = [&] {
      return condition(basis(check(d, query("XB", "XA", "widget-smuggling", Measure::extradition,
                                            "2013-01-01", {})),
                             "alpha-convention"),
                       "no-refusal:political")
          .text;
    };
    CHECK(text() == "Arcadia must refuse: Arcadia refuses extradition for political offences, as "
                    "the Code defines them at length.");
    xa.rules[Measure::extradition].refusal_grounds.back().summary = "No political offences.";
    CHECK(text() == "Arcadia must refuse: No political offences.");
  }

  TEST_CASE("a condition whose article was not read is unverified") {
    Dataset d = mini();
    Instrument& alpha = d.instruments[d.instrument("alpha-convention") - d.instruments.data()];
    MeasureProvision& p = alpha.measures.at(0);
    REQUIRE(p.measure == Measure::extradition);
    p.conditions.push_back({"dual-criminality", 0, "Alpha art. 6(1)", true});
    auto ask = [&] {
      return check(d, query("XB", "XA", "widget-smuggling", Measure::extradition, "2013-01-01",
                            {"dual-criminality=yes"}));
    };
    auto read = ask();
    CHECK(condition(basis(read, "alpha-convention"), "dual-criminality").verified);
    p.conditions.back().verified = false;
    auto unread = ask();
    const Condition& c = condition(basis(unread, "alpha-convention"), "dual-criminality");
    CHECK(c.status == ConditionStatus::met);
    CHECK_FALSE(c.verified);
    CHECK_FALSE(basis(unread, "alpha-convention").verified);
  }

  TEST_CASE("a national rule applies only in its period: before it, the data has no rule") {
    Dataset d = mini();
    auto& rule = arcadia_nationals(d, NationalsPolicy::never,
                                   "Arcadia never surrenders its nationals (Code of 2012).");
    rule.provenance.valid_from = Date::parse("2012-07-01");
    rule.provenance.repealed = Date::parse("2020-01-01");
    d.index();
    auto nationals_on = [&](const char* date) { return arcadia_national_asked(d, date); };
    // In its period the rule decides: the person is a national, so the condition is unmet.
    CHECK(nationals_on("2013-01-01").status == ConditionStatus::unmet);
    CHECK(nationals_on("2012-07-01").status == ConditionStatus::unmet);
    // Before it came into force and from its repeal, no rule is recorded: unknown, unverified.
    for (const char* date : {"2012-06-30", "2020-01-01"}) {
      const Condition& c = nationals_on(date);
      CHECK(c.status == ConditionStatus::unknown);
      CHECK_FALSE(c.verified);
      CHECK(c.text == "Whether Arcadia extradites its own nationals is not in the data. The rule "
                      "recorded applies from 2012-07-01 until 2020-01-01; the law of other dates "
                      "is not in the data.");
    }
    // `treaty show` still sees the rule whatever the date.
    CHECK(d.state("XA")->rules_for(Measure::extradition)->nationals);
  }

  TEST_CASE("versions of a national rule: each decides in its own period") {
    Dataset d = mini();
    auto& newer = arcadia_nationals(d, NationalsPolicy::never,
                                    "Arcadia never surrenders its nationals (Code of 2012).");
    newer.provenance.valid_from = Date::parse("2012-07-01");
    MeasureRules older;
    older.nationals = Rule<NationalsPolicy>{
        NationalsPolicy::yes, "Arcadia surrenders its nationals (Code of 1990).", "", {}};
    older.nationals->provenance.source = "Code of 1990, art. 3";
    older.nationals->provenance.valid_from = Date::parse("1991-01-01");
    older.nationals->provenance.repealed = Date::parse("2012-07-01");
    d.states[static_cast<size_t>(d.state("XA") - d.states.data())]
        .rules[Measure::extradition]
        .other_versions.push_back(older);
    d.index();
    auto nationals_on = [&](const char* date) { return arcadia_national_asked(d, date); };
    CHECK(nationals_on("2013-01-01").status == ConditionStatus::unmet); // the Code of 2012
    CHECK(nationals_on("2012-06-30").status == ConditionStatus::met);   // the Code of 1990
    CHECK(nationals_on("2012-06-30").source == "Alpha art. 6(10); Code of 1990, art. 3");
    const Condition& before = nationals_on("1990-12-31");
    CHECK(before.status == ConditionStatus::unknown);
    CHECK(before.text == "Whether Arcadia extradites its own nationals is not in the data. The "
                         "versions recorded apply from 1991-01-01 until 2012-07-01 and from "
                         "2012-07-01; the law of other dates is not in the data.");
  }

  TEST_CASE("the period note names each distinct period once, and nothing when one applies") {
    Provenance a;
    a.valid_from = Date::parse("2015-01-01");
    Provenance b = a; // a second rule of the same period
    Provenance old;
    old.repealed = Date::parse("2015-01-01");
    Date d2012 = *Date::parse("2012-06-01");
    CHECK(period_note({&a}, d2012) ==
          " The rule recorded applies from 2015-01-01; the law of other dates is not in the data.");
    CHECK(period_note({&a, &b}, d2012) ==
          " The rules recorded apply from 2015-01-01; the law of other dates is not in the data.");
    CHECK(period_note({&a, &old}, *Date::parse("2016-01-01")) == ""); // `a` applies
    old.valid_from = Date::parse("1998-01-01");
    CHECK(period_note({&b, &old, &a}, *Date::parse("1990-01-01")) ==
          " The versions recorded apply from 1998-01-01 until 2015-01-01 and from 2015-01-01; the "
          "law of other dates is not in the data.");
    CHECK(period_note({}, d2012) == "");
  }

  TEST_CASE("a conditional rule on nationals leaves a national's case open and says why") {
    Dataset d = mini();
    arcadia_nationals(d, NationalsPolicy::conditional,
                      "Only for trial, with a guarantee of return.");
    auto ask = [&](std::vector<std::string> facts) {
      return check(d, query("XB", "XA", "widget-smuggling", Measure::extradition, "2013-01-01",
                            std::move(facts)));
    };
    auto national = ask({"person-nationality=XA"});
    const Condition& c = condition(basis(national, "alpha-convention"), "nationals");
    CHECK(c.status == ConditionStatus::unknown);
    CHECK(c.decided_by.empty());
    CHECK(c.text == "The person is a national of Arcadia, who surrenders its nationals only on "
                    "conditions: Only for trial, with a guarantee of return.");
    auto foreigner = ask({"person-nationality=XB"});
    CHECK(condition(basis(foreigner, "alpha-convention"), "nationals").status ==
          ConditionStatus::met);
    auto open = ask({});
    CHECK(condition(basis(open, "alpha-convention"), "nationals").decided_by ==
          FactList{"person-nationality"});
  }
}
