// Strict typed access to yaml-cpp nodes, reporting every problem with its position.
#include "data/yaml_reader.h"

#include "data/utf8.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>

#include <algorithm>
#include <charconv>
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

/// Why a check stopped reading: a position and a message.
struct Refused {
  YAML::Mark mark;
  std::string message;
  std::vector<std::string> notes;
};

Refused too_deep(const YAML::Mark& mark) {
  return {mark,
          "maps and lists nest deeper than " + std::to_string(k_max_yaml_depth) +
              " levels, the limit for a data file",
          {}};
}

/// Walks the parser's events without building nodes, and stops at the first anchor or alias,
/// second document, nesting past k_max_yaml_depth, or document that makes no progress.
class EventCheck final : public YAML::EventHandler {
public:
  explicit EventCheck(std::string_view text) : m_text(text) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (m_documents++ == 0) {
      m_first_document = mark.pos;
      return;
    }
    if (mark.pos <= m_first_document) {
      // yaml-cpp 0.7 leaves a token it cannot start a document with (a ',' at the top level)
      // where it is and starts the same empty document again, forever.
      char c = mark.pos >= 0 && static_cast<size_t>(mark.pos) < m_text.size()
                   ? m_text[static_cast<size_t>(mark.pos)]
                   : ' ';
      throw Refused{mark,
                    c > ' ' && c < 0x7F ? "YAML syntax: unexpected '" + std::string(1, c) + "'"
                                        : "YAML syntax: unexpected text",
                    {}};
    }
    throw Refused{mark, "a second YAML document: a data file holds one", {}};
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { no_anchor(mark, anchor); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    throw Refused{
        mark, "YAML alias '" + alias_at(mark) + "': data files use no aliases", {k_write_out}};
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
      throw too_deep(mark);
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
  int m_first_document = 0;
};

/// Whether the event check can find anything a plain load would not: anchors and aliases need
/// '&' and '*', a second document a line starting with "---" or "...". Most files have none.
bool needs_event_check(std::string_view text) {
  if (text.find_first_of("&*") != std::string_view::npos) {
    return true;
  }
  for (size_t at = 0; at < text.size();) {
    std::string_view start = text.substr(at, 3);
    if (start == "---" || start == "...") {
      return true;
    }
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) {
      break;
    }
    at = end + 1;
  }
  return false;
}

/// Throws too_deep at the first map or list nested deeper than k_max_yaml_depth.
void check_depth(const YAML::Node& node, int depth) {
  if (!node.IsMap() && !node.IsSequence()) {
    return;
  }
  if (depth > k_max_yaml_depth) {
    throw too_deep(node.Mark());
  }
  for (auto it = node.begin(); it != node.end(); ++it) {
    if (node.IsMap()) {
      check_depth(it->first, depth + 1);
      check_depth(it->second, depth + 1);
    } else {
      check_depth(*it, depth + 1);
    }
  }
}

} // namespace

// A key that is missing gives an invalid node, whose Mark() throws: the error is then reported
// without a position rather than lost with every other one.
int line_of(const YAML::Node& node) {
  return node.IsDefined() ? node.Mark().line + 1 : 0;
}
int column_of(const YAML::Node& node) {
  return node.IsDefined() ? node.Mark().column + 1 : 0;
}

YamlFile::YamlFile(std::string path, const std::string& text, Diagnostics& diagnostics)
    : m_path(std::move(path)), m_diagnostics(diagnostics) {
  if (!check_text(text)) {
    return;
  }
  bool checked = needs_event_check(text);
  if (checked && !check_events(text)) {
    return;
  }
  try {
    // Load, not LoadAll: yaml-cpp 0.7's LoadAll never ends on a ',' at the top level.
    YAML::Node root = YAML::Load(text);
    // Load gives an empty document for text it cannot start one with: the events tell why.
    if (root.IsNull() && !checked && !check_events(text)) {
      return;
    }
    check_depth(root, 1);
    m_root = root;
  } catch (const Refused& refused) {
    error_at(refused.mark, refused.message, refused.notes);
  } catch (const YAML::DeepRecursion& e) {
    error_at(e.mark, too_deep(e.mark).message, {});
  } catch (const YAML::Exception& e) {
    error_at(e.mark, "YAML syntax: " + e.msg, {});
  }
}

void YamlFile::error_at(const YAML::Mark& mark, std::string message,
                        std::vector<std::string> notes) {
  m_diagnostics.error(m_path, mark.line + 1, mark.column + 1, std::move(message), std::move(notes));
}

bool YamlFile::check_text(const std::string& text) {
  size_t at = first_unprintable(text);
  if (at == std::string::npos) {
    m_diagnostics.add_source(m_path, text);
    return true;
  }
  // Quote the line with the bad bytes replaced: they could be terminal escapes.
  m_diagnostics.add_source(m_path, printable(text));
  size_t line_start = text.rfind('\n', at);
  line_start = line_start == std::string::npos ? 0 : line_start + 1;
  auto line = std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n');
  m_diagnostics.error(m_path, static_cast<int>(line) + 1, static_cast<int>(at - line_start) + 1,
                      "the file contains " + describe_unprintable(text, at),
                      {"data files are UTF-8 text without control characters"});
  return false;
}

bool YamlFile::check_events(const std::string& text) {
  std::istringstream in(text);
  EventCheck check(text);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(check)) {
    }
  } catch (const Refused& refused) {
    error_at(refused.mark, refused.message, refused.notes);
    return false;
  } catch (const YAML::DeepRecursion& e) {
    error_at(e.mark, too_deep(e.mark).message, {});
    return false;
  } catch (const YAML::Exception& e) {
    error_at(e.mark, "YAML syntax: " + e.msg, {});
    return false;
  }
  return true;
}

void YamlFile::error(const YAML::Node& at, std::string message, std::vector<std::string> notes) {
  m_diagnostics.error(m_path, line_of(at), column_of(at), std::move(message), std::move(notes));
}

std::string joined(const std::vector<std::string_view>& items) {
  std::string s;
  for (auto i : items) {
    s += s.empty() ? "" : ", ";
    s += i;
  }
  return s;
}

bool YamlFile::check_keys(const YAML::Node& node, const std::string& what,
                          const std::string& key_word, const std::vector<std::string_view>& known) {
  if (!node.IsMap()) {
    error(node, what + " must be a map");
    return false;
  }
  std::vector<std::string> seen;
  for (auto it = node.begin(); it != node.end(); ++it) {
    const YAML::Node key = it->first;
    if (!key.IsScalar()) {
      error(key, "a key in " + what + " must be a name");
      continue;
    }
    const std::string& name = key.Scalar();
    if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
      error(key, "duplicate key '" + name + "' in " + what);
      continue;
    }
    seen.push_back(name);
    if (!known.empty() && std::find(known.begin(), known.end(), name) == known.end()) {
      error(key, "unknown " + key_word + " '" + name + "'", {key_word + "s: " + joined(known)});
    }
  }
  return true;
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
    YAML::Node key = it->first; // a copy: `it->` yields a temporary
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
  p.valid_from = date(map, "valid_from");
  p.repealed = date(map, "repealed");
  if (p.valid_from && p.repealed && *p.repealed <= *p.valid_from) {
    error(map["repealed"], "repealed " + p.repealed->str() + " is not after valid_from " +
                               p.valid_from->str());
  }
  return p;
}

std::vector<ConditionSpec> YamlFile::conditions(const YAML::Node& map, std::string_view key) {
  std::vector<ConditionSpec> out;
  for (const auto& item : sequence(map, key)) {
    ConditionSpec spec;
    const YAML::Node* id_node = &item;
    std::optional<YAML::Node> id_value;
    if (item.IsMap()) {
      if (!check_map(item, "a condition", {"id", "years", "source", "verified", "note"}, {"id"})) {
        continue;
      }
      spec.id = text(item, "id").value_or("");
      spec.source = text(item, "source").value_or("");
      spec.verified = boolean(item, "verified").value_or(true);
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
