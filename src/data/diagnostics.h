// Data errors with their positions, printed as path:line:column: error: message, line, caret.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace treaty {

struct Diagnostic {
  std::string path;
  int line = 0;   // 1-based; 0 when the error has no position (a missing file)
  int column = 0; // 1-based
  std::string message;
  std::vector<std::string> notes;
};

/// Collects every error of a run, and knows the source text to quote under each.
class Diagnostics {
public:
  void add_source(const std::string& path, const std::string& text);
  void error(std::string path, int line, int column, std::string message,
             std::vector<std::string> notes = {});
  bool empty() const { return m_items.empty(); }
  size_t size() const { return m_items.size(); }
  const std::vector<Diagnostic>& items() const { return m_items; }
  /// All diagnostics, in file then position order, each with its source line and caret.
  std::string format() const;

private:
  std::vector<Diagnostic> m_items;
  std::map<std::string, std::vector<std::string>> m_lines;
};

} // namespace treaty
