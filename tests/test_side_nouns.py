"""Side nouns and pair nouns read as the parties the answer itself names (invented sentences).

"the regime", "the government" stand for the one state the answer names before them (else
the question's one state), "the rebels", "the rebel movement" for the one non-state side;
"the countries", "the two rivals", "both sides" for the two parties named before. Two
candidates leave the noun unread (:mod:`karabakh_nb.rules.side_nouns`).
"""

import pandas as pd
import pytest

import karabakh_nb as kn
from karabakh_nb.alliances import relations_in
from karabakh_nb.rules.side_nouns import side_nouns


def rows(answer: str, question: str = "") -> set[tuple[str, str, str]]:
    qa = pd.DataFrame({"id": ["x:1"], "question": [question], "answer": [answer]})
    table = kn.extract(qa, "alliances")
    return {
        ((r.a, r.b) if r.relation in ("ally", "member", "mediator") else tuple(sorted((r.a, r.b))))
        + (r.relation,)
        for r in table.itertuples()
    }


@pytest.mark.parametrize(
    ("answer", "question", "expected"),
    [
        # The one state named before "the regime".
        (
            "A Marxist government ruled Mali. The regime received support from France.",
            "",
            {("France", "Mali", "ally")},
        ),
        # The one non-state side named before "the rebels".
        (
            "The Sylvanian Liberation Front was founded in 1970. "
            "The rebels received support from Ghana.",
            "",
            {("Ghana", "Sylvanian Liberation Front", "ally")},
        ),
        # "the rebel movement" likewise.
        (
            "The Sylvanian Liberation Front was founded in 1970. "
            "The rebel movement received weapons from Ghana.",
            "",
            {("Ghana", "Sylvanian Liberation Front", "ally")},
        ),
        # The question's one state when the answer names none before the noun.
        (
            "The uprising began in 2011. The regime and Niger established diplomatic relations.",
            "When did the Malian civil war start?",
            {("Mali", "Niger", "partner")},
        ),
        # "the countries": the two the sentence before names.
        (
            "Ghana and Togo declared an end to their war. "
            "The leaders said the countries would resume diplomatic ties.",
            "",
            {("Ghana", "Togo", "adversary"), ("Ghana", "Togo", "partner")},
        ),
        # "the two rivals": the question's two.
        (
            "In 1995 war broke out between the two rivals.",
            "Why did Ghana and Togo go to war?",
            {("Ghana", "Togo", "adversary")},
        ),
    ],
)
def test_nouns_read_as_the_named_party(answer: str, question: str, expected: set) -> None:
    assert expected <= rows(answer, question)


@pytest.mark.parametrize(
    ("answer", "unwanted"),
    [
        # Two states named before: which one's regime the text does not say.
        (
            "Ghana and Togo fought in 1990. The regime received support from France.",
            {("France", "Ghana", "ally"), ("France", "Togo", "ally")},
        ),
        # Two sides named before: which rebels the text does not say.
        (
            "The Sylvanian Liberation Front and the Freedonian People's Army were founded in "
            "1970. The rebels received support from Ghana.",
            {
                ("Ghana", "Sylvanian Liberation Front", "ally"),
                ("Ghana", "Freedonian People's Army", "ally"),
            },
        ),
    ],
)
def test_ambiguous_nouns_stay_unread(answer: str, unwanted: set) -> None:
    assert not unwanted & rows(answer)


def test_side_nouns_offsets_and_owners() -> None:
    mali = (0, 4, "Mali", "state", False)
    # The noun in the sentence's offsets, standing for the state named before it.
    text = "By 1989 the regime was losing support."
    assert side_nouns(text, 40, [mali], []) == [(12, 18, "Mali", "state")]
    # A state the sentence names before the noun (not as a place) is another party.
    text = "Ghana backed the government."
    ghana = (40, 45, "Ghana", "state", False)
    assert side_nouns(text, 40, [ghana], []) == []
    assert side_nouns("In Ghana, the government fell.", 40, [(43, 48, "Ghana", "state", False)], [])
    # A name before or after the noun says whose it is: no reference.
    assert side_nouns("Chadian government forces advanced.", 40, [mali], [], [(0, 7)]) == []
    assert side_nouns("The former colonial power Britain sent troops.", 40, [mali], []) == []
    # Nothing named before and no question: unread.
    assert side_nouns("The regime fell.", 0, [], []) == []
    # The question's one state.
    assert side_nouns("The regime fell.", 0, [], [mali]) == [(4, 10, "Mali", "state")]


def test_relations_in_reads_the_regime_from_the_question() -> None:
    answer = "The uprising began in 2011. The regime invaded Niger."
    assert relations_in(answer, "When did the Malian civil war start?") == [
        ("Mali", "Niger", "adversary", "The regime invaded Niger.")
    ]
    assert relations_in(answer, "") == []


def test_backoff_reads_side_nouns() -> None:
    # No rule reads the sentence; the backoff reader relates its two parties, one of them
    # "the government" of the one state the answer named before.
    from karabakh_nb.alliances._backoff import backoff_rows

    answer = (
        "A Marxist government ruled Mali from 1979. Most of the killing came under the "
        "military-led government, which was supported with military training, troops and "
        "money by France."
    )
    got = {(r["a"], r["b"], r["relation"]) for r in backoff_rows("x:1", answer, set())}
    assert got == {("Mali", "France", "ally")}
    # Named by the question when the answer names no state before it.
    answer = answer.replace("A Marxist government ruled Mali", "The uprising began")
    assert backoff_rows("x:1", answer, set()) == []
    got = {
        (r["a"], r["b"], r["relation"])
        for r in backoff_rows("x:1", answer, set(), "Who ruled Mali?")
    }
    assert got == {("Mali", "France", "ally")}


def test_backoff_support_from_names_a_supporter() -> None:
    # "support from Cuba": Cuba supports, it is no place where something happens.
    from karabakh_nb.alliances._backoff import backoff_rows

    answer = (
        "By 1989 the Sylvanian Liberation Front was losing military support from Cuba, and "
        "other movements had formed the Freedonian People's Army."
    )
    got = {(r["a"], r["b"], r["relation"]) for r in backoff_rows("x:1", answer, set())}
    assert got == {("Sylvanian Liberation Front", "Cuba", "ally")}
