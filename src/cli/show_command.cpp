// `treaty show INSTRUMENT [ARTICLE]`, `treaty show STATE [MEASURE [RULE]]` and
// `treaty search WORDS...`: reading the texts and rules behind the answers.
#include "cli/commands.h"

#include "core/lookup.h"
#include "core/search.h"
#include "render/reference.h"

#include <CLI/CLI.hpp>

namespace treaty::cli {

namespace {

struct ShowOptions {
  std::vector<std::string> what;
  std::string date; // for an instrument's count of bound parties; empty: today
};

struct SearchOptions {
  std::vector<std::string> words;
  std::string format = "text";
};

int show_instrument(const Instrument& i, const std::vector<std::string>& rest, Date date) {
  if (rest.empty()) {
    out(render_instrument(i, date));
    return k_exit_found;
  }
  if (rest.size() > 1) {
    return fail("treaty show " + i.id + " takes one article number, not " +
                std::to_string(rest.size()) + " words");
  }
  std::string number = rest[0].substr(0, rest[0].find('('));
  for (const auto& a : i.articles) {
    if (a.number == number) {
      out(render_article(i, a));
      return k_exit_found;
    }
  }
  return fail(i.id + " has no article '" + rest[0] + "' in the data (treaty show " + i.id +
              " lists them)");
}

int show_state(const State& s, const std::vector<std::string>& rest) {
  std::vector<Measure> measures(k_all_measures.begin(), k_all_measures.end());
  std::string only;
  if (!rest.empty()) {
    auto m = parse_measure(rest[0]);
    if (!m) {
      return fail("unknown measure '" + rest[0] +
                  "'; measures: extradition, mla, transfer-of-proceedings, "
                  "transfer-of-sentenced-persons, confiscation, jit");
    }
    measures = {*m};
  }
  if (rest.size() > 1) {
    only = rest[1];
  }
  std::string text = render_rules(s, measures, only);
  if (text.empty()) {
    out("No " + (only.empty() ? std::string("rules") : "rule '" + only + "'") + " of " + s.name +
        (rest.empty() ? "" : " for " + rest[0]) + " in the data.\n");
    return k_exit_not_found;
  }
  out(text);
  return k_exit_found;
}

int run_show(const ShowOptions& o, const GlobalOptions& global) {
  auto loaded = load(global);
  if (!loaded) {
    return k_exit_error;
  }
  const Dataset& data = loaded->dataset;
  auto date = query_date(o.date);
  if (!date) {
    return k_exit_error;
  }
  std::vector<std::string> rest(o.what.begin() + 1, o.what.end());
  auto instrument = find_instrument(data, o.what[0]);
  if (auto* i = std::get_if<const Instrument*>(&instrument)) {
    return show_instrument(**i, rest, *date);
  }
  auto state = find_state(data, o.what[0]);
  if (auto* s = std::get_if<const State*>(&state)) {
    return show_state(**s, rest);
  }
  return fail("'" + o.what[0] +
              "' is neither an instrument nor a state (treaty list instruments, "
              "treaty list states)");
}

} // namespace

void setup_show(CLI::App& app, const GlobalOptions& global, int& status) {
  auto o = std::make_shared<ShowOptions>();
  CLI::App* show = app.add_subcommand(
      "show", "Read the sources: an instrument (what it is, its parties, its cooperation "
              "articles), one article's official text, or a state's national rules with their "
              "citations.");
  show->add_option("what", o->what,
                   "INSTRUMENT [ARTICLE], or STATE [MEASURE [RULE]], e.g. 'untoc 16', "
                   "'KZ extradition nationals'")
      ->required()
      ->expected(1, 3);
  show->add_option("--date,-d", o->date,
                   "Date for an instrument's count of the parties bound, YYYY-MM-DD (default: "
                   "today)")
      ->type_name("DATE");
  show->footer("Rules: treaty_required, reciprocity, nationals, min_penalty_years, "
               "refusal_grounds, authority_receives, authority_sends, languages, channel, "
               "provisional_arrest_days, deadlines, request_contents, duty_to_prosecute, notes.\n"
               "Exit status: 0 shown, 1 no such rule in the data, 2 bad input or bad data.");
  show->callback([o, &global, &status] { status = run_show(*o, global); });

  auto s = std::make_shared<SearchOptions>();
  CLI::App* search_cmd = app.add_subcommand(
      "search", "Find articles, national rules and offences containing every one of the words "
                "(any case), best match first.");
  search_cmd->add_option("words", s->words, "The words to find")->required();
  search_cmd->add_option("--format", s->format, "text or json (treaty/search/1)")
      ->check(CLI::IsMember({"text", "json"}))
      ->type_name("FORMAT");
  search_cmd->footer("Exit status: 0 found, 1 nothing found, 2 bad input or bad data.");
  search_cmd->callback([s, &global, &status] {
    auto loaded = load(global);
    if (!loaded) {
      status = k_exit_error;
      return;
    }
    auto hits = search(loaded->dataset, s->words);
    out(s->format == "json" ? render_search_json(hits) : render_search_text(hits));
    status = hits.empty() ? k_exit_not_found : k_exit_found;
  });
}

} // namespace treaty::cli
