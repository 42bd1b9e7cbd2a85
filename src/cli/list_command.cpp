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
  cmd->add_option("--format", options->format, "Output format: text or json (treaty/list/1)")
      ->check(CLI::IsMember({"text", "json"}))
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
    out(options->format == "json" ? render_list_json(what, loaded->dataset)
                                  : render_list_text(what, loaded->dataset));
    status = k_exit_found;
  });
}

} // namespace treaty::cli
