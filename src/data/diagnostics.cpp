// Formatting of data diagnostics in the compiler style.
#include "data/diagnostics.h"

#include <algorithm>
#include <sstream>

namespace treaty {

void Diagnostics::add_source(const std::string& path, const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    lines.push_back(line);
  }
  m_lines[path] = std::move(lines);
}

void Diagnostics::error(std::string path, int line, int column, std::string message,
                        std::vector<std::string> notes) {
  m_items.push_back({std::move(path), line, column, std::move(message), std::move(notes)});
}

std::string Diagnostics::format() const {
  std::vector<Diagnostic> sorted = m_items;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.path, a.line, a.column) < std::tie(b.path, b.line, b.column);
  });
  std::string out;
  for (const auto& d : sorted) {
    out += d.path;
    if (d.line > 0) {
      out += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
    }
    out += ": error: " + d.message + "\n";
    auto it = m_lines.find(d.path);
    if (d.line > 0 && it != m_lines.end() && static_cast<size_t>(d.line) <= it->second.size()) {
      const std::string& source = it->second[static_cast<size_t>(d.line - 1)];
      out += source + "\n";
      std::string caret;
      for (int i = 0; i + 1 < d.column && static_cast<size_t>(i) < source.size(); ++i) {
        caret += source[static_cast<size_t>(i)] == '\t' ? '\t' : ' ';
      }
      out += caret + "^\n";
    }
    for (const auto& note : d.notes) {
      out += "note: " + note + "\n";
    }
  }
  return out;
}

} // namespace treaty
