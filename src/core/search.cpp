// Word search over the dataset's texts.
#include "core/search.h"

#include <algorithm>

namespace treaty {

namespace {

/// Occurrences of every word (0 when one is missing), and where the first match starts.
int score(const std::string& folded, const std::vector<std::string>& words, size_t& first) {
  int total = 0;
  first = std::string::npos;
  for (const auto& w : words) {
    int n = 0;
    for (size_t pos = folded.find(w); pos != std::string::npos; pos = folded.find(w, pos + 1)) {
      ++n;
      first = std::min(first, pos);
    }
    if (n == 0) {
      return 0;
    }
    total += n;
  }
  return total;
}

std::string excerpt(const std::string& text, size_t at) {
  size_t start = at > 80 ? at - 80 : 0;
  while (start > 0 && text[start - 1] != ' ') {
    --start;
  }
  std::string s = text.substr(start, 240);
  for (char& c : s) {
    c = c == '\n' ? ' ' : c;
  }
  return (start > 0 ? "..." : "") + s + (start + 240 < text.size() ? "..." : "");
}

} // namespace

std::vector<SearchHit> search(const Dataset& data, const std::vector<std::string>& typed,
                              size_t limit) {
  std::vector<std::string> words;
  for (const auto& w : typed) {
    if (!w.empty()) {
      words.push_back(fold_case(w));
    }
  }
  std::vector<SearchHit> hits;
  if (words.empty()) {
    return hits;
  }
  auto consider = [&](std::string where, const std::string& title, const std::string& text,
                      const std::string& source) {
    std::string all = title + "\n" + text;
    size_t first = 0;
    int s = score(fold_case(all), words, first);
    if (s > 0) {
      hits.push_back({std::move(where), title, excerpt(all, first), source, s});
    }
  };
  for (const auto& i : data.instruments) {
    for (const auto& a : i.articles) {
      consider(i.id + " art. " + a.number, a.title, a.text, i.texts_source);
    }
  }
  for (const auto& s : data.states) {
    for (const auto& [measure, rules] : s.rules) {
      std::string where = s.iso2 + " " + std::string(measure_id(measure));
      // The first version of each rule, then each other version (one rule set each).
      std::vector<const MeasureRules*> sets{&rules};
      for (const auto& version : rules.other_versions) {
        sets.push_back(&version);
      }
      for (const MeasureRules* set : sets) {
        const MeasureRules& r = *set;
        auto rule = [&](const char* kind, const std::string& text, const Provenance& p) {
          // A dated rule says its period, so that the versions of one rule can be told apart.
          std::string period;
          if (p.valid_from || p.repealed) {
            period = std::string(" (") + (p.valid_from ? "from " + p.valid_from->str() : "") +
                     (p.valid_from && p.repealed ? " " : "") +
                     (p.repealed ? "until " + p.repealed->str() : "") + ")";
          }
          consider(where + ": " + kind + period, kind, text, p.source);
        };
        if (r.treaty_required) {
          rule("treaty_required", r.treaty_required->text, r.treaty_required->provenance);
        }
        if (r.reciprocity) {
          rule("reciprocity", r.reciprocity->text, r.reciprocity->provenance);
        }
        if (r.nationals) {
          rule("nationals", r.nationals->text, r.nationals->provenance);
        }
        for (const auto& g : r.refusal_grounds) {
          rule("refusal ground", g.ground + ": " + g.text, g.provenance);
        }
        for (const auto& d : r.deadlines) {
          rule("deadline", d.text, d.provenance);
        }
        for (const auto& c : r.request_contents) {
          rule("request contents", c.text, c.provenance);
        }
        for (const auto& n : r.notes) {
          rule("procedure", n.text, n.provenance);
        }
      }
    }
  }
  for (const auto& o : data.offences) {
    std::string aliases;
    for (const auto& a : o.aliases) {
      aliases += " " + a;
    }
    consider("offence " + o.id, o.name, o.id + aliases, "data/offences.yaml");
  }
  std::stable_sort(hits.begin(), hits.end(),
                   [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
  if (hits.size() > limit) {
    hits.resize(limit);
  }
  return hits;
}

} // namespace treaty
