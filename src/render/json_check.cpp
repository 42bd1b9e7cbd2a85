// JSON rendering of a check answer; field names are a documented contract (man/treaty.1).
#include "render/json_check.h"

namespace treaty {

namespace {

nlohmann::ordered_json route_json(const Route& r) {
  auto items = [](const std::vector<RouteItem>& list) {
    nlohmann::ordered_json out = nlohmann::ordered_json::array();
    for (const auto& i : list) {
      out.push_back({{"text", i.text}, {"source", i.source}, {"verified", i.verified}});
    }
    return out;
  };
  return {{"basis", r.basis.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(r.basis)},
          {"sender", items(r.sender)},
          {"receiver", items(r.receiver)},
          {"channel", items(r.channel)},
          {"languages", items(r.languages)},
          {"contents", items(r.contents)},
          {"refusal_grounds", items(r.refusal_grounds)},
          {"time_limits", items(r.time_limits)},
          {"alternatives", items(r.alternatives)}};
}

} // namespace

nlohmann::ordered_json check_json(const Answer& answer, const Dataset& data, bool explain) {
  using json = nlohmann::ordered_json;
  const Query& q = answer.query;
  json facts = json::object();
  for (const auto& [name, value] : given_facts(q.facts)) {
    if (name == "max-penalty-years") {
      facts[name] = *q.facts.max_penalty_years;
    } else {
      facts[name] = value;
    }
  }
  json measures = json::array();
  for (Measure m : q.measures) {
    measures.push_back(measure_id(m));
  }
  json out = {
      {"schema", "treaty/check/1"},
      {"query",
       {{"requesting", q.requesting},
        {"requested", q.requested},
        {"stage", q.stage},
        {"offence", q.offence},
        {"measures", measures},
        {"date", q.date.str()},
        {"facts", facts}}},
      {"dataset", {{"as_of", data.as_of ? json(data.as_of->str()) : json(nullptr)}}},
  };
  json answers = json::array();
  for (const auto& m : answer.measures) {
    json bases = json::array();
    for (const auto& b : m.bases) {
      json conditions = json::array();
      for (const auto& c : b.conditions) {
        conditions.push_back({{"id", c.id},
                              {"text", c.text},
                              {"status", condition_status_id(c.status)},
                              {"source", c.source},
                              {"verified", c.verified},
                              {"decided_by", std::vector<std::string_view>(c.decided_by.begin(),
                                                                           c.decided_by.end())}});
      }
      json basis = {{"instrument", b.instrument},    {"title", b.title},
                    {"kind", basis_kind_id(b.kind)}, {"status", basis_status_id(b.status)},
                    {"articles", b.articles},        {"verified", b.verified},
                    {"conditions", conditions},      {"notes", b.notes}};
      if (!b.replaced_by.empty()) {
        basis["replaced_by"] = b.replaced_by;
      }
      bases.push_back(std::move(basis));
    }
    answers.push_back(
        {{"measure", measure_id(m.measure)}, {"bases", bases}, {"route", route_json(m.route)}});
  }
  out["measures"] = answers;
  out["deciding_facts"] = answer.deciding_facts();
  out["warnings"] = answer.warnings;
  if (explain) {
    json trace = json::array();
    for (size_t i = 0; i < answer.trace.size(); ++i) {
      const auto& s = answer.trace[i];
      trace.push_back(
          {{"step", i + 1}, {"rule", s.rule}, {"citation", s.citation}, {"text", s.text}});
    }
    out["trace"] = trace;
  }
  return out;
}

} // namespace treaty
