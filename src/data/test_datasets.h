// The two datasets the unit tests read, each loaded once per test run: the shipped data/ and the
// fictional tests/data/mini. Test code only.
#pragma once

#include "data/loader.h"

namespace treaty::testing {

/// The shipped dataset as loaded, diagnostics included (loader tests inspect them).
const LoadResult& shipped_load();
/// The shipped dataset; the test fails if it does not load cleanly.
const Dataset& shipped();
/// The fictional dataset of tests/data/mini; the test fails if it does not load cleanly.
const Dataset& mini();

} // namespace treaty::testing
