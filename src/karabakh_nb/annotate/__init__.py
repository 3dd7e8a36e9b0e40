"""One annotation pass per answer, shared by the four fact tables.

What belongs here: turning an answer into a :class:`Passage`: its sentences, and for each
sentence the entity mentions (states with their demonyms and short forms, sides, regions,
organisations, possessives with or without the apostrophe), the number mentions, and
the polarity of each of its parts (negated, denied, questioned, conditional). The
extractors read these instead of scanning raw text again, so a fix to sentence
splitting, to an entity alias or to negation reaches every table at once.

A passage is computed once per distinct answer text and cached (``annotate``); the
cache is bounded, so a corpus of any size keeps a bounded footprint.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..entities import Entity, find_entities
from ..numbers import NumberMention, find_numbers
from ..text import sentences
from .acronyms import Alias, alias_entities, aliases_defined
from .bare_forms import Rename, bare_forms, bare_renames, renamed
from .polarity import AFFIRMED, POLARITIES, Scope, polarity_at, scopes
from .template import Template
from .template import build as build_template

__all__ = ["AFFIRMED", "POLARITIES", "Passage", "SentenceNote", "annotate"]

# Distinct answers kept annotated; enough for the four extractors of one corpus chunk.
CACHE_SIZE = 4096
# Distinct sentences whose mentions are kept: what is found in a sentence depends on its
# text alone, and scraped answers share many sentences though few whole answers.
SENTENCE_CACHE_SIZE = 16_384

if TYPE_CHECKING:
    from functools import cached_property as _kept
else:

    class _kept:
        """``functools.cached_property`` without its lock.

        Python 3.11 takes a lock at the first read of each property of each sentence, and
        sentences are read in the millions; the value is kept in the instance all the same.
        """

        def __init__(self, func: Any) -> None:
            self.func = func
            self.name = func.__name__
            self.__doc__ = func.__doc__

        def __set_name__(self, owner: type, name: str) -> None:
            self.name = name

        def __get__(self, instance: Any, owner: type | None = None) -> Any:
            if instance is None:
                return self
            value = instance.__dict__[self.name] = self.func(instance)
            return value


@lru_cache(maxsize=SENTENCE_CACHE_SIZE)
def _entities(text: str) -> tuple[Entity, ...]:
    return tuple(find_entities(text))


@lru_cache(maxsize=SENTENCE_CACHE_SIZE)
def _numbers(text: str) -> tuple[NumberMention, ...]:
    return tuple(find_numbers(text))


@lru_cache(maxsize=SENTENCE_CACHE_SIZE)
def _scopes(text: str) -> tuple[Scope, ...]:
    return tuple(scopes(text))


@lru_cache(maxsize=SENTENCE_CACHE_SIZE)
def _template(text: str) -> Template:
    return build_template(text, list(_entities(text)), list(_numbers(text)))


@dataclass(frozen=True)
class SentenceNote:
    """One sentence of an answer with what the shared recognisers found in it.

    Offsets of ``entities``, ``numbers`` and ``scopes`` are relative to the sentence.

    Attributes:
        text: The sentence, verbatim (a row's ``evidence``).
        start: Offset of the sentence in its answer.
        end: End offset in the answer.
        aliases: The acronyms the answer defined up to this sentence
            (:mod:`karabakh_nb.annotate.acronyms`).
        renames: The bare forms the answer uses for another state ("Congo" for the DRC;
            :mod:`karabakh_nb.annotate.bare_forms`).
    """

    text: str
    start: int
    end: int
    aliases: tuple[Alias, ...] = ()
    renames: tuple[Rename, ...] = ()

    @_kept
    def entities(self) -> list[Entity]:
        """States, sides, regions and organisations named in the sentence."""
        found = list(_entities(self.text))
        if self.aliases:
            found = alias_entities(self.text, found, self.aliases)
        return renamed(found, self.renames) if self.renames else found

    @_kept
    def numbers(self) -> list[NumberMention]:
        """Quantities in the sentence, with value and qualifier."""
        return list(_numbers(self.text))

    @_kept
    def scopes(self) -> tuple[Scope, ...]:
        """The stretches that are negated, denied, questioned or conditional."""
        return _scopes(self.text)

    @_kept
    def template(self) -> Template:
        """The sentence with each mention replaced by a slot token (for the rule engine)."""
        if (self.aliases and len(self.entities) != len(_entities(self.text))) or (
            self.renames and self.entities != list(_entities(self.text))
        ):
            return build_template(self.text, self.entities, self.numbers)
        return _template(self.text)

    def polarity(self, pos: int) -> str:
        """The polarity at offset ``pos`` of the sentence (``affirmed`` when plain)."""
        return polarity_at(self.scopes, pos) if self.scopes else AFFIRMED

    def affirmed(self, pos: int) -> bool:
        """True when the text at ``pos`` is stated as a fact."""
        return self.polarity(pos) == AFFIRMED


@dataclass(frozen=True)
class Passage:
    """An answer with its sentences annotated (see the module docstring)."""

    text: str
    sentences: tuple[SentenceNote, ...]

    def sentence_at(self, pos: int) -> SentenceNote | None:
        """The sentence holding offset ``pos`` of the answer."""
        for sent in self.sentences:
            if sent.start <= pos < sent.end:
                return sent
        return None

    def affirmed(self, pos: int) -> bool:
        """True when offset ``pos`` of the answer is stated as a fact."""
        sent = self.sentence_at(pos)
        return sent is None or sent.affirmed(pos - sent.start)


@lru_cache(maxsize=CACHE_SIZE)
def annotate(text: str) -> Passage:
    """Annotate one answer (cached per distinct text).

    Example:
        >>> p = annotate("Officials denied that 300 civilians died. 20 soldiers died.")
        >>> [s.affirmed(s.numbers[0].start) for s in p.sentences]
        [False, True]
    """
    notes: list[SentenceNote] = []
    known: dict[str, Alias] = {}  # the acronyms defined so far, read from offset 0
    parts = sentences(text)
    renames: tuple[Rename, ...] = ()
    if any(form in text for form in bare_forms()):  # else no mention can be a bare form
        renames = bare_renames(e for s in parts for e in _entities(s.text))
    for s in parts:
        own: list[Alias] = []
        if "(" in s.text:  # a definition needs its bracket: no search of other sentences
            own = [a for a in aliases_defined(s.text, list(_entities(s.text))) if a[0] not in known]
        notes.append(SentenceNote(s.text, s.start, s.end, (*known.values(), *own), renames))
        for acronym, name, kind, _ in own:
            known.setdefault(acronym, (acronym, name, kind, 0))
    return Passage(text, tuple(notes))
