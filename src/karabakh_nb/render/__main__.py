"""``python -m karabakh_nb.render --refresh-notebooks`` (``make notebooks``)."""

from __future__ import annotations

import sys

from ..errors import KarabakhError
from . import refresh_notebooks

if sys.argv[1:] == ["--refresh-notebooks"]:
    try:
        refresh_notebooks()
    except KarabakhError as exc:
        print(f"karabakh-nb: error: {exc.oneline()}", file=sys.stderr)
        raise SystemExit(1) from None
else:
    print("usage: python -m karabakh_nb.render --refresh-notebooks", file=sys.stderr)
    raise SystemExit(2)
