// `treaty list states|instruments|offences|measures`: what the dataset holds.
#include "cli/commands.h"

#include "render/lists.h"

#include <CLI/CLI.hpp>

namespace treaty::cli {

namespace {

struct ListOptions {
  std::string what;
  std::string format = "text";
};

} // namespace

void setup_list(CLI::App& app, const GlobalOptions& global, int& status) {
  auto options = std::make_shared<ListOptions>();
  CLI::App* cmd = app.add_subcommand("list", "List the states, instruments, offences or measures "
                                             "the dataset knows, with their ids.");
  cmd->add_option("what", options->what, "states, instruments, offences or measures")
      ->required()
      ->check(CLI::IsMember({"states", "instruments", "offences", "measures"}));
  cmd->add_option("--format", options->format,
                  "Output format: text, json (treaty/list/1), csv or markdown")
      ->check(CLI::IsMember({"text", "json", "csv", "markdown"}))
      ->type_name("FORMAT");
  cmd->footer("Exit status: 0 listed, 2 bad input or bad data.");
  cmd->callback([options, &global, &status] {
    auto loaded = load(global);
    if (!loaded) {
      status = k_exit_error;
      return;
    }
    ListWhat what = options->what == "states"        ? ListWhat::states
                    : options->what == "instruments" ? ListWhat::instruments
                    : options->what == "offences"    ? ListWhat::offences
                                                     : ListWhat::measures;
    const Dataset& d = loaded->dataset;
    out(options->format == "json"       ? render_list_json(what, d)
        : options->format == "csv"      ? render_list_csv(what, d)
        : options->format == "markdown" ? render_list_markdown(what, d)
                                        : render_list_text(what, d));
    status = k_exit_found;
  });
}

} // namespace treaty::cli
