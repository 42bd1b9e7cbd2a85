// Condition evaluation: one function per kind of condition, each citing the rule it applies.
#include "core/conditions.h"

#include "core/national.h"
#include "core/parties.h"

#include <algorithm>
#include <cmath>

namespace treaty {

namespace {

std::string years_text(double y) {
  if (std::floor(y) == y) {
    long n = static_cast<long>(y);
    return std::to_string(n) + (n == 1 ? " year" : " years");
  }
  std::string s = std::to_string(y);
  while (s.back() == '0') {
    s.pop_back();
  }
  return s + " years";
}

Condition from_fact(const ConditionSpec& spec, const Context& ctx, const char* text,
                    std::string_view fact, const std::optional<bool>& value, bool wanted) {
  Condition c{spec.id, "", ConditionStatus::unknown, "", true, {}};
  say(ctx, c.text, [&] { return std::string(text); });
  say(ctx, c.source, [&] { return spec.source; });
  if (!value) {
    c.decided_by.emplace_back(fact);
  } else {
    c.status = *value == wanted ? ConditionStatus::met : ConditionStatus::unmet;
  }
  return c;
}

template <class Make>
Condition penalty_condition(const ConditionSpec& spec, const Context& ctx, double years,
                            Make text) {
  Condition c{spec.id, "", ConditionStatus::unknown, "", true, {}};
  say(ctx, c.text, text);
  say(ctx, c.source, [&] { return spec.source; });
  const auto& penalty = ctx.query.facts.max_penalty_years;
  if (!penalty) {
    c.decided_by.emplace_back("max-penalty-years");
  } else {
    c.status = *penalty >= years ? ConditionStatus::met : ConditionStatus::unmet;
  }
  return c;
}

Condition offence_date_condition(const ConditionSpec& spec, const Context& ctx) {
  Condition c{spec.id, "", ConditionStatus::unknown, "", true, {}};
  say(ctx, c.source, [&] { return spec.source; });
  std::optional<Date> later;
  for (const State* s : {&ctx.requesting, &ctx.requested}) {
    const Party* p = ctx.instrument ? ctx.instrument->party(s->iso2) : nullptr;
    if (!p || !p->in_force) {
      say(ctx, c.text, [&] {
        return std::string(
            "The offence was committed after the instrument bound both states (date not "
            "in the data for " +
            s->name + ").");
      });
      c.verified = false;
      return c;
    }
    later = later ? std::max(*later, *p->in_force) : *p->in_force;
  }
  say(ctx, c.text, [&] {
    return std::string("The offence was committed on or after " + later->str() +
                       ", when the instrument bound both states.");
  });
  const auto& when = ctx.query.facts.offence_date;
  if (!when) {
    c.decided_by.emplace_back("offence-date");
  } else {
    c.status = *when >= *later ? ConditionStatus::met : ConditionStatus::unmet;
  }
  return c;
}

} // namespace

std::string instrument_name(const Instrument& i) {
  return i.short_name.empty() ? i.id : i.short_name;
}

namespace {

Condition evaluate_spec(const ConditionSpec& spec, const Context& ctx) {
  const Facts& f = ctx.query.facts;
  if (spec.id == "transnational") {
    return from_fact(spec, ctx, "The offence is transnational in nature.", "transnational",
                     f.transnational, true);
  }
  if (spec.id == "organized-criminal-group") {
    return from_fact(spec, ctx, "An organized criminal group is involved.",
                     "organized-criminal-group", f.organized_criminal_group, true);
  }
  if (spec.id == "serious-crime") {
    // UNTOC art. 2(b): a maximum deprivation of liberty of at least four years.
    return penalty_condition(spec, ctx, 4, [] {
      return std::string("The offence is a serious crime: punishable by at least 4 years' "
                         "deprivation of liberty.");
    });
  }
  if (spec.id == "penalty-at-least") {
    return penalty_condition(spec, ctx, spec.years, [&] {
      return "The offence is punishable by at least " + years_text(spec.years) +
             " of deprivation of liberty.";
    });
  }
  if (spec.id == "drug-related") {
    return from_fact(spec, ctx,
                     "The offence concerns narcotic drugs or psychotropic substances "
                     "(an offence under art. 3(1) of the 1988 Convention).",
                     "drug-related", f.drug_related, true);
  }
  if (spec.id == "dual-criminality") {
    return from_fact(spec, ctx, "The conduct is an offence under the law of both states.",
                     "dual-criminality", f.dual_criminality, true);
  }
  if (spec.id == "not-political") {
    return from_fact(spec, ctx, "The offence is not a political offence.", "political", f.political,
                     false);
  }
  if (spec.id == "not-fiscal") {
    return from_fact(spec, ctx, "The offence is not a fiscal offence.", "fiscal", f.fiscal, false);
  }
  if (spec.id == "no-death-penalty") {
    return from_fact(spec, ctx,
                     "The offence is not punishable by death in the requesting state (otherwise "
                     "assurances are needed).",
                     "death-penalty", f.death_penalty, false);
  }
  if (spec.id == "offence-after-entry-into-force") {
    return offence_date_condition(spec, ctx);
  }
  if (spec.id == "convention-as-legal-basis" || spec.id == "nationals") {
    // The article that imposes the condition, then the fact it was decided on.
    Condition c = spec.id == "nationals" ? nationals_condition(ctx) : legal_basis_condition(ctx);
    if (!spec.source.empty()) {
      say(ctx, c.source, [&] {
        return std::string(c.source.empty() ? spec.source : spec.source + "; " + c.source);
      });
    }
    return c;
  }
  // The loader accepts only k_condition_ids, so this is a bug.
  return {
      spec.id, "Unknown condition '" + spec.id + "'.", ConditionStatus::unknown, spec.source, false,
      {}};
}

} // namespace

Condition evaluate(const ConditionSpec& spec, const Context& ctx) {
  Condition c = evaluate_spec(spec, ctx);
  c.verified = c.verified && spec.verified;
  return c;
}

Condition bound_condition(const Context& ctx, const State& state, const State& other) {
  const Instrument& inst = *ctx.instrument;
  auto name = [&inst] { return instrument_name(inst); };
  Binding b = binding_on(inst, state.iso2, other.iso2, ctx.query.date);
  Condition c{state.bound_id, "", ConditionStatus::unmet, "", true, {}};
  if (b.party) {
    say(ctx, c.source, [&] { return std::string(b.party->provenance.source); });
    c.verified = b.party->provenance.verified;
  } else {
    say(ctx, c.source, [&] { return std::string(inst.provenance.source); });
  }
  auto consent_text = [&]() {
    const Party& p = *b.party;
    if (p.consent_type == ConsentType::succession) {
      return "succession notified " + p.consent->str();
    }
    std::string s = "consent";
    if (p.consent_type) {
      s += " (" + std::string(consent_type_id(*p.consent_type)) + ")";
    }
    return s + " deposited " + p.consent->str();
  };
  switch (b.kind) {
  case Binding::Kind::bound:
    c.status = ConditionStatus::met;
    say(ctx, c.text, [&] { return std::string(state.name + " is bound by " + name() + ": "); });
    if (b.party->consent) {
      say_more(ctx, c.text, [&] { return std::string(consent_text() + ", "); });
    }
    if (b.party->consent_type == ConsentType::succession && b.party->in_force_derived) {
      say_more(ctx, c.text, [&] {
        return std::string("bound at the latest from then (a succession takes effect from the "
                           "date of succession, which the data does not give).");
      });
    } else {
      say_more(ctx, c.text, [&] {
        return std::string("in force for it from " + b.party->in_force->str() + ".");
      });
    }
    if (b.party->in_force_derived && b.party->consent_type != ConsentType::succession &&
        !inst.party_rule.source.empty()) {
      say_more(ctx, c.source, [&] { return std::string("; " + inst.party_rule.source); });
    }
    break;
  case Binding::Kind::not_party: {
    if (status_recorded(inst, state.iso2, ctx.query.date)) {
      say(ctx, c.text,
          [&] { return std::string(state.name + " is not a party to " + name() + "."); });
    } else {
      c.status = ConditionStatus::unknown;
      c.verified = false;
      say(ctx, c.text, [&] {
        return state.name + "'s participation in " + name() + " is not recorded: " +
               (inst.complete_as_of ? "it was not a party on " + inst.complete_as_of->str() +
                                          ", the last date the party list is complete for"
                                    : std::string("the dataset's party list does not cover it")) +
               ".";
      });
    }
    break;
  }
  case Binding::Kind::signed_only:
    if (!status_recorded(inst, state.iso2, ctx.query.date)) {
      // A signatory when the list was complete; whether it consented since is not recorded.
      c.status = ConditionStatus::unknown;
      c.verified = false;
    }
    say(ctx, c.text, [&] {
      std::string s =
          state.name + " has signed " + name() +
          (b.party->signed_on ? " (" + b.party->signed_on->str() + ")" : std::string()) +
          " but had not consented to be bound";
      if (c.status == ConditionStatus::unknown && inst.complete_as_of) {
        return s + " by " + inst.complete_as_of->str() + "; its later status is not recorded.";
      }
      return s + ".";
    });
    break;
  case Binding::Kind::not_yet:
    say(ctx, c.text, [&] {
      if (!b.party->in_force) {
        return std::string(state.name + " is not yet bound by " + name() + " on " +
                           ctx.query.date.str() + ": it was not bound on " +
                           b.party->bound_after->str() + ", a later date.");
      }
      return std::string(state.name + " is not yet bound by " + name() + " on " +
                         ctx.query.date.str() + ": in force for it from " +
                         b.party->in_force->str() + ".");
    });
    break;
  case Binding::Kind::withdrawn:
    say(ctx, c.text, [&] {
      return std::string(state.name + " is no longer bound by " + name() +
                         ": withdrawal effective " + b.party->withdrawn->str() + ".");
    });
    break;
  case Binding::Kind::suspended:
    say(ctx, c.text, [&] {
      return std::string(state.name + " has suspended the application of " + name() + " towards " +
                         other.name + ".");
    });
    for (const auto& s : b.party->suspensions) {
      say(ctx, c.source, [&] { return std::string(s.provenance.source); });
      c.verified = s.provenance.verified;
    }
    break;
  case Binding::Kind::excluded:
    say(ctx, c.text, [&] {
      return state.name + "'s " + b.exclusion->kind + " under art. " + b.exclusion->article + ": " +
             name() + " does not apply towards " + other.name + ". " + b.exclusion->text;
    });
    say(ctx, c.source, [&] { return std::string(b.exclusion->provenance.source); });
    c.verified = b.exclusion->provenance.verified;
    break;
  case Binding::Kind::date_unknown:
    c.status = ConditionStatus::unknown;
    c.verified = false;
    say(ctx, c.text, [&] {
      if (b.party->consent && b.party->consent_type == ConsentType::succession) {
        return state.name + " notified its succession to " + name() + " on " +
               b.party->consent->str() +
               "; a succession takes effect from the date of succession, which is not in the "
               "data, so whether it was bound before the notification is unknown.";
      }
      if (b.party->consent) {
        return state.name + " deposited its consent to " + name() + " on " +
               b.party->consent->str() + ", but the date it became bound is not in the data.";
      }
      if (b.party->bound_after) {
        return state.name + " was not bound by " + name() + " on " + b.party->bound_after->str() +
               "; whether and when it became bound after that is not in the data.";
      }
      return state.name + " is listed for " + name() +
             ", but whether and when it became bound is not in the data.";
    });
    break;
  }
  return c;
}

} // namespace treaty
