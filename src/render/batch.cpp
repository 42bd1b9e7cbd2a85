// Batch rows and error records.
#include "render/batch.h"

#include "render/table_check.h"

#include <nlohmann/json.hpp>

#include <charconv>

namespace treaty {

namespace {

std::string facts_cell(const Facts& f) {
  std::string out;
  auto add = [&](std::string_view name, std::string_view value) {
    if (!out.empty()) {
      out += ';';
    }
    out += name;
    out += '=';
    out += value;
  };
  auto yes_no = [&](std::string_view name, const std::optional<bool>& v) {
    if (v) {
      add(name, *v ? "yes" : "no");
    }
  };
  yes_no("organized-criminal-group", f.organized_criminal_group);
  yes_no("transnational", f.transnational);
  if (f.person_nationality) {
    add("person-nationality", *f.person_nationality);
  }
  if (f.max_penalty_years) {
    char number[32];
    auto [end, ec] = std::to_chars(number, number + sizeof number, *f.max_penalty_years);
    add("max-penalty-years", std::string_view(number, static_cast<size_t>(end - number)));
  }
  yes_no("death-penalty", f.death_penalty);
  yes_no("political", f.political);
  yes_no("fiscal", f.fiscal);
  if (f.offence_date) {
    add("offence-date", f.offence_date->str());
  }
  yes_no("dual-criminality", f.dual_criminality);
  yes_no("drug-related", f.drug_related);
  yes_no("reciprocity-assured", f.reciprocity_assured);
  return out;
}

} // namespace

Row batch_header() {
  return {"requesting",
          "requested",
          "offence",
          "measure",
          "date",
          "facts",
          "instrument",
          "kind",
          "status",
          "articles",
          "unknown_conditions",
          "line",
          "error"};
}

std::vector<Row> batch_rows(const Answer& answer, size_t line) {
  const Query& q = answer.query;
  std::vector<Row> rows;
  std::string facts = facts_cell(q.facts);
  for (const auto& m : answer.measures) {
    Row base = {q.requesting, q.requested, q.offence, std::string(measure_id(m.measure)),
                q.date.str(), facts};
    if (m.bases.empty()) {
      Row r = base;
      r.insert(r.end(), {"", "", "", "", "", std::to_string(line), ""});
      rows.push_back(std::move(r));
      continue;
    }
    for (const auto& b : m.bases) {
      Row r = base;
      r.insert(r.end(), {std::string(b.instrument), std::string(basis_kind_id(b.kind)),
                         std::string(basis_status_id(b.status)), joined(b.articles),
                         unknown_conditions(b), std::to_string(line), ""});
      rows.push_back(std::move(r));
    }
  }
  return rows;
}

void append_batch_csv(std::string& out, const Answer& answer, size_t line) {
  const Query& q = answer.query;
  std::string prefix;
  append_csv_field(prefix, q.requesting);
  prefix += ',';
  append_csv_field(prefix, q.requested);
  prefix += ',';
  append_csv_field(prefix, q.offence);
  prefix += ',';
  std::string date_and_facts = ",";
  date_and_facts += q.date.str();
  date_and_facts += ',';
  if (q.facts.organized_criminal_group || q.facts.transnational || q.facts.person_nationality ||
      q.facts.max_penalty_years || q.facts.death_penalty || q.facts.political || q.facts.fiscal ||
      q.facts.offence_date || q.facts.dual_criminality || q.facts.drug_related ||
      q.facts.reciprocity_assured) {
    append_csv_field(date_and_facts, facts_cell(q.facts));
  }
  date_and_facts += ',';
  char number[24];
  auto [end, ec] = std::to_chars(number, number + sizeof number, line);
  std::string tail = ",";
  tail.append(number, end);
  tail += ",\n";
  for (const auto& m : answer.measures) {
    auto start = [&] {
      out += prefix;
      out += measure_id(m.measure);
      out += date_and_facts;
    };
    if (m.bases.empty()) {
      start();
      out += ",,,,";
      out += tail;
      continue;
    }
    for (const auto& b : m.bases) {
      start();
      out += b.instrument; // ids are letters, digits, hyphens and a colon: never quoted
      out += ',';
      out += basis_kind_id(b.kind);
      out += ',';
      out += basis_status_id(b.status);
      out += ',';
      for (size_t i = 0; i < b.articles.size(); ++i) {
        if (i) {
          out += ';';
        }
        append_csv_field(out, b.articles[i]);
      }
      out += ',';
      bool first = true;
      for (const auto& c : b.conditions) {
        if (c.status == ConditionStatus::unknown) {
          if (!first) {
            out += ';';
          }
          out += c.id;
          first = false;
        }
      }
      out += tail;
    }
  }
}

Row batch_error_row(const QueryInput& in, size_t line, const std::string& error) {
  return {in.requesting,
          in.requested,
          in.offence,
          joined(in.measures),
          in.date,
          joined(in.facts),
          "",
          "",
          "",
          "",
          "",
          std::to_string(line),
          error};
}

std::string batch_error_json(size_t line, const std::string& error) {
  nlohmann::ordered_json j = {{"schema", "treaty/batch-error/1"}, {"line", line}, {"error", error}};
  return j.dump() + "\n";
}

} // namespace treaty
