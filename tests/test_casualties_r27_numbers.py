"""Round 27: a plain space groups no thousands in a text that groups them by commas.

Invented figures; the last cases are texts where a space still groups thousands.
"""

from __future__ import annotations

import pytest

from karabakh_nb.numbers import find_numbers
from tests.casualty_support import rows


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # commas group the thousands here, so "61 272" is two figures
        ("Total: 61 272 dead 1,151 wounded", [61, 272, 1151]),
        ("12 dead 38 wounded Total: 50 1,234 dead", [12, 38, 50, 1234]),
        # no comma-grouped figure: the space groups ("over 16 000 bodies")
        ("over 16 000 bodies, some 2100 left", [16000, 2100]),
        ("Total: 61 272 dead 1151 wounded", [61272, 1151]),
        # a group opening on 0 is never a figure of its own: still grouped
        ("16 000 and 1,200", [16000, 1200]),
        # a thin space always groups
        ("16\u202f000 and 1,200", [16000, 1200]),
    ],
)
def test_space_groups(text, values):
    assert [m.value for m in find_numbers(text)] == values


def test_infobox_total_beside_a_figure():
    got = rows("Casualties and losses 12 dead 38 wounded Total: 50 271 dead 1,161 wounded")
    assert ("unspecified", "unspecified", 271, "exact") in got
    assert all(r[2] != 50271 for r in got)
