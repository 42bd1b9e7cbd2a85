// Domestic-law bases: the requested state acts without a treaty only where its law allows it.
#include "core/national.h"

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

} // namespace treaty
