// The datasets of the unit tests, each loaded once (see test_datasets.h).
#include "data/test_datasets.h"

#include <doctest/doctest.h>

#include <string>

namespace treaty::testing {

const LoadResult& shipped_load() {
  static const LoadResult loaded = load_dataset(std::string(TREATY_SOURCE_DIR) + "/data");
  return loaded;
}

const Dataset& shipped() {
  INFO(shipped_load().diagnostics.format());
  REQUIRE(shipped_load().ok());
  return shipped_load().dataset;
}

const Dataset& mini() {
  static const LoadResult loaded =
      load_dataset(std::string(TREATY_SOURCE_DIR) + "/tests/data/mini");
  INFO(loaded.diagnostics.format());
  REQUIRE(loaded.ok());
  return loaded.dataset;
}

} // namespace treaty::testing
