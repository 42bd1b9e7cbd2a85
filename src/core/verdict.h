// What the engine answers: per measure, the candidate legal bases with their conditions.
#pragma once

#include "core/date.h"
#include "core/facts.h"
#include "core/model.h"

#include <algorithm>
#include <array>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace treaty {

enum class ConditionStatus { met, unmet, unknown };
std::string_view condition_status_id(ConditionStatus s);

enum class BasisStatus { applies, conditional, does_not_apply, replaced };
std::string_view basis_status_id(BasisStatus s);

enum class BasisKind { bilateral, regional, multilateral, domestic };
std::string_view basis_kind_id(BasisKind k);

/// The facts that would decide a condition: a few fact names, held without allocating.
class FactList {
public:
  FactList() = default;
  FactList(std::initializer_list<std::string_view> names) {
    for (auto n : names) {
      push_back(n);
    }
  }
  void push_back(std::string_view name) {
    if (m_size < m_names.size()) {
      m_names[m_size++] = name;
    }
  }
  void emplace_back(std::string_view name) { push_back(name); }
  bool empty() const { return m_size == 0; }
  size_t size() const { return m_size; }
  const std::string_view* begin() const { return m_names.data(); }
  const std::string_view* end() const { return m_names.data() + m_size; }
  bool operator==(const FactList& other) const {
    return std::equal(begin(), end(), other.begin(), other.end());
  }

private:
  std::array<std::string_view, 3> m_names{};
  size_t m_size = 0;
};

/// One condition of a basis, three-valued, with the rule that imposes it. The views point into
/// the dataset or at literals: an answer lives no longer than the dataset it came from.
struct Condition {
  std::string_view id;
  std::string text;
  ConditionStatus status = ConditionStatus::unknown;
  std::string source;
  bool verified = true;
  /// For an unknown condition: the facts that would decide it.
  FactList decided_by;
};

/// A candidate legal basis for one measure.
struct Basis {
  std::string_view instrument; // instrument id, or "domestic:<ISO2>" for the requested state's law
  std::string title;
  BasisKind kind = BasisKind::multilateral;
  BasisStatus status = BasisStatus::does_not_apply;
  std::span<const std::string> articles;
  bool verified = true;
  std::vector<Condition> conditions;
  std::vector<std::string> notes;
  std::string_view replaced_by; // set when status is replaced
  const Instrument* source = nullptr; // the instrument, null for a domestic basis
};

/// Empties a basis for reuse, keeping its vectors' capacity (the engine reuses answers).
void reset(Basis& basis);

/// One line of a route: what to do, with the rule it comes from.
struct RouteItem {
  std::string text;
  std::string source;
  bool verified = true;
};

/// How to ask: who sends, who receives, through which channel, in which language, with what
/// contents, which refusal grounds to expect, the time limits, and alternatives.
struct Route {
  std::string basis; // the basis the route follows (the most specific that applies), or empty
  std::vector<RouteItem> sender;
  std::vector<RouteItem> receiver;
  std::vector<RouteItem> channel;
  std::vector<RouteItem> languages;
  std::vector<RouteItem> contents;
  std::vector<RouteItem> refusal_grounds;
  std::vector<RouteItem> time_limits;
  std::vector<RouteItem> alternatives;
};

struct MeasureAnswer {
  Measure measure = Measure::mla;
  std::vector<Basis> bases;
  Route route;
};

/// One step of the reasoning, in the order the engine took it (--explain).
struct TraceStep {
  std::string rule;     // what was checked
  std::string citation; // the provision or record it rests on
  std::string text;     // what was found
};

struct Query {
  std::string requesting; // ISO alpha-2
  std::string requested;  // ISO alpha-2
  std::string stage = "pre-trial"; // pre-trial, trial or enforcement: who sends the request
  std::string offence;    // offence id
  std::vector<Measure> measures;
  Date date;
  Facts facts;
};

struct Answer {
  Query query;
  std::vector<MeasureAnswer> measures;
  std::vector<std::string> warnings;
  std::vector<TraceStep> trace; // filled in texts mode

  /// True when some basis applies or is conditional (exit status 0).
  bool any_basis() const;
  /// The facts that would decide the conditional bases, without repeats, in fact-name order.
  std::vector<std::string> deciding_facts() const;
};

/// Folds the conditions into a status: any unmet -> does-not-apply; any unknown -> conditional.
BasisStatus fold_status(const std::vector<Condition>& conditions);

} // namespace treaty
