// `treaty batch FILE|-`: many queries from CSV or JSON Lines, one report.
#include "cli/commands.h"

#include "cli/output.h"
#include "core/engine.h"
#include "data/batch_reader.h"
#include "render/batch.h"
#include "render/json_check.h"

#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

namespace treaty::cli {

namespace {

struct BatchOptions {
  std::string input;
  std::string format = "jsonl";
  std::string output;
};

std::optional<std::string> read_input(const std::string& path) {
  std::ostringstream text;
  if (path == "-") {
    text << std::cin.rdbuf();
    return text.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return std::nullopt;
  }
  text << in.rdbuf();
  return text.str();
}

int run_batch(const BatchOptions& o, const GlobalOptions& global) {
  auto loaded = load(global);
  if (!loaded) {
    return k_exit_error;
  }
  const Dataset& data = loaded->dataset;
  auto text = read_input(o.input);
  if (!text) {
    return fail("cannot read the batch file " + o.input);
  }
  BatchInput batch = read_batch(*text);
  if (!batch.error.empty()) {
    return fail(o.input + ": " + batch.error);
  }
  Output output(o.output);
  if (!output.ok()) {
    return fail(output.error());
  }
  Date now = today();
  std::vector<Row> table;
  std::vector<size_t> failed;
  std::string chunk;
  Answer answer; // reused: the engine keeps its storage from row to row
  if (o.format == "csv") {
    output.write(csv_line(batch_header()));
  }
  for (const auto& row : batch.rows) {
    std::string error = row.error;
    if (error.empty()) {
      auto built = build_query(row.input, data, now);
      if (auto* message = std::get_if<std::string>(&built)) {
        error = *message;
      } else {
        // CSV and Markdown need no condition texts: the lean mode is much faster.
        check_into(data, std::get<Query>(built), o.format == "jsonl", answer);
      }
    }
    if (!error.empty()) {
      failed.push_back(row.line);
      std::cerr << "treaty: error: " << o.input << ":" << row.line << ": " << error << "\n";
      if (o.format == "jsonl") {
        output.write(batch_error_json(row.line, error));
      } else if (o.format == "csv") {
        output.write(csv_line(batch_error_row(row.input, row.line, error)));
      } else {
        table.push_back(batch_error_row(row.input, row.line, error));
      }
      continue;
    }
    if (o.format == "jsonl") {
      output.write(check_json(answer, data).dump() + "\n");
    } else if (o.format == "csv") {
      chunk.clear();
      append_batch_csv(chunk, answer, row.line);
      output.write(chunk);
    } else {
      for (auto& r : batch_rows(answer, row.line)) {
        table.push_back(std::move(r));
      }
    }
  }
  if (o.format == "markdown") {
    output.write(markdown_table(batch_header(), table));
  }
  if (!output.commit()) {
    return fail(output.error());
  }
  if (!failed.empty()) {
    return fail(std::to_string(failed.size()) + " of " + std::to_string(batch.rows.size()) +
                " rows could not be answered");
  }
  return k_exit_found;
}

} // namespace

void setup_batch(CLI::App& app, const GlobalOptions& global, int& status) {
  auto options = std::make_shared<BatchOptions>();
  CLI::App* cmd = app.add_subcommand(
      "batch", "Answer many queries from a CSV file (header requesting,requested,offence,"
               "measure,date,facts; facts as name=value;name=value; empty cells mean the "
               "default) or JSON Lines (objects with those keys, facts an object).");
  cmd->add_option("input", options->input, "The queries: a file, or - for standard input")
      ->required()
      ->type_name("FILE|-");
  cmd->add_option("--format", options->format,
                  "jsonl (one treaty/check/1 object per query, in input order), csv (one row "
                  "per query, measure and basis) or markdown")
      ->check(CLI::IsMember({"jsonl", "csv", "markdown"}))
      ->type_name("FORMAT");
  cmd->add_option("--output,-O", options->output,
                  "Write the report to FILE atomically (a temporary file renamed into place)")
      ->type_name("FILE");
  cmd->footer("A malformed row gets an error record naming its line; the other rows are still "
              "answered.\nExit status: 0 every row answered, 2 a row or the input was bad.");
  cmd->callback([options, &global, &status] { status = run_batch(*options, global); });
}

} // namespace treaty::cli
