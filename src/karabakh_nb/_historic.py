"""States of ISO 3166-3 (pycountry's former countries) as lexicon names.

What belongs here: turning pycountry's names of withdrawn countries into name forms for
:mod:`karabakh_nb.entities`, which adds them after its own tables (so a curated line of
``lexicon/former_states.txt`` always wins).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import pycountry

__all__ = ["historic_names"]


def historic_names(
    known: Mapping[str, tuple[str, str, bool, str]], key: Callable[[str], str]
) -> dict[str, str]:
    """Each name form of an ISO 3166-3 country -> its canonical name.

    "Zaire, Republic of" gives "Zaire" and "Republic of Zaire"; a form the table ``known``
    (form key -> entry whose first item is the name) already has lends its name to the
    others ("Zaire" is DR Congo, so "Republic of Zaire" is too). A name with a bracketed
    note is left to former_states.txt, and so is one that reads as a list of known states
    ("Serbia and Montenegro" in a sentence is two states).

    Example:
        >>> names = historic_names({}, str)
        >>> names["Republic of Upper Volta"]
        'Upper Volta'
    """
    names: dict[str, str] = {}
    for country in pycountry.historic_countries:
        head, _, tail = (part.strip() for part in country.name.partition(","))
        if "(" in head:
            continue
        forms = [head]
        if tail.endswith(" of") and not any(c in tail for c in ",()"):
            forms.append(f"{tail} {head}")
        first, _, second = head.partition(" and ")
        if second and key(first) in known and key(second) in known:
            continue
        hits = [known[key(form)][0] for form in forms if key(form) in known]
        for form in forms:
            names[form] = hits[0] if hits else head
    return names
