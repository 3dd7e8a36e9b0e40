"""Small text helpers shared by the extractors: sentence splitting and normalising.

Answers are scraped passages; the extractors read them one sentence at a time so
that every fact row can quote the sentence it came from (its ``evidence``).

What belongs here: where one sentence of an answer ends and the next begins. A sentence ends

- at a full stop, question or exclamation mark or ellipsis before a space, with the closing
  quotes, brackets and footnote marks after it ('."', '.)', '.[12]'), or before a capitalised
  word glued to it ("starvation.The army");
- at a bullet ("• A • B": the bullet is in neither sentence) and at a line break that opens
  a new item (a blank line always);
- where a scraper dropped the full stop: after a quotation of a few words before a
  capitalised word ('He said "we will fight on" The army ...'), and after a lower-case word
  before a sentence opener and a lower-case word ("in 1992 The ceasefire held").

It does not end at an abbreviation's stop (``lexicon/abbreviations.txt``: titles never,
"No." before a figure, "etc."/"et al."/"Jan." unless a sentence opener follows, dotted
initials likewise), inside a short quotation the sentence goes on after ('"We are ready.
We will win," the general said'), before a lower-case word after a quotation, an ellipsis
or a "?" ('"We won." he said'), nor before a quotation's speaker tag ('?” Marshal Ruritan
said.'). Semicolons and colons end clauses, not sentences (``annotate.polarity``).

Every pattern is a bounded class or a plain alternation, and a run of marks is matched
whole (possessive): linear on any input. Most answers hold no mark but full stops, and
a full stop after a figure or a long lower-case word is decided without a word lookup.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from .lexicon import read_table, read_words

__all__ = ["Sentence", "sentences"]

# Each abbreviation's kind: "title" (never ends a sentence), "figure" (an abbreviation
# before a figure only), "end" (ends a sentence before a sentence opener only).
_KIND = {word: kind for kind, words in read_table("abbreviations").items() for word in words}
_OPENERS = read_words("sentence_openers")
_SPEECH = "|".join(sorted(read_words("speech_verbs")))

_CLOSERS = "\"'”’)\\]"
_MARKS = "?!…"  # besides the full stop: few answers have one
# A run of marks with its closers and footnote marks ("[12]"), matched whole (possessive),
# so that finditer never starts again inside a run: linear on "......". A passage with
# no mark but full stops is searched for its stops alone, a literal search (a third of
# the time of a search for a class of characters).
_TAIL = rf"[{_CLOSERS}]*+(?:\[[\w ]{{1,20}}\])*+"
_STOP = re.compile(rf"\.[.]*+{_TAIL}")
_STOP_ANY = re.compile(rf"[.{_MARKS}][.{_MARKS}]*+{_TAIL}")
# A sentence opener after a lower-case word or a figure and a space, before a lower-case
# word: "in 1992 The ceasefire". One search per first letter, so each is a literal search;
# each branch looks back past its word with a fixed width.
_RUNS = tuple(
    re.compile(
        "|".join(
            rf"{re.escape(w)}(?<=[a-z0-9] {re.escape(w)})(?= [a-z])"
            for w in sorted(words, key=len, reverse=True)
        )
    )
    for words in (
        [w for w in read_words("missing_stop_openers") if w[0] == first]
        for first in sorted({w[0] for w in read_words("missing_stop_openers")})
    )
)
# The longest abbreviation: a full stop after more lower-case letters ends a sentence.
_LONGEST_ABBREVIATION = max(map(len, _KIND))


# Rare marks, looked for only in a passage that has one: bullets, a middle dot between
# spaces, line breaks.
_BULLETS = "•▪●■◦‣"
_RARE = (*_BULLETS, "·", "\n")
_BULLET = re.compile(f"[{_BULLETS}]")
_DOT = re.compile(r"(?<=\s)·(?=\s)")
_LINE = re.compile(r"\n\s*")
# After a quotation closed with no stop: a capitalised word ('"we will fight on" The army').
_QUOTE_END = re.compile(r"\s+[A-Z]")


class Sentence(NamedTuple):
    """One sentence of an answer, with its character span in that answer.

    A named tuple: built for every sentence of every answer, it costs a third of a
    frozen dataclass.
    """

    text: str
    start: int
    end: int


_PLAIN_WORD = re.compile(r"[a-z]{4,}[\"'”’)]*|\d{3,}[\"'”’)]*")
_INITIALS = re.compile(r"(?:[A-Za-z]\.)*[A-Za-z]")
_NEXT_CHAR = re.compile(r"\s*(\S)")
_NEXT_WORD = re.compile(r"\s*([A-Z][a-z]*)\b")
# "?” Marshal Ruritan, the army's chief, said.": a speaker tag after a quotation.
_SPEAKER = re.compile(rf"\s+(?:[A-Z][^.!?\"“”]{{0,80}}?[\s,])?(?:{_SPEECH})(?: [a-z]+){{0,2}}[.,]")
_QUOTE_MARKS = re.compile(r"[\"“”]")
# No abbreviation is longer than this: a full stop after a longer word is looked at
# only this far back, so a passage of one endless "word" stays linear.
_LONGEST_WORD = 40
# A quotation this long or longer may hold sentences of its own.
_LONGEST_QUOTE = 300
# A bullet's item of fewer words is a field of an infobox, not a sentence.
_ITEM_WORDS = 4
# A quotation of fewer words is a name ('the "Iron Fist" Operation'), not a statement.
_QUOTE_WORDS = 4


_sentence = Sentence._make


def _next_char(text: str, pos: int) -> str:
    """The first character at or after ``pos`` that is not a space ("" at the end)."""
    char = text[pos : pos + 1]
    if char == " ":
        char = text[pos + 1 : pos + 2]
    if char.isspace():
        nxt = _NEXT_CHAR.match(text, pos)
        return nxt.group(1) if nxt else ""
    return char


def _opens_sentence(text: str, pos: int) -> bool:
    """True when the word after ``pos`` is a sentence opener ("The", "In", "However")."""
    nxt = _NEXT_WORD.match(text, pos)
    return nxt is not None and nxt.group(1) in _OPENERS


def _is_abbreviation(text: str, dot: int) -> bool:
    """Return True when the full stop at ``dot`` ends an abbreviation, not a sentence."""
    # The word before the stop: what follows the last space within reach (split on the
    # same spaces as str.isspace, in one call rather than a step per character).
    chunk = text[max(0, dot - _LONGEST_WORD) : dot]
    if not chunk or chunk[-1].isspace():
        return False
    word = chunk.rsplit(None, 1)[-1].lstrip("\"'(“‘[")
    if not word:
        return False
    kind = _KIND.get(word.lower())
    if kind == "title":
        return True
    if kind == "end":  # "et al. (1994)", "etc. were"; "etc. The war began"
        return not _opens_sentence(text, dot + 1)
    nxt = _next_char(text, dot + 1)
    # "c. 10,000 killed", "No. 822": a qualifier's stop before the figure it qualifies.
    if kind == "figure" and nxt.isdigit():
        return True
    # Initials and dotted acronyms: "U.S.", "U.N.", "J."; "the U.S. The war ..." ends.
    if len(word) <= 6 and _INITIALS.fullmatch(word) and len(word.replace(".", "")) <= 3:
        if word[-1].isupper() or "." in word:
            return not _opens_sentence(text, dot + 1)
        return False
    # A following lower-case word means the sentence goes on ("approx. 30"), unless the word
    # before the stop is a plain word or number no abbreviation looks like: scraped text
    # often opens a sentence in lower case ("... in 1979. tensions peaked in May").
    if not nxt.islower():
        return False
    return not _PLAIN_WORD.fullmatch(word)


def _closes_abbreviation(text: str, start: int, end: int, mark: str) -> bool:
    """An abbreviation's stop before a bracket, the sentence going on: "(2009 est.) 405,210"."""
    if mark[0] != "." or mark[1:].strip(")]"):
        return False
    nxt = _next_char(text, end)
    if not nxt or nxt.isupper():
        return False
    return _is_abbreviation(text, start)


class _Quotes:
    """The short double quotations of a passage.

    ``closes`` maps each closing mark to its opening mark; ``opens`` and ``ends`` hold the
    quotations the sentence goes on after ('"We are ready. We will win," the general
    said'): no sentence ends inside those. One that ends its sentence may hold several.
    """

    def __init__(self, text: str) -> None:
        self.opens: list[int] = []
        self.ends: list[int] = []
        self.closes: dict[int, int] = {}
        if '"' not in text and "“" not in text:
            return
        opened = -1
        for match in _QUOTE_MARKS.finditer(text):
            pos = match.start()
            mark = text[pos]
            before = text[pos - 1] if pos else " "
            if mark == "“" or (mark == '"' and (before.isspace() or before in "([—–-:")):
                opened = pos
            elif opened >= 0:
                if pos - opened < _LONGEST_QUOTE:
                    self.closes[pos] = opened
                    if _goes_on(text, pos):
                        self.opens.append(opened)
                        self.ends.append(pos)
                opened = -1

    def inside(self, start: int, end: int) -> bool:
        """True when ``start:end`` lies within a quotation, short of its closing mark."""
        if not self.opens:
            return False
        at = bisect_left(self.opens, start) - 1
        return at >= 0 and end <= self.ends[at]


def _goes_on(text: str, pos: int) -> bool:
    """True when the sentence goes on after the quotation closed at ``pos``."""
    if text[pos - 1 : pos] == ",":
        return True  # '"We will win," the general said'
    nxt = _next_char(text, pos + 1)
    return nxt.islower() or nxt in ",;:" or _SPEAKER.match(text, pos + 1) is not None


def _stop_ends(text: str, start: int, end: int, quotes: _Quotes) -> bool:
    """True when the marks at ``start:end`` end a sentence (see the module docstring)."""
    mark = text[start:end]
    after = text[end : end + 1]
    if after and not after.isspace():
        # "starvation.The": a stop glued to a capitalised word after a lower-case one.
        if not (after.isupper() and text[end + 1 : end + 2].islower()):
            return False  # "3.5", "U.S", "example.com": no boundary
        before = text[max(0, start - 3) : start]
        if len(before) < 3 or not before.isalpha() or not before.islower():
            return False
        if mark[0] not in ".?!" or (mark == "." and _is_abbreviation(text, start)):
            return False
        return not quotes.inside(start, end)
    if len(mark) == 1:
        if mark == "." and _is_abbreviation(text, start):
            return False
    elif mark[0] == "." and _closes_abbreviation(text, start, end, mark):
        return False
    core = mark.split("[", 1)[0].rstrip(_CLOSERS)  # without closers and footnote marks
    ellipsis = "…" in core or ".." in core
    quoted = core != mark and mark[len(core)] in "\"”'’"
    if (quoted or ellipsis or core[-1] in "?!") and _next_char(text, end).islower():
        return False  # '"We won." he said', "on... and on", "war? continued"
    if ellipsis and start and text[start - 1] in "[(":
        return False  # an omission: "the army [...] left"
    if quoted and _SPEAKER.match(text, end):
        return False  # '?” Marshal Ruritan said.'
    return not quotes.inside(start, end)


def _quote_ends(text: str, pos: int, quotes: _Quotes) -> bool:
    """True when the quotation closed at ``pos`` ends its sentence with no stop."""
    opened = quotes.closes.get(pos, -1)
    if opened < 0 or not text[pos - 1 : pos].isalnum():
        return False  # unpaired, or closed after a mark (the stop decides)
    if text.count(" ", opened, pos) < _QUOTE_WORDS - 1:
        return False  # a name of a few words: 'the "Iron Fist" Operation'
    return _SPEAKER.match(text, pos + 1) is None


def _line_ends(text: str, start: int, end: int) -> bool:
    """True when a line break ends a sentence: a blank line, or a new item's line."""
    if text.count("\n", start, end) > 1:
        return True
    before = text[max(0, start - _LONGEST_WORD) : start].rstrip(" \t")[-1:]
    after = text[end : end + 1]
    if not before or not after:
        return True
    return (before.isalnum() or before in '"”’)]%') and (after.isupper() or after.isdigit())


def _run_ends(text: str, pos: int) -> bool:
    """True when a full stop is missing before the opener at ``pos``: "in 1992 The war"."""
    chunk = text[max(0, pos - _LONGEST_WORD) : pos].split()
    word = chunk[-1] if chunk else ""
    return (word.islower() or word.isdigit()) and word.isalnum()


def _rare_cuts(text: str, quotes: _Quotes) -> list[tuple[int, int]]:
    """The cuts at bullets, line breaks and quotations closed with no stop."""
    cuts: list[tuple[int, int]] = []
    bullets: list[tuple[int, int]] = []
    if any(b in text for b in _BULLETS):
        bullets += [m.span() for m in _BULLET.finditer(text)]
    if "·" in text:  # "A · B", not "l·l"
        bullets = sorted(bullets + [m.span() for m in _DOT.finditer(text)])
    for at, (start, end) in enumerate(bullets):
        # A bullet opens an item of a list of sentences; not a field of an infobox
        # ("Population (2011) • Total 2,070,371 • Density 31/km2").
        item = text[end : bullets[at + 1][0] if at + 1 < len(bullets) else len(text)].rstrip()
        if item.endswith((".", "!", "?")) or len(item.split(None, _ITEM_WORDS)) > _ITEM_WORDS:
            cuts.append((start, end))
    if "\n" in text:
        cuts += [m.span() for m in _LINE.finditer(text) if _line_ends(text, *m.span())]
    for pos in quotes.closes:
        if _QUOTE_END.match(text, pos + 1) and _quote_ends(text, pos, quotes):
            cuts.append((pos + 1, pos + 1))
    return cuts


def _cuts(text: str) -> list[tuple[int, int]]:
    """Where each sentence ends and the next may begin (end, start), in order."""
    quotes = _Quotes(text)
    cuts: list[tuple[int, int]] = []
    plain = _LONGEST_ABBREVIATION + 1
    stops = _STOP_ANY if any(m in text for m in _MARKS) else _STOP
    last = len(text.rstrip())
    for match in stops.finditer(text):
        start, end = match.span()
        if end >= last:
            continue  # the passage's last marks: a cut there changes nothing
        if end - start == 1 and text[start] == "." and text[end : end + 1] in (" ", ""):
            # The common case, a full stop before a space. Before a capital, after a figure
            # or more lower-case letters than any abbreviation has, it ends a sentence.
            word = text[max(0, start - plain) : start]
            if text[end + 1 : end + 2].isupper() and (
                word[-1:].isdigit() or (len(word) == plain and word.isalpha() and word.islower())
            ):
                if not quotes.opens or not quotes.inside(start, end):
                    cuts.append((end, end))
            elif not _is_abbreviation(text, start) and not quotes.inside(start, end):
                cuts.append((end, end))
        elif _stop_ends(text, start, end, quotes):
            cuts.append((end, end))
    more = [
        (m.start(), m.start())
        for r in _RUNS
        for m in r.finditer(text)
        if _run_ends(text, m.start())
    ]
    if quotes.closes or any(c in text for c in _RARE):
        more += _rare_cuts(text, quotes)
    return sorted(cuts + more) if more else cuts


def sentences(text: str) -> list[Sentence]:
    """Split a passage into sentences, keeping each one's span.

    Args:
        text: A clean answer passage.

    Returns:
        The sentences in order; their ``text`` is stripped of surrounding space.

    Example:
        >>> [s.text for s in sentences("The U.S. agreed. Russia did not.")]
        ['The U.S. agreed.', 'Russia did not.']
    """
    out: list[Sentence] = []
    start = 0
    cuts = _cuts(text)
    cuts.append((len(text), len(text)))
    for end, nxt in cuts:
        if end < start:
            continue  # within the space a cut before skipped
        chunk = text[start:end]
        body = chunk.lstrip()  # the same object when there is nothing to strip
        if body:
            offset = end - len(body)
            body = body.rstrip()
            out.append(_sentence((body, offset, offset + len(body))))
        start = nxt
    return out
