// `treaty check REQUESTING REQUESTED --offence ID ...`: the applicability answer.
#include "cli/commands.h"

#include "core/engine.h"
#include "core/lookup.h"
#include "render/json_check.h"
#include "render/text_check.h"

#include <CLI/CLI.hpp>

namespace treaty::cli {

namespace {

struct CheckOptions {
  std::string requesting;
  std::string requested;
  std::string offence;
  std::vector<std::string> measures;
  std::string date;
  std::vector<std::string> facts;
  std::string format = "text";
};

/// Resolves the typed names into a Query, or prints the first problem and returns nullopt.
std::optional<Query> make_query(const CheckOptions& o, const Dataset& data) {
  Query q;
  auto requesting = find_state(data, o.requesting);
  if (auto* error = std::get_if<std::string>(&requesting)) {
    fail("requesting state: " + *error);
    return std::nullopt;
  }
  auto requested = find_state(data, o.requested);
  if (auto* error = std::get_if<std::string>(&requested)) {
    fail("requested state: " + *error);
    return std::nullopt;
  }
  q.requesting = std::get<const State*>(requesting)->iso2;
  q.requested = std::get<const State*>(requested)->iso2;
  if (q.requesting == q.requested) {
    fail("the requesting and the requested state are both " + q.requested +
         ": cooperation is between two states");
    return std::nullopt;
  }
  auto offence = find_offence(data, o.offence);
  if (auto* error = std::get_if<std::string>(&offence)) {
    fail(*error);
    return std::nullopt;
  }
  q.offence = std::get<const Offence*>(offence)->id;
  for (Measure m : k_all_measures) {
    bool wanted = o.measures.empty();
    for (const auto& typed : o.measures) {
      wanted = wanted || parse_measure(typed) == m;
    }
    if (wanted) {
      q.measures.push_back(m);
    }
  }
  auto date = query_date(o.date);
  if (!date) {
    return std::nullopt;
  }
  q.date = *date;
  for (const auto& assignment : o.facts) {
    if (auto error = set_fact(q.facts, assignment)) {
      fail("--fact: " + *error);
      return std::nullopt;
    }
  }
  if (q.facts.person_nationality) {
    auto nationality = find_state(data, *q.facts.person_nationality);
    if (auto* error = std::get_if<std::string>(&nationality)) {
      fail("--fact person-nationality: " + *error);
      return std::nullopt;
    }
    q.facts.person_nationality = std::get<const State*>(nationality)->iso2;
  }
  return q;
}

int run_check(const CheckOptions& o, const GlobalOptions& global) {
  auto loaded = load(global);
  if (!loaded) {
    return k_exit_error;
  }
  const Dataset& data = loaded->dataset;
  auto query = make_query(o, data);
  if (!query) {
    return k_exit_error;
  }
  Answer answer = check(data, *query);
  for (const auto& w : answer.warnings) {
    warn(w);
  }
  if (o.format == "json") {
    out(check_json(answer, data).dump(2) + "\n");
  } else {
    out(render_check_text(answer, data));
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
  cmd->add_option("requesting", options->requesting,
                  "Requesting state: ISO alpha-2 or alpha-3 code or English name (KZ, KAZ, "
                  "Kazakhstan)")
      ->required();
  cmd->add_option("requested", options->requested, "Requested state, named the same way")
      ->required();
  cmd->add_option("--offence,-o", options->offence,
                  "Offence id or alias (treaty list offences), e.g. money-laundering")
      ->required()
      ->type_name("ID");
  std::vector<std::string> measures;
  for (Measure m : k_all_measures) {
    measures.emplace_back(measure_id(m));
  }
  cmd->add_option("--measure,-m", options->measures,
                  "Measure to check; repeat for several (default: all six)")
      ->check(CLI::IsMember(measures))
      ->type_name("ID")
      ->take_last()
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--date,-d", options->date, "Date of the request, YYYY-MM-DD (default: today)")
      ->type_name("DATE");
  cmd->add_option("--fact,-f", options->facts,
                  "A fact of the case, NAME=VALUE; repeat for several. Unknown until given: "
                  "organized-criminal-group=yes|no, transnational=yes|no, "
                  "person-nationality=STATE, max-penalty-years=N, death-penalty=yes|no, "
                  "political=yes|no, fiscal=yes|no, offence-date=DATE, dual-criminality=yes|no, "
                  "drug-related=yes|no, reciprocity-assured=yes|no")
      ->type_name("NAME=VALUE")
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--format", options->format, "Output format: text or json (treaty/check/1)")
      ->check(CLI::IsMember({"text", "json"}))
      ->type_name("FORMAT");
  cmd->footer("Exit status: 0 some basis applies or is conditional, 1 none does, 2 bad input "
              "or bad data.\nExample: treaty check KZ US --offence money-laundering --measure "
              "mla --date 2024-06-01 --fact transnational=yes");
  cmd->callback([options, &global, &status] { status = run_check(*options, global); });
}

} // namespace treaty::cli
