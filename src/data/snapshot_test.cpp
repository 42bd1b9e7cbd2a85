// Unit tests for the compiled snapshot: a faithful round trip, and damage always detected.
#include "data/snapshot.h"

#include "data/test_datasets.h"

#include <doctest/doctest.h>

using namespace treaty;

namespace {
using testing::shipped;
} // namespace

TEST_SUITE("snapshot") {
  TEST_CASE("round-trips the shipped dataset byte for byte") {
    std::string bytes = write_snapshot(shipped(), 42);
    auto back = read_snapshot(bytes, 42);
    REQUIRE(back);
    CHECK(write_snapshot(*back, 42) == bytes);
    CHECK(back->instrument("untoc")->party("KZ")->in_force->str() == "2008-08-30");
    CHECK(back->state_named("kazakhstan")->iso2 == "KZ");
    // A rule's other versions (Kazakhstan's MLA rules of the 1997 Code) come back too.
    const MeasureRules* mla = back->state("KZ")->rules_for(Measure::mla);
    REQUIRE(mla);
    REQUIRE_FALSE(mla->other_versions.empty());
    REQUIRE(mla->other_versions.front().treaty_required);
    CHECK(mla->other_versions.front().treaty_required->provenance.repealed->str() == "2015-01-01");
  }

  TEST_CASE("refuses versions nested in a version, which no loaded dataset has") {
    Dataset d = shipped();
    auto& all = d.states.front().rules[Measure::mla];
    MeasureRules version;
    version.other_versions.emplace_back();
    all.other_versions.push_back(version);
    CHECK_FALSE(read_snapshot(write_snapshot(d, 9), 9));
    all.other_versions.back().other_versions.clear(); // one level is what the loader makes
    CHECK(read_snapshot(write_snapshot(d, 9), 9));
  }

  TEST_CASE("refuses a snapshot for other content") {
    std::string bytes = write_snapshot(shipped(), 42);
    CHECK_FALSE(read_snapshot(bytes, 43));
    CHECK(read_snapshot(bytes, 0)); // 0: any key (the embedded snapshot)
  }

  TEST_CASE("detects every damaged or truncated snapshot") {
    std::string bytes = write_snapshot(shipped(), 7);
    for (size_t i = 0; i < bytes.size(); i += 97) {
      std::string damaged = bytes;
      damaged[i] = static_cast<char>(damaged[i] ^ 0x5a);
      CHECK_FALSE(read_snapshot(damaged, 7));
    }
    CHECK_FALSE(read_snapshot(bytes.substr(0, bytes.size() / 2), 7));
    CHECK_FALSE(read_snapshot("", 7));
    CHECK_FALSE(read_snapshot("TREATYSNxxxx", 7));
  }

  TEST_CASE("the content key changes when a file changes") {
    auto a = content_key(std::string(TREATY_SOURCE_DIR) + "/tests/data/mini");
    auto b = content_key(std::string(TREATY_SOURCE_DIR) + "/data");
    REQUIRE(a);
    REQUIRE(b);
    CHECK(*a != *b);
    CHECK(content_key(std::string(TREATY_SOURCE_DIR) + "/tests/data/mini") == a);
    CHECK_FALSE(content_key("/nonexistent/treaty"));
  }
}
