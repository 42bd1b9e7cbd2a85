// The whole command line: the program's description, global options and every command.
#include "cli/commands.h"

#include <CLI/CLI.hpp>

namespace treaty::cli {

void setup_app(CLI::App& app, GlobalOptions& global, int& status) {
  app.name("treaty");
  app.description("treaty: which treaties and national rules let one state ask another for "
                  "extradition, mutual legal assistance, transfer of proceedings or prisoners, "
                  "confiscation or a joint investigation team, on what conditions.");
  app.set_version_flag("--version", std::string("treaty ") + TREATY_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  app.footer("Exit status: 0 a basis applies or is conditional (or the command succeeded), "
             "1 no basis applies, 2 bad input or bad data.\nSee man treaty for the data, the "
             "facts and the JSON schemas.");
  app.add_option("--data", global.data_dir,
                 "Dataset folder (default: $TREATY_DATA, else the built-in dataset)")
      ->type_name("DIR");

  setup_check(app, global, status);
  setup_validate(app, global, status);
  setup_list(app, global, status);
  setup_batch(app, global, status);
  setup_matrix(app, global, status);
  setup_reference(app, global, status);
  setup_show(app, global, status);
  setup_exercise(app, global, status);
}

} // namespace treaty::cli
