// Rows of cells written as CSV (RFC 4180) or as a Markdown table.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace treaty {

using Row = std::vector<std::string>;

/// One CSV line: fields quoted when they hold a comma, a quote or a line break.
std::string csv_line(const Row& row);
/// Appends one CSV field (quoted when needed), without a separator.
void append_csv_field(std::string& out, std::string_view field);
/// A Markdown table: header, separator, rows; pipes and line breaks in cells escaped.
std::string markdown_table(const Row& header, const std::vector<Row>& rows);

} // namespace treaty
