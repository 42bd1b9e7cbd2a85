// Unit tests for reading exercises and answer files: what is accepted, and every error whole.
#include "data/load_answers.h"
#include "data/load_exercises.h"

#include <doctest/doctest.h>

using namespace treaty;

namespace {

const char* k_good = R"yaml(id: widgets
title: "Widgets from Borduria"
topics: [declarations]
case:
  requesting: "XA"
  requested: "XB"
  offence: widget-smuggling
  stage: pre-trial
  date: "2013-01-01"
  facts:
    transnational: "yes"
    person-nationality: "XB"
  story: "A widget ring."
questions:
  - id: applies
    ask: "Which bases apply?"
    kind: bases
    measure: extradition
    status: applies
    answer: [old-regional, alpha-convention]
    articles: ["Alpha art. 6(5)"]
  - id: basis
    ask: "Does Alpha apply?"
    kind: condition
    measure: extradition
    basis: alpha-convention
    condition: convention-as-legal-basis
    answer: met
    articles: ["Alpha art. 6(5)"]
)yaml";

std::string errors_of(const std::string& text) {
  Diagnostics d;
  auto e = parse_exercise("exercises/widgets.yaml", text, d);
  CHECK_FALSE(e);
  return d.format();
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

Exercise good() {
  Diagnostics d;
  auto e = parse_exercise("exercises/widgets.yaml", k_good, d);
  REQUIRE_MESSAGE(e, d.format());
  return *e;
}

} // namespace

TEST_SUITE("load exercises") {
  TEST_CASE("reads the case, the questions and sorted set keys with their positions") {
    Exercise e = good();
    CHECK(e.id == "widgets");
    CHECK(e.the_case.facts ==
          std::vector<std::string>{"transnational=yes", "person-nationality=XB"});
    REQUIRE(e.questions.size() == 2);
    CHECK(e.questions[0].key == std::vector<std::string>{"alpha-convention", "old-regional"});
    CHECK(e.questions[0].key_at.line == 20);
    CHECK(e.questions[0].key_at.column == 13);
    CHECK(e.questions[1].kind == QuestionKind::condition);
    CHECK(e.questions[1].key == std::vector<std::string>{"met"});
  }

  TEST_CASE("rejects an unknown question kind and lists the kinds") {
    CHECK(errors_of(replaced(k_good, "kind: bases", "kind: base")) ==
          "exercises/widgets.yaml:17:11: error: unknown question kind 'base'\n"
          "    kind: base\n"
          "          ^\n"
          "note: kinds: bases, basis-status, condition, unmet-conditions, deciding-facts, "
          "receiving-authority, sending-authority\n");
  }

  TEST_CASE("rejects a key that is not a status word, and a set key that is not a list") {
    CHECK(errors_of(replaced(k_good, "answer: met", "answer: yes")) ==
          "exercises/widgets.yaml:28:13: error: the answer to a 'condition' question must be "
          "one of: met, unmet, unknown\n"
          "    answer: yes\n"
          "            ^\n");
    CHECK(errors_of(replaced(k_good, "answer: [old-regional, alpha-convention]",
                             "answer: old-regional")) ==
          "exercises/widgets.yaml:20:13: error: the answer to a 'bases' question must be a list "
          "([] for none)\n"
          "    answer: old-regional\n"
          "            ^\n");
  }

  TEST_CASE("a key that has no meaning for the kind is an error, and so is a missing one") {
    CHECK(errors_of(replaced(k_good, "    status: applies\n", "    basis: untoc\n")) ==
          "exercises/widgets.yaml:15:5: error: a 'bases' question needs 'status'\n"
          "  - id: applies\n"
          "    ^\n"
          "exercises/widgets.yaml:19:12: error: 'basis' has no meaning in a 'bases' question\n"
          "    basis: untoc\n"
          "           ^\n");
  }

  TEST_CASE("rejects an unknown fact, a bad fact value, a bad stage and a bad date") {
    std::string text = replaced(k_good, "transnational: \"yes\"", "transnational: \"maybe\"");
    text = replaced(text, "person-nationality", "nationality");
    text = replaced(text, "stage: pre-trial", "stage: appeal");
    text = replaced(text, "\"2013-01-01\"", "\"2013-02-30\"");
    CHECK(errors_of(text) ==
          "exercises/widgets.yaml:8:10: error: unknown stage 'appeal'\n"
          "  stage: appeal\n"
          "         ^\n"
          "note: stages: pre-trial, trial, enforcement\n"
          "exercises/widgets.yaml:9:9: error: 'date': 2013-02-30 is not a date: February 2013 "
          "has 28 days\n"
          "  date: \"2013-02-30\"\n"
          "        ^\n"
          "exercises/widgets.yaml:11:20: error: fact 'transnational' takes yes or no, not 'maybe'\n"
          "    transnational: \"maybe\"\n"
          "                   ^\n"
          "exercises/widgets.yaml:12:5: error: unknown fact 'nationality'\n"
          "    nationality: \"XB\"\n"
          "    ^\n"
          "note: facts: organized-criminal-group, transnational, person-nationality, "
          "max-penalty-years, death-penalty, political, fiscal, offence-date, dual-criminality, "
          "drug-related, reciprocity-assured\n");
  }

  TEST_CASE("the id must match the file name, and question ids must be unique") {
    std::string text = replaced(k_good, "id: widgets", "id: gadgets");
    text = replaced(text, "id: basis", "id: applies");
    CHECK(errors_of(text) ==
          "exercises/widgets.yaml:1:5: error: exercise id 'gadgets' does not match the file "
          "name 'widgets.yaml'\n"
          "id: gadgets\n"
          "    ^\n"
          "exercises/widgets.yaml:22:9: error: question 'applies' is defined twice\n"
          "  - id: applies\n"
          "        ^\n");
  }

  TEST_CASE("reads one student's answers, as text or as a list, in YAML or JSON") {
    Exercise e = good();
    Diagnostics d;
    auto sheet = parse_answer_sheet("a.json", R"json({"exercise": "widgets", "name": "Ann",
           "answers": {"applies": ["alpha-convention"], "basis": "met"}})json",
                                    e, d);
    REQUIRE_MESSAGE(sheet, d.format());
    REQUIRE(sheet->size() == 1);
    CHECK(sheet->at(0).name == "Ann");
    REQUIRE(sheet->at(0).answers.size() == 2);
    CHECK_FALSE(sheet->at(0).answers[0].as_text);
    CHECK(sheet->at(0).answers[1].as_text);
    CHECK(sheet->at(0).answers[1].values == std::vector<std::string>{"met"});
  }

  TEST_CASE("an answers file for another exercise, or for a question it lacks, is refused") {
    Exercise e = good();
    Diagnostics d;
    auto sheet = parse_answer_sheet("a.yaml",
                                    "exercise: gadgets\n"
                                    "students:\n"
                                    "  - name: Ann\n"
                                    "    answers:\n"
                                    "      q9: met\n",
                                    e, d);
    CHECK_FALSE(sheet);
    CHECK(d.format() == "a.yaml:1:11: error: these answers are for exercise 'gadgets', not "
                        "'widgets'\n"
                        "exercise: gadgets\n"
                        "          ^\n"
                        "a.yaml:5:7: error: exercise 'widgets' has no question 'q9'\n"
                        "      q9: met\n"
                        "      ^\n"
                        "note: questions: applies, basis\n");
  }

  TEST_CASE("an authority question needs choices, and its key must be one of them") {
    std::string text = std::string(k_good) + R"yaml(  - id: who
    ask: "Who receives it?"
    kind: receiving-authority
    measure: mla
    choices: ["Ministry of Justice", "Prosecutor's Office"]
    answer: "Police"
    articles: ["Code s. 1"]
)yaml";
    CHECK(errors_of(text) ==
          "exercises/widgets.yaml:35:13: error: the answer to a 'receiving-authority' question "
          "must be one of: Ministry of Justice, Prosecutor's Office\n"
          "    answer: \"Police\"\n"
          "            ^\n");
  }
}
