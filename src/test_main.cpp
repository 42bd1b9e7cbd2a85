// The one test binary: doctest's runner over every *_test.cpp linked into it.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
