from __future__ import annotations

import pandas as pd
import pytest

from karabakh_nb.errors import InputError
from karabakh_nb.reference import (
    REFERENCE_CASUALTY_COLUMNS,
    REFERENCE_COLUMNS,
    load_reference,
    reference_casualties,
)


def test_load_default():
    ref = load_reference()
    assert list(ref.columns[: len(REFERENCE_COLUMNS)]) == REFERENCE_COLUMNS
    assert {"as_of_date", "as_of_precision", "number"} <= set(ref.columns)
    row = ref[(ref.topic == "casualties") & (ref.as_of == "2023")].iloc[0]
    assert row.as_of_precision == "year"
    assert row.as_of_date == pd.Timestamp("2023-01-01")
    assert row.number == 6500
    assert ref.loc[ref.unit == "date", "number"].isna().all()


def test_reference_casualties_mapping():
    rc = reference_casualties(load_reference())
    assert list(rc.columns) == REFERENCE_CASUALTY_COLUMNS
    got = {(p, c, int(n), a) for p, c, n, a in rc[["party", "category", "count", "as_of"]].values}
    assert ("Azerbaijan", "military", 2783, "2020-12-03") in got
    assert ("Azerbaijan", "missing", 100, "2020-12-03") in got
    assert ("Armenia", "civilian", 85, "2024-10-26") in got
    assert ("unspecified", "unspecified", 6500, "2023") in got
    assert ("Artsakh", "displaced", 100417, "2023-09-30") in got  # a region stands for its side
    assert not (rc["measure"] == "peacekeepers deployed").any()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("topic,subject\ncasualties,Armenia\n", "missing column"),
        ("topic,subject,measure,value,unit,as_of,source,url,note\n"
         "casualties,Armenia,military killed,1,people,3 May 2020,s,u,\n", "not an ISO date"),
        ("topic,subject,measure,value,unit,as_of,source,url,note\n"
         "casualties,Armenia,military killed,1,people,2020-02-31,s,u,\n", "not a valid date"),
    ],
)  # fmt: skip
def test_bad_files(tmp_path, content, message):
    path = tmp_path / "figures.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_reference(path)


def test_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_reference(tmp_path / "nope.csv")
