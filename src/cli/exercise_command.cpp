// `treaty exercise list|show|run|verify`: exercises whose answer keys the engine recomputes.
#include "cli/commands.h"

#include "core/engine.h"
#include "core/exercise.h"
#include "core/lookup.h"
#include "data/load_answers.h"
#include "data/load_exercises.h"
#include "render/exercise.h"

#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

#include <unistd.h>

namespace treaty::cli {

namespace {

struct ExerciseOptions {
  std::string id;
  std::string answers; // --answers FILE
  std::string format = "text";
};

/// The dataset and the exercises beside it (DATA/exercises), or nullopt after printing why.
struct Loaded {
  LoadResult data;
  ExerciseSet exercises;
};

std::optional<Loaded> load_all(const GlobalOptions& global) {
  auto data = load(global);
  if (!data) {
    return std::nullopt;
  }
  std::filesystem::path dir = data_dir(global) / "exercises";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    fail("no exercises: the folder '" + dir.string() + "' does not exist");
    return std::nullopt;
  }
  Loaded loaded{std::move(*data), load_exercises(dir)};
  if (!loaded.exercises.ok()) {
    std::cerr << loaded.exercises.diagnostics.format();
    size_t n = loaded.exercises.diagnostics.size();
    fail("the exercises in '" + dir.string() + "' have " + std::to_string(n) +
         (n == 1 ? " error" : " errors"));
    return std::nullopt;
  }
  return loaded;
}

const Exercise* find_exercise(const ExerciseSet& set, const std::string& id) {
  if (const Exercise* e = set.find(id)) {
    return e;
  }
  std::string hint;
  size_t best = std::max<size_t>(2, id.size() / 3) + 1;
  for (const auto& e : set.exercises) {
    size_t d = edit_distance(id, e.id);
    if (d < best) {
      best = d;
      hint = "; did you mean " + e.id + "?";
    }
  }
  fail("unknown exercise '" + id + "'" + hint + " (treaty exercise list shows them)");
  return nullptr;
}

/// The engine's answer to the case, after checking that it agrees with every key: a class is
/// never graded against a key the engine no longer gives.
std::optional<Answer> checked_answer(const Exercise& e, const Dataset& data) {
  auto built = exercise_query(e, data);
  if (auto* error = std::get_if<std::string>(&built)) {
    fail("exercise " + e.id + ": " + *error);
    return std::nullopt;
  }
  Answer answer = check(data, std::get<Query>(built));
  for (const auto& q : e.questions) {
    EngineAnswer engine = engine_answer(q, answer);
    if (!engine.problem.empty() || engine.values != q.key) {
      fail("exercise " + e.id + ", question " + q.id +
           ": the answer key disagrees with the engine; run 'treaty exercise verify'");
      return std::nullopt;
    }
  }
  for (const auto& w : answer.warnings) {
    warn(w);
  }
  return answer;
}

int run_list(const GlobalOptions& global) {
  auto loaded = load_all(global);
  if (!loaded) {
    return k_exit_error;
  }
  out(render_exercise_list(loaded->exercises.exercises));
  return k_exit_found;
}

int run_show(const ExerciseOptions& o, const GlobalOptions& global) {
  auto loaded = load_all(global);
  if (!loaded) {
    return k_exit_error;
  }
  const Exercise* e = find_exercise(loaded->exercises, o.id);
  if (!e) {
    return k_exit_error;
  }
  out(render_exercise_show(*e, loaded->data.dataset));
  return k_exit_found;
}

int run_verify(const GlobalOptions& global) {
  auto loaded = load_all(global);
  if (!loaded) {
    return k_exit_error;
  }
  const Dataset& data = loaded->data.dataset;
  Diagnostics& diagnostics = loaded->exercises.diagnostics; // knows the files' lines
  size_t questions = 0;
  for (const auto& e : loaded->exercises.exercises) {
    auto built = exercise_query(e, data);
    if (auto* error = std::get_if<std::string>(&built)) {
      diagnostics.error(e.path, e.case_at.line, e.case_at.column,
                        "exercise " + e.id + ": the case cannot be asked: " + *error);
      continue;
    }
    Answer answer = check(data, std::get<Query>(built));
    for (const auto& q : e.questions) {
      ++questions;
      EngineAnswer engine = engine_answer(q, answer);
      std::string where = "exercise " + e.id + ", question " + q.id + ": ";
      if (!engine.problem.empty()) {
        diagnostics.error(e.path, q.key_at.line, q.key_at.column, where + engine.problem);
      } else if (engine.values != q.key) {
        auto list = [](const std::vector<std::string>& v) {
          std::string s;
          for (const auto& i : v) {
            s += (s.empty() ? "" : ", ") + i;
          }
          return "[" + s + "]";
        };
        std::vector<std::string> notes;
        if (answers_a_set(q.kind)) {
          if (auto m = set_difference(engine.values, q.key); !m.empty()) {
            notes.push_back("the engine also gives: " + list(m));
          }
          if (auto x = set_difference(q.key, engine.values); !x.empty()) {
            notes.push_back("the engine does not give: " + list(x));
          }
        }
        diagnostics.error(e.path, q.key_at.line, q.key_at.column,
                          where + "the key says " + list(q.key) + ", the engine answers " +
                              list(engine.values),
                          notes);
      }
    }
  }
  if (!diagnostics.empty()) {
    std::cerr << diagnostics.format();
    size_t n = diagnostics.size();
    return fail(std::to_string(n) + (n == 1 ? " answer key disagrees" : " answer keys disagree") +
                " with the engine on the dataset in '" + data_dir(global).string() + "'");
  }
  size_t n = loaded->exercises.exercises.size();
  out(std::to_string(n) + (n == 1 ? " exercise, " : " exercises, ") + std::to_string(questions) +
      " questions: every answer key agrees with the engine.\n");
  return k_exit_found;
}

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    fail("--answers: cannot read '" + path + "'");
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

int grade_file(const ExerciseOptions& o, const Exercise& e, const Dataset& data,
               const Answer& answer) {
  auto text = read_file(o.answers);
  if (!text) {
    return k_exit_error;
  }
  Diagnostics diagnostics;
  auto sheet = parse_answer_sheet(o.answers, *text, e, diagnostics);
  if (!sheet) {
    std::cerr << diagnostics.format();
    return fail("the answers in '" + o.answers + "' cannot be graded");
  }
  std::vector<StudentGrade> grades;
  bool all_correct = true;
  for (const auto& student : *sheet) {
    StudentGrade sg{student.name, {}};
    for (const auto& q : e.questions) {
      std::optional<std::vector<std::string>> given;
      for (const auto& item : student.answers) {
        if (item.question == q.id) {
          given = item.as_text ? read_student_answer(q, data, item.values.front())
                               : normalize_answer(q, data, item.values);
        }
      }
      sg.grades.push_back(grade(q, given));
      all_correct = all_correct && sg.grades.back().correct;
    }
    grades.push_back(std::move(sg));
  }
  out(o.format == "json" ? render_grades_json(e, grades).dump(2) + "\n"
                         : render_grades_text(e, grades, answer));
  return all_correct ? k_exit_found : k_exit_not_found;
}

/// Asks each question at the terminal (or from piped lines), then checks the answer.
int ask(const Exercise& e, const Dataset& data, const Answer& answer) {
  out(render_exercise_case(e, data));
  size_t score = 0;
  bool input_open = true;
  bool typed_at_terminal = isatty(STDIN_FILENO);
  for (size_t i = 0; i < e.questions.size(); ++i) {
    const Question& q = e.questions[i];
    out("\n" + render_question(e, i));
    std::optional<std::vector<std::string>> given;
    std::string line;
    while (input_open) {
      out("> ");
      if (!std::getline(std::cin, line)) {
        input_open = false;
        out("\n");
        break;
      }
      if (!typed_at_terminal) {
        out(line + "\n"); // answers read from a pipe: the transcript shows them
      }
      if (line.find_first_not_of(" \t\r") != std::string::npos) {
        given = read_student_answer(q, data, line);
        break;
      }
    }
    Grade g = grade(q, given);
    score += g.correct ? 1 : 0;
    out(render_feedback(q, g, answer));
  }
  out("\n" + render_score(score, e.questions.size()));
  return score == e.questions.size() ? k_exit_found : k_exit_not_found;
}

int run_run(const ExerciseOptions& o, const GlobalOptions& global) {
  auto loaded = load_all(global);
  if (!loaded) {
    return k_exit_error;
  }
  const Exercise* e = find_exercise(loaded->exercises, o.id);
  if (!e) {
    return k_exit_error;
  }
  const Dataset& data = loaded->data.dataset;
  auto answer = checked_answer(*e, data);
  if (!answer) {
    return k_exit_error;
  }
  if (!o.answers.empty()) {
    return grade_file(o, *e, data, *answer);
  }
  if (o.format != "text") {
    return fail("--format json needs --answers FILE");
  }
  return ask(*e, data, *answer);
}

} // namespace

void setup_exercise(CLI::App& app, const GlobalOptions& global, int& status) {
  auto options = std::make_shared<ExerciseOptions>();
  CLI::App* cmd = app.add_subcommand(
      "exercise", "Exercises for teaching: a case, questions about the legal bases and their "
                  "conditions, and answer keys that the engine recomputes (DATA/exercises).");
  cmd->require_subcommand(1);
  cmd->footer("Exit status: 0 done (every answer correct, every key agrees), 1 some answer is "
              "not correct, 2 bad input, bad data or a key the engine disagrees with.");

  CLI::App* list = cmd->add_subcommand("list", "The exercises: id, number of questions, title.");
  list->callback([&global, &status] { status = run_list(global); });

  CLI::App* show =
      cmd->add_subcommand("show", "An exercise's case and questions, without the answers.");
  show->add_option("id", options->id, "Exercise id (treaty exercise list)")->required();
  show->callback([options, &global, &status] { status = run_show(*options, global); });

  CLI::App* run = cmd->add_subcommand(
      "run", "Ask an exercise's questions at the terminal and check each answer, explained with "
             "the engine's conditions and their sources; or grade a class's answers file.");
  run->add_option("id", options->id, "Exercise id (treaty exercise list)")->required();
  run->add_option("--answers", options->answers,
                  "Grade the answers in FILE (YAML or JSON: exercise, and answers per question, "
                  "or students with a name and answers each) instead of asking")
      ->type_name("FILE");
  run->add_option("--format", options->format,
                  "Output format of a graded file: text, or json (treaty/exercise-grades/1)")
      ->check(CLI::IsMember({"text", "json"}))
      ->type_name("FORMAT");
  run->footer("Example: treaty exercise run kz-us-extradition-no-treaty --answers answers.yaml");
  run->callback([options, &global, &status] { status = run_run(*options, global); });

  CLI::App* verify = cmd->add_subcommand(
      "verify", "Recompute every answer key with the engine; print each key that disagrees.");
  verify->callback([&global, &status] { status = run_verify(global); });
}

} // namespace treaty::cli
