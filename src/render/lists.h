// `treaty list ...` output in text and JSON.
#pragma once

#include "core/model.h"
#include "core/parties.h"

#include <string>

namespace treaty {

enum class ListWhat { states, instruments, offences, measures };

std::string render_list_text(ListWhat what, const Dataset& data);
/// JSON schema "treaty/list/1": {"schema", "what", "items": [...]}.
std::string render_list_json(ListWhat what, const Dataset& data);
/// CSV with a header row, and a Markdown table: the same columns as the text.
std::string render_list_csv(ListWhat what, const Dataset& data);
std::string render_list_markdown(ListWhat what, const Dataset& data);

/// `treaty validate --coverage`: per instrument, its rows, parties, unverified and undated rows,
/// and its rows counted against the depositary's total. Text (one line per instrument, then a
/// total line), JSON schema "treaty/coverage/1" and CSV.
std::string render_coverage_text(const std::vector<Coverage>& coverage);
std::string render_coverage_json(const std::vector<Coverage>& coverage);
std::string render_coverage_csv(const std::vector<Coverage>& coverage);

} // namespace treaty
