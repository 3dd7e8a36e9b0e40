"""The stored golden tables agree with what the extractors give today (``make golden``)."""

import pytest

from . import golden


@pytest.mark.parametrize("path", golden.sources(), ids=lambda p: p.stem)
def test_tables_match_the_golden_files(path):
    for kind, text in golden.tables(path).items():
        target = golden.stored(path, kind)
        assert target.exists(), f"no golden table {target}; run 'make golden'"
        assert target.read_text(encoding="utf-8") == text, (
            f"{kind} of {path.name} moved; run 'make golden' and read the diff"
        )
