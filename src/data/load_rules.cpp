// Loading a state's national rules for one measure: values with statute citations, refusal
// grounds, authorities by stage, languages, time limits and the contents of a request.
#include "data/load_parts.h"

#include <algorithm>
#include <charconv>

namespace treaty {

namespace {

/// The optional `summary` of a rule: a shorter form of `text` for condition texts. It must be
/// shorter than the text it summarises, or it is no summary.
std::string summary_of(YamlFile& f, const YAML::Node& n, const std::string& what) {
  if (!n["summary"]) {
    return "";
  }
  std::string summary = f.text(n, "summary").value_or("");
  std::string text = f.text(n, "text").value_or("");
  if (summary.empty() || summary.size() >= text.size()) {
    f.error(n["summary"],
            "'summary' of " + what + " must be a non-empty text shorter than its 'text'");
    return "";
  }
  return summary;
}

/// One rule map {value, text, summary, source, verified, note, valid_from, repealed}; `parse`
/// turns the value node into T.
template <class T, class Parse>
std::optional<Rule<T>> load_rule_map(YamlFile& f, const YAML::Node& n, const std::string& what,
                                     Parse parse, std::string_view values) {
  if (!f.check_map(n, what,
                   {"value", "values", "text", "summary", "source", "verified", "note",
                    "valid_from", "repealed"},
                   {"text", "source"})) {
    return std::nullopt;
  }
  YAML::Node raw = n["value"] ? n["value"] : n["values"];
  std::optional<T> value;
  if (raw) {
    value = parse(raw);
  }
  if (!value) {
    f.error(raw ? raw : n, "'value' of " + what + " must be " + std::string(values));
    return std::nullopt;
  }
  Rule<T> rule;
  rule.value = std::move(*value);
  rule.text = f.text(n, "text").value_or("");
  rule.summary = summary_of(f, n, what);
  rule.provenance = f.provenance(n);
  return rule;
}

/// Whether two periods [valid_from, repealed) share a day; a missing end is open.
bool overlap(const Provenance& a, const Provenance& b) {
  bool a_before_b_ends = !a.valid_from || !b.repealed || *a.valid_from < *b.repealed;
  bool b_before_a_ends = !b.valid_from || !a.repealed || *b.valid_from < *a.repealed;
  return a_before_b_ends && b_before_a_ends;
}

std::string period_text(const Provenance& p) {
  if (!p.valid_from && !p.repealed) {
    return "every date";
  }
  return (p.valid_from ? "from " + p.valid_from->str() : std::string()) +
         (p.valid_from && p.repealed ? " " : "") +
         (p.repealed ? "until " + p.repealed->str() : std::string());
}

/// The rule `key` of a measure into `mr.*member`: a rule map, or a list of versions of the rule
/// for periods that do not overlap (the law as it stood before and after an amendment). The
/// first version goes to `member`, each other one to a rule set of its own in other_versions.
template <class T, class Parse>
void load_rule(YamlFile& f, const YAML::Node& rules, const char* key, Parse parse,
               std::string_view values, MeasureRules& mr,
               std::optional<Rule<T>> MeasureRules::*member) {
  if (!rules[key]) {
    return;
  }
  YAML::Node n = rules[key];
  std::string what = "rule '" + std::string(key) + "'";
  if (!n.IsSequence()) {
    mr.*member = load_rule_map<T>(f, n, what, parse, values);
    return;
  }
  if (n.size() == 0) {
    f.error(n, what + " is an empty list: give a rule, or a list of its versions");
    return;
  }
  if (std::none_of(n.begin(), n.end(), [](const YAML::Node& item) { return item.IsMap(); })) {
    f.error(n, what + " must be a rule map (value, text, source, ...), or a list of its versions, "
                      "each such a map");
    return;
  }
  std::vector<std::pair<Rule<T>, YAML::Node>> versions;
  for (const auto& item : n) {
    auto rule = load_rule_map<T>(f, item, "a version of " + what, parse, values);
    if (!rule) {
      continue;
    }
    for (const auto& [earlier, node] : versions) {
      if (overlap(earlier.provenance, rule->provenance)) {
        f.error(item, "this version of " + what + " (" + period_text(rule->provenance) +
                          ") overlaps the version at line " + std::to_string(node.Mark().line + 1) +
                          " (" + period_text(earlier.provenance) +
                          "): give each version valid_from and repealed dates that do not overlap");
      }
    }
    versions.emplace_back(std::move(*rule), item);
  }
  for (size_t i = 0; i < versions.size(); ++i) {
    if (i == 0) {
      mr.*member = std::move(versions[i].first);
    } else {
      MeasureRules version;
      version.*member = std::move(versions[i].first);
      mr.other_versions.push_back(std::move(version));
    }
  }
}

std::optional<double> number_of(const YAML::Node& v) {
  if (!v.IsScalar() || v.Tag() == "!") {
    return std::nullopt;
  }
  double d = 0;
  const std::string& s = v.Scalar();
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
  if (ec != std::errc() || ptr != s.data() + s.size() || d < 0) {
    return std::nullopt;
  }
  return d;
}

std::optional<std::string> text_of(const YAML::Node& v) {
  return v.IsScalar() ? std::optional<std::string>(v.Scalar()) : std::nullopt;
}

Note load_note(YamlFile& f, const YAML::Node& n, const std::string& what) {
  Note note;
  if (f.check_map(n, what, {"text", "source", "verified", "note", "valid_from", "repealed"},
                  {"text", "source"})) {
    note.text = f.text(n, "text").value_or("");
    note.provenance = f.provenance(n);
  }
  return note;
}

} // namespace

MeasureRules load_measure_rules(YamlFile& f, const YAML::Node& m, Measure measure,
                                const std::string& what) {
  MeasureRules mr;
  f.check_map(m, what,
              {"treaty_required", "reciprocity", "nationals", "min_penalty_years",
               "min_remaining_sentence_months", "refusal_grounds", "authority_receives",
               "authority_sends", "languages", "channel", "provisional_arrest_days", "urgent",
               "deadlines", "request_contents", "duty_to_prosecute", "notes"});
  load_rule<bool>(
      f, m, "treaty_required",
      [](const YAML::Node& v) -> std::optional<bool> {
        if (!v.IsScalar() || v.Tag() == "!" || (v.Scalar() != "true" && v.Scalar() != "false")) {
          return std::nullopt;
        }
        return v.Scalar() == "true";
      },
      "true or false", mr, &MeasureRules::treaty_required);
  load_rule<Reciprocity>(
      f, m, "reciprocity",
      [](const YAML::Node& v) {
        return v.IsScalar() ? parse_reciprocity(v.Scalar()) : std::nullopt;
      },
      "one of: yes, no, written-undertaking, not-required", mr, &MeasureRules::reciprocity);
  load_rule<NationalsPolicy>(
      f, m, "nationals",
      [](const YAML::Node& v) { return v.IsScalar() ? parse_nationals(v.Scalar()) : std::nullopt; },
      "one of: yes, never, treaty-only, eu-only, conditional", mr, &MeasureRules::nationals);
  if (mr.nationals && measure != Measure::extradition) {
    f.error(m["nationals"], "'nationals' is a rule of extradition only");
  }
  load_rule<double>(f, m, "min_penalty_years", number_of, "a number of years", mr,
                    &MeasureRules::min_penalty_years);
  load_rule<double>(f, m, "min_remaining_sentence_months", number_of, "a number of months", mr,
                    &MeasureRules::min_remaining_sentence_months);
  load_rule<double>(f, m, "provisional_arrest_days", number_of, "a number of days", mr,
                    &MeasureRules::provisional_arrest_days);
  load_rule<std::string>(f, m, "authority_receives", text_of, "a name", mr,
                         &MeasureRules::authority_receives);
  load_rule<std::string>(f, m, "channel", text_of, "a name", mr, &MeasureRules::channel);
  load_rule<std::vector<std::string>>(
      f, m, "languages",
      [](const YAML::Node& v) -> std::optional<std::vector<std::string>> {
        if (!v.IsSequence()) {
          return std::nullopt;
        }
        std::vector<std::string> out;
        for (const auto& item : v) {
          if (!item.IsScalar()) {
            return std::nullopt;
          }
          out.push_back(item.Scalar());
        }
        return out;
      },
      "a list of ISO 639-1 codes (values)", mr, &MeasureRules::languages);
  for (const auto& g : f.sequence(m, "refusal_grounds")) {
    if (!f.check_map(g, "a refusal ground",
                     {"ground", "kind", "text", "summary", "source", "verified", "note",
                      "valid_from", "repealed"},
                     {"ground", "kind", "text", "source"})) {
      continue;
    }
    RefusalGround ground;
    ground.ground = f.text(g, "ground").value_or("");
    if (g["ground"] && !is_refusal_ground(ground.ground)) {
      f.error(g["ground"], "unknown refusal ground '" + ground.ground + "'",
              {"known grounds: " + known_refusal_grounds()});
    }
    auto kind = f.text(g, "kind").value_or("");
    if (g["kind"] && kind != "mandatory" && kind != "optional") {
      f.error(g["kind"], "'kind' of a refusal ground is mandatory or optional, not '" + kind + "'");
    }
    ground.mandatory = kind == "mandatory";
    ground.text = f.text(g, "text").value_or("");
    ground.summary = summary_of(f, g, "a refusal ground");
    ground.provenance = f.provenance(g);
    mr.refusal_grounds.push_back(std::move(ground));
  }
  for (const auto& a : f.sequence(m, "authority_sends")) {
    if (!f.check_map(
            a, "an authority",
            {"stage", "value", "text", "source", "verified", "note", "valid_from", "repealed"},
            {"stage", "value", "source"})) {
      continue;
    }
    StageAuthority sa;
    sa.stage = f.text(a, "stage").value_or("");
    if (a["stage"] && sa.stage != "pre-trial" && sa.stage != "trial" && sa.stage != "enforcement") {
      f.error(a["stage"], "'stage' is pre-trial, trial or enforcement, not '" + sa.stage + "'");
    }
    sa.value = f.text(a, "value").value_or("");
    sa.text = f.text(a, "text").value_or("");
    sa.provenance = f.provenance(a);
    mr.authority_sends.push_back(std::move(sa));
  }
  for (const auto& d : f.sequence(m, "deadlines")) {
    if (!f.check_map(d, "a deadline",
                     {"days", "text", "source", "verified", "note", "valid_from", "repealed"},
                     {"text", "source"})) {
      continue;
    }
    mr.deadlines.push_back({f.number(d, "days"), f.text(d, "text").value_or(""), f.provenance(d)});
  }
  for (const auto& c : f.sequence(m, "request_contents")) {
    mr.request_contents.push_back(load_note(f, c, "an item of a request's contents"));
  }
  for (const auto& c : f.sequence(m, "notes")) {
    mr.notes.push_back(load_note(f, c, "a note"));
  }
  if (m["urgent"]) {
    mr.urgent = load_note(f, m["urgent"], "'urgent'");
  }
  if (m["duty_to_prosecute"]) {
    mr.duty_to_prosecute = load_note(f, m["duty_to_prosecute"], "'duty_to_prosecute'");
  }
  return mr;
}

} // namespace treaty
