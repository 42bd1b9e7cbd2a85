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
      return "Whether " + q.name + "'s law allows " + what +
             " without a treaty is not in the data.";
    });
    return c;
  }
  const auto& rule = *rules->treaty_required;
  say(ctx, c.source, [&] { return std::string(rule.provenance.source); });
  c.verified = rule.provenance.verified;
  c.status = rule.value ? ConditionStatus::unmet : ConditionStatus::met;
  say(ctx, c.text, [&] { return std::string(rule.text); });
  return c;
}

Condition reciprocity(const Context& ctx, const MeasureRules* rules) {
  const State& q = ctx.requested;
  Condition c{"reciprocity", "", ConditionStatus::unknown, "", false, {}};
  if (!rules || !rules->reciprocity) {
    say(ctx, c.text, [&] {
      return std::string("Whether " + q.name + " acts on reciprocity is not in the data.");
    });
    return c;
  }
  const auto& rule = *rules->reciprocity;
  say(ctx, c.source, [&] { return std::string(rule.provenance.source); });
  c.verified = rule.provenance.verified;
  if (rule.value == Reciprocity::no || rule.value == Reciprocity::not_required) {
    c.status = rule.value == Reciprocity::no ? ConditionStatus::unmet : ConditionStatus::met;
    say(ctx, c.text, [&] { return std::string(rule.text); });
    return c;
  }
  std::string form = rule.value == Reciprocity::written_undertaking
                         ? "a written undertaking of reciprocity"
                         : "an assurance of reciprocity";
  say(ctx, c.text,
      [&] { return std::string(ctx.requesting.name + " gives " + form + ". " + rule.text); });
  const auto& assured = ctx.query.facts.reciprocity_assured;
  if (!assured) {
    c.decided_by.emplace_back("reciprocity-assured");
  } else {
    c.status = *assured ? ConditionStatus::met : ConditionStatus::unmet;
  }
  return c;
}

} // namespace

void domestic_basis(const Context& ctx, Measure measure, Basis& b) {
  const State& q = ctx.requested;
  b.instrument = q.domestic_id;
  if (ctx.texts) {
    b.title = "Law of " + q.name + " (reciprocity or comity, without a treaty)";
  }
  b.kind = BasisKind::domestic;
  const MeasureRules* rules = q.rules_for(measure);
  b.conditions.push_back(treaty_not_required(ctx, rules, measure));
  // Reciprocity matters only where the law does not demand a treaty.
  if (b.conditions.back().status != ConditionStatus::unmet) {
    b.conditions.push_back(reciprocity(ctx, rules));
  }
  if (measure == Measure::extradition) {
    b.conditions.push_back(nationals_condition(ctx));
  }

}

} // namespace treaty
