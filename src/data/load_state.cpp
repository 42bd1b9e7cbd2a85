// Loading data/states/<iso2>.yaml: a state's codes, names and national rules per measure.
#include "data/load_parts.h"

namespace treaty {


std::optional<State> load_state(YamlFile& f, LoadContext&) {
  const YAML::Node& root = *f.root();
  if (!f.check_map(root, "a state file",
                   {"iso2", "iso3", "name", "official_name", "aliases", "un_member", "un_admitted",
                    "source", "verified", "note", "rules"},
                   {"iso2", "name", "source"})) {
    return std::nullopt;
  }
  State s;
  s.iso2 = f.text(root, "iso2").value_or("");
  s.iso3 = f.text(root, "iso3").value_or("");
  s.name = f.text(root, "name").value_or("");
  s.official_name = f.text(root, "official_name").value_or("");
  s.aliases = f.texts(root, "aliases");
  s.un_member = f.boolean(root, "un_member").value_or(false);
  s.un_admitted = f.date(root, "un_admitted");
  s.provenance = f.provenance(root);
  auto is_code = [](const std::string& code, size_t n) {
    if (code.size() != n) {
      return false;
    }
    for (char c : code) {
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  };
  if (root["iso2"] && !s.iso2.empty() && !is_code(s.iso2, 2)) {
    f.error(root["iso2"],
            "'iso2' must be two capital letters (ISO 3166-1 alpha-2), not '" + s.iso2 + "'");
  }
  if (root["iso3"] && !s.iso3.empty() && !is_code(s.iso3, 3)) {
    f.error(root["iso3"],
            "'iso3' must be three capital letters (ISO 3166-1 alpha-3), not '" + s.iso3 + "'");
  }
  if (!root["rules"]) {
    return s;
  }
  YAML::Node rules = root["rules"];
  if (!f.check_map(rules, "rules",
                   {"extradition", "mla", "transfer-of-proceedings",
                    "transfer-of-sentenced-persons", "confiscation", "jit"})) {
    return s;
  }
  for (auto it = rules.begin(); it != rules.end(); ++it) {
    auto measure = parse_measure(it->first.Scalar());
    if (!measure || s.rules.count(*measure)) {
      continue;
    }
    YAML::Node m = it->second; // a copy: the iterator yields a temporary
    std::string what = "rules for " + it->first.Scalar();
    if (!m.IsMap()) {
      f.error(m, what + " must be a map");
      continue;
    }
    MeasureRules mr = load_measure_rules(f, m, *measure, what);
    s.rules.emplace(*measure, std::move(mr));
  }
  return s;
}

} // namespace treaty
