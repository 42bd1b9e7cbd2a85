// The commands: each registers its options on the CLI11 app and runs when chosen.
#pragma once

#include "cli/common.h"

namespace CLI {
class App;
}

namespace treaty::cli {

/// The program: its description, `--version`, `--data` and every command below. `status` is
/// the exit status the chosen command's callback stores.
void setup_app(CLI::App& app, GlobalOptions& global, int& status);

/// Each setup adds a subcommand whose callback stores its exit status in `status`.
void setup_check(CLI::App& app, const GlobalOptions& global, int& status);
void setup_validate(CLI::App& app, const GlobalOptions& global, int& status);
void setup_list(CLI::App& app, const GlobalOptions& global, int& status);
void setup_batch(CLI::App& app, const GlobalOptions& global, int& status);
void setup_matrix(CLI::App& app, const GlobalOptions& global, int& status);
/// parties, state and diff
void setup_reference(CLI::App& app, const GlobalOptions& global, int& status);
/// show and search
void setup_show(CLI::App& app, const GlobalOptions& global, int& status);
/// exercise list|show|run|verify
void setup_exercise(CLI::App& app, const GlobalOptions& global, int& status);

} // namespace treaty::cli
