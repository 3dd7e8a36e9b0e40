"""Docstring examples run as tests, so the documented behaviour stays true."""

import doctest
import importlib
import pkgutil

import pytest

import karabakh_nb

MODULES = sorted(m.name for m in pkgutil.iter_modules(karabakh_nb.__path__) if m.name != "__main__")


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(f"karabakh_nb.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0


@pytest.mark.parametrize("name", karabakh_nb.__all__)
def test_public_names_exist_and_are_documented(name):
    obj = getattr(karabakh_nb, name)
    if callable(obj) or hasattr(obj, "__file__"):
        assert obj.__doc__, name
