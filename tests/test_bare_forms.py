"""A bare short form is the neighbour the answer is about ("Congo" for the DRC).

Invented sentences about real states: the rule is general (``lexicon/bare_forms.txt``).
"""

from __future__ import annotations

import pytest

from karabakh_nb.annotate import annotate


def names(answer: str) -> list[str]:
    return [e.name for s in annotate(answer).sentences for e in s.entities]


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # the answer names the DRC by a form of its own: bare "Congo" is the DRC
        ("Kinshasa sent envoys. Uganda and Congo signed a truce.",
         ["DR Congo", "Uganda", "DR Congo"]),
        ("Congo's army retreated as Congolese troops advanced.", ["DR Congo", "DR Congo"]),
        # no other form, or the Republic of the Congo in full: "Congo" stays as pycountry has it
        ("Uganda and Congo signed a truce.", ["Uganda", "Republic of the Congo"]),
        ("Congo-Brazzaville and the DRC met. Congo hosted the talks.",
         ["Republic of the Congo", "DR Congo", "Republic of the Congo"]),
    ],
)  # fmt: skip
def test_a_bare_congo_is_the_state_the_answer_names(answer, expected):
    assert names(answer) == expected


def test_the_renamed_state_is_the_party_of_a_relation():
    import pandas as pd

    from karabakh_nb.alliances import extract_alliances

    answer = "The DRC accused Kigali. Angola backed Congo against Rwanda."
    qa = pd.DataFrame({"id": ["t:1"], "question": ["Who backed whom?"], "answer": [answer]})
    table = extract_alliances(qa)
    rows = set(zip(table["a"], table["b"], table["relation"], strict=True))
    assert ("Angola", "DR Congo", "ally") in rows
    assert not any("Republic of the Congo" in row for row in rows)
