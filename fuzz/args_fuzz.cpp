// Fuzz target: the command line. Builds the CLI11 app as main.cpp does (setup_app) and parses
// fuzzed arguments (one per line), stopping once parsing is complete, before any command's
// callback: the parser and the options' checks run, no command does, so nothing is read or
// written.
#include "cli/commands.h"

#include <CLI/CLI.hpp>

#include <cstdint>
#include <string>
#include <vector>

using namespace treaty::cli;

namespace {

/// Thrown where CLI11 would start running the callbacks.
struct Parsed {};

/// The app, stopped before its callbacks. (Replacing a command's callback is no way to disarm
/// it: the callback owns the command's options, which CLI11 then writes into.)
class Unarmed final : public CLI::App {
public:
  using CLI::App::App;
  void pre_callback() override { throw Parsed{}; }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  std::vector<std::string> args{"treaty"};
  std::string_view text(reinterpret_cast<const char*>(bytes), size);
  for (size_t start = 0; start <= text.size() && args.size() < 64;) {
    size_t end = text.find('\n', start);
    end = end == std::string_view::npos ? text.size() : end;
    args.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  std::vector<char*> argv;
  for (auto& a : args) {
    argv.push_back(a.data());
  }
  Unarmed app{"treaty", "treaty"};
  GlobalOptions global;
  int status = k_exit_error;
  setup_app(app, global, status);
  try {
    app.parse(static_cast<int>(argv.size()), argv.data());
  } catch (const Parsed&) {
    // A valid command line: main.cpp would now run the command.
  } catch (const CLI::ParseError&) {
    // Help, version and every usage error: what main.cpp prints and exits 0 or 2 on.
  }
  return 0;
}
