// Answer keys recomputed from the engine's answer, and students' answers read and graded.
#include "core/exercise.h"

#include "core/lookup.h"
#include "core/query_input.h"

#include <algorithm>
#include <cctype>

namespace treaty {

namespace {

constexpr std::array<std::pair<QuestionKind, std::string_view>, 7> k_kinds = {{
    {QuestionKind::bases, "bases"},
    {QuestionKind::basis_status, "basis-status"},
    {QuestionKind::condition, "condition"},
    {QuestionKind::unmet_conditions, "unmet-conditions"},
    {QuestionKind::deciding_facts, "deciding-facts"},
    {QuestionKind::receiving_authority, "receiving-authority"},
    {QuestionKind::sending_authority, "sending-authority"},
}};

const MeasureAnswer* measure_answer(const Answer& answer, Measure m) {
  for (const auto& ma : answer.measures) {
    if (ma.measure == m) {
      return &ma;
    }
  }
  return nullptr;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) {
    out += out.empty() ? "" : ", ";
    out += i;
  }
  return out;
}

void sort_unique(std::vector<std::string>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

/// One typed value in the key's vocabulary: trimmed, lower case, words joined by hyphens;
/// the state code after "bound:" or "domestic:" in capitals, as the engine writes it.
std::string normalize_value(std::string_view typed) {
  size_t begin = typed.find_first_not_of(" \t\r\n\"'");
  size_t end = typed.find_last_not_of(" \t\r\n\"'.");
  if (begin == std::string_view::npos || end < begin) {
    return "";
  }
  std::string out;
  bool space = false;
  for (char c : typed.substr(begin, end - begin + 1)) {
    if (c == ' ' || c == '\t' || c == '_') {
      space = true;
      continue;
    }
    if (space && !out.empty()) {
      out += '-';
    }
    space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  for (std::string_view prefix : {"bound:", "domestic:"}) {
    if (out.starts_with(prefix)) {
      std::transform(out.begin() + static_cast<long>(prefix.size()), out.end(),
                     out.begin() + static_cast<long>(prefix.size()),
                     [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    }
  }
  return out;
}

/// A basis named by id or by an instrument's short name ("UNTOC", "Minsk Convention 1993").
std::string basis_id(const Dataset& data, std::string_view typed) {
  std::string id = normalize_value(typed);
  if (id.empty() || id.starts_with("domestic:") || data.instrument(id)) {
    return id;
  }
  auto found = find_instrument(data, typed);
  if (auto* instrument = std::get_if<const Instrument*>(&found)) {
    return (*instrument)->id;
  }
  return id;
}

bool names_a_basis(const Dataset& data, std::string_view typed) {
  std::string id = basis_id(data, typed);
  return data.instrument(id) != nullptr ||
         (id.starts_with("domestic:") && data.state(id.substr(9)) != nullptr);
}

/// The choice a student names by its letter ("b", "b)"), its number ("2") or its text in any
/// case; what was typed, trimmed, when it names none.
std::string choice_named(const Question& q, std::string_view typed) {
  std::string t = fold_case(typed);
  size_t begin = t.find_first_not_of(" \t\r\n\"'");
  size_t end = t.find_last_not_of(" \t\r\n\"'.)");
  t = begin == std::string::npos || end < begin ? "" : t.substr(begin, end - begin + 1);
  for (size_t i = 0; i < q.choices.size(); ++i) {
    if (t == std::string(1, static_cast<char>('a' + i)) || t == std::to_string(i + 1) ||
        t == fold_case(q.choices[i])) {
      return q.choices[i];
    }
  }
  return std::string(typed.substr(std::min(typed.find_first_not_of(" \t"), typed.size())));
}

/// The choices the route names as the receiving (or sending) authority: an item of the route
/// that is the choice, or starts with it followed by ":" or " (" (its text or its article).
EngineAnswer route_choice(const Question& q, const Route& route) {
  const auto& items = q.kind == QuestionKind::receiving_authority ? route.receiver : route.sender;
  EngineAnswer out;
  for (const auto& item : items) {
    for (const auto& c : q.choices) {
      std::string_view text = item.text;
      if (text == c || text.starts_with(c + ":") || text.starts_with(c + " (")) {
        out.values.push_back(c);
      }
    }
  }
  sort_unique(out.values);
  if (out.values.empty()) {
    std::string said = items.empty() ? std::string("nothing") : "'" + items.front().text + "'";
    if (said.size() > 120) {
      said = said.substr(0, 117) + "...'";
    }
    out.problem = "the route names none of the choices: it says " + said;
  }
  return out;
}

std::vector<std::string> split_set(std::string_view typed) {
  bool has_separator = typed.find_first_of(",;") != std::string_view::npos;
  std::string_view separators = has_separator ? ",;" : " \t";
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= typed.size()) {
    size_t stop = typed.find_first_of(separators, start);
    if (stop == std::string_view::npos) {
      stop = typed.size();
    }
    std::string_view item = typed.substr(start, stop - start);
    if (item.find_first_not_of(" \t\r\n") != std::string_view::npos) {
      out.emplace_back(item);
    }
    start = stop + 1;
  }
  return out;
}

} // namespace

std::string_view question_kind_id(QuestionKind k) {
  for (const auto& [kind, id] : k_kinds) {
    if (kind == k) {
      return id;
    }
  }
  return "?";
}

std::optional<QuestionKind> parse_question_kind(std::string_view id) {
  for (const auto& [kind, name] : k_kinds) {
    if (name == id) {
      return kind;
    }
  }
  return std::nullopt;
}

bool answers_a_choice(QuestionKind k) {
  return k == QuestionKind::receiving_authority || k == QuestionKind::sending_authority;
}

bool answers_a_set(QuestionKind k) {
  return k == QuestionKind::bases || k == QuestionKind::unmet_conditions ||
         k == QuestionKind::deciding_facts;
}

std::optional<BasisStatus> parse_basis_status(std::string_view id) {
  for (BasisStatus s : {BasisStatus::applies, BasisStatus::conditional, BasisStatus::does_not_apply,
                        BasisStatus::replaced}) {
    if (basis_status_id(s) == id) {
      return s;
    }
  }
  return std::nullopt;
}

std::optional<ConditionStatus> parse_condition_status(std::string_view id) {
  for (ConditionStatus s :
       {ConditionStatus::met, ConditionStatus::unmet, ConditionStatus::unknown}) {
    if (condition_status_id(s) == id) {
      return s;
    }
  }
  return std::nullopt;
}

std::variant<Query, std::string> exercise_query(const Exercise& exercise, const Dataset& data) {
  const ExerciseCase& c = exercise.the_case;
  QueryInput input;
  input.requesting = c.requesting;
  input.requested = c.requested;
  input.offence = c.offence;
  input.date = c.date.str();
  input.facts = c.facts;
  for (Measure m : k_all_measures) {
    bool asked = std::any_of(exercise.questions.begin(), exercise.questions.end(),
                             [m](const Question& q) { return q.measure == m; });
    if (asked) {
      input.measures.emplace_back(measure_id(m));
    }
  }
  auto built = build_query(input, data, c.date);
  if (auto* query = std::get_if<Query>(&built)) {
    query->stage = c.stage;
  }
  return built;
}

EngineAnswer engine_answer(const Question& q, const Answer& answer) {
  EngineAnswer out;
  const MeasureAnswer* ma = measure_answer(answer, q.measure);
  if (!ma) {
    out.problem = "the answer has no measure '" + std::string(measure_id(q.measure)) + "'";
    return out;
  }
  if (answers_a_choice(q.kind)) {
    return route_choice(q, ma->route);
  }
  if (q.kind == QuestionKind::bases || q.kind == QuestionKind::deciding_facts) {
    for (const auto& b : ma->bases) {
      if (q.kind == QuestionKind::bases && b.status == q.status) {
        out.values.emplace_back(b.instrument);
      }
      if (q.kind == QuestionKind::deciding_facts && b.status == BasisStatus::conditional) {
        for (const auto& c : b.conditions) {
          if (c.status == ConditionStatus::unknown) {
            out.values.insert(out.values.end(), c.decided_by.begin(), c.decided_by.end());
          }
        }
      }
    }
    sort_unique(out.values);
    return out;
  }
  auto basis = std::find_if(ma->bases.begin(), ma->bases.end(),
                            [&](const Basis& b) { return b.instrument == q.basis; });
  if (basis == ma->bases.end()) {
    std::vector<std::string> ids;
    for (const auto& b : ma->bases) {
      ids.emplace_back(b.instrument);
    }
    out.problem = "the engine gives no basis '" + q.basis + "' for " +
                  std::string(measure_id(q.measure)) + " (its bases: " + join(ids) + ")";
    return out;
  }
  if (q.kind == QuestionKind::basis_status) {
    out.values.emplace_back(basis_status_id(basis->status));
    return out;
  }
  if (q.kind == QuestionKind::unmet_conditions) {
    for (const auto& c : basis->conditions) {
      if (c.status == ConditionStatus::unmet) {
        out.values.emplace_back(c.id);
      }
    }
    sort_unique(out.values);
    return out;
  }
  auto condition = std::find_if(basis->conditions.begin(), basis->conditions.end(),
                                [&](const Condition& c) { return c.id == q.condition; });
  if (condition == basis->conditions.end()) {
    std::vector<std::string> ids;
    for (const auto& c : basis->conditions) {
      ids.emplace_back(c.id);
    }
    out.problem = "the basis '" + q.basis + "' has no condition '" + q.condition +
                  "' (its conditions: " + join(ids) + ")";
    return out;
  }
  out.values.emplace_back(condition_status_id(condition->status));
  return out;
}

std::vector<std::string> normalize_answer(const Question& q, const Dataset& data,
                                          const std::vector<std::string>& given) {
  std::vector<std::string> out;
  for (const auto& typed : given) {
    if (answers_a_choice(q.kind)) {
      out.push_back(choice_named(q, typed));
      continue;
    }
    std::string value =
        q.kind == QuestionKind::bases ? basis_id(data, typed) : normalize_value(typed);
    if (q.kind == QuestionKind::deciding_facts) {
      value = value.substr(0, value.find('=')); // "max-penalty-years=..." names the fact
      if (value.starts_with("--fact-")) {
        value.erase(0, 7);
      }
    }
    if (value.empty() || (answers_a_set(q.kind) && (value == "none" || value == "-"))) {
      continue;
    }
    out.push_back(std::move(value));
  }
  if (answers_a_set(q.kind)) {
    sort_unique(out);
  }
  return out;
}

std::vector<std::string> read_student_answer(const Question& q, const Dataset& data,
                                             std::string_view typed) {
  if (!answers_a_set(q.kind)) {
    return normalize_answer(q, data, {std::string(typed)});
  }
  // One instrument named with spaces ("XA-XC Extradition Treaty") is one basis, not three.
  if (q.kind == QuestionKind::bases && typed.find_first_of(",;") == std::string_view::npos &&
      names_a_basis(data, typed)) {
    return normalize_answer(q, data, {std::string(typed)});
  }
  return normalize_answer(q, data, split_set(typed));
}

std::vector<std::string> set_difference(const std::vector<std::string>& a,
                                        const std::vector<std::string>& b) {
  std::vector<std::string> out;
  std::set_difference(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

Grade grade(const Question& q, const std::optional<std::vector<std::string>>& given) {
  Grade g;
  if (!given) {
    return g;
  }
  g.answered = true;
  g.given = *given;
  if (answers_a_set(q.kind)) {
    std::vector<std::string> sorted = *given;
    sort_unique(sorted);
    g.missing = set_difference(q.key, sorted);
    g.extra = set_difference(sorted, q.key);
    g.correct = g.missing.empty() && g.extra.empty();
  } else {
    g.correct = given->size() == 1 && q.key.size() == 1 && given->front() == q.key.front();
  }
  return g;
}

} // namespace treaty
