// Strict typed access to yaml-cpp nodes, reporting every problem with its position.
#include "data/yaml_reader.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <sstream>

namespace treaty {

namespace {

std::string node_kind(const YAML::Node& n) {
  switch (n.Type()) {
  case YAML::NodeType::Map:
    return "a map";
  case YAML::NodeType::Sequence:
    return "a list";
  case YAML::NodeType::Scalar:
    return "'" + n.Scalar() + "'";
  case YAML::NodeType::Null:
    return "nothing";
  case YAML::NodeType::Undefined:
    return "nothing";
  }
  return "something else";
}

/// The value of the first occurrence of `key` in a map (duplicates are reported elsewhere).
std::optional<YAML::Node> find(const YAML::Node& map, std::string_view key) {
  if (!map.IsMap()) {
    return std::nullopt;
  }
  for (auto it = map.begin(); it != map.end(); ++it) {
    if (it->first.IsScalar() && it->first.Scalar() == key) {
      return it->second;
    }
  }
  return std::nullopt;
}

std::string join(std::initializer_list<std::string_view> items) {
  std::string s;
  for (auto i : items) {
    s += s.empty() ? "" : ", ";
    s += i;
  }
  return s;
}

struct Decoded {
  char32_t point = 0;
  size_t length = 0;
};

/// The character at `at` when it is well-formed UTF-8 (Unicode 15, table 3-7), else nullopt.
std::optional<Decoded> decode(std::string_view text, size_t at) {
  auto c = static_cast<unsigned char>(text[at]);
  if (c < 0x80) {
    return Decoded{c, 1};
  }
  Decoded d;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    d = {c & 0x1Fu, 2};
  } else if (c >= 0xE0 && c <= 0xEF) {
    d = {c & 0x0Fu, 3};
    low = c == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
    high = c == 0xED ? 0x9F : 0xBF; // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    d = {c & 0x07u, 4};
    low = c == 0xF0 ? 0x90 : 0x80;
    high = c == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
  } else {
    return std::nullopt;
  }
  if (text.size() - at < d.length) {
    return std::nullopt;
  }
  for (size_t i = 1; i < d.length; ++i) {
    auto next = static_cast<unsigned char>(text[at + i]);
    if (next < (i == 1 ? low : 0x80) || next > (i == 1 ? high : 0xBF)) {
      return std::nullopt;
    }
    d.point = (d.point << 6) | (next & 0x3Fu);
  }
  return d;
}

/// YAML 1.2 c-printable: tab, line ends, U+0020-U+007E, U+0085, U+00A0-U+D7FF, U+E000-U+FFFD,
/// U+10000-U+10FFFF.
bool yaml_allows(char32_t c) {
  return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85 ||
         (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
}

/// The length of the character at `at` when it is UTF-8 that YAML allows, else 0.
size_t printable_length(std::string_view text, size_t at) {
  auto d = decode(text, at);
  return d && yaml_allows(d->point) ? d->length : 0;
}

/// What is wrong with the character at `at`, which printable_length refused.
std::string bad_character(std::string_view text, size_t at) {
  char hex[16];
  if (text[at] == '\0') {
    return "the file contains a NUL byte";
  }
  auto d = decode(text, at);
  if (!d) {
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[at]));
    return std::string("the file is not valid UTF-8 (byte ") + hex + ")";
  }
  std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(d->point));
  return std::string("the file contains the ") + (d->point < 0xA0 ? "control character " : "character ") +
         hex + ", which YAML does not allow";
}

/// `text` with every character printable_length refuses replaced by '?', safe to quote.
std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t at = 0; at < text.size();) {
    size_t length = printable_length(text, at);
    out.append(length ? text.substr(at, length) : std::string_view("?"));
    at += length ? length : 1;
  }
  return out;
}

/// Why the structure check stopped reading: a position and a message.
struct Refused {
  YAML::Mark mark;
  std::string message;
  std::vector<std::string> notes;
};

/// Walks the parser's events without building nodes, and stops at the first anchor, alias,
/// nesting past k_max_yaml_depth or second document.
class StructureCheck final : public YAML::EventHandler {
public:
  explicit StructureCheck(std::string_view text) : m_text(text) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++m_documents > 1) {
      throw Refused{mark, "a second YAML document: a data file holds exactly one", {}};
    }
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { no_anchor(mark, anchor); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    throw Refused{mark, "YAML alias '" + alias_at(mark) + "': data files use no aliases",
                  {k_write_out}};
  }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                const std::string&) override {
    no_anchor(mark, anchor);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    no_anchor(mark, anchor);
    enter(mark);
  }
  void OnSequenceEnd() override { --m_depth; }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    no_anchor(mark, anchor);
    enter(mark);
  }
  void OnMapEnd() override { --m_depth; }
  void OnAnchor(const YAML::Mark& mark, const std::string& name) override {
    throw Refused{mark, "YAML anchor '&" + name + "': data files use no anchors", {k_write_out}};
  }

private:
  static constexpr const char* k_write_out =
      "write each value out in full: aliases let a small file expand without limit";

  void no_anchor(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) {
      throw Refused{mark, "YAML anchor: data files use no anchors", {k_write_out}};
    }
  }
  void enter(const YAML::Mark& mark) {
    if (++m_depth > k_max_yaml_depth) {
      throw Refused{mark,
                    "maps and lists nest deeper than " + std::to_string(k_max_yaml_depth) +
                        " levels, the limit for a data file",
                    {}};
    }
  }
  /// The alias as written (`*name`), read from the text at its position.
  std::string alias_at(const YAML::Mark& mark) const {
    if (mark.pos < 0 || static_cast<size_t>(mark.pos) >= m_text.size() ||
        m_text[static_cast<size_t>(mark.pos)] != '*') {
      return "*";
    }
    std::string_view rest = m_text.substr(static_cast<size_t>(mark.pos));
    return std::string(rest.substr(0, std::min(rest.find_first_of(" \t\r\n,[]{}"), size_t{64})));
  }

  std::string_view m_text;
  int m_depth = 0;
  int m_documents = 0;
};

} // namespace

int line_of(const YAML::Node& node) {
  return node.Mark().line + 1;
}
int column_of(const YAML::Node& node) {
  return node.Mark().column + 1;
}

YamlFile::YamlFile(std::string path, const std::string& text, Diagnostics& diagnostics)
    : m_path(std::move(path)), m_diagnostics(diagnostics) {
  if (!check_text(text) || !check_structure(text)) {
    return;
  }
  try {
    m_root = YAML::Load(text);
  } catch (const YAML::Exception& e) {
    m_diagnostics.error(m_path, e.mark.line + 1, e.mark.column + 1, "YAML syntax: " + e.msg);
  }
}

bool YamlFile::check_text(const std::string& text) {
  for (size_t at = 0; at < text.size();) {
    size_t length = printable_length(text, at);
    if (length > 0) {
      at += length;
      continue;
    }
    // Quote the line with the bad bytes replaced: they could be terminal escapes.
    m_diagnostics.add_source(m_path, printable(text));
    size_t line_start = text.rfind('\n', at);
    line_start = line_start == std::string::npos ? 0 : line_start + 1;
    auto line = std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n');
    m_diagnostics.error(m_path, static_cast<int>(line) + 1, static_cast<int>(at - line_start) + 1,
                        bad_character(text, at), {"data files are UTF-8 text"});
    return false;
  }
  m_diagnostics.add_source(m_path, text);
  return true;
}

bool YamlFile::check_structure(const std::string& text) {
  std::istringstream in(text);
  StructureCheck check(text);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(check)) {
    }
  } catch (const Refused& refused) {
    m_diagnostics.error(m_path, refused.mark.line + 1, refused.mark.column + 1, refused.message,
                        refused.notes);
    return false;
  } catch (const YAML::Exception& e) {
    m_diagnostics.error(m_path, e.mark.line + 1, e.mark.column + 1, "YAML syntax: " + e.msg);
    return false;
  }
  return true;
}

void YamlFile::error(const YAML::Node& at, std::string message, std::vector<std::string> notes) {
  m_diagnostics.error(m_path, line_of(at), column_of(at), std::move(message), std::move(notes));
}

bool YamlFile::check_map(const YAML::Node& node, std::string_view what,
                         std::initializer_list<std::string_view> allowed,
                         std::initializer_list<std::string_view> required) {
  if (!node.IsMap()) {
    error(node, std::string(what) + " must be a map, not " + node_kind(node));
    return false;
  }
  std::vector<std::string> seen;
  for (auto it = node.begin(); it != node.end(); ++it) {
    const YAML::Node& key = it->first;
    if (!key.IsScalar()) {
      error(key, "a key in " + std::string(what) + " must be a name");
      continue;
    }
    const std::string& name = key.Scalar();
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
      error(key, "duplicate key '" + name + "' in " + std::string(what));
      continue;
    }
    seen.push_back(name);
    bool known = false;
    for (auto a : allowed) {
      known = known || a == name;
    }
    if (!known) {
      error(key, "unknown key '" + name + "' in " + std::string(what),
            {"allowed keys: " + join(allowed)});
    }
  }
  for (auto r : required) {
    if (std::find(seen.begin(), seen.end(), r) == seen.end()) {
      error(node, std::string(what) + " lacks the required key '" + std::string(r) + "'");
    }
  }
  return true;
}

std::optional<std::string> YamlFile::text(const YAML::Node& map, std::string_view key) {
  auto value = find(map, key);
  if (!value) {
    return std::nullopt;
  }
  if (!value->IsScalar()) {
    error(*value, "'" + std::string(key) + "' must be text, not " + node_kind(*value));
    return std::nullopt;
  }
  return value->Scalar();
}

std::optional<Date> YamlFile::date(const YAML::Node& map, std::string_view key) {
  auto value = find(map, key);
  if (!value) {
    return std::nullopt;
  }
  if (!value->IsScalar()) {
    error(*value, "'" + std::string(key) + "' must be a date YYYY-MM-DD, not " + node_kind(*value));
    return std::nullopt;
  }
  std::string message;
  auto d = Date::parse(value->Scalar(), &message);
  if (!d) {
    error(*value, "'" + std::string(key) + "': " + message);
  }
  return d;
}

std::optional<bool> YamlFile::boolean(const YAML::Node& map, std::string_view key) {
  auto value = find(map, key);
  if (!value) {
    return std::nullopt;
  }
  if (value->IsScalar() && value->Tag() != "!" &&
      (value->Scalar() == "true" || value->Scalar() == "false")) {
    return value->Scalar() == "true";
  }
  error(*value, "'" + std::string(key) + "' must be true or false, not " + node_kind(*value));
  return std::nullopt;
}

std::optional<double> YamlFile::number(const YAML::Node& map, std::string_view key) {
  auto value = find(map, key);
  if (!value) {
    return std::nullopt;
  }
  if (value->IsScalar()) {
    const std::string& s = value->Scalar();
    double d = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
    if (ec == std::errc() && ptr == s.data() + s.size()) {
      return d;
    }
  }
  error(*value, "'" + std::string(key) + "' must be a number, not " + node_kind(*value));
  return std::nullopt;
}

std::vector<YAML::Node> YamlFile::sequence(const YAML::Node& map, std::string_view key) {
  std::vector<YAML::Node> out;
  auto value = find(map, key);
  if (!value) {
    return out;
  }
  if (!value->IsSequence()) {
    error(*value, "'" + std::string(key) + "' must be a list, not " + node_kind(*value));
    return out;
  }
  for (const auto& item : *value) {
    out.push_back(item);
  }
  return out;
}

std::vector<std::string> YamlFile::texts(const YAML::Node& map, std::string_view key) {
  std::vector<std::string> out;
  for (const auto& item : sequence(map, key)) {
    if (!item.IsScalar()) {
      error(item, "each item of '" + std::string(key) + "' must be text, not " + node_kind(item));
      continue;
    }
    out.push_back(item.Scalar());
  }
  return out;
}

Provenance YamlFile::provenance(const YAML::Node& map) {
  Provenance p;
  p.source = text(map, "source").value_or("");
  p.verified = boolean(map, "verified").value_or(true);
  p.note = text(map, "note").value_or("");
  return p;
}

std::vector<ConditionSpec> YamlFile::conditions(const YAML::Node& map, std::string_view key) {
  std::vector<ConditionSpec> out;
  for (const auto& item : sequence(map, key)) {
    ConditionSpec spec;
    const YAML::Node* id_node = &item;
    std::optional<YAML::Node> id_value;
    if (item.IsMap()) {
      if (!check_map(item, "a condition", {"id", "years", "source"}, {"id"})) {
        continue;
      }
      spec.id = text(item, "id").value_or("");
      spec.source = text(item, "source").value_or("");
      if (auto years = number(item, "years")) {
        spec.years = *years;
      }
      id_value = find(item, "id");
      if (id_value) {
        id_node = &*id_value;
      }
    } else if (item.IsScalar()) {
      spec.id = item.Scalar();
    } else {
      error(item, "a condition must be a name or a map, not " + node_kind(item));
      continue;
    }
    if (!spec.id.empty() && !is_condition_id(spec.id)) {
      std::string known;
      for (auto c : k_condition_ids) {
        known += known.empty() ? "" : ", ";
        known += c;
      }
      error(*id_node, "unknown condition '" + spec.id + "'", {"known conditions: " + known});
      continue;
    }
    if (spec.id == "penalty-at-least" && spec.years <= 0) {
      error(item, "condition 'penalty-at-least' needs 'years' greater than 0");
      continue;
    }
    out.push_back(std::move(spec));
  }
  return out;
}

} // namespace treaty
