"""A character trie of many surface forms as one regular expression (names, cue words).

Also the plain spelling of a form written with diacritics (:func:`folded`).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["SEPARATORS", "folded", "trie_pattern"]

#: The characters a space inside a form stands for (hyphens, dashes, spaces).
SEPARATORS = "-‐‑–— \t\n\r\u00a0"


def trie_pattern(forms: list[str]) -> str:
    """Build a regular expression matching any of ``forms``, longest first, as a trie.

    A plain alternation of thousands of names is tried name by name at every
    position; a trie shares prefixes, so the engine gives up after one character at
    almost every position. Spaces in a form match any run of spaces or hyphens.
    """
    trie: dict = {}
    for form in forms:
        node = trie
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def char(ch: str) -> str:
        if ch == " ":
            return rf"[{re.escape(SEPARATORS)}]+"
        if ch == "'":
            return "['’]"
        return re.escape(ch)

    def build(node: dict) -> str:
        ends = "" in node
        branches = [char(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # An optional continuation is greedy, so the longer form is tried first.
        return f"(?:{body})?" if ends else body

    return build(trie)


# Letters that Unicode does not decompose into a base letter and a mark.
_PLAIN_LETTERS = str.maketrans(
    {"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "ø": "o", "Ø": "O"}
)


def folded(form: str) -> str:
    """``form`` without its diacritics.

    Example:
        >>> folded("Côte d'Ivoire"), folded("Tuđman")
        ("Cote d'Ivoire", 'Tudman')
    """
    decomposed = unicodedata.normalize("NFKD", form.translate(_PLAIN_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
