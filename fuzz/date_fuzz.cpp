// Fuzz target: Date::parse, and the arithmetic on every date it accepts: what parses prints
// back the same, survives the round trip through days, and stays a valid date when moved.
#include "core/date.h"

#include <cstdint>
#include <string>

using namespace treaty;

namespace {

void require(bool ok) {
  if (!ok) {
    __builtin_trap();
  }
}

bool valid(const Date& d) {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= days_in_month(d.year, d.month);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* bytes, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(bytes), size);
  std::string error;
  auto date = Date::parse(text, &error);
  if (!date) {
    require(!error.empty());
    return 0;
  }
  require(error.empty() && valid(*date) && date->str() == text);
  require(Date::from_days(date->to_days()) == *date);
  for (long n : {-36525L, -366L, -1L, 1L, 30L, 366L, 36525L}) {
    Date moved = date->plus_days(n);
    require(valid(moved) && moved.to_days() == date->to_days() + n);
  }
  for (int months : {0, 1, 3, 12, 120}) {
    Date first = date->first_of_month_after_months(months);
    require(valid(first) && first.day == 1 && *date < first);
  }
  return 0;
}
