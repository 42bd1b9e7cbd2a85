// The compiled dataset: a compact binary form of a loaded Dataset, so a query parses no YAML.
// Built into the binary at build time for the default dataset, and cached for --data folders.
#pragma once

#include "core/model.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace treaty {

/// Bumped whenever the model or the encoding changes: an old snapshot is then rebuilt.
inline constexpr uint32_t k_snapshot_version = 12;

/// FNV-1a, 64 bits: detects changed files and damaged snapshots (not a security hash).
uint64_t fnv1a(std::string_view bytes, uint64_t seed = 1469598103934665603ull);

/// Serializes `data` with a header (magic, version, `content_key`, payload checksum).
std::string write_snapshot(const Dataset& data, uint64_t content_key);

/// Reads a snapshot; nullopt when the magic, version, key (unless `expected_key` is 0), length
/// or checksum do not match, or the payload is malformed. Never trusts a damaged snapshot.
std::optional<Dataset> read_snapshot(std::string_view bytes, uint64_t expected_key = 0);

/// The key of a dataset folder's content: every .yaml file's relative path and bytes. Reading
/// the files is the whole cost (what `cat` costs). nullopt when the folder cannot be read.
std::optional<uint64_t> content_key(const std::filesystem::path& dir);

} // namespace treaty
