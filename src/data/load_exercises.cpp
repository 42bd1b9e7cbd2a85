// Strict reading of exercise files and answer files: allow-listed keys, typed values, positions.
#include "data/load_exercises.h"

#include "data/yaml_reader.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace treaty {

namespace fs = std::filesystem;

namespace {

std::vector<std::string_view> kind_ids() {
  return {"bases",          "basis-status",        "condition",        "unmet-conditions",
          "deciding-facts", "receiving-authority", "sending-authority"};
}

Position position_of(const YAML::Node& node) {
  return {line_of(node), column_of(node)};
}

/// `facts: {name: value}`: each name a known fact, each value acceptable to it.
std::vector<std::string> read_facts(YamlFile& f, const YAML::Node& c) {
  std::vector<std::string> out;
  const YAML::Node facts = c["facts"];
  if (!facts) {
    return out;
  }
  std::vector<std::string_view> names(k_fact_names.begin(), k_fact_names.end());
  if (!f.check_keys(facts, "the facts", "fact", names)) {
    return out;
  }
  Facts scratch;
  for (auto it = facts.begin(); it != facts.end(); ++it) {
    if (!it->first.IsScalar() || !it->second.IsScalar()) {
      if (it->first.IsScalar()) {
        f.error(it->second, "the fact '" + it->first.Scalar() + "' must have a text value");
      }
      continue;
    }
    std::string assignment = it->first.Scalar() + "=" + it->second.Scalar();
    if (std::find(names.begin(), names.end(), it->first.Scalar()) == names.end()) {
      continue; // reported by check_map
    }
    if (auto message = set_fact(scratch, assignment)) {
      f.error(it->second, *message);
      continue;
    }
    out.push_back(std::move(assignment));
  }
  return out;
}

std::optional<ExerciseCase> read_case(YamlFile& f, const YAML::Node& c) {
  if (!f.check_map(c, "the case",
                   {"requesting", "requested", "offence", "stage", "date", "facts", "story"},
                   {"requesting", "requested", "offence", "stage", "date"})) {
    return std::nullopt;
  }
  ExerciseCase out;
  out.requesting = f.text(c, "requesting").value_or("");
  out.requested = f.text(c, "requested").value_or("");
  out.offence = f.text(c, "offence").value_or("");
  out.story = f.text(c, "story").value_or("");
  if (auto stage = f.text(c, "stage")) {
    if (std::find(k_stages.begin(), k_stages.end(), *stage) == k_stages.end()) {
      f.error(c["stage"], "unknown stage '" + *stage + "'",
              {"stages: " + joined({k_stages.begin(), k_stages.end()})});
    }
    out.stage = *stage;
  }
  auto date = f.date(c, "date");
  out.facts = read_facts(f, c);
  if (!date) {
    return std::nullopt;
  }
  out.date = *date;
  return out;
}

/// The key of a question: a list of ids for the set kinds, one status word otherwise.
std::vector<std::string> read_key(YamlFile& f, const YAML::Node& q, QuestionKind kind,
                                  const std::vector<std::string>& choices) {
  const YAML::Node answer = q["answer"];
  if (!answer) {
    return {};
  }
  if (answers_a_set(kind)) {
    if (!answer.IsSequence()) {
      f.error(answer, "the answer to a '" + std::string(question_kind_id(kind)) +
                          "' question must be a list ([] for none)");
      return {};
    }
    std::vector<std::string> key = f.texts(q, "answer");
    std::vector<std::string> sorted = key;
    std::sort(sorted.begin(), sorted.end());
    if (auto dup = std::adjacent_find(sorted.begin(), sorted.end()); dup != sorted.end()) {
      f.error(answer, "'" + *dup + "' is twice in the answer");
    }
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    return sorted;
  }
  auto value = f.text(q, "answer");
  if (!value) {
    return {};
  }
  std::vector<std::string_view> allowed;
  if (answers_a_choice(kind)) {
    allowed.assign(choices.begin(), choices.end());
  } else if (kind == QuestionKind::basis_status) {
    allowed = {"applies", "conditional", "does-not-apply", "replaced"};
  } else {
    allowed = {"met", "unmet", "unknown"};
  }
  if (std::find(allowed.begin(), allowed.end(), *value) == allowed.end()) {
    f.error(answer, "the answer to a '" + std::string(question_kind_id(kind)) +
                        "' question must be one of: " + joined(allowed));
    return {};
  }
  return {*value};
}

std::optional<Question> read_question(YamlFile& f, const YAML::Node& q) {
  if (!f.check_map(q, "a question",
                   {"id", "ask", "kind", "measure", "status", "basis", "condition", "answer",
                    "choices", "articles", "explanation"},
                   {"id", "ask", "kind", "measure", "answer", "articles"})) {
    return std::nullopt;
  }
  Question out;
  out.id = f.text(q, "id").value_or("");
  out.ask = f.text(q, "ask").value_or("");
  out.explanation = f.text(q, "explanation").value_or("");
  out.articles = f.texts(q, "articles");
  if (q["articles"] && q["articles"].IsSequence() && out.articles.empty()) {
    f.error(q["articles"], "'articles' must name at least one provision that justifies the answer");
  }
  bool ok = true;
  auto kind_text = f.text(q, "kind");
  std::optional<QuestionKind> kind = kind_text ? parse_question_kind(*kind_text) : std::nullopt;
  if (kind_text && !kind) {
    f.error(q["kind"], "unknown question kind '" + *kind_text + "'",
            {"kinds: " + joined(kind_ids())});
  }
  if (!kind) {
    return std::nullopt;
  }
  out.kind = *kind;
  if (auto m = f.text(q, "measure")) {
    if (auto parsed = parse_measure(*m)) {
      out.measure = *parsed;
    } else {
      f.error(q["measure"], "unknown measure '" + *m + "'",
              {"measures: extradition, mla, transfer-of-proceedings, "
               "transfer-of-sentenced-persons, confiscation, jit"});
      ok = false;
    }
  }
  // Each kind names exactly what it asks about.
  bool wants_status = out.kind == QuestionKind::bases;
  bool wants_basis = out.kind == QuestionKind::basis_status ||
                     out.kind == QuestionKind::condition ||
                     out.kind == QuestionKind::unmet_conditions;
  bool wants_condition = out.kind == QuestionKind::condition;
  bool wants_choices = answers_a_choice(out.kind);
  for (auto [key, wanted] : {std::pair<const char*, bool>{"status", wants_status},
                             {"basis", wants_basis},
                             {"condition", wants_condition},
                             {"choices", wants_choices}}) {
    if (wanted && !q[key]) {
      f.error(q,
              "a '" + std::string(question_kind_id(out.kind)) + "' question needs '" + key + "'");
      ok = false;
    } else if (!wanted && q[key]) {
      f.error(q[key], "'" + std::string(key) + "' has no meaning in a '" +
                          std::string(question_kind_id(out.kind)) + "' question");
      ok = false;
    }
  }
  if (wants_status) {
    if (auto s = f.text(q, "status")) {
      if (auto parsed = parse_basis_status(*s)) {
        out.status = *parsed;
      } else {
        f.error(q["status"], "unknown basis status '" + *s + "'",
                {"statuses: applies, conditional, does-not-apply, replaced"});
        ok = false;
      }
    }
  }
  out.basis = f.text(q, "basis").value_or("");
  out.condition = f.text(q, "condition").value_or("");
  out.choices = f.texts(q, "choices");
  if (wants_choices && q["choices"] && q["choices"].IsSequence()) {
    std::vector<std::string> sorted = out.choices;
    std::sort(sorted.begin(), sorted.end());
    if (out.choices.size() < 2) {
      f.error(q["choices"], "give at least two choices");
      ok = false;
    } else if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
      f.error(q["choices"], "a choice is given twice");
      ok = false;
    }
  }
  out.key = read_key(f, q, out.kind, out.choices);
  if (q["answer"]) {
    out.key_at = position_of(q["answer"]);
  }
  if (!ok) {
    return std::nullopt;
  }
  return out;
}

std::optional<std::string> read_text(const fs::path& path, Diagnostics& diagnostics) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.error(path.string(), 0, 0, "cannot read the file");
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

} // namespace

const Exercise* ExerciseSet::find(std::string_view id) const {
  for (const auto& e : exercises) {
    if (e.id == id) {
      return &e;
    }
  }
  return nullptr;
}

std::optional<Exercise> parse_exercise(const std::string& path, const std::string& text,
                                       Diagnostics& diagnostics) {
  size_t errors_before = diagnostics.size();
  YamlFile f(path, text, diagnostics);
  if (!f.root()) {
    return std::nullopt;
  }
  const YAML::Node& root = *f.root();
  if (!f.check_map(root, "an exercise", {"id", "title", "topics", "case", "questions"},
                   {"id", "title", "case", "questions"})) {
    return std::nullopt;
  }
  Exercise e;
  e.path = path;
  e.id = f.text(root, "id").value_or("");
  e.title = f.text(root, "title").value_or("");
  e.topics = f.texts(root, "topics");
  std::string stem = fs::path(path).stem().string();
  if (root["id"] && root["id"].IsScalar() && e.id != stem) {
    f.error(root["id"], "exercise id '" + e.id + "' does not match the file name '" +
                            fs::path(path).filename().string() + "'");
  }
  std::optional<ExerciseCase> the_case;
  if (root["case"]) {
    e.case_at = position_of(root["case"]);
    the_case = read_case(f, root["case"]);
  }
  auto questions = f.sequence(root, "questions");
  if (root["questions"] && root["questions"].IsSequence() && questions.empty()) {
    f.error(root["questions"], "an exercise needs at least one question");
  }
  for (const auto& node : questions) {
    auto q = read_question(f, node);
    if (!q) {
      continue;
    }
    for (const auto& earlier : e.questions) {
      if (earlier.id == q->id) {
        f.error(node["id"], "question '" + q->id + "' is defined twice");
      }
    }
    e.questions.push_back(std::move(*q));
  }
  if (!the_case || diagnostics.size() > errors_before) {
    return std::nullopt;
  }
  e.the_case = std::move(*the_case);
  return e;
}

ExerciseSet load_exercises(const fs::path& dir) {
  ExerciseSet set;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    set.diagnostics.error(dir.string(), 0, 0, "the exercises folder does not exist");
    return set;
  }
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".yaml") {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    auto text = read_text(path, set.diagnostics);
    if (!text) {
      continue;
    }
    if (auto e = parse_exercise(path.string(), *text, set.diagnostics)) {
      set.exercises.push_back(std::move(*e));
    }
  }
  return set;
}

} // namespace treaty
