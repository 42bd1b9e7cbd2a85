// `treaty batch FILE|-`: many queries from CSV or JSON Lines, one report.
#include "cli/commands.h"

#include "cli/output.h"
#include "core/engine.h"
#include "data/batch_reader.h"
#include "render/batch.h"
#include "render/json_check.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <thread>

namespace treaty::cli {

namespace {

struct BatchOptions {
  std::string input;
  std::string format = "jsonl";
  std::string output;
  int jobs = 0; // 0: one thread per core
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

/// The answers to one block of rows, rendered; blocks are answered in parallel and written in
/// the input's order.
struct BlockResult {
  std::string text;                                   // csv or jsonl records
  std::vector<Row> table;                             // markdown rows
  std::vector<std::pair<size_t, std::string>> errors; // line, message
};

void answer_block(const Dataset& data, const BatchInput& batch, const BatchOptions& o, Date now,
                  size_t begin, size_t end, Answer& answer, BlockResult& out) {
  for (size_t i = begin; i < end; ++i) {
    const BatchRow& row = batch.rows[i];
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
      if (o.format == "jsonl") {
        out.text += batch_error_json(row.line, error);
      } else if (o.format == "csv") {
        out.text += csv_line(batch_error_row(row.input, row.line, error));
      } else {
        out.table.push_back(batch_error_row(row.input, row.line, error));
      }
      out.errors.emplace_back(row.line, std::move(error));
      continue;
    }
    if (o.format == "jsonl") {
      out.text += check_json(answer, data).dump() + "\n";
    } else if (o.format == "csv") {
      append_batch_csv(out.text, answer, row.line);
    } else {
      for (auto& r : batch_rows(answer, row.line)) {
        out.table.push_back(std::move(r));
      }
    }
  }
}

/// The number of worker threads: --jobs, or one per core; never more than there are blocks.
size_t worker_count(int jobs, size_t blocks) {
  size_t n = jobs > 0 ? static_cast<size_t>(jobs) : std::thread::hardware_concurrency();
  return std::clamp<size_t>(n, 1, std::max<size_t>(blocks, 1));
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
  const Date now = today();
  // Rows are answered in blocks, by several threads when there are cores to spare (the engine
  // only reads the dataset; each thread keeps its own answer storage), a wave of blocks at a
  // time, and each wave is written in input order before the next is answered.
  constexpr size_t k_block = 512;
  const size_t blocks = (batch.rows.size() + k_block - 1) / k_block;
  const size_t workers = worker_count(o.jobs, blocks);
  const size_t wave = workers * 8;
  std::vector<BlockResult> results(std::min(wave, blocks));
  std::vector<Answer> answers(workers);
  if (o.format == "csv") {
    output.write(csv_line(batch_header()));
  }
  std::vector<Row> table;
  size_t failed = 0;
  for (size_t first = 0; first < blocks; first += wave) {
    const size_t last = std::min(blocks, first + wave);
    std::atomic<size_t> next{first};
    auto work = [&](Answer& answer) {
      for (size_t b = next++; b < last; b = next++) {
        answer_block(data, batch, o, now, b * k_block,
                     std::min(batch.rows.size(), (b + 1) * k_block), answer, results[b - first]);
      }
    };
    std::vector<std::thread> helpers;
    for (size_t t = 1; t < std::min(workers, last - first); ++t) {
      helpers.emplace_back(work, std::ref(answers[t]));
    }
    work(answers[0]);
    for (auto& t : helpers) {
      t.join();
    }
    for (size_t b = first; b < last; ++b) {
      BlockResult& r = results[b - first];
      for (const auto& [line, message] : r.errors) {
        std::cerr << "treaty: error: " << o.input << ":" << line << ": " << message << "\n";
      }
      failed += r.errors.size();
      if (o.format == "markdown") {
        std::move(r.table.begin(), r.table.end(), std::back_inserter(table));
      } else {
        output.write(r.text);
      }
      r.text.clear(); // keeps its capacity for the next wave
      r.table.clear();
      r.errors.clear();
    }
  }
  if (o.format == "markdown") {
    output.write(markdown_table(batch_header(), table));
  }
  if (!output.commit()) {
    return fail(output.error());
  }
  if (failed > 0) {
    return fail(std::to_string(failed) + " of " + std::to_string(batch.rows.size()) +
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
  cmd->add_option("--jobs,-j", options->jobs,
                  "Answer with N threads (default: one per core); the report is in input order "
                  "whatever N is")
      ->check(CLI::Range(1, 256))
      ->type_name("N");
  cmd->footer("A malformed row gets an error record naming its line; the other rows are still "
              "answered.\nExit status: 0 every row answered, 2 a row or the input was bad.");
  cmd->callback([options, &global, &status] { status = run_batch(*options, global); });
}

} // namespace treaty::cli
