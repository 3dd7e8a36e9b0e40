import codecs

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import karabakh_nb as kn
from karabakh_nb.errors import InputError, UsageError
from karabakh_nb.parse import clean_answer, is_question, parse_text, read_corpus, source_labels

from .conftest import DATA, SEED

SIMPLE = "Question: Who won?\n\nThe north won.\n\nWhen did it end?\n\nIt ended in spring.\n"


def test_seed_has_19_pairs_18_answered_last_unanswered():
    qa = kn.load(SEED)
    assert list(qa.columns[:8]) == kn.QA_COLUMNS
    assert len(qa) == 19
    assert qa["answer"].notna().sum() == 18
    assert qa.iloc[-1]["answer"] is None
    assert qa.iloc[-1]["flags"] == ["unanswered"]
    assert qa.iloc[0]["id"] == "000_c8ae912d7073d48a:1"
    assert qa.iloc[-1]["id"] == "000_c8ae912d7073d48a:73"
    assert not qa.iloc[0]["question"].startswith("Question")


def test_seed_snippets_and_boilerplate_split_off():
    qa = kn.load(SEED).set_index("line")
    assert qa.loc[13, "snippet"] == "Russia Armenia alone"
    assert qa.loc[13, "answer"].startswith("Since independence from the Soviet Union")
    assert qa.loc[29, "snippet"] == "U.S.-AZERBAIJAN RELATIONS"
    assert qa.loc[37, "snippet"] == "2,801 soldiers"
    assert qa.loc[37, "answer"].startswith("The Azerbaijani Defense Ministry announced")
    assert qa.loc[65, "snippet"] == "Azerbaijan war"
    assert qa.loc[65, "answer"].startswith("On September 27, 2020, explosions")
    assert "Share" not in qa.loc[65, "answer"]
    assert qa.loc[65, "flags"] == ["snippet_header", "boilerplate"]
    assert qa.loc[5, "flags"] == ["truncated"]
    flagged = {line for line, flags in qa["flags"].items() if "snippet_header" in flags}
    assert flagged == {13, 29, 37, 65}


def test_raw_keeps_block_as_in_file():
    qa = kn.load(SEED).set_index("line")
    assert qa.loc[65, "raw"].startswith("Azerbaijan war Share All sharing options for:")
    assert qa.loc[73, "raw"] is None


def test_multiline_blocks_are_joined_and_raw_keeps_lines():
    pairs, orphans = parse_text("What\nhappened?\n\nA war\nbroke out.\n", "x.txt")
    assert pairs[0].question == "What happened?"
    assert pairs[0].answer == "A war broke out."
    assert pairs[0].raw == "A war\nbroke out."
    assert pairs[0].answer_line == 4
    assert orphans == []


def test_two_questions_in_a_row_keep_the_first_unanswered():
    pairs, _ = parse_text("Who won?\n\nWhen did it end?\n\nIn spring.\n", "x.txt")
    assert [(p.question, p.answer, p.flags) for p in pairs] == [
        ("Who won?", None, ["unanswered"]),
        ("When did it end?", "In spring.", []),
    ]


def test_answer_ending_in_question_mark_after_a_question_is_its_answer():
    text = "How many fled?\n\nMore than 6 million fled, and 3 million more are displaced?\n"
    pairs, _ = parse_text(text, "x.txt")
    assert [(p.question, p.answer) for p in pairs] == [
        ("How many fled?", "More than 6 million fled, and 3 million more are displaced?")
    ]


def test_header_before_boilerplate_is_a_snippet():
    raw = "Ukraine war Share All sharing options for: How many died?. US officials said 12 died."
    answer, snippet, boiler, flags = clean_answer(raw)
    assert (answer, snippet) == ("US officials said 12 died.", "Ukraine war")
    assert boiler == "Share All sharing options for: How many died?."
    assert flags == ["snippet_header", "boilerplate"]


def test_answer_with_question_mark_is_an_answer():
    text = "Why did it start?\n\nWhy? Nobody agrees. Historians still argue?\n"
    pairs, _ = parse_text(text, "x.txt")
    assert len(pairs) == 1
    assert pairs[0].answer == "Why? Nobody agrees. Historians still argue?"


def test_file_starting_with_an_answer_keeps_it_as_orphan(write):
    path = write("o.txt", "This answer lost its question.\n\nWho?\n\nNobody.\n")
    corpus = kn.read_corpus(path)
    assert len(corpus.qa) == 1
    assert [(b.line, b.text) for b in corpus.orphans] == [(1, "This answer lost its question.")]
    findings = kn.check(corpus)
    orphan = findings[findings["kind"] == "orphan_block"]
    assert orphan["qa_id"].tolist() == ["o:1"]
    assert orphan["text"].tolist() == ["This answer lost its question."]


def test_second_answer_block_is_an_orphan_not_lost():
    pairs, orphans = parse_text("Who?\n\nFirst part.\n\nSecond part.\n", "x.txt")
    assert pairs[0].answer == "First part."
    assert [b.text for b in orphans] == ["Second part."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Who won the war?", True),
        ("Question: Who won?", True),
        ("Why? Nobody knows.", False),
        ("It ended. Who won?", False),
        ("Is the U.S. an ally?", True),
        ("x" * 400 + "?", False),
        ("The end.", False),
    ],
)
def test_is_question(text, expected):
    assert is_question(text) is expected


@pytest.mark.parametrize(
    ("raw", "answer", "snippet", "flags"),
    [
        (
            "12 dead The ministry said 12 died.",
            "The ministry said 12 died.",
            "12 dead",
            ["snippet_header"],
        ),
        ("The war began in 1992.", "The war began in 1992.", None, []),
        ("In The Hague the court sat.", "In The Hague the court sat.", None, []),
        ("The war began in", "The war began in", None, ["truncated"]),
        ("It went on and on...", "It went on and on...", None, ["truncated"]),
        (
            "Share All sharing options for: A title, explained. The war ended.",
            "The war ended.",
            None,
            ["boilerplate"],
        ),
        # A title's abbreviation ("Nov.") does not end it.
        (
            "Share All sharing options for: On this day: Nov. 30, 1939, war. The war began.",
            "The war began.",
            None,
            ["boilerplate"],
        ),
        (
            "More than 1,746 Armenian soldiers died.",
            "More than 1,746 Armenian soldiers died.",
            None,
            [],
        ),
    ],
)
def test_clean_answer(raw, answer, snippet, flags):
    got_answer, got_snippet, _, got_flags = clean_answer(raw)
    assert (got_answer, got_snippet, got_flags) == (answer, snippet, flags)


@pytest.mark.parametrize(
    "transform",
    [
        pytest.param(lambda t: t.encode("utf-8"), id="lf"),
        pytest.param(lambda t: t.replace("\n", "\r\n").encode("utf-8"), id="crlf"),
        pytest.param(lambda t: t.replace("\n", "\r").encode("utf-8"), id="cr"),
        pytest.param(lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), id="utf8-bom"),
        pytest.param(lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"), id="utf16le-bom"),
        pytest.param(lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), id="utf16be-bom"),
    ],
)
def test_line_ends_and_byte_order_marks_parse_the_same(write, transform):
    path = write("f.txt", transform(SIMPLE + "\nOù est-ce?\n\nÀ Bakı, naturellement.\n"))
    qa = kn.load(path)
    assert qa["question"].tolist() == ["Who won?", "When did it end?", "Où est-ce?"]
    assert qa["answer"].tolist() == [
        "The north won.",
        "It ended in spring.",
        "À Bakı, naturellement.",
    ]
    assert qa["line"].tolist() == [1, 5, 9]


def test_latin1_without_encoding_is_refused_with_line_and_hint(write):
    path = write("l.txt", "Who?\n\nCaf\xe9 owners.\n", encoding="latin-1")
    with pytest.raises(InputError) as info:
        kn.load(path)
    assert info.value.oneline() == (
        f"{path}:3: cannot decode byte 0xe9 as utf-8; try --encoding latin-1 (or cp1252, utf-16)"
    )


def test_latin1_with_encoding_parses_without_mojibake(write):
    path = write("l.txt", "Who?\n\nCaf\xe9 owners.\n", encoding="latin-1")
    assert kn.load(path, encoding="latin-1")["answer"].tolist() == ["Café owners."]


def test_unknown_encoding_is_a_usage_error(write):
    path = write("f.txt", SIMPLE)
    with pytest.raises(UsageError, match="unknown encoding 'klingon'"):
        kn.load(path, encoding="klingon")


@pytest.mark.parametrize(
    ("content", "message", "line"),
    [
        (b"", "file is empty", None),
        (b"\n  \n\t\n", "file holds only blank lines", None),
        (b"Who?\n\nA\x00B.\n", "file contains NUL bytes", 3),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "file contains NUL bytes", 3),
        ("Who?\n\nA.\n".encode("utf-16-le"), "file contains NUL bytes", 1),
        (b"No question here.\n\nNor here.\n", "no questions found", None),
        (
            b"Who won?\nWhen did it end?\nWhy?\n",
            "no questions found: lines ending in '?' "
            "share a block with other lines; put a blank line between",
            None,
        ),
    ],
    ids=["empty", "blank", "nul", "binary", "utf16-no-bom", "no-question", "no-blank-lines"],
)
def test_bad_files_are_refused(write, content, message, line):
    path = write("bad.txt", content)
    with pytest.raises(InputError) as info:
        kn.load(path)
    assert info.value.message.startswith(message)
    assert info.value.path == str(path)
    assert info.value.line == line


def test_missing_path_and_folder_without_txt(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        kn.load(tmp_path / "nope.txt")
    (tmp_path / "notes.md").write_text("x")
    with pytest.raises(InputError, match=r"folder holds no \.txt files"):
        kn.load(tmp_path)
    with pytest.raises(InputError, match="pattern matches no files"):
        kn.load(str(tmp_path / "*.txt"))


def test_folder_and_glob_load_sorted_files_into_one_table(tmp_path):
    (tmp_path / "b.txt").write_text("B?\n\nBee.\n")
    (tmp_path / "a.txt").write_text("A?\n\nAy.\n")
    assert kn.load(tmp_path)["id"].tolist() == ["a:1", "b:1"]
    assert kn.load(str(tmp_path / "*.txt"))["source"].tolist() == ["a.txt", "b.txt"]
    assert kn.load([tmp_path / "b.txt", tmp_path / "a.txt"])["id"].tolist() == ["b:1", "a:1"]


def test_default_corpus_is_the_bundled_seeds():
    assert kn.load()["source"].unique().tolist() == ["000_c8ae912d7073d48a.txt"]


def test_two_megabyte_single_line_answer(write):
    long_answer = ("The front moved again. " * 90_000).strip()
    assert len(long_answer) > 2_000_000
    qa = kn.load(write("long.txt", "What happened?\n\n" + long_answer + "\n"))
    assert qa.loc[0, "answer"] == long_answer
    assert qa.loc[0, "flags"] == []


def test_own_fixtures_parse():
    qa = kn.load(DATA / "georgia_2008.txt")
    unanswered = qa[qa["answer"].isna()]["question"].tolist()
    assert unanswered == ["Is Georgia a member of NATO?"]
    assert qa.set_index("line").loc[27, "flags"] == ["boilerplate"]


# --- round trip -------------------------------------------------------------------------

_WORD = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Z", "Po", "Ps", "Pe", "Pi", "Pf")),
    min_size=1,
    max_size=8,
)
_QUESTION = st.tuples(
    st.sampled_from(["What", "How", "Is", "Who", "Did", "Why"]),
    st.lists(_WORD, min_size=1, max_size=8),
).map(lambda t: t[0] + " " + " ".join(t[1]) + "?")
_SENTENCE = st.lists(_WORD, min_size=1, max_size=10).map(lambda ws: " ".join(ws))
_ANSWER = st.lists(
    st.tuples(_SENTENCE, st.sampled_from([". ", "? ", "! ", ".\n"])), min_size=1, max_size=4
).map(lambda parts: "".join("A " + s + p for s, p in parts).rstrip() + " end.")


@settings(max_examples=150, deadline=None)
@given(
    pairs=st.lists(st.tuples(_QUESTION, st.none() | _ANSWER), min_size=1, max_size=8),
    newline=st.sampled_from(["\n", "\r\n"]),
    bom=st.booleans(),
)
def test_round_trip_generated_pairs(pairs, newline, bom):
    blocks = []
    for question, answer in pairs:
        blocks.append(question)
        if answer is not None:
            blocks.append(answer)
    text = "\n\n".join(blocks) + "\n"
    data = text.replace("\n", newline).encode("utf-8")
    if bom:
        data = codecs.BOM_UTF8 + data
    from karabakh_nb.parse import decode

    parsed, orphans = parse_text(decode(data, "g.txt"), "g.txt")
    assert orphans == []
    assert [p.question for p in parsed] == [q for q, _ in pairs]
    assert [p.raw for p in parsed] == [a for _, a in pairs]


def test_qa_table_is_a_dataframe_with_object_nulls():
    qa = kn.load(SEED)
    assert isinstance(qa, pd.DataFrame)
    assert qa["line"].dtype == "int64"


@pytest.mark.slow
def test_hundred_megabyte_file_parses(tmp_path):
    seed = SEED.read_bytes()
    copies = 100_000_000 // len(seed) + 1
    path = tmp_path / "big.txt"
    with path.open("wb") as out:
        for _ in range(copies):
            out.write(seed + b"\n")
    assert path.stat().st_size > 100_000_000
    qa = kn.load(path)
    assert len(qa) == 19 * copies
    assert int(qa["answer"].isna().sum()) == copies
    # each copy is the seed's 74 lines plus one blank line; its last question is on line 73
    assert qa.iloc[-1]["id"] == f"big:{73 + 75 * (copies - 1)}"


_ANY_BLOCK = st.one_of(_QUESTION, _ANSWER, st.text(min_size=1, max_size=60))


@settings(max_examples=150, deadline=None)
@given(blocks=st.lists(_ANY_BLOCK, min_size=1, max_size=12))
def test_every_block_ends_up_in_a_pair_or_an_orphan(blocks):
    blocks = [b for b in (" ".join(b.split()) for b in blocks) if b]
    text = "\n\n".join(blocks) + "\n"
    pairs, orphans = parse_text(text, "g.txt")
    questions = len(pairs)
    answers = sum(p.raw is not None for p in pairs)
    assert questions + answers + len(orphans) == len(blocks)
    kept = sorted([p.raw for p in pairs if p.raw] + [b.raw for b in orphans])
    assert all(raw in blocks for raw in kept)


def _tree(tmp_path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return [tmp_path / name for name in files]


def test_same_file_names_in_two_folders_get_their_relative_paths_as_ids(tmp_path):
    paths = _tree(
        tmp_path,
        {"2020/notes.txt": "Who won?\n\nArmenia.\n", "2021/notes.txt": "Who won?\n\nAzerbaijan.\n",
         "other.txt": "Who lost?\n\nNobody.\n"},
    )  # fmt: skip
    qa = kn.load(paths)
    assert qa[["id", "source"]].values.tolist() == [
        ["2020/notes:1", "2020/notes.txt"],
        ["2021/notes:1", "2021/notes.txt"],
        ["other:1", "other.txt"],  # a name that does not repeat keeps <stem>:<line>
    ]
    assert qa["id"].is_unique


def test_relative_paths_that_differ_only_in_extension_keep_it_in_the_id(tmp_path):
    paths = _tree(tmp_path, {"notes.txt": "A?\n\nAy.\n\nStray.\n", "notes.md": "B?\n\nBee.\n"})
    corpus = kn.read_corpus(paths)
    assert corpus.qa[["id", "source"]].values.tolist() == [
        ["notes.txt:1", "notes.txt"],
        ["notes.md:1", "notes.md"],
    ]
    assert [b.id for b in corpus.orphans] == ["notes.txt:5"]


def test_source_labels():
    assert source_labels(["/a/x/n.txt", "/a/y/z/n.txt", "/b/m.txt"]) == [
        ("x/n.txt", None),
        ("y/z/n.txt", None),
        ("m.txt", None),
    ]


@pytest.mark.parametrize(
    ("content", "message", "orphans"),
    [
        (b"", "file is empty", []),
        (b"\n \n", "file holds only blank lines", []),
        (
            b"No question here.\n\nNor here.\n",
            "no questions found",
            ["No question here.", "Nor here."],
        ),
    ],
    ids=["empty", "blank", "no-question"],
)
def test_an_unusable_file_among_others_is_skipped_and_listed(tmp_path, content, message, orphans):
    (tmp_path / "a.txt").write_text("Who won?\n\nArmenia.\n")
    (tmp_path / "b.txt").write_bytes(content)
    corpus = kn.read_corpus(tmp_path)
    assert corpus.qa["id"].tolist() == ["a:1"]
    assert [(s.source, s.stem) for s in corpus.skipped] == [("b.txt", "b")]
    assert corpus.skipped[0].message.startswith(message)
    assert corpus.files == [tmp_path / "a.txt", tmp_path / "b.txt"]
    # Nothing is lost: the blocks of a file without questions stay orphans.
    assert [b.raw for b in corpus.orphans] == orphans


def test_a_corpus_of_unusable_files_is_an_error(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text("No question here.\n")
    with pytest.raises(InputError, match="file is empty") as info:
        kn.read_corpus(tmp_path)
    assert info.value.path == str(tmp_path / "a.txt")


def test_a_file_in_another_encoding_still_stops_the_corpus(tmp_path):
    (tmp_path / "a.txt").write_text("Who won?\n\nArmenia.\n")
    (tmp_path / "b.txt").write_bytes("Who?\n\nCaf\xe9.\n".encode("latin-1"))
    with pytest.raises(InputError, match="cannot decode byte 0xe9"):
        kn.read_corpus(tmp_path)


@pytest.mark.parametrize("codec", ["rot13", "base64", "bz2", "undefined"])
def test_a_codec_that_is_not_a_text_encoding_is_a_usage_error(write, codec):
    with pytest.raises(UsageError, match="is not an encoding of text files"):
        kn.load(write("f.txt", SIMPLE), encoding=codec)


def test_a_run_of_spaces_is_one_space_in_the_answer_and_kept_in_the_raw_block(tmp_path):
    import time

    import karabakh_nb as kn

    path = tmp_path / "spaces.txt"
    path.write_text("What happened?\n\n300 soldiers" + "\u00a0" * 20_000 + " died.\n", "utf-8")
    # CPU time of this process: a hang guard, which a loaded machine does not trip
    started = time.process_time()
    qa = kn.load(path)
    tables = [
        kn.extract(qa, kind) for kind in ("timeline", "alliances", "demographics", "casualties")
    ]
    # Long runs of spaces made several patterns quadratic (20,000 took minutes).
    assert time.process_time() - started < 30
    assert qa["answer"].iloc[0] == "300 soldiers died."
    assert "\u00a0" * 20_000 in qa["raw"].iloc[0]
    assert tables[3]["count"].tolist() == [300]


@pytest.mark.parametrize(
    ("raw", "answer", "snippet"),
    [
        # a page's date before a passage about earlier years is a header
        (
            "January 22, 2024 The Tet Offensive began on January 30, 1968.",
            "The Tet Offensive began on January 30, 1968.",
            "January 22, 2024",
        ),
        (
            "3 Mar 2021 — Troops left the town in 2020.",
            "Troops left the town in 2020.",
            "3 Mar 2021",
        ),
        # a chronology's entry keeps its date
        (
            "March 24, 1999 - NATO launches air war against Yugoslavia.",
            "March 24, 1999 - NATO launches air war against Yugoslavia.",
            None,
        ),
        # initials inside a header, not at its end
        (
            "58,220 U.S. military deaths According to the archives, 58,220 died.",
            "According to the archives, 58,220 died.",
            "58,220 U.S. military deaths",
        ),
        ("Aid came from the U.S. The army left.", "Aid came from the U.S. The army left.", None),
        # a sentence adverb with its comma opens the passage after a lower-case header
        (
            "over 6,000 killed Ultimately, Freedonia lost the war.",
            "Ultimately, Freedonia lost the war.",
            "over 6,000 killed",
        ),
        ("However, the war went on.", "However, the war went on.", None),
    ],
)
def test_date_headers_and_initials_in_headers(raw, answer, snippet):
    assert clean_answer(raw)[:2] == (answer, snippet)


# ---- a large file read on several processes --------------------------------------------
_CHUNKY_BLOCKS = [
    "What happened?",
    "A war broke out.",
    "Who won?",
    "Why? Nobody knows",  # a '?' block that does not open like a question: the answer
    "Is it over?",
    "When did it end?",  # a question in a row: the one before stays unanswered
    "  It ended\nin spring.  ",
    "Share on Facebook. The talks failed.",  # after an answer: an orphan
    "A second answer block (an orphan).",
]


def _chunky_text(copies: int) -> str:
    seps = ["\n\n", "\n\n\n", "\n \n", "\n\t\n\n"]
    blocks = _CHUNKY_BLOCKS * copies
    return "".join(b + seps[i % len(seps)] for i, b in enumerate(blocks))


def test_cuts_fall_only_after_a_block_that_is_no_question():
    from karabakh_nb.parse._chunks import _cuts

    text = _chunky_text(40)
    cuts = _cuts(text, 4)
    assert len(cuts) == 3
    assert cuts == sorted(cuts)
    for cut in cuts:
        before = text[:cut].rstrip()
        assert not before.endswith("?"), before[-40:]
        assert text[cut - 1] == "\n"
        assert not text[cut].isspace()


@pytest.mark.parametrize("workers", ["2", "3"])
def test_a_large_file_read_by_several_processes_is_read_as_by_one(monkeypatch, tmp_path, workers):
    from karabakh_nb import parallel

    path = tmp_path / "big.txt"
    path.write_text(_chunky_text(60), encoding="utf-8")
    one = read_corpus(path)
    qa_one, orphans_one = one.qa, one.orphans
    calls = []
    real = parallel.map_forked
    monkeypatch.setattr(parallel, "map_forked", lambda *a: calls.append(a[2]) or real(*a))
    monkeypatch.setenv("KARABAKH_NB_WORKERS", workers)
    many = read_corpus(path)
    assert calls == [int(workers)]  # the file really was cut
    pd.testing.assert_frame_equal(many.qa, qa_one)
    assert many.orphans == orphans_one
    assert qa_one["flags"].map(lambda f: "unanswered" in f).sum() == 60
    assert len(orphans_one) == 120  # the two blocks after an answer, in each copy


def test_two_spaces_before_a_sentence_opener_are_no_header_and_no_crash():
    # found by the fuzz test: an empty "word" between the two spaces
    answer, snippet, _, _ = clean_answer("Ararat  There are no relations.")
    assert (answer, snippet) == ("Ararat  There are no relations.", None)


@pytest.mark.parametrize(
    ("raw", "answer", "marks"),
    [
        (
            "Some 60,000 Cypriots,[14] half the population,[15] fled.[16] It ended.",
            "Some 60,000 Cypriots, half the population, fled. It ended.",
            "[14] [15] [16]",
        ),
        (
            "The war[b] ended [3]. Dozens died.[citation needed]",
            "The war ended. Dozens died.",
            None,
        ),
        # brackets that are words stay
        ("He said the [rebel] army left.", "He said the [rebel] army left.", None),
    ],
)
def test_footnote_marks_are_boilerplate(raw, answer, marks):
    text, _, boiler, flags = clean_answer(raw)
    assert text == answer
    if answer != raw:
        assert "boilerplate" in flags
        assert boiler == (marks or "[b] [3] [citation needed]")
    else:
        assert boiler is None


def test_a_wrong_encoding_on_a_utf8_file_is_told_to_try_utf8_first(tmp_path):
    path = tmp_path / "war.txt"
    path.write_bytes("What happened?\n\nFreedonia fought Sylvania – twice.\n".encode())
    with pytest.raises(InputError) as caught:
        kn.load([path], encoding="utf-16")
    assert "as utf-16; try --encoding utf-8 (or latin-1, cp1252)" in str(caught.value)
