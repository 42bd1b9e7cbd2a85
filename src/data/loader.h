// Loading a dataset directory into the model, strictly: all errors of all files in one run.
#pragma once

#include "core/model.h"
#include "data/diagnostics.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace treaty {

/// Limits on what a dataset folder may hold: past them the loader reports an error and reads no
/// further, so a runaway folder or file cannot exhaust memory.
inline constexpr size_t k_max_data_file_bytes = 4 * 1024 * 1024;
inline constexpr size_t k_max_dataset_bytes = 64 * 1024 * 1024;
inline constexpr size_t k_max_data_files = 10'000;

struct LoadResult {
  Dataset dataset;
  Diagnostics diagnostics;
  size_t files = 0; // YAML files read

  bool ok() const { return diagnostics.empty(); }
};

/// One data file's text and the path its diagnostics name.
struct SourceFile {
  std::string path;
  std::string text;
};

/// A dataset's files already read: each absent one has been reported by whoever read them.
struct DatasetSources {
  std::optional<SourceFile> header;   // dataset.yaml
  std::optional<SourceFile> offences; // offences.yaml
  std::vector<SourceFile> treaties;   // treaties/<id>.yaml, in name order
  std::vector<SourceFile> states;     // states/<iso2>.yaml, in name order
  std::vector<SourceFile> texts;      // texts/<id>.yaml (optional folder), in name order
  bool truncated = false; // a limit stopped the reading: these are not the whole dataset
};

/// Reads `dir`/dataset.yaml, offences.yaml, treaties/*.yaml and states/*.yaml, checks every
/// reference across files, and derives per-party entry-into-force dates. A folder that is
/// missing, empty, unreadable or a file, a symbolic link loop, a file that is not a regular file,
/// and the limits above are diagnostics too.
LoadResult load_dataset(const std::filesystem::path& dir);

/// The reading half of `load_dataset`: every file's text, within the limits above; what cannot
/// be read is reported in `diagnostics`. Past a limit it reads nothing more (`truncated`).
DatasetSources read_sources(const std::filesystem::path& dir, Diagnostics& diagnostics);

/// The parsing half of `load_dataset`, which does no I/O (the fuzzers call it): parses and
/// checks files already in memory, after the `diagnostics` of reading them.
LoadResult load_sources(const DatasetSources& sources, Diagnostics diagnostics = {});

} // namespace treaty
