// Calendar arithmetic for Date; the algorithms are Howard Hinnant's
// days_from_civil/civil_from_days.
#include "core/date.h"

#include <array>
#include <cstdio>

namespace treaty {

namespace {

bool is_leap(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

constexpr std::array<const char*, 12> k_month_names = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool all_digits(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') {
      return false;
    }
  }
  return !s.empty();
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) {
    v = v * 10 + (c - '0');
  }
  return v;
}

} // namespace

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> k_days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap(year)) {
    return 29;
  }
  return k_days[static_cast<size_t>(month - 1)];
}

std::optional<Date> Date::parse(std::string_view text, std::string* error) {
  auto fail = [&](std::string message) -> std::optional<Date> {
    if (error) {
      *error = std::move(message);
    }
    return std::nullopt;
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-' || !all_digits(text.substr(0, 4)) ||
      !all_digits(text.substr(5, 2)) || !all_digits(text.substr(8, 2))) {
    return fail("'" + std::string(text) + "' is not a date in the form YYYY-MM-DD");
  }
  Date d{to_int(text.substr(0, 4)), to_int(text.substr(5, 2)), to_int(text.substr(8, 2))};
  if (d.year < 1000) {
    return fail(std::string(text) + " is not a date: the year must be 1000 or later");
  }
  if (d.month < 1 || d.month > 12) {
    return fail(std::string(text) + " is not a date: there is no month " + std::to_string(d.month));
  }
  int last = days_in_month(d.year, d.month);
  if (d.day < 1 || d.day > last) {
    return fail(std::string(text) +
                " is not a date: " + k_month_names[static_cast<size_t>(d.month - 1)] + " " +
                std::to_string(d.year) + " has " + std::to_string(last) + " days");
  }
  return d;
}

long Date::to_days() const {
  long y = year - (month <= 2 ? 1 : 0);
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long mp = (month + 9) % 12;
  long doy = (153 * mp + 2) / 5 + day - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = yoe + era * 400;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  long d = doy - (153 * mp + 2) / 5 + 1;
  long m = mp < 10 ? mp + 3 : mp - 9;
  return Date{static_cast<int>(y + (m <= 2 ? 1 : 0)), static_cast<int>(m), static_cast<int>(d)};
}

Date Date::first_of_month_after_months(int months) const {
  // The period of N months ends on the same day N months later; the rule takes the first day of
  // the month that follows the month in which the period expires.
  int total = (year * 12 + (month - 1)) + months + 1;
  return Date{total / 12, total % 12 + 1, 1};
}

std::string Date::str() const {
  std::string s = "0000-00-00";
  auto put = [&](size_t at, int value, int digits) {
    for (int i = digits - 1; i >= 0; --i) {
      s[at + static_cast<size_t>(i)] = static_cast<char>('0' + value % 10);
      value /= 10;
    }
  };
  put(0, year, 4);
  put(5, month, 2);
  put(8, day, 2);
  return s;
}

} // namespace treaty
