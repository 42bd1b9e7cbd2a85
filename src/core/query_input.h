// A query as typed (command line, batch row): names not yet resolved against the dataset.
#pragma once

#include "core/date.h"
#include "core/model.h"
#include "core/verdict.h"

#include <string>
#include <variant>
#include <vector>

namespace treaty {

struct QueryInput {
  std::string requesting;
  std::string requested;
  std::string offence;
  std::vector<std::string> measures; // empty: all six
  std::string date;                  // empty: `today`
  std::vector<std::string> facts;    // NAME=VALUE
};

/// Resolves states, offence, measures, date and facts; returns the query or the first error,
/// worded for the user ("requesting state: unknown state 'X'; did you mean ...?").
std::variant<Query, std::string> build_query(const QueryInput& input, const Dataset& data,
                                             Date today);

} // namespace treaty
