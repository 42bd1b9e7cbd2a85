// Reads a dataset directory file by file and assembles the Dataset.
#include "data/loader.h"

#include "data/load_parts.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace treaty {

namespace fs = std::filesystem;

namespace {

std::optional<std::string> read_file(const fs::path& path, Diagnostics& diagnostics) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.error(path.string(), 0, 0, "cannot read the file");
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<fs::path> yaml_files(const fs::path& dir, Diagnostics& diagnostics) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    diagnostics.error(dir.string(), 0, 0, "the folder is missing");
    return out;
  }
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".yaml") {
      out.push_back(entry.path());
    }
  }
  if (ec) {
    diagnostics.error(dir.string(), 0, 0, "cannot list the folder: " + ec.message());
  }
  std::sort(out.begin(), out.end());
  return out;
}

void load_header(const fs::path& dir, Dataset& data, LoadContext& ctx, size_t& files) {
  fs::path path = dir / "dataset.yaml";
  auto text = read_file(path, ctx.diagnostics);
  if (!text) {
    return;
  }
  ++files;
  YamlFile f(path.string(), *text, ctx.diagnostics);
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

} // namespace

LoadResult load_dataset(const fs::path& dir) {
  LoadResult result;
  Dataset& data = result.dataset;
  LoadContext ctx{result.diagnostics, {}};
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    result.diagnostics.error(dir.string(), 0, 0,
                             fs::exists(dir, ec) ? "the dataset must be a folder, not a file"
                                                 : "the dataset folder does not exist");
    return result;
  }
  load_header(dir, data, ctx, result.files);

  fs::path offences = dir / "offences.yaml";
  if (auto text = read_file(offences, result.diagnostics)) {
    ++result.files;
    YamlFile f(offences.string(), *text, result.diagnostics);
    if (f.root()) {
      data.offences = load_offences(f, ctx);
    }
  }

  for (const auto& path : yaml_files(dir / "treaties", result.diagnostics)) {
    auto text = read_file(path, result.diagnostics);
    if (!text) {
      continue;
    }
    ++result.files;
    YamlFile f(path.string(), *text, result.diagnostics);
    if (!f.root()) {
      continue;
    }
    auto inst = load_instrument(f, ctx);
    if (!inst) {
      continue;
    }
    if (inst->id != path.stem().string()) {
      f.error((*f.root())["id"], "instrument id '" + inst->id + "' does not match the file name '" +
                                     path.filename().string() + "'");
    }
    if (data.instrument(inst->id)) {
      f.error((*f.root())["id"], "instrument '" + inst->id + "' is defined twice");
      continue;
    }
    data.instruments.push_back(std::move(*inst));
    data.index();
  }

  for (const auto& path : yaml_files(dir / "states", result.diagnostics)) {
    auto text = read_file(path, result.diagnostics);
    if (!text) {
      continue;
    }
    ++result.files;
    YamlFile f(path.string(), *text, result.diagnostics);
    if (!f.root()) {
      continue;
    }
    auto state = load_state(f, ctx);
    if (!state) {
      continue;
    }
    std::string expected = state->iso2;
    std::transform(expected.begin(), expected.end(), expected.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (expected + ".yaml" != path.filename().string()) {
      f.error((*f.root())["iso2"], "state '" + state->iso2 + "' must be in the file '" + expected +
                                       ".yaml', not '" + path.filename().string() + "'");
    }
    data.states.push_back(std::move(*state));
  }

  data.index();
  cross_check(data, ctx.references, result.diagnostics);
  return result;
}

} // namespace treaty
