"""Finding a sentence's casualty figures and resolving what each one counts.

This module holds :class:`_Figure` and the steps that read figures from one sentence:
the numbers that count people and their noun phrases (:func:`_figures`,
:func:`_noun_phrase`), whether a figure counts people counted before ("an additional
337 soldiers", "Of these, ...": :func:`_refer_back`). The category a casualty word and
noun give is ``_categories``' job, the casualty word before or after each figure is
``_cues``' and whose figures they are is ``_sources``'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..entities import city_of, find_entities
from ..numbers import NumberMention, find_numbers
from ._bare_losses import _bare_loss, _heading_label
from ._categories import _category as _category
from ._categories import _noun_cue
from ._figure_parties import (
    _joined_names,
    _np_parties,
    _pair_respectively,
    _stated_parties,
    _those_of,
)
from ._noun_phrases import _PAREN_AFTER, _labels_next, _noun_phrase, _whole_of_casualties
from ._number_spans import _OWN_PARTICIPLE, _a_rate, _only_years_between, _participle_of, _year_span
from ._part_lists import _before_range_word, _includes_opener, _listed_opener, _refer_back
from ._patterns import (
    _AMONG,
    _BACK_BEFORE,
    _BACK_MODS,
    _BARE,
    _BARE_LEAD,
    _DASH,
    _GAP_AFTER,
    _GAP_BEFORE,
    _GAP_SPAN,
    _GAP_VERB,
    _HAD,
    _IN_LIST,
    _LOOKBACK,
    _NAME_ACRONYM,
    _NOT_A_COUNT,
    _NP,
    _NUMBER_OF,
    _OF_PARTY,
    _OF_THEM,
    _OPENER,
    _OPENER_FIGURE,
    _OR,
    _PAIRED,
    _PART_OPENER,
    _PART_WERE,
    _PEOPLE_ASIDE,
    _PUT_AT,
    _PUT_FIGURE,
    _RESPECTIVELY,
    _SIDE_PP,
    _SUBSET,
    _TOLL,
    _TOLL_LOOKBACK,
    _WHERE,
)
from ._sources import _parties
from ._totals import _is_total
from ._verbs import _PRE


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
    # "500,000 became refugees ..., and another 700,000 in Western Europe": a bare figure
    # with no verb of its own, the index of the figure whose predicate it repeats.
    gapped: int | None = None
    # "The UN put the figure at 150,000": the casualty counted just before, restated.
    restates: bool = False
    # "1,600 British and Argentine soldiers": a noun phrase naming two parties side by side
    # counts both together, of no one party.
    joint: bool | None = None
    listed: bool = False  # "Of these, 300 were X, 200 were Y": a part after another part


_RANGE_ENDS = frozenset({("at_least", "at_most"), ("approx", "at_most")})


def _cue_of(match: re.Match[str]) -> str:
    groups = match.groupdict()
    return next(
        k
        for k in ("killed", "missing", "wounded", "displaced")
        if groups.get(k) or groups.get(f"label_{k}")
    )


# A noun of things after a figure ("40 tanks"): a lower-case word that is no link word.
_THING_AFTER = re.compile(
    r"\s+(?!(?:and|or|respectively|in|on|at|during|according|since|by|from|of|to|for|when"
    r"|while|as|people|persons|men|dead|killed|wounded)\b)[a-z]"
)
_ITS = re.compile(r"\b(?:its|their)\b", re.IGNORECASE)
# A figure of a place in a list: "..., 3,700 at Alpha, 1128 at Beta and ...".
_AT_PLACE = re.compile(
    r"\s+(?:at|in)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s*[,;.]|\s+and\b|\s+in\s+the\b)"
)
# Words after which a bare "1600" counts people and is no year ("the fate of another 1600").
_COUNT_LEAD = re.compile(
    r"\b(?:another|a\s+further|an\s+additional|(?:fates?|whereabouts|destiny)\s+of)\s+$",
    re.IGNORECASE,
)


# A bare figure in a parenthesis after a name, in a list of such names that a loss ends:
# "Estonia (4,000) and Latvia (2,000) suffered losses".
_NAME_PAREN = re.compile(r"(?-i:[A-Z])[\w'’-]*\s*\(\s*$")
_PAREN_LOSSES = re.compile(
    r"\s*\)(?:\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?"
    r"\s*\(\s*[\d][\d,.]*\s*\))*\s+(?:(?:both|all|each)\s+)?(?:suffered|sustained|incurred)"
    r"\s+(?:(?:heavy|severe|great|many)\s+)?(?:losses|casualties)\b",
    re.IGNORECASE,
)
# An infobox heading right after a figure is not its noun ("15,223 Casualties and losses").
_HEADING_AFTER = re.compile(  # a heading follows, or the figure is a day ("15 August 1984")
    r"\s+Casualties\s+and\s+losses\b|\s+(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\s+\d{4}\b"
)


def _figures(text: str, numbers: list[NumberMention] | None = None) -> list[_Figure]:
    """The numbers of a sentence that count people, with their noun phrases."""
    out: list[_Figure] = []
    chain: tuple[re.Match[str] | None, int] | None = None  # the last part read and its opener
    if numbers is None:  # the annotation pass gives them; a bare sentence is read here
        numbers = find_numbers(text)
    for index, number in enumerate(numbers):
        if number.is_percent or number.compound:
            continue
        if out and number.start < out[-1].np_end:
            continue  # the whole in a figure's noun phrase: "300 of the 5,000 soldiers"
        if _NOT_A_COUNT.search(text, max(0, number.start - 60), number.start) and not (
            _whole_of_casualties(text, numbers, index)
        ):
            continue  # "one in every eight", "a quarter of its 48 million people"
        if _year_span(text, numbers, index):
            continue  # "1932-1935 Battle deaths: 92,661": the years of a span, no count
        if _a_rate(text, number):
            continue  # "losing up to 3,000 men a day": a rate
        if _HEADING_AFTER.match(text, number.end):
            continue  # "Strength 15,223 Casualties and losses ...": a heading follows
        # The low end of a range counts what its high end counts ("3,000–10,000 soldiers").
        high = numbers[index + 1] if index + 1 < len(numbers) else None
        ranged = high is not None and (
            (number.qualifier, high.qualifier) in _RANGE_ENDS
            # "as many as 1.5–2 million": both ends "at most"
            or (number.qualifier == high.qualifier == "at_most"
                and _DASH.fullmatch(text, number.end, high.start) is not None)
        )  # fmt: skip
        match = _noun_phrase(text, number.end)
        if match is not None and _labels_next(text, match.start(), match.end()):
            match = None  # "Dead: 2,100 Missing soldiers: 600": the next figure's label
        if (
            match is None
            and high is not None
            and (
                ranged
                or (not number.maybe_year and _OR.fullmatch(text, number.end, high.start))
                or (
                    _PAIRED.fullmatch(text, number.end, high.start)
                    and _RESPECTIVELY.search(text, high.end)
                )
            )
        ):
            # "3,000–10,000 soldiers"; "lost 300 and 500 soldiers respectively": the noun
            # after the second figure is the first's too.
            match = _noun_phrase(text, high.end)
            far = numbers[index + 2] if ranged and index + 2 < len(numbers) else None
            if match is None and far is not None and _DASH.fullmatch(text, high.end, far.start):
                # "at least 1 million, but possibly 1.5–2 million Afghans": the range's noun
                match = _noun_phrase(text, far.end)
        part_np = in_list = False
        # "Of these, 1979 were officers", "Of the 49,985 wounded, 7132 were officers".
        # ("Of these deaths, between 20 and 30 were X": the opener before "between")
        end = _before_range_word(text, number.start) if number.qualifier == "at_least" else None
        opener = _OPENER.search(text, max(0, number.start - 120), end or number.start)
        listed = _listed_opener(text, number.start, out, chain) if chain else None
        if (
            opener is None
            and listed is None
            and not out
            and (inc := _includes_opener(text, start=number.start))
        ):
            listed = (inc,)  # "The number includes 400 civilians and ...": the first part
        opener = opener or (listed[0] if listed else None)
        # "Of these, between 20 and 30 were X": the range's noun after its high end.
        were = None if match is not None else _PART_WERE.match(text, number.end)
        if were is None and match is None and ranged and high is not None and opener:
            were = _PART_WERE.match(text, high.end)
        if were is not None and (
            opener or listed or _PART_OPENER.search(text, max(0, number.start - 20), number.start)
        ):
            match = _noun_phrase(text, were.end())  # "of whom 8,676 were X"
            in_list = match is not None  # the low end of a range: its high end is read next
            part_np = in_list and were.start() == number.end
        elif listed is not None and match is not None:
            part_np = in_list = True  # "Of these, 300 were X, 400 Y"
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
        if (part := _side_part(text, number, out)) is not None:
            out.append(part)  # "30,000 people (X side 24,000 and Y side 6,000)"
            continue
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
            # "Estonia had 300 casualties": the subject's own, as with "lost".
            # Not refugees: "Malawi has 450,000 refugees" are the ones it hosts.
            had = cue not in (None, "displaced") and bool(
                _HAD.search(text, max(0, number.start - 20), number.start)
            )
            if among is not None:
                mods, head = among.group("mods"), among.group("head")
                np_text = text[match.start("mods") : among.end()]
            out.append(
                _Figure(
                    number=number,
                    np_end=number.end
                    if match.start() > number.end
                    and not part_np
                    and not _PAREN_AFTER.fullmatch(text, number.end, match.start())
                    else match.end(),
                    cue=cue,
                    head=head,
                    mods=mods,
                    possessive=det in {"its", "their", "his", "her", "our"} or had,
                    parties=_np_parties(np_text, head) if np_text.strip() else [],
                )
            )
            if len(set(out[-1].parties)) > 1:
                out[-1].joint = _joined_names(np_text)
            if not out[-1].parties and (owner := match.group("owner")):
                out[-1].parties = _parties(find_entities(owner))  # "300 of Estonia's soldiers"
            if not out[-1].parties and (
                aside := _PEOPLE_ASIDE.match(text, match.end()) or _SIDE_PP.match(text, match.end())
            ):
                mixed = _parties(find_entities(aside.group("np")))
                # "mostly Palestinians and Lebanese Shiites": a mix says no one party
                out[-1].parties = mixed if len(mixed) == 1 else []
            if not out[-1].parties and (of := _OF_PARTY.match(text, match.end())):
                # "55 were militants of Hezbollah", "soldiers of the Estonian army"
                found = find_entities(text[of.end() : of.end() + 80])
                if found and found[0].start != 0 and (named := _NAME_ACRONYM.match(text, of.end())):
                    # "residents of the former Republic of X (RX)": the name RX stands for
                    found = find_entities(named.group("acronym"))
                if (
                    found
                    and found[0].start == 0
                    and found[0].kind in ("state", "side", "people")
                    and not city_of(found[0])  # "citizens of Kigali": the city's, no side's
                ):
                    out[-1].parties = [found[0].party]
            out[-1].listed = listed is not None
            if in_list:
                chain = (opener, len(out) - 1)  # the next part listed may follow
            _refer_back(out, text, opener, back, part_after, part_np or in_list)
            _those_of(out, det, cue)
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
                               list(first.parties), anaphoric=first.restates,
                               restates=first.restates))  # fmt: skip
            continue
        if _PUT_FIGURE.search(text, max(0, number.start - _LOOKBACK), number.start):
            out.append(_Figure(number, number.end, None, None, "", False, [], anaphoric=True,
                               restates=True))  # fmt: skip
            continue
        put = _PUT_AT.search(text, max(0, number.start - _LOOKBACK), number.start)
        if (
            put
            and (put.group("killed") or "").lower().startswith("loss")
            and _THING_AFTER.match(text, number.end)
        ):
            put = None  # "estimated the losses at 300 tanks": things, not people
        if put:  # "put the dead at 1854": a count, whatever it looks like
            # "estimated civilian fatalities at about 3,500": of that kind and whose.
            phrase = put.group(0)
            where = [e for e in find_entities(phrase) if not _WHERE.search(phrase, 0, e.start)]
            # "Y puts its own losses at 500": the subject's own, as with "lost".
            owned = bool(_ITS.search(phrase))
            out.append(_Figure(number, number.end, _cue_of(put), None, phrase, owned,
                               _parties(where)))  # fmt: skip
            continue
        if (
            number.maybe_year
            and number.qualifier not in ("at_least", "at_most")
            and not _COUNT_LEAD.search(text, max(0, number.start - 40), number.start)
            and (text[: number.start].strip() or not _BARE.match(text, number.end))
            and not (
                out
                and _IN_LIST.search(text, out[-1].np_end, number.start)
                and (_BARE.match(text, number.end) or _AT_PLACE.match(text, number.end))
            )
        ):
            # "more than 1300 were injured" is a count, a bare "1300" may be a year; not
            # one opening a sentence on its casualty verb ("1300 died on the X side").
            continue
        if _PAREN_LOSSES.match(text, number.end) and _NAME_PAREN.search(text, 0, number.start):
            # "Estonia (4,000) and Latvia (2,000) suffered losses": each name's losses.
            out.append(_Figure(number, number.end, "killed", None, "", False, []))
            continue
        bare = _BARE.match(text, number.end)
        if bare is None and ranged and high is not None and not high.maybe_year:
            bare = _BARE.match(text, high.end)  # "another 150,000-300,000 fled"
        if bare is None and of_them is not None and _BARE.match(text, of_them.end()):
            # "5,300 of them were killed": the people counted before.
            out.append(_Figure(number, of_them.end(), None, None, "", False, [], anaphoric=True))
            continue
        if bare is None and of_them is not None and out and _SIDE_PP.match(text, of_them.end()):
            # "3,200 deaths, 177 of them on the X side": a part of the figure before, the side's.
            part_fig = _Figure(number, of_them.end(), None, None, "", False, [], anaphoric=True)
            part_fig.subset_of, part_fig.part_after = len(out) - 1, True
            out.append(part_fig)
            continue
        if (
            bare is None
            and out
            and out[-1].head is not None
            and _SUBSET.fullmatch(text, out[-1].np_end, number.start)
            and _GAP_AFTER.match(text, number.end)
        ):
            # "100,000 men, including 80,000 by disease", "25,600 dead (6,000 from
            # disease)": a bare part of the figure just counted.
            part_fig = _Figure(number, number.end, None, None, "", False, [], anaphoric=True)
            part_fig.subset_of, part_fig.part_after = len(out) - 1, True
            out.append(part_fig)
            continue
        if bare is not None:
            lead = _BARE_LEAD.match(text, bare.start())  # "six more were injured"
            # "Britain had 255 killed": the subject's own, as with "lost".
            owned = lead is None and bool(_HAD.search(text, max(0, number.start - 20),
                                                       number.start))  # fmt: skip
            out.append(_Figure(number, lead.end() if lead else number.end, None, None, "",
                               owned, []))  # fmt: skip
            _refer_back(out, text, opener, back, False, False)
            continue
        toll = _toll_before(text, 0, number.start)
        if toll and toll.group("losses") and _THING_AFTER.match(text, number.end):
            toll = None  # "the losses were 40 tanks": things, not people
        if (
            toll is None
            and out
            and out[-1].head is None
            and out[-1].cue
            and _PAIRED.fullmatch(text, out[-1].np_end, number.start)
            and _RESPECTIVELY.search(text, number.end)
        ):
            # "X and Y losses were 300 and 500 respectively": the second of the pair.
            out.append(_Figure(number, number.end, out[-1].cue, None, out[-1].mods, False, []))
            continue
        if toll:
            # The toll phrase says whose and what kind ("the number of Russian military deaths").
            phrase = toll.group(0)
            # "the number of IDF deaths in Gaza": a place after "in" is where, not whose.
            parties = _parties(
                [e for e in find_entities(phrase) if not _WHERE.search(phrase, 0, e.start)]
            )
            cue = "killed" if toll.group("deaths") or toll.group("losses") else _cue_of(toll)
            out.append(_Figure(number, number.end, cue, None, phrase, False, parties))
            continue
        if _heading_label(text, number.start) or _is_total(text, out, numbers, index):
            # "The losses were: ... Y: 10,000."; "13 dead 39 wounded Total: 71"
            out.append(_Figure(number, number.end, "killed", None, "", False, []))
            continue
        # "displaced one million": an unambiguous casualty verb right before a bare number;
        # not an earlier figure's participle ("38,839 killed 20,128 captured").
        pre = _PRE.search(text, max(0, number.start - _LOOKBACK), number.start)
        if pre is not None and index and _participle_of(text, numbers[index - 1], pre.start()):
            pre = None
        if pre is not None and _OWN_PARTICIPLE.match(
            text, high.end if ranged and high else number.end
        ):
            pre = None  # "wounded 65,000–66,000 captured": the figure's own participle
        if pre is not None and (
            not pre.group("lost") or _bare_loss(text, pre.start(), pre.end(), number.end)
        ):  # "displaced one million"; "Estonia lost 90,000."
            out.append(_Figure(number, number.end, _cue_of(pre), None, "", False, []))
        elif pre is not None and out and out[-1].head and pre.start() >= out[-1].np_end:
            # "Israel lost 2,656 soldiers, while Egypt lost about 15,000": the same people.
            out.append(_Figure(number, number.end, None, out[-1].head, out[-1].mods, False, []))
        elif (
            out
            and index
            and _only_years_between(numbers, out[-1].number, index)
            and number.start - out[-1].np_end <= _GAP_SPAN
            and (
                _GAP_BEFORE.search(text, out[-1].np_end, number.start)
                # "12,000 refugees live in camps, 3,700 at A and 1,100 at B": a bare comma
                # before a figure of a place
                or (
                    text[out[-1].np_end : number.start].rstrip().endswith(",")
                    and _AT_PLACE.match(text, number.end)
                )
            )
            and (after := _GAP_AFTER.match(text, number.end))
            and not _GAP_VERB.search(after.group(0))
        ):
            # "400,000 refugees in Pakistan and 200,000 in Iran", "11,900 people were killed
            # this year, compared to 30,800 in 2018": the predicate before, left out.
            out.append(_Figure(number, number.end, None, None, "", False, [],
                               gapped=len(out) - 1))  # fmt: skip
    _pair_respectively(text, out)
    _stated_parties(text, out)
    return out


def _toll_before(text: str, begin: int, at: int) -> re.Match[str] | None:
    """A toll phrase ending right before ``at``; farther back only across a parenthesis."""
    toll = _TOLL.search(text, max(begin, at - _LOOKBACK), at)
    if toll is None and "(" in text[max(begin, at - _TOLL_LOOKBACK) : at]:
        toll = _TOLL.search(text, max(begin, at - _TOLL_LOOKBACK), at)
        if toll is not None and "(" not in toll.group(0):
            return None
    return toll


# "(X side 24,000 and Y side 6,000)": a figure labelled by a side, ending its item.
_SIDE_LABEL = re.compile(r"\bside\s*:?\s*$", re.IGNORECASE)
_ITEM_END = re.compile(r"\s*(?:[),;]|and\b)")


def _side_part(text: str, number: NumberMention, out: list[_Figure]) -> _Figure | None:
    """A side's share of the figure before a parenthesis, labelled "X side N"."""
    if not out or not _SIDE_LABEL.search(text, max(0, number.start - 12), number.start):
        return None
    opened = text.rfind("(", 0, number.start)
    if opened <= text.rfind(")", 0, number.start) or not _ITEM_END.match(text, number.end):
        return None
    whole = next((k for k in range(len(out) - 1, -1, -1) if out[k].number.start < opened), None)
    if whole is None or out[whole].head is None:
        return None
    fig = _Figure(number, number.end, None, None, "", False, [])
    fig.subset_of, fig.part_after = whole, True
    return fig
