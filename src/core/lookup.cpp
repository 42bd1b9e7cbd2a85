// Name resolution with case folding and nearest-name suggestions.
#include "core/lookup.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace treaty {

namespace {

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  return out;
}

struct Candidate {
  std::string key;   // folded name compared with the typed text
  std::string label; // what the suggestion shows
};

/// The closest labels within a distance that scales with the length typed.
std::string suggest(const std::vector<Candidate>& candidates, std::string_view typed) {
  std::string folded = fold(typed);
  size_t limit = std::max<size_t>(1, folded.size() / 3);
  size_t best = limit + 1;
  std::vector<std::string> labels;
  for (const auto& c : candidates) {
    size_t d = edit_distance(folded, c.key);
    if (d < best) {
      best = d;
      labels.clear();
    }
    if (d == best && std::find(labels.begin(), labels.end(), c.label) == labels.end()) {
      labels.push_back(c.label);
    }
  }
  if (best > limit || labels.empty()) {
    return "";
  }
  std::string out = "; did you mean ";
  for (size_t i = 0; i < labels.size() && i < 3; ++i) {
    out += i == 0 ? "" : (i + 1 == labels.size() || i == 2 ? " or " : ", ");
    out += labels[i];
  }
  return out + "?";
}

} // namespace

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) {
    row[j] = j;
  }
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

Found<State> find_state(const Dataset& data, std::string_view typed) {
  std::string folded = fold(typed);
  if (const State* s = data.state_named(folded)) {
    return s;
  }
  std::vector<Candidate> candidates;
  for (const auto& s : data.states) {
    std::string label = s.iso2 + " (" + s.name + ")";
    std::vector<std::string> keys = {fold(s.iso2), fold(s.iso3), fold(s.name)};
    if (!s.official_name.empty()) {
      keys.push_back(fold(s.official_name));
    }
    for (const auto& a : s.aliases) {
      keys.push_back(fold(a));
    }
    for (auto& k : keys) {
      if (k == folded) {
        return &s;
      }
      candidates.push_back({std::move(k), label});
    }
  }
  return "unknown state '" + std::string(typed) + "'" + suggest(candidates, typed);
}

Found<Offence> find_offence(const Dataset& data, std::string_view typed) {
  std::string folded = fold(typed);
  if (const Offence* o = data.offence_named(folded)) {
    return o;
  }
  std::vector<Candidate> candidates;
  for (const auto& o : data.offences) {
    std::vector<std::string> keys = {o.id};
    for (const auto& a : o.aliases) {
      keys.push_back(fold(a));
    }
    for (auto& k : keys) {
      if (k == folded) {
        return &o;
      }
      candidates.push_back({std::move(k), o.id});
    }
  }
  return "unknown offence '" + std::string(typed) + "'" + suggest(candidates, typed) +
         " (treaty list offences shows them all)";
}

Found<Instrument> find_instrument(const Dataset& data, std::string_view typed) {
  std::string folded = fold(typed);
  std::vector<Candidate> candidates;
  for (const auto& i : data.instruments) {
    for (auto k : {i.id, fold(i.short_name)}) {
      if (!k.empty() && k == folded) {
        return &i;
      }
      candidates.push_back({std::move(k), i.id});
    }
  }
  return "unknown instrument '" + std::string(typed) + "'" + suggest(candidates, typed) +
         " (treaty list instruments shows them all)";
}

} // namespace treaty
