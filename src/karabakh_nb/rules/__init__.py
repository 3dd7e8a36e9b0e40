"""Rules as data, one engine: what a sentence says, written as a pattern and a row.

What belongs here: loading the rule files (``alliances.yaml``, ``casualties.yaml``)
and applying them to annotated answers. A rule is small: its ``name``, the ``pattern``
it matches on a sentence's template (:mod:`karabakh_nb.annotate.template`), the
``row`` it builds, and the ``examples`` it must handle (the tests run every one).

The engine, not each rule, does what every rule needs:

- **polarity**: a row whose slots are negated, denied, asked about or conditional is
  not a fact (:mod:`karabakh_nb.annotate.polarity`);
- **coordination**: a ``{LIST:X}`` slot is a list of names ("A, B and C"), and the row
  is built once per name; ``mutual: X`` relates every pair of the list;
- **sides**: ``$SIDES`` stands for the two sides an answer names as fighting (its
  adversary rows), for mediators whose parties the sentence leaves out; "the
  separatists", "government forces" stand for them when they are a state and a
  non-state side (:mod:`karabakh_nb.rules.generic`); ``$SIDES_OTHER`` (as ``b``) is the
  side other than ``a``, for a row whose ``a`` is one of the two ("A declared war");
- **evidence**: the sentence, verbatim; the ``qa_id`` of its pair.

Pattern language (a regular expression over the template, with these shorthands; a
space matches any run of spaces):

=================  ===========================================================
``{A}``            a state, side or region named as a noun (``the`` optional)
``{A:any}``        also a demonym ("Iranian")
``{A:org}``        an organisation; ``{A:actor}`` a noun name or an organisation
``{LIST:A}``       one or more names joined by commas, "and", "as well as"
``{N}``            a number mention (its qualifier included)
``{G:text}``       a group name ("ethnic Armenians"); ``{Y:year}`` a year
``{S:place}``      a place: a name, or capitalised words the lexicon lacks
``{W:2}``          up to two other words
=================  ===========================================================
"""

from __future__ import annotations

from .engine import Rule, apply_rules, load_rules
from .merge import merge_alliances
from .merge_figures import merge_casualties, merge_demographics

__all__ = [
    "Rule",
    "apply_rules",
    "load_rules",
    "merge_alliances",
    "merge_casualties",
    "merge_demographics",
]
