// Exercises for teaching: a case, questions about the engine's answer, and their answer keys.
// Pure: a key is compared with what `check` answers, and a student's answer with the key.
#pragma once

#include "core/date.h"
#include "core/model.h"
#include "core/verdict.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace treaty {

/// What a question asks about the answer to the case, for one measure.
enum class QuestionKind {
  bases,               // the set of bases with a given status (applies, conditional, ...)
  basis_status,        // the status of one basis
  condition,           // the status of one condition of one basis (met, unmet, unknown)
  unmet_conditions,    // the set of conditions of one basis that are unmet: what decides a refusal
  deciding_facts,      // the set of facts that would decide the measure's conditional bases
  receiving_authority, // which of the choices receives the request (the route)
  sending_authority    // which of the choices sends it, at the case's stage (the route)
};
std::string_view question_kind_id(QuestionKind k);
std::optional<QuestionKind> parse_question_kind(std::string_view id);
/// True for the kinds whose answer is a set of ids (bases, unmet-conditions, deciding-facts).
bool answers_a_set(QuestionKind k);
/// True for the kinds answered by picking one of the question's choices (the authorities).
bool answers_a_choice(QuestionKind k);

std::optional<BasisStatus> parse_basis_status(std::string_view id);
std::optional<ConditionStatus> parse_condition_status(std::string_view id);

/// The stages of proceedings a case may be at (who sends the request depends on it).
inline constexpr std::array<std::string_view, 3> k_stages = {"pre-trial", "trial", "enforcement"};

/// A position in the exercise file, for messages about a key (1-based; 0 when unknown).
struct Position {
  int line = 0;
  int column = 0;
};

struct ExerciseCase {
  std::string requesting; // as typed in the file: a code or a name
  std::string requested;
  std::string offence;
  std::string stage = "pre-trial";
  Date date;
  std::vector<std::string> facts; // NAME=VALUE, in the file's order
  std::string story;              // the case as told to the students
};

struct Question {
  std::string id;
  std::string ask; // the question as put to the students
  QuestionKind kind = QuestionKind::bases;
  Measure measure = Measure::extradition;
  BasisStatus status = BasisStatus::applies; // kind bases: which status the set is of
  std::string basis;                         // basis_status, condition, unmet_conditions
  std::string condition;                     // condition: the condition id (bound:KZ, nationals)
  std::vector<std::string> choices;          // the authority kinds: the names to choose from
  std::vector<std::string> key;              // the expected answer: one value, or a sorted set
  std::vector<std::string> articles;         // the provisions that justify the answer
  std::string explanation;                   // the instructor's explanation, shown after answering
  Position key_at;
};

struct Exercise {
  std::string id;
  std::string title;
  std::vector<std::string> topics;
  ExerciseCase the_case;
  std::vector<Question> questions;
  std::string path; // the file it was read from
  Position case_at;
};

/// The engine's query for the case, or an error worded for the user (unknown state, offence,
/// fact). Asks for every measure the questions name, in the engine's order.
std::variant<Query, std::string> exercise_query(const Exercise& exercise, const Dataset& data);

/// What the engine answers to one question: the value, or the sorted set of values. `problem`
/// is set when the question does not fit the answer (no such basis or condition).
struct EngineAnswer {
  std::vector<std::string> values;
  std::string problem;
};
EngineAnswer engine_answer(const Question& question, const Answer& answer);

/// Reads what a student typed (a single value, or a set separated by commas, spaces or
/// semicolons; "none" or "-" for the empty set) into the key's vocabulary: ids are lower-cased,
/// instrument short names ("UNTOC") become ids, "does not apply" becomes "does-not-apply", and a
/// choice's letter ("b") or its text in any case becomes the choice.
std::vector<std::string> read_student_answer(const Question& question, const Dataset& data,
                                             std::string_view typed);
/// The same for values already split (a list in an answers file).
std::vector<std::string> normalize_answer(const Question& question, const Dataset& data,
                                          const std::vector<std::string>& given);

/// A student's answer against the key.
struct Grade {
  bool answered = false;
  bool correct = false;
  std::vector<std::string> given;
  std::vector<std::string> missing; // in the key, not in the answer (sets)
  std::vector<std::string> extra;   // in the answer, not in the key (sets)
};
/// `given` nullopt: the question was not answered. Sets are compared as sets.
Grade grade(const Question& question, const std::optional<std::vector<std::string>>& given);

/// The items of `a` not in `b`; both sorted.
std::vector<std::string> set_difference(const std::vector<std::string>& a,
                                        const std::vector<std::string>& b);

} // namespace treaty
