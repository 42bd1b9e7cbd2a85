// Internal to the data layer: per-file loaders and the references they leave for cross-checking.
#pragma once

#include "core/model.h"
#include "data/yaml_reader.h"

#include <string>
#include <vector>

namespace treaty {

/// A name one file uses that another file must define; checked once everything is loaded.
struct Reference {
  enum class Kind { state, instrument, article };
  Kind kind = Kind::state;
  std::string value;
  std::string instrument; // for an article: whose article
  std::string what;       // "party row", "reservation", ...
  std::string path;
  int line = 0;
  int column = 0;
};

struct LoadContext {
  Diagnostics& diagnostics;
  std::vector<Reference> references;

  void refer(Reference::Kind kind, std::string value, const YamlFile& file, const YAML::Node& at,
             std::string what, std::string instrument = "");
};

std::optional<Instrument> load_instrument(YamlFile& file, LoadContext& ctx);
std::optional<State> load_state(YamlFile& file, LoadContext& ctx);
/// One measure's national rules (`rules.<measure>` of a state file).
MeasureRules load_measure_rules(YamlFile& file, const YAML::Node& node, Measure measure,
                                const std::string& what);
std::vector<Offence> load_offences(YamlFile& file, LoadContext& ctx);

/// Attaches the article texts of texts/<id>.yaml to its instrument (which must be loaded).
void load_texts(YamlFile& file, Dataset& data);

/// Checks the references gathered while loading against the loaded dataset.
void cross_check(const Dataset& data, const std::vector<Reference>& references,
                 Diagnostics& diagnostics);

} // namespace treaty
