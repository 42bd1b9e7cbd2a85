// Reports on the data itself: an instrument's parties, a state's profile, changes between dates.
#pragma once

#include "core/model.h"
#include "core/parties.h"

#include <string>

namespace treaty {

/// `all`: every row with its status; otherwise only the parties bound on `date`.
std::string render_parties_text(const Instrument& i, Date date, bool all);
/// JSON "treaty/parties/1".
std::string render_parties_json(const Instrument& i, Date date, bool all);
std::string render_parties_csv(const Instrument& i, Date date, bool all);

std::string render_state_text(const State& s, const Dataset& data, Date date);
/// JSON "treaty/state/1".
std::string render_state_json(const State& s, const Dataset& data, Date date);

std::string render_diff_text(const std::vector<StatusChange>& changes, const Dataset& data,
                             Date from, Date to);
/// JSON "treaty/diff/1".
std::string render_diff_json(const std::vector<StatusChange>& changes, Date from, Date to);
std::string render_diff_csv(const std::vector<StatusChange>& changes);

} // namespace treaty
