// The `check` answer as text for a terminal, readable at 80 columns.
#pragma once

#include "core/model.h"
#include "core/verdict.h"

#include <string>

namespace treaty {

/// `colour`: ANSI colours on the status words (the CLI decides: a terminal, no NO_COLOR).
std::string render_check_text(const Answer& answer, const Dataset& data, bool colour = false,
                              bool explain = false);

/// Wraps `text` to `width` columns, every line after the first indented by `indent` spaces.
std::string wrap(const std::string& text, size_t indent, size_t width = 80);

} // namespace treaty
