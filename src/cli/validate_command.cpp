// `treaty validate`: load the whole dataset strictly and report every error; with --coverage,
// how far each instrument's party list goes.
#include "cli/commands.h"

#include "core/parties.h"
#include "render/lists.h"

#include <CLI/CLI.hpp>

#include <memory>

namespace treaty::cli {

namespace {

struct ValidateOptions {
  bool coverage = false;
  std::string format = "text";
};

/// The summary line, then a note for each instrument whose rows do not reach the depositary's
/// published total: a gap is work left, said plainly.
void print_summary(const LoadResult& loaded, const GlobalOptions& global) {
  const Dataset& d = loaded.dataset;
  size_t parties = 0;
  size_t unverified = 0;
  for (const auto& i : d.instruments) {
    parties += i.parties.size();
    for (const auto& p : i.parties) {
      unverified += p.provenance.verified ? 0 : 1;
    }
  }
  out(data_dir(global).string() + ": valid: " + std::to_string(loaded.files) + " files, " +
      std::to_string(d.instruments.size()) + " instruments, " + std::to_string(d.states.size()) +
      " states, " + std::to_string(d.offences.size()) + " offences, " + std::to_string(parties) +
      " party rows (" + std::to_string(unverified) + " unverified)\n");
  for (const auto& i : d.instruments) {
    if (!i.parties_total) {
      continue;
    }
    size_t counted = parties_counted(i, i.parties_total->as_of);
    if (counted != static_cast<size_t>(i.parties_total->count)) {
      out("note: " + i.id + ": " + std::to_string(counted) + " parties in the data, " +
          total_phrase(*i.parties_total) + "\n");
    }
  }
}

int run_validate(const ValidateOptions& o, const GlobalOptions& global) {
  auto loaded = load(global, true);
  if (!loaded) {
    return k_exit_error;
  }
  if (!o.coverage) {
    print_summary(*loaded, global);
    return k_exit_found;
  }
  auto coverage = coverage_of(loaded->dataset);
  out(o.format == "json"  ? render_coverage_json(coverage)
      : o.format == "csv" ? render_coverage_csv(coverage)
                          : render_coverage_text(coverage));
  return k_exit_found;
}

} // namespace

void setup_validate(CLI::App& app, const GlobalOptions& global, int& status) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* cmd = app.add_subcommand(
      "validate", "Check every file of the dataset: syntax, keys, types, dates, references "
                  "across files and the instruments' own entry-into-force rules. Prints every "
                  "error as path:line:column with the line and a caret.");
  CLI::Option* coverage = cmd->add_flag(
      "--coverage", options->coverage,
      "After the check, how far each instrument's party list goes: rows, parties, rows marked "
      "unverified, parties without dates, the rows counted against the depositary's total, and "
      "whether the list is complete");
  cmd->add_option("--format", options->format,
                  "Output format of --coverage: text, json (treaty/coverage/1) or csv")
      ->check(CLI::IsMember({"text", "json", "csv"}))
      ->type_name("FORMAT")
      ->needs(coverage);
  cmd->footer("Exit status: 0 the dataset is valid, 2 it has errors.");
  cmd->callback([options, &global, &status] { status = run_validate(*options, global); });
}

} // namespace treaty::cli
