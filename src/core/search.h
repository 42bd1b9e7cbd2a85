// Finding articles, national rules and offences by words.
#pragma once

#include "core/model.h"

#include <string>
#include <vector>

namespace treaty {

struct SearchHit {
  std::string where;   // "untoc art. 16", "KZ extradition: refusal ground", "offence fraud"
  std::string title;   // the article title or the rule kind
  std::string excerpt; // the text around the first match
  std::string source;  // the citation
  int score = 0;       // how many times the words occur
};

/// Every article text or title, national rule and offence whose text contains all the words
/// (case-insensitive), best first, at most `limit`.
std::vector<SearchHit> search(const Dataset& data, const std::vector<std::string>& words,
                              size_t limit = 50);

} // namespace treaty
