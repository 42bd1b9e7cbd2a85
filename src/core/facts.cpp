// Parsing and listing of case facts.
#include "core/facts.h"

#include <charconv>
#include <cmath>

namespace treaty {

namespace {

std::optional<bool> parse_yes_no(std::string_view v) {
  if (v == "yes") {
    return true;
  }
  if (v == "no") {
    return false;
  }
  return std::nullopt;
}

std::string yes_no(bool b) {
  return b ? "yes" : "no";
}

std::string format_years(double y) {
  if (std::floor(y) == y) {
    return std::to_string(static_cast<long>(y));
  }
  std::string s = std::to_string(y);
  while (!s.empty() && s.back() == '0') {
    s.pop_back();
  }
  return s;
}

} // namespace

std::optional<std::string> set_fact(Facts& facts, std::string_view assignment) {
  auto eq = assignment.find('=');
  if (eq == std::string_view::npos) {
    return "fact '" + std::string(assignment) + "' must have the form NAME=VALUE";
  }
  auto name = assignment.substr(0, eq);
  auto value = assignment.substr(eq + 1);
  if (value.empty()) {
    return "fact '" + std::string(name) + "' has no value";
  }

  auto yes_no_fact = [&](std::optional<bool>& slot) -> std::optional<std::string> {
    auto v = parse_yes_no(value);
    if (!v) {
      return "fact '" + std::string(name) + "' takes yes or no, not '" + std::string(value) + "'";
    }
    slot = *v;
    return std::nullopt;
  };

  if (name == "organized-criminal-group") {
    return yes_no_fact(facts.organized_criminal_group);
  }
  if (name == "transnational") {
    return yes_no_fact(facts.transnational);
  }
  if (name == "death-penalty") {
    return yes_no_fact(facts.death_penalty);
  }
  if (name == "political") {
    return yes_no_fact(facts.political);
  }
  if (name == "fiscal") {
    return yes_no_fact(facts.fiscal);
  }
  if (name == "dual-criminality") {
    return yes_no_fact(facts.dual_criminality);
  }
  if (name == "drug-related") {
    return yes_no_fact(facts.drug_related);
  }
  if (name == "reciprocity-assured") {
    return yes_no_fact(facts.reciprocity_assured);
  }
  if (name == "person-nationality") {
    facts.person_nationality = std::string(value);
    return std::nullopt;
  }
  if (name == "max-penalty-years") {
    double years = 0;
    auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), years);
    if (ec != std::errc() || ptr != value.data() + value.size() || !(years >= 0) || years > 1000) {
      return "fact 'max-penalty-years' takes a number of years from 0 to 1000 (life: 1000), not '" +
             std::string(value) + "'";
    }
    facts.max_penalty_years = years;
    return std::nullopt;
  }
  if (name == "offence-date") {
    std::string error;
    auto d = Date::parse(value, &error);
    if (!d) {
      return "fact 'offence-date': " + error;
    }
    facts.offence_date = *d;
    return std::nullopt;
  }
  std::string known;
  for (auto n : k_fact_names) {
    known += known.empty() ? "" : ", ";
    known += n;
  }
  return "unknown fact '" + std::string(name) + "'; known facts: " + known;
}

std::vector<std::pair<std::string, std::string>> given_facts(const Facts& f) {
  std::vector<std::pair<std::string, std::string>> out;
  auto add_bool = [&](std::string_view name, const std::optional<bool>& v) {
    if (v) {
      out.emplace_back(name, yes_no(*v));
    }
  };
  add_bool("organized-criminal-group", f.organized_criminal_group);
  add_bool("transnational", f.transnational);
  if (f.person_nationality) {
    out.emplace_back("person-nationality", *f.person_nationality);
  }
  if (f.max_penalty_years) {
    out.emplace_back("max-penalty-years", format_years(*f.max_penalty_years));
  }
  add_bool("death-penalty", f.death_penalty);
  add_bool("political", f.political);
  add_bool("fiscal", f.fiscal);
  if (f.offence_date) {
    out.emplace_back("offence-date", f.offence_date->str());
  }
  add_bool("dual-criminality", f.dual_criminality);
  add_bool("drug-related", f.drug_related);
  add_bool("reciprocity-assured", f.reciprocity_assured);
  return out;
}

} // namespace treaty
