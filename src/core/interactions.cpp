// Interaction rules between instruments that bind the same pair.
#include "core/interactions.h"

#include "core/conditions.h"

namespace treaty {

bool binds_both(const Basis& basis) {
  int bound = 0;
  for (const auto& c : basis.conditions) {
    if (c.id.rfind("bound:", 0) == 0) {
      if (c.status != ConditionStatus::met) {
        return false;
      }
      ++bound;
    }
  }
  return bound == 2;
}

void apply_interactions(Measure measure, std::vector<Basis>& bases, bool texts) {
  for (const auto& replacing : bases) {
    const Instrument* inst = replacing.source;
    if (!inst || inst->replaces.empty() || !binds_both(replacing)) {
      continue;
    }
    for (const auto& rule : inst->replaces) {
      for (auto& replaced : bases) {
        if (replaced.instrument == rule.instrument && replaced.status != BasisStatus::replaced) {
          replaced.status = BasisStatus::replaced;
          replaced.replaced_by = inst->id;
          if (texts)
            replaced.notes.push_back("Set aside between these states by " + instrument_name(*inst) +
                                     ", which binds both (" + rule.source + ").");
        }
      }
    }
  }

  for (auto& basis : bases) {
    const Instrument* inst = basis.source;
    const MeasureProvision* p = inst ? inst->provision(measure) : nullptr;
    if (!texts || !p || !p->yields_to_treaty || basis.status == BasisStatus::does_not_apply) {
      continue;
    }
    // The most specific treaty binding both: bilateral before regional.
    const Basis* treaty = nullptr;
    for (const auto& other : bases) {
      if ((other.kind == BasisKind::bilateral || other.kind == BasisKind::regional) &&
          other.status != BasisStatus::replaced && binds_both(other) &&
          (!treaty || other.kind < treaty->kind)) {
        treaty = &other;
      }
    }
    const auto& y = *p->yields_to_treaty;
    if (treaty) {
      basis.notes.push_back("Paragraphs " + y.paragraphs + " yield to " + treaty->title +
                            ", which binds both states, unless they agree to apply them instead (" +
                            y.source + ").");
    } else {
      basis.notes.push_back("No treaty of this kind binding both states is in the data: "
                            "paragraphs " +
                            y.paragraphs + " govern the request (" + y.source + ").");
    }
  }
}

} // namespace treaty
