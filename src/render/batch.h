// Batch reports: one record per query (JSON Lines), one row per query and basis (CSV, Markdown).
#pragma once

#include "core/query_input.h"
#include "core/verdict.h"
#include "render/table.h"

#include <string>

namespace treaty {

/// requesting, requested, offence, measure, date, facts, instrument, kind, status, articles,
/// unknown_conditions, line, error
Row batch_header();
/// The rows of one answered query; a measure with no candidate basis still gets one row.
std::vector<Row> batch_rows(const Answer& answer, size_t line);
/// The same rows written straight into `out` as CSV (the fast path of `treaty batch`).
void append_batch_csv(std::string& out, const Answer& answer, size_t line);
/// The row of a query that could not be answered.
Row batch_error_row(const QueryInput& input, size_t line, const std::string& error);
/// JSON Lines record of a failed row: {"schema": "treaty/batch-error/1", "line", "error"}.
std::string batch_error_json(size_t line, const std::string& error);

} // namespace treaty
