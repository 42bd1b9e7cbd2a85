// What every command shares: where the data is, loading it, printing, errors and exit statuses.
#pragma once

#include "core/date.h"
#include "core/model.h"
#include "data/loader.h"

#include <filesystem>
#include <optional>
#include <string>

namespace treaty::cli {

/// Exit statuses, as grep and ripgrep use them.
inline constexpr int k_exit_found = 0;
inline constexpr int k_exit_not_found = 1;
inline constexpr int k_exit_error = 2;

struct GlobalOptions {
  std::string data_dir; // --data; empty means TREATY_DATA, then the built-in default
};

/// --data, else $TREATY_DATA, else the dataset the binary was built with.
std::filesystem::path data_dir(const GlobalOptions& options);

/// Loads the dataset: the compiled one built into the binary when neither --data nor
/// TREATY_DATA names a folder; otherwise the folder's cached snapshot when its content is
/// unchanged, else its YAML (and the snapshot is cached for next time). `yaml_only` always reads
/// the YAML (validate). On any data error prints every diagnostic and returns nullopt.
std::optional<LoadResult> load(const GlobalOptions& options, bool yaml_only = false);

/// Prints "treaty: error: MESSAGE" to stderr and returns k_exit_error.
int fail(const std::string& message);
/// Prints "treaty: warning: MESSAGE" to stderr.
void warn(const std::string& message);

/// Writes to stdout; a closed pipe ends the program quietly with status 0.
void out(const std::string& text);

/// Colour only when stdout is a terminal and NO_COLOR is not set.
bool colour_wanted();

/// Today's date in the local time zone.
Date today();

/// Parses --date (or today when empty); on error prints it and returns nullopt.
std::optional<Date> query_date(const std::string& typed);

} // namespace treaty::cli
