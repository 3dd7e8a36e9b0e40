"""Sentences, clauses, cue stems and token templates: what every relation rule reads.

What belongs here: splitting an answer into sentences (and a sentence into clauses),
the cheap keyword gates (cue stems) that decide which rule groups run, the entity
search that turns a sentence into a template of ``«i»`` tokens, the grammar fragments
the patterns of several rule groups share (token lists, negation, hedges, copulas,
appositions) and the helpers that read subjects and parties off a template and collect
a sentence's rows. No relation rule lives here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from ..entities import _scan
from ..named_orgs import orgs_in, spells_loosely

_SYMMETRIC = frozenset({"partner", "adversary"})
_PARTY_KINDS = frozenset({"state", "side", "region"})

# Cheap keyword gates (substrings of the lower-cased sentence): a rule runs only when one
# of its stems occurs, and a sentence with none of them is never searched for entities.
_GATES: dict[str, tuple[str, ...]] = {
    "member": ("member", "join", "part of", "acced", "accession", "belong"),
    "noun": ("ally", "allies", "partner"),
    "alliance": ("allied", "aligned", "alliance"),
    "support": (
        "support",
        "back",
        "aid",
        "assist",
        "arm",
        "help",
        "weapon",
        "munition",
        "drone",
        "missile",
        "tank",
        "artillery",
        "equip",
        "alongside",
        "side of",
        "interven",
        "hardware",
        "military",
        "territory",
        "airspace",
        "soil",
    ),
    "partner": (
        "diplomat",
        "relation",
        "ties",
        "cooperat",
        "co-operat",
        "collaborat",
        "together",
        "partner",
        "solidarity",
        "agreement",
        "treaty",
        "pact",
        "accord",
        "declaration",
    ),
    "adversary": (
        "war",
        "conflict",
        "hostil",
        "clash",
        "fight",
        "fought",
        "skirmish",
        "confront",
        "battle",
        "ceasefire",
        "cease-fire",
        "truce",
        "armistice",
        "against",
        "invad",
        "attack",
        "occup",
        "bomb",
        "shell",
        "blockad",
        "border",
        "offensive",
        "aggress",
        "campaign",
        "struggle",
        "invas",
        "assault",
        "strike",
        "raid",
    ),
    "mediator": (
        "broker",
        "mediat",
        "sponsor",
        "good offices",
        "negotiated by",
        "arranged by",
        "facilitated by",
    ),
}


def _literal_trie(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words`` (longest first), shaped as a trie."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


_STEMS = sorted({k for keys in _GATES.values() for k in keys})
_STEM_RE = re.compile(_literal_trie(_STEMS))
# A stem found in the text implies every stem it contains ("arms" holds "arm").
_GATES_OF_STEM = {
    stem: frozenset(gate for gate, keys in _GATES.items() if any(k in stem for k in keys))
    for stem in _STEMS
}


def _any(low: str, keys: Iterable[str]) -> bool:
    # A plain loop: any() over a generator costs twice as much on this hot path.
    for key in keys:  # noqa: SIM110
        if key in low:
            return True
    return False


_TOK = r"«(\d+)»"
_TOK_ANY = re.compile(_TOK)
# A list of tokens: "X", "X and Y", "X, Y and Z", "X, Y, and the Z". Commas alone do not
# make a list ("Since independence from X, Y has been ..."), a final "and" does.
_LIST = (
    r"«\d+»(?:(?:\s*,\s*(?:the\s+)?«\d+»)*\s*,?\s+(?:and|or|as\s+well\s+as)\s+"
    r"(?:the\s+)?«\d+»)?"
)
_SUBJECT_BEFORE = re.compile(rf"(?:\b[Bb]oth\s+)?({_LIST})([^«]*)$")
_NEGATION = re.compile(r"\b(?:not|never|no|neither|nor|cannot)\b|n['’]t\b", re.IGNORECASE)
_COPULA = re.compile(
    r"\b(?:is|are|was|were|been|be|being|became|become|becomes|remains?|remained)\b"
)
_HEDGE = re.compile(
    r"\b(?:former|ex|candidate|aspiring|prospective|would-be|associate|observer|applicant|"
    r"potential|future|wants?|seeks?|seeking|hopes?|aims?|plans?|intends?|could|may|might|"
    r"would|should|wish(?:es)?|bid|left|leave|withdrew|withdrawn|suspended|expelled|"
    r"ceased|appl(?:y|ies|ied|ying|ication)|refused|vetoed|blocked|to)\b",
    re.IGNORECASE,
)
# What was feared or prevented did not happen: "fears of an invasion of Y".
_HYPOTHETICAL = re.compile(
    r"\b(?:fears?|feared|threats?|threatened|warn(?:ed|s|ings?)?|possible|potential|"
    r"planned|plans?|prepar(?:ed|es|ing)|prevent(?:ed|s)?|avert(?:ed|s)?|deter(?:red|s)?|"
    r"risks?|would|could|might|may|if)\b",
    re.IGNORECASE,
)
# "X threatened to invade Y": an intent before the verb is no act.
_INTENT = re.compile(
    r"\b(?:threaten(?:ed|s)?|plan(?:ned|s)?|intend(?:ed|s)?|prepar(?:ed|es)|want(?:ed|s)?|"
    r"propos(?:ed|es)|vow(?:ed|s)?|pledg(?:ed|es))\s+to\b",
    re.IGNORECASE,
)
# A war or hostilities that were only possible: "the possibility of hostilities with Y",
# "the risk of a war against Y", "X would then wage war against Y".
_UNREAL = re.compile(
    r"\b(?:(?:possibility|likelihood|prospect|risk|threat|fears?|danger|brink)\s+of"
    r"|would|could|might)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


def _unreal_before(prefix: str) -> bool:
    """True when the words just before a war word make it only possible."""
    return _UNREAL.search(prefix, max(0, len(prefix) - 60)) is not None


_BREAK_WORDS = (";", " but ", " while ", " whereas ", " although ", " though ")
_CLAUSE_BREAK = re.compile(r"\s*;\s*|,?\s+(?:but|while|whereas|although|though)\s+")
# A subject may carry an apposition: "Turkey, a NATO member, backed ...",
# "Armenia, together with Artsakh, fought ...".
# An aside after the subject: ", a ... ,", ", backed by ... ,", or one describing it by
# another party ("Mali and Niger, Togo's neighbours to the east, allowed ...", "Ghana, Mali's
# closest ally, attacked ...").
_APPOSITION = (
    r"(?:\s*,\s+(?:(?:a|an|the|together\s+with|along\s+with|alongside|supported\s+by|"
    r"backed\s+by)\s+[^,]*|«\d+»(?:['’]s?|s)?\s+(?:[a-z][\w-]*\s+)?(?:neighbou?rs?|allies|ally|"
    r"partners?|rivals?)\b[^,«]*),)?"
)


class _Tok(NamedTuple):
    """One entity of a sentence template (or a resolved reference)."""

    name: str
    kind: str
    adjective: bool = False
    possessive: bool = False

    @property
    def is_party(self) -> bool:
        """True for a state, side or region (not an organisation)."""
        return self.kind in _PARTY_KINDS


class _Question:
    """The question of a pair; its entities are looked up only when a rule needs them."""

    def __init__(self, text: str) -> None:
        self.text = text

    @cached_property
    def toks(self) -> list[_Tok]:
        return [tok for _, _, tok in _spans(self.text, clean=False)]


@dataclass
class _Template:
    """A sentence with entities replaced by ``«i»`` tokens."""

    text: str
    tpl: str
    toks: list[_Tok]


# The token of each surface form: a surface is always read the same way (same name,
# same possessive), so one token serves every occurrence.
_TOK_OF_SURFACE: dict[str, _Tok] = {}

_Span = tuple[int, int, _Tok]


def _spans(text: str, *, clean: bool = True) -> list[_Span]:
    """``(start, end, token)`` of every entity in ``text`` (with "«»" made "<>" if ``clean``)."""
    if clean:
        text = text.replace("«", "<").replace("»", ">")
    out: list[_Span] = []
    append = out.append
    cache = _TOK_OF_SURFACE
    # The organisations "Full Name (ACR)" defines are names here too; the groups read from
    # their shape are left to the rules on :func:`karabakh_nb.entities.find_entities`.
    for start, end, surface, entry, possessive in orgs_in(text, _scan(text)):
        tok = cache.get(surface)
        if tok is None:
            name, kind, adjective, party = entry
            tok = _Tok(party if kind == "region" else name, kind, adjective, possessive)
            cache[surface] = tok
        append((start, end, tok))
    return out


def _spells_name(acronym: str, name: str) -> bool:
    """True when the acronym in brackets spells the name before it: it is that name's.

    "the Freedonian Liberation Army (FLA)" defines FLA there, whatever else the lexicon
    knows by those letters.
    """
    words = name.split()
    return (
        acronym.isupper()
        and len(acronym) >= 2
        and sum(w[:1].isupper() for w in words) >= 2
        and spells_loosely(acronym, words)
    )


def _describes(before: _Tok, tok: _Tok) -> bool:
    """True when demonym ``before`` just describes the side or organisation ``tok``."""
    return before.adjective and not before.possessive and tok.kind in ("side", "org")


def _template(text: str, spans: Iterable[_Span] | None = None, offset: int = 0) -> _Template:
    """Replace each entity with a token; "Full Name (ACR)" becomes one token.

    ``spans`` may come from a search of the whole answer, ``offset`` being where
    ``text`` starts in it.
    """
    clean = text.replace("«", "<").replace("»", ">")
    toks: list[_Tok] = []
    parts: list[str] = []
    last = pos = 0
    for start, end, tok in _spans(clean) if spans is None else spans:
        start -= offset
        end -= offset
        gap = clean[pos:start]
        if (
            toks
            and gap.strip() == "("
            and clean[end : end + 1] == ")"
            and (toks[-1].name == tok.name or _spells_name(clean[start:end], clean[last:pos]))
        ):
            parts.append(gap[: gap.index("(")].rstrip())
            pos = end + 1
            continue
        if toks and _describes(toks[-1], tok) and not gap.strip():
            # "the Spanish Nationalists": the demonym describes the side after it
            toks.pop()
            parts[-1] = clean[last:pos]
        parts.append(gap)
        parts.append(f"«{len(toks)}»")
        toks.append(tok)
        last, pos = start, end
    parts.append(clean[pos:])
    return _Template(text, "".join(parts), toks)


def _ids(text: str | None) -> list[int]:
    return [int(i) for i in _TOK_ANY.findall(text or "")]


def _party_names(toks: Iterable[_Tok], *, adjectives: bool = True) -> list[str]:
    names: list[str] = []
    for tok in toks:
        wanted = tok.kind in ("state", "side") and (adjectives or not tok.adjective)
        if wanted and tok.name not in names:
            names.append(tok.name)
    return names


class _Rows:
    """Collects (a, b, relation) triples of one sentence, normalised."""

    def __init__(self, toks: list[_Tok]) -> None:
        self.toks = toks
        self.items: list[tuple[str, str, str]] = []

    def add(self, a: int | str, b: int | str, relation: str) -> None:
        """Add one row; symmetric relations are stored with ``a`` < ``b``."""
        name_a = self.toks[a].name if isinstance(a, int) else a
        name_b = self.toks[b].name if isinstance(b, int) else b
        if not name_a or not name_b or name_a == name_b:
            return
        if relation in _SYMMETRIC and name_b < name_a:
            name_a, name_b = name_b, name_a
        self.items.append((name_a, name_b, relation))

    def mutual(self, ids: list[int], relation: str) -> None:
        """Add a row for every pair of ``ids``, ``a`` < ``b`` (a mutual relation)."""
        for i, x in enumerate(ids):
            for y in ids[i + 1 :]:
                a, b = sorted((self.toks[x].name, self.toks[y].name))
                if a != b:
                    self.items.append((a, b, relation))


def _parties(toks: list[_Tok], ids: Iterable[int], *, adjectives: bool = True) -> list[int]:
    return [i for i in ids if toks[i].is_party and (adjectives or not toks[i].adjective)]


# An aside naming a leader between a subject and its verb: "X, led by the Y party, were".
_LED_ASIDE = re.compile(
    r",\s+(?:(?:then|initially|largely)\s+)?(?:led|headed|commanded|dominated)\s+by\s+[^,;]{1,80},"
    r"(\s+(?:[a-z]+\s+){0,2})$"
)


def _subject(tpl: str, end: int, *, copula: bool) -> tuple[list[int], str]:
    """The token list ending just before ``end`` and the text between it and ``end``.

    An aside of who leads the subject ("X, led by Y, were ...") is skipped.
    """
    aside = _LED_ASIDE.search(tpl, 0, end)
    if aside:
        tpl, end = tpl[: aside.start()] + aside.group(1), aside.start() + len(aside.group(1))
    match = _SUBJECT_BEFORE.search(tpl, 0, end)
    if not match:
        return [], ""
    gap = match.group(2)
    if copula and not _COPULA.search(gap):
        return [], gap
    return _ids(match.group(1)), gap


def _first_party(
    toks: list[_Tok], text: str, exclude: Iterable[int] = (), *, adjectives: bool = False
) -> int | None:
    """The first state or side (else region) named in ``text``.

    Demonyms count only when possessive, or when ``adjectives`` ("Armenian forces").
    """
    skip = {toks[i].name for i in exclude}
    ids = [i for i in _ids(text) if toks[i].is_party and toks[i].name not in skip]
    ids = [i for i in ids if adjectives or not toks[i].adjective or toks[i].possessive]
    for i in ids:
        if toks[i].kind != "region":
            return i
    return ids[0] if ids else None


# ---- what a clause says has ended, and names used as a time -------------------------------
# An alliance said to end is no relation: "the war broke up the X-Y alliance", "the alliance
# between X and Y collapsed", "X left the coalition", "X withdrew from the pact", "X pulled
# out of ORG". The whole phrase is cut from the clause before the rules read it, so its
# names stay usable by the rest ("..., leaving Z as the only ally of W").
_ALLIANCE_NOUN = r"(?:alliances?|coalition|pact|partnership|bloc|league|axis|entente)"
_FILLER = r"(?:[^\s.;,]+\s+){0,3}?"
_END_VERB = (
    r"(?:broke|break(?:s|ing)?)\s+up|ended|dissolved|terminated|dismantled|abandoned|"
    r"renounced|scrapped|(?:end|collapse|break-?up|dissolution|breakdown|demise)\s+of|"
)
_LEAVE_VERB = (
    r"left|quit|exited|leaving|withdr[ae]wn?\s+from|withdrawing\s+from|pull(?:ed|ing|s)?\s+out\s+of"
)
_ENDED_ALLIANCE = re.compile(
    rf"\b(?:{_END_VERB}{_LEAVE_VERB})\s+(?:the\s+|their\s+|its\s+)?"
    rf"{_FILLER}{_ALLIANCE_NOUN}\b(?:\s+(?:between|with)\s+(?:the\s+)?{_LIST})?"
    # "the X-Y alliance (between X and Y) collapsed / broke up / fell apart"
    rf"|(?:«\d+»\s*[-–]\s*«\d+»\s+)?{_ALLIANCE_NOUN}(?:\s+between\s+(?:the\s+)?{_LIST})?\s+"
    r"(?:(?:had|was|then|soon|finally|eventually|quickly)\s+){0,2}"
    r"(?:collapsed|ended|dissolved|disintegrated|broke\s+(?:up|down|apart)|fell\s+apart)\b"
)
# Leaving an organisation ends membership: "X left ORG", "X pulled out of the ORG".
_LEFT_ORG = re.compile(rf"\b(?:{_LEAVE_VERB})\s+(?:the\s+)?{_TOK}")
# A name inside a time frame is no actor of the clause: "After the collapse of X, ethnic
# Y ... fought a war against Z" (X fought no one). Cut before the rules read the clause.
_TIME_FRAME = re.compile(
    r"\b(?:[Aa]fter|[Ff]ollowing|[Ss]ince|[Bb]efore|[Uu]pon|[Aa]mid|[Uu]ntil|[Dd]uring|"
    r"[Ww]ith)\s+the\s+(?:[\w-]+\s+)?(?:collapse|dissolution|fall|break-?up|disintegration|"
    r"demise|independence|creation|formation|founding|partition)\s+of\s+(?:the\s+)?"
    r"«\d+»(?:\s+and\s+(?:the\s+)?«\d+»)?"
)


def _cut_ended(tpl: str, toks: list[_Tok]) -> str:
    """The template with ended alliances, left organisations and time frames cut out."""
    if "«" not in tpl:
        return tpl

    def left(match: re.Match[str]) -> str:
        return "ended" if toks[int(match.group(1))].kind == "org" else match.group(0)

    tpl = _ENDED_ALLIANCE.sub("ended", tpl)
    tpl = _LEFT_ORG.sub(left, tpl)
    return _TIME_FRAME.sub("then", tpl)
