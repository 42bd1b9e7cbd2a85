// Evaluation of single conditions against the facts and the data, three-valued.
#pragma once

#include "core/model.h"
#include "core/verdict.h"

namespace treaty {

/// Everything a condition may look at for one basis of one query.
struct Context {
  const Dataset& data;
  const Query& query;
  const State& requesting;
  const State& requested;
  const Instrument* instrument = nullptr; // null for a domestic basis
  const MeasureProvision* provision = nullptr;
  /// False in the lean mode of batch and matrix reports: statuses only, no texts or sources.
  bool texts = true;
};

/// Sets a condition's text or source only when the context wants texts (the lean mode skips
/// the string building).
template <class Make> void say(const Context& ctx, std::string& field, Make make) {
  if (ctx.texts) {
    field = make();
  }
}
template <class Make> void say_more(const Context& ctx, std::string& field, Make make) {
  if (ctx.texts) {
    field += make();
  }
}

/// A named condition from the data (scope or measure conditions).
Condition evaluate(const ConditionSpec& spec, const Context& ctx);

/// Whether `state` is bound by the context's instrument on the query date towards `other`.
Condition bound_condition(const Context& ctx, const State& state, const State& other);

/// The display name of an instrument: its short name, or its id.
std::string instrument_name(const Instrument& i);

} // namespace treaty
