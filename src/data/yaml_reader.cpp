// Strict typed access to yaml-cpp nodes, reporting every problem with its position.
#include "data/yaml_reader.h"

#include <algorithm>
#include <charconv>

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

} // namespace

int line_of(const YAML::Node& node) {
  return node.Mark().line + 1;
}
int column_of(const YAML::Node& node) {
  return node.Mark().column + 1;
}

YamlFile::YamlFile(std::string path, const std::string& text, Diagnostics& diagnostics)
    : m_path(std::move(path)), m_diagnostics(diagnostics) {
  m_diagnostics.add_source(m_path, text);
  try {
    m_root = YAML::Load(text);
  } catch (const YAML::ParserException& e) {
    m_diagnostics.error(m_path, e.mark.line + 1, e.mark.column + 1, "YAML syntax: " + e.msg);
  }
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
