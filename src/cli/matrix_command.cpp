// `treaty matrix`: requesting x requested states, the most specific basis in each cell.
#include "cli/commands.h"

#include "core/lookup.h"
#include "core/matrix.h"
#include "core/query_input.h"
#include "render/matrix.h"

#include <CLI/CLI.hpp>

#include <thread>

namespace treaty::cli {

namespace {

struct MatrixOptions {
  std::string offence;
  std::string measure;
  std::string states;
  bool all = false;
  std::string date;
  std::vector<std::string> facts;
  std::string format = "text";
  int jobs = 0; // 0: one thread per core
};

int run_matrix(const MatrixOptions& o, const GlobalOptions& global) {
  auto loaded = load(global);
  if (!loaded) {
    return k_exit_error;
  }
  const Dataset& data = loaded->dataset;
  std::vector<std::string> states;
  if (o.states.empty()) {
    for (const auto& s : data.states) {
      states.push_back(s.iso2);
    }
  } else {
    size_t start = 0;
    while (start <= o.states.size()) {
      size_t end = o.states.find(',', start);
      end = end == std::string::npos ? o.states.size() : end;
      std::string typed = o.states.substr(start, end - start);
      start = end + 1;
      if (typed.empty()) {
        continue;
      }
      auto found = find_state(data, typed);
      if (auto* error = std::get_if<std::string>(&found)) {
        return fail("--states: " + *error);
      }
      states.push_back(std::get<const State*>(found)->iso2);
    }
    if (states.size() < 2) {
      return fail("--states needs at least two states");
    }
  }
  // Reuse the query resolution for offence, measure, date and facts.
  QueryInput input{states[0], states[1], o.offence, {o.measure}, o.date, o.facts};
  auto built = build_query(input, data, today());
  if (auto* error = std::get_if<std::string>(&built)) {
    return fail(*error);
  }
  const Query& q = std::get<Query>(built);
  size_t jobs = o.jobs > 0 ? static_cast<size_t>(o.jobs) : std::thread::hardware_concurrency();
  Matrix m = build_matrix(data, q.offence, q.measures.at(0), q.date, q.facts, states, jobs);
  if (data.as_of && q.date > *data.as_of) {
    warn("the query date " + q.date.str() + " is after the dataset's as_of date " +
         data.as_of->str() +
         ": ratifications, withdrawals and declarations made since are not "
         "in the data");
  }
  out(o.format == "json"       ? render_matrix_json(m)
      : o.format == "csv"      ? render_matrix_csv(m)
      : o.format == "markdown" ? render_matrix_markdown(m, data)
                               : render_matrix_text(m, data));
  return k_exit_found;
}

} // namespace

void setup_matrix(CLI::App& app, const GlobalOptions& global, int& status) {
  auto options = std::make_shared<MatrixOptions>();
  CLI::App* cmd = app.add_subcommand(
      "matrix", "For one offence and one measure, every requesting state (rows) against every "
                "requested state (columns): the most specific basis that applies, else the most "
                "specific conditional one, else none.");
  cmd->add_option("--offence,-o", options->offence, "Offence id or alias")
      ->required()
      ->type_name("ID");
  cmd->add_option("--measure,-m", options->measure, "Measure id")->required()->type_name("ID");
  auto* states = cmd->add_option("--states,-s", options->states,
                                 "Comma-separated states, e.g. KZ,US,RU (default: --all)")
                     ->type_name("LIST");
  cmd->add_flag("--all", options->all, "Every state in the data (the default)")->excludes(states);
  cmd->add_option("--date,-d", options->date, "Date, YYYY-MM-DD (default: today)")
      ->type_name("DATE");
  cmd->add_option("--fact,-f", options->facts, "A fact for every pair, NAME=VALUE (repeatable)")
      ->type_name("NAME=VALUE");
  cmd->add_option("--format", options->format,
                  "Output format: text (a grid with a legend), csv, json (treaty/matrix/1) or "
                  "markdown")
      ->check(CLI::IsMember({"text", "csv", "json", "markdown"}))
      ->type_name("FORMAT");
  cmd->add_option("--jobs,-j", options->jobs,
                  "Answer with N threads (default: one per core); the matrix is the same "
                  "whatever N is")
      ->check(CLI::Range(1, 256))
      ->type_name("N");
  cmd->footer("Exit status: 0 the matrix was printed, 2 bad input or bad data.");
  cmd->callback([options, &global, &status] { status = run_matrix(*options, global); });
}

} // namespace treaty::cli
