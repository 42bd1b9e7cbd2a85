// Checks references between files once the whole dataset is loaded.
#include "data/load_parts.h"

#include "core/lookup.h"

namespace treaty {

void LoadContext::refer(Reference::Kind kind, std::string value, const YamlFile& file,
                        const YAML::Node& at, std::string what, std::string instrument) {
  references.push_back({kind, std::move(value), std::move(instrument), std::move(what), file.path(),
                        line_of(at), column_of(at)});
}

void cross_check(const Dataset& data, const std::vector<Reference>& references,
                 Diagnostics& diagnostics) {
  for (const auto& r : references) {
    switch (r.kind) {
    case Reference::Kind::state:
      if (!data.state(r.value)) {
        auto found = find_state(data, r.value);
        std::string message = "unknown state '" + r.value + "' in " + r.what;
        if (auto* s = std::get_if<const State*>(&found)) {
          message += "; states are named by ISO alpha-2: did you mean " + (*s)->iso2 + "?";
        } else {
          auto hint = std::get<std::string>(found);
          auto pos = hint.find("; did you mean");
          if (pos != std::string::npos) {
            message += hint.substr(pos);
          }
        }
        diagnostics.error(r.path, r.line, r.column, message);
      }
      break;
    case Reference::Kind::instrument:
      if (!data.instrument(r.value)) {
        // An id the data lacks; the lookup may still match a short name (never an exception).
        auto found = find_instrument(data, r.value);
        auto* message = std::get_if<std::string>(&found);
        std::string hint = message ? *message : "";
        auto pos = hint.find("; did you mean");
        auto end = hint.find(" (treaty list");
        diagnostics.error(r.path, r.line, r.column,
                          "unknown instrument '" + r.value + "' in " + r.what +
                              (pos == std::string::npos ? "" : hint.substr(pos, end - pos)));
      }
      break;
    case Reference::Kind::article: {
      const Instrument* inst = data.instrument(r.instrument);
      if (inst && !inst->articles.empty() && !inst->has_article(r.value)) {
        diagnostics.error(r.path, r.line, r.column,
                          "unknown article '" + r.value + "' of " + r.instrument + " in " + r.what);
      }
      break;
    }
    }
  }
}

} // namespace treaty
