// Text and JSON for exercises: what the students see, and what the engine says about each key.
#include "render/exercise.h"

#include "core/lookup.h"
#include "render/text_check.h"

#include <fmt/format.h>

#include <algorithm>

namespace treaty {

namespace {

std::string join(const std::vector<std::string>& items, std::string_view separator = ", ") {
  std::string out;
  for (const auto& i : items) {
    out += out.empty() ? "" : std::string(separator);
    out += i;
  }
  return out;
}

std::string values_text(const Question& q, const std::vector<std::string>& values) {
  if (values.empty()) {
    return answers_a_set(q.kind) ? "none" : "nothing";
  }
  return join(values);
}

std::string state_label(const Dataset& data, const std::string& typed) {
  auto found = find_state(data, typed);
  if (auto* s = std::get_if<const State*>(&found)) {
    return (*s)->name + " (" + (*s)->iso2 + ")";
  }
  return typed;
}

std::string offence_label(const Dataset& data, const std::string& typed) {
  auto found = find_offence(data, typed);
  if (auto* o = std::get_if<const Offence*>(&found)) {
    return (*o)->name + " (" + (*o)->id + ")";
  }
  return typed;
}

std::string about(const Question& q) {
  std::string m(measure_id(q.measure));
  switch (q.kind) {
  case QuestionKind::bases:
    return m + ": the bases whose status is " + std::string(basis_status_id(q.status));
  case QuestionKind::basis_status:
    return m + ", basis " + q.basis + ": its status";
  case QuestionKind::condition:
    return m + ", basis " + q.basis + ", condition " + q.condition + ": its status";
  case QuestionKind::unmet_conditions:
    return m + ", basis " + q.basis + ": the conditions that are unmet";
  case QuestionKind::deciding_facts:
    return m + ": the facts that would decide the conditional bases";
  case QuestionKind::receiving_authority:
    return m + ": the authority that receives the request";
  case QuestionKind::sending_authority:
    return m + ": the authority that sends the request at this stage";
  }
  return m;
}

std::string how_to_answer(QuestionKind k) {
  switch (k) {
  case QuestionKind::bases:
    return "basis ids as treaty check names them (an instrument id, or domestic:XX for a "
           "state's own law), separated by commas; none if there are none.";
  case QuestionKind::basis_status:
    return "applies, conditional, does-not-apply or replaced.";
  case QuestionKind::condition:
    return "met, unmet or unknown.";
  case QuestionKind::unmet_conditions:
    return "condition ids as treaty check --format json names them (nationals, bound:XX, "
           "offence-in-scope, ...), separated by commas; none if there are none.";
  case QuestionKind::deciding_facts:
    return "fact names as --fact takes them, separated by commas; none if there are none.";
  case QuestionKind::receiving_authority:
  case QuestionKind::sending_authority:
    return "the letter of one choice, or its text.";
  }
  return "";
}

const MeasureAnswer* measure_answer(const Answer& answer, Measure m) {
  for (const auto& ma : answer.measures) {
    if (ma.measure == m) {
      return &ma;
    }
  }
  return nullptr;
}

const Basis* find_basis(const MeasureAnswer& ma, std::string_view id) {
  for (const auto& b : ma.bases) {
    if (b.instrument == id) {
      return &b;
    }
  }
  return nullptr;
}

/// A condition as the check command shows it: status, text, what decides it, its source.
void condition_lines(std::string& out, const Condition& c, size_t indent) {
  std::string pad(indent, ' ');
  std::string inner(indent + 9, ' ');
  std::string text = c.text + (c.verified ? "" : " [unverified]");
  out += pad + fmt::format("{:<8} ", condition_status_id(c.status)) + wrap(text, indent + 9) + "\n";
  if (c.status == ConditionStatus::unknown && !c.decided_by.empty()) {
    std::string facts;
    for (auto f : c.decided_by) {
      facts += (facts.empty() ? "--fact " : ", --fact ") + std::string(f) + "=...";
    }
    out += inner + wrap("decided by: " + facts, indent + 9) + "\n";
  }
  if (!c.source.empty()) {
    out += inner + wrap("source: " + c.source, indent + 9) + "\n";
  }
}

/// A basis with the conditions that make its status: unmet ones when it does not apply,
/// unknown ones when it is conditional, the replacement when it is replaced.
void basis_reasons(std::string& out, const Basis& b, size_t indent) {
  std::string pad(indent, ' ');
  std::string line = fmt::format("{:<15} {}", basis_status_id(b.status), b.instrument);
  if (!b.replaced_by.empty()) {
    line += " (replaced by " + std::string(b.replaced_by) + ")";
  }
  out += pad + line + "\n";
  ConditionStatus shown =
      b.status == BasisStatus::conditional ? ConditionStatus::unknown : ConditionStatus::unmet;
  if (b.status == BasisStatus::applies) {
    out += pad + "  " +
           wrap("all " + std::to_string(b.conditions.size()) + " conditions are met", indent + 2) +
           "\n";
    return;
  }
  if (b.status == BasisStatus::replaced) {
    for (const auto& note : b.notes) {
      out += pad + "  " + wrap("note: " + note, indent + 8) + "\n";
    }
    return;
  }
  for (const auto& c : b.conditions) {
    if (c.status == shown) {
      condition_lines(out, c, indent + 2);
    }
  }
}

/// What the engine answers, focused on what the student needs to see.
std::string engine_reasons(const Question& q, const Grade& g, const Answer& answer) {
  const MeasureAnswer* ma = measure_answer(answer, q.measure);
  if (!ma) {
    return "";
  }
  std::string out;
  const Basis* basis = q.basis.empty() ? nullptr : find_basis(*ma, q.basis);
  switch (q.kind) {
  case QuestionKind::bases: {
    std::vector<std::string> focus = g.missing;
    focus.insert(focus.end(), g.extra.begin(), g.extra.end());
    for (const auto& b : ma->bases) {
      bool detailed = std::find(focus.begin(), focus.end(), b.instrument) != focus.end();
      if (detailed) {
        basis_reasons(out, b, 5);
      } else {
        out += fmt::format("     {:<15} {}\n", basis_status_id(b.status), b.instrument);
      }
    }
    break;
  }
  case QuestionKind::basis_status:
    if (basis) {
      basis_reasons(out, *basis, 5);
    }
    break;
  case QuestionKind::condition:
    if (basis) {
      for (const auto& c : basis->conditions) {
        if (c.id == q.condition) {
          condition_lines(out, c, 5);
        }
      }
    }
    break;
  case QuestionKind::unmet_conditions:
    if (basis) {
      out += fmt::format("     {:<15} {}\n", basis_status_id(basis->status), basis->instrument);
      for (const auto& c : basis->conditions) {
        if (c.status == ConditionStatus::unmet) {
          condition_lines(out, c, 7);
        }
      }
      for (const auto& note : basis->notes) {
        out += "       " + wrap("note: " + note, 13) + "\n";
      }
    }
    break;
  case QuestionKind::deciding_facts:
    for (const auto& b : ma->bases) {
      if (b.status == BasisStatus::conditional) {
        basis_reasons(out, b, 5);
      }
    }
    break;
  case QuestionKind::receiving_authority:
  case QuestionKind::sending_authority: {
    const auto& items =
        q.kind == QuestionKind::receiving_authority ? ma->route.receiver : ma->route.sender;
    if (!ma->route.basis.empty()) {
      out += "     " + wrap("the route, on the basis " + ma->route.basis + ":", 7) + "\n";
    }
    for (const auto& item : items) {
      out += "     " + wrap(item.text + (item.verified ? "" : " [unverified]"), 7) + "\n";
      if (!item.source.empty()) {
        out += "       " + wrap("source: " + item.source, 7) + "\n";
      }
    }
    break;
  }
  }
  return out;
}

} // namespace

size_t StudentGrade::score() const {
  return static_cast<size_t>(
      std::count_if(grades.begin(), grades.end(), [](const Grade& g) { return g.correct; }));
}

std::string render_exercise_list(const std::vector<Exercise>& exercises) {
  size_t width = 0;
  for (const auto& e : exercises) {
    width = std::max(width, e.id.size());
  }
  std::string out;
  for (const auto& e : exercises) {
    std::string count = std::to_string(e.questions.size()) +
                        (e.questions.size() == 1 ? " question " : " questions");
    out += fmt::format("{:<{}}  {}  {}\n", e.id, width, count, e.title);
  }
  return out;
}

std::string render_question(const Exercise& exercise, size_t index) {
  const Question& q = exercise.questions.at(index);
  std::string number = std::to_string(index + 1) + ". ";
  std::string pad(number.size(), ' ');
  std::string out = number + wrap(q.ask, number.size()) + "\n";
  for (size_t i = 0; i < q.choices.size(); ++i) {
    out += pad + std::string(1, static_cast<char>('a' + i)) + ") " +
           wrap(q.choices[i], number.size() + 3) + "\n";
  }
  out += pad + wrap("About: " + about(q) + ".", number.size()) + "\n";
  out += pad + wrap("Answer: " + how_to_answer(q.kind), number.size()) + "\n";
  return out;
}

std::string render_exercise_case(const Exercise& e, const Dataset& data) {
  const ExerciseCase& c = e.the_case;
  std::string out = wrap("Exercise " + e.id + ": " + e.title, 2) + "\n";
  if (!e.topics.empty()) {
    out += wrap("Topics: " + join(e.topics, "; ") + ".", 2) + "\n";
  }
  out += "\n";
  out += wrap("Case: " + state_label(data, c.requesting) + " asks " +
                  state_label(data, c.requested) + " about " + offence_label(data, c.offence) +
                  ", on " + c.date.str() + ", at the " + c.stage + " stage.",
              2) +
         "\n";
  out += wrap("Facts given: " + (c.facts.empty() ? std::string("none") : join(c.facts)) + ".", 2) +
         "\n";
  if (!c.story.empty()) {
    out += "\n" + wrap(c.story, 0) + "\n";
  }
  return out;
}

std::string render_exercise_show(const Exercise& e, const Dataset& data) {
  std::string out = render_exercise_case(e, data) + "\nQuestions:\n";
  for (size_t i = 0; i < e.questions.size(); ++i) {
    out += render_question(e, i);
  }
  return out;
}

std::string render_feedback(const Question& q, const Grade& g, const Answer& answer) {
  std::string out;
  if (g.correct) {
    out += "   Correct: " + values_text(q, q.key) + ".\n";
  } else if (!g.answered) {
    out += "   " + wrap("Not answered. The answer: " + values_text(q, q.key) + ".", 3) + "\n";
  } else {
    out += "   " +
           wrap("Not correct: you answered " + values_text(q, g.given) + "; the answer is " +
                    values_text(q, q.key) + ".",
                3) +
           "\n";
    if (!g.missing.empty()) {
      out += "   " + wrap("Missing: " + join(g.missing) + ".", 5) + "\n";
    }
    if (!g.extra.empty()) {
      out += "   " + wrap("Not in the answer: " + join(g.extra) + ".", 5) + "\n";
    }
  }
  std::string reasons = engine_reasons(q, g, answer);
  if (!reasons.empty()) {
    out += "   The engine's answer (treaty check):\n" + reasons;
  }
  out += "   " + wrap("Provisions: " + join(q.articles, "; ") + ".", 5) + "\n";
  if (!q.explanation.empty()) {
    out += "   " + wrap(q.explanation, 3) + "\n";
  }
  return out;
}

std::string render_score(size_t score, size_t out_of) {
  return "Score: " + std::to_string(score) + " of " + std::to_string(out_of) + ".\n";
}

std::string render_grades_text(const Exercise& e, const std::vector<StudentGrade>& students,
                               const Answer& answer) {
  std::string out = wrap("Exercise " + e.id + ": " + e.title, 2) + "\n";
  size_t total = 0;
  for (const auto& s : students) {
    total += s.score();
  }
  out += std::to_string(e.questions.size()) + " questions, " + std::to_string(students.size()) +
         (students.size() == 1 ? " student" : " students") + ".\n";
  for (const auto& s : students) {
    out += "\n" + (s.name.empty() ? std::string("(no name)") : s.name) + ": " +
           std::to_string(s.score()) + " of " + std::to_string(e.questions.size()) + "\n";
    for (size_t i = 0; i < e.questions.size(); ++i) {
      const Question& q = e.questions[i];
      const Grade& g = s.grades.at(i);
      out += std::to_string(i + 1) + ". " + q.id + ": " +
             (g.correct    ? "correct"
              : g.answered ? "not correct"
                           : "not answered") +
             "\n";
      if (!g.correct) {
        out += render_feedback(q, g, answer);
      }
    }
  }
  if (students.size() > 1) {
    out += "\nClass: " + std::to_string(total) + " of " +
           std::to_string(students.size() * e.questions.size()) + " answers correct.\n";
  }
  return out;
}

nlohmann::ordered_json render_grades_json(const Exercise& e,
                                          const std::vector<StudentGrade>& students) {
  using json = nlohmann::ordered_json;
  json questions = json::array();
  for (const auto& q : e.questions) {
    json item = {{"id", q.id},
                 {"kind", question_kind_id(q.kind)},
                 {"measure", measure_id(q.measure)},
                 {"ask", q.ask}};
    if (!q.basis.empty()) {
      item["basis"] = q.basis;
    }
    if (!q.condition.empty()) {
      item["condition"] = q.condition;
    }
    if (q.kind == QuestionKind::bases) {
      item["status"] = basis_status_id(q.status);
    }
    if (!q.choices.empty()) {
      item["choices"] = q.choices;
    }
    item["answer"] = answers_a_set(q.kind) ? json(q.key) : json(q.key.front());
    item["articles"] = q.articles;
    questions.push_back(std::move(item));
  }
  json graded = json::array();
  for (const auto& s : students) {
    json answers = json::array();
    for (size_t i = 0; i < e.questions.size(); ++i) {
      const Grade& g = s.grades.at(i);
      json item = {{"question", e.questions[i].id},
                   {"answered", g.answered},
                   {"correct", g.correct},
                   {"given", g.given}};
      if (answers_a_set(e.questions[i].kind)) {
        item["missing"] = g.missing;
        item["extra"] = g.extra;
      }
      answers.push_back(std::move(item));
    }
    graded.push_back({{"name", s.name},
                      {"score", s.score()},
                      {"out_of", e.questions.size()},
                      {"answers", answers}});
  }
  return {{"schema", "treaty/exercise-grades/1"}, {"exercise", e.id},       {"title", e.title},
          {"date", e.the_case.date.str()},        {"questions", questions}, {"students", graded}};
}

} // namespace treaty
