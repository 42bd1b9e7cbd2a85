// Building the matrix from one engine run per ordered pair.
#include "core/matrix.h"

#include "core/engine.h"

namespace treaty {

Matrix build_matrix(const Dataset& data, const std::string& offence, Measure measure, Date date,
                    const Facts& facts, const std::vector<std::string>& states) {
  Matrix m{offence, measure, date, states, {}};
  m.cells.assign(states.size(), std::vector<MatrixCell>(states.size()));
  Query q;
  Answer a; // reused from pair to pair
  q.offence = offence;
  q.measures = {measure};
  q.date = date;
  q.facts = facts;
  for (size_t r = 0; r < states.size(); ++r) {
    for (size_t c = 0; c < states.size(); ++c) {
      if (r == c) {
        continue;
      }
      q.requesting = states[r];
      q.requested = states[c];
      check_into(data, q, false, a);
      const Basis* best = nullptr;
      for (const auto& b : a.measures[0].bases) {
        if (b.status == BasisStatus::applies) {
          best = &b;
          break;
        }
        if (b.status == BasisStatus::conditional && !best) {
          best = &b;
        }
      }
      if (best) {
        m.cells[r][c] = {true, std::string(best->instrument), best->kind, best->status,
                         best->verified};
      }
    }
  }
  return m;
}

} // namespace treaty
