"""Names the backoff reader (:mod:`karabakh_nb.alliances._backoff`) does not take as parties.

What belongs here: the tests of one name of a sentence that say it is no party of the
relation the sentence states, and of two names that say the sentence relates neither to
the other. A name is no party when it

- names a war as its frame ("a turning point in the Sylvanian war", "the first shots of
  the Freedonian conflict"): the war's own name, not who fought it;
- names a people, not a state ("ethnic Sylvanians", "the poor Sylvanian population",
  "Freedonian individuals volunteered", "Sylvanian Christians");
- leads the side or organisation glued after it ("the Sylvanian-led Freedonia Force"):
  that one acts;
- is said not to act ("conducted by militants and not the Sylvanian army", "rather than
  Freedonia");
- owns a document or a place of an organisation ("violations of UN mandates", "attacks on
  UN safe areas"): the organisation is no party;
- says whose a place is after a place word ("relocated in Freedonian camps", "into the
  former Sylvanian republics", "in a Freedonian dance hall");
- renames the place before it ("the state of Sylvania, today Freedonia");
- names the power of a period ("during the Freedonian mandate");
- owns the name right after it ("Sylvania's National Council": the council acts);
- is whose figures are quoted ("according to the latest figures released by the UN",
  "according to the UN refugee agency, the UNHCR, ...") or who tells the sentence at
  its end ("..., the UN said today.").

Two names of one list ("Both Freedonia and Sylvania supplied weapons to the rebels") act
together: they are related only by a word of a mutual relation ("allies", "fought",
"clashed"). Two names that no clause holds together with a word of the relation ("Freedonia held
the north, while Sylvania's forces grew during the fighting") are related by no clause.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from ..lexicon import read_words

__all__ = ["apart", "co_agents", "no_party", "support_from"]

# A demonym naming a language: "known in Spanish as", "(Arabic: ...", "French: ...".
_LANGUAGE_BEFORE = re.compile(r"\bin\s+$")
_LANGUAGE_AFTER = re.compile(r"\s*:(?!\d)|\s+as\b")


def _is_language(text: str, start: int, end: int) -> bool:
    after = _LANGUAGE_AFTER.match(text, end)
    if not after:
        return False
    return after.group(0).lstrip().startswith(":") or bool(
        _LANGUAGE_BEFORE.search(text, max(0, start - 4), start)
    )


_ANTI = re.compile(r"\b[Aa]nti[-‐–]$")


_FRAME_BEFORE = re.compile(
    r"\b(?:in|during|of|after|before|since|throughout|from)\s+the\s+(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_WAR_AFTER = re.compile(
    r"\s+(?:civil\s+)?(?:war|conflict)\b(?!\s+(?:against|on|with|between)\b)", re.IGNORECASE
)
_ETHNIC = re.compile(r"\bethnic\s+$", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(
    r"\s+(?:"
    + "|".join(sorted(read_words("people_nouns"), key=len, reverse=True))
    + r")\b(?!['’])",
    re.IGNORECASE,
)
_LED_GLUE = re.compile(r"[-‐–]led\s+(?:the\s+)?$", re.IGNORECASE)
_NOT_ACTING = re.compile(
    r"\b(?:(?:and|but|or)\s+not|not\s+by|rather\s+than|instead\s+of)\s+(?:by\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_ORG_THING_AFTER = re.compile(
    r"\s+(?:mandates?|resolutions?|charter|safe\s+(?:areas?|havens?|zones?))\b", re.IGNORECASE
)
# "some Freedonian Christians": believers of a faith are a people, not their state.
_BELIEVERS_AFTER = re.compile(
    r"\s+(?:Christians|Catholics|Protestants|Muslims|Jews|Buddhists|Hindus|Sikhs|converts)\b"
)
_IN_PLACE = re.compile(
    r"\b(?:in|into|within|from|to|across|throughout|of)\s+(?:(?:the|an?)\s+)?"
    r"(?:(?:former|northern|southern|eastern|western|central|remote|rural|surrounding"
    r"|disputed|neighbou?ring)\s+)?$",
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(
    r"[-\s]+(?:[\w-]+\s+)?(?:camps?|hinterland|territor(?:y|ies)|republics?|cities|city|towns?"
    r"|villages?|regions?|provinces?|soil|lands?|countryside|studios?|halls?|streets?)\b",
    re.IGNORECASE,
)
_IN_AN = re.compile(r"\b(?:in|at|from|into)\s+an?\s+$", re.IGNORECASE)
_RENAMED = re.compile(
    r",\s+(?:today|now|present-day|modern-day|later|formerly)\s+(?:(?:called|known\s+as)\s+)?$",
    re.IGNORECASE,
)
_PERIOD_BEFORE = re.compile(
    r"\b(?:during|after|before|since|until|throughout)\s+the\s+$", re.IGNORECASE
)
_PERIOD_AFTER = re.compile(r"\s+(?:mandate|rule|era|period|colonial\s+period)\b", re.IGNORECASE)
_QUOTED = re.compile(
    r"\b[Aa]ccording\s+to\s+[^,;.«»]{0,50}?\b(?:by|from|of)\s+(?:the\s+)?$", re.IGNORECASE
)
_QUOTED_APPOSITION = re.compile(r"\b[Aa]ccording\s+to\s+[^,;.«»]{1,50},\s+(?:the\s+)?$")
# "..., the United Nations said today.": who tells it, after a comma at the sentence's end.
_SAYS_BEFORE = re.compile(r",\s+(?:the\s+)?$")
_SAYS_AFTER = re.compile(
    r"\s+(?:said|says|reported|reports|announced|stated)(?:\s+(?:today|yesterday|on\s+\w+"
    r"|in\s+a\s+(?:statement|report)))?\s*[.!]?\s*$"
)


_SUPPORT_FROM = re.compile(r"\b(?:support|backing|aid|assistance)\s+from\s+(?:the\s+)?$", re.I)


def support_from(text: str, where: int, entity: Any) -> bool:
    """True when a name is whose support it is ("losing military support from Cuba")."""
    return _SUPPORT_FROM.search(text, where, entity.start) is not None


def no_party(text: str, entities: list[Any], k: int) -> bool:
    """True when entity ``k`` of a sentence is no party of its relation (module docstring)."""
    entity = entities[k]
    start, end = entity.start, entity.end
    before = max(0, start - 40)
    if entity.adjective:
        glued = start > 0 and text[start - 1] in "-–"
        if not glued and _WAR_AFTER.match(text, end) and _FRAME_BEFORE.search(text, before, start):
            return True
        if _ETHNIC.search(text, before, start) or _PEOPLE_AFTER.match(text, end):
            return True
        if _BELIEVERS_AFTER.match(text, end):
            return True
        led = k + 1 < len(entities) and entities[k + 1].kind in ("side", "org")
        if led and _LED_GLUE.fullmatch(text, end, entities[k + 1].start):
            return True
        if _PLACE_AFTER.match(text, end) and _IN_PLACE.search(text, before, start):
            return True
        if _PERIOD_AFTER.match(text, end) and _PERIOD_BEFORE.search(text, before, start):
            return True
    elif entity.possessive and k + 1 < len(entities):
        nxt = entities[k + 1]
        if nxt.kind in ("side", "org") and not text[end : nxt.start].strip("'’s "):
            return True
    if _IN_AN.search(text, before, start) or _RENAMED.search(text, before, start):
        return True
    if _NOT_ACTING.search(text, before, start):
        return True
    if entity.kind == "org" and _ORG_THING_AFTER.match(text, end):
        return True
    if _QUOTED.search(text, max(0, start - 90), start):
        return True
    if _SAYS_AFTER.match(text, end) and _SAYS_BEFORE.search(text, before, start):
        return True
    # "according to the UN refugee agency, the UNHCR, ...": the quoted one's apposition
    quoted = _QUOTED_APPOSITION.search(text, max(0, start - 90), start)
    return bool(quoted and k and entities[k - 1].start > quoted.start())


_MUTUAL = re.compile(
    # "Both A and B have had civil wars": each its own war, no war between them
    r"\b(?:all(?:y|ies)|alliance|allied|together|alongside|(?<!civil\s)wars?|fought|fight(?:ing|s)?"
    r"|conflict|clash(?:ed|es)?|hostilities|rival(?:s|ry)?|enem(?:y|ies)|adversar(?:y|ies)"
    r"|between|each\s+other|one\s+another"
    # friendly relations are mutual: "A and B normalized ties"
    r"|relations|ties|friendship|cooperat\w*|rapprochement|normali[sz]\w*|partners?"
    r"|partnership)\b"
)
# "A and (the) (Imperial) B": one capitalised word may describe the second.
_LIST_OF_TWO = re.compile(r"\s*(?:,\s*)?(?:and|as\s+well\s+as)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?")


# A subject's verb just after it: "Sylvanian forces had captured", "Freedonian advisers started".
_OWN_VERB = re.compile(
    r"(?:\s+(?!(?:and|or|but|who|which|that|whose)\b)[a-z][\w-]*){0,2}?"
    r"\s+(?:(?:had|has|have|also|then|later)\s+)?[a-z]+ed\b"
)
_NEXT_CLAUSE = re.compile(r"(?:,|\band)\s+(?:the\s+)?$")


def co_agents(text: str, found: list[tuple[str, int, int]], low: str) -> bool:
    """True when a sentence's two names act side by side, and no word is of a mutual relation.

    Side by side: one list ("A and B supplied ..."), or each the subject of its own verb, the
    second after a comma or "and" ("A forces crossed the river and B forces attacked").
    ``found`` are the two names' mentions, ``low`` the sentence's masked cue text.
    """
    names = list(dict.fromkeys(name for name, _, _ in found))
    if len(names) != 2 or len(found) != 2:
        return False
    (_, _, first_end), (_, second, second_end) = found
    listed = _LIST_OF_TWO.fullmatch(text, first_end, second)
    subjects = (
        _OWN_VERB.match(text, first_end)
        and _OWN_VERB.match(text, second_end)
        and _NEXT_CLAUSE.search(text, max(0, second - 8), second)
    )
    return bool(listed or subjects) and not _MUTUAL.search(low)


_CLAUSE_END = re.compile(r";|,?\s+(?:while|whereas|but|although|though)\s+")


def apart(text: str, found: list[tuple[str, int, int]], cue: re.Pattern[str]) -> bool:
    """True when no clause of the sentence names both of its two names and a ``cue`` word."""
    bounds = [0, *(m.start() for m in _CLAUSE_END.finditer(text)), len(text)]
    if len(bounds) == 2:
        return False
    for lo, hi in pairwise(bounds):
        inside = {name for name, start, _ in found if lo <= start < hi}
        if len(inside) >= 2 and cue.search(text[lo:hi].lower()):
            return False
    return True
