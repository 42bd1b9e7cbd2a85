// `treaty validate`: load the whole dataset strictly and report every error.
#include "cli/commands.h"

#include "core/parties.h"

#include <CLI/CLI.hpp>

namespace treaty::cli {

void setup_validate(CLI::App& app, const GlobalOptions& global, int& status) {
  CLI::App* cmd = app.add_subcommand(
      "validate", "Check every file of the dataset: syntax, keys, types, dates, references "
                  "across files and the instruments' own entry-into-force rules. Prints every "
                  "error as path:line:column with the line and a caret.");
  cmd->footer("Exit status: 0 the dataset is valid, 2 it has errors.");
  cmd->callback([&global, &status] {
    auto loaded = load(global, true);
    if (!loaded) {
      status = k_exit_error;
      return;
    }
    const Dataset& d = loaded->dataset;
    size_t parties = 0;
    size_t unverified = 0;
    for (const auto& i : d.instruments) {
      parties += i.parties.size();
      for (const auto& p : i.parties) {
        unverified += p.provenance.verified ? 0 : 1;
      }
    }
    out(data_dir(global).string() + ": valid: " + std::to_string(loaded->files) + " files, " +
        std::to_string(d.instruments.size()) + " instruments, " + std::to_string(d.states.size()) +
        " states, " + std::to_string(d.offences.size()) + " offences, " + std::to_string(parties) +
        " party rows (" + std::to_string(unverified) + " unverified)\n");
    // The depositary's published totals against the rows: a gap is work left, said plainly.
    for (const auto& i : d.instruments) {
      if (!i.parties_total) {
        continue;
      }
      size_t counted = parties_counted(i, i.parties_total->as_of);
      if (counted != static_cast<size_t>(i.parties_total->count)) {
        out("note: " + i.id + ": " + std::to_string(counted) +
            " parties in the data, the depositary counted " +
            std::to_string(i.parties_total->count) + " on " + i.parties_total->as_of.str() +
            "\n");
      }
    }
    status = k_exit_found;
  });
}

} // namespace treaty::cli
