"""Reading references in an alliance template: "it", "the alliance", "the two countries".

What belongs here: the pronouns and nouns that stand for a party the sentence, the one
before it or the question names (see the package docstring, "References"), and the side
nouns ("the regime", "the rebels") read as the state or side the answer names
(:mod:`karabakh_nb.rules.side_nouns`), each turned into tokens of the template before
the rule groups read it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..rules.side_nouns import Mention, side_nouns
from ._text import _any, _ids, _party_names, _Question, _Span, _spans, _Template, _Tok

_IT = re.compile(r"\bit\b(?!['’])")
# "the two countries", "both sides", "the two nuclear-armed superpowers" (one lower-case
# word may describe them).
_THE_TWO = re.compile(
    r"\b(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?)\s+(?:[a-z][\w-]*\s+)?(?:countries|states|nations|"
    r"neighbou?rs|republics|governments|rivals|sides|superpowers|powers|adversaries|"
    r"belligerents|enemies|foes)\b(?!\s+of\b)"
)
_THE_TWO_NOUNS = (
    "countries", "states", "nations", "neighbo", "republics", "governments", "rivals", "sides",
    "powers", "adversaries", "belligerents", "enemies", "foes",
)  # fmt: skip
# "the countries" standing alone ("the leaders said the countries would resume trade"):
# the two the sentence or the one before names, else the question's two.
_THE_COUNTRIES = re.compile(r"\b[Tt]he\s+countries\b(?!\s+(?:of|in|that|which|who|where)\b)")
# "the country" for a state (see :mod:`karabakh_nb.rules.referents`); not "the country of".
_THE_COUNTRY = re.compile(r"\b[Tt]he\s+country\b(?!\s+of\b)")
_THE_ORG_WORDS = ("the alliance", "the organi", "the bloc", "the union", "the group")
_THE_ORG = re.compile(
    r"\bthe\s+(?:alliance|organi[sz]ation|bloc|union|group)\b(?!\s*«)", re.IGNORECASE
)


# A sentence opening with "Its" / "Their" speaks of the party the sentence before opened
# with ("Chad is ... . Its main ally is France."): that sentence's first word is a name.
_OPENING_ITS = re.compile(r"^(?:Its|Their)\b")
# So does an opening "It" before a verb of relations ("X is a party ... . It fought
# against Y"); "It was", "It is" open a sentence about no one.
_OPENING_IT = re.compile(
    r"^(?:(?:Finally|Later|Then|Meanwhile|Subsequently|Afterwards|Eventually|Thereafter),\s+it|It)"
    r"(?=\s+(?:(?:also|later|then|soon|again|still|has|had|have|initially|first)\s+){0,2}"
    r"(?:fought|fights|invaded|attacked|occupied|maintains|maintained|established|signed|"
    r"joined|supported|backed|received|receives|declared|waged|sided|cooperates|cooperated|"
    r"broke|severed|allied|opposed)\b)"
)
_OPENING_NAME = re.compile(r"^(?:The\s+)?([A-Z])")
# "In Angola Freedonia fought ...", "In 1961, Freedonia fought ...": the name after an
# opening place or year is the sentence's subject.
_OPENING_FRAME = re.compile(r"^(?:In|During|From|By)\s+(?:\d{4}\s*,?\s+)?")
_AFTER_FRAME = re.compile(r",?\s+(?:the\s+)?")


def _resolve_references(
    tpl: _Template, question: _Question, previous: str, low: str, opener: str | None = None
) -> None:
    """Replace "it", "the alliance", "the two countries", "the country" by tokens.

    Each only when unambiguous; "the country" is the one state named before it in the
    sentence, else the question's one state, else the one of the sentence before. An
    opening "It" / "Its" is the party ``opener`` (the last sentence before that did not
    open with one of them; default ``previous``) opened with.
    """
    opener = previous if opener is None else opener

    def virtual(tok: _Tok) -> str:
        tpl.toks.append(tok)
        return f"«{len(tpl.toks) - 1}»"

    def before(end: int) -> list[_Tok]:
        return [tpl.toks[i] for i in _ids(tpl.tpl[:end])]

    def it(match: re.Match[str]) -> str:
        names = _party_names([t for t in before(match.start()) if not t.adjective])
        return virtual(_Tok(names[0], "state")) if len(names) == 1 else match.group(0)

    def org(match: re.Match[str]) -> str:
        names = {t.name for t in before(match.start()) if t.kind == "org"}
        return virtual(_Tok(names.pop(), "org")) if len(names) == 1 else match.group(0)

    def two(match: re.Match[str]) -> str:
        # "X invaded Y and the two countries fought ...": the two the sentence names
        # before it, else the question's two, else the sentence before's two.
        own = _party_names([t for t in before(match.start()) if not t.adjective])
        if len(own) == 2:
            return f"{virtual(_Tok(own[0], 'state'))} and {virtual(_Tok(own[1], 'state'))}"
        order = (None, question.toks) if match.group(0)[4:].startswith("countries") else None
        for context in order or (question.toks, None):
            if context is None:
                context = [tok for _, _, tok in _spans(previous, clean=False)]
            names = _party_names(context)
            if len(names) == 2:
                return f"{virtual(_Tok(names[0], 'state'))} and {virtual(_Tok(names[1], 'state'))}"
        return match.group(0)

    def states(toks: Iterable[_Tok]) -> list[str]:
        return list(dict.fromkeys(t.name for t in toks if t.kind == "state" and not t.adjective))

    def country(match: re.Match[str]) -> str:
        names = states(before(match.start()))
        if not names:
            names = states(question.toks)
            if len(names) != 1:
                names = states(tok for _, _, tok in _spans(previous, clean=False))
        return virtual(_Tok(names[0], "state")) if len(names) == 1 else match.group(0)

    def its(match: re.Match[str]) -> str:
        # "X is ... . Its main ally is Y" ("It fought Y"): the party the sentence before
        # opened with.
        spans = _spans(opener, clean=False)
        tok = _opening_party(opener, spans)
        if tok is None:
            return match.group(0)
        if not tok.is_party or tok.adjective:
            return match.group(0)
        return virtual(_Tok(tok.name, tok.kind, False, match.group(0) in ("Its", "Their")))

    if tpl.tpl.startswith(("Its ", "Their ")) and opener:
        tpl.tpl = _OPENING_ITS.sub(its, tpl.tpl, count=1)
    elif opener and _OPENING_IT.match(tpl.tpl):
        tpl.tpl = _OPENING_IT.sub(its, tpl.tpl, count=1)
    if " it " in tpl.tpl:
        tpl.tpl = _IT.sub(it, tpl.tpl)
    if _any(low, _THE_ORG_WORDS):
        tpl.tpl = _THE_ORG.sub(org, tpl.tpl)
    if ("two " in low or "both " in low) and _any(low, _THE_TWO_NOUNS):
        tpl.tpl = _THE_TWO.sub(two, tpl.tpl)
    if "the countries" in low:
        tpl.tpl = _THE_COUNTRIES.sub(two, tpl.tpl)
    if "the country" in low:
        tpl.tpl = _THE_COUNTRY.sub(country, tpl.tpl)


def _opening_party(previous: str, spans: list[_Span]) -> _Tok | None:
    """The party a sentence opens with: its first word, or the name after a frame.

    "Freedonia fought ..." and "The Freedonian army ..." open with Freedonia; so does
    "In Sylvania Freedonia fought ..." (a place, then the subject) and "In 1961, Freedonia
    ...".
    """
    if not spans:
        return None
    opening = _OPENING_NAME.match(previous)
    if opening is not None and spans[0][0] == opening.start(1):
        return spans[0][2]
    frame = _OPENING_FRAME.match(previous)
    if frame is None:
        return None
    if spans[0][0] != frame.end():
        return None
    if any(ch.isdigit() for ch in frame.group(0)):
        return spans[0][2]  # "In 1961, Freedonia ..."
    if spans[0][2].adjective or len(spans) < 2:
        return None
    gap = _AFTER_FRAME.fullmatch(previous, spans[0][1], spans[1][0])
    return spans[1][2] if gap is not None else None


def _mentions(toks: Iterable[_Span]) -> list[Mention]:
    return [(a, b, tok.name, tok.kind, tok.adjective) for a, b, tok in toks if tok.is_party]


def _side_nouns(
    text: str, sent_start: int, entities: list[_Span], question: _Question
) -> list[_Span]:
    """The spans (answer offsets) of the side nouns of a sentence ("the regime")."""
    end = sent_start + len(text)
    before = _mentions(span for span in entities if span[1] <= end)
    taken = [(a - sent_start, b - sent_start) for a, b, _ in entities if sent_start <= a < end]
    asked = _mentions((a, b, tok) for a, b, tok in _spans(question.text, clean=False))
    return [
        (sent_start + a, sent_start + b, _Tok(name, kind))
        for a, b, name, kind in side_nouns(text, sent_start, before, asked, taken)
    ]
