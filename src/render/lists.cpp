// Listing states, instruments, offences and measures.
#include "render/lists.h"

#include "render/table.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace treaty {

namespace {

std::string_view what_id(ListWhat what) {
  switch (what) {
  case ListWhat::states:
    return "states";
  case ListWhat::instruments:
    return "instruments";
  case ListWhat::offences:
    return "offences";
  case ListWhat::measures:
    return "measures";
  }
  return "?";
}

size_t bound_count(const Instrument& i) {
  size_t n = 0;
  for (const auto& p : i.parties) {
    n += p.is_party ? 1 : 0;
  }
  return n;
}

Row list_header(ListWhat what) {
  switch (what) {
  case ListWhat::states:
    return {"iso2", "iso3", "name"};
  case ListWhat::instruments:
    return {"id", "kind", "title"};
  case ListWhat::offences:
    return {"id", "name"};
  case ListWhat::measures:
    return {"id", "title"};
  }
  return {};
}

std::vector<Row> list_rows(ListWhat what, const Dataset& data) {
  std::vector<Row> rows;
  switch (what) {
  case ListWhat::states:
    for (const auto& s : data.states) {
      rows.push_back({s.iso2, s.iso3, s.name});
    }
    break;
  case ListWhat::instruments:
    for (const auto& i : data.instruments) {
      rows.push_back({i.id, std::string(kind_id(i.kind)), i.title});
    }
    break;
  case ListWhat::offences:
    for (const auto& o : data.offences) {
      rows.push_back({o.id, o.name});
    }
    break;
  case ListWhat::measures:
    for (Measure m : k_all_measures) {
      rows.push_back({std::string(measure_id(m)), std::string(measure_title(m))});
    }
    break;
  }
  return rows;
}

} // namespace

std::string render_list_csv(ListWhat what, const Dataset& data) {
  std::string out = csv_line(list_header(what));
  for (const auto& r : list_rows(what, data)) {
    out += csv_line(r);
  }
  return out;
}

std::string render_list_markdown(ListWhat what, const Dataset& data) {
  return markdown_table(list_header(what), list_rows(what, data));
}

std::string render_list_text(ListWhat what, const Dataset& data) {
  std::string out;
  switch (what) {
  case ListWhat::states:
    for (const auto& s : data.states) {
      out += fmt::format("{}  {}  {}\n", s.iso2, s.iso3, s.name);
    }
    break;
  case ListWhat::instruments:
    for (const auto& i : data.instruments) {
      out += fmt::format("{:<28} {:<12} {}\n", i.id, kind_id(i.kind), i.title);
    }
    break;
  case ListWhat::offences:
    for (const auto& o : data.offences) {
      out += fmt::format("{:<42} {}\n", o.id, o.name);
    }
    break;
  case ListWhat::measures:
    for (Measure m : k_all_measures) {
      out += fmt::format("{:<31} {}\n", measure_id(m), measure_title(m));
    }
    break;
  }
  return out;
}

std::string render_list_json(ListWhat what, const Dataset& data) {
  using json = nlohmann::ordered_json;
  json items = json::array();
  switch (what) {
  case ListWhat::states:
    for (const auto& s : data.states) {
      items.push_back({{"iso2", s.iso2},
                       {"iso3", s.iso3},
                       {"name", s.name},
                       {"official_name", s.official_name}});
    }
    break;
  case ListWhat::instruments:
    for (const auto& i : data.instruments) {
      json measures = json::array();
      for (const auto& p : i.measures) {
        measures.push_back(measure_id(p.measure));
      }
      items.push_back({{"id", i.id},
                       {"short_name", i.short_name},
                       {"title", i.title},
                       {"kind", kind_id(i.kind)},
                       {"measures", measures},
                       {"parties_in_data", bound_count(i)}});
    }
    break;
  case ListWhat::offences:
    for (const auto& o : data.offences) {
      items.push_back({{"id", o.id}, {"name", o.name}, {"aliases", o.aliases}});
    }
    break;
  case ListWhat::measures:
    for (Measure m : k_all_measures) {
      items.push_back({{"id", measure_id(m)}, {"title", measure_title(m)}});
    }
    break;
  }
  json out = {{"schema", "treaty/list/1"}, {"what", what_id(what)}, {"items", items}};
  return out.dump(2) + "\n";
}

namespace {

/// "192/192 on 2024-05-04" (rows counted / the depositary's total), or "" without a total; a
/// total that is not the depositary's is marked with an asterisk.
std::string against_total(const Coverage& c) {
  const auto& total = c.instrument->parties_total;
  return total ? fmt::format("{}/{} on {}{}", c.counted, total->count, total->as_of.str(),
                             total->by_depositary ? "" : " *")
               : "";
}

/// "yes" (parties_complete), "to DATE" (complete_as_of), else "".
std::string completeness(const Instrument& i) {
  if (i.parties_complete) {
    return "yes";
  }
  return i.complete_as_of ? "to " + i.complete_as_of->str() : "";
}

} // namespace

std::string render_coverage_text(const std::vector<Coverage>& coverage) {
  // One line: the columns, without the padding of empty last columns.
  auto line = [](auto&&... cells) {
    std::string s = fmt::format("{:<28} {:<12} {:>5} {:>8} {:>11} {:>8}  {:<22} {}", cells...);
    s.erase(s.find_last_not_of(' ') + 1);
    return s + "\n";
  };
  std::string out = line("instrument", "kind", "rows", "parties", "unverified", "undated",
                         "depositary total", "list complete");
  Coverage sum;
  for (const auto& c : coverage) {
    out += line(c.instrument->id, kind_id(c.instrument->kind), c.rows, c.parties, c.unverified,
                c.undated, against_total(c), completeness(*c.instrument));
    sum.rows += c.rows;
    sum.parties += c.parties;
    sum.unverified += c.unverified;
    sum.undated += c.undated;
  }
  out += line(fmt::format("{} instruments", coverage.size()), "", sum.rows, sum.parties,
              sum.unverified, sum.undated, "", "");
  bool others = std::any_of(coverage.begin(), coverage.end(), [](const Coverage& c) {
    return c.instrument->parties_total && !c.instrument->parties_total->by_depositary;
  });
  if (others) {
    out += "* not the depositary's count: a dated list of the parties from another source (see "
           "the instrument's parties_total)\n";
  }
  return out;
}

std::string render_coverage_json(const std::vector<Coverage>& coverage) {
  nlohmann::ordered_json items = nlohmann::ordered_json::array();
  for (const auto& c : coverage) {
    const Instrument& i = *c.instrument;
    nlohmann::ordered_json item = {{"instrument", i.id},
                                   {"kind", kind_id(i.kind)},
                                   {"rows", c.rows},
                                   {"parties", c.parties},
                                   {"unverified", c.unverified},
                                   {"undated", c.undated},
                                   {"parties_complete", i.parties_complete},
                                   {"complete_as_of", nullptr},
                                   {"depositary_total", nullptr}};
    if (i.complete_as_of) {
      item["complete_as_of"] = i.complete_as_of->str();
    }
    if (i.parties_total) {
      item["depositary_total"] = {{"count", i.parties_total->count},
                                  {"as_of", i.parties_total->as_of.str()},
                                  {"counted", c.counted},
                                  {"source", i.parties_total->source},
                                  {"by_depositary", i.parties_total->by_depositary}};
    }
    items.push_back(std::move(item));
  }
  nlohmann::ordered_json out = {{"schema", "treaty/coverage/1"}, {"instruments", items}};
  return out.dump(2) + "\n";
}

std::string render_coverage_csv(const std::vector<Coverage>& coverage) {
  std::string out = csv_line({"instrument", "kind", "rows", "parties", "unverified", "undated",
                              "depositary_total", "depositary_as_of", "counted", "parties_complete",
                              "complete_as_of", "by_depositary"});
  for (const auto& c : coverage) {
    const Instrument& i = *c.instrument;
    const auto& total = i.parties_total;
    out += csv_line({i.id, std::string(kind_id(i.kind)), std::to_string(c.rows),
                     std::to_string(c.parties), std::to_string(c.unverified),
                     std::to_string(c.undated), total ? std::to_string(total->count) : "",
                     total ? total->as_of.str() : "", total ? std::to_string(c.counted) : "",
                     i.parties_complete ? "true" : "false",
                     i.complete_as_of ? i.complete_as_of->str() : "",
                     total ? (total->by_depositary ? "true" : "false") : ""});
  }
  return out;
}

} // namespace treaty
