"""The timeline rules as data: every rule's examples give the rows its file says."""

import time

import pandas as pd
import pytest

from karabakh_nb.timeline import extract_timeline
from karabakh_nb.timeline_mentions import _expand, compile_rules, load

EXAMPLES = [
    pytest.param(rule, example, id=f"{rule.name}-{i}")
    for rule in load()
    for i, example in enumerate(rule.examples)
]


def _dates(text: str) -> list[str]:
    qa = pd.DataFrame({"id": ["x:1"], "question": ["Q?"], "answer": [text]})
    return list(extract_timeline(qa)["date"])


def _holds(example: dict) -> bool:
    """True when the example's sentence gives the rows the example says."""
    got = _dates(example["text"])
    return (
        set(example.get("events", ())) <= set(got)
        and not set(example.get("not_events", ())) & set(got)
        and example.get("rows", len(got)) == len(got)
    )


@pytest.mark.parametrize(("rule", "example"), EXAMPLES)
def test_timeline_rule_examples(rule, example):
    assert _holds(example), example["text"]


@pytest.mark.parametrize("rule", [pytest.param(r, id=r.name) for r in load()])
def test_each_rule_is_needed_by_its_examples(rule, monkeypatch):
    # Without the rule, one of its examples fails: no rule is dead weight, and a loader
    # that skipped a rule (or a field of one) would fail the examples above.
    from karabakh_nb import timeline, timeline_mentions

    rules = load()
    monkeypatch.setattr(timeline_mentions, "load", lambda: tuple(r for r in rules if r is not rule))
    monkeypatch.setattr(timeline, "_EVENTS", {})
    assert not all(_holds(example) for example in rule.examples), rule.name


def test_every_timeline_rule_has_a_reason_and_an_example_of_its_effect():
    for rule in load():
        assert rule.why, rule.name
        key = "not_events" if rule.effect == "not_event" else "events"
        assert any(ex.get(key) or "rows" in ex for ex in rule.examples), rule.name


def test_rules_apply_in_order_the_first_decides():
    # "the invasion in 1990" (an event rule) comes before the population rule, so the date
    # of a sentence about the population stays an event; without the noun it does not.
    names = [r.name for r in load()]
    assert names.index("event_named_before") < names.index("population_or_census")
    assert _dates("The population fell to 300,000 after the invasion in 1990.") == ["1990"]
    assert _dates("The population fell to 300,000 in 1990.") == []


def test_shorthands_expand_to_the_word_lists():
    event = _expand(r"\b(?i:{EVENT})\b")
    assert event.search("the Ceasefires held")
    assert not event.search("the warlord")
    document = _expand(r"(?i:{WORDS:document_nouns})\s*\($")
    assert document.search("the Yearbook (")
    assert not document.search("the Army (")


@pytest.mark.parametrize(
    "item",
    [
        {"name": "x", "where": "nowhere", "pattern": "a", "effect": "not_event"},
        {"name": "x", "where": "before", "pattern": "a", "effect": "drop"},
        {"name": "x", "where": "before", "pattern": "a", "effect": "event", "needs": ["moon"]},
    ],
)
def test_a_bad_rule_is_refused(item):
    with pytest.raises(ValueError, match="timeline rule x"):
        compile_rules([item])


def test_patterns_stay_linear():
    text = "a " * 20000 + "(" + "b" * 5000 + " since " * 2000
    for rule in load():
        for pattern in rule.patterns:
            start = time.process_time()
            pattern.search(text)
            assert time.process_time() - start < 2, rule.name
