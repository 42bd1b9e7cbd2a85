// Fuzz target: one data file's text, laid over the test dataset in memory, through the whole
// loader (bytes, YAML, keys and types, references across files), then, when the dataset is
// valid, the snapshot round trip and a query. Never a crash, a hang or unbounded memory.
#include "core/engine.h"
#include "core/query_input.h"
#include "data/snapshot.h"
#include "fuzz/fuzz_support.h"
#include "render/json_check.h"

#include <cstdint>
#include <string_view>
#include <variant>

using namespace treaty;

namespace {

/// Puts `text` where a file of its kind goes, told by its first top-level key, so that seeds
/// from any folder of a dataset land where they belong.
void place(DatasetSources& sources, std::string text) {
  auto has_key = [&text](std::string_view key) {
    return text.rfind(key, 0) == 0 || text.find("\n" + std::string(key)) != std::string::npos;
  };
  if (has_key("as_of:")) {
    sources.header = SourceFile{"data/dataset.yaml", std::move(text)};
  } else if (has_key("offences:")) {
    sources.offences = SourceFile{"data/offences.yaml", std::move(text)};
  } else if (has_key("iso2:")) {
    sources.states.push_back({"data/states/xf.yaml", std::move(text)});
  } else if (has_key("articles:") && !has_key("parties:")) {
    sources.texts.push_back({"data/texts/fuzz.yaml", std::move(text)});
  } else {
    sources.treaties.push_back({"data/treaties/fuzz.yaml", std::move(text)});
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  DatasetSources sources = fuzz::mini_sources();
  place(sources, std::string(reinterpret_cast<const char*>(bytes), size));
  LoadResult loaded = load_sources(sources);
  (void)loaded.diagnostics.format();
  if (!loaded.ok()) {
    return 0;
  }
  const Dataset& data = loaded.dataset;
  std::string snapshot = write_snapshot(data, 1);
  if (!read_snapshot(snapshot, 1)) {
    __builtin_trap(); // a valid dataset must survive its own snapshot
  }
  if (data.states.size() >= 2 && !data.offences.empty()) {
    QueryInput input{data.states[0].iso2, data.states[1].iso2, data.offences[0].id, {}, "", {}};
    auto built = build_query(input, data, Date{2020, 1, 1});
    if (const auto* query = std::get_if<Query>(&built)) {
      Answer answer = check(data, *query);
      (void)check_json(answer, data).dump();
    }
  }
  return 0;
}
