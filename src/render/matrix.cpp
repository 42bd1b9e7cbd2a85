// Matrix renderers: each cell names the basis by a short code explained in the legend.
#include "render/matrix.h"

#include "render/table.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <map>

namespace treaty {

namespace {

/// Codes A, B, ..., Z, AA, ... for the instruments in the order they first appear.
std::map<std::string, std::string> legend_codes(const Matrix& m) {
  std::map<std::string, std::string> codes;
  size_t next = 0;
  for (const auto& row : m.cells) {
    for (const auto& cell : row) {
      if (cell.found && !codes.count(cell.instrument)) {
        std::string code;
        size_t n = next++;
        do {
          code.insert(code.begin(), static_cast<char>('A' + n % 26));
          n = n / 26;
        } while (n-- > 0);
        codes[cell.instrument] = code;
      }
    }
  }
  return codes;
}

std::string cell_text(const MatrixCell& cell, const std::map<std::string, std::string>& codes) {
  if (!cell.found) {
    return "-";
  }
  std::string s = codes.at(cell.instrument);
  if (cell.status == BasisStatus::conditional) {
    s += "?";
  }
  if (!cell.verified) {
    s += "*";
  }
  return s;
}

std::string title_of(const std::string& instrument, const Dataset& data) {
  if (const Instrument* i = data.instrument(instrument)) {
    return i->title;
  }
  if (instrument.rfind("domestic:", 0) == 0) {
    const State* s = data.state(instrument.substr(9));
    return "Law of the requested state" + (s ? " (" + s->name + ")" : std::string());
  }
  return instrument;
}

std::string legend(const Matrix& m, const Dataset& data, bool markdown) {
  auto codes = legend_codes(m);
  std::map<std::string, std::string> by_code;
  for (const auto& [instrument, code] : codes) {
    by_code[code] = instrument;
  }
  std::string out = markdown ? "\n" : "\nLegend:\n";
  for (const auto& [code, instrument] : by_code) {
    out += markdown
               ? fmt::format("- **{}**: {} ({})\n", code, instrument, title_of(instrument, data))
               : fmt::format("  {:<4} {} ({})\n", code, instrument, title_of(instrument, data));
  }
  out += markdown ? "- `?`: conditional (a fact would decide it); `*`: rests on unverified data; "
                    "`-`: no basis applies\n"
                  : "  ?    conditional: a fact would decide it\n"
                    "  *    rests on unverified data\n"
                    "  -    no basis applies\n";
  return out;
}

} // namespace

std::string render_matrix_text(const Matrix& m, const Dataset& data) {
  auto codes = legend_codes(m);
  std::string out = fmt::format("{} for {}, on {}: rows request, columns are requested\n\n",
                                measure_id(m.measure), m.offence, m.date.str());
  size_t width = 3;
  for (const auto& row : m.cells) {
    for (const auto& cell : row) {
      width = std::max(width, cell_text(cell, codes).size() + 1);
    }
  }
  out += "    ";
  for (const auto& s : m.states) {
    out += fmt::format("{:<{}}", s, width);
  }
  while (out.back() == ' ') {
    out.pop_back();
  }
  out += "\n";
  for (size_t r = 0; r < m.states.size(); ++r) {
    out += fmt::format("{:<4}", m.states[r]);
    for (size_t c = 0; c < m.states.size(); ++c) {
      out += fmt::format("{:<{}}", r == c ? "." : cell_text(m.cells[r][c], codes), width);
    }
    while (!out.empty() && out.back() == ' ') {
      out.pop_back();
    }
    out += "\n";
  }
  return out + legend(m, data, false);
}

std::string render_matrix_csv(const Matrix& m) {
  std::string out =
      csv_line({"requesting", "requested", "instrument", "kind", "status", "verified"});
  for (size_t r = 0; r < m.states.size(); ++r) {
    for (size_t c = 0; c < m.states.size(); ++c) {
      if (r == c) {
        continue;
      }
      const auto& cell = m.cells[r][c];
      out += csv_line({m.states[r], m.states[c], cell.found ? cell.instrument : "",
                       cell.found ? std::string(basis_kind_id(cell.kind)) : "",
                       cell.found ? std::string(basis_status_id(cell.status)) : "none",
                       cell.verified ? "true" : "false"});
    }
  }
  return out;
}

std::string render_matrix_json(const Matrix& m) {
  using json = nlohmann::ordered_json;
  json cells = json::array();
  for (size_t r = 0; r < m.states.size(); ++r) {
    for (size_t c = 0; c < m.states.size(); ++c) {
      if (r == c) {
        continue;
      }
      const auto& cell = m.cells[r][c];
      cells.push_back({{"requesting", m.states[r]},
                       {"requested", m.states[c]},
                       {"instrument", cell.found ? json(cell.instrument) : json(nullptr)},
                       {"kind", cell.found ? json(basis_kind_id(cell.kind)) : json(nullptr)},
                       {"status", cell.found ? basis_status_id(cell.status) : "none"},
                       {"verified", cell.verified}});
    }
  }
  json out = {
      {"schema", "treaty/matrix/1"}, {"offence", m.offence}, {"measure", measure_id(m.measure)},
      {"date", m.date.str()},        {"states", m.states},   {"cells", cells}};
  return out.dump(2) + "\n";
}

std::string render_matrix_markdown(const Matrix& m, const Dataset& data) {
  auto codes = legend_codes(m);
  Row header = {"requesting \\ requested"};
  header.insert(header.end(), m.states.begin(), m.states.end());
  std::vector<Row> rows;
  for (size_t r = 0; r < m.states.size(); ++r) {
    Row row = {m.states[r]};
    for (size_t c = 0; c < m.states.size(); ++c) {
      row.push_back(r == c ? "" : cell_text(m.cells[r][c], codes));
    }
    rows.push_back(std::move(row));
  }
  return fmt::format("## {} for {}, on {}\n\n", measure_id(m.measure), m.offence, m.date.str()) +
         markdown_table(header, rows) + legend(m, data, true);
}

} // namespace treaty
