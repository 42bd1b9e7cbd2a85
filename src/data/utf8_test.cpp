// Unit tests for the UTF-8 check of data files and batch rows.
#include "data/utf8.h"

#include <doctest/doctest.h>

using namespace treaty;

TEST_SUITE("utf8") {
  TEST_CASE("accepts ASCII, tabs, line ends and every well-formed character YAML allows") {
    CHECK(first_unprintable("id: x\tnote: y\r\n") == std::string_view::npos);
    CHECK(first_unprintable("Côte d’Ivoire, Қазақстан, 中国, 𝔘") == std::string_view::npos);
    CHECK(first_unprintable("\xEF\xBB\xBFid: x") == std::string_view::npos); // a BOM
    CHECK(first_unprintable("\xF4\x8F\xBF\xBF") == std::string_view::npos);  // U+10FFFF
  }

  TEST_CASE("finds a NUL byte and names it") {
    std::string text("ab\0c", 4);
    REQUIRE(first_unprintable(text) == 2);
    CHECK(describe_unprintable(text, 2) == "a NUL byte");
  }

  TEST_CASE("refuses what Unicode table 3-7 does not allow") {
    CHECK(first_unprintable("a\xC0\xAF") == 1);         // overlong '/'
    CHECK(first_unprintable("a\xE0\x80\xAF") == 1);     // overlong, three bytes
    CHECK(first_unprintable("a\xED\xA0\x80") == 1);     // a surrogate, U+D800
    CHECK(first_unprintable("a\xF4\x90\x80\x80") == 1); // past U+10FFFF
    CHECK(first_unprintable("a\xC3") == 1);             // cut short at the end
    CHECK(first_unprintable("a\xC3(") == 1);            // not a continuation byte
    CHECK(first_unprintable("a\x80") == 1);             // a lone continuation byte
    CHECK(describe_unprintable("\xFF", 0) == "the byte 0xFF, which is not UTF-8");
  }

  TEST_CASE("refuses control characters, which could drive a terminal") {
    CHECK(describe_unprintable("\x1B[2J", 0) == "the control character U+001B");
    CHECK(first_unprintable("a\x7F") == 1);
    CHECK(describe_unprintable("\xC2\x9B", 0) == "the control character U+009B");
    CHECK(describe_unprintable("\xEF\xBF\xBF", 0) == "the character U+FFFF");
    CHECK(first_unprintable("\xC2\x85") == std::string_view::npos); // NEL is allowed
  }

  TEST_CASE("printable replaces each refused byte with '?' and keeps the rest") {
    CHECK(printable(std::string("a\0b\xFF\x1B[1m\xD0\x96", 10)) == "a?b??[1m\xD0\x96");
  }
}
