// Shared command plumbing: dataset location and loading, stdout and stderr, dates.
#include "cli/common.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>
#include <utility>
#include <vector>

#include "data/snapshot.h"
#include <unistd.h>

namespace treaty::cli {

std::filesystem::path data_dir(const GlobalOptions& options) {
  if (!options.data_dir.empty()) {
    return options.data_dir;
  }
  if (const char* env = std::getenv("TREATY_DATA"); env && *env) {
    return env;
  }
  // The source tree it was built from, else the copy `cmake --install` puts beside the binary
  // (PREFIX/bin/treaty reads PREFIX/share/treaty/data), e.g. once the build tree is gone.
  std::error_code ec;
  std::filesystem::path built(TREATY_DEFAULT_DATA);
  if (std::filesystem::is_directory(built, ec)) {
    return built;
  }
  std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    std::filesystem::path installed = self.parent_path().parent_path() / "share/treaty/data";
    if (std::filesystem::is_directory(installed, ec)) {
      return installed;
    }
  }
  return built;
}

namespace {

extern "C" const char treaty_embedded_snapshot[];
extern "C" const char treaty_embedded_snapshot_end[];

bool data_named(const GlobalOptions& options) {
  const char* env = std::getenv("TREATY_DATA");
  return !options.data_dir.empty() || (env && *env);
}

/// $XDG_CACHE_HOME/treaty, else ~/.cache/treaty; empty when neither is known.
std::filesystem::path cache_dir() {
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg == '/') {
    return std::filesystem::path(xdg) / "treaty";
  }
  if (const char* home = std::getenv("HOME"); home && *home == '/') {
    return std::filesystem::path(home) / ".cache" / "treaty";
  }
  return {};
}

std::optional<Dataset> read_cached(const std::filesystem::path& path, uint64_t key) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return std::nullopt;
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return read_snapshot(bytes.str(), key);
}

/// The compiled folders kept in the cache: the most recently written ones.
constexpr size_t k_cache_keep = 8;

/// Removes all but the k_cache_keep newest snapshots in `dir` (old datasets, earlier versions of
/// an edited folder). A file that cannot be removed is left.
void prune_cache(const std::filesystem::path& dir) {
  std::error_code ec;
  std::vector<std::pair<std::filesystem::file_time_type, std::filesystem::path>> snapshots;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".snapshot" && entry.is_regular_file(ec)) {
      snapshots.emplace_back(entry.last_write_time(ec), entry.path());
    }
  }
  if (snapshots.size() <= k_cache_keep) {
    return;
  }
  std::sort(snapshots.begin(), snapshots.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t i = k_cache_keep; i < snapshots.size(); ++i) {
    std::filesystem::remove(snapshots[i].second, ec);
  }
}

/// Writes the cache atomically; a cache that cannot be written is simply not written.
void write_cached(const std::filesystem::path& path, const Dataset& data, uint64_t key) {
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  std::string temporary = path.string() + ".tmp-" + std::to_string(getpid());
  {
    std::ofstream out(temporary, std::ios::binary);
    std::string bytes = write_snapshot(data, key);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
      std::filesystem::remove(temporary, ec);
      return;
    }
  }
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    std::filesystem::remove(temporary, ec);
    return;
  }
  prune_cache(path.parent_path());
}

} // namespace

std::optional<LoadResult> load(const GlobalOptions& options, bool yaml_only) {
  if (!yaml_only && !data_named(options)) {
    std::string_view bytes(
        treaty_embedded_snapshot,
        static_cast<size_t>(treaty_embedded_snapshot_end - treaty_embedded_snapshot));
    if (auto data = read_snapshot(bytes)) {
      LoadResult result;
      result.dataset = std::move(*data);
      return result;
    }
    // A damaged binary: fall back to the YAML it was built from.
  }
  std::filesystem::path dir = data_dir(options);
  std::optional<uint64_t> key;
  std::filesystem::path cached;
  if (!yaml_only && (key = content_key(dir)) && !cache_dir().empty()) {
    char name[32];
    std::snprintf(name, sizeof name, "%016llx.snapshot", static_cast<unsigned long long>(*key));
    cached = cache_dir() / name;
    if (auto data = read_cached(cached, *key)) {
      LoadResult result;
      result.dataset = std::move(*data);
      return result;
    }
  }
  LoadResult result = load_dataset(dir);
  if (!result.ok()) {
    std::cerr << result.diagnostics.format();
    size_t n = result.diagnostics.size();
    fail("the dataset in '" + data_dir(options).string() + "' has " + std::to_string(n) +
         (n == 1 ? " error" : " errors"));
    return std::nullopt;
  }
  if (!cached.empty()) {
    write_cached(cached, result.dataset, *key);
  }
  return result;
}

int fail(const std::string& message) {
  std::cerr << "treaty: error: " << message << "\n";
  return k_exit_error;
}

void warn(const std::string& message) {
  std::cerr << "treaty: warning: " << message << "\n";
}

void out(const std::string& text) {
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0) {
    if (errno == EPIPE) {
      std::_Exit(0);
    }
    std::cerr << "treaty: error: cannot write the output\n";
    std::_Exit(k_exit_error);
  }
}

bool colour_wanted() {
  const char* no_colour = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) && !(no_colour && *no_colour);
}

Date today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

std::optional<Date> query_date(const std::string& typed) {
  if (typed.empty()) {
    return today();
  }
  std::string error;
  auto d = Date::parse(typed, &error);
  if (!d) {
    fail("--date: " + error);
  }
  return d;
}

} // namespace treaty::cli
