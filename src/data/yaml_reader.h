// Strict reading of one YAML file: typed fields, allow-listed keys, duplicates, positions.
// Internal to the data layer: the only header that names yaml-cpp types.
#pragma once

#include "core/date.h"
#include "core/model.h"
#include "data/diagnostics.h"

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace treaty {

/// The deepest nesting of maps and lists a data file may have (the real data nests about six).
inline constexpr int k_max_yaml_depth = 64;

/// "a, b, c": the allowed values in a diagnostic's note.
std::string joined(const std::vector<std::string_view>& items);

class YamlFile {
public:
  /// Parses `text` after checking what yaml-cpp would accept but a data file must not have: a
  /// NUL byte, bytes that are not UTF-8 or characters YAML does not allow, anchors and aliases
  /// (an alias bomb), nesting deeper than k_max_yaml_depth, a second document.
  YamlFile(std::string path, const std::string& text, Diagnostics& diagnostics);

  /// The document's root, or nullopt after reporting why the file could not be parsed.
  const std::optional<YAML::Node>& root() const { return m_root; }
  const std::string& path() const { return m_path; }

  void error(const YAML::Node& at, std::string message, std::vector<std::string> notes = {});

  /// Checks that `node` is a map whose keys are unique and allowed, and that the required keys
  /// are there. Reports every problem; returns false when `node` is not a map at all.
  bool check_map(const YAML::Node& node, std::string_view what,
                 std::initializer_list<std::string_view> allowed,
                 std::initializer_list<std::string_view> required = {});

  /// A map whose keys are free (question ids) or, when `known` is not empty, one of `known`
  /// (fact names): reports a value that is not a map, keys that are not names, duplicate keys and
  /// unknown keys ("unknown <key_word> 'x'"). False when `node` is not a map.
  bool check_keys(const YAML::Node& node, const std::string& what, const std::string& key_word,
                  const std::vector<std::string_view>& known = {});

  std::optional<std::string> text(const YAML::Node& map, std::string_view key);
  std::optional<Date> date(const YAML::Node& map, std::string_view key);
  std::optional<bool> boolean(const YAML::Node& map, std::string_view key);
  std::optional<double> number(const YAML::Node& map, std::string_view key);
  std::vector<std::string> texts(const YAML::Node& map, std::string_view key);
  /// A sequence under `key` (an absent key is an empty sequence); reports other types.
  std::vector<YAML::Node> sequence(const YAML::Node& map, std::string_view key);

  /// `source`, `verified` and `note` of a fact.
  Provenance provenance(const YAML::Node& map);
  /// A list of conditions: each an id, or a map {id, years, source}.
  std::vector<ConditionSpec> conditions(const YAML::Node& map, std::string_view key);

private:
  std::string m_path;
  Diagnostics& m_diagnostics;
  std::optional<YAML::Node> m_root;

  bool check_text(const std::string& text);
  bool check_events(const std::string& text);
  void error_at(const YAML::Mark& mark, std::string message, std::vector<std::string> notes);
};

/// 1-based line and column of a node.
int line_of(const YAML::Node& node);
int column_of(const YAML::Node& node);

} // namespace treaty
