// The `check` answer as JSON, schema "treaty/check/1".
#pragma once

#include "core/model.h"
#include "core/verdict.h"

#include <nlohmann/json.hpp>

namespace treaty {

/// `explain`: add the reasoning as a "trace" array.
nlohmann::ordered_json check_json(const Answer& answer, const Dataset& data, bool explain = false);

} // namespace treaty
