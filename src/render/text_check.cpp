// Text rendering of a check answer: one block per measure, one paragraph per basis.
#include "render/text_check.h"

#include <fmt/format.h>

#include <algorithm>
#include <sstream>

namespace treaty {

namespace {

/// The columns a word takes: its characters, not its bytes (UTF-8 continuation bytes take none).
size_t columns(const std::string& word) {
  return static_cast<size_t>(std::count_if(word.begin(), word.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  }));
}

} // namespace

std::string wrap(const std::string& text, size_t indent, size_t width) {
  std::istringstream words(text);
  std::string word;
  std::string out;
  size_t column = indent;
  bool first = true;
  while (words >> word) {
    if (!first && column + 1 + columns(word) > width) {
      out += "\n" + std::string(indent, ' ');
      column = indent;
      first = true;
    }
    if (!first) {
      out += ' ';
      ++column;
    }
    out += word;
    column += columns(word);
    first = false;
  }
  return out;
}

namespace {

std::string upper(std::string_view s) {
  std::string out;
  for (char c : s) {
    out += c == '-' ? ' ' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

std::string articles_text(std::span<const std::string> articles) {
  if (articles.empty()) {
    return "";
  }
  std::string s = articles.size() == 1 ? "art. " : "arts ";
  for (size_t i = 0; i < articles.size(); ++i) {
    s += (i ? ", " : "") + articles[i];
  }
  return s;
}

std::string paint(const std::string& text, std::string_view status, bool colour) {
  if (!colour) {
    return text;
  }
  std::string_view code = status == "applies" || status == "met"           ? "32"
                          : status == "conditional" || status == "unknown" ? "33"
                          : status == "replaced"                           ? "36"
                                                                           : "31";
  return "\033[" + std::string(code) + "m" + text + "\033[0m";
}

void render_basis(std::string& out, const Basis& b, bool colour) {
  out += "  " + wrap(std::string(b.instrument) + ": " + b.title, 4) + "\n";
  std::string line = std::string(basis_kind_id(b.kind));
  if (!b.articles.empty()) {
    line += ", " + articles_text(b.articles);
  }
  line += ": " + paint(upper(basis_status_id(b.status)), basis_status_id(b.status), colour);
  if (!b.verified) {
    line += " [unverified]";
  }
  out += "    " + wrap(line, 4) + "\n";
  // A basis that does not apply shows only its reasons: the conditions that are not met.
  // When the offence is outside the instrument's scope, that alone is said.
  bool reasons_only = b.status == BasisStatus::does_not_apply;
  bool out_of_scope = false;
  for (const auto& c : b.conditions) {
    out_of_scope =
        out_of_scope || (c.id == "offence-in-scope" && c.status == ConditionStatus::unmet);
  }
  size_t hidden = 0;
  for (const auto& c : b.conditions) {
    if ((reasons_only && c.status != ConditionStatus::unmet) ||
        (out_of_scope && c.id != "offence-in-scope")) {
      ++hidden;
      continue;
    }
    std::string status(condition_status_id(c.status));
    std::string body = c.text;
    if (!c.verified) {
      body += " [unverified]";
    }
    out +=
        "    " + paint(fmt::format("{:<8}", status), status, colour) + " " + wrap(body, 13) + "\n";
    if (!c.decided_by.empty()) {
      std::string decide = "decided by:";
      for (const auto& f : c.decided_by) {
        decide += " --fact " + std::string(f) + "=...";
      }
      out += "             " + wrap(decide, 13) + "\n";
    }
    if (!c.source.empty()) {
      out += "             " + wrap("source: " + c.source, 13) + "\n";
    }
  }
  if (hidden > 0) {
    out += fmt::format("    ({} other condition{} not shown: --format json lists them)\n", hidden,
                       hidden == 1 ? "" : "s");
  }
  for (const auto& n : b.notes) {
    out += "    " + wrap("note: " + n, 10) + "\n";
  }
}

} // namespace

void render_route(std::string& out, const Route& r) {
  out += "\n  ROUTE" + (r.basis.empty() ? std::string(" (no basis applies)") : " (on " + r.basis + ")") +
         "\n";
  auto section = [&](const char* title, const std::vector<RouteItem>& items) {
    if (items.empty()) {
      return;
    }
    out += "    " + std::string(title) + "\n";
    for (const auto& i : items) {
      out += "      - " + wrap(i.text + (i.verified ? "" : " [unverified]"), 8) + "\n";
      if (!i.source.empty()) {
        out += "        " + wrap("source: " + i.source, 8) + "\n";
      }
    }
  };
  section("Sends:", r.sender);
  section("Receives:", r.receiver);
  section("Channel:", r.channel);
  section("Language:", r.languages);
  section("The request must contain:", r.contents);
  section("Grounds for refusal to anticipate:", r.refusal_grounds);
  section("Time limits:", r.time_limits);
  section("Alternatives:", r.alternatives);
}

std::string render_check_text(const Answer& answer, const Dataset& data, bool colour,
                              bool explain) {
  const Query& q = answer.query;
  const State* r = data.state(q.requesting);
  const State* d = data.state(q.requested);
  const Offence* o = data.offence(q.offence);
  std::string out = wrap(fmt::format("{} ({}) asks {} ({}): {}, on {}", r->name, r->iso2, d->name,
                                     d->iso2, o->name, q.date.str()),
                         2) +
                    "\n";
  auto facts = given_facts(q.facts);
  std::string facts_line = "Facts given:";
  if (facts.empty()) {
    facts_line += " none";
  }
  for (size_t i = 0; i < facts.size(); ++i) {
    facts_line += (i ? ", " : " ") + facts[i].first + "=" + facts[i].second;
  }
  out += wrap(facts_line + ".", 2) + "\n";
  if (data.as_of) {
    out += "Data as of " + data.as_of->str() + ".\n";
  }
  for (const auto& m : answer.measures) {
    out += "\n" + upper(measure_id(m.measure)) + "\n";
    for (size_t i = 0; i < m.bases.size(); ++i) {
      if (i) {
        out += "\n";
      }
      render_basis(out, m.bases[i], colour);
    }
    render_route(out, m.route);
  }
  if (explain) {
    out += "\nREASONING\n";
    for (size_t i = 0; i < answer.trace.size(); ++i) {
      const auto& s = answer.trace[i];
      out += fmt::format("{:>4}. ", i + 1) +
             wrap(s.rule + ": " + s.text + (s.citation.empty() ? "" : " [" + s.citation + "]"), 6) +
             "\n";
    }
  }
  auto deciding = answer.deciding_facts();
  if (!deciding.empty()) {
    std::string s = "Facts that would decide the conditional answers:";
    for (size_t i = 0; i < deciding.size(); ++i) {
      s += (i ? ", " : " ") + deciding[i];
    }
    out += "\n" + wrap(s + " (give them with --fact NAME=VALUE).", 0) + "\n";
  }
  return out;
}

} // namespace treaty
