// Shared command plumbing: dataset location and loading, stdout and stderr, dates.
#include "cli/common.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <unistd.h>

namespace treaty::cli {

std::filesystem::path data_dir(const GlobalOptions& options) {
  if (!options.data_dir.empty()) {
    return options.data_dir;
  }
  if (const char* env = std::getenv("TREATY_DATA"); env && *env) {
    return env;
  }
  return TREATY_DEFAULT_DATA;
}

std::optional<LoadResult> load(const GlobalOptions& options) {
  LoadResult result = load_dataset(data_dir(options));
  if (!result.ok()) {
    std::cerr << result.diagnostics.format();
    size_t n = result.diagnostics.size();
    fail("the dataset in '" + data_dir(options).string() + "' has " + std::to_string(n) +
         (n == 1 ? " error" : " errors"));
    return std::nullopt;
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
