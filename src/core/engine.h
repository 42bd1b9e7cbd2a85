// The applicability engine: for each measure, every candidate legal basis with its verdict.
#pragma once

#include "core/model.h"
#include "core/verdict.h"

namespace treaty {

/// Answers a query against the dataset. The query's states and offence must exist in `data`
/// (the CLI resolves them first). Pure: no I/O.
/// `texts` false is the lean mode of batch and matrix reports: statuses, ids and facts only,
/// no condition texts or sources (they are the costly part).
Answer check(const Dataset& data, const Query& query, bool texts = true);

/// The same, into `answer`, reusing its storage: the hot path of batch and matrix reports
/// allocates (almost) nothing per query.
void check_into(const Dataset& data, const Query& query, bool texts, Answer& answer);

} // namespace treaty
