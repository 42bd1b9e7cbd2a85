// Reading exercises (data/exercises/*.yaml) and students' answer files, strictly.
#pragma once

#include "core/exercise.h"
#include "data/diagnostics.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace treaty {

struct ExerciseSet {
  std::vector<Exercise> exercises; // in file-name order
  Diagnostics diagnostics;

  bool ok() const { return diagnostics.empty(); }
  const Exercise* find(std::string_view id) const;
};

/// Reads every `*.yaml` in `dir`; each file holds one exercise whose id is the file name.
/// Every problem of every file is a diagnostic with its position.
ExerciseSet load_exercises(const std::filesystem::path& dir);

/// One exercise from its text; nullopt (with diagnostics) when it is not usable.
std::optional<Exercise> parse_exercise(const std::string& path, const std::string& text,
                                       Diagnostics& diagnostics);

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
