// Offence scope: listed offences first, then the instrument's general scope.
#include "core/scope.h"

namespace treaty {

namespace {

std::string join_articles(const std::vector<std::string>& articles) {
  std::string s;
  for (const auto& a : articles) {
    s += s.empty() ? "" : ", ";
    s += a;
  }
  return s;
}

} // namespace

void scope_conditions(const Context& ctx, const Offence& offence, std::vector<Condition>& out) {
  const Instrument& inst = *ctx.instrument;
  auto name = [&inst] { return instrument_name(inst); };
  if (const OffenceProvision* p = offence.provision_in(inst.id)) {
    Condition c{"offence-in-scope", "", ConditionStatus::met, "", p->provenance.verified, {}};
    say(ctx, c.source, [&] { return p->provenance.source; });
    say(ctx, c.text, [&] {
      return std::string(offence.name + " is an offence covered by " + name() +
                         (p->articles.empty() ? "" : " (art. " + join_articles(p->articles) + ")") +
                         ".");
    });
    out.push_back(std::move(c));
    for (const auto& spec : p->conditions) {
      out.push_back(evaluate(spec, ctx));
    }
    return;
  }
  if (inst.has_general_scope) {
    Condition c{"offence-in-scope", "", ConditionStatus::met, "", true, {}};
    say(ctx, c.source, [&] { return inst.general_scope_source; });
    say(ctx, c.text, [&] {
      return std::string(
          inst.general_scope.empty()
              ? offence.name + " is covered: " + name() + " applies to any offence."
              : offence.name + " is not among " + name() +
                    "'s listed offences; it is covered if the general scope conditions below "
                    "hold.");
    });
    out.push_back(std::move(c));
    for (const auto& spec : inst.general_scope) {
      out.push_back(evaluate(spec, ctx));
    }
    return;
  }
  Condition c{"offence-in-scope", "", ConditionStatus::unmet, "", true, {}};
  say(ctx, c.source, [&] { return inst.scope_source; });
  say(ctx, c.text,
      [&] { return std::string(offence.name + " is not within the scope of " + name() + "."); });
  out.push_back(std::move(c));
}

} // namespace treaty
