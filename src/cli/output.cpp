// Atomic report files: an interrupted run leaves the old file (or none), never half a report.
#include "cli/output.h"

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace treaty::cli {

namespace {

// The temporary file to remove if the run is interrupted (one Output at a time writes a file).
char g_temporary[4096] = {0};

extern "C" void remove_temporary_and_exit(int signal) {
  if (g_temporary[0] != '\0') {
    unlink(g_temporary);
  }
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

} // namespace

Output::Output(const std::string& path) : m_path(path) {
  if (path.empty() || path == "-") {
    m_file = stdout;
    return;
  }
  m_temporary = path + ".tmp-XXXXXX";
  int fd = mkstemp(m_temporary.data());
  if (fd < 0) {
    m_error = "cannot write " + path + ": " + std::strerror(errno);
    return;
  }
  m_file = fdopen(fd, "w");
  if (m_temporary.size() < sizeof g_temporary) {
    std::memcpy(g_temporary, m_temporary.c_str(), m_temporary.size() + 1);
    std::signal(SIGINT, remove_temporary_and_exit);
    std::signal(SIGTERM, remove_temporary_and_exit);
    std::signal(SIGHUP, remove_temporary_and_exit);
  }
}

Output::~Output() {
  if (m_file && m_file != stdout && !m_committed) {
    std::fclose(m_file);
    unlink(m_temporary.c_str());
    g_temporary[0] = '\0';
  }
}

void Output::write(std::string_view text) {
  constexpr size_t k_chunk = 1u << 16;
  if (m_buffer.size() + text.size() < k_chunk) {
    m_buffer.append(text);
    return;
  }
  flush();
  if (text.size() < k_chunk) {
    m_buffer.append(text);
  } else {
    put(text); // a large piece goes out without a copy
  }
}

void Output::flush() {
  put(m_buffer);
  m_buffer.clear();
}

void Output::put(std::string_view text) {
  if (text.empty() || !m_file) {
    return;
  }
  if (std::fwrite(text.data(), 1, text.size(), m_file) != text.size()) {
    if (m_file == stdout && errno == EPIPE) {
      std::_Exit(0);
    }
    if (m_error.empty()) {
      m_error = "cannot write the output: " + std::string(std::strerror(errno));
    }
  }
}

bool Output::commit() {
  flush();
  if (!m_file) {
    return false;
  }
  if (m_file == stdout) {
    if (std::fflush(stdout) != 0 && errno == EPIPE) {
      std::_Exit(0);
    }
    m_committed = true;
    return ok();
  }
  if (std::fflush(m_file) != 0 || fsync(fileno(m_file)) != 0) {
    m_error = "cannot write " + m_path + ": " + std::strerror(errno);
  }
  std::fclose(m_file);
  m_file = nullptr;
  if (ok() && std::rename(m_temporary.c_str(), m_path.c_str()) != 0) {
    m_error = "cannot write " + m_path + ": " + std::strerror(errno);
  }
  if (!ok()) {
    unlink(m_temporary.c_str());
  }
  g_temporary[0] = '\0';
  m_committed = true;
  return ok();
}

} // namespace treaty::cli
