// Exercises as text and JSON: the list, a case with its questions, feedback and grade reports.
#pragma once

#include "core/exercise.h"
#include "core/model.h"
#include "core/verdict.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace treaty {

/// One line per exercise: id, number of questions, title.
std::string render_exercise_list(const std::vector<Exercise>& exercises);

/// The case: states and offence by name when `data` knows them, date, stage, facts, story.
std::string render_exercise_case(const Exercise& exercise, const Dataset& data);
/// The case and every question, without the answers (`treaty exercise show`).
std::string render_exercise_show(const Exercise& exercise, const Dataset& data);
/// One question as put to the students: "2. ASK", what it is about, and how to answer.
std::string render_question(const Exercise& exercise, size_t index);

/// Feedback on one answer: right or wrong, the key, the engine's reasons with their sources,
/// the provisions that justify the key and the instructor's explanation.
std::string render_feedback(const Question& question, const Grade& grade, const Answer& answer);

/// One student's graded answers, in a class report.
struct StudentGrade {
  std::string name;
  std::vector<Grade> grades; // parallel to the exercise's questions
  size_t score() const;
};

/// The class report: a score per student and feedback per question.
std::string render_grades_text(const Exercise& exercise, const std::vector<StudentGrade>& students,
                               const Answer& answer);
/// JSON schema "treaty/exercise-grades/1".
nlohmann::ordered_json render_grades_json(const Exercise& exercise,
                                          const std::vector<StudentGrade>& students);

/// The closing line of an interactive run: "Score: 3 of 4."
std::string render_score(size_t score, size_t out_of);

} // namespace treaty
