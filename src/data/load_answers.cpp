// Strict reading of an answers file: one student's answers or a class's, per question id.
#include "data/load_answers.h"

#include "data/yaml_reader.h"

#include <algorithm>

namespace treaty {

namespace {

std::optional<StudentAnswers> read_student(YamlFile& f, const YAML::Node& answers, std::string name,
                                           const Exercise& exercise) {
  if (!f.check_keys(answers, "the answers", "question")) {
    return std::nullopt;
  }
  StudentAnswers out;
  out.name = std::move(name);
  for (auto it = answers.begin(); it != answers.end(); ++it) {
    if (!it->first.IsScalar()) {
      continue;
    }
    const std::string& id = it->first.Scalar();
    auto known = std::find_if(exercise.questions.begin(), exercise.questions.end(),
                              [&](const Question& q) { return q.id == id; });
    if (known == exercise.questions.end()) {
      std::vector<std::string_view> ids;
      for (const auto& q : exercise.questions) {
        ids.push_back(q.id);
      }
      f.error(it->first, "exercise '" + exercise.id + "' has no question '" + id + "'",
              {"questions: " + joined(ids)});
      continue;
    }
    YAML::Node value = it->second; // a copy: the iterator yields a temporary
    StudentAnswers::Item item{id, {}, false};
    if (value.IsNull()) {
      continue; // left blank: not answered
    }
    if (value.IsScalar()) {
      item.values.push_back(value.Scalar());
      item.as_text = true;
    } else if (value.IsSequence()) {
      for (const auto& v : value) {
        if (!v.IsScalar()) {
          f.error(v, "each answer in a list must be text");
          continue;
        }
        item.values.push_back(v.Scalar());
      }
    } else {
      f.error(value, "the answer to '" + id + "' must be text or a list");
      continue;
    }
    out.answers.push_back(std::move(item));
  }
  return out;
}

} // namespace

std::optional<std::vector<StudentAnswers>> parse_answer_sheet(const std::string& path,
                                                              const std::string& text,
                                                              const Exercise& exercise,
                                                              Diagnostics& diagnostics) {
  size_t errors_before = diagnostics.size();
  YamlFile f(path, text, diagnostics);
  if (!f.root()) {
    return std::nullopt;
  }
  const YAML::Node& root = *f.root();
  if (!f.check_map(root, "an answers file", {"exercise", "name", "answers", "students"},
                   {"exercise"})) {
    return std::nullopt;
  }
  if (auto id = f.text(root, "exercise"); id && *id != exercise.id) {
    f.error(root["exercise"],
            "these answers are for exercise '" + *id + "', not '" + exercise.id + "'");
  }
  std::vector<StudentAnswers> out;
  if (root["answers"] && root["students"]) {
    f.error(root["students"], "give either 'answers' (one student) or 'students', not both");
  } else if (root["answers"]) {
    if (auto s = read_student(f, root["answers"], f.text(root, "name").value_or(""), exercise)) {
      out.push_back(std::move(*s));
    }
  } else if (root["students"]) {
    if (root["name"]) {
      f.error(root["name"], "'name' belongs to each student of 'students'");
    }
    for (const auto& s : f.sequence(root, "students")) {
      if (!f.check_map(s, "a student", {"name", "answers"}, {"name", "answers"})) {
        continue;
      }
      if (auto student = read_student(f, s["answers"], f.text(s, "name").value_or(""), exercise)) {
        out.push_back(std::move(*student));
      }
    }
  } else {
    f.error(root, "an answers file needs 'answers' (one student) or 'students'");
  }
  if (diagnostics.size() > errors_before) {
    return std::nullopt;
  }
  return out;
}

} // namespace treaty
