// Where a command's report goes: stdout, or a file written atomically (temporary + rename).
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

namespace treaty::cli {

class Output {
public:
  /// Opens stdout (empty path) or a temporary file beside `path`; on failure `error()` says why.
  explicit Output(const std::string& path);
  ~Output();
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;

  bool ok() const { return m_error.empty(); }
  const std::string& error() const { return m_error; }

  /// Buffered write; a closed stdout pipe ends the program quietly with status 0.
  void write(std::string_view text);
  /// Flushes, and for a file renames the temporary into place. Returns false with error() set.
  bool commit();

private:
  std::string m_path;
  std::string m_temporary;
  std::FILE* m_file = nullptr;
  std::string m_buffer;
  std::string m_error;
  bool m_committed = false;

  void flush();
  void put(std::string_view text); // fwrite, recording the first error
};

} // namespace treaty::cli
