// Unit tests for Date: strict parsing and the day arithmetic that entry-into-force rules use.
#include "core/date.h"

#include <doctest/doctest.h>

using treaty::Date;

TEST_SUITE("date") {
  TEST_CASE("parses a valid date") {
    auto d = Date::parse("2008-07-31");
    REQUIRE(d);
    CHECK(d->year == 2008);
    CHECK(d->month == 7);
    CHECK(d->day == 31);
    CHECK(d->str() == "2008-07-31");
  }

  TEST_CASE("rejects 2023-02-30 and says why") {
    std::string error;
    CHECK_FALSE(Date::parse("2023-02-30", &error));
    CHECK(error == "2023-02-30 is not a date: February 2023 has 28 days");
  }

  TEST_CASE("accepts 29 February only in leap years") {
    CHECK(Date::parse("2024-02-29"));
    CHECK(Date::parse("2000-02-29"));
    CHECK_FALSE(Date::parse("1900-02-29"));
  }

  TEST_CASE("rejects other shapes") {
    std::string error;
    CHECK_FALSE(Date::parse("2023-1-05", &error));
    CHECK(error == "'2023-1-05' is not a date in the form YYYY-MM-DD");
    CHECK_FALSE(Date::parse("2023-13-01", &error));
    CHECK(error == "2023-13-01 is not a date: there is no month 13");
    CHECK_FALSE(Date::parse("", &error));
    CHECK_FALSE(Date::parse("2023-01-01x", &error));
  }

  TEST_CASE("day arithmetic round-trips") {
    CHECK(Date::parse("1970-01-01")->to_days() == 0);
    for (long n = -800000; n < 800000; n += 997) {
      CHECK(Date::from_days(n).to_days() == n);
    }
  }

  TEST_CASE("UNTOC art. 38(2): the thirtieth day after deposit") {
    // Afghanistan deposited 2003-09-24 and was bound from 2003-10-24 (reference facts).
    CHECK(Date::parse("2003-09-24")->plus_days(30).str() == "2003-10-24");
    CHECK(Date::parse("2004-05-27")->plus_days(30).str() == "2004-06-26");
  }

  TEST_CASE("Council of Europe rule: first day of the month after three months") {
    // ETS 185: Armenia deposited 2006-10-12, in force for it 2007-02-01.
    CHECK(Date::parse("2006-10-12")->first_of_month_after_months(3).str() == "2007-02-01");
    CHECK(Date::parse("2006-10-01")->first_of_month_after_months(3).str() == "2007-02-01");
    CHECK(Date::parse("2006-12-31")->first_of_month_after_months(3).str() == "2007-04-01");
  }
}
