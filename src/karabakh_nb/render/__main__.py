"""``python -m karabakh_nb.render --refresh-notebooks`` (``make notebooks``)."""

from __future__ import annotations

import sys

from . import refresh_notebooks

if sys.argv[1:] == ["--refresh-notebooks"]:
    refresh_notebooks()
else:
    print("usage: python -m karabakh_nb.render --refresh-notebooks", file=sys.stderr)
    raise SystemExit(2)
