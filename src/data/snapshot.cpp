// Snapshot encoding: one `io` function per model type serves both writing and reading.
#include "data/snapshot.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <type_traits>

namespace treaty {

namespace {

constexpr char k_magic[8] = {'T', 'R', 'E', 'A', 'T', 'Y', 'S', 'N'};

struct Malformed : std::runtime_error {
  Malformed() : std::runtime_error("malformed snapshot") {}
};

class Writer {
public:
  std::string bytes;

  template <class T> void raw(const T& value) {
    static_assert(std::is_trivially_copyable_v<T>);
    bytes.append(reinterpret_cast<const char*>(&value), sizeof value);
  }
  void operator()(bool& b) { raw(static_cast<uint8_t>(b)); }
  void operator()(int& i) { raw(static_cast<int32_t>(i)); }
  void operator()(double& d) { raw(d); }
  void operator()(std::string& s) {
    raw(static_cast<uint32_t>(s.size()));
    bytes.append(s);
  }
  void operator()(Date& d) { raw(static_cast<int32_t>(d.to_days())); }
  template <class E> std::enable_if_t<std::is_enum_v<E>> operator()(E& e) {
    raw(static_cast<uint8_t>(e));
  }
  template <class T> void operator()(std::optional<T>& o) {
    bool has = o.has_value();
    (*this)(has);
    if (has) {
      (*this)(*o);
    }
  }
  template <class T> void operator()(std::vector<T>& v) {
    raw(static_cast<uint32_t>(v.size()));
    for (auto& item : v) {
      (*this)(item);
    }
  }
  template <class K, class V> void operator()(std::map<K, V>& m) {
    raw(static_cast<uint32_t>(m.size()));
    for (auto& [key, value] : m) {
      K k = key;
      (*this)(k);
      (*this)(value);
    }
  }
  template <class T> std::enable_if_t<std::is_class_v<T>> operator()(T& value) { io(*this, value); }
};

class Reader {
public:
  explicit Reader(std::string_view bytes) : m_bytes(bytes) {}
  bool done() const { return m_pos == m_bytes.size(); }

  template <class T> T raw() {
    static_assert(std::is_trivially_copyable_v<T>);
    if (m_bytes.size() - m_pos < sizeof(T)) {
      throw Malformed();
    }
    T value;
    std::memcpy(&value, m_bytes.data() + m_pos, sizeof value);
    m_pos += sizeof value;
    return value;
  }
  void operator()(bool& b) {
    auto v = raw<uint8_t>();
    if (v > 1) {
      throw Malformed();
    }
    b = v == 1;
  }
  void operator()(int& i) { i = raw<int32_t>(); }
  void operator()(double& d) { d = raw<double>(); }
  void operator()(std::string& s) {
    auto n = raw<uint32_t>();
    if (m_bytes.size() - m_pos < n) {
      throw Malformed();
    }
    s.assign(m_bytes.data() + m_pos, n);
    m_pos += n;
  }
  void operator()(Date& d) {
    auto days = raw<int32_t>();
    // Years 1000-9999 only, as Date::parse accepts.
    if (days < -354285 || days > 2932896) {
      throw Malformed();
    }
    d = Date::from_days(days);
  }
  template <class E> std::enable_if_t<std::is_enum_v<E>> operator()(E& e) {
    e = static_cast<E>(raw<uint8_t>());
  }
  template <class T> void operator()(std::optional<T>& o) {
    bool has = false;
    (*this)(has);
    o.reset();
    if (has) {
      T value{};
      (*this)(value);
      o = std::move(value);
    }
  }
  // The other versions of a measure's rules hold no versions of their own: refuse them, so that
  // no input nests rule sets deeper than one level.
  void operator()(std::vector<MeasureRules>& v) {
    if (m_in_versions) {
      auto n = raw<uint32_t>();
      if (n != 0) {
        throw Malformed();
      }
      v.clear();
      return;
    }
    m_in_versions = true;
    read_vector(v);
    m_in_versions = false;
  }
  template <class T> void operator()(std::vector<T>& v) { read_vector(v); }
  template <class K, class V> void operator()(std::map<K, V>& m) {
    auto n = raw<uint32_t>();
    if (n > m_bytes.size() - m_pos) {
      throw Malformed();
    }
    m.clear();
    for (uint32_t i = 0; i < n; ++i) {
      K key{};
      V value{};
      (*this)(key);
      (*this)(value);
      m.emplace(std::move(key), std::move(value));
    }
  }
  template <class T> std::enable_if_t<std::is_class_v<T>> operator()(T& value) { io(*this, value); }

private:
  template <class T> void read_vector(std::vector<T>& v) {
    auto n = raw<uint32_t>();
    if (n > m_bytes.size() - m_pos) { // every item takes at least a byte
      throw Malformed();
    }
    v.clear();
    v.resize(n);
    for (auto& item : v) {
      (*this)(item);
    }
  }

  std::string_view m_bytes;
  size_t m_pos = 0;
  bool m_in_versions = false;
};

// One function per type, in field order; adding a field means adding it here and bumping
// k_snapshot_version.
template <class IO> void io(IO& x, Provenance& p) {
  x(p.source), x(p.verified), x(p.note), x(p.valid_from), x(p.repealed);
}
template <class IO> void io(IO& x, Reservation& r) {
  x(r.article), x(r.kind), x(r.text), x(r.effect), x(r.values), x(r.provenance);
}
template <class IO> void io(IO& x, Suspension& s) {
  x(s.towards), x(s.from), x(s.until), x(s.provenance);
}
template <class IO> void io(IO& x, Party& p) {
  x(p.state), x(p.signed_on), x(p.consent), x(p.consent_type), x(p.is_party), x(p.in_force),
      x(p.in_force_derived), x(p.withdrawn), x(p.bound_after), x(p.suspensions), x(p.reservations),
      x(p.provenance);
}
template <class IO> void io(IO& x, EntryIntoForceRule& r) {
  x(r.kind), x(r.count), x(r.source);
}
template <class IO> void io(IO& x, ConditionSpec& c) {
  x(c.id), x(c.years), x(c.source), x(c.verified);
}
template <class IO> void io(IO& x, YieldRule& y) {
  x(y.paragraphs), x(y.source);
}
template <class IO> void io(IO& x, Note& n) {
  x(n.text), x(n.provenance);
}
template <class IO> void io(IO& x, GroundOverride& g) {
  x(g.ground), x(g.rule);
}
template <class IO> void io(IO& x, MeasureProvision& m) {
  x(m.measure), x(m.articles), x(m.conditions), x(m.yields_to_treaty), x(m.surrenders_nationals),
      x(m.prosecute_instead), x(m.note), x(m.channel), x(m.languages), x(m.contents),
      x(m.overrides_refusal), x(m.source);
}
template <class IO> void io(IO& x, Replacement& r) {
  x(r.instrument), x(r.source);
}
template <class IO> void io(IO& x, Article& a) {
  x(a.number), x(a.title), x(a.text);
}
template <class IO> void io(IO& x, PartiesTotal& t) {
  x(t.count), x(t.as_of), x(t.source), x(t.by_depositary);
}
template <class IO> void io(IO& x, Instrument& i) {
  x(i.id), x(i.short_name), x(i.title), x(i.kind), x(i.depositary), x(i.adopted),
      x(i.entry_into_force), x(i.party_rule), x(i.parties_total), x(i.articles), x(i.texts_source),
      x(i.measures), x(i.has_general_scope), x(i.general_scope), x(i.general_scope_source),
      x(i.scope_source), x(i.replaces), x(i.supplements), x(i.parties), x(i.parties_complete),
      x(i.coverage), x(i.complete_as_of), x(i.provenance);
}
template <class IO> void io(IO& x, OffenceProvision& p) {
  x(p.instrument), x(p.articles), x(p.conditions), x(p.provenance);
}
template <class IO> void io(IO& x, Offence& o) {
  x(o.id), x(o.name), x(o.aliases), x(o.provisions);
}
template <class IO, class T> void io(IO& x, Rule<T>& r) {
  x(r.value), x(r.text), x(r.summary), x(r.provenance);
}
template <class IO> void io(IO& x, RefusalGround& g) {
  x(g.ground), x(g.mandatory), x(g.text), x(g.summary), x(g.provenance);
}
template <class IO> void io(IO& x, StageAuthority& a) {
  x(a.stage), x(a.value), x(a.text), x(a.provenance);
}
template <class IO> void io(IO& x, Deadline& d) {
  x(d.days), x(d.text), x(d.provenance);
}
template <class IO> void io(IO& x, MeasureRules& m) {
  x(m.treaty_required), x(m.reciprocity), x(m.nationals), x(m.min_penalty_years),
      x(m.min_remaining_sentence_months), x(m.refusal_grounds), x(m.authority_receives),
      x(m.authority_sends), x(m.languages), x(m.channel), x(m.provisional_arrest_days), x(m.urgent),
      x(m.deadlines), x(m.request_contents), x(m.duty_to_prosecute), x(m.notes),
      x(m.other_versions);
}
template <class IO> void io(IO& x, State& s) {
  x(s.iso2), x(s.iso3), x(s.name), x(s.official_name), x(s.aliases), x(s.un_member),
      x(s.un_admitted), x(s.rules), x(s.provenance);
}
template <class IO> void io(IO& x, Dataset& d) {
  x(d.as_of), x(d.as_of_source), x(d.states), x(d.instruments), x(d.offences);
}

constexpr size_t k_header_size = sizeof k_magic + 4 + 8 + 8 + 8;

} // namespace

uint64_t fnv1a(std::string_view bytes, uint64_t seed) {
  uint64_t h = seed;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string write_snapshot(const Dataset& data, uint64_t key) {
  Writer payload;
  io(payload, const_cast<Dataset&>(data));
  Writer out;
  out.bytes.append(k_magic, sizeof k_magic);
  out.raw(k_snapshot_version);
  out.raw(key);
  out.raw(static_cast<uint64_t>(payload.bytes.size()));
  out.raw(fnv1a(payload.bytes));
  out.bytes += payload.bytes;
  return out.bytes;
}

std::optional<Dataset> read_snapshot(std::string_view bytes, uint64_t expected_key) {
  if (bytes.size() < k_header_size || std::memcmp(bytes.data(), k_magic, sizeof k_magic) != 0) {
    return std::nullopt;
  }
  Reader header(bytes.substr(sizeof k_magic, k_header_size - sizeof k_magic));
  auto version = header.raw<uint32_t>();
  auto key = header.raw<uint64_t>();
  auto length = header.raw<uint64_t>();
  auto checksum = header.raw<uint64_t>();
  std::string_view payload = bytes.substr(k_header_size);
  if (version != k_snapshot_version || (expected_key != 0 && key != expected_key) ||
      length != payload.size() || fnv1a(payload) != checksum) {
    return std::nullopt;
  }
  Dataset data;
  try {
    Reader reader(payload);
    io(reader, data);
    if (!reader.done()) {
      return std::nullopt;
    }
  } catch (const Malformed&) {
    return std::nullopt;
  }
  data.index();
  return data;
}

std::optional<uint64_t> content_key(const std::filesystem::path& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return std::nullopt;
  }
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::end(it);
       it.increment(ec)) {
    if (it->path().extension() == ".yaml" && it->is_regular_file(ec)) {
      files.push_back(fs::relative(it->path(), dir, ec));
    }
  }
  if (ec) {
    return std::nullopt;
  }
  std::sort(files.begin(), files.end());
  uint64_t h = fnv1a(std::to_string(k_snapshot_version));
  for (const auto& f : files) {
    std::ifstream in(dir / f, std::ios::binary);
    if (!in) {
      return std::nullopt;
    }
    std::ostringstream text;
    text << in.rdbuf();
    h = fnv1a(f.generic_string() + '\0', h);
    h = fnv1a(text.str(), h);
    h = fnv1a(std::string_view("\0", 1), h);
  }
  return h;
}

} // namespace treaty
