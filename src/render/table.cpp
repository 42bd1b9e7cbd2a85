// CSV and Markdown table writers.
#include "render/table.h"

namespace treaty {

std::string csv_line(const Row& row) {
  std::string out;
  for (size_t i = 0; i < row.size(); ++i) {
    if (i) {
      out += ',';
    }
    const std::string& f = row[i];
    if (f.find_first_of(",\"\n\r") == std::string::npos) {
      out += f;
      continue;
    }
    out += '"';
    for (char c : f) {
      out += c;
      if (c == '"') {
        out += '"';
      }
    }
    out += '"';
  }
  out += '\n';
  return out;
}

std::string markdown_table(const Row& header, const std::vector<Row>& rows) {
  auto cell = [](const std::string& s) {
    std::string out;
    for (char c : s) {
      if (c == '|') {
        out += "\\|";
      } else if (c == '\n' || c == '\r') {
        out += ' ';
      } else {
        out += c;
      }
    }
    return out.empty() ? std::string(" ") : out;
  };
  auto line = [&](const Row& row) {
    std::string out = "|";
    for (const auto& c : row) {
      out += " " + cell(c) + " |";
    }
    return out + "\n";
  };
  std::string out = line(header) + "|";
  for (size_t i = 0; i < header.size(); ++i) {
    out += " --- |";
  }
  out += "\n";
  for (const auto& r : rows) {
    out += line(r);
  }
  return out;
}

} // namespace treaty
