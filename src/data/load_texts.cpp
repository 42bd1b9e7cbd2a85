// Loading data/texts/<id>.yaml: the official text of an instrument, article by article.
#include "data/load_parts.h"

#include <algorithm>

namespace treaty {

void load_texts(YamlFile& f, Dataset& data) {
  const YAML::Node& root = *f.root();
  if (!f.check_map(root, "a texts file", {"instrument", "source", "articles"},
                   {"instrument", "source", "articles"})) {
    return;
  }
  std::string id = f.text(root, "instrument").value_or("");
  auto it = std::find_if(data.instruments.begin(), data.instruments.end(),
                         [&](const Instrument& i) { return i.id == id; });
  if (it == data.instruments.end()) {
    f.error(root["instrument"], "unknown instrument '" + id + "' in a texts file");
    return;
  }
  Instrument& inst = *it;
  inst.texts_source = f.text(root, "source").value_or("");
  for (const auto& a : f.sequence(root, "articles")) {
    if (!f.check_map(a, "an article", {"number", "title", "text"}, {"number", "text"})) {
      continue;
    }
    std::string number = f.text(a, "number").value_or("");
    auto article = std::find_if(inst.articles.begin(), inst.articles.end(),
                                [&](const Article& x) { return x.number == number; });
    if (article == inst.articles.end()) {
      inst.articles.push_back({number, f.text(a, "title").value_or(""), ""});
      article = inst.articles.end() - 1;
    } else if (auto title = f.text(a, "title"); title && !article->title.empty() &&
                                                 *title != article->title) {
      f.error(a["title"], "article " + number + " is titled '" + article->title + "' in " + id +
                              ".yaml, not '" + *title + "'");
    }
    if (!article->text.empty()) {
      f.error(a["number"], "article " + number + " of " + id + " has two texts");
      continue;
    }
    article->text = f.text(a, "text").value_or("");
  }
}

} // namespace treaty
