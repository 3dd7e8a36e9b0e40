"""``python -m karabakh_nb``: the same command line as ``karabakh-nb``."""

from .cli import main

raise SystemExit(main())
