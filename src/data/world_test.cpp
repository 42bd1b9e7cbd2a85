// The shipped dataset, checked between every two UN member states: each query answers, and each
// answer agrees with the party rows it rests on.
#include "data/test_datasets.h"

#include "core/engine.h"
#include "core/parties.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace treaty;

namespace {

using testing::shipped;

std::vector<std::string> un_members(const Dataset& data) {
  std::vector<std::string> out;
  for (const auto& s : data.states) {
    if (s.un_member) {
      out.push_back(s.iso2);
    }
  }
  return out;
}

// What is wrong with a basis, or "": a basis that applies binds both states on the date; a
// conditional one binds them, or leaves a date unknown, or rests on a list that stops before the
// date; a status is the fold of its conditions. A domestic basis has no rows to agree with.
std::string fault(const Basis& b, const Query& q) {
  auto where = [&] {
    return std::string(b.instrument) + " " + q.requesting + "->" + q.requested + ": ";
  };
  if (b.status != BasisStatus::replaced && fold_status(b.conditions) != b.status) {
    return where() + "status is not the fold of its conditions";
  }
  if (!b.source || (b.status != BasisStatus::applies && b.status != BasisStatus::conditional)) {
    return "";
  }
  for (const auto& [state, other] :
       {std::pair{q.requesting, q.requested}, std::pair{q.requested, q.requesting}}) {
    Binding::Kind kind = binding_on(*b.source, state, other, q.date).kind;
    bool ok = kind == Binding::Kind::bound ||
              (b.status == BasisStatus::conditional &&
               (kind == Binding::Kind::date_unknown || !status_recorded(*b.source, state, q.date)));
    if (!ok) {
      return where() + state + " is " + std::string(binding_id(kind));
    }
  }
  return "";
}

} // namespace

TEST_SUITE("world") {
  TEST_CASE("there are 193 UN member states in the dataset") {
    CHECK(un_members(shipped()).size() == 193);
  }

  TEST_CASE("every ordered pair of UN member states gets an answer for every measure") {
    const Dataset& data = shipped();
    const auto members = un_members(data);
    const Offence* offence = data.offence("money-laundering");
    REQUIRE(offence);
    Answer answer;
    size_t answered = 0;
    std::vector<std::string> faults; // CHECK per basis would cost more than the engine
    for (const auto& r : members) {
      for (const auto& q : members) {
        if (r == q) {
          continue;
        }
        Query query;
        query.requesting = r;
        query.requested = q;
        query.offence = offence->id;
        query.measures.assign(k_all_measures.begin(), k_all_measures.end());
        query.date = *Date::parse("2024-05-01");
        check_into(data, query, false, answer);
        REQUIRE(answer.measures.size() == k_all_measures.size());
        for (const auto& m : answer.measures) {
          // The requested state's own law is always weighed, last.
          if (m.bases.empty() || m.bases.back().instrument != "domestic:" + q) {
            faults.push_back(r + "->" + q + ": the requested state's law is not the last basis");
          }
          for (const auto& b : m.bases) {
            if (auto f = fault(b, query); !f.empty()) {
              faults.push_back(f);
            }
          }
        }
        ++answered;
      }
    }
    CHECK(answered == 193 * 192);
    INFO("first fault: ", faults.empty() ? std::string() : faults.front());
    CHECK(faults.size() == 0);
  }

  TEST_CASE("every condition of a full answer has its text and source, on several dates") {
    const Dataset& data = shipped();
    const auto members = un_members(data);
    const char* dates[] = {"1995-01-01", "2005-06-01", "2015-01-01", "2024-05-01"};
    size_t n = 0;
    // A sample of pairs (every 13th), each with one measure and date in turn: full texts are the
    // costly mode.
    for (size_t i = 0; i < members.size(); ++i) {
      for (size_t j = 0; j < members.size(); ++j) {
        if (i == j || (i * members.size() + j) % 13 != 0) {
          continue;
        }
        Query query;
        query.requesting = members[i];
        query.requested = members[j];
        query.offence = "bribery";
        query.measures = {k_all_measures[n % k_all_measures.size()]};
        query.date = *Date::parse(dates[n % 4]);
        Answer a = check(data, query);
        for (const auto& b : a.measures.at(0).bases) {
          for (const auto& c : b.conditions) {
            INFO(members[i], " -> ", members[j], " ", b.instrument, " ", c.id);
            CHECK_FALSE(c.text.empty());
            // Only a fact the data lacks ("... is not in the data") may have nothing to cite.
            if (c.source.empty()) {
              CHECK(c.status == ConditionStatus::unknown);
              CHECK(c.text.find("not in the data") != std::string::npos);
            }
          }
        }
        ++n;
      }
    }
    CHECK(n > 2500);
  }
}
