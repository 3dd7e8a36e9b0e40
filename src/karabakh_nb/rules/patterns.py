"""The shorthand of rule patterns, compiled into regular expressions.

See the package docstring for the rule format. Every pattern is built from bounded pieces
(slot tokens, at most ``k`` words, lists whose separators and items start differently).
"""

from __future__ import annotations

import re

from ..annotate.template import CLOSE, NUM_CLOSE, NUM_OPEN, OPEN
from ..lexicon import read_words

__all__ = ["DASH_ASIDE", "SYMMETRIC", "compile_pattern"]

_LETTERS = {"": "E", "any": "EJ", "org": "O", "actor": "EO", "all": "EJO"}
_SHORTHAND = re.compile(
    r"\{W:(\d)\}|\{GAP:(\d+)\}|\{ANY:(\d+)\}|\{(?:(LIST):)?([A-Z][A-Z0-9_]*)(?::(\w+))?\}"
)
_SOFT_BEFORE = frozenset(",;:.")
_SOFT_AFTER = frozenset(",;:(")


def _spaces(pattern: str) -> str:
    """A space of a pattern matches spaces: optional next to punctuation, else required."""
    out: list[str] = []
    for i, ch in enumerate(pattern):
        if ch != " ":
            out.append(ch)
            continue
        before = pattern[i - 1] if i else ""
        after = pattern[i + 1] if i + 1 < len(pattern) else ""
        if after == " ":
            continue
        soft = before in _SOFT_AFTER or after in _SOFT_BEFORE
        soft = soft or pattern.startswith(("{W:", "{GAP:", "{ANY:"), i + 1)
        out.append(r"\s*" if soft else r"\s+")
    return "".join(out)


_ONE_OF = re.compile(r"(?<![\w\\])one(?=\\s\+of\b)")
_ONE = rf"(?:one|{NUM_OPEN}N\d+{NUM_CLOSE})"
_TOKEN = re.compile(rf"(?:{OPEN}([EJO])|{NUM_OPEN}(N))(\d+)(?:{CLOSE}|{NUM_CLOSE})")
# "A and (later) B", "A and then B": a time word between the last "and" and its item.
_LAST = (
    r"(?:and(?:\s+(?:even|also|later|eventually|finally|then|subsequently|"
    r"\((?:later|then|subsequently|eventually|from\s+\d{4})\)))?|or|as\s+well\s+as|along\s+with|&)"
)
# What may stand around a list item: "X forces", "X (Y)", "X (an aside)"; the last item
# may also open with "the army of" or one modifier ("and Communist China").
_FORCE_WORDS = (
    "forces",
    "troops",
    "army",
    "armies",
    "navy",
    "government",
    "governments",
    "military",
    "militaries",
)
_FORCE = rf"(?:{'|'.join(_FORCE_WORDS)})"
# An aside between dashes is an aside in brackets: "the Soviets -- then patrons of the
# Somalis -- switched sides" (a hyphen inside a word is no dash).
_DASH = r"(?:\s*(?:--|—)\s*|\s+[-–]\s+)"
_DASH_ASIDE_BODY = rf"{_DASH}(?:(?!--|—|\s[-–]\s)[^;.]){{1,80}}?(?:\s*(?:--|—)|\s+[-–])"
_DASH_ASIDE = rf"(?:{_DASH_ASIDE_BODY}(?=\s+[a-z]))"
DASH_ASIDE = re.compile(_DASH_ASIDE_BODY)
_ITEM_AFTER = (
    rf"(?:\s+{_FORCE}\b)?(?:\s*\((?:[^(){OPEN}{NUM_OPEN}]{{1,80}}|{OPEN}[EJO]\d+{CLOSE})\)"
    rf"|{_DASH_ASIDE})?"
)
_ALIAS_AFTER = rf"(?:\s*\((?:{OPEN}[EJO]\d+{CLOSE}|(?-i:[A-Z]{{2,6}}))\)(?![\w{OPEN}]))?"
_LAST_BEFORE = (
    rf"(?:(?:the\s+)?{_FORCE}\s+of\s+)?(?:the\s+)?"
    r"(?:(?:(?-i:[A-Z])\w*|\w+-(?:backed|led|dominated|supported|aligned|controlled|ruled)"
    # "and (later) apartheid South Africa": a word of the regime before the last item
    r"|apartheid|communist|fascist|imperial|colonial|neighbou?ring)\s+)?"
)
# A list's middle item may carry "the" and a state's form ("A, the Empire of B and C").
_MIDDLE_BEFORE = r"(?:the\s+)?(?:(?-i:[A-Z])[a-z]+\s+of\s+(?:the\s+)?)?"
_NAME_SLOT = re.compile(r"\{(?:LIST:)?[A-Z]\d*(?::[a-z]+)?\}")
# A finite verb right after a list's last name: that name is the subject of a new clause.
# "... Libya, and Chad and Sudan would send troops": the clause's subject may be a pair.
_NEXT_CLAUSE = (
    rf"(?!(?:\s+and\s+(?:the\s+)?{OPEN}[EJO]\d+{CLOSE})?\s+(?:then\s+)?(?-i:(?:[a-z]+ed|was"
    r"|were|had|has|have|is|are|said|sent|began|took|won|lost|gave|made|became|remained|called"
    r"|says|sends|calls|condemns|denies|agrees|would|will|could|should|might)\b))"
)
# Nouns that make a name before them an apposition of the name before a comma.
_APPOSED = (
    r"(?:(?:old|close|closest|key|main|only|staunch|traditional|former)\s+)?"
    r"(?:ally|allies|neighbou?rs?|patron|backer|protector)\b"
)
_LIST_TAIL = (
    r"(?:\s*,?\s+and\s+(?:some\s+|several\s+|many\s+|a\s+few\s+|various\s+)?other\s+"
    r"(?:countries|states|nations|powers|governments|groups|allies|enemies)\b)?"
)
# A list never begins inside another (after an item's end and a separator); checked before a
# list's first slot and after its bracket, the engine jumps from bracket to bracket.
_ITEM_ENDS = (CLOSE, ")", *(f" {w}" for w in _FORCE_WORDS))
_SEPARATORS = (",", ", ", " and ", ", and ", ", the ", " and the ", ", and the ")


def _none_before(texts: list[str]) -> str:
    """Look-behinds that no text of ``texts`` ends here: one per length, as alternatives.

    The same as one ``(?<!text)`` each, in a pattern a tenth as long (a look-behind's
    alternatives must share a length): long patterns were slow to compile and to match.
    """
    by_length: dict[int, list[str]] = {}
    for text in dict.fromkeys(texts):
        by_length.setdefault(len(text), []).append(re.escape(text))
    return "".join(f"(?<!{'|'.join(alts)})" for _, alts in sorted(by_length.items()))


_NOT_INSIDE = _none_before([end + sep for end in _ITEM_ENDS for sep in _SEPARATORS[:4]] + ["the "])
_NOT_INSIDE_AFTER = _none_before([end + sep + OPEN for end in _ITEM_ENDS for sep in _SEPARATORS])
SYMMETRIC = frozenset({"ally", "partner", "adversary"})


# "the X-led coalition", "the X-Y-led military coalition": X (and Y) as a party.
_LED = (
    rf"(?:{OPEN}[EJ]\d+{CLOSE}[-–](?={OPEN}[EJ]\d+{CLOSE}-led\b))?{OPEN}{{guard}}[EJ]\d+{CLOSE}"
    r"-led\s+(?:(?:military|international|multinational|western|Arab)\s+)?"
    r"(?:coalition|alliance|forces|troops|intervention)\b"
)


def _slot(letters: str, *, leading: bool = False, guard: str = "") -> str:
    # A slot that opens the pattern needs no "the" before it: the match starts at it.
    the = "" if leading else r"(?:the\s+)?"
    led = _LED.replace("{guard}", guard)
    return rf"{the}(?:{led}|{OPEN}{guard}[{letters}]\d+{CLOSE}(?:['’]s?)?)"


# A capitalised word, never a slot token's letter ("⟦E0⟧") nor after a word's hyphen; possessive
# ("Aaa-Aaa-..." split every way was polynomial: 100 parts took 13 s).
_CAP = rf"(?<![{OPEN}{NUM_OPEN}\w])(?<![\w'’]-)(?-i:[A-ZÀ-ÖØ-Þ])[\w'’-]*+"
_GROUP_WORD = rf"(?:{OPEN}J\d+{CLOSE}|{_CAP})"
_GROUP_MORE = r"Muslims?|Islam|Christians?|Jews?|descent"
_NOT_GROUP = "|".join(sorted(read_words("name_openers")))  # "The", "In", "Their"
_CLASSES = "|".join(sorted(read_words("population_classes")))  # "urban", "males"
_JOINT_AFTER = (
    r"\s+(?:descent|origin|ancestry|extraction)\b"
    r"|\s+(?:were|are)\s+(?:put|estimated|reckoned|computed|calculated)\s+at\b"
)
_GROUP = (
    rf"(?:(?:ethnic\s+)?(?!(?-i:{_NOT_GROUP})\b)(?:(?<![\w-])non-(?-i:[A-Z])[\w'’-]*+|{_GROUP_WORD})"
    rf"(?:[ -](?:{_GROUP_WORD}|{_GROUP_MORE})){{0,2}}"
    # "31,456 Sylvans and Setos (1.6%)", "people of Seto and Vlach descent", "the Setos and
    # Vlachs were put at 82,000": two peoples counted as one.
    rf"(?:\s+and\s+(?!(?-i:{_NOT_GROUP})\b){_GROUP_WORD}(?=\s*[(,;.]|{_JOINT_AFTER}))?"
    rf"|(?<![\w-])(?-i:{_CLASSES})\b(?!\s+(?:and\s+children|religion|belief|faith)))"
)
_YEAR = r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d|,\d)"
# A place the lexicon lacks: capitalised words ("Kargil district" gives "Kargil") or a name slot;
# sentence-initial words are not excluded, so rules put it after a word ("population of").
_NOT_PLACE = read_words("not_places")
_PLACE_NAME = rf"{_CAP}(?:[ -]{_CAP}){{0,3}}"
_PLACE = rf"(?:(?:the\s+)?{OPEN}[EJ]\d+{CLOSE}(?:['’]s?)?|{_PLACE_NAME})"


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """Expand the shorthands of a rule pattern into a regular expression."""
    return _compile(pattern)[0]


def _compile(pattern: str) -> tuple[re.Pattern[str], dict[str, str]]:
    regex, kinds = _expand(pattern)
    return re.compile(regex, re.IGNORECASE), kinds


def _expand(pattern: str) -> tuple[str, dict[str, str]]:
    """The regular expression (compiled with ``re.IGNORECASE``) and each slot's kind."""
    kinds: dict[str, str] = {}

    def expand(match: re.Match[str]) -> str:
        if match.group(1):
            # Words, numbers and demonyms ("a Latin ⟦J1⟧ country") may fill a gap.
            word = (
                rf"(?:(?<![{OPEN}{NUM_OPEN}])[\w'’-]+|{NUM_OPEN}N\d+{NUM_CLOSE}|{OPEN}J\d+{CLOSE})"
            )
            return rf"(?:{word},?\s+){{0,{match.group(1)}}}?"
        if match.group(2):
            # Any text without a slot or a clause end, at most n characters.
            return rf"[^{OPEN};:.]{{0,{match.group(2)}}}?"
        if match.group(3):
            # Any text without a clause end, slots included, at most n characters.
            return rf"[^;:.]{{0,{match.group(3)}}}?"
        is_list, name, kind = match.group(4), match.group(5), match.group(6) or ""
        if re.fullmatch(r"N\d*", name):
            kinds[name] = "number"
            return rf"(?P<{name}>{NUM_OPEN}N\d+{NUM_CLOSE})"
        if kind in ("text", "year", "place"):
            kinds[name] = kind
            body = {"text": _GROUP, "year": _YEAR, "place": _PLACE}[kind]
            return f"(?P<{name}>{body})"
        kinds[name] = "names"
        leading = match.start() == 0
        one = _slot(_LETTERS[kind])
        first = _slot(_LETTERS[kind], leading=leading, guard=_NOT_INSIDE_AFTER if is_list else "")
        if not is_list:
            # "the X Front (XF)": the name's own acronym after it belongs to the slot.
            return f"(?P<{name}>{first}{_ALIAS_AFTER})"
        # English lists: "A, B, C and D" (commas, then one "and"), atomic, and never
        # begun in the middle of another list, so a long list is read once. An item may
        # carry a force noun or an aside in brackets ("Germany (the first time ...)"),
        # the last one "the army of" or a modifier; "and other countries" may end it.
        # An item followed by "by" opens a gapped clause ("A is backed by B, C by D"): no item.
        item = rf"{one}{_ITEM_AFTER}(?!\s+by\b)"
        # An object list that closes the pattern (a name slot stands before it) ends before a
        # name that opens a new clause ("Chad attacked Libya and Sudan condemned it").
        closes = not text[match.end() :].strip(")") and bool(
            _NAME_SLOT.search(text, 0, match.start())
        )
        last = rf"{item}{_NEXT_CLAUSE}" if closes else item
        # A name after a comma and before "ally" describes the one before it ("Togo,
        # Mali's ally"): an apposition, no list item.
        middle = rf"{item}(?!\s+{_APPOSED})"
        body = (
            rf"(?>{first}{_ITEM_AFTER}(?:\s*,\s*{_MIDDLE_BEFORE}{middle})*"
            rf"(?:\s*,?\s*{_LAST}\s+{_LAST_BEFORE}{last})?{_LIST_TAIL})"
        )
        return body_named(name, body, leading)

    def body_named(name: str, body: str, leading: bool) -> str:
        return f"(?P<{name}>{body})" if leading else f"{_NOT_INSIDE}(?P<{name}>{body})"

    # "one of the backers": the annotator reads "one" as a number, a pattern's word "one"
    # matches its number token too.
    text = _ONE_OF.sub(lambda _: _ONE, _spaces(pattern.strip()))
    return _SHORTHAND.sub(expand, text), kinds
