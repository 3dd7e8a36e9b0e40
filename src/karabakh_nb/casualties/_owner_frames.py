"""Whose losses a frame around a figure names, when its noun phrase names no one.

:func:`_frame_owner` reads a toll "of" a party before a figure ("The losses of X were 4,000
killed", "The losses of the X army were ...": a force's, soldiers): the frame names one
party, and no other party is named between it and the figure. :func:`_cost_owner`
reads "X's campaign cost the country 150 lives": the country is the possessor that opens
the sentence. :func:`_loss_sides` lists the parties a sentence names as owners of losses.
:func:`_clause_reporter` reads the government that reports a figure in a clause of its own
("X said 1,000 were killed, while the Y government cites 45,000": Y's).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..entities import Entity, find_entities
from ..lexicon import read_words
from ._patterns import _PARTY_KINDS
from ._sources import _government, _origin, _parties

if TYPE_CHECKING:
    from ._figures import _Figure

_TOLL = r"(?:losses|casualties|deaths|dead|death\s+toll|toll|fatalities)"
# "The losses of the X army were 4,000 killed": a toll of a party, then its verb.
_LOSSES_OF = re.compile(
    rf"\b{_TOLL}\s+of\s+(?:the\s+)?(?P<np>[^,;:()\d]{{1,40}}?)\s+(?:were|was|are|is|numbered"
    r"|totall?ed|amounted|stood|reached|came|rose)\b",
    re.IGNORECASE,
)
_WINDOW = 120
# "the casualties of the X garrison came to 6 killed": a body of soldiers' losses
_UNITS = "|".join(re.escape(w) for w in sorted(read_words("unit_nouns"), key=len, reverse=True))
_FORCE = re.compile(
    r"\b(?:army|navy|air\s+force|forces|military|marines|militia|troops|soldiers|servicemen"
    rf"|{_UNITS})\b",
    re.IGNORECASE,
)


def _frame_owner(text: str, fig: _Figure) -> tuple[list[str], bool] | None:
    """The one party a frame before the figure names (see the module docstring).

    Else the country a cost fell on (:func:`_cost_owner`). True with a party of soldiers:
    "the losses of the X army" are a force's. None when no frame names one.
    """
    start = fig.number.start
    window = max(0, start - _WINDOW)
    frame = next(reversed(list(_LOSSES_OF.finditer(text, window, start))), None)
    if frame is not None and frame.end() <= start and ";" not in text[frame.end() : start]:
        parties = _parties(find_entities(frame.group("np")))
        if len(parties) == 1 and not _parties(find_entities(text[frame.end() : start])):
            return parties, bool(_FORCE.search(frame.group("np")))
    cost = _cost_owner(text, fig)
    return (cost, False) if cost else None


# "X's expedition cost the country 150 lives": the country a cost fell on, before the figure.
_COST_COUNTRY = re.compile(
    r"\bcost\s+the\s+(?:country|nation|state|kingdom|republic)\b(?P<rest>[^.;]{0,60})$",
    re.IGNORECASE,
)
_SENTENCE_OPENING = re.compile(r"\s*(?:(?:the|The|THE)\s+)?")


def _cost_owner(text: str, fig: _Figure) -> list[str]:
    """The possessor opening the sentence of "X's war cost the country N lives"."""
    start = fig.number.start
    cost = _COST_COUNTRY.search(text, max(0, start - 100), start)
    if cost is None:
        return []
    named = [e for e in find_entities(text[: cost.start()]) if e.kind != "org"]
    first = named[0] if named else None
    if (
        first is None
        or not first.possessive
        or not _SENTENCE_OPENING.fullmatch(text, 0, first.start)
        or _parties(find_entities(cost.group("rest")))
    ):
        return []
    return _parties([first])


_COMMENTATORS = read_words("commentator_nouns")
_NEXT_WORD = re.compile(r"\s+(?P<word>[a-z]+)\b")


def _loss_sides(text: str, named: list[Entity]) -> list[tuple[int, str]]:
    """``(end, party)`` of each party named in ``text``, but a commentator's demonym.

    "as X writer Y described them, the war took the lives of 100,000 of their citizens":
    a writer's people own no losses.
    """
    out = []
    for e in named:
        if e.kind not in _PARTY_KINDS:
            continue
        word = _NEXT_WORD.match(text, e.end) if e.adjective else None
        if word is None or word.group("word") not in _COMMENTATORS:
            out.append((e.end, e.party))
    return out


# "..., while the Y government cites an estimate of 45,000": a clause's own reporter.
_CLAUSE_REPORTER = re.compile(
    r"(?:[,;]\s+(?:(?:while|whereas|but)\s+)?|\b(?:while|whereas|but)\s+)(?P<src>[^,;]{3,60}?)\s+(?:has\s+|have\s+)?"
    r"(?:said|says|reported|reports|cites|cited|estimated|estimates|claimed|claims|puts|put"
    r"|gives|gave|announced|announces|stated|states|counted|counts)\b[^,;]{0,40}$"
)

# "..., while X officials estimated it at 350,000": the toll spoken of before, not theirs.
_RESTATED = re.compile(r"\b(?:it|them|the\s+(?:figure|toll|number|total))\s+at\s+$")
_TIME_WORDS = re.compile(r"\b(?:current|then|new|later|present|interim|provisional)\b")


def _clause_reporter(text: str, begin: int, fig: _Figure) -> list[str]:
    """The state whose government reports the figure in a clause opened after ``begin``.

    Only a government's ("the Y government", "Y officials"), and only when no other party
    is named in that clause: then, as a sentence's reporter, it gives its own losses.
    """
    start = fig.number.start
    found = _CLAUSE_REPORTER.search(text, max(begin, start - 120), start)
    if found is None or _RESTATED.search(found.group(0)):
        return []
    name = _TIME_WORDS.sub(" ", found.group("src"))  # "the current Y government"
    states = [e for e in find_entities(name) if e.kind == "state"]
    if len({e.party for e in states}) != 1 or not _government(name, states):
        return []
    end = re.compile(r"[,;.]|\bwhile\b|$").search(text, fig.np_end)
    clause = text[found.start() : end.start() if end is not None else len(text)]
    return _parties(states) if len(_parties(find_entities(clause))) == 1 else []


# "a million European settlers fled X", "migrant workers left X": people the noun names
# as of no party, not the state they left.
_ALIENS = re.compile(
    r"\b(?:[A-Z][a-z]+(?:an|ese|ish|i|ch|ic)|foreign|foreigners|migrants?|expatriates?|guest)\b"
    r"(?!\s+(?:of|from)\b)"
)


def _home_of(text: str, fig: _Figure) -> str | None:
    """Whose displaced people are: where they come from (:func:`_origin`), if nothing says else.

    A noun phrase naming people of no party ("European settlers", "foreign workers")
    says they are not the people of the state they left.
    """
    if _ALIENS.search(f"{fig.mods} {fig.head or ''}"):
        return None
    return _origin(text, fig)


# "... died in the wars between X and rival Y groups": fighting of two parties.
_BETWEEN_TWO = re.compile(r"\bbetween\s+(?P<two>[^,;.()]{3,80}?\s+and\s+[^,;.()]{2,60})")


def _fought(text: str) -> bool:
    """True when the sentence names fighting between two parties: its dead are of either."""
    return any(
        len(_parties(find_entities(m.group("two")))) >= 2 for m in _BETWEEN_TWO.finditer(text)
    )
