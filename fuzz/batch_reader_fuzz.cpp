// Fuzz target: batch input (CSV or JSON Lines) through the reader, then every row through the
// query resolution, the engine and the report writers on the test dataset, as `treaty batch`
// does. The reports must always be writable: no row may make the JSON writer throw.
#include "core/engine.h"
#include "core/query_input.h"
#include "data/batch_reader.h"
#include "fuzz/fuzz_support.h"
#include "render/batch.h"
#include "render/json_check.h"

#include <cstdint>

using namespace treaty;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  const Dataset& data = fuzz::mini_dataset();
  BatchInput batch = read_batch(std::string_view(reinterpret_cast<const char*>(bytes), size));
  Answer answer;
  std::string csv;
  for (const auto& row : batch.rows) {
    std::string error = row.error;
    if (error.empty()) {
      auto built = build_query(row.input, data, Date{2020, 1, 1});
      if (auto* message = std::get_if<std::string>(&built)) {
        error = *message;
      } else {
        check_into(data, std::get<Query>(built), true, answer);
        (void)check_json(answer, data).dump();
        append_batch_csv(csv, answer, row.line);
        (void)batch_rows(answer, row.line);
      }
    }
    if (!error.empty()) {
      (void)batch_error_json(row.line, error);
      (void)batch_error_row(row.input, row.line, error);
    }
  }
  return 0;
}
