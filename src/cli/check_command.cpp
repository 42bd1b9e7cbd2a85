// `treaty check REQUESTING REQUESTED --offence ID ...`: the applicability answer.
#include "cli/commands.h"

#include "core/engine.h"
#include "core/query_input.h"
#include "render/json_check.h"
#include "render/table_check.h"
#include "render/text_check.h"

#include <CLI/CLI.hpp>

namespace treaty::cli {

namespace {

struct CheckOptions {
  QueryInput input;
  std::string stage = "pre-trial";
  bool explain = false;
  std::string format = "text";
};

int run_check(const CheckOptions& o, const GlobalOptions& global) {
  auto loaded = load(global);
  if (!loaded) {
    return k_exit_error;
  }
  const Dataset& data = loaded->dataset;
  auto built = build_query(o.input, data, today());
  if (auto* error = std::get_if<std::string>(&built)) {
    return fail(*error);
  }
  Query query = std::get<Query>(built);
  query.stage = o.stage;
  Answer answer = check(data, query);
  for (const auto& w : answer.warnings) {
    warn(w);
  }
  if (o.format == "json") {
    out(check_json(answer, data, o.explain).dump(2) + "\n");
  } else if (o.format == "csv") {
    out(render_check_csv(answer));
  } else if (o.format == "markdown") {
    out(render_check_markdown(answer));
  } else {
    out(render_check_text(answer, data, colour_wanted(), o.explain));
  }
  return answer.any_basis() ? k_exit_found : k_exit_not_found;
}

} // namespace

void setup_check(CLI::App& app, const GlobalOptions& global, int& status) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* cmd = app.add_subcommand(
      "check", "Which legal bases let REQUESTING ask REQUESTED for each measure, about an "
               "offence, on a date; each basis applies, is conditional, does not apply or is "
               "replaced, with its conditions (met, unmet, unknown) and their sources.");
  cmd->add_option("requesting", options->input.requesting,
                  "Requesting state: ISO alpha-2 or alpha-3 code or English name (KZ, KAZ, "
                  "Kazakhstan)")
      ->required();
  cmd->add_option("requested", options->input.requested, "Requested state, named the same way")
      ->required();
  cmd->add_option("--offence,-o", options->input.offence,
                  "Offence id or alias (treaty list offences), e.g. money-laundering")
      ->required()
      ->type_name("ID");
  std::vector<std::string> measures;
  for (Measure m : k_all_measures) {
    measures.emplace_back(measure_id(m));
  }
  cmd->add_option("--measure,-m", options->input.measures,
                  "Measure to check; repeat for several (default: all six)")
      ->check(CLI::IsMember(measures))
      ->type_name("ID")
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--date,-d", options->input.date,
                  "Date of the request, YYYY-MM-DD (default: today)")
      ->type_name("DATE");
  cmd->add_option("--fact,-f", options->input.facts,
                  "A fact of the case, NAME=VALUE; repeat for several. Unknown until given: "
                  "organized-criminal-group=yes|no, transnational=yes|no, "
                  "person-nationality=STATE, max-penalty-years=N, death-penalty=yes|no, "
                  "political=yes|no, fiscal=yes|no, offence-date=DATE, dual-criminality=yes|no, "
                  "drug-related=yes|no, reciprocity-assured=yes|no")
      ->type_name("NAME=VALUE")
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--stage", options->stage,
                  "Stage of proceedings, for who sends the request: pre-trial (default), trial or "
                  "enforcement")
      ->check(CLI::IsMember({"pre-trial", "trial", "enforcement"}))
      ->type_name("STAGE");
  cmd->add_flag("--explain", options->explain,
                "Show the reasoning as numbered steps, each with the rule and its citation (JSON: "
                "a trace array)");
  cmd->add_option("--format", options->format,
                  "Output format: text, json (treaty/check/1), csv (one row per measure and "
                  "basis) or markdown")
      ->check(CLI::IsMember({"text", "json", "csv", "markdown"}))
      ->type_name("FORMAT");
  cmd->footer("Exit status: 0 some basis applies or is conditional, 1 none does, 2 bad input "
              "or bad data.\nExample: treaty check KZ US --offence money-laundering --measure "
              "mla --date 2024-06-01 --fact transnational=yes");
  cmd->callback([options, &global, &status] { status = run_check(*options, global); });
}

} // namespace treaty::cli
