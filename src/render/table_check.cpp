// Check answers as CSV rows and Markdown tables.
#include "render/table_check.h"

namespace treaty {

std::string joined(std::span<const std::string> items, char separator) {
  std::string out;
  for (const auto& i : items) {
    if (!out.empty()) {
      out += separator;
    }
    out += i;
  }
  return out;
}

std::string unknown_conditions(const Basis& basis) {
  std::string out;
  for (const auto& c : basis.conditions) {
    if (c.status == ConditionStatus::unknown) {
      out += out.empty() ? "" : ";";
      out += c.id;
    }
  }
  return out;
}

Row check_header() {
  return {"measure", "instrument", "kind", "status", "articles", "verified", "unknown_conditions"};
}

std::vector<Row> check_rows(const Answer& answer) {
  std::vector<Row> rows;
  for (const auto& m : answer.measures) {
    for (const auto& b : m.bases) {
      rows.push_back({std::string(measure_id(m.measure)), std::string(b.instrument),
                      std::string(basis_kind_id(b.kind)), std::string(basis_status_id(b.status)),
                      joined(b.articles), b.verified ? "true" : "false", unknown_conditions(b)});
    }
  }
  return rows;
}

std::string render_check_csv(const Answer& answer) {
  std::string out = csv_line(check_header());
  for (const auto& r : check_rows(answer)) {
    out += csv_line(r);
  }
  return out;
}

std::string render_check_markdown(const Answer& answer) {
  const Query& q = answer.query;
  std::string out = "## " + q.requesting + " asks " + q.requested + ": " + q.offence + ", " +
                    q.date.str() + "\n\n";
  for (const auto& m : answer.measures) {
    std::vector<Row> rows;
    for (const auto& b : m.bases) {
      rows.push_back({std::string(b.instrument), std::string(basis_kind_id(b.kind)),
                      std::string(basis_status_id(b.status)) + (b.verified ? "" : " (unverified)"),
                      joined(b.articles, ','), unknown_conditions(b)});
    }
    out += "### " + std::string(measure_id(m.measure)) + "\n\n" +
           markdown_table({"basis", "kind", "status", "articles", "unknown conditions"}, rows) +
           "\n";
  }
  return out;
}

} // namespace treaty
