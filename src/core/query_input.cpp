// Resolution of a typed query into a Query.
#include "core/query_input.h"

#include "core/lookup.h"

namespace treaty {

namespace {

template <class T> const T* resolve(Found<T> found, std::string& error, const std::string& prefix) {
  if (auto* message = std::get_if<std::string>(&found)) {
    error = prefix + *message;
    return nullptr;
  }
  return std::get<const T*>(found);
}

} // namespace

std::variant<Query, std::string> build_query(const QueryInput& in, const Dataset& data,
                                             Date today) {
  Query q;
  std::string error;
  const State* requesting = resolve(find_state(data, in.requesting), error, "requesting state: ");
  if (!requesting) {
    return error;
  }
  const State* requested = resolve(find_state(data, in.requested), error, "requested state: ");
  if (!requested) {
    return error;
  }
  q.requesting = requesting->iso2;
  q.requested = requested->iso2;
  if (q.requesting == q.requested) {
    return "the requesting and the requested state are both " + q.requested +
           ": cooperation is between two states";
  }
  const Offence* offence = resolve(find_offence(data, in.offence), error, "");
  if (!offence) {
    return error;
  }
  q.offence = offence->id;
  for (const auto& typed : in.measures) {
    if (!parse_measure(typed)) {
      return "unknown measure '" + typed +
             "'; measures: extradition, mla, transfer-of-proceedings, "
             "transfer-of-sentenced-persons, confiscation, jit";
    }
  }
  for (Measure m : k_all_measures) {
    bool wanted = in.measures.empty();
    for (const auto& typed : in.measures) {
      wanted = wanted || parse_measure(typed) == m;
    }
    if (wanted) {
      q.measures.push_back(m);
    }
  }
  if (in.date.empty()) {
    q.date = today;
  } else {
    auto date = Date::parse(in.date, &error);
    if (!date) {
      return "date: " + error;
    }
    q.date = *date;
  }
  for (const auto& assignment : in.facts) {
    if (auto message = set_fact(q.facts, assignment)) {
      return "fact: " + *message;
    }
  }
  if (q.facts.person_nationality) {
    const State* nationality =
        resolve(find_state(data, *q.facts.person_nationality), error, "fact person-nationality: ");
    if (!nationality) {
      return error;
    }
    q.facts.person_nationality = nationality->iso2;
  }
  return q;
}

} // namespace treaty
