// Loading data/treaties/<id>.yaml: an instrument, its measures, scope and parties.
#include "core/parties.h"
#include "data/load_parts.h"

#include <algorithm>

namespace treaty {

namespace {

void load_rule(YamlFile& f, const YAML::Node& root, Instrument& inst) {
  {
    if (!root["party_entry_into_force"]) {
      return;
    }
    YAML::Node n = root["party_entry_into_force"];
    if (!f.check_map(n, "party_entry_into_force", {"rule", "count", "source"},
                     {"rule", "source"})) {
      return;
    }
    auto rule = f.text(n, "rule").value_or("");
    inst.party_rule.source = f.text(n, "source").value_or("");
    inst.party_rule.count = static_cast<int>(f.number(n, "count").value_or(0));
    if (rule == "days-after-deposit") {
      inst.party_rule.kind = EntryIntoForceRule::Kind::days_after_deposit;
    } else if (rule == "first-of-month-after-months") {
      inst.party_rule.kind = EntryIntoForceRule::Kind::first_of_month_after_months;
    } else if (rule == "none") {
      inst.party_rule.kind = EntryIntoForceRule::Kind::none;
    } else {
      f.error(n["rule"], "unknown entry-into-force rule '" + rule + "'",
              {"known rules: days-after-deposit, first-of-month-after-months, none"});
    }
    if (inst.party_rule.kind != EntryIntoForceRule::Kind::none && inst.party_rule.count <= 0) {
      f.error(n, "party_entry_into_force needs a 'count' greater than 0");
    }
  }
}

void load_measures(YamlFile& f, const YAML::Node& root, Instrument& inst, LoadContext& ctx) {
  for (const auto& m : f.sequence(root, "measures")) {
    if (!f.check_map(m, "a measure",
                     {"measure", "articles", "conditions", "yields_to_treaty",
                      "surrenders_nationals", "prosecute_instead", "note", "channel", "languages",
                      "contents", "overrides_refusal", "source"},
                     {"measure", "articles", "source"})) {
      continue;
    }
    MeasureProvision p;
    auto id = f.text(m, "measure").value_or("");
    auto measure = parse_measure(id);
    if (!measure) {
      f.error(m["measure"], "unknown measure '" + id + "'",
              {"known measures: extradition, mla, transfer-of-proceedings, "
               "transfer-of-sentenced-persons, confiscation, jit"});
      continue;
    }
    if (inst.provision(*measure)) {
      f.error(m["measure"], "measure '" + id + "' is listed twice");
      continue;
    }
    p.measure = *measure;
    p.articles = f.texts(m, "articles");
    for (const auto& a : f.sequence(m, "articles")) {
      if (a.IsScalar()) {
        ctx.refer(Reference::Kind::article, a.Scalar(), f, a, "measure " + id, inst.id);
      }
    }
    p.conditions = f.conditions(m, "conditions");
    p.surrenders_nationals = f.boolean(m, "surrenders_nationals").value_or(false);
    p.prosecute_instead = f.text(m, "prosecute_instead").value_or("");
    p.note = f.text(m, "note").value_or("");
    auto note = [&](const YAML::Node& n, const char* what) {
      Note out;
      if (f.check_map(n, what, {"text", "source", "verified", "note"}, {"text", "source"})) {
        out.text = f.text(n, "text").value_or("");
        out.provenance = f.provenance(n);
      }
      return out;
    };
    if (m["channel"]) {
      p.channel = note(m["channel"], "'channel'");
    }
    if (m["languages"]) {
      p.languages = note(m["languages"], "'languages'");
    }
    for (const auto& c : f.sequence(m, "contents")) {
      p.contents.push_back(note(c, "an item of 'contents'"));
    }
    for (const auto& o : f.sequence(m, "overrides_refusal")) {
      if (!f.check_map(o, "an item of 'overrides_refusal'",
                       {"ground", "text", "source", "verified", "note"},
                       {"ground", "text", "source"})) {
        continue;
      }
      GroundOverride g;
      g.ground = f.text(o, "ground").value_or("");
      if (!is_refusal_ground(g.ground)) {
        f.error(o["ground"], "unknown refusal ground '" + g.ground + "'",
                {"known grounds: " + known_refusal_grounds()});
      }
      g.rule.text = f.text(o, "text").value_or("");
      g.rule.provenance = f.provenance(o);
      p.overrides_refusal.push_back(std::move(g));
    }
    p.source = f.text(m, "source").value_or("");
    if (m["yields_to_treaty"]) {
      YAML::Node y = m["yields_to_treaty"];
      if (f.check_map(y, "yields_to_treaty", {"paragraphs", "source"}, {"paragraphs", "source"})) {
        p.yields_to_treaty =
            YieldRule{f.text(y, "paragraphs").value_or(""), f.text(y, "source").value_or("")};
      }
    }
    inst.measures.push_back(std::move(p));
  }
}

Reservation load_reservation(YamlFile& f, const YAML::Node& r, const Instrument& inst,
                             LoadContext& ctx) {
  Reservation res;
  if (!f.check_map(r, "a reservation",
                   {"article", "kind", "text", "effect", "values", "source", "verified", "note"},
                   {"article", "kind", "text", "effect", "source"})) {
    return res;
  }
  res.article = f.text(r, "article").value_or("");
  if (r["article"] && r["article"].IsScalar()) {
    ctx.refer(Reference::Kind::article, res.article, f, r["article"], "reservation", inst.id);
  }
  res.kind = f.text(r, "kind").value_or("");
  if (r["kind"] && res.kind != "reservation" && res.kind != "declaration" &&
      res.kind != "notification" && res.kind != "objection") {
    f.error(r["kind"], "unknown kind '" + res.kind + "'",
            {"known kinds: reservation, declaration, notification, objection"});
  }
  res.text = f.text(r, "text").value_or("");
  auto effect = f.text(r, "effect").value_or("none");
  if (auto e = parse_effect(effect)) {
    res.effect = *e;
  } else if (r["effect"]) {
    f.error(r["effect"], "unknown effect '" + effect + "'",
            {"known effects: none, extradition-basis-yes, extradition-basis-no, "
             "central-authority, languages, not-bound-by-article, territorial, "
             "no-extradition-of-nationals, not-between"});
  }
  res.values = f.texts(r, "values");
  if (res.effect == Effect::not_between) {
    if (res.values.empty()) {
      f.error(r["effect"], "effect 'not-between' needs 'values': the states it excludes");
    }
    for (const auto& v : f.sequence(r, "values")) {
      if (v.IsScalar()) {
        ctx.refer(Reference::Kind::state, v.Scalar(), f, v, "reservation");
      }
    }
  }
  res.provenance = f.provenance(r);
  return res;
}

void load_suspensions(YamlFile& f, const YAML::Node& p, Party& party, LoadContext& ctx) {
  for (const auto& s : f.sequence(p, "suspensions")) {
    if (!f.check_map(s, "a suspension", {"towards", "from", "until", "source", "verified", "note"},
                     {"from", "source"})) {
      continue;
    }
    Suspension sus;
    sus.towards = f.texts(s, "towards");
    for (const auto& t : f.sequence(s, "towards")) {
      if (t.IsScalar()) {
        ctx.refer(Reference::Kind::state, t.Scalar(), f, t, "suspension");
      }
    }
    sus.from = f.date(s, "from").value_or(Date{});
    sus.until = f.date(s, "until");
    sus.provenance = f.provenance(s);
    party.suspensions.push_back(std::move(sus));
  }
}

/// Derives or checks the party's entry into force against the instrument's own rule.
void settle_entry_into_force(YamlFile& f, const YAML::Node& p, const Instrument& inst,
                             Party& party) {
  if (party.consent_type == ConsentType::succession) {
    // A notification of succession takes effect from the date of succession, usually before the
    // notification: the instrument's rule for new parties does not apply. Without a given
    // in_force, the party is bound at the latest from the notification.
    if (party.consent && !party.in_force) {
      party.in_force = party.consent;
      party.in_force_derived = true;
    }
    return;
  }
  if (party.consent && party.in_force && *party.in_force < *party.consent) {
    f.error(p["in_force"], "in_force " + party.in_force->str() +
                               " is before the deposit of consent " + party.consent->str());
    return;
  }
  if (!party.consent) {
    return;
  }
  auto derived = derive_entry_into_force(inst, *party.consent);
  if (!derived) {
    if (!party.in_force && inst.entry_into_force && *party.consent <= *inst.entry_into_force &&
        inst.kind == InstrumentKind::bilateral) {
      party.in_force = inst.entry_into_force;
      party.in_force_derived = true;
    }
    return;
  }
  if (!party.in_force) {
    party.in_force = derived;
    party.in_force_derived = true;
  } else if (*party.in_force != *derived) {
    f.error(p["in_force"],
            "in_force " + party.in_force->str() + " contradicts the instrument's rule: deposit " +
                party.consent->str() + " gives " + derived->str(),
            {"rule: " + inst.party_rule.source + "; omit in_force to let it be derived"});
  }
}

void load_parties(YamlFile& f, const YAML::Node& root, Instrument& inst, LoadContext& ctx) {
  for (const auto& p : f.sequence(root, "parties")) {
    if (!f.check_map(p, "a party row",
                     {"state", "signed", "consent", "consent_type", "is_party", "in_force",
                      "withdrawn", "bound_after", "suspensions", "reservations", "source",
                      "verified", "note"},
                     {"state", "source"})) {
      continue;
    }
    Party party;
    party.state = f.text(p, "state").value_or("");
    if (p["state"] && p["state"].IsScalar()) {
      ctx.refer(Reference::Kind::state, party.state, f, p["state"], "party row");
      if (std::any_of(inst.parties.begin(), inst.parties.end(),
                      [&](const Party& other) { return other.state == party.state; })) {
        f.error(p["state"], "party '" + party.state + "' is listed twice in " + inst.id);
        continue;
      }
    }
    party.signed_on = f.date(p, "signed");
    party.consent = f.date(p, "consent");
    if (auto type = f.text(p, "consent_type")) {
      party.consent_type = parse_consent_type(*type);
      if (!party.consent_type) {
        f.error(p["consent_type"], "unknown consent type '" + *type + "'",
                {"known types: ratification, accession, acceptance, approval, succession, "
                 "formal-confirmation"});
      }
    }
    if (party.consent && !p["consent_type"]) {
      f.error(p, "a party row with 'consent' needs 'consent_type'");
    }
    party.in_force = f.date(p, "in_force");
    party.is_party =
        f.boolean(p, "is_party")
            .value_or(party.consent || party.consent_type || party.in_force || !party.signed_on);
    if (!party.is_party && (party.consent || party.in_force)) {
      f.error(p["is_party"], "is_party is false but the row gives a consent or in_force date");
    }
    party.withdrawn = f.date(p, "withdrawn");
    if (party.withdrawn && party.in_force && *party.withdrawn < *party.in_force) {
      f.error(p["withdrawn"], "withdrawn " + party.withdrawn->str() + " is before in_force " +
                                  party.in_force->str());
    }
    party.bound_after = f.date(p, "bound_after");
    if (party.bound_after && (!party.is_party || party.consent || party.in_force)) {
      f.error(p["bound_after"],
              "bound_after is for a party whose dates are unknown; this row gives " +
                  std::string(!party.is_party ? "is_party false" : "a consent or in_force date"),
              {"give bound_after only with is_party (or consent_type) and no dates"});
    }
    load_suspensions(f, p, party, ctx);
    for (const auto& r : f.sequence(p, "reservations")) {
      party.reservations.push_back(load_reservation(f, r, inst, ctx));
    }
    party.provenance = f.provenance(p);
    settle_entry_into_force(f, p, inst, party);
    inst.parties.push_back(std::move(party));
  }
}

} // namespace

std::optional<Instrument> load_instrument(YamlFile& f, LoadContext& ctx) {
  const YAML::Node& root = *f.root();
  if (!f.check_map(root, "an instrument file",
                   {"id",
                    "short_name",
                    "title",
                    "kind",
                    "depositary",
                    "adopted",
                    "entry_into_force",
                    "party_entry_into_force",
                    "parties_total",
                    "source",
                    "verified",
                    "note",
                    "articles",
                    "measures",
                    "scope_source",
                    "general_scope",
                    "replaces",
                    "complete_as_of",
                    "supplements",
                    "parties_complete",
                    "coverage",
                    "parties"},
                   {"id", "title", "kind", "source", "measures", "parties"})) {
    return std::nullopt;
  }
  Instrument inst;
  inst.id = f.text(root, "id").value_or("");
  bool id_ok = !inst.id.empty();
  for (char c : inst.id) {
    id_ok = id_ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-');
  }
  if (root["id"] && !id_ok) {
    f.error(root["id"],
            "an instrument id is lower-case letters, digits and hyphens, not '" + inst.id + "'");
  }
  inst.short_name = f.text(root, "short_name").value_or("");
  inst.title = f.text(root, "title").value_or("");
  auto kind = f.text(root, "kind").value_or("");
  if (auto k = parse_kind(kind)) {
    inst.kind = *k;
  } else if (root["kind"]) {
    f.error(root["kind"], "unknown kind '" + kind + "'",
            {"known kinds: bilateral, regional, multilateral"});
  }
  inst.depositary = f.text(root, "depositary").value_or("");
  inst.adopted = f.date(root, "adopted");
  inst.entry_into_force = f.date(root, "entry_into_force");
  inst.provenance = f.provenance(root);
  load_rule(f, root, inst);
  if (root["parties_total"]) {
    YAML::Node t = root["parties_total"];
    if (f.check_map(t, "parties_total", {"count", "as_of", "source", "by_depositary"},
                    {"count", "as_of", "source"})) {
      inst.parties_total = PartiesTotal{
          static_cast<int>(f.number(t, "count").value_or(0)), f.date(t, "as_of").value_or(Date{}),
          f.text(t, "source").value_or(""), f.boolean(t, "by_depositary").value_or(true)};
    }
  }
  for (const auto& a : f.sequence(root, "articles")) {
    if (f.check_map(a, "an article", {"number", "title"}, {"number"})) {
      inst.articles.push_back(
          {f.text(a, "number").value_or(""), f.text(a, "title").value_or(""), ""});
    }
  }
  load_measures(f, root, inst, ctx);
  if (root["general_scope"]) {
    YAML::Node g = root["general_scope"];
    if (f.check_map(g, "general_scope", {"conditions", "source"}, {"source"})) {
      inst.has_general_scope = true;
      inst.general_scope = f.conditions(g, "conditions");
      inst.general_scope_source = f.text(g, "source").value_or("");
    }
  }
  inst.scope_source = f.text(root, "scope_source").value_or("");
  for (const auto& r : f.sequence(root, "replaces")) {
    if (f.check_map(r, "a replacement", {"instrument", "source"}, {"instrument", "source"})) {
      Replacement rep{f.text(r, "instrument").value_or(""), f.text(r, "source").value_or("")};
      ctx.refer(Reference::Kind::instrument, rep.instrument, f, r["instrument"], "replaces");
      inst.replaces.push_back(std::move(rep));
    }
  }
  inst.supplements = f.text(root, "supplements").value_or("");
  if (!inst.supplements.empty()) {
    ctx.refer(Reference::Kind::instrument, inst.supplements, f, root["supplements"], "supplements");
  }
  inst.complete_as_of = f.date(root, "complete_as_of");
  inst.parties_complete = f.boolean(root, "parties_complete").value_or(false);
  inst.coverage = f.texts(root, "coverage");
  for (const auto& c : f.sequence(root, "coverage")) {
    if (c.IsScalar()) {
      ctx.refer(Reference::Kind::state, c.Scalar(), f, c, "coverage");
    }
  }
  load_parties(f, root, inst, ctx);
  return inst;
}

} // namespace treaty
