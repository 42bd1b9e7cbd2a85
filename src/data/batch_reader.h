// Reading batch queries: CSV with a header row, or JSON Lines; each row parsed or rejected alone.
#pragma once

#include "core/query_input.h"

#include <string>
#include <string_view>
#include <vector>

namespace treaty {

struct BatchRow {
  size_t line = 0; // 1-based line of the row in the input
  QueryInput input;
  std::string error; // non-empty when the row itself is malformed
};

struct BatchInput {
  std::vector<BatchRow> rows;
  std::string error; // the whole input is unusable (a bad CSV header); rows is then empty
};

/// The longest input line accepted; a longer row is rejected with an error, not read.
inline constexpr size_t k_max_batch_line = 64 * 1024;

/// CSV (header `requesting,requested,offence,measure,date,facts`, `facts` as `name=value;...`)
/// or JSON Lines (objects with those keys, `facts` an object), told apart by the first
/// non-blank character. Empty cells mean the default.
BatchInput read_batch(std::string_view text);

} // namespace treaty
