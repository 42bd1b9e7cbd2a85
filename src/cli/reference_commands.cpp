// `treaty parties`, `treaty state` and `treaty diff`: what the data says about instruments and
// states, on a date or between two dates.
#include "cli/commands.h"

#include "core/lookup.h"
#include "core/parties.h"
#include "render/profiles.h"

#include <CLI/CLI.hpp>

namespace treaty::cli {

namespace {

struct PartiesOptions {
  std::string instrument;
  std::string date;
  bool all = false;
  std::string format = "text";
};

struct StateOptions {
  std::string state;
  std::string date;
  std::string format = "text";
};

struct DiffOptions {
  std::string from;
  std::string to;
  std::string state;
  std::string format = "text";
};

int run_parties(const PartiesOptions& o, const GlobalOptions& global) {
  auto loaded = load(global);
  if (!loaded) {
    return k_exit_error;
  }
  const Dataset& data = loaded->dataset;
  auto found = find_instrument(data, o.instrument);
  if (auto* error = std::get_if<std::string>(&found)) {
    return fail(*error);
  }
  auto date = query_date(o.date);
  if (!date) {
    return k_exit_error;
  }
  const Instrument& i = *std::get<const Instrument*>(found);
  out(o.format == "json"  ? render_parties_json(i, *date, o.all)
      : o.format == "csv" ? render_parties_csv(i, *date, o.all)
                          : render_parties_text(i, *date, o.all));
  return k_exit_found;
}

int run_state(const StateOptions& o, const GlobalOptions& global) {
  auto loaded = load(global);
  if (!loaded) {
    return k_exit_error;
  }
  const Dataset& data = loaded->dataset;
  auto found = find_state(data, o.state);
  if (auto* error = std::get_if<std::string>(&found)) {
    return fail(*error);
  }
  auto date = query_date(o.date);
  if (!date) {
    return k_exit_error;
  }
  const State& s = *std::get<const State*>(found);
  out(o.format == "json" ? render_state_json(s, data, *date) : render_state_text(s, data, *date));
  return k_exit_found;
}

int run_diff(const DiffOptions& o, const GlobalOptions& global) {
  auto loaded = load(global);
  if (!loaded) {
    return k_exit_error;
  }
  const Dataset& data = loaded->dataset;
  std::string error;
  auto from = Date::parse(o.from, &error);
  if (!from) {
    return fail("--from: " + error);
  }
  auto to = Date::parse(o.to, &error);
  if (!to) {
    return fail("--to: " + error);
  }
  if (*to < *from) {
    return fail("--to " + to->str() + " is before --from " + from->str());
  }
  std::string state;
  if (!o.state.empty()) {
    auto found = find_state(data, o.state);
    if (auto* message = std::get_if<std::string>(&found)) {
      return fail(*message);
    }
    state = std::get<const State*>(found)->iso2;
  }
  auto changes = changes_between(data, *from, *to, state);
  out(o.format == "json"  ? render_diff_json(changes, *from, *to)
      : o.format == "csv" ? render_diff_csv(changes)
                          : render_diff_text(changes, data, *from, *to));
  return k_exit_found;
}

} // namespace

void setup_reference(CLI::App& app, const GlobalOptions& global, int& status) {
  auto p = std::make_shared<PartiesOptions>();
  CLI::App* parties = app.add_subcommand(
      "parties", "Who is bound by an instrument on a date, with signature, consent, entry into "
                 "force, reservations and the [unverified] mark.");
  parties->add_option("instrument", p->instrument, "Instrument id (treaty list instruments)")
      ->required()
      ->type_name("INSTRUMENT");
  parties->add_option("--date,-d", p->date, "Date, YYYY-MM-DD (default: today)")->type_name("DATE");
  parties->add_flag("--all", p->all,
                    "Every row (signatories, later parties, withdrawn) with its status");
  parties->add_option("--format", p->format, "text, json (treaty/parties/1) or csv")
      ->check(CLI::IsMember({"text", "json", "csv"}))
      ->type_name("FORMAT");
  parties->footer("Exit status: 0 listed, 2 bad input or bad data.");
  parties->callback([p, &global, &status] { status = run_parties(*p, global); });

  auto s = std::make_shared<StateOptions>();
  CLI::App* state = app.add_subcommand(
      "state", "A state's profile on a date: the instruments binding it with its declarations, "
               "the bilateral treaties, and its national rules with their sources.");
  state->add_option("state", s->state, "State: ISO alpha-2, alpha-3 or English name")
      ->required()
      ->type_name("STATE");
  state->add_option("--date,-d", s->date, "Date, YYYY-MM-DD (default: today)")->type_name("DATE");
  state->add_option("--format", s->format, "text or json (treaty/state/1)")
      ->check(CLI::IsMember({"text", "json"}))
      ->type_name("FORMAT");
  state->footer("Exit status: 0 shown, 2 bad input or bad data.");
  state->callback([s, &global, &status] { status = run_state(*s, global); });

  auto d = std::make_shared<DiffOptions>();
  CLI::App* diff = app.add_subcommand(
      "diff", "What changed after one date up to another: instruments entering into force, new "
              "parties bound, withdrawals and suspensions, and national rules that take effect "
              "or cease to apply.");
  diff->add_option("--from", d->from, "The earlier date, YYYY-MM-DD (changes after it)")
      ->required()
      ->type_name("DATE");
  diff->add_option("--to", d->to, "The later date, YYYY-MM-DD (changes up to it)")
      ->required()
      ->type_name("DATE");
  diff->add_option("--state,-s", d->state, "Only this state's changes")->type_name("STATE");
  diff->add_option("--format", d->format, "text, json (treaty/diff/1) or csv")
      ->check(CLI::IsMember({"text", "json", "csv"}))
      ->type_name("FORMAT");
  diff->footer("Exit status: 0 listed, 2 bad input or bad data.");
  diff->callback([d, &global, &status] { status = run_diff(*d, global); });
}

} // namespace treaty::cli
