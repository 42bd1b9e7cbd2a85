// Loading a dataset directory into the model, strictly: all errors of all files in one run.
#pragma once

#include "core/model.h"
#include "data/diagnostics.h"

#include <filesystem>

namespace treaty {

struct LoadResult {
  Dataset dataset;
  Diagnostics diagnostics;
  size_t files = 0; // YAML files read

  bool ok() const { return diagnostics.empty(); }
};

/// Reads `dir`/dataset.yaml, offences.yaml, treaties/*.yaml and states/*.yaml, checks every
/// reference across files, and derives per-party entry-into-force dates.
LoadResult load_dataset(const std::filesystem::path& dir);

} // namespace treaty
