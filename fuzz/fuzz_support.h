// What the fuzz targets share: the test dataset, read once, and the source folder.
#pragma once

#include "data/loader.h"

#include <string>

namespace treaty::fuzz {

/// tests/data/mini of the source tree this target was built from.
inline std::string mini_dir() {
  return std::string(TREATY_SOURCE_DIR) + "/tests/data/mini";
}

/// The files of tests/data/mini, read once.
inline const DatasetSources& mini_sources() {
  static const DatasetSources sources = [] {
    Diagnostics diagnostics;
    DatasetSources s = read_sources(mini_dir(), diagnostics);
    if (!diagnostics.empty()) {
      __builtin_trap(); // the fuzz target cannot work without its dataset
    }
    return s;
  }();
  return sources;
}

/// tests/data/mini loaded, once.
inline const Dataset& mini_dataset() {
  static const Dataset data = [] {
    LoadResult loaded = load_sources(mini_sources());
    if (!loaded.ok()) {
      __builtin_trap();
    }
    return std::move(loaded.dataset);
  }();
  return data;
}

} // namespace treaty::fuzz
