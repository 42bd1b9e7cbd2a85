// Reference views: instruments, articles, national rules and search results.
#include "render/reference.h"

#include "core/parties.h"
#include "render/text_check.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace treaty {

std::string render_instrument(const Instrument& i, Date date) {
  std::string out = wrap(i.title + " (" + i.id + ")", 2) + "\n";
  out += fmt::format("Kind: {}. Depositary: {}.\n", kind_id(i.kind),
                     i.depositary.empty() ? "not in the data" : i.depositary);
  if (i.adopted) {
    out += "Adopted " + i.adopted->str();
  }
  if (i.entry_into_force) {
    out += std::string(i.adopted ? "; in" : "In") + " force from " + i.entry_into_force->str();
  }
  out += ".\n";
  size_t bound = 0;
  for (const auto& ps : parties_on(i, date)) {
    bound += ps.kind == Binding::Kind::bound ? 1 : 0;
  }
  std::string count = fmt::format("Parties bound on {} in the data: {}", date.str(), bound);
  if (i.parties_total) {
    count += " (" + total_phrase(*i.parties_total) + ")";
  }
  out += wrap(count + ".", 2) + "\n";
  if (!i.provenance.verified) {
    out += wrap("[unverified] " + i.provenance.note, 2) + "\n";
  }
  out += wrap("Source: " + i.provenance.source, 2) + "\n";
  if (!i.measures.empty()) {
    out += "\nCooperation:\n";
    for (const auto& m : i.measures) {
      std::string arts;
      for (const auto& a : m.articles) {
        arts += (arts.empty() ? "" : ", ") + a;
      }
      out += "  " +
             wrap(std::string(measure_id(m.measure)) + (arts.empty() ? "" : ": art. " + arts) +
                      " (" + m.source + ")",
                  4) +
             "\n";
    }
  }
  if (!i.articles.empty()) {
    out += "\nArticles (treaty show " + i.id + " NUMBER prints one):\n";
    for (const auto& a : i.articles) {
      out += fmt::format("  {:>3}  {}\n", a.number, a.title);
    }
  }
  return out;
}

std::string render_article(const Instrument& i, const Article& a) {
  std::string out =
      wrap(i.title + ", article " + a.number + (a.title.empty() ? "" : ": " + a.title), 2) + "\n\n";
  if (a.text.empty()) {
    return out + "The text of this article is not in the data.\n";
  }
  size_t start = 0;
  while (start <= a.text.size()) {
    size_t end = a.text.find('\n', start);
    end = end == std::string::npos ? a.text.size() : end;
    std::string line = a.text.substr(start, end - start);
    out += line.empty() ? "\n" : wrap(line, 0) + "\n";
    start = end + 1;
  }
  return out + "\n" + wrap("Source: " + i.texts_source, 0) + "\n";
}

std::string render_rules(const State& s, const std::vector<Measure>& measures,
                         const std::string& only) {
  std::string out;
  for (Measure m : measures) {
    const MeasureRules* r = s.rules_for(m);
    if (!r) {
      continue;
    }
    std::string body;
    auto add = [&](const std::string& kind, const std::string& value, const std::string& text,
                   const Provenance& p) {
      if (!only.empty() && only != kind) {
        return;
      }
      body += "  " +
              wrap(kind + (value.empty() ? "" : " = " + value) + ": " + text +
                       (p.verified ? "" : " [unverified]"),
                   4) +
              "\n";
      if (p.valid_from || p.repealed) {
        body += "    " +
                wrap(std::string("applies ") +
                         (p.valid_from ? "from " + p.valid_from->str() : std::string()) +
                         (p.valid_from && p.repealed ? " " : "") +
                         (p.repealed ? "until " + p.repealed->str() + " (repealed then)"
                                     : std::string()),
                     4) +
                "\n";
      }
      body += "    " + wrap("source: " + p.source, 4) + "\n";
      if (!p.note.empty()) {
        body += "    " + wrap("note: " + p.note, 4) + "\n";
      }
    };
    // A single rule may have versions for other periods: each is printed after the first.
    std::vector<const MeasureRules*> sets{r};
    for (const auto& version : r->other_versions) {
      sets.push_back(&version);
    }
    auto versions = [&](auto pick, auto print) {
      for (const MeasureRules* set : sets) {
        if (const auto& rule = pick(*set)) {
          print(*rule);
        }
      }
    };
    versions(
        [](const MeasureRules& x) -> const auto& { return x.treaty_required; },
        [&](const auto& rule) {
          add("treaty_required", rule.value ? "true" : "false", rule.text, rule.provenance);
        });
    versions(
        [](const MeasureRules& x) -> const auto& { return x.reciprocity; },
        [&](const auto& rule) {
          add("reciprocity", std::string(reciprocity_id(rule.value)), rule.text, rule.provenance);
        });
    versions(
        [](const MeasureRules& x) -> const auto& { return x.nationals; },
        [&](const auto& rule) {
          add("nationals", std::string(nationals_id(rule.value)), rule.text, rule.provenance);
        });
    versions(
        [](const MeasureRules& x) -> const auto& { return x.min_penalty_years; },
        [&](const auto& rule) {
          add("min_penalty_years", fmt::format("{}", rule.value), rule.text, rule.provenance);
        });
    versions(
        [](const MeasureRules& x) -> const auto& { return x.min_remaining_sentence_months; },
        [&](const auto& rule) {
          add("min_remaining_sentence_months", fmt::format("{}", rule.value), rule.text,
              rule.provenance);
        });
    for (const auto& g : r->refusal_grounds) {
      add("refusal_grounds", g.ground + (g.mandatory ? " (mandatory)" : " (optional)"), g.text,
          g.provenance);
    }
    versions(
        [](const MeasureRules& x) -> const auto& { return x.authority_receives; },
        [&](const auto& rule) {
          add("authority_receives", rule.value, rule.text, rule.provenance);
        });
    for (const auto& a : r->authority_sends) {
      add("authority_sends", a.stage + ": " + a.value, a.text, a.provenance);
    }
    versions(
        [](const MeasureRules& x) -> const auto& { return x.languages; },
        [&](const auto& rule) {
          std::string v;
          for (const auto& l : rule.value) {
            v += (v.empty() ? "" : ", ") + l;
          }
          add("languages", v, rule.text, rule.provenance);
        });
    versions(
        [](const MeasureRules& x) -> const auto& { return x.channel; },
        [&](const auto& rule) { add("channel", rule.value, rule.text, rule.provenance); });
    versions(
        [](const MeasureRules& x) -> const auto& { return x.provisional_arrest_days; },
        [&](const auto& rule) {
          add("provisional_arrest_days", fmt::format("{}", rule.value), rule.text, rule.provenance);
        });
    if (r->urgent) {
      add("urgent", "", r->urgent->text, r->urgent->provenance);
    }
    for (const auto& d : r->deadlines) {
      add("deadlines", d.days ? fmt::format("{} days", *d.days) : "", d.text, d.provenance);
    }
    for (const auto& c : r->request_contents) {
      add("request_contents", "", c.text, c.provenance);
    }
    if (r->duty_to_prosecute) {
      add("duty_to_prosecute", "", r->duty_to_prosecute->text, r->duty_to_prosecute->provenance);
    }
    for (const auto& n : r->notes) {
      add("notes", "", n.text, n.provenance);
    }
    if (!body.empty()) {
      out += s.name + " (" + s.iso2 + "), " + std::string(measure_id(m)) + ":\n" + body;
    }
  }
  return out;
}

std::string render_search_text(const std::vector<SearchHit>& hits) {
  std::string out = fmt::format("{} match{}\n", hits.size(), hits.size() == 1 ? "" : "es");
  for (const auto& h : hits) {
    out += "\n" + h.where + (h.title.empty() ? "" : " (" + h.title + ")") + "\n";
    out += "  " + wrap(h.excerpt, 2) + "\n";
    if (!h.source.empty()) {
      out += "  " + wrap("source: " + h.source, 2) + "\n";
    }
  }
  return out;
}

std::string render_search_json(const std::vector<SearchHit>& hits) {
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  for (const auto& h : hits) {
    items.push_back({{"where", h.where},
                     {"title", h.title},
                     {"excerpt", h.excerpt},
                     {"source", h.source},
                     {"score", h.score}});
  }
  nlohmann::ordered_json out = {{"schema", "treaty/search/1"}, {"hits", items}};
  return out.dump(2) + "\n";
}

} // namespace treaty
