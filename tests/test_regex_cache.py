"""Large patterns compiled once per machine (karabakh_nb._regex_cache) equal re.compile's."""

import re

import pytest

from karabakh_nb import _regex_cache
from karabakh_nb._regex_cache import compile_cached

# A long pattern with named groups and classes, as the lexicon's trie and the rules are.
NAMES = [f"Freedonia{i}" for i in range(300)] + ["Sylvania", "Grand Fenwick"]
PATTERN = r"(?P<name>" + "|".join(map(re.escape, NAMES)) + r")(?P<poss>['’]s)?[\s-]+(?:army|troops)"
TEXT = "Sylvania's army and Grand Fenwick troops met Freedonia12 troops."


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv(_regex_cache.CACHE_ENV, str(tmp_path / "regex"))
    return tmp_path / "regex"


def test_a_cached_pattern_equals_the_compiled_one_and_is_read_back(cache):
    plain = re.compile(PATTERN, re.IGNORECASE)
    first = compile_cached(PATTERN, re.IGNORECASE)
    assert len(list(cache.iterdir())) == 1
    again = compile_cached(PATTERN, re.IGNORECASE)  # from the file
    for got in (first, again):
        assert got == plain
        assert got.groupindex == plain.groupindex
        found = [m.groupdict() for m in got.finditer(TEXT.upper())]
        assert found == [m.groupdict() for m in plain.finditer(TEXT.upper())]
        assert len(found) == 3


def test_a_damaged_cache_file_falls_back_to_compiling(cache):
    compile_cached(PATTERN)
    (entry,) = cache.iterdir()
    entry.write_bytes(b"not a compiled pattern")
    assert compile_cached(PATTERN) == re.compile(PATTERN)


def test_the_cache_can_be_turned_off_and_short_patterns_skip_it(cache, monkeypatch):
    assert compile_cached("Sylvania") == re.compile("Sylvania")
    assert not cache.exists()
    monkeypatch.setenv(_regex_cache.CACHE_ENV, "off")
    assert compile_cached(PATTERN) == re.compile(PATTERN)
    assert not cache.exists()


def test_an_unwritable_cache_folder_still_compiles(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv(_regex_cache.CACHE_ENV, str(blocker / "regex"))
    assert compile_cached(PATTERN) == re.compile(PATTERN)


def test_looking_a_name_up_never_compiles_the_search_pattern():
    from karabakh_nb import entities

    entities._lexicon.cache_clear()
    assert entities.canonical("Russian Federation") == "Russia"
    assert entities._lexicon.cache_info().currsize == 0
    assert [e.name for e in entities.find_entities("The Russian Federation said")] == ["Russia"]
    assert entities._lexicon.cache_info().currsize == 1


def test_rules_compile_on_first_use_and_all_at_once_before_a_fork():
    from karabakh_nb.rules import engine

    rule = engine.Rule(name="x", kind="alliances", source=r"Freedonia\s+(?P<A>backs)", row={})
    assert "pattern" not in rule.__dict__
    assert rule.pattern.search("FREEDONIA backs Sylvania").group("A") == "backs"
    rules = engine.load_rules("alliances")
    engine.compile_rules()
    assert all("pattern" in r.__dict__ for r in rules)


def test_the_cache_keeps_only_its_most_recent_files(cache, monkeypatch):
    monkeypatch.setattr(_regex_cache, "MAX_FILES", 3)
    for i in range(5):
        compile_cached(PATTERN + f"|variant{i}")
    assert len(list(cache.glob("*.marshal"))) == 3
    assert compile_cached(PATTERN + "|variant4").search("variant4")


def test_many_short_patterns_are_kept_as_one_file_and_equal_the_compiled_ones(cache):
    from karabakh_nb._regex_cache import compile_many

    shorts = [rf"Freedonia{i}\s+(?P<verb>backs|arms)\s+Sylvania" for i in range(100)]
    first = compile_many(shorts, re.IGNORECASE)
    assert len(list(cache.glob("*.marshal"))) == 1
    again = compile_many(shorts, re.IGNORECASE)  # from the file
    for got in (first, again):
        assert got == [re.compile(p, re.IGNORECASE) for p in shorts]
        assert got[7].search("FREEDONIA7 arms Sylvania").group("verb") == "arms"
    assert compile_many(["Sylvania"]) == [re.compile("Sylvania")]  # too short: no file
    assert len(list(cache.glob("*.marshal"))) == 1


def test_a_rule_files_patterns_compile_together():
    from karabakh_nb.rules import engine

    rules = engine.load_rules("alliances")
    assert rules[0].pattern is engine._compiled("alliances")[rules[0].source]
    assert rules[0].pattern == re.compile(rules[0].source, re.IGNORECASE)


def test_a_built_pattern_is_kept_with_its_text_and_built_only_once(cache):
    from karabakh_nb._regex_cache import compile_built

    calls = []

    def build():
        calls.append(1)
        return PATTERN

    first = compile_built("Freedonia names v1", build, re.IGNORECASE)
    again = compile_built("Freedonia names v1", build, re.IGNORECASE)  # from the file
    assert len(calls) == 1
    for got in (first, again):
        assert got == re.compile(PATTERN, re.IGNORECASE)
        assert got.search("sylvania's army").group("name") == "sylvania"
    other = compile_built("Freedonia names v2", lambda: "Sylvania")  # another key: built
    assert other == re.compile("Sylvania")


def test_the_rules_cue_pattern_is_kept_and_equals_the_built_one(cache):
    from karabakh_nb._trie import trie_pattern
    from karabakh_nb.rules import engine

    engine._index.cache_clear()
    rules = engine.load_rules("alliances")
    words = sorted({w for r in rules for w in r.needs})
    built = engine._index("alliances")[0]
    engine._index.cache_clear()
    assert engine._index("alliances")[0] == built == re.compile(f"(?=({trie_pattern(words)}))")
    assert len(list(cache.glob("*.marshal"))) == 1
