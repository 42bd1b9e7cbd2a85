// Unit tests for fact parsing: every fact is unknown until given, and bad values are refused.
#include "core/facts.h"

#include <doctest/doctest.h>

using namespace treaty;

TEST_SUITE("facts") {
  TEST_CASE("all facts start unknown") {
    Facts f;
    CHECK(given_facts(f).empty());
  }

  TEST_CASE("sets yes/no, number, date and state facts") {
    Facts f;
    CHECK_FALSE(set_fact(f, "organized-criminal-group=yes"));
    CHECK_FALSE(set_fact(f, "transnational=no"));
    CHECK_FALSE(set_fact(f, "max-penalty-years=4.5"));
    CHECK_FALSE(set_fact(f, "offence-date=2019-03-01"));
    CHECK_FALSE(set_fact(f, "person-nationality=kz"));
    CHECK(*f.organized_criminal_group);
    CHECK_FALSE(*f.transnational);
    CHECK(*f.max_penalty_years == doctest::Approx(4.5));
    CHECK(f.offence_date->str() == "2019-03-01");
    auto listed = given_facts(f);
    REQUIRE(listed.size() == 5);
    CHECK(listed[2].first == "person-nationality");
    CHECK(listed[3].second == "4.5");
  }

  TEST_CASE("rejects unknown names and bad values with a message") {
    Facts f;
    CHECK(*set_fact(f, "transnational=maybe") ==
          "fact 'transnational' takes yes or no, not 'maybe'");
    CHECK(*set_fact(f, "offence-date=2023-02-30") ==
          "fact 'offence-date': 2023-02-30 is not a date: February 2023 has 28 days");
    CHECK(*set_fact(f, "max-penalty-years=-1") ==
          "fact 'max-penalty-years' takes a number of years from 0 to 1000 (life: 1000), not '-1'");
    CHECK(*set_fact(f, "transnational") == "fact 'transnational' must have the form NAME=VALUE");
    CHECK(set_fact(f, "colour=red")->rfind("unknown fact 'colour'; known facts: ", 0) == 0);
  }
}
