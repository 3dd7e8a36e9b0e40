"""The casualty word of each figure of a sentence, and its qualifier.

:func:`_resolve_cues` attaches to each figure the casualty verb after it (skipping a
parenthesis or a place), the one before it ("killing 50 people", "Georgia lost 170
servicemen", a toll), and shares them across coordinated figures, figures listed after
a complete predicate and parts of an earlier figure; :func:`_qualifiers` distributes a
qualifier over coordinated figures. The figures themselves are ``_figures``' job.
"""

from __future__ import annotations

import re

from ..entities import find_entities
from ._categories import _category
from ._figures import _cue_of, _Figure, _toll_before
from ._forces import _force_lost
from ._patterns import (
    _BARE,
    _CLOSE,
    _COORDINATION,
    _FORCE_LOST,
    _HAD,
    _LOOKBACK,
    _LOSS_HEADING,
    _LOST_BEFORE,
    _NOT_LISTED,
    _OF_THEM,
    _OPENER_FIGURE,
    _OTHER_HEADING,
    _OWN_VERB,
    _PARENTHESIS,
    _PARTY_KINDS,
    _PLACE_AT,
    _POST,
    _PUT_AT,
    _REPORT_TAIL,
    _SUBSET,
    _TAIL,
)
from ._verbs import _PRE


def _part_with_verb(text: str, fig: _Figure) -> bool:
    """True for a part with a predicate of its own: "12 of whom were killed"."""
    of_them = _OF_THEM.match(text, fig.number.end)
    return of_them is not None and _BARE.match(text, of_them.end()) is not None


def _owns_loss(text: str, pre: re.Match[str]) -> bool:
    """Whether the subject of a loss verb owns the figure after it.

    "X lost 300 soldiers" does; "a war that saw 20,000 people killed" and "the revolution
    had cost 1.5 million dead" do not: "saw" needs a party right before it ("X saw 42,000
    military deaths"), "cost" one after it ("cost X 5,000 lives").
    """
    verb = pre.group("lost").lower()
    if verb.startswith("cost"):
        between = find_entities(text[pre.start("lost") + 4 : pre.end()])
        return any(e.kind in _PARTY_KINDS for e in between)
    if verb == "saw":
        before = text[max(0, pre.start() - 40) : pre.start()].rstrip()
        named = [e for e in find_entities(before) if e.kind in _PARTY_KINDS]
        return bool(named) and named[-1].end == len(before)
    return True


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
            if fig.post != "displaced" and _HAD.search(
                text, max(0, fig.number.start - 20), fig.number.start
            ):
                fig.possessive = True  # "Latvia had 800 soldiers killed": the subject's own
        elif (
            i + 1 < len(figures)
            and _COORDINATION.fullmatch(text, fig.np_end, stop)
            # "1,500 peacekeepers, 12 of whom were killed": the whole is not killed
            and not _part_with_verb(text, figures[i + 1])
            # nor "Of the 20,000 soldiers, 4,000 were killed"
            and not _OPENER_FIGURE.match(text, 0, fig.number.start)
        ):
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
        if pre is not None and i and not text[begin : pre.start()].strip():
            pre = None  # "300 killed 50 captured": the figure before's participle, not this one's
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
        # "put the dead at 3,000 soldiers": a toll's noun put at a figure of people
        put = (
            _PUT_AT.search(text, max(begin, fig.number.start - _LOOKBACK), fig.number.start)
            if pre is None and lost is None and toll is None and fig.head is not None
            else None
        )
        if (
            pre is not None
            and pre.group("lost")
            and _FORCE_LOST.search(text, max(0, fig.number.start - _LOOKBACK), fig.number.start)
        ) or (  # "the IDF suffered 44 fatalities": a force's losses, of no kind of their own
            fig.head is not None
            and _category("killed", fig) == "unspecified"
            and _force_lost(text, find_entities(text), fig.number.start)
        ):
            fig.military = True
        if lost is not None:
            fig.pre, fig.possessive = "killed", True
        elif toll is not None:  # "the death toll ... is 613 civilians"
            fig.pre = "killed" if toll.group("deaths") or toll.group("losses") else _cue_of(toll)
        elif put is not None:
            fig.pre = _cue_of(put)
        elif pre is not None:
            fig.pre = _cue_of(pre)
            # "Georgia lost 170 servicemen": the subject owns the losses, as with "its".
            fig.possessive = fig.possessive or (bool(pre.group("lost")) and _owns_loss(text, pre))
            if i in shared:
                # "X lost 300 soldiers, and 200 were injured": its own verb before it,
                # not the next clause's predicate.
                fig.post = None
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
            # "Estonia (4,000 killed) and Latvia (2,000 killed)": the parenthesis the
            # earlier figure stood in closed, so this one's is another item's.
            or ")" in text[parent.np_end : fig.number.start]
        ):
            continue
        fig.subset_of = i - 1
        if not fig.cue and not fig.pre and (fig.post is None or i in shared):
            fig.post = parent_cue
    _share_gapped(figures)
    _share_range(text, figures)
    _share_heading(text, figures)


def _share_heading(text: str, figures: list[_Figure]) -> None:
    """Give a heading's loss to the figures of people after it that have no verb."""
    heading = _LOSS_HEADING.search(text, 0, figures[0].number.start) if figures else None
    if heading is None:
        return
    for fig in figures:
        if _OTHER_HEADING.search(text, heading.end(), fig.number.start):
            return  # "... Strength: 40,000 troops": the list of losses has ended
        if fig.head is not None and not (fig.cue or fig.post or fig.pre):
            fig.pre = "killed"


def _share_range(text: str, figures: list[_Figure]) -> None:
    """The high end of a range counts what its low end counts ("1.5–2 million Xs, of whom")."""
    for i in range(1, len(figures)):
        fig, low = figures[i], figures[i - 1]
        low_cue = low.cue or low.post or low.pre
        if (
            low_cue
            and not (fig.cue or fig.post or fig.pre)
            and low.np_end == low.number.end
            and _RANGE_JOIN.fullmatch(text, low.number.end, fig.number.start)
        ):
            fig.post = low_cue
            fig.shares = i - 1


def _share_gapped(figures: list[_Figure]) -> None:
    """A figure whose predicate was left out repeats the one of the figure it follows."""
    for fig in figures:
        if fig.gapped is not None and not (fig.cue or fig.post or fig.pre):
            earlier = figures[fig.gapped]
            fig.post = earlier.cue or earlier.post or earlier.pre
            fig.shares = fig.gapped if fig.post else None


# "an estimated 15,000–20,000", "about 10,000 to 15,000": the two ends of a range.
_RANGE_JOIN = re.compile(r"\s*(?:[–—-]|to)\s*", re.IGNORECASE)


def _qualifiers(text: str, figures: list[_Figure]) -> list[str]:
    out: list[str] = []
    for i, fig in enumerate(figures):
        qualifier = fig.number.qualifier
        high = figures[i + 1] if i + 1 < len(figures) else None
        if (
            qualifier == "approx"
            and high is not None
            and high.number.qualifier == "at_most"
            and _RANGE_JOIN.fullmatch(text, fig.number.end, high.number.start)
        ):
            qualifier = "at_least"  # the low end of a range, whatever qualifies the range
        if (
            qualifier == "exact"
            and i
            and out[i - 1] != "exact"
            # "between 20 and 30 were X and 45 were Y": a range's ends are its own
            and not (i > 1 and (out[i - 2], out[i - 1]) == ("at_least", "at_most"))
            and _COORDINATION.fullmatch(text, figures[i - 1].np_end, fig.number.start)
        ):
            qualifier = out[i - 1]
        out.append(qualifier)
    return out
