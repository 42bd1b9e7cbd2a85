// Unit tests for name resolution: codes, names and aliases in any case, and suggestions.
#include "core/lookup.h"

#include <doctest/doctest.h>

using namespace treaty;

namespace {
State state(std::string iso2, std::string iso3, std::string name, std::string official,
            std::vector<std::string> aliases) {
  State s;
  s.iso2 = std::move(iso2);
  s.iso3 = std::move(iso3);
  s.name = std::move(name);
  s.official_name = std::move(official);
  s.aliases = std::move(aliases);
  return s;
}

Dataset sample() {
  Dataset d;
  d.states.push_back(state("KZ", "KAZ", "Kazakhstan", "Republic of Kazakhstan", {"Qazaqstan"}));
  d.states.push_back(state("KG", "KGZ", "Kyrgyzstan", "Kyrgyz Republic", {}));
  d.states.push_back(state("US", "USA", "United States", "United States of America", {"USA"}));
  Offence ml;
  ml.id = "money-laundering";
  ml.aliases = {"laundering"};
  d.offences.push_back(ml);
  d.index();
  return d;
}
} // namespace

TEST_SUITE("lookup") {
  TEST_CASE("finds a state by alpha-2, alpha-3, name or alias in any case") {
    auto d = sample();
    for (auto typed : {"KZ", "kz", "KAZ", "kazakhstan", "Republic of Kazakhstan", "qazaqstan"}) {
      auto found = find_state(d, typed);
      REQUIRE(std::holds_alternative<const State*>(found));
      CHECK(std::get<const State*>(found)->iso2 == "KZ");
    }
  }

  TEST_CASE("suggests the nearest state for a misspelling") {
    auto d = sample();
    auto found = find_state(d, "Kazakstan");
    REQUIRE(std::holds_alternative<std::string>(found));
    CHECK(std::get<std::string>(found) ==
          "unknown state 'Kazakstan'; did you mean KZ (Kazakhstan)?");
  }

  TEST_CASE("says nothing more when nothing is near") {
    auto d = sample();
    CHECK(std::get<std::string>(find_state(d, "Atlantis")) == "unknown state 'Atlantis'");
  }

  TEST_CASE("finds an offence by alias and suggests ids") {
    auto d = sample();
    CHECK(std::get<const Offence*>(find_offence(d, "Laundering"))->id == "money-laundering");
    CHECK(std::get<std::string>(find_offence(d, "money-launderin")) ==
          "unknown offence 'money-launderin'; did you mean money-laundering? (treaty list "
          "offences shows them all)");
  }

  TEST_CASE("edit distance") {
    CHECK(edit_distance("kitten", "sitting") == 3);
    CHECK(edit_distance("", "abc") == 3);
  }
}
