// A calendar date (proleptic Gregorian), strict YYYY-MM-DD parsing and day arithmetic.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace treaty {

/// A valid calendar date. Construct through `parse` or `from_days`; the fields are never invalid.
struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;

  auto operator<=>(const Date&) const = default;

  /// Parses exactly `YYYY-MM-DD` (years 1000-9999); returns an error message on failure,
  /// e.g. "2023-02-30 is not a date: February 2023 has 28 days".
  static std::optional<Date> parse(std::string_view text, std::string* error = nullptr);

  /// Days since 1970-01-01 (negative before).
  long to_days() const;
  static Date from_days(long days);

  Date plus_days(long n) const { return from_days(to_days() + n); }
  /// The first day of the month that follows `months` whole months after this date
  /// (Council of Europe rule: "first day of the month following the expiration of a period of
  /// three months after the date of deposit").
  Date first_of_month_after_months(int months) const;

  std::string str() const;
};

/// Number of days in `month` of `year`.
int days_in_month(int year, int month);

} // namespace treaty
