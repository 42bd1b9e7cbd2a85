// `treaty list ...` output in text and JSON.
#pragma once

#include "core/model.h"

#include <string>

namespace treaty {

enum class ListWhat { states, instruments, offences, measures };

std::string render_list_text(ListWhat what, const Dataset& data);
/// JSON schema "treaty/list/1": {"schema", "what", "items": [...]}.
std::string render_list_json(ListWhat what, const Dataset& data);
/// CSV with a header row, and a Markdown table: the same columns as the text.
std::string render_list_csv(ListWhat what, const Dataset& data);
std::string render_list_markdown(ListWhat what, const Dataset& data);

} // namespace treaty
