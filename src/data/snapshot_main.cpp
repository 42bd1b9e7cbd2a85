// treaty-snapshot DATA_DIR OUT: validates a dataset and writes its compiled snapshot (build step).
#include "data/loader.h"
#include "data/snapshot.h"

#include <cstdio>
#include <fstream>
#include <iostream>

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: treaty-snapshot DATA_DIR OUT\n";
    return 2;
  }
  auto loaded = treaty::load_dataset(argv[1]);
  if (!loaded.ok()) {
    std::cerr << loaded.diagnostics.format();
    std::cerr << "treaty-snapshot: error: the dataset in '" << argv[1] << "' has "
              << loaded.diagnostics.size() << " errors\n";
    return 2;
  }
  auto key = treaty::content_key(argv[1]);
  std::string bytes = treaty::write_snapshot(loaded.dataset, key.value_or(0));
  std::string temporary = std::string(argv[2]) + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) {
      std::cerr << "treaty-snapshot: error: cannot write " << temporary << "\n";
      return 2;
    }
  }
  if (std::rename(temporary.c_str(), argv[2]) != 0) {
    std::cerr << "treaty-snapshot: error: cannot write " << argv[2] << "\n";
    return 2;
  }
  return 0;
}
