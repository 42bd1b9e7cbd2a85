// Unit tests for exercises: keys recomputed from an answer, students' answers read and graded.
#include "core/exercise.h"

#include "core/engine.h"
#include "data/test_datasets.h"

#include <doctest/doctest.h>

using namespace treaty;

namespace {

using testing::mini;

/// Arcadia asks Borduria to extradite a Bordurian for widget smuggling in 2013, an offence
/// punished by six months at most (tests/data/mini).
Exercise widget_case() {
  Exercise e;
  e.id = "widgets";
  e.the_case.requesting = "XA";
  e.the_case.requested = "Borduria";
  e.the_case.offence = "widgets";
  e.the_case.date = *Date::parse("2013-01-01");
  e.the_case.facts = {"transnational=yes", "person-nationality=XB", "max-penalty-years=0.5"};
  Question q;
  q.id = "q";
  q.measure = Measure::extradition;
  e.questions.push_back(q);
  return e;
}

Answer answer_to(const Exercise& e) {
  auto built = exercise_query(e, mini());
  REQUIRE(std::holds_alternative<Query>(built));
  return check(mini(), std::get<Query>(built));
}

Question question(QuestionKind kind, std::string basis = "", std::string condition = "") {
  Question q;
  q.id = "q";
  q.kind = kind;
  q.measure = Measure::extradition;
  q.basis = std::move(basis);
  q.condition = std::move(condition);
  return q;
}

} // namespace

TEST_SUITE("exercise") {
  TEST_CASE("the case becomes a query for the measures the questions ask about") {
    auto built = exercise_query(widget_case(), mini());
    REQUIRE(std::holds_alternative<Query>(built));
    const Query& q = std::get<Query>(built);
    CHECK(q.requested == "XB");
    CHECK(q.offence == "widget-smuggling");
    CHECK(q.measures == std::vector<Measure>{Measure::extradition});
    CHECK(q.facts.person_nationality == "XB");
  }

  TEST_CASE("a case naming an unknown state is an error worded for the user") {
    Exercise e = widget_case();
    e.the_case.requesting = "Arcadiaa";
    auto built = exercise_query(e, mini());
    REQUIRE(std::holds_alternative<std::string>(built));
    CHECK(std::get<std::string>(built) ==
          "requesting state: unknown state 'Arcadiaa'; did you mean XA (Arcadia)?");
  }

  TEST_CASE("keys are recomputed from the engine's answer, one kind at a time") {
    Answer a = answer_to(widget_case());
    Question bases = question(QuestionKind::bases);
    bases.status = BasisStatus::applies;
    CHECK(engine_answer(bases, a).values == std::vector<std::string>{"alpha-convention"});
    bases.status = BasisStatus::does_not_apply;
    CHECK(engine_answer(bases, a).values == std::vector<std::string>{"old-regional"});
    CHECK(engine_answer(question(QuestionKind::basis_status, "alpha-convention"), a).values ==
          std::vector<std::string>{"applies"});
    CHECK(engine_answer(
              question(QuestionKind::condition, "alpha-convention", "convention-as-legal-basis"), a)
              .values == std::vector<std::string>{"met"});
    CHECK(engine_answer(question(QuestionKind::unmet_conditions, "old-regional"), a).values ==
          std::vector<std::string>{"penalty-at-least"});
    CHECK(engine_answer(question(QuestionKind::deciding_facts), a).values ==
          std::vector<std::string>{"reciprocity-assured"});
  }

  TEST_CASE("a question about a basis the engine does not give is a problem, not an answer") {
    Answer a = answer_to(widget_case());
    EngineAnswer e = engine_answer(question(QuestionKind::basis_status, "new-regional"), a);
    CHECK(e.values.empty());
    CHECK(e.problem == "the engine gives no basis 'new-regional' for extradition (its bases: "
                       "old-regional, alpha-convention, domestic:XB)");
    e = engine_answer(question(QuestionKind::condition, "alpha-convention", "fiscal"), a);
    CHECK(e.problem == "the basis 'alpha-convention' has no condition 'fiscal' (its conditions: "
                       "bound:XA, bound:XB, offence-in-scope, transnational, "
                       "convention-as-legal-basis, nationals)");
  }

  TEST_CASE("a typed set is split on commas, or on spaces when there are none") {
    Question q = question(QuestionKind::bases);
    CHECK(read_student_answer(q, mini(), "Alpha, domestic:xb") ==
          std::vector<std::string>{"alpha-convention", "domestic:XB"});
    CHECK(read_student_answer(q, mini(), "old-regional alpha-convention") ==
          std::vector<std::string>{"alpha-convention", "old-regional"});
    CHECK(read_student_answer(q, mini(), "none").empty());
    CHECK(read_student_answer(q, mini(), "XA-XB MLA Treaty") ==
          std::vector<std::string>{"xa-xb-mla-2011"});
  }

  TEST_CASE("typed words are read in the key's vocabulary") {
    CHECK(read_student_answer(question(QuestionKind::basis_status), mini(), " Does not apply.") ==
          std::vector<std::string>{"does-not-apply"});
    CHECK(read_student_answer(question(QuestionKind::unmet_conditions), mini(),
                              "bound:xa; Nationals") ==
          std::vector<std::string>{"bound:XA", "nationals"});
    CHECK(read_student_answer(question(QuestionKind::deciding_facts), mini(),
                              "--fact max-penalty-years=..., person_nationality") ==
          std::vector<std::string>{"max-penalty-years", "person-nationality"});
  }

  TEST_CASE("sets are graded as sets, with what is missing and what is extra") {
    Question q = question(QuestionKind::bases);
    q.key = {"alpha-convention", "old-regional"};
    Grade g = grade(q, std::vector<std::string>{"old-regional", "alpha-convention"});
    CHECK(g.correct);
    g = grade(q, std::vector<std::string>{"alpha-convention", "domestic:XB"});
    CHECK_FALSE(g.correct);
    CHECK(g.missing == std::vector<std::string>{"old-regional"});
    CHECK(g.extra == std::vector<std::string>{"domestic:XB"});
  }

  TEST_CASE("an unanswered question is not correct, and one value is not two") {
    Question q = question(QuestionKind::condition, "alpha-convention", "nationals");
    q.key = {"met"};
    CHECK_FALSE(grade(q, std::nullopt).answered);
    CHECK_FALSE(grade(q, std::nullopt).correct);
    CHECK(grade(q, std::vector<std::string>{"met"}).correct);
    CHECK_FALSE(grade(q, std::vector<std::string>{"met", "unmet"}).correct);
  }

  TEST_CASE("an authority question is answered by a choice's letter, number or text") {
    Question q = question(QuestionKind::receiving_authority);
    q.choices = {"Ministry of Justice", "Prosecutor General's Office"};
    CHECK(read_student_answer(q, mini(), "b)") ==
          std::vector<std::string>{"Prosecutor General's Office"});
    CHECK(read_student_answer(q, mini(), "1") == std::vector<std::string>{"Ministry of Justice"});
    CHECK(read_student_answer(q, mini(), " prosecutor general's office.") ==
          std::vector<std::string>{"Prosecutor General's Office"});
    CHECK(read_student_answer(q, mini(), "the police") == std::vector<std::string>{"the police"});
  }

  TEST_CASE("the route's authority is the choice it names, followed by its text or article") {
    Question q = question(QuestionKind::receiving_authority);
    q.choices = {"Ministry of Justice", "Ministry"};
    Answer a;
    a.measures.resize(1);
    a.measures[0].measure = Measure::extradition;
    a.measures[0].route.receiver.push_back(
        {"Ministry of Justice: decides on extradition.", "", true});
    CHECK(engine_answer(q, a).values == std::vector<std::string>{"Ministry of Justice"});
    a.measures[0].route.receiver[0].text =
        "Which authority receives the request is not in the data.";
    CHECK(engine_answer(q, a).problem ==
          "the route names none of the choices: it says 'Which authority receives the request "
          "is not in the data.'");
  }
}
