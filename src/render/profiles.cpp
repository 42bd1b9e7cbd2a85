// Parties, state profiles and changes, in text, JSON and CSV.
#include "render/profiles.h"

#include "render/table.h"
#include "render/text_check.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace treaty {

namespace {

using json = nlohmann::ordered_json;

json date_or_null(const std::optional<Date>& d) {
  return d ? json(d->str()) : json(nullptr);
}
std::string date_or_blank(const std::optional<Date>& d) {
  return d ? d->str() : "";
}

json reservations_json(const Party& p) {
  json out = json::array();
  for (const auto& r : p.reservations) {
    out.push_back({{"article", r.article},
                   {"kind", r.kind},
                   {"text", r.text},
                   {"effect", effect_id(r.effect)},
                   {"values", r.values},
                   {"source", r.provenance.source},
                   {"verified", r.provenance.verified}});
  }
  return out;
}

std::vector<PartyStatus> selected(const Instrument& i, Date date, bool all) {
  std::vector<PartyStatus> out;
  for (const auto& ps : parties_on(i, date)) {
    if (all || ps.kind == Binding::Kind::bound) {
      out.push_back(ps);
    }
  }
  return out;
}

} // namespace

std::string render_parties_text(const Instrument& i, Date date, bool all) {
  auto rows = selected(i, date, all);
  size_t bound = 0;
  for (const auto& ps : parties_on(i, date)) {
    bound += ps.kind == Binding::Kind::bound ? 1 : 0;
  }
  std::string out = wrap(i.title + " (" + i.id + ")", 2) + "\n";
  std::string count = fmt::format("{} parties bound on {}", bound, date.str());
  if (i.parties_total) {
    count += "; " + total_phrase(*i.parties_total);
  }
  out += wrap(count + ".", 0) + "\n";
  if (i.complete_as_of && date > *i.complete_as_of && !i.parties_complete) {
    out += wrap("The party list is complete only up to " + i.complete_as_of->str() +
                    ": later parties may be missing.",
                0) +
           "\n";
  }
  out += fmt::format("\n{:<5} {:<12} {:<12} {:<14} {:<12} {}\n", "state", "signed", "consent",
                     "type", "in force", all ? "status" : "");
  for (const auto& ps : rows) {
    const Party& p = *ps.party;
    std::string marks = p.provenance.verified ? "" : " [unverified]";
    if (!p.reservations.empty()) {
      marks += fmt::format(" [{} reservation{}]", p.reservations.size(),
                           p.reservations.size() == 1 ? "" : "s");
    }
    out += fmt::format(
        "{:<5} {:<12} {:<12} {:<14} {:<12} {}{}\n", p.state, date_or_blank(p.signed_on),
        date_or_blank(p.consent), p.consent_type ? consent_type_id(*p.consent_type) : "",
        p.bound_after ? fmt::format(">{}", p.bound_after->str()) : date_or_blank(p.in_force),
        all ? binding_id(ps.kind) : "", marks);
  }
  return out;
}

std::string render_parties_json(const Instrument& i, Date date, bool all) {
  json parties = json::array();
  for (const auto& ps : selected(i, date, all)) {
    const Party& p = *ps.party;
    parties.push_back(
        {{"state", p.state},
         {"status", binding_id(ps.kind)},
         {"signed", date_or_null(p.signed_on)},
         {"consent", date_or_null(p.consent)},
         {"consent_type", p.consent_type ? json(consent_type_id(*p.consent_type)) : json(nullptr)},
         {"in_force", date_or_null(p.in_force)},
         {"withdrawn", date_or_null(p.withdrawn)},
         {"bound_after", date_or_null(p.bound_after)},
         {"verified", p.provenance.verified},
         {"reservations", reservations_json(p)},
         {"source", p.provenance.source}});
  }
  json out = {{"schema", "treaty/parties/1"},
              {"instrument", i.id},
              {"date", date.str()},
              {"complete_as_of", date_or_null(i.complete_as_of)},
              {"parties", parties}};
  if (i.parties_total) {
    out["depositary_total"] = {{"count", i.parties_total->count},
                               {"as_of", i.parties_total->as_of.str()},
                               {"source", i.parties_total->source},
                               {"by_depositary", i.parties_total->by_depositary}};
  }
  return out.dump(2) + "\n";
}

std::string render_parties_csv(const Instrument& i, Date date, bool all) {
  std::string out = csv_line({"state", "status", "signed", "consent", "consent_type", "in_force",
                              "withdrawn", "verified", "reservations", "source"});
  for (const auto& ps : selected(i, date, all)) {
    const Party& p = *ps.party;
    out += csv_line({p.state, std::string(binding_id(ps.kind)), date_or_blank(p.signed_on),
                     date_or_blank(p.consent),
                     p.consent_type ? std::string(consent_type_id(*p.consent_type)) : "",
                     date_or_blank(p.in_force), date_or_blank(p.withdrawn),
                     p.provenance.verified ? "true" : "false",
                     std::to_string(p.reservations.size()), p.provenance.source});
  }
  return out;
}

std::string render_state_text(const State& s, const Dataset& data, Date date) {
  std::string out = s.name + " (" + s.iso2 + (s.iso3.empty() ? "" : ", " + s.iso3) + ")\n";
  if (!s.official_name.empty() && s.official_name != s.name) {
    out += s.official_name + "\n";
  }
  out += s.un_member ? "UN member" + (s.un_admitted ? " since " + s.un_admitted->str() : "")
                     : std::string("Not a UN member");
  out += ".\n\nInstruments binding it on " + date.str() + ":\n";
  std::string others;
  for (const auto& i : data.instruments) {
    const Party* p = i.party(s.iso2);
    if (!p) {
      continue;
    }
    Binding b = binding_on(i, s.iso2, "", date);
    std::string line = fmt::format("  {:<28} {:<13} {}", i.id, std::string(kind_id(i.kind)),
                                   p->in_force ? "in force from " + p->in_force->str()
                                               : std::string(binding_id(b.kind)));
    if (!p->provenance.verified) {
      line += " [unverified]";
    }
    line += "\n";
    for (const auto& r : p->reservations) {
      line += "      " +
              wrap("art. " + r.article + " (" + r.kind + ", " + std::string(effect_id(r.effect)) +
                       "): " + r.text + (r.provenance.verified ? "" : " [unverified]"),
                   6) +
              "\n";
    }
    (b.kind == Binding::Kind::bound ? out : others) +=
        b.kind == Binding::Kind::bound ? line
                                       : fmt::format("  {:<28} {}\n", i.id, binding_id(b.kind));
  }
  if (!others.empty()) {
    out +=
        "\nOther instruments with a row for it (not binding it on " + date.str() + "):\n" + others;
  }
  out += "\nNational rules on " + date.str() + ":\n";
  if (s.rules.empty()) {
    out += "  none in the data\n";
  }
  for (const auto& [measure, all] : s.rules) {
    const MeasureRules& rules = *s.rules_for(measure, date);
    out += "  " + std::string(measure_id(measure)) + "\n";
    auto rule = [&](const char* name, std::string value, const auto& r) {
      out += "    " +
             wrap(std::string(name) + ": " + value + ". " + r.text +
                      (r.provenance.verified ? "" : " [unverified]") + " (" + r.provenance.source +
                      ")",
                  6) +
             "\n";
    };
    if (rules.treaty_required) {
      rule("treaty required", rules.treaty_required->value ? "yes" : "no", *rules.treaty_required);
    }
    if (rules.reciprocity) {
      rule("reciprocity", std::string(reciprocity_id(rules.reciprocity->value)),
           *rules.reciprocity);
    }
    if (rules.nationals) {
      rule("nationals extradited", std::string(nationals_id(rules.nationals->value)),
           *rules.nationals);
    }
  }
  return out;
}

std::string render_state_json(const State& s, const Dataset& data, Date date) {
  json instruments = json::array();
  for (const auto& i : data.instruments) {
    const Party* p = i.party(s.iso2);
    if (!p) {
      continue;
    }
    Binding b = binding_on(i, s.iso2, "", date);
    instruments.push_back({{"instrument", i.id},
                           {"kind", kind_id(i.kind)},
                           {"status", binding_id(b.kind)},
                           {"in_force", date_or_null(p->in_force)},
                           {"verified", p->provenance.verified},
                           {"reservations", reservations_json(*p)},
                           {"source", p->provenance.source}});
  }
  json rules = json::object();
  for (const auto& [measure, all] : s.rules) {
    const MeasureRules& r = *s.rules_for(measure, date);
    json m = json::object();
    auto put = [&](const char* name, json value, const auto& rule) {
      m[name] = {{"value", value},
                 {"text", rule.text},
                 {"source", rule.provenance.source},
                 {"verified", rule.provenance.verified}};
      if (!rule.summary.empty()) {
        m[name]["summary"] = rule.summary;
      }
      if (rule.provenance.valid_from) {
        m[name]["valid_from"] = rule.provenance.valid_from->str();
      }
      if (rule.provenance.repealed) {
        m[name]["repealed"] = rule.provenance.repealed->str();
      }
    };
    if (r.treaty_required) {
      put("treaty_required", r.treaty_required->value, *r.treaty_required);
    }
    if (r.reciprocity) {
      put("reciprocity", reciprocity_id(r.reciprocity->value), *r.reciprocity);
    }
    if (r.nationals) {
      put("nationals", nationals_id(r.nationals->value), *r.nationals);
    }
    rules[std::string(measure_id(measure))] = m;
  }
  json out = {{"schema", "treaty/state/1"},
              {"state",
               {{"iso2", s.iso2},
                {"iso3", s.iso3},
                {"name", s.name},
                {"official_name", s.official_name},
                {"un_member", s.un_member},
                {"un_admitted", date_or_null(s.un_admitted)}}},
              {"date", date.str()},
              {"instruments", instruments},
              {"rules", rules}};
  return out.dump(2) + "\n";
}

std::string render_diff_text(const std::vector<StatusChange>& changes, const Dataset& data,
                             Date from, Date to) {
  std::string out =
      fmt::format("Changes after {} up to {}: {}\n", from.str(), to.str(), changes.size());
  for (const auto& c : changes) {
    const State* s = c.state.empty() ? nullptr : data.state(c.state);
    std::string who = s ? s->name + " (" + s->iso2 + ")" : "";
    auto national = [&](const char* one, const char* many) {
      return fmt::format("national law on {}: {} rule{} {}", c.measure, c.rules,
                         c.rules == 1 ? "" : "s", c.rules == 1 ? one : many);
    };
    std::string what = c.change == "in-force"              ? "bound by " + c.instrument
                       : c.change == "withdrawn"           ? "no longer bound by " + c.instrument
                       : c.change == "suspended"           ? "suspends " + c.instrument
                       : c.change == "instrument-in-force" ? c.instrument + " enters into force"
                       : c.change == "national-rules-in-force"
                           ? national("applies from this date", "apply from this date")
                       : c.change == "national-rules-repealed"
                           ? national("no longer applies", "no longer apply")
                           : c.change;
    out +=
        fmt::format("  {}  {}\n", c.date.str(), wrap(who.empty() ? what : who + ": " + what, 14));
  }
  return out;
}

std::string render_diff_json(const std::vector<StatusChange>& changes, Date from, Date to) {
  json items = json::array();
  for (const auto& c : changes) {
    json item = {{"date", c.date.str()},
                 {"instrument", c.instrument},
                 {"state", c.state.empty() ? json(nullptr) : json(c.state)},
                 {"change", c.change}};
    if (!c.measure.empty()) { // national rules: which measure, how many rules
      item["measure"] = c.measure;
      item["rules"] = c.rules;
    }
    items.push_back(std::move(item));
  }
  json out = {
      {"schema", "treaty/diff/1"}, {"from", from.str()}, {"to", to.str()}, {"changes", items}};
  return out.dump(2) + "\n";
}

std::string render_diff_csv(const std::vector<StatusChange>& changes) {
  std::string out = csv_line({"date", "instrument", "state", "change", "measure", "rules"});
  for (const auto& c : changes) {
    out += csv_line({c.date.str(), c.instrument, c.state, c.change, c.measure,
                     c.measure.empty() ? "" : std::to_string(c.rules)});
  }
  return out;
}

} // namespace treaty
