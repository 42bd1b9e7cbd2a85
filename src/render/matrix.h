// The matrix report in text (a grid with a legend), CSV, JSON ("treaty/matrix/1") and Markdown.
#pragma once

#include "core/matrix.h"
#include "core/model.h"

#include <string>

namespace treaty {

std::string render_matrix_text(const Matrix& m, const Dataset& data);
std::string render_matrix_csv(const Matrix& m);
std::string render_matrix_json(const Matrix& m);
std::string render_matrix_markdown(const Matrix& m, const Dataset& data);

} // namespace treaty
