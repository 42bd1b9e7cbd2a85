// Entry point: parse the command line, run the chosen command, return its exit status.
#include "cli/commands.h"

#include <CLI/CLI.hpp>

#include <csignal>
#include <iostream>

namespace {

int run(int argc, char** argv) {
  using namespace treaty::cli;
  CLI::App app{"treaty: which treaties and national rules let one state ask another for "
               "extradition, mutual legal assistance, transfer of proceedings or prisoners, "
               "confiscation or a joint investigation team, on what conditions.",
               "treaty"};
  app.set_version_flag("--version", std::string("treaty ") + TREATY_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  app.footer("Exit status: 0 a basis applies or is conditional (or the command succeeded), "
             "1 no basis applies, 2 bad input or bad data.\nSee man treaty for the data, the "
             "facts and the JSON schemas.");

  GlobalOptions global;
  app.add_option("--data", global.data_dir,
                 "Dataset folder (default: $TREATY_DATA, else the built-in dataset)")
      ->type_name("DIR");

  int status = k_exit_error;
  setup_check(app, global, status);
  setup_validate(app, global, status);
  setup_list(app, global, status);
  setup_batch(app, global, status);
  setup_matrix(app, global, status);
  setup_reference(app, global, status);
  setup_show(app, global, status);
  setup_exercise(app, global, status);

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
