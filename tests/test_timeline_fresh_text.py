"""Invented sentences of forms unseen text brought: calendar asides, "when" clauses inside a
span, adjective years that anchor a day said without a year, infobox periods, page stamps."""

import pytest

from tests.test_timeline import _dated


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        # an Old Style date in brackets is an aside: one row, the date outside them
        (
            "On March 3 [O.S. February 19] 1861 Freedonia and Sylvania signed a treaty.",
            [("1861-03-03", None)],
        ),
        # a one-digit end year
        ("The Freedonian War of 1827-8 started slowly.", [("1827", "1828")]),
        # a "when" clause between a span's start and its end
        (
            "Abuses in Sylvania began in 1975, when the Freedonian army invaded the island, "
            "and went on until Sylvanian independence in 1999.",
            [("1975", "1999")],
        ),
        # an adjective year of a happening anchors a day without a year after it
        (
            "I first wrote about the 1948 Marsovia Massacre in Sylvania. "
            "The patrol raided the camp on 11th December.",
            [("1948", None), ("1948-12-11", None)],
        ),
        # ... a cited agreement's year does not: the day needs the publication date
        (
            "Sylvania is a guarantor of the 1942 Marsovia Protocol. "
            "When fighting broke out in January, the guarantors worked to broker peace.",
            [("1942", None)],
        ),
        # an infobox's periods of a side's support and of a figure are no events
        (
            "Belligerents Freedonia Supported by: Sylvania (until 1931) Marsovia (1925–1931) "
            "Commanders and leaders Rufus Firefly",
            [],
        ),
        ("Casualties and losses 3,000 killed (1925–1926) 1,200 wounded", []),
        # a singular noun after "A 1998" makes the year an adjective: the vote is an event
        (
            "A 1998 vote on the future of Sylvania gave a majority for independence.",
            [("1998", None)],
        ),
        # a page's stamp with a time of day and a weekday
        (
            "Page last updated at 09:14 GMT, Friday, 4 March 2011 10:14 UK Sylvania's long link "
            "to the rebels goes back to 1972, when its leader first praised them.",
            [("1972", None)],
        ),
        # a past relative clause after a plan tells what happened; a modal one does not
        (
            "The ministers are expected to meet before Mr Firefly goes back to Marsovia, "
            "which he fled when fighting broke out in July 2016.",
            [("2016-07", None)],
        ),
        ("Elections are expected in Sylvania, which will vote in 2026.", []),
    ],
)
def test_forms_of_unseen_text(answer, expected):
    assert _dated(answer) == expected
