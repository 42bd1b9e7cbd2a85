// The matrix report: for every ordered pair of states, the most specific basis for one measure.
#pragma once

#include "core/verdict.h"

#include <string>
#include <vector>

namespace treaty {

struct MatrixCell {
  bool found = false;     // false: no basis applies or is conditional
  std::string instrument; // the most specific basis that applies, else the most specific
  BasisKind kind = BasisKind::domestic; // conditional one
  BasisStatus status = BasisStatus::does_not_apply;
  bool verified = true;
};

struct Matrix {
  std::string offence;
  Measure measure = Measure::mla;
  Date date;
  std::vector<std::string> states;            // ISO alpha-2, rows and columns in this order
  std::vector<std::vector<MatrixCell>> cells; // [requesting][requested]; the diagonal is empty
};

/// Runs the engine for every ordered pair of `states` (which must exist in `data`), with `jobs`
/// threads sharing out the rows (the result does not depend on it).
Matrix build_matrix(const Dataset& data, const std::string& offence, Measure measure, Date date,
                    const Facts& facts, const std::vector<std::string>& states,
                    size_t jobs = 1);

} // namespace treaty
