// A check answer as rows: one per measure and basis, for CSV, Markdown and batch output.
#pragma once

#include "core/verdict.h"
#include "render/table.h"

#include <span>

namespace treaty {

/// measure, instrument, kind, status, articles, verified, unknown_conditions
Row check_header();
std::vector<Row> check_rows(const Answer& answer);

std::string render_check_csv(const Answer& answer);
std::string render_check_markdown(const Answer& answer);

/// The ids of a basis's unknown conditions, joined with ';'.
std::string unknown_conditions(const Basis& basis);
/// Articles joined with ';'.
std::string joined(std::span<const std::string> items, char separator = ';');

} // namespace treaty
