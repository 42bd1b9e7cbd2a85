// National law in the answer: the domestic basis (the requested state acts without a treaty only
// where its law allows it) and the conditions its law sets on every basis.
#include "core/national.h"

#include <algorithm>
#include <cctype>

namespace treaty {

namespace {

Condition treaty_not_required(const Context& ctx, const MeasureRules* rules, Measure measure) {
  const State& q = ctx.requested;
  Condition c{"treaty-not-required", "", ConditionStatus::unknown, "", false, {}};
  if (!rules || !rules->treaty_required) {
    say(ctx, c.text, [&] {
      std::string what(measure_title(measure));
      what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
      const MeasureRules* all = q.rules_for(measure);
      return "Whether " + q.name + "'s law allows " + what +
             " without a treaty is not in the data." +
             period_note(
                 versions_of(
                     all, [](const MeasureRules& r) -> const auto& { return r.treaty_required; }),
                 ctx.query.date);
    });
    return c;
  }
  const auto& rule = *rules->treaty_required;
  say(ctx, c.source, [&] { return std::string(rule.provenance.source); });
  c.verified = rule.provenance.verified;
  c.status = rule.value ? ConditionStatus::unmet : ConditionStatus::met;
  say(ctx, c.text, [&] { return std::string(rule.brief()); });
  return c;
}

Condition reciprocity(const Context& ctx, const MeasureRules* rules, Measure measure) {
  const State& q = ctx.requested;
  Condition c{"reciprocity", "", ConditionStatus::unknown, "", false, {}};
  if (!rules || !rules->reciprocity) {
    say(ctx, c.text, [&] {
      const MeasureRules* all = q.rules_for(measure);
      return std::string("Whether " + q.name + " acts on reciprocity is not in the data.") +
             period_note(
                 versions_of(
                     all, [](const MeasureRules& r) -> const auto& { return r.reciprocity; }),
                 ctx.query.date);
    });
    return c;
  }
  const auto& rule = *rules->reciprocity;
  say(ctx, c.source, [&] { return std::string(rule.provenance.source); });
  c.verified = rule.provenance.verified;
  if (rule.value == Reciprocity::no || rule.value == Reciprocity::not_required) {
    c.status = rule.value == Reciprocity::no ? ConditionStatus::unmet : ConditionStatus::met;
    say(ctx, c.text, [&] { return std::string(rule.brief()); });
    return c;
  }
  std::string form = rule.value == Reciprocity::written_undertaking
                         ? "a written undertaking of reciprocity"
                         : "an assurance of reciprocity";
  say(ctx, c.text,
      [&] { return std::string(ctx.requesting.name + " gives " + form + ". " + rule.brief()); });
  const auto& assured = ctx.query.facts.reciprocity_assured;
  if (!assured) {
    c.decided_by.emplace_back("reciprocity-assured");
  } else {
    c.status = *assured ? ConditionStatus::met : ConditionStatus::unmet;
  }
  return c;
}

/// The fact that decides a refusal ground, if any.
const std::optional<bool>* ground_fact(const Facts& f, std::string_view ground,
                                       std::string_view& name) {
  if (ground == "political") {
    name = "political";
    return &f.political;
  }
  if (ground == "fiscal") {
    name = "fiscal";
    return &f.fiscal;
  }
  if (ground == "death-penalty") {
    name = "death-penalty";
    return &f.death_penalty;
  }
  return nullptr;
}

} // namespace

/// The instrument's rule setting `ground` aside, if it has one.
const GroundOverride* override_of(const MeasureProvision* p, std::string_view ground) {
  if (!p) {
    return nullptr;
  }
  for (const auto& o : p->overrides_refusal) {
    if (o.ground == ground) {
      return &o;
    }
  }
  return nullptr;
}

void national_conditions(const Context& ctx, Measure measure, const MeasureProvision* provision,
                         std::vector<Condition>& out) {
  const State& q = ctx.requested;
  const MeasureRules* rules = q.rules_for(measure, ctx.query.date);
  if (!rules) {
    return;
  }
  if (measure == Measure::extradition && rules->min_penalty_years) {
    const auto& rule = *rules->min_penalty_years;
    Condition c{"national-threshold",     "", ConditionStatus::unknown, "",
                rule.provenance.verified, {}};
    say(ctx, c.text, [&] { return q.name + "'s threshold: " + rule.brief(); });
    say(ctx, c.source, [&] { return rule.provenance.source; });
    const auto& penalty = ctx.query.facts.max_penalty_years;
    if (!penalty) {
      c.decided_by.push_back("max-penalty-years");
    } else {
      c.status = *penalty >= rule.value ? ConditionStatus::met : ConditionStatus::unmet;
    }
    out.push_back(std::move(c));
  }
  for (const auto& g : rules->refusal_grounds) {
    std::string_view fact;
    const std::optional<bool>* value = ground_fact(ctx.query.facts, g.ground, fact);
    if (!value || !g.mandatory) {
      continue;
    }
    Condition c{"", "", ConditionStatus::unknown, "", g.provenance.verified, {}};
    c.id = g.ground == "political" ? "no-refusal:political"
           : g.ground == "fiscal"  ? "no-refusal:fiscal"
                                   : "no-refusal:death-penalty";
    if (const GroundOverride* o = override_of(provision, g.ground)) {
      // The instrument binds both states and sets this national ground aside.
      c.status = ConditionStatus::met;
      c.verified = c.verified && o->rule.provenance.verified;
      say(ctx, c.text, [&] {
        return q.name + "'s law refuses: " + g.brief() +
               " Set aside on this basis: " + o->rule.text;
      });
      say(ctx, c.source, [&] { return g.provenance.source + "; " + o->rule.provenance.source; });
      out.push_back(std::move(c));
      continue;
    }
    say(ctx, c.text, [&] { return q.name + " must refuse: " + g.brief(); });
    say(ctx, c.source, [&] { return g.provenance.source; });
    if (!*value) {
      c.decided_by.push_back(fact);
    } else {
      c.status = **value ? ConditionStatus::unmet : ConditionStatus::met;
    }
    out.push_back(std::move(c));
  }
}

void domestic_basis(const Context& ctx, Measure measure, Basis& b) {
  const State& q = ctx.requested;
  b.instrument = q.domestic_id;
  if (ctx.texts) {
    b.title = "Law of " + q.name + " (reciprocity or comity, without a treaty)";
  }
  b.kind = BasisKind::domestic;
  const MeasureRules* rules = q.rules_for(measure, ctx.query.date);
  b.conditions.push_back(treaty_not_required(ctx, rules, measure));
  // Reciprocity matters only where the law does not demand a treaty.
  if (b.conditions.back().status != ConditionStatus::unmet) {
    b.conditions.push_back(reciprocity(ctx, rules, measure));
  }
  if (measure == Measure::extradition) {
    b.conditions.push_back(nationals_condition(ctx));
  }
  national_conditions(ctx, measure, nullptr, b.conditions);
}

Condition legal_basis_condition(const Context& ctx) {
  const State& q = ctx.requested;
  auto name = [&ctx] {
    return ctx.instrument ? instrument_name(*ctx.instrument) : std::string("the instrument");
  };
  Condition c{"convention-as-legal-basis", "", ConditionStatus::unknown, "", true, {}};
  // A protocol's own declarations first, then those under the convention it supplements.
  const Reservation* declaration = nullptr;
  for (const Instrument* inst :
       {ctx.instrument,
        ctx.instrument ? ctx.data.instrument(ctx.instrument->supplements) : nullptr}) {
    const Party* party = inst ? inst->party(q.iso2) : nullptr;
    if (!party || declaration) {
      continue;
    }
    for (const auto& r : party->reservations) {
      if (r.effect == Effect::extradition_basis_yes || r.effect == Effect::extradition_basis_no) {
        declaration = &r;
      }
    }
  }
  if (declaration) {
    say(ctx, c.source, [&] { return std::string(declaration->provenance.source); });
    c.verified = declaration->provenance.verified;
    bool yes = declaration->effect == Effect::extradition_basis_yes;
    c.status = yes ? ConditionStatus::met : ConditionStatus::unmet;
    say(ctx, c.text, [&] {
      return std::string(q.name + " declared under art. " + declaration->article + " that it " +
                         (yes ? "takes " : "does not take ") + name() +
                         " as the legal basis for extradition.");
    });
    if (!yes) {
      // A state that needs no treaty still recognises the offences as extraditable (UNTOC 16(6)).
      const MeasureRules* rules = q.rules_for(Measure::extradition, ctx.query.date);
      if (rules && rules->treaty_required && !rules->treaty_required->value) {
        c.status = ConditionStatus::met;
        say_more(ctx, c.text, [&] {
          return std::string(
              " It does not make extradition conditional on a treaty, so the offences are "
              "extraditable under its law.");
        });
      }
    }
    return c;
  }
  const MeasureRules* rules = q.rules_for(Measure::extradition, ctx.query.date);
  if (rules && rules->treaty_required) {
    say(ctx, c.source, [&] { return std::string(rules->treaty_required->provenance.source); });
    c.verified = rules->treaty_required->provenance.verified;
    if (!rules->treaty_required->value) {
      c.status = ConditionStatus::met;
      say(ctx, c.text, [&] {
        return std::string(q.name +
                           " does not make extradition conditional on a treaty; the offences are "
                           "extraditable between the parties.");
      });
      return c;
    }
    say(ctx, c.text, [&] {
      return std::string(q.name + " extradites only under a treaty, and whether it takes " +
                         name() + " as that legal basis is not in the data.");
    });
    c.verified = false;
    return c;
  }
  c.verified = false;
  say(ctx, c.text, [&] {
    return std::string("Whether " + q.name + " needs a treaty to extradite, and whether it takes " +
                       name() + " as the legal basis, is not in the data.");
  });
  return c;
}

std::string period_note(const std::vector<const Provenance*>& recorded, Date on) {
  if (recorded.empty()) {
    return "";
  }
  std::vector<std::pair<std::optional<Date>, std::optional<Date>>> periods;
  for (const Provenance* p : recorded) {
    if (p->applies_on(on)) {
      return "";
    }
    periods.emplace_back(p->valid_from, p->repealed);
  }
  std::sort(periods.begin(), periods.end()); // an open start (nullopt) first
  periods.erase(std::unique(periods.begin(), periods.end()), periods.end());
  std::string text;
  for (size_t i = 0; i < periods.size(); ++i) {
    const auto& [from, until] = periods[i];
    std::string one = from ? "from " + from->str() : "";
    if (until) {
      one += (one.empty() ? "" : " ") + ("until " + until->str());
    }
    text += (i == 0 ? "" : i + 1 == periods.size() ? " and " : ", ") + one;
  }
  const char* lead = periods.size() > 1     ? " The versions recorded apply "
                     : recorded.size() == 1 ? " The rule recorded applies "
                                            : " The rules recorded apply ";
  return lead + text + "; the law of other dates is not in the data.";
}

Condition nationals_condition(const Context& ctx) {
  const State& q = ctx.requested;
  Condition c{"nationals", "", ConditionStatus::unknown, "", true, {}};
  const MeasureRules* rules = q.rules_for(Measure::extradition, ctx.query.date);
  if (!rules || !rules->nationals) {
    c.verified = false;
    say(ctx, c.text, [&] {
      const MeasureRules* all = q.rules_for(Measure::extradition);
      return std::string("Whether " + q.name +
                         " extradites its own nationals is not in the data.") +
             period_note(versions_of(
                             all, [](const MeasureRules& r) -> const auto& { return r.nationals; }),
                         ctx.query.date);
    });
    const auto& nat = ctx.query.facts.person_nationality;
    if (nat && *nat != q.iso2) {
      c.status = ConditionStatus::met;
      c.verified = true;
      say(ctx, c.text,
          [&] { return std::string("The person is not a national of " + q.name + "."); });
    } else if (!nat) {
      c.decided_by.emplace_back("person-nationality");
    }
    return c;
  }
  const auto& rule = *rules->nationals;
  say(ctx, c.source, [&] { return std::string(rule.provenance.source); });
  c.verified = rule.provenance.verified;
  bool permitted = rule.value == NationalsPolicy::yes;
  if (!permitted && ctx.provision && ctx.provision->surrenders_nationals) {
    permitted =
        rule.value == NationalsPolicy::eu_only || rule.value == NationalsPolicy::treaty_only;
  }
  if (permitted) {
    c.status = ConditionStatus::met;
    say(ctx, c.text,
        [&] { return std::string(q.name + " may surrender its own nationals on this basis."); });
    return c;
  }
  const auto& nat = ctx.query.facts.person_nationality;
  if (rule.value == NationalsPolicy::conditional && nat && *nat == q.iso2) {
    // A national, surrendered only on conditions that no fact of the query decides.
    say(ctx, c.text, [&] {
      return std::string("The person is a national of " + q.name +
                         ", who surrenders its nationals only on conditions: " + rule.brief());
    });
    return c;
  }
  say(ctx, c.text, [&] {
    return std::string("The person is not a national of " + q.name +
                       (rule.value == NationalsPolicy::conditional
                            ? ", or " + q.name +
                                  "'s conditions for surrendering its nationals "
                                  "are met: "
                            : std::string(": ")) +
                       rule.brief());
  });
  if (!nat) {
    c.decided_by.emplace_back("person-nationality");
  } else {
    c.status = *nat == q.iso2 ? ConditionStatus::unmet : ConditionStatus::met;
  }
  return c;
}

} // namespace treaty
