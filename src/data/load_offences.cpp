// Loading data/offences.yaml: the offence taxonomy and the provisions covering each offence.
#include "data/load_parts.h"

namespace treaty {

std::vector<Offence> load_offences(YamlFile& f, LoadContext& ctx) {
  std::vector<Offence> out;
  const YAML::Node& root = *f.root();
  if (!f.check_map(root, "the offences file", {"offences"}, {"offences"})) {
    return out;
  }
  for (const auto& o : f.sequence(root, "offences")) {
    if (!f.check_map(o, "an offence", {"id", "name", "aliases", "provisions"}, {"id", "name"})) {
      continue;
    }
    Offence offence;
    offence.id = f.text(o, "id").value_or("");
    offence.name = f.text(o, "name").value_or("");
    offence.aliases = f.texts(o, "aliases");
    for (const auto& existing : out) {
      if (existing.id == offence.id) {
        f.error(o["id"], "offence '" + offence.id + "' is defined twice");
      }
    }
    for (const auto& p : f.sequence(o, "provisions")) {
      if (!f.check_map(p, "a provision",
                       {"instrument", "articles", "conditions", "source", "verified", "note"},
                       {"instrument", "articles", "source"})) {
        continue;
      }
      OffenceProvision prov;
      prov.instrument = f.text(p, "instrument").value_or("");
      if (p["instrument"] && p["instrument"].IsScalar()) {
        ctx.refer(Reference::Kind::instrument, prov.instrument, f, p["instrument"],
                  "offence provision");
      }
      prov.articles = f.texts(p, "articles");
      for (const auto& a : f.sequence(p, "articles")) {
        if (a.IsScalar()) {
          ctx.refer(Reference::Kind::article, a.Scalar(), f, a, "offence provision",
                    prov.instrument);
        }
      }
      prov.conditions = f.conditions(p, "conditions");
      prov.provenance = f.provenance(p);
      if (offence.provision_in(prov.instrument)) {
        f.error(p["instrument"],
                "offence '" + offence.id + "' has two provisions in '" + prov.instrument + "'");
        continue;
      }
      offence.provisions.push_back(std::move(prov));
    }
    out.push_back(std::move(offence));
  }
  return out;
}

} // namespace treaty
