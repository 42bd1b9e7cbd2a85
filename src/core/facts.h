// The facts of a case that the user may give (--fact NAME=VALUE); each is unknown until given.
#pragma once

#include "core/date.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace treaty {

/// Every fact is optional: absent means unknown, and the engine never guesses it.
struct Facts {
  std::optional<bool> organized_criminal_group;
  std::optional<bool> transnational;
  std::optional<std::string> person_nationality; // ISO alpha-2 once resolved
  std::optional<double> max_penalty_years;
  std::optional<bool> death_penalty;
  std::optional<bool> political;
  std::optional<bool> fiscal;
  std::optional<Date> offence_date;
  std::optional<bool> dual_criminality;
  std::optional<bool> drug_related;
  std::optional<bool> reciprocity_assured;
};

/// The fact names, in the order they are documented and printed.
inline constexpr std::array<std::string_view, 11> k_fact_names = {"organized-criminal-group",
                                                                  "transnational",
                                                                  "person-nationality",
                                                                  "max-penalty-years",
                                                                  "death-penalty",
                                                                  "political",
                                                                  "fiscal",
                                                                  "offence-date",
                                                                  "dual-criminality",
                                                                  "drug-related",
                                                                  "reciprocity-assured"};

/// Sets one fact from "NAME=VALUE". The nationality is stored as typed; the caller resolves it
/// to a state. Returns an error message when the name or the value is not acceptable.
std::optional<std::string> set_fact(Facts& facts, std::string_view assignment);

/// The given facts as (name, value) pairs in k_fact_names order, values as the user would type.
std::vector<std::pair<std::string, std::string>> given_facts(const Facts& facts);

} // namespace treaty
