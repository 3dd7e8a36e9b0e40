"""Finding a sentence's casualty figures and resolving what each one counts.

This module holds :class:`_Figure` and the steps that read figures from one sentence:
the numbers that count people and their noun phrases (:func:`_figures`,
:func:`_noun_phrase`), the casualty word before or after each figure, shared across
coordinated figures and parts of an earlier figure (:func:`_resolve_cues`), the
qualifier distributed over coordinated figures (:func:`_qualifiers`) and the category
a casualty word and noun give (:func:`_category`). Whose figures they are is
``_sources``' job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..entities import Entity, find_entities
from ..numbers import NumberMention, find_numbers
from ._patterns import (
    _AMONG,
    _BACK_BEFORE,
    _BACK_MODS,
    _BARE,
    _BARE_LEAD,
    _CIVILIAN,
    _CIVILIAN_MOD,
    _CLOSE,
    _COORDINATION,
    _FORCE_LOST,
    _LOOKBACK,
    _LOST_BEFORE,
    _MILITARY,
    _MILITARY_MOD,
    _NOT_A_COUNT,
    _NOT_LISTED,
    _NP,
    _NP_DEMONYM,
    _NUMBER_OF,
    _OF_PARTY,
    _OF_THEM,
    _OPENER,
    _OPENER_FIGURE,
    _OWN_VERB,
    _PARENTHESIS,
    _PART_OPENER,
    _PART_WERE,
    _PARTY_KINDS,
    _PEOPLE_ASIDE,
    _PLACE_AT,
    _POST,
    _PRE,
    _PUT_AT,
    _REPORT_TAIL,
    _SIDE_PP,
    _SUBSET,
    _TAIL,
    _TOLL,
    _TOLL_LOOKBACK,
    _WHERE,
)
from ._sources import _parties


@dataclass
class _Figure:
    number: NumberMention
    np_end: int
    cue: str | None
    head: str | None
    mods: str
    possessive: bool
    parties: list[str]
    post: str | None = None
    post_span: tuple[int, int] | None = None  # the casualty verb after the figure
    pre: str | None = None
    subset_of: int | None = None  # index of the figure this one is part of
    military: bool = False  # a force's losses ("the army lost 23 men")
    shares: int | None = None  # index of the figure whose predicate this one shares
    # People an earlier figure counted ("an additional 337 soldiers", "5,300 of them"):
    # with no party of their own, they are that figure's, even in an earlier sentence.
    anaphoric: bool = False
    part_after: bool = False  # "89 of whom were children": part of the figure before
    part_before: bool = False  # "Of these, 1979 were officers": part of an earlier sentence's


_RANGE_ENDS = frozenset({("at_least", "at_most"), ("approx", "at_most")})


def _cue_of(match: re.Match[str]) -> str:
    groups = match.groupdict()
    return next(k for k in ("killed", "missing", "wounded", "displaced") if groups.get(k))


def _noun_cue(head: str | None, mods: str) -> str | None:
    """The casualty a figure's own noun phrase names ("deaths", "wounded soldiers")."""
    words = f"{mods} {head or ''}".lower()
    if re.search(r"\bmissing\b", words):
        return "missing"
    if re.search(r"\b(?:wounded|injured|injuries)\b", words):
        return "wounded"
    if re.search(r"\b(?:displaced|uprooted|refugees?|idps?|evacuees)\b", words):
        return "displaced"
    if re.search(r"\b(?:dead|killed|deaths?|fatalit(?:y|ies)|casualt(?:y|ies)|victims?|lives)\b",
                 words):  # fmt: skip
        return "killed"
    return None


def _noun_phrase(text: str, at: int) -> re.Match[str] | None:
    """The noun phrase of people counted by the number ending at ``at``, if any."""
    match = _NP.match(text, at)
    if match is None:
        match = _NP_DEMONYM.match(text, at)
        if match is not None:
            head_entities = find_entities(match.group("head"))
            if not (len(head_entities) == 1 and head_entities[0].adjective
                    and head_entities[0].kind in _PARTY_KINDS):  # fmt: skip
                match = None
    return match


def _figures(text: str, numbers: list[NumberMention] | None = None) -> list[_Figure]:
    """The numbers of a sentence that count people, with their noun phrases."""
    out: list[_Figure] = []
    if numbers is None:  # the annotation pass gives them; a bare sentence is read here
        numbers = find_numbers(text)
    for index, number in enumerate(numbers):
        if number.is_percent or number.compound:
            continue
        if _NOT_A_COUNT.search(text, max(0, number.start - 60), number.start):
            continue  # "one in every eight", "a quarter of its 48 million people"
        # The low end of a range counts what its high end counts ("3,000–10,000 soldiers").
        high = numbers[index + 1] if index + 1 < len(numbers) else None
        ranged = high is not None and (number.qualifier, high.qualifier) in _RANGE_ENDS
        match = _noun_phrase(text, number.end)
        if match is None and ranged and high is not None:
            match = _noun_phrase(text, high.end)
        part_np = False
        # "Of these, 1979 were officers", "Of the 49,985 wounded, 7132 were officers".
        opener = _OPENER.search(text, max(0, number.start - 120), number.start)
        if (
            match is None
            and (were := _PART_WERE.match(text, number.end)) is not None
            and (opener or _PART_OPENER.search(text, max(0, number.start - 20), number.start))
        ):
            match = _noun_phrase(text, were.end())  # "of whom 8,676 were Albanians"
            part_np = match is not None
        if (
            match is None
            and not number.maybe_year
            and text[max(0, number.start - 4) : number.start].rstrip().lower().endswith(" to")
            and (number_of := _NUMBER_OF.match(text, number.end))
        ):
            match = _noun_phrase(text, number_of.end())  # "brings to 72 the number of X killed"
            part_np = match is not None
        of_them = _OF_THEM.match(text, number.end) if match is None else None
        part_after = False
        if of_them is not None:
            # "89 of whom were children", "41 of them civilians"
            were = _PART_WERE.match(text, of_them.end())
            match = _noun_phrase(text, were.end() if were else of_them.end())
            part_np = part_after = match is not None
        back = bool(
            _BACK_BEFORE.search(text, max(0, number.start - 20), number.start)
            or _OPENER_FIGURE.match(text, 0, number.start)
            or (match is not None and _BACK_MODS.search(match.group("mods")))
        )
        among = None
        if match is not None and _noun_cue(match.group("head"), "") == "killed":
            # "fatalities among Russian army troops": the people after "among" are counted.
            after = _AMONG.match(text, match.end())
            among = _NP.match(text, after.end() - 1) if after is not None else None
        if match is not None:
            mods, head = match.group("mods"), match.group("head")
            det = (match.group("det") or "").lower()
            np_text = text[match.start("mods") : match.end()]
            cue = _noun_cue(head, mods)
            if among is not None:
                mods, head = among.group("mods"), among.group("head")
                np_text = text[match.start("mods") : among.end()]
            out.append(
                _Figure(
                    number=number,
                    np_end=number.end
                    if match.start() > number.end and not part_np
                    else match.end(),
                    cue=cue,
                    head=head,
                    mods=mods,
                    possessive=det in {"its", "their", "his", "her", "our"},
                    parties=_head_first(find_entities(np_text), head) if np_text.strip() else [],
                )
            )
            if not out[-1].parties and (
                aside := _PEOPLE_ASIDE.match(text, match.end()) or _SIDE_PP.match(text, match.end())
            ):
                out[-1].parties = _parties(find_entities(aside.group("np")))
            if not out[-1].parties and (of := _OF_PARTY.match(text, match.end())):
                # "55 were militants of Hezbollah", "soldiers of the Estonian army"
                found = find_entities(text[of.end() : of.end() + 80])
                if found and found[0].start == 0 and found[0].kind in ("state", "side", "people"):
                    out[-1].parties = [found[0].party]
            _refer_back(out, text, opener, back, part_after, part_np)
            continue
        low = numbers[index - 1] if index else None
        if (
            low is not None
            and out
            and out[-1].number is low
            and out[-1].head is None
            and (low.qualifier, number.qualifier) in _RANGE_ENDS
            and text[low.end : number.start].strip().lower() in {"–", "—", "-", "to", "and"}
        ):
            # The high end of a range read from its low end ("deaths was 3,000–10,000").
            first = out[-1]
            out.append(_Figure(number, number.end, first.cue, None, first.mods, False,
                               list(first.parties)))  # fmt: skip
            continue
        put = _PUT_AT.search(text, max(0, number.start - _LOOKBACK), number.start)
        if put:  # "put the dead at 1854": a count, whatever it looks like
            # "estimated civilian fatalities at about 3,500": of that kind and whose.
            phrase = put.group(0)
            where = [e for e in find_entities(phrase) if not _WHERE.search(phrase, 0, e.start)]
            out.append(_Figure(number, number.end, _cue_of(put), None, phrase, False,
                               _parties(where)))  # fmt: skip
            continue
        if number.maybe_year and number.qualifier not in ("at_least", "at_most"):
            continue  # "more than 1300 were injured" is a count; a bare "1300" may be a year
        bare = _BARE.match(text, number.end)
        if bare is None and ranged and high is not None and not high.maybe_year:
            bare = _BARE.match(text, high.end)  # "another 150,000-300,000 fled"
        if bare is None and of_them is not None and _BARE.match(text, of_them.end()):
            # "5,300 of them were killed": the people counted before.
            out.append(_Figure(number, of_them.end(), None, None, "", False, [], anaphoric=True))
            continue
        if bare is not None:
            lead = _BARE_LEAD.match(text, bare.start())  # "six more were injured"
            out.append(_Figure(number, lead.end() if lead else number.end, None, None, "",
                               False, []))  # fmt: skip
            _refer_back(out, text, opener, back, False, False)
            continue
        toll = _toll_before(text, 0, number.start)
        if toll:
            # The toll phrase says whose and what kind ("the number of Russian military deaths").
            phrase = toll.group(0)
            # "the number of IDF deaths in Gaza": a place after "in" is where, not whose.
            parties = _parties(
                [e for e in find_entities(phrase) if not _WHERE.search(phrase, 0, e.start)]
            )
            cue = "killed" if toll.group("deaths") else _cue_of(toll)
            out.append(_Figure(number, number.end, cue, None, phrase, False, parties))
            continue
        # "displaced one million": an unambiguous casualty verb right before a bare number.
        pre = _PRE.search(text, max(0, number.start - _LOOKBACK), number.start)
        if pre is not None and not pre.group("lost"):
            out.append(_Figure(number, number.end, _cue_of(pre), None, "", False, []))
        elif pre is not None and out and out[-1].head and pre.start() >= out[-1].np_end:
            # "Israel lost 2,656 soldiers, while Egypt lost about 15,000": the same people.
            out.append(_Figure(number, number.end, None, out[-1].head, out[-1].mods, False, []))
    return out


def _toll_before(text: str, begin: int, at: int) -> re.Match[str] | None:
    """A toll phrase ending right before ``at``; farther back only across a parenthesis."""
    toll = _TOLL.search(text, max(begin, at - _LOOKBACK), at)
    if toll is None and "(" in text[max(begin, at - _TOLL_LOOKBACK) : at]:
        toll = _TOLL.search(text, max(begin, at - _TOLL_LOOKBACK), at)
        if toll is not None and "(" not in toll.group(0):
            return None
    return toll


def _head_first(entities: list[Entity], head: str) -> list[str]:
    """Parties of a noun phrase, a people its head names first ("Iraqi Kurds": Kurds)."""
    parties = _parties(entities)
    last = entities[-1] if entities else None
    if last is not None and last.kind == "people" and head.endswith(last.surface):
        parties.remove(last.party)
        parties.insert(0, last.party)
    return parties


def _refer_back(
    out: list[_Figure],
    text: str,
    opener: re.Match[str] | None,
    back: bool,
    part_after: bool,
    part_np: bool,
) -> None:
    """Mark the figure just read as people counted before, and as part of whom."""
    fig = out[-1]
    fig.anaphoric = back
    if part_after:  # "2,500 civilian deaths, 89 of whom were children"
        if len(out) > 1:
            fig.subset_of, fig.part_after = len(out) - 2, True
        else:
            fig.anaphoric = True
    if opener is None:
        return
    inside = len(out) > 1 and out[-2].number.start >= opener.start()
    if inside:  # "Of the 49,985 wounded, 7132 were officers": a part of that figure
        fig.subset_of, fig.part_after = len(out) - 2, True
        return
    np = opener.group("np") or ""
    if not fig.parties:  # "Of the Afghan population ..., more than 5 million fled"
        fig.parties = _parties(find_entities(np))
    if fig.cue is None:  # "Of those victims, 30,514 were Bosniak civilians"
        fig.cue = _noun_cue(None, np)
    fig.anaphoric = fig.anaphoric or not fig.parties
    # "Of these, 1979 were officers": no verb of its own, the earlier figure's.
    fig.part_before = part_np and fig.cue is None


def _elided(head: str | None) -> bool:
    """True when a figure's head is a demonym standing for its noun ("125 American")."""
    if not head or not head[0].isupper():
        return False
    if head.endswith("s") and not head.endswith(("ss", "ese")):
        return False  # "50 Americans and 20 Iraqi soldiers": Americans are people
    found = find_entities(head)
    return len(found) == 1 and found[0].adjective and found[0].end == len(head)


def _resolve_cues(text: str, figures: list[_Figure]) -> None:
    """Attach the casualty verb before or after each figure, sharing it across "and"."""
    shared: set[int] = set()  # figures whose predicate is a coordinated figure's
    # The predicate after a figure, or the next coordinated figure's predicate.
    for i in range(len(figures) - 1, -1, -1):
        fig = figures[i]
        stop = figures[i + 1].number.start if i + 1 < len(figures) else len(text)
        pos = fig.np_end
        if (close := _CLOSE.match(text, pos)) and text.rfind("(", 0, fig.number.start) > text.rfind(
            ")", 0, fig.number.start
        ):
            pos = close.end()  # "8,000 (5,000 Egyptian and 3,000 Syrian) killed"
        paren = _PARENTHESIS.match(text, pos)
        if paren is None and (place := _PLACE_AT.match(text, pos)) and place.end() > pos:
            paren = _PARENTHESIS.match(text, place.end())  # "people from X, including ...,"
        if paren is not None:
            # "200 people, including 10 children, were killed": the predicate follows the
            # parenthesis, whatever figures it holds.
            pos = paren.end()
            stop = next((f.number.start for f in figures if f.number.start >= pos), len(text))
        post = _POST.match(text, pos, stop) if pos <= stop else None
        if post is not None:
            fig.post = _cue_of(post)
            fig.post_span = post.span(fig.post)
        elif i + 1 < len(figures) and _COORDINATION.fullmatch(text, fig.np_end, stop):
            fig.post = figures[i + 1].post
            shared.add(i)
            if _elided(fig.head) and figures[i + 1].head is not None:
                # "125 American and 20,000 Iraqi soldiers were killed": the noun after the
                # last demonym is every one's.
                fig.head = figures[i + 1].head
    # A casualty verb right before a figure ("killing 50 people"), shared the same way.
    for i, fig in enumerate(figures):
        begin = figures[i - 1].np_end if i else 0
        pre = _PRE.search(text, max(begin, fig.number.start - _LOOKBACK), fig.number.start)
        lost = (
            None
            if pre is not None or fig.head is None
            else _LOST_BEFORE.search(
                text, max(begin, fig.number.start - _LOOKBACK), fig.number.start
            )
        )
        toll = (
            _toll_before(text, begin, fig.number.start)
            if pre is None and lost is None and fig.head is not None
            else None
        )
        if (
            pre is not None
            and pre.group("lost")
            and _FORCE_LOST.search(text, max(0, fig.number.start - _LOOKBACK), fig.number.start)
        ):
            fig.military = True
        if lost is not None:
            fig.pre, fig.possessive = "killed", True
        elif toll is not None:  # "the death toll ... is 613 civilians"
            fig.pre = "killed" if toll.group("deaths") else _cue_of(toll)
        elif pre is not None:
            fig.pre = _cue_of(pre)
            # "Georgia lost 170 servicemen": the subject owns the losses, as with "its".
            fig.possessive = fig.possessive or bool(pre.group("lost"))
        elif i and _COORDINATION.fullmatch(text, begin, fig.number.start):
            fig.pre = figures[i - 1].pre
            fig.possessive = fig.possessive or figures[i - 1].possessive
    # "30,173 Bosniaks lost their lives ..., 21,399 Serbs and 2,619 Croats": figures after
    # a complete predicate, with none of their own, to the end of the sentence share it.
    for i in range(1, len(figures)):
        fig = figures[i]
        if fig.head is None or fig.cue or fig.post or fig.pre:
            continue
        stop = figures[i + 1].number.start if i + 1 < len(figures) else len(text)
        if _NOT_LISTED.search(text, figures[i - 1].np_end, fig.number.start):
            continue  # "..., with 7 million inhabitants": no list goes on
        if _OWN_VERB.search(text, figures[i - 1].np_end, fig.number.start):
            continue  # "killing three soldiers and capturing two other soldiers": a verb's own
        tail_ok = (
            _COORDINATION.fullmatch(text, fig.np_end, stop)
            if i + 1 < len(figures)
            else (_TAIL.match(text, fig.np_end))
        )
        if not tail_ok and not _REPORT_TAIL.match(text, fig.np_end):
            continue
        earlier = next((f for f in reversed(figures[:i]) if f.cue or f.post or f.pre), None)
        if earlier is not None:
            fig.post = earlier.post or earlier.pre or earlier.cue
            fig.shares = figures.index(earlier)
    # "killed ..., including 10 civilians": part of the people just counted, so of their
    # kind and theirs, unless its own noun or predicate says otherwise.
    for i in range(1, len(figures)):
        fig, parent = figures[i], figures[i - 1]
        if fig.part_after and fig.subset_of is not None:
            # "89 of whom were children", "Of the 49,985 wounded, 7132 were officers".
            whole = figures[fig.subset_of]
            if not fig.cue and not fig.pre and (fig.post is None or i in shared):
                fig.post = whole.cue or whole.post or whole.pre
            continue
        # "of whom 8,676 were Albanians, 1,196 Serbs and ...": a figure coordinated with
        # a part is a part of the same whole.
        if (
            parent.subset_of is not None
            and fig.head is not None
            and _COORDINATION.fullmatch(text, parent.np_end, fig.number.start)
        ):
            whole = figures[parent.subset_of]
            fig.subset_of = parent.subset_of
            if not fig.cue and not fig.pre and (fig.post is None or i in shared):
                fig.post = whole.cue or whole.post or whole.pre
            continue
        parent_cue = parent.cue or parent.post or parent.pre
        if (
            (fig.head is None and fig.post is None)  # "including four who died": a part
            or parent_cue is None
            or fig.number.start - parent.np_end > _LOOKBACK
            or not _SUBSET.search(text, parent.np_end, fig.number.start)
        ):
            continue
        fig.subset_of = i - 1
        if not fig.cue and not fig.pre and (fig.post is None or i in shared):
            fig.post = parent_cue


def _qualifiers(text: str, figures: list[_Figure]) -> list[str]:
    out: list[str] = []
    for i, fig in enumerate(figures):
        qualifier = fig.number.qualifier
        if (
            qualifier == "exact"
            and i
            and out[i - 1] != "exact"
            and _COORDINATION.fullmatch(text, figures[i - 1].np_end, fig.number.start)
        ):
            qualifier = out[i - 1]
        out.append(qualifier)
    return out


def _category(cue: str, fig: _Figure) -> str:
    if cue != "killed":
        return cue
    if fig.military:
        return "military"
    # A joint head ("officers and soldiers") is of one kind only when both parts are.
    heads = re.split(r"\s+(?:and|or)\s+(?:\S+\s+){0,2}?", (fig.head or "").lower())
    heads = [h.split()[-1] if h.split() else h for h in heads]
    if all(h in _MILITARY for h in heads) or (len(heads) == 1 and _MILITARY_MOD.search(fig.mods)):
        return "military"
    if all(h in _CIVILIAN for h in heads) or (len(heads) == 1 and _CIVILIAN_MOD.search(fig.mods)):
        return "civilian"
    return "unspecified"
