// Reads a dataset directory within its limits, then assembles the Dataset from the files' text.
#include "data/loader.h"

#include "data/load_parts.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

namespace treaty {

namespace fs = std::filesystem;

namespace {

std::string mib(size_t bytes) {
  return std::to_string(bytes / (1024 * 1024)) + " MiB";
}

/// What is wrong with `path` as a folder (`want_folder`) or a regular file, in words that start
/// with `subject`; nullopt when nothing is.
std::optional<std::string> path_problem(const fs::path& path, const std::string& subject,
                                        bool want_folder) {
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (ec == std::errc::too_many_symbolic_link_levels) {
    return subject + " is a symbolic link loop";
  }
  if (status.type() == fs::file_type::not_found) {
    std::error_code link_ec;
    if (fs::is_symlink(fs::symlink_status(path, link_ec))) {
      return subject + " is a symbolic link to nothing";
    }
    return subject + " does not exist";
  }
  if (ec) {
    return "cannot read " + subject + ": " + ec.message();
  }
  if (want_folder && status.type() != fs::file_type::directory) {
    return subject + (status.type() == fs::file_type::regular ? " is a file, not a folder"
                                                              : " is not a folder");
  }
  if (!want_folder && status.type() != fs::file_type::regular) {
    return subject + (status.type() == fs::file_type::directory
                          ? " is a folder, not a file"
                          : " is not a regular file (a FIFO, socket or device)");
  }
  return std::nullopt;
}

/// Reads files and lists folders, stopping at the limits; every problem becomes a diagnostic.
class Reader {
public:
  explicit Reader(Diagnostics& diagnostics) : m_diagnostics(diagnostics) {}

  std::optional<SourceFile> file(const fs::path& path) {
    if (m_stopped) {
      return std::nullopt;
    }
    if (auto problem = path_problem(path, "the file", false)) {
      return fail(path, *problem);
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      return fail(path, std::string("cannot read the file: ") + std::strerror(errno));
    }
    SourceFile source{path.string(), {}};
    // Read in pieces up to the limit: a file larger than it is refused, never held whole.
    char buffer[64 * 1024];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
      source.text.append(buffer, static_cast<size_t>(in.gcount()));
      if (source.text.size() > k_max_data_file_bytes) {
        return fail(path, "the file is larger than " + mib(k_max_data_file_bytes) +
                              ", the limit for one data file");
      }
    }
    if (in.bad()) {
      return fail(path, "cannot read the file");
    }
    m_bytes += source.text.size();
    if (m_bytes > k_max_dataset_bytes) {
      m_stopped = true;
      return fail(path, "the dataset is larger than " + mib(k_max_dataset_bytes) +
                            ", the limit for one dataset; reading stopped here");
    }
    return source;
  }

  /// The .yaml files directly in `dir`, in name order; none when the folder is unusable or
  /// would take the dataset past k_max_data_files.
  std::vector<fs::path> yaml_files(const fs::path& dir) {
    std::vector<fs::path> out;
    if (m_stopped) {
      return out;
    }
    if (auto problem = path_problem(dir, "the folder", true)) {
      m_diagnostics.error(dir.string(), 0, 0, *problem);
      return out;
    }
    std::error_code ec;
    for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
         it.increment(ec)) {
      if (it->path().extension() != ".yaml") {
        continue;
      }
      if (m_listed + out.size() >= k_max_data_files) {
        m_stopped = true;
        m_diagnostics.error(dir.string(), 0, 0,
                            "the dataset has more than " + std::to_string(k_max_data_files) +
                                " YAML files, the limit for one dataset; reading stopped here");
        return {};
      }
      out.push_back(it->path());
    }
    if (ec) {
      m_diagnostics.error(dir.string(), 0, 0, "cannot read the folder: " + ec.message());
      return {};
    }
    m_listed += out.size();
    std::sort(out.begin(), out.end());
    return out;
  }

  /// A limit was reached: nothing more is read.
  bool stopped() const { return m_stopped; }

private:
  std::nullopt_t fail(const fs::path& path, std::string message) {
    m_diagnostics.error(path.string(), 0, 0, std::move(message));
    return std::nullopt;
  }

  Diagnostics& m_diagnostics;
  size_t m_listed = 2; // dataset.yaml and offences.yaml
  size_t m_bytes = 0;
  bool m_stopped = false;
};

/// The problem that stops the whole load before any file is read, if there is one.
std::optional<std::string> dataset_folder_problem(const fs::path& dir) {
  if (auto problem = path_problem(dir, "the dataset folder", true)) {
    return problem;
  }
  std::error_code ec;
  fs::directory_iterator first(dir, ec);
  if (ec) {
    return "cannot read the dataset folder: " + ec.message();
  }
  if (first == fs::directory_iterator()) {
    return "the dataset folder is empty";
  }
  return std::nullopt;
}

void load_header(const SourceFile& source, Dataset& data, LoadContext& ctx) {
  YamlFile f(source.path, source.text, ctx.diagnostics);
  if (!f.root()) {
    return;
  }
  if (!f.check_map(*f.root(), "the dataset file", {"title", "as_of", "as_of_source"},
                   {"as_of", "as_of_source"})) {
    return;
  }
  data.as_of = f.date(*f.root(), "as_of");
  data.as_of_source = f.text(*f.root(), "as_of_source").value_or("");
}

void load_treaty(const SourceFile& source, Dataset& data, LoadContext& ctx) {
  YamlFile f(source.path, source.text, ctx.diagnostics);
  if (!f.root()) {
    return;
  }
  auto inst = load_instrument(f, ctx);
  if (!inst) {
    return;
  }
  fs::path path = source.path;
  if (!inst->id.empty() && inst->id != path.stem().string()) {
    f.error((*f.root())["id"], "instrument id '" + inst->id + "' does not match the file name '" +
                                   path.filename().string() + "'");
  }
  if (data.instrument(inst->id)) {
    f.error((*f.root())["id"], "instrument '" + inst->id + "' is defined twice");
    return;
  }
  data.instruments.push_back(std::move(*inst));
  data.index();
}

void load_state_file(const SourceFile& source, Dataset& data, LoadContext& ctx) {
  YamlFile f(source.path, source.text, ctx.diagnostics);
  if (!f.root()) {
    return;
  }
  auto state = load_state(f, ctx);
  if (!state) {
    return;
  }
  std::string expected = state->iso2;
  std::transform(expected.begin(), expected.end(), expected.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  std::string file_name = fs::path(source.path).filename().string();
  if (!expected.empty() && expected + ".yaml" != file_name) {
    f.error((*f.root())["iso2"], "state '" + state->iso2 + "' must be in the file '" + expected +
                                     ".yaml', not '" + file_name + "'");
  }
  data.states.push_back(std::move(*state));
}

} // namespace

LoadResult load_sources(const DatasetSources& sources, Diagnostics diagnostics) {
  LoadResult result;
  result.diagnostics = std::move(diagnostics);
  Dataset& data = result.dataset;
  LoadContext ctx{result.diagnostics, {}};
  if (sources.header) {
    ++result.files;
    load_header(*sources.header, data, ctx);
  }
  if (sources.offences) {
    ++result.files;
    YamlFile f(sources.offences->path, sources.offences->text, result.diagnostics);
    if (f.root()) {
      data.offences = load_offences(f, ctx);
    }
  }
  for (const auto& source : sources.treaties) {
    ++result.files;
    load_treaty(source, data, ctx);
  }
  for (const auto& source : sources.states) {
    ++result.files;
    load_state_file(source, data, ctx);
  }
  data.index();
  for (const auto& source : sources.texts) {
    ++result.files;
    YamlFile f(source.path, source.text, result.diagnostics);
    if (f.root()) {
      load_texts(f, data);
    }
  }
  // A name left empty is reported here, once: a missing one already was, as a missing key (and
  // has no position); an empty one would otherwise be looked up, and match what has no alias.
  std::vector<Reference> named;
  for (auto& r : ctx.references) {
    if (!r.value.empty()) {
      named.push_back(std::move(r));
    } else if (r.line > 0) {
      result.diagnostics.error(r.path, r.line, r.column, "an empty name in " + r.what);
    }
  }
  cross_check(data, named, result.diagnostics);
  return result;
}

DatasetSources read_sources(const fs::path& dir, Diagnostics& diagnostics) {
  DatasetSources sources;
  if (auto problem = dataset_folder_problem(dir)) {
    diagnostics.error(dir.string(), 0, 0, *problem);
    return sources;
  }
  Reader reader(diagnostics);
  sources.header = reader.file(dir / "dataset.yaml");
  sources.offences = reader.file(dir / "offences.yaml");
  auto read_folder = [&reader](const fs::path& folder, std::vector<SourceFile>& into) {
    for (const auto& path : reader.yaml_files(folder)) {
      if (auto source = reader.file(path)) {
        into.push_back(std::move(*source));
      }
    }
  };
  read_folder(dir / "treaties", sources.treaties);
  read_folder(dir / "states", sources.states);
  // texts/ is optional; anything by that name that is not a readable folder is reported.
  std::error_code ec;
  if (fs::exists(fs::symlink_status(dir / "texts", ec))) {
    read_folder(dir / "texts", sources.texts);
  }
  sources.truncated = reader.stopped();
  return sources;
}

LoadResult load_dataset(const fs::path& dir) {
  Diagnostics diagnostics;
  DatasetSources sources = read_sources(dir, diagnostics);
  if (sources.truncated) {
    // Checking part of a dataset would add an error for every name the unread files define.
    LoadResult result;
    result.diagnostics = std::move(diagnostics);
    return result;
  }
  return load_sources(sources, std::move(diagnostics));
}

} // namespace treaty
