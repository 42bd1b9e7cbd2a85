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

} // namespace treaty
