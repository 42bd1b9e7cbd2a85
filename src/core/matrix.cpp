// Building the matrix from one engine run per ordered pair.
#include "core/matrix.h"

#include "core/engine.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace treaty {

namespace {

/// The most specific basis that applies, else the most specific conditional one.
MatrixCell best_cell(const Answer& a) {
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
  if (!best) {
    return {};
  }
  return {true, std::string(best->instrument), best->kind, best->status, best->verified};
}

} // namespace

Matrix build_matrix(const Dataset& data, const std::string& offence, Measure measure, Date date,
                    const Facts& facts, const std::vector<std::string>& states, size_t jobs) {
  Matrix m{offence, measure, date, states, {}};
  m.cells.assign(states.size(), std::vector<MatrixCell>(states.size()));
  // Rows are shared out among the threads; each writes only its own rows' cells.
  std::atomic<size_t> next{0};
  auto work = [&] {
    Query q;
    Answer a; // reused from pair to pair
    q.offence = offence;
    q.measures = {measure};
    q.date = date;
    q.facts = facts;
    for (size_t r = next++; r < states.size(); r = next++) {
      for (size_t c = 0; c < states.size(); ++c) {
        if (r == c) {
          continue;
        }
        q.requesting = states[r];
        q.requested = states[c];
        check_into(data, q, false, a);
        m.cells[r][c] = best_cell(a);
      }
    }
  };
  std::vector<std::thread> helpers;
  for (size_t t = 1; t < std::clamp<size_t>(jobs, 1, std::max<size_t>(states.size(), 1)); ++t) {
    helpers.emplace_back(work);
  }
  work();
  for (auto& t : helpers) {
    t.join();
  }
  return m;
}

} // namespace treaty
