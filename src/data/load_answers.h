// Reading students' answers to an exercise (YAML or JSON) for `treaty exercise run --answers`.
#pragma once

#include "core/exercise.h"
#include "data/diagnostics.h"

#include <optional>
#include <string>
#include <vector>

namespace treaty {

/// One student's answers, as written: a text value or a list of values per question.
struct StudentAnswers {
  std::string name;
  struct Item {
    std::string question;
    std::vector<std::string> values;
    bool as_text = false; // written as one text ("uncac, untoc"), to be split
  };
  std::vector<Item> answers;
};

/// An answers file for one exercise (YAML or JSON): `exercise`, and either `answers` (one
/// student, with an optional `name`) or `students` (a list of {name, answers}).
/// Questions the exercise does not have are reported.
std::optional<std::vector<StudentAnswers>> parse_answer_sheet(const std::string& path,
                                                              const std::string& text,
                                                              const Exercise& exercise,
                                                              Diagnostics& diagnostics);

} // namespace treaty
