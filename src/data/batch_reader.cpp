// CSV (RFC 4180 quoting) and JSON Lines readers for `treaty batch`.
#include "data/batch_reader.h"

#include "data/utf8.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <optional>

namespace treaty {

namespace {

constexpr std::array<std::string_view, 6> k_columns = {"requesting", "requested", "offence",
                                                       "measure",    "date",      "facts"};

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(separator, start);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    auto part = text.substr(start, end - start);
    while (!part.empty() && part.front() == ' ') {
      part.remove_prefix(1);
    }
    while (!part.empty() && part.back() == ' ') {
      part.remove_suffix(1);
    }
    if (!part.empty()) {
      out.emplace_back(part);
    }
    start = end + 1;
  }
  return out;
}

/// Refuses a row whose cells are not printable UTF-8 (they would reach the terminal and the
/// JSON output as they are): names the first such cell and replaces its bad bytes with '?'.
void check_printable(BatchRow& row) {
  QueryInput& in = row.input;
  auto check = [&row](std::string_view column, std::string& value) {
    size_t at = first_unprintable(value);
    if (at == std::string::npos) {
      return;
    }
    if (row.error.empty()) {
      row.error = "'" + std::string(column) + "' contains " + describe_unprintable(value, at);
    }
    value = printable(value);
  };
  check("requesting", in.requesting);
  check("requested", in.requested);
  check("offence", in.offence);
  for (auto& m : in.measures) {
    check("measure", m);
  }
  check("date", in.date);
  for (auto& f : in.facts) {
    check("facts", f);
  }
}

/// One CSV record starting at `pos` (which it advances past the record's line end); counts the
/// lines it spans. Returns nullopt with `error` set on an unterminated quote.
std::optional<std::vector<std::string>> csv_record(std::string_view text, size_t& pos,
                                                   size_t& lines, std::string& error) {
  // The common case, a line without quotes: split it in place.
  size_t end = text.find('\n', pos);
  std::string_view line =
      text.substr(pos, end == std::string_view::npos ? text.size() - pos : end - pos);
  if (line.size() <= k_max_batch_line && line.find('"') == std::string_view::npos) {
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    std::vector<std::string> fields;
    size_t start = 0;
    while (true) {
      size_t comma = line.find(',', start);
      fields.emplace_back(line.substr(start, comma == std::string_view::npos ? line.size() - start
                                                                             : comma - start));
      if (comma == std::string_view::npos) {
        break;
      }
      start = comma + 1;
    }
    pos = end == std::string_view::npos ? text.size() : end + 1;
    if (end != std::string_view::npos) {
      ++lines;
    }
    return fields;
  }
  std::vector<std::string> fields(1);
  bool quoted = false;
  size_t start = pos;
  while (pos < text.size()) {
    char c = text[pos++];
    if (quoted) {
      if (c == '"') {
        if (pos < text.size() && text[pos] == '"') {
          fields.back() += '"';
          ++pos;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') {
          ++lines;
        }
        fields.back() += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c == '\n') {
      ++lines;
      break;
    } else if (c != '\r') {
      fields.back() += c;
    }
    if (pos - start > k_max_batch_line) {
      error = "the row is longer than " + std::to_string(k_max_batch_line) + " bytes";
      while (pos < text.size() && text[pos] != '\n') {
        ++pos;
      }
      return std::nullopt;
    }
  }
  if (quoted) {
    error = "a quoted field is not closed";
    return std::nullopt;
  }
  return fields;
}

BatchInput read_csv(std::string_view text) {
  BatchInput out;
  // One row a line, near enough: reserving spares the regrowth of a large batch.
  out.rows.reserve(static_cast<size_t>(std::count(text.begin(), text.end(), '\n')) + 1);
  size_t pos = 0;
  size_t line = 1;
  std::string error;
  size_t header_line = line;
  auto header = csv_record(text, pos, line, error);
  if (!header) {
    out.error = "line " + std::to_string(header_line) + ": " + error;
    return out;
  }
  std::array<int, 6> index{};
  index.fill(-1);
  for (size_t i = 0; i < header->size(); ++i) {
    if (size_t at = first_unprintable((*header)[i]); at != std::string::npos) {
      out.error = "line 1: the header contains " + describe_unprintable((*header)[i], at);
      return out;
    }
    bool known = false;
    for (size_t c = 0; c < k_columns.size(); ++c) {
      if ((*header)[i] == k_columns[c]) {
        if (index[c] >= 0) {
          out.error = "line 1: the header names '" + (*header)[i] + "' twice";
          return out;
        }
        index[c] = static_cast<int>(i);
        known = true;
      }
    }
    if (!known) {
      out.error = "line 1: unknown column '" + (*header)[i] +
                  "'; the header is requesting,requested,offence,measure,date,facts";
      return out;
    }
  }
  for (size_t c = 0; c < 3; ++c) {
    if (index[c] < 0) {
      out.error = "line 1: the header lacks the column '" + std::string(k_columns[c]) + "'";
      return out;
    }
  }
  while (pos < text.size()) {
    BatchRow row;
    row.line = line;
    auto fields = csv_record(text, pos, line, error);
    if (!fields) {
      row.error = error;
      out.rows.push_back(std::move(row));
      continue;
    }
    if (fields->size() == 1 && (*fields)[0].empty()) {
      continue; // a blank line
    }
    if (fields->size() != header->size()) {
      row.error = std::to_string(fields->size()) + (fields->size() == 1 ? " field" : " fields") +
                  ", but the header has " + std::to_string(header->size());
      out.rows.push_back(std::move(row));
      continue;
    }
    auto cell = [&](size_t c) -> std::string {
      return index[c] < 0 ? std::string() : (*fields)[static_cast<size_t>(index[c])];
    };
    row.input.requesting = cell(0);
    row.input.requested = cell(1);
    row.input.offence = cell(2);
    row.input.measures = split(cell(3), ';');
    row.input.date = cell(4);
    row.input.facts = split(cell(5), ';');
    check_printable(row);
    if (row.error.empty() && (row.input.requesting.empty() || row.input.requested.empty() ||
                              row.input.offence.empty())) {
      row.error = "requesting, requested and offence must not be empty";
    }
    out.rows.push_back(std::move(row));
  }
  return out;
}

std::string fact_value(const nlohmann::json& v) {
  if (v.is_boolean()) {
    return v.get<bool>() ? "yes" : "no";
  }
  if (v.is_string()) {
    return v.get<std::string>();
  }
  if (v.is_number()) {
    return v.dump();
  }
  throw std::invalid_argument("a fact's value must be a string, a number or a boolean");
}

void read_json_row(const nlohmann::json& object, BatchRow& row) {
  if (!object.is_object()) {
    throw std::invalid_argument("each line must be a JSON object");
  }
  for (const auto& [key, value] : object.items()) {
    if (key == "requesting" || key == "requested" || key == "offence" || key == "date") {
      if (!value.is_string()) {
        throw std::invalid_argument("'" + key + "' must be a string");
      }
      std::string s = value.get<std::string>();
      (key == "requesting"  ? row.input.requesting
       : key == "requested" ? row.input.requested
       : key == "offence"   ? row.input.offence
                            : row.input.date) = s;
    } else if (key == "measure") {
      if (value.is_string()) {
        row.input.measures = split(value.get<std::string>(), ';');
      } else if (value.is_array()) {
        for (const auto& m : value) {
          if (!m.is_string()) {
            throw std::invalid_argument("'measure' must be a string or a list of strings");
          }
          row.input.measures.push_back(m.get<std::string>());
        }
      } else if (!value.is_null()) {
        throw std::invalid_argument("'measure' must be a string or a list of strings");
      }
    } else if (key == "facts") {
      if (!value.is_object() && !value.is_null()) {
        throw std::invalid_argument("'facts' must be an object");
      }
      if (value.is_object()) {
        for (const auto& [name, v] : value.items()) {
          row.input.facts.push_back(name + "=" + fact_value(v));
        }
      }
    } else {
      throw std::invalid_argument("unknown key '" + printable(key) +
                                  "'; keys: requesting, requested, offence, measure, date, facts");
    }
  }
  if (row.input.requesting.empty() || row.input.requested.empty() || row.input.offence.empty()) {
    throw std::invalid_argument("requesting, requested and offence are required");
  }
}

BatchInput read_jsonl(std::string_view text) {
  BatchInput out;
  size_t pos = 0;
  size_t line = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) {
      end = text.size();
    }
    std::string_view content = text.substr(pos, end - pos);
    pos = end + 1;
    ++line;
    if (content.find_first_not_of(" \t\r") == std::string_view::npos) {
      continue;
    }
    BatchRow row;
    row.line = line;
    if (content.size() > k_max_batch_line) {
      row.error = "the row is longer than " + std::to_string(k_max_batch_line) + " bytes";
      out.rows.push_back(std::move(row));
      continue;
    }
    // The parser's message quotes what it last read: refuse what must not be quoted first.
    if (size_t at = first_unprintable(content); at != std::string_view::npos) {
      row.error = "column " + std::to_string(at + 1) + ": the line contains " +
                  describe_unprintable(content, at);
      out.rows.push_back(std::move(row));
      continue;
    }
    try {
      read_json_row(nlohmann::json::parse(content), row);
      check_printable(row); // escapes such as \u001b decode to control characters
    } catch (const nlohmann::json::exception& e) {
      // The message quotes the bytes last read, which can end inside a character.
      row = BatchRow{line, {}, "not valid JSON: " + printable(e.what())};
    } catch (const std::invalid_argument& e) {
      row = BatchRow{line, {}, e.what()};
    }
    out.rows.push_back(std::move(row));
  }
  return out;
}

} // namespace

BatchInput read_batch(std::string_view text) {
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && text[first] == '{') {
    return read_jsonl(text);
  }
  if (first == std::string_view::npos) {
    return {{}, "the input is empty: expected a CSV header or JSON Lines"};
  }
  return read_csv(text);
}

} // namespace treaty
