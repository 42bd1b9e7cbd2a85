// The engine: gathers candidate bases per measure, evaluates them, applies interactions, sorts.
#include "core/engine.h"

#include "core/conditions.h"
#include "core/interactions.h"
#include "core/national.h"
#include "core/route.h"
#include "core/scope.h"

#include <algorithm>

namespace treaty {

namespace {

BasisKind basis_kind(InstrumentKind k) {
  switch (k) {
  case InstrumentKind::bilateral:
    return BasisKind::bilateral;
  case InstrumentKind::regional:
    return BasisKind::regional;
  case InstrumentKind::multilateral:
    return BasisKind::multilateral;
  }
  return BasisKind::multilateral;
}

void instrument_basis(const Context& ctx, const Offence& offence, Measure measure, Basis& b) {
  const Instrument& inst = *ctx.instrument;
  const MeasureProvision& p = *ctx.provision;
  b.instrument = inst.id;
  b.source = &inst;
  if (ctx.texts) {
    b.title = inst.title;
  }
  b.kind = basis_kind(inst.kind);
  b.articles = p.articles;
  b.conditions.reserve(8);
  // Both states bound on the date (per-party entry into force, withdrawal, suspension).
  b.conditions.push_back(bound_condition(ctx, ctx.requesting, ctx.requested));
  b.conditions.push_back(bound_condition(ctx, ctx.requested, ctx.requesting));
  scope_conditions(ctx, offence, b.conditions);
  for (const auto& spec : p.conditions) {
    b.conditions.push_back(evaluate(spec, ctx));
  }
  national_conditions(ctx, measure, &p, b.conditions);
  b.status = fold_status(b.conditions);
  if (!p.note.empty()) {
    b.notes.push_back(p.note);
  }
  if (measure == Measure::extradition && !p.prosecute_instead.empty()) {
    // Aut dedere aut judicare: only where the instrument would otherwise govern the case.
    bool governs = true;
    for (const auto& c : b.conditions) {
      if (c.id.rfind("bound:", 0) == 0 || c.id == "offence-in-scope") {
        governs = governs && c.status == ConditionStatus::met;
      }
    }
    for (const auto& c : b.conditions) {
      if (governs && c.id == "nationals" && c.status == ConditionStatus::unmet) {
        b.notes.push_back(ctx.requested.name + " does not surrender its nationals; at " +
                          ctx.requesting.name +
                          "'s request it must submit the case to its own "
                          "prosecutors instead (" +
                          p.prosecute_instead + "): see transfer-of-proceedings.");
      }
    }
  }
}

int status_rank(BasisStatus s) {
  switch (s) {
  case BasisStatus::applies:
    return 0;
  case BasisStatus::conditional:
    return 1;
  case BasisStatus::replaced:
    return 2;
  case BasisStatus::does_not_apply:
    return 3;
  }
  return 3;
}

void finish(Basis& b) {
  if (b.status != BasisStatus::replaced) {
    b.status = fold_status(b.conditions);
  }
  const Instrument* inst = b.source;
  b.verified = !inst || inst->provenance.verified;
  for (const auto& c : b.conditions) {
    b.verified = b.verified && c.verified;
  }
}

} // namespace

Answer check(const Dataset& data, const Query& query, bool texts) {
  Answer answer;
  check_into(data, query, texts, answer);
  return answer;
}

void check_into(const Dataset& data, const Query& query, bool texts, Answer& answer) {
  answer.query = query;
  answer.warnings.clear();
  answer.trace.clear();
  answer.measures.resize(query.measures.size());
  const State& requesting = *data.state(query.requesting);
  const State& requested = *data.state(query.requested);
  const Offence& offence = *data.offence(query.offence);

  if (data.as_of && query.date > *data.as_of) {
    answer.warnings.push_back("the query date " + query.date.str() +
                              " is after the dataset's as_of date " + data.as_of->str() +
                              ": ratifications, withdrawals and declarations made since are not "
                              "in the data");
  }

  for (size_t mi = 0; mi < query.measures.size(); ++mi) {
    Measure measure = query.measures[mi];
    MeasureAnswer& ma = answer.measures[mi];
    ma.measure = measure;
    size_t used = 0;
    auto next = [&]() -> Basis& {
      if (used == ma.bases.size()) {
        ma.bases.emplace_back();
      }
      Basis& b = ma.bases[used++];
      reset(b);
      return b;
    };
    // The candidates, in the order of the instruments: those with a row for either state
    // (both, for a bilateral treaty), merged from the two states' ascending lists.
    const auto& of_a = data.instruments_of(requesting);
    const auto& of_b = data.instruments_of(requested);
    size_t ia = 0;
    size_t ib = 0;
    while (ia < of_a.size() || ib < of_b.size()) {
      uint32_t a = ia < of_a.size() ? of_a[ia] : UINT32_MAX;
      uint32_t b = ib < of_b.size() ? of_b[ib] : UINT32_MAX;
      uint32_t i = std::min(a, b);
      bool both = a == b;
      ia += a == i ? 1 : 0;
      ib += b == i ? 1 : 0;
      const Instrument& inst = data.instruments[i];
      if (inst.kind == InstrumentKind::bilateral && !both) {
        continue; // a bilateral treaty is a basis only between its own parties
      }
      const MeasureProvision* p = inst.provision(measure);
      if (!p) {
        continue;
      }
      Context ctx{data, query, requesting, requested, &inst, p, texts};
      instrument_basis(ctx, offence, measure, next());
    }
    Context domestic{data, query, requesting, requested, nullptr, nullptr, texts};
    domestic_basis(domestic, measure, next());
    ma.bases.resize(used);
    for (auto& b : ma.bases) {
      finish(b);
    }
    apply_interactions(measure, ma.bases, texts);
    if (texts) {
      // The reasoning, in the order the engine took it: each basis and its conditions, then
      // what the interaction rules set aside.
      for (const auto& b : ma.bases) {
        for (const auto& c : b.conditions) {
          answer.trace.push_back({std::string(measure_id(measure)) + " / " +
                                      std::string(b.instrument) + ": " + std::string(c.id),
                                  c.source,
                                  c.text + " -> " + std::string(condition_status_id(c.status))});
        }
        for (const auto& n : b.notes) {
          answer.trace.push_back({std::string(measure_id(measure)) + " / " +
                                      std::string(b.instrument) + ": note",
                                  "", n});
        }
        answer.trace.push_back({std::string(measure_id(measure)) + " / " +
                                    std::string(b.instrument),
                                "", "verdict: " + std::string(basis_status_id(b.status))});
      }
    }
    // Most specific first; an insertion sort: a handful of bases, no allocation, stable.
    auto before = [](const Basis& a, const Basis& b) {
      if (a.kind != b.kind) {
        return a.kind < b.kind;
      }
      if (status_rank(a.status) != status_rank(b.status)) {
        return status_rank(a.status) < status_rank(b.status);
      }
      return a.instrument < b.instrument;
    };
    for (size_t i = 1; i < ma.bases.size(); ++i) {
      for (size_t j = i; j > 0 && before(ma.bases[j], ma.bases[j - 1]); --j) {
        std::swap(ma.bases[j], ma.bases[j - 1]);
      }
    }
    if (texts) {
      ma.route = build_route(data, query, ma);
      answer.trace.push_back({std::string(measure_id(measure)) + ": order", "",
                              "most specific first: bilateral, regional, multilateral, then the "
                              "requested state's law; the route follows " +
                                  (ma.route.basis.empty() ? std::string("no basis")
                                                          : ma.route.basis) +
                                  "."});
    } else {
      ma.route = Route{};
    }
  }
}

} // namespace treaty
