// `treaty show` and `treaty search` output.
#pragma once

#include "core/model.h"
#include "core/search.h"

#include <string>

namespace treaty {

/// What an instrument is: its kind, depositary, dates, parties bound on `date`, cooperation
/// articles, and its articles.
std::string render_instrument(const Instrument& i, Date date);
/// One article with its official text; nullopt-like empty string when there is no such article.
std::string render_article(const Instrument& i, const Article& a);
/// A state's rules for one measure (or all), each with its citation.
std::string render_rules(const State& s, const std::vector<Measure>& measures,
                         const std::string& only);
std::string render_search_text(const std::vector<SearchHit>& hits);
/// JSON "treaty/search/1".
std::string render_search_json(const std::vector<SearchHit>& hits);

} // namespace treaty
