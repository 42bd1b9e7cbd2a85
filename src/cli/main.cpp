// Entry point: parse the command line, run the chosen command, return its exit status.
#include "cli/commands.h"

#include <CLI/CLI.hpp>

#include <csignal>
#include <iostream>

namespace {

int run(int argc, char** argv) {
  using namespace treaty::cli;
  CLI::App app;
  GlobalOptions global;
  int status = k_exit_error;
  setup_app(app, global, status);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string what = e.what();
    fail(what + "\nRun 'treaty --help' or 'treaty COMMAND --help' for usage.");
    return k_exit_error;
  }
  return status;
}

} // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN); // a closed pipe is seen as EPIPE and ends quietly
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "treaty: error: " << e.what() << "\n";
    return 2;
  }
}
