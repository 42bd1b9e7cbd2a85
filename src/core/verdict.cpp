// Names of verdict enumerations and the folding of conditions into a status.
#include "core/verdict.h"

#include <algorithm>

namespace treaty {

std::string_view condition_status_id(ConditionStatus s) {
  switch (s) {
  case ConditionStatus::met:
    return "met";
  case ConditionStatus::unmet:
    return "unmet";
  case ConditionStatus::unknown:
    return "unknown";
  }
  return "?";
}

std::string_view basis_status_id(BasisStatus s) {
  switch (s) {
  case BasisStatus::applies:
    return "applies";
  case BasisStatus::conditional:
    return "conditional";
  case BasisStatus::does_not_apply:
    return "does-not-apply";
  case BasisStatus::replaced:
    return "replaced";
  }
  return "?";
}

std::string_view basis_kind_id(BasisKind k) {
  switch (k) {
  case BasisKind::bilateral:
    return "bilateral";
  case BasisKind::regional:
    return "regional";
  case BasisKind::multilateral:
    return "multilateral";
  case BasisKind::domestic:
    return "domestic";
  }
  return "?";
}

void reset(Basis& b) {
  b.instrument = {};
  b.title.clear();
  b.kind = BasisKind::multilateral;
  b.status = BasisStatus::does_not_apply;
  b.articles = {};
  b.verified = true;
  b.conditions.clear();
  b.notes.clear();
  b.replaced_by = {};
  b.source = nullptr;
}

BasisStatus fold_status(const std::vector<Condition>& conditions) {
  bool unknown = false;
  for (const auto& c : conditions) {
    if (c.status == ConditionStatus::unmet) {
      return BasisStatus::does_not_apply;
    }
    unknown = unknown || c.status == ConditionStatus::unknown;
  }
  return unknown ? BasisStatus::conditional : BasisStatus::applies;
}

bool Answer::any_basis() const {
  for (const auto& m : measures) {
    for (const auto& b : m.bases) {
      if (b.status == BasisStatus::applies || b.status == BasisStatus::conditional) {
        return true;
      }
    }
  }
  return false;
}

std::vector<std::string> Answer::deciding_facts() const {
  std::vector<std::string> out;
  for (auto name : k_fact_names) {
    bool needed = false;
    for (const auto& m : measures) {
      for (const auto& b : m.bases) {
        if (b.status != BasisStatus::conditional) {
          continue;
        }
        for (const auto& c : b.conditions) {
          needed = needed ||
                   std::find(c.decided_by.begin(), c.decided_by.end(), name) != c.decided_by.end();
        }
      }
    }
    if (needed) {
      out.emplace_back(name);
    }
  }
  return out;
}

} // namespace treaty
