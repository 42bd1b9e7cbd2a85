// Text safe to read and to echo: well-formed UTF-8 without control characters. The YAML and
// batch readers refuse anything else with a message that quotes no raw byte.
#pragma once

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

namespace treaty {

struct Decoded {
  char32_t point = 0;
  size_t length = 0;
};

/// The character at `at` when it is well-formed UTF-8 (Unicode 15, table 3-7), else nullopt.
inline std::optional<Decoded> decode_utf8(std::string_view text, size_t at) {
  auto c = static_cast<unsigned char>(text[at]);
  if (c < 0x80) {
    return Decoded{c, 1};
  }
  Decoded d;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    d = {c & 0x1Fu, 2};
  } else if (c >= 0xE0 && c <= 0xEF) {
    d = {c & 0x0Fu, 3};
    low = c == 0xE0 ? 0xA0 : 0x80;  // no overlong forms
    high = c == 0xED ? 0x9F : 0xBF; // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    d = {c & 0x07u, 4};
    low = c == 0xF0 ? 0x90 : 0x80;
    high = c == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
  } else {
    return std::nullopt;
  }
  if (text.size() - at < d.length) {
    return std::nullopt;
  }
  for (size_t i = 1; i < d.length; ++i) {
    auto next = static_cast<unsigned char>(text[at + i]);
    if (next < (i == 1 ? low : 0x80) || next > (i == 1 ? high : 0xBF)) {
      return std::nullopt;
    }
    d.point = (d.point << 6) | (next & 0x3Fu);
  }
  return d;
}

/// YAML 1.2 c-printable: tab, line ends, U+0020-U+007E, U+0085, U+00A0-U+D7FF, U+E000-U+FFFD,
/// U+10000-U+10FFFF. No terminal escape is among them.
inline bool printable_character(char32_t c) {
  return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0x7E) || c == 0x85 ||
         (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
}

/// The length of the character at `at` when it is printable UTF-8, else 0.
inline size_t printable_length(std::string_view text, size_t at) {
  auto d = decode_utf8(text, at);
  return d && printable_character(d->point) ? d->length : 0;
}

/// The offset of the first character that is not printable UTF-8, or npos.
inline size_t first_unprintable(std::string_view text) {
  for (size_t at = 0; at < text.size();) {
    size_t length = printable_length(text, at);
    if (length == 0) {
      return at;
    }
    at += length;
  }
  return std::string_view::npos;
}

/// The character at `at`, which is not printable UTF-8, in words: "a NUL byte", "the byte 0xFF,
/// which is not UTF-8", "the control character U+001B".
inline std::string describe_unprintable(std::string_view text, size_t at) {
  char code[16];
  if (text[at] == '\0') {
    return "a NUL byte";
  }
  auto d = decode_utf8(text, at);
  if (!d) {
    std::snprintf(code, sizeof code, "0x%02X", static_cast<unsigned char>(text[at]));
    return std::string("the byte ") + code + ", which is not UTF-8";
  }
  std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(d->point));
  return std::string(d->point < 0xA0 ? "the control character " : "the character ") + code;
}

/// `text` with each character that is not printable UTF-8 replaced by '?', safe to quote.
inline std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t at = 0; at < text.size();) {
    size_t length = printable_length(text, at);
    out.append(length ? text.substr(at, length) : std::string_view("?"));
    at += length ? length : 1;
  }
  return out;
}

} // namespace treaty
