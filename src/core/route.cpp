// Building the route from the basis, the requested state's declarations and both states' law.
#include "core/route.h"

#include "core/conditions.h"
#include "core/national.h"

namespace treaty {

namespace {

RouteItem item(std::string text, const Provenance& p) {
  return {std::move(text), p.source, p.verified};
}

std::string joined(const std::vector<std::string>& values, const char* separator = ", ") {
  std::string s;
  for (const auto& v : values) {
    s += s.empty() ? "" : separator;
    s += v;
  }
  return s;
}

/// The requested state's declarations under the basis instrument (and the convention a protocol
/// supplements) with a given effect.
std::vector<const Reservation*> declarations(const Dataset& data, const Instrument* inst,
                                             const std::string& state, Effect effect) {
  std::vector<const Reservation*> out;
  for (const Instrument* i : {inst, inst ? data.instrument(inst->supplements) : nullptr}) {
    const Party* p = i ? i->party(state) : nullptr;
    if (!p) {
      continue;
    }
    for (const auto& r : p->reservations) {
      if (r.effect == effect) {
        out.push_back(&r);
      }
    }
  }
  return out;
}

const Basis* route_basis(const MeasureAnswer& answer) {
  const Basis* conditional = nullptr;
  for (const auto& b : answer.bases) {
    if (b.status == BasisStatus::applies) {
      return &b;
    }
    if (b.status == BasisStatus::conditional && !conditional) {
      conditional = &b;
    }
  }
  return conditional;
}

void alternatives(const Dataset& data, const Query& q, const MeasureAnswer& answer, Route& r) {
  const State& requested = *data.state(q.requested);
  bool nationals_bar = false;
  for (const auto& b : answer.bases) {
    for (const auto& c : b.conditions) {
      nationals_bar = nationals_bar || (c.id == "nationals" && c.status == ConditionStatus::unmet);
    }
  }
  if (answer.measure == Measure::extradition && nationals_bar) {
    const MeasureRules* rules = requested.rules_for(Measure::extradition, q.date);
    if (rules && rules->duty_to_prosecute) {
      r.alternatives.push_back(item("Ask " + requested.name + " to prosecute the person itself: " +
                                        rules->duty_to_prosecute->text,
                                    rules->duty_to_prosecute->provenance));
    } else {
      r.alternatives.push_back({"Ask " + requested.name +
                                    " to prosecute its national itself (aut dedere aut judicare): "
                                    "check transfer-of-proceedings.",
                                "UNTOC art. 16(10); UNCAC art. 44(11); Vienna 1988 art. 6(9)",
                                true});
    }
  }
  for (const auto& b : answer.bases) {
    if (b.kind != BasisKind::domestic || b.status == BasisStatus::does_not_apply) {
      continue;
    }
    for (const auto& c : b.conditions) {
      if (c.id == "reciprocity" && c.status == ConditionStatus::unknown) {
        r.alternatives.push_back({"Without a treaty: offer " + requested.name +
                                      " the assurance of reciprocity its law asks for.",
                                  c.source, c.verified});
      }
    }
  }
}

} // namespace

Route build_route(const Dataset& data, const Query& q, const MeasureAnswer& answer) {
  Route r;
  const State& requesting = *data.state(q.requesting);
  const State& requested = *data.state(q.requested);
  const Basis* basis = route_basis(answer);
  const MeasureRules* out_rules = requesting.rules_for(answer.measure, q.date);
  const MeasureRules* in_rules = requested.rules_for(answer.measure, q.date);
  const Instrument* inst = basis ? basis->source : nullptr;
  const MeasureProvision* provision = inst ? inst->provision(answer.measure) : nullptr;
  if (basis) {
    r.basis = std::string(basis->instrument);
  }

  // Who sends: the requesting state's authority for the stage of proceedings.
  if (out_rules) {
    for (const auto& a : out_rules->authority_sends) {
      if (a.stage == q.stage) {
        r.sender.push_back(item(a.value + (a.text.empty() ? "" : ": " + a.text), a.provenance));
      }
    }
  }
  if (r.sender.empty()) {
    // The senders recorded for other dates, if any, say when the law read applies.
    std::vector<const Provenance*> recorded;
    if (const MeasureRules* all = requesting.rules_for(answer.measure)) {
      for (const auto& a : all->authority_sends) {
        if (a.stage == q.stage) {
          recorded.push_back(&a.provenance);
        }
      }
    }
    r.sender.push_back({"Which authority of " + requesting.name + " sends " + q.stage +
                            " requests is not in the data." + period_note(recorded, q.date),
                        "", false});
  }

  // Who receives: a central authority the requested state declared under the basis, else its law.
  for (const Reservation* d : declarations(data, inst, requested.iso2, Effect::central_authority)) {
    r.receiver.push_back(
        item(joined(d->values) + " (declared under art. " + d->article + ")", d->provenance));
  }
  if (r.receiver.empty() && in_rules && in_rules->authority_receives) {
    const auto& a = *in_rules->authority_receives;
    r.receiver.push_back(item(a.value + (a.text.empty() ? "" : ": " + a.text), a.provenance));
  }
  if (r.receiver.empty()) {
    r.receiver.push_back(
        {"Which authority of " + requested.name + " receives the request is not in the data." +
             period_note(
                 versions_of(
                     requested.rules_for(answer.measure),
                     [](const MeasureRules& m) -> const auto& { return m.authority_receives; }),
                 q.date),
         "", false});
  }

  // Channel.
  if (provision && provision->channel) {
    r.channel.push_back(item(provision->channel->text, provision->channel->provenance));
  }
  if (in_rules && in_rules->channel) {
    r.channel.push_back(item(in_rules->channel->value + ": " + in_rules->channel->text,
                             in_rules->channel->provenance));
  }
  if (in_rules && in_rules->urgent) {
    r.channel.push_back(item("Urgent: " + in_rules->urgent->text, in_rules->urgent->provenance));
  }

  // Languages.
  for (const Reservation* d : declarations(data, inst, requested.iso2, Effect::languages)) {
    r.languages.push_back(
        item(joined(d->values) + ": " + d->text + " (declared under art. " + d->article + ")",
             d->provenance));
  }
  if (provision && provision->languages) {
    r.languages.push_back(item(provision->languages->text, provision->languages->provenance));
  }
  if (in_rules && in_rules->languages) {
    r.languages.push_back(
        item(joined(in_rules->languages->value) + ": " + in_rules->languages->text,
             in_rules->languages->provenance));
  }

  // Contents: the instrument's list, then the requested state's own requirements.
  if (provision) {
    for (const auto& c : provision->contents) {
      r.contents.push_back(item(c.text, c.provenance));
    }
  }
  if (in_rules) {
    for (const auto& c : in_rules->request_contents) {
      r.contents.push_back(item(c.text, c.provenance));
    }
    for (const auto& g : in_rules->refusal_grounds) {
      r.refusal_grounds.push_back(item(std::string(g.mandatory ? "must refuse" : "may refuse") +
                                           " (" + g.ground + "): " + g.text,
                                       g.provenance));
    }
    if (in_rules->provisional_arrest_days) {
      const auto& p = *in_rules->provisional_arrest_days;
      r.time_limits.push_back(item("Provisional arrest: " + p.text, p.provenance));
    }
    if (in_rules->min_remaining_sentence_months) {
      const auto& p = *in_rules->min_remaining_sentence_months;
      r.time_limits.push_back(item("Remaining sentence: " + p.text, p.provenance));
    }
    for (const auto& d : in_rules->deadlines) {
      r.time_limits.push_back(item(d.text, d.provenance));
    }
  }
  if (!basis || basis->status != BasisStatus::applies) {
    alternatives(data, q, answer, r);
  }
  return r;
}

} // namespace treaty
