// CSV and Markdown table writers.
#include "render/table.h"

namespace treaty {

void append_csv_field(std::string& out, std::string_view f) {
  bool plain = true;
  for (char c : f) {
    plain = plain && c != ',' && c != '"' && c != '\n' && c != '\r';
  }
  if (plain) {
    out += f;
    return;
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

std::string csv_line(const Row& row) {
  std::string out;
  for (size_t i = 0; i < row.size(); ++i) {
    if (i) {
      out += ',';
    }
    append_csv_field(out, row[i]);
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
