// What the engine answers: per measure, the candidate legal bases with their conditions.
#pragma once

#include "core/date.h"
#include "core/facts.h"
#include "core/model.h"

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

/// One condition of a basis, three-valued, with the rule that imposes it. The views point into
/// the dataset or at literals: an answer lives no longer than the dataset it came from.
struct Condition {
  std::string_view id;
  std::string text;
  ConditionStatus status = ConditionStatus::unknown;
  std::string source;
  bool verified = true;
  /// For an unknown condition: the facts that would decide it.
  std::vector<std::string_view> decided_by;
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
};

struct MeasureAnswer {
  Measure measure = Measure::mla;
  std::vector<Basis> bases;
};

struct Query {
  std::string requesting; // ISO alpha-2
  std::string requested;  // ISO alpha-2
  std::string offence;    // offence id
  std::vector<Measure> measures;
  Date date;
  Facts facts;
};

struct Answer {
  Query query;
  std::vector<MeasureAnswer> measures;
  std::vector<std::string> warnings;

  /// True when some basis applies or is conditional (exit status 0).
  bool any_basis() const;
  /// The facts that would decide the conditional bases, without repeats, in fact-name order.
  std::vector<std::string> deciding_facts() const;
};

/// Folds the conditions into a status: any unmet -> does-not-apply; any unknown -> conditional.
BasisStatus fold_status(const std::vector<Condition>& conditions);

} // namespace treaty
