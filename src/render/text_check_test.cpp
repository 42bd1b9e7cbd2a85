// Unit tests for the text layout shared by the text renderers.
#include "render/text_check.h"

#include <doctest/doctest.h>

using namespace treaty;

TEST_SUITE("render") {
  TEST_CASE("wrap breaks between words at the width, indenting the lines after the first") {
    CHECK(wrap("aaa bbb ccc", 2, 9) == "aaa bbb\n  ccc");
    CHECK(wrap("one", 4, 80) == "one");
    CHECK(wrap("averyveryverylongword x", 0, 5) == "averyveryverylongword\nx");
  }

  TEST_CASE("wrap counts characters, not bytes, so Cyrillic lines are as long as Latin ones") {
    // Each Cyrillic letter takes two bytes in UTF-8 but one column.
    CHECK(wrap("ааа ббб ввв", 0, 7) == "ааа ббб\nввв");
    CHECK(wrap("aaa bbb ccc", 0, 7) == "aaa bbb\nccc");
  }
}
