// The applicability engine: for each measure, every candidate legal basis with its verdict.
#pragma once

#include "core/model.h"
#include "core/verdict.h"

namespace treaty {

/// Answers a query against the dataset. The query's states and offence must exist in `data`
/// (the CLI resolves them first). Pure: no I/O.
Answer check(const Dataset& data, const Query& query);

} // namespace treaty
