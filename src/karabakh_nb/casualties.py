"""The ``casualties`` fact table: people killed, missing, wounded or displaced.

Every row is one figure read from one answer sentence (its ``evidence``). Only the
clean ``answer`` is read: a featured-snippet header ("1,234 soldiers") repeats a
figure of the passage and is not a sentence.

**What counts.** A number is a casualty figure when both of 1 and 2 hold, or 3 does:

1. it counts people: it is followed by a noun phrase ending in a person noun
   ("1,500 Armenian and Karabakh soldiers", "67 of its soldiers", "228
   civilians", "600,000 Azerbaijanis", "146 civilian deaths"), or it stands alone
   as the subject of a casualty verb ("more than one million were displaced"), or
   it is a death toll ("the death toll rose to 3,000");
2. it is tied to a casualty word: a casualty noun or modifier in its own noun
   phrase ("deaths", "casualties", "refugees", "wounded soldiers"), a casualty verb
   opening the predicate that follows it ("were killed", "have been confirmed
   killed", "remain missing", "fled", "have not been able to return"; a
   parenthesis such as ", including multiple children and older people," is
   skipped), or a casualty verb right before it ("killing 50 people", "the deaths
   of 146 civilians"). Figures joined by "and", "or" or a comma share one
   predicate ("170 servicemen and 228 civilians were killed"). A parenthesis after
   a figure is skipped even when it holds figures ("200 people, including 10
   children, were killed": both killed).
3. it counts people by a noun phrase (as in 1) and names part of the casualty figure
   before it ("about 200 people were killed, including 10 civilians"; also "among
   them", "of whom", "of them", within 80 characters): a casualty of the same kind,
   unless its own predicate names another. Its category comes from its own noun
   (``civilian``).

Percentages, hyphenated modifiers ("44-day"), bare years, durations ("30
years"), troop deployments ("deployed 20,000 troops", "2,000 peacekeeping
forces") and counts of states ("182 member states") never count.

**Category.** missing, wounded and displaced (displaced, "internally displaced",
fled, expelled, refugees, unable to return) come from the casualty word; a killed figure is
``military`` when it counts soldiers, servicemen, troops, fighters or
"military" people, ``civilian`` for civilians, residents, villagers, children
or women, else ``unspecified``. The first casualty word of the predicate decides
("were missing or their bodies remained unidentified" is ``missing``).

**Party** (whose people), first rule that applies:

1. the states, sides or regions named in the figure's noun phrase ("Armenian and
   Karabakh soldiers", "Azerbaijanis", "ethnic Georgians"); a region stands for
   its side (Karabakh -> Artsakh). When a figure covers several parties it is one
   figure, not several: ``party`` is the first-named and ``parties`` (an extra
   column) lists them all;
2. a part of an earlier figure (rule 3 above) takes that figure's party;
3. displaced people are those of the place they come from: a state, side or region
   named right after "from" / "out of" following the figure's noun phrase ("6
   million refugees from X") or its displacement verb ("were displaced from X"),
   or right after a verb of leaving ("fled X", "forced to flee the X region");
   "fled to X" names where they went, not whose they are;
4. "of its / their soldiers", "X lost 170 servicemen", and "internally displaced"
   people (displaced within their own country): the last state or side named
   before the figure in its sentence (the subject: "Russia said that 67 of its
   soldiers died"; "... refugees from X, and 3.7 million people are internally
   displaced" -> X). With no such name the later rules apply;
5. the party of whoever reported the figure ("According to Georgian officials,
   170 servicemen ... were killed" -> Georgia): a government giving a figure
   without saying whose is read as giving its own losses; an organisation (the
   UN) is no party;
6. the question is not evidence: a party only the question names is not the row's;
7. else ``unspecified``.

**Reported by / on.** ``reported_by`` is the source named in the sentence:
"according to X", "reported by X", or the subject of a reporting verb ("The
Azerbaijani Defense Ministry announced", "Azerbaijan has reported", "Russia
said"; also estimated, confirmed, recorded, verified, documented: "The UN has
verified"), without a leading "the". A passive ("have been recorded") names no
source. An anaphoric source ("According to the report",
"the ministry said", "It said") is the nearest source named in an earlier
sentence of the same answer. ``reported_on`` is a date attached to that source:
a date after the reporting words with no figure in between ("announced ... on 21
December", "announced Thursday") or a sentence-opening "On ..."/"As of ...". Dates
are resolved by :mod:`karabakh_nb.dates`; ones that need the publication date
("Thursday", "21 December" without a year) only with ``as_of``.

**Qualifier.** As read by :mod:`karabakh_nb.numbers`; a qualifier distributes over
figures joined only by "and", "or" or a comma ("about 170 servicemen and 228
civilians": both ``approx``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import pandas as pd

from .annotate import annotate
from .dates import find_dates, parse_as_of
from .entities import Entity, find_entities
from .lexicon import read_words
from .numbers import WORD_VALUES, NumberMention, find_numbers, has_number

__all__ = [
    "CASUALTY_COLUMNS",
    "CATEGORIES",
    "extract_casualties",
]

CASUALTY_COLUMNS = [
    "party",
    "category",
    "count",
    "qualifier",
    "reported_by",
    "reported_on",
    "qa_id",
    "evidence",
]
CATEGORIES = ("military", "civilian", "unspecified", "missing", "wounded", "displaced")
_EXTRA_COLUMNS = ["parties"]
_PARTY_KINDS = frozenset({"state", "side", "region"})


def _words(forms: Iterable[str]) -> str:
    """Alternation of phrases, longest first, any run of spaces inside one matching."""
    ordered = sorted(set(forms), key=len, reverse=True)
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in ordered)


def _split(text: str) -> list[str]:
    """Space-separated phrases of a cue list written in code (``_`` joins words)."""
    return [w.replace("_", " ") for w in text.split()]


# Person nouns, by what a killed figure of them is (lexicon/*.txt).
_MILITARY = read_words("military_nouns")
_CIVILIAN = read_words("civilian_nouns")
_HEAD_WORDS = (
    _MILITARY
    | _CIVILIAN
    | read_words("general_nouns")
    | read_words("killed_nouns")
    | read_words("displaced_nouns")
)
_HEAD = _words(_HEAD_WORDS)
# Lower-case words allowed between a number and its noun ("ethnic", "military").
_MODIFIERS = _words(read_words("casualty_modifiers"))
_PLURAL_HEADS = frozenset({"people", "personnel", "police", "crew", "children", "men", "women"})
# A word of a figure's noun phrase: any word but a number or a plural person noun, so that
# "255 soldiers and three civilians" is two noun phrases, not one ending in "civilians".
_NOT_MOD = _words(
    [*WORD_VALUES, "hundred", "thousand", "million", "billion", "dozen"]
    + [w for w in _HEAD_WORDS if w.endswith("s") or w in _PLURAL_HEADS]
)
_MOD = (
    rf"(?!(?:{_NOT_MOD})(?![\w-])|\d)"
    rf"(?:(?-i:[A-Z])[\w'’.-]*|(?:{_MODIFIERS})\b|[a-z]+(?:-[a-z]+)+"
    # adjectives by their ending ("additional", "Ethiopian"; never "-ed", which verbs share)
    rf"|[a-z]+(?:al|ian|ese|ish|ive|ous|ic|ary|ful|less|ile)\b)"
)
_OF_POSSESSIVE = r"(?P<of>\s+of\s+(?P<det>its|their|his|her|our|the|whom|those|these)\b)?"
_NP = re.compile(
    rf"{_OF_POSSESSIVE}(?P<mods>(?:\s+{_MOD}){{0,5}})\s+"
    rf"(?P<head>(?:{_HEAD})(?:\s+(?:and|or)(?:\s+{_MOD}){{0,2}}\s+(?:{_HEAD}))?)(?![\w-])",
    re.IGNORECASE,
)
# A plural demonym as the head: "600,000 Azerbaijanis", "20,000 ethnic Georgians".
_NP_DEMONYM = re.compile(
    rf"{_OF_POSSESSIVE}(?P<mods>(?:\s+{_MOD}){{0,4}})\s+(?P<head>[A-Z][\w'’-]*)(?![\w-])"
)

_CUES = {
    "killed": r"killed|died|die|dead|perished|lost\s+their\s+lives|slain|executed|murdered"
    r"|massacred|fell\s+in\s+(?:battle|action|combat)",
    "missing": r"missing|unaccounted\s+for|disappeared"
    r"|(?:their\s+)?(?:bodies|remains)\s+(?:\w+\s+)?unidentified|unidentified",
    "wounded": r"wounded|injured|hurt",
    "displaced": r"internally\s+displaced|displaced|fled|flee|forced\s+to\s+(?:flee|leave)"
    r"|expelled|deported|uprooted"
    r"|driven\s+(?:out|from)|made\s+homeless|became\s+refugees|evacuated"
    r"|left\s+their\s+homes|(?:have|has|had)\s+(?:not|never)\s+(?:been\s+able\s+to\s+)?return"
    r"|(?:were|are|was|is)\s+(?:still\s+)?unable\s+to\s+return|(?:could|can)\s*not\s+return",
}
_CUE_GROUPS = "|".join(f"(?P<{k}>{v})" for k, v in _CUES.items())
# Words that may stand between a figure's noun phrase and its casualty verb.
_FILLER = _words(
    _split(
        """were was are is have has had been be being reportedly confirmed officially also still
    later subsequently all both allegedly believed thought said reported feared presumed to
    remain remained remains went gone now who which that eventually ultimately since either
    in_total in_all so_far already then were_either"""
    )
)
_POST = re.compile(rf"(?:\s*,?\s*(?:{_FILLER})\b)*?\s*,?\s*(?:{_CUE_GROUPS})\b", re.IGNORECASE)
_PARENTHESIS = re.compile(
    r"\s*(?:\([^)]*\)|,\s*(?:including|among\s+them|mostly|mainly|most\s+of\s+(?:them|whom)"
    r"|many\s+of\s+(?:them|whom)|of\s+whom|both|all)\b[^,;]*,)",
    re.IGNORECASE,
)
# A figure that names part of the one before it: "200 people were killed, including 10
# civilians" (the text from the earlier figure's noun phrase to this figure ends so).
_SUBSET = re.compile(
    r"(?:,|\s-|\s–|\()\s*(?:including|incl\.|among\s+them|among\s+whom|of\s+whom|of\s+them"
    r"|mostly|mainly|most\s+of\s+them)\s+$",
    re.IGNORECASE,
)
_PRE = re.compile(
    r"(?:(?P<killed>killed|killing|kills|deaths?\s+of|lives\s+of|massacred|(?P<lost>lost|losing"
    r"|loses|suffered|sustained))"
    r"|(?P<wounded>wounded|wounding|injured|injuring)"
    r"|(?P<displaced>displaced|displacing|displaces|uprooted|expelled|expelling|forced\s+out"
    r"|deported))\s+(?:(?:a\s+total\s+of|an\s+estimated|the|some|between|from)\s+)?$",
    re.IGNORECASE,
)
_TOLL = re.compile(
    r"\b(?:death\s+toll|toll|(?:number|estimate|count|tally|total)\s+of\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?"
    r"(?:dead|deaths|fatalities|victims|killed))"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:is|was|of|at|to|stood\s+at|stands\s+at|reached|rose\s+to"
    r"|climbed\s+to|had\s+risen\s+to|has\s+risen\s+to)\s+$",
    re.IGNORECASE,
)
_BARE = re.compile(
    rf"(?:\s+(?:were|was|have\s+been|had\s+been|are|remain|remained|reportedly))*\s+"
    rf"(?:{_CUE_GROUPS})\b",
    re.IGNORECASE,
)
_COORDINATION = re.compile(
    r"\s*(?:,|and|or|as\s+well\s+as|plus|along\s+with|[–—-]|to|\s)*", re.IGNORECASE
)
# "Britain lost five ships and 256 lives": the loss verb before other things lost.
_LOST_BEFORE = re.compile(
    r"\b(?:lost|losing|loses|lose)\s+(?:[^\d,;.]{0,50}?\s+and\s+)$", re.IGNORECASE
)
# What may follow a figure that shares an earlier figure's predicate ("..., 21,399 Serbs
# and 2,619 Croats."): more coordination, then the end of the sentence.
_TAIL = re.compile(r"(?:\s*(?:,|and|or|respectively|\s))*[.!?;]?[\"'”’)]*\s*$", re.IGNORECASE)
# Cheap prefilter, run on lower-cased text: a stem of some casualty word. The leading
# look-ahead lets the engine skip most positions after one character test.
_CUE_STEM = re.compile(
    r"(?=[cdefhiklmprstuvw])(?:kill|die[ds]?\b|dead|death|casualt|fatalit|missing|unaccounted"
    r"|unidentified|wound|injur|hurt|displac|fled|flee|refugee|idp|expel|deport|return|lives"
    r"|perish|victim|uproot|homeless|disappear|slain|execut|murder|massacr|evacuat|toll|los[ti])"
)
# A number that is a ratio or the whole a share is taken of, never a count of casualties.
_NOT_A_COUNT = re.compile(
    r"(?:\b(?:one|1)\s+(?:in|out\s+of)\s+(?:every\s+)?"
    r"|\b(?:half|third|quarter|fifth|tenth|two-thirds|three-quarters|majority|most|percent"
    r"|per\s+cent)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}"
    r"|%\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2})$",
    re.IGNORECASE,
)
# "the total Indian casualties ... 240 killed": whose losses a casualty noun names.
_OWNER_NOUN = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:casualties|losses|deaths|dead|death\s+toll|fatalities|toll)\b"
)
# How far back a verb or a "death toll" before a figure is looked for.
_LOOKBACK = 80
_MILITARY_MOD = re.compile(r"\b(?:military|army|armed)\b", re.IGNORECASE)
_CIVILIAN_MOD = re.compile(r"\bcivilian\b", re.IGNORECASE)

# Sources.
_REPORT_VERB = re.compile(
    r"\b(?:announced|announces|reported|reports|said|says|stated|states|confirmed|confirms"
    r"|claimed|claims|estimated|estimates|declared|published|released|recorded|records|counted"
    r"|verified|verifies|documented|documents)\b"
)
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\s+(?P<src>[^,.;:()]+?)(?=\s*(?:[,.;:()]|$))")
_BY_SOURCE = re.compile(
    r"\b(?:reported|announced|released|published|confirmed|given|provided|compiled|cited)"
    r"\s+by\s+(?P<src>[^,.;:()]+?)(?=\s*(?:[,.;:()]|$))"
)
_CLAUSE_START = re.compile(r".*(?:[,;:(]|\bthat\b|\bwhile\b|\bwhereas\b|\band\b)\s*", re.DOTALL)
_AUXILIARIES = re.compile(
    r"(?:\s+(?:has|have|had|also|officially|later|then|now|previously|earlier|initially"
    r"|publicly|separately|itself|themselves))+$",
    re.IGNORECASE,
)
# Where a source named after "according to" / "reported by" ends, if not at a comma.
_SOURCE_END = re.compile(
    r"\s+(?:show|shows|showed|say|says|said|put|puts|indicate[sd]?|suggest[sd]?|list(?:s|ed)?"
    r"|were|was|are|is|have|has|had|that|which|who|\d).*$",
    re.DOTALL,
)
_PASSIVE_END = re.compile(r"\b(?:been|be|being|was|were|is|are)$", re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:the|The|THE)\s+")
_SOURCE_NOUNS = re.compile(
    r"\b(?:officials?|ministry|ministries|government|authorities|agency|spokes(?:man|woman"
    r"|person)|office|ombudsman|committee|report|statement|sources?|service|commission|"
    r"organi[sz]ation|council|army|military|president|minister|observatory|watch)\b",
    re.IGNORECASE,
)
_ANAPHORA = re.compile(
    r"^(?:it|they|he|she|(?:the|this|that|these|those|its|their)\s+(?:\w+\s+)?(?:report|statement"
    r"|ministry|figures?|data|agency|government|authorities|officials|announcement|count|tally"
    r"|study|spokes(?:man|woman|person)|sources?|document|list|survey|update|release))$",
    re.IGNORECASE,
)
# Words that may start a date: skip the date search when none follows the source.
_DATE_HINT = re.compile(
    r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun"
    r"|[Yy]esterday|[Ll]ast|[Tt]his|[Ee]arl|[Ll]ate|[Mm]id|ago\b)"
)
_DATE_OPENER = re.compile(r"^\s*(?:[Oo]n|[Aa]s\s+of)\s+$")
# Where displaced people come from: "refugees from X", "fled X", "displaced from X".
_DISPLACED_WORD = (
    r"refugees?|IDPs?|evacuees|displaced|fled|flee|fleeing|expelled|deported|evacuated"
    r"|driven|uprooted|forced\s+to\s+(?:flee|leave)|left"
)
_ORIGIN_BEFORE = re.compile(
    rf"\b(?:{_DISPLACED_WORD})\s+(?:from|out\s+of)\s+(?:the\s+)?$", re.IGNORECASE
)
# After a displaced figure's noun phrase or casualty verb: "from X", "out of X"; after a
# verb of leaving also a bare "X" ("fled Azerbaijan").
_ORIGIN_AFTER = re.compile(r"\s+(?:from|out\s+of)\s+(?:the\s+)?", re.IGNORECASE)
_ORIGIN_AFTER_LEAVING = re.compile(r"\s+(?:(?:from|out\s+of)\s+)?(?:the\s+)?", re.IGNORECASE)
_LEAVING = re.compile(r"(?:fled|flee|leave|left)$", re.IGNORECASE)


@dataclass(frozen=True)
class _Source:
    """Who gave a figure, and when."""

    name: str | None
    party: str | None
    cue_end: int  # offset in the answer just past the reporting words
    sentence_start: int  # offset of the sentence in the answer
    sentence_end: int
    anaphoric: bool


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


def _parties(entities: list[Entity]) -> list[str]:
    out: list[str] = []
    for entity in entities:
        if entity.kind in _PARTY_KINDS and entity.party not in out:
            out.append(entity.party)
    return out


def _cue_of(match: re.Match[str]) -> str:
    groups = match.groupdict()
    return next(k for k in ("killed", "missing", "wounded", "displaced") if groups.get(k))


def _noun_cue(head: str | None, mods: str) -> str | None:
    """The casualty a figure's own noun phrase names ("deaths", "wounded soldiers")."""
    words = f"{mods} {head or ''}".lower()
    if re.search(r"\bmissing\b", words):
        return "missing"
    if re.search(r"\b(?:wounded|injured)\b", words):
        return "wounded"
    if re.search(r"\b(?:displaced|refugees?|idps?|evacuees)\b", words):
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


def _figures(text: str) -> list[_Figure]:
    """The numbers of a sentence that count people, with their noun phrases."""
    out: list[_Figure] = []
    numbers = find_numbers(text)
    for index, number in enumerate(numbers):
        if number.is_percent or number.compound:
            continue
        if _NOT_A_COUNT.search(text, max(0, number.start - 60), number.start):
            continue  # "one in every eight", "a quarter of its 48 million people"
        # The low end of a range counts what its high end counts ("3,000–10,000 soldiers").
        high = numbers[index + 1] if index + 1 < len(numbers) else None
        ranged = high is not None and (number.qualifier, high.qualifier) == ("at_least", "at_most")
        match = _noun_phrase(text, number.end)
        if match is None and ranged and high is not None:
            match = _noun_phrase(text, high.end)
        if match is not None:
            mods, head = match.group("mods"), match.group("head")
            det = (match.group("det") or "").lower()
            np_text = text[match.start("mods") : match.end()]
            out.append(
                _Figure(
                    number=number,
                    np_end=number.end if match.start() > number.end else match.end(),
                    cue=_noun_cue(head, mods),
                    head=head,
                    mods=mods,
                    possessive=det in {"its", "their", "his", "her", "our"},
                    parties=_parties(find_entities(np_text)) if np_text.strip() else [],
                )
            )
            continue
        if number.maybe_year:
            continue
        bare = _BARE.match(text, number.end)
        if bare is not None:
            out.append(_Figure(number, number.end, None, None, "", False, []))
            continue
        toll = _TOLL.search(text, max(0, number.start - _LOOKBACK), number.start)
        if toll:
            # The toll phrase says whose and what kind ("the number of Russian military deaths").
            phrase = toll.group(0)
            parties = _parties(find_entities(phrase))
            out.append(_Figure(number, number.end, "killed", None, phrase, False, parties))
            continue
        # "displaced one million": an unambiguous casualty verb right before a bare number.
        pre = _PRE.search(text, max(0, number.start - _LOOKBACK), number.start)
        if pre is not None and not pre.group("lost"):
            out.append(_Figure(number, number.end, _cue_of(pre), None, "", False, []))
    return out


def _resolve_cues(text: str, figures: list[_Figure]) -> None:
    """Attach the casualty verb before or after each figure, sharing it across "and"."""
    shared: set[int] = set()  # figures whose predicate is a coordinated figure's
    # The predicate after a figure, or the next coordinated figure's predicate.
    for i in range(len(figures) - 1, -1, -1):
        fig = figures[i]
        stop = figures[i + 1].number.start if i + 1 < len(figures) else len(text)
        pos = fig.np_end
        paren = _PARENTHESIS.match(text, pos)
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
        if lost is not None:
            fig.pre, fig.possessive = "killed", True
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
        tail_ok = (
            _COORDINATION.fullmatch(text, fig.np_end, stop)
            if i + 1 < len(figures)
            else (_TAIL.match(text, fig.np_end))
        )
        if not tail_ok:
            continue
        earlier = next((f for f in reversed(figures[:i]) if f.cue or f.post or f.pre), None)
        if earlier is not None:
            fig.post = earlier.post or earlier.pre or earlier.cue
    # "killed ..., including 10 civilians": part of the people just counted, so of their
    # kind and theirs, unless its own noun or predicate says otherwise.
    for i in range(1, len(figures)):
        fig, parent = figures[i], figures[i - 1]
        parent_cue = parent.cue or parent.post or parent.pre
        if (
            fig.head is None
            or parent_cue is None
            or fig.number.start - parent.np_end > _LOOKBACK
            or not _SUBSET.search(text, parent.np_end, fig.number.start)
        ):
            continue
        fig.subset_of = i - 1
        if not fig.cue and not fig.pre and (fig.post is None or i in shared):
            fig.post = parent_cue


def _owner(text: str, pos: int) -> list[str]:
    """The party whose losses a casualty noun before ``pos`` names ("Indian casualties")."""
    owners = [
        e.party
        for e in find_entities(text[:pos])
        if e.kind in _PARTY_KINDS and _OWNER_NOUN.match(text, e.end)
    ]
    return owners[-1:]


def _party_at(text: str, pos: int) -> str | None:
    """The party of the state, side or region named right at ``text[pos:]``."""
    entities = [e for e in find_entities(text[pos : pos + 80]) if e.start == 0]
    if entities and entities[0].kind in _PARTY_KINDS and not entities[0].adjective:
        return entities[0].party
    return None


def _origin(text: str, fig: _Figure) -> str | None:
    """Whose displaced people: the place they come from ("refugees from X", "fled X")."""
    places = [(fig.np_end, _ORIGIN_AFTER)]
    if fig.post == "displaced" and fig.post_span is not None:
        verb = text[fig.post_span[0] : fig.post_span[1]]
        places.append(
            (fig.post_span[1], _ORIGIN_AFTER_LEAVING if _LEAVING.search(verb) else _ORIGIN_AFTER)
        )
    for pos, pattern in places:
        match = pattern.match(text, pos)
        if match is not None and (party := _party_at(text, match.end())):
            return party
    return None


def _internal(text: str, fig: _Figure) -> bool:
    """True for "internally displaced" people: displaced within their own country."""
    if re.search(r"\binternally\b", fig.mods, re.IGNORECASE):
        return True
    return fig.post_span is not None and bool(
        re.match(r"internally\b", text[fig.post_span[0] : fig.post_span[1]], re.IGNORECASE)
    )


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
    # A joint head ("officers and soldiers") is of one kind only when both parts are.
    heads = re.split(r"\s+(?:and|or)\s+(?:\S+\s+){0,2}?", (fig.head or "").lower())
    heads = [h.split()[-1] if h.split() else h for h in heads]
    if all(h in _MILITARY for h in heads) or (len(heads) == 1 and _MILITARY_MOD.search(fig.mods)):
        return "military"
    if all(h in _CIVILIAN for h in heads) or (len(heads) == 1 and _CIVILIAN_MOD.search(fig.mods)):
        return "civilian"
    return "unspecified"


def _clean_source(text: str) -> str:
    text = _SOURCE_END.sub("", text.strip())
    text = _AUXILIARIES.sub("", text)
    return _DETERMINER.sub("", text).strip()


def _source_in(answer: str, start: int, end: int) -> _Source | None:
    """Find who gives the figures of the sentence ``answer[start:end]``."""
    sentence = answer[start:end]
    found: tuple[str, int] | None = None
    match = _BY_SOURCE.search(sentence) or _ACCORDING.search(sentence)
    if match is not None:
        found = (match.group("src"), match.end())
    else:
        for verb in _REPORT_VERB.finditer(sentence):
            before = sentence[: verb.start()].rstrip()
            clause = _CLAUSE_START.match(before)
            chunk = before[clause.end() :] if clause else before
            chunk = _AUXILIARIES.sub("", chunk).strip()
            if not chunk or re.search(r"\d", chunk) or _PASSIVE_END.search(chunk):
                continue
            if len(chunk.split()) > 8:
                continue
            if not (find_entities(chunk) or _SOURCE_NOUNS.search(chunk)
                    or re.search(r"\s[A-Z]", chunk) or _ANAPHORA.match(chunk)):  # fmt: skip
                continue
            found = (chunk, verb.end())
            break
    if found is None:
        return None
    name = _clean_source(found[0])
    if not name:
        return None
    anaphoric = bool(_ANAPHORA.match(found[0].strip())) and not find_entities(name)
    parties = _parties(find_entities(name))
    return _Source(
        name=None if anaphoric else name,
        party=parties[0] if parties else None,
        cue_end=start + found[1],
        sentence_start=start,
        sentence_end=end,
        anaphoric=anaphoric,
    )


def _reported_on(
    answer: str, source: _Source, figure_starts: list[int], as_of: dt.date | None
) -> str | None:
    """The date the source gave its figures, when the sentence says it."""
    after = [s for s in figure_starts if s >= source.cue_end]
    window = answer[source.cue_end : min(after, default=source.sentence_end)]
    opener = answer[source.sentence_start : source.sentence_start + 6]
    if not _DATE_HINT.search(window) and not re.match(r"(?:On|As of)\s", opener):
        return None
    for mention in find_dates(answer, as_of=as_of):
        if not (source.sentence_start <= mention.start < source.sentence_end):
            continue
        if mention.date is None or mention.end_date is not None or mention.adjective:
            continue
        opens = _DATE_OPENER.match(answer[source.sentence_start : mention.start])
        after_cue = mention.start >= source.cue_end and not any(
            source.cue_end <= s < mention.start for s in figure_starts
        )
        if opens or after_cue:
            return mention.date
    return None


def _rows_for_answer(
    qa_id: str, question: str | None, answer: str, as_of: dt.date | None
) -> Iterator[dict[str, Any]]:
    spans = annotate(answer).sentences
    lowered = answer.lower()
    sources: dict[int, _Source | None] = {}

    def source_of(index: int) -> _Source | None:
        if index not in sources:
            span = spans[index]
            sources[index] = _source_in(answer, span.start, span.end)
        return sources[index]

    for index, span in enumerate(spans):
        text = span.text
        if not _CUE_STEM.search(lowered, span.start, span.end) or not has_number(text):
            continue
        figures = _figures(text)
        if not figures:
            continue
        _resolve_cues(text, figures)
        qualifiers = _qualifiers(text, figures)
        kept = [
            (fig, qualifier, cue)
            for fig, qualifier in zip(figures, qualifiers, strict=True)
            if (cue := fig.cue or fig.post or fig.pre) and span.affirmed(fig.number.start)
        ]
        if not kept:
            continue
        # Whose figures: this sentence's source, or the one an anaphora points back to.
        source = source_of(index)
        if source is not None and source.anaphoric:
            # With no earlier source the name stays unknown, but the date may still be given.
            source = next(
                (s for j in range(index - 1, -1, -1) if (s := source_of(j)) and s.name), source
            )
        reported_on = None
        if source is not None:
            starts = [span.start + f.number.start for f in figures]
            reported_on = _reported_on(answer, source, starts, as_of)
        parties_of: dict[int, list[str]] = {}
        for fig, qualifier, cue in kept:
            parties = list(fig.parties)
            if not parties and fig.subset_of is not None:
                # Part of an earlier figure: the same people's.
                parties = list(parties_of.get(fig.subset_of, []))
            index = figures.index(fig)
            if not parties and fig.head is None and index:
                # An elliptical figure ("36,000 US soldiers were killed and 103,000 were
                # injured", "killing 37 sailors and wounding 21"): the same people's,
                # unless another party is named in between ("..., while Jordan suffered 23").
                prev = figures[index - 1]
                between = find_entities(text[prev.np_end : fig.number.start])
                if not any(e.kind in _PARTY_KINDS for e in between):
                    parties = list(parties_of.get(index - 1, []))
            if not parties:
                parties = _owner(text, fig.number.start)
            if not parties and cue == "displaced" and (origin := _origin(text, fig)):
                parties = [origin]
            if not parties and (fig.possessive or (cue == "displaced" and _internal(text, fig))):
                before = [
                    e for e in find_entities(text[: fig.number.start]) if e.kind in _PARTY_KINDS
                ]
                if before:
                    parties = [before[-1].party]
            if not parties and source is not None and source.party:
                parties = [source.party]
            parties_of[index] = parties
            yield {
                "party": parties[0] if parties else "unspecified",
                "category": _category(cue, fig),
                "count": round(fig.number.value),
                "qualifier": qualifier,
                "reported_by": source.name if source is not None else None,
                "reported_on": reported_on,
                "qa_id": qa_id,
                "evidence": text,
                "parties": parties,
            }


def extract_casualties(qa: pd.DataFrame, as_of: dt.date | str | None = None) -> pd.DataFrame:
    """Extract casualty figures (killed, missing, wounded, displaced) from a ``qa`` table.

    Args:
        qa: The ``qa`` table (columns ``id``, ``question``, ``answer`` are read).
        as_of: Publication date, to resolve ``reported_on`` from "Thursday" or
            "21 December" in an answer that gives no year.

    Returns:
        One row per figure, columns :data:`CASUALTY_COLUMNS` then ``parties`` (every
        party the figure covers).

    Raises:
        UsageError: ``as_of`` is not a valid date.

    Example:
        >>> import pandas as pd
        >>> qa = pd.DataFrame({"id": ["f:1"], "question": ["How many died?"],
        ...     "answer": ["According to Georgian officials, 170 servicemen were killed."]})
        >>> extract_casualties(qa)[["party", "category", "count", "reported_by"]].values.tolist()
        [['Georgia', 'military', 170, 'Georgian officials']]
    """
    when = parse_as_of(as_of)
    rows: list[dict[str, Any]] = []
    for qa_id, question, answer in zip(qa["id"], qa["question"], qa["answer"], strict=True):
        if not isinstance(answer, str) or not _CUE_STEM.search(answer.lower()):
            continue
        rows.extend(_rows_for_answer(qa_id, question, answer, when))
    frame = pd.DataFrame(rows, columns=CASUALTY_COLUMNS + _EXTRA_COLUMNS)
    frame["count"] = frame["count"].astype("int64")
    for column in ("reported_by", "reported_on"):
        frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    return frame
