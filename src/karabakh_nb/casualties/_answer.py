"""The rows of one answer: its figures, whose they are, of what kind, and who gave them.

:func:`_rows_for_answer` applies the rules the package docstring
(:mod:`karabakh_nb.casualties`) lists, carrying the people counted last from sentence to
sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from ..annotate import annotate
from ..entities import Entity, find_entities
from ..numbers import has_number
from ._categories import _category
from ._context import (
    _bare_people,
    _hosted,
    _in_action,
    _kind_between,
    _listed_toll,
    _loser,
    _mixed,
    _one_owner,
    _opens_bare,
    _opponents,
    _outside_parenthesis,
    _plain_people,
    _running_toll,
    _share_range_party,
    _spoken_dead,
    _spoken_party,
    _such_people,
    _uncounted_before,
    _unknown_owner,
    _unnamed_force,
)
from ._figures import _Figure
from ._forces import _names_force, _unit_loss
from ._item_sources import _item_sources, _source_of_item
from ._kept_sources import _source_in
from ._owner_frames import _clause_reporter, _fought, _frame_owner, _home_of, _loss_sides
from ._patterns import (
    _DOUBT,
    _FORCE_WORD,
    _FROM_OWN,
    _GAP_BEFORE,
    _JOINED,
    _PARTY_KINDS,
    _PRONOUN,
    _REGION_SIDES,
    _SCENE,
    _TOTAL_LABEL,
    _WENT_TO,
    _WHERE,
)
from ._sentence_figures import _sentence_figures
from ._sources import (
    _attacked,
    _each_side,
    _force_after,
    _internal,
    _label_kind,
    _labelled,
    _last_before,
    _list_label,
    _on_each_side,
    _owner,
    _owner_marks,
    _parties,
    _reported_on,
    _side_named,
    _Source,
)
from ._troops import _troops_before
from ._verbs import _CUE_TEST
from ._victims import _victims_enemy

# The smallest figure read as restating an earlier one of the same value: smaller ones
# ("three soldiers") coincide too often.
_RESTATED_MIN = 20


def _rows_for_answer(
    qa_id: str, question: str | None, answer: str, as_of: dt.date | None
) -> Iterator[dict[str, Any]]:
    spans = annotate(answer).sentences
    lowered = answer.lower()
    sources: dict[int, _Source | None] = {}

    def source_of(index: int) -> _Source | None:
        if index not in sources:
            span = spans[index]
            sources[index] = _source_in(answer, span.start, span.end)
        return sources[index]

    # The people counted last, for a figure that counts them again ("an additional 337
    # soldiers", "Of these, 1979 were officers"): parties, casualty word, category.
    antecedent: tuple[list[str], str | None, str] | None = None
    counted: tuple[str, int] | None = None  # the last casualty word and its sentence
    counted_parties: list[str] = []  # whose people the answer counted, the last one last
    # Whose each figure of the answer was, by its value and casualty word: a figure
    # restated later with no party ("179 British troops ... the 179 soldiers killed").
    owned_figures: dict[tuple[int, str], list[str]] = {}
    sole_party: dict[int, list[str]] = {}

    def answer_party(index: int) -> list[str]:
        """The one party the answer names before sentence ``index``, if it names one."""
        if index not in sole_party:
            before = _parties(find_entities(answer[: spans[index].start]))
            sole_party[index] = before if len(before) == 1 else []
        return list(sole_party[index])

    # The one party a sentence with no figure spoke of the dead of, and that sentence.
    spoken: tuple[str, int] | None = None
    # The one party every row of a sentence was of, and that sentence.
    sentence_party: tuple[str, int] | None = None
    for index, span in enumerate(spans):
        text = span.text
        if not has_number(text):
            if _CUE_TEST.at(lowered, answer, span):
                spoken = _spoken_party(text, index)
            continue
        cued = _CUE_TEST.at(lowered, answer, span)
        figures, qualifiers = _sentence_figures(span, cued)
        if qualifiers is None:
            # No casualty here, but the people counted may be counted again later.
            for fig in figures:
                if fig.head is not None:
                    antecedent = (fig.parties, None, _category("killed", fig))
            continue
        if not figures:
            continue
        kept = []
        last_cue: str | None = None
        for position, (fig, qualifier) in enumerate(zip(figures, qualifiers, strict=True)):
            cue = fig.cue or fig.post or fig.pre
            if cue is None and fig.part_before and antecedent is not None:
                cue = antecedent[1]
            if cue is None and fig.restates:
                # What this sentence counted before, else the sentence just before it.
                cue = last_cue or (counted[0] if counted and counted[1] >= index - 1 else None)
            last_cue = cue or last_cue
            if cue and span.affirmed(fig.number.start):
                kept.append((position, fig, qualifier, cue))
        if not kept:
            for fig in figures:
                if fig.head is not None:
                    antecedent = (fig.parties, None, _category("killed", fig))
            continue
        # Whose figures: this sentence's source, or the one an anaphora points back to.
        here = index
        source = source_of(index)
        if source is not None and source.anaphoric:
            # With no earlier source the name stays unknown, but the date may still be given.
            source = next(
                (s for j in range(index - 1, -1, -1) if (s := source_of(j)) and s.name), source
            )
        reported_on = None
        if source is not None:
            starts = [span.start + f.number.start for f in figures]
            reported_on = _reported_on(answer, source, starts, as_of)
        items = _item_sources(
            answer, span.start, span.end, source, [f.number.start for f in figures]
        )
        parties_of: dict[int, list[str]] = {}
        category_of: dict[int, str] = {}
        # The sentence's entities, found once: per figure, the text before it was scanned
        # again, quadratic in a long sentence of figures.
        named: list[Entity] | None = None
        owners: list[tuple[int, str, bool]] = []
        sides: list[tuple[int, str]] = []
        homes: list[tuple[int, str]] = []
        forces: set[int] = set()
        unowned_at: set[int] = set()  # figures of a body no entity names ("the JNA")
        forced = _force_after(text, figures) if _FORCE_WORD.search(text) else {}
        rows: list[tuple[_Figure, dict[str, Any]]] = []
        fig_starts = [f.number.start for f in figures]  # once: per figure it was quadratic
        kept_at = [k[0] for k in kept]
        parts_of = antecedent  # the people a list of parts is of ("Of these, 3 were X, 2 Y")
        for index, fig, qualifier, cue in kept:
            if items is not None:  # "...; 9,000 killed according to X; ...": the item's own
                source = _source_of_item(items, fig.number.start)
                at = [span.start + fig.number.start]
                reported_on = _reported_on(answer, source, at, as_of) if source else None
            if fig.listed:
                antecedent = parts_of  # a later part is the whole's, not the part's before it
            parts_of = antecedent
            uncounted = _uncounted_before(figures, kept_at, index) if fig.anaphoric else None
            if uncounted is not None:
                # "2,000 X soldiers camped ..., and 900 of them were dead": the people this
                # sentence counted last, though not as casualties, are those "of them" counts.
                antecedent = (uncounted.parties, None, _category("killed", uncounted))
            parties = list(fig.parties)
            # the losses of a force named as their owner: soldiers ("IDF casualties numbered")
            force = bool(parties) and fig.head is None and _names_force(fig.mods)
            inherited_unowned = False  # an elided figure of a body no entity names
            if not parties and fig.subset_of is not None:
                # Part of an earlier figure, the same people's ("900 of them were dead":
                # a whole that is no casualty is still whose they are).
                whole = figures[fig.subset_of]
                parties = list(parties_of.get(fig.subset_of, whole.parties))
            elliptical = fig.head is None or fig.head.lower() == "others"
            # "88 people from X were killed, 83 people were missing": the noun repeated
            # bare is the same people's, as an elided one is.
            before_head = (figures[index - 1].head or "").lower() if index else ""
            repeated = bool(not fig.mods and fig.head and before_head == fig.head.lower())
            # "X: 2,000 killed Total: 14,000": a total is all sides', of no kind before it.
            totalled = bool(index) and bool(
                _TOTAL_LABEL.search(text, figures[index - 1].np_end, fig.number.start)
            )
            if not parties and (elliptical or repeated) and index and not totalled:
                # An elliptical figure ("36,000 US soldiers were killed and 103,000 were
                # injured", "killing 37 sailors and wounding 21"): the same people's,
                # unless another party is named in between ("..., while Jordan suffered 23").
                before = _outside_parenthesis(text, figures, index)
                prev = figures[before] if before is not None else None
                between_text = text[prev.np_end : fig.number.start] if prev else ""
                # Where the earlier people went ("fled to X, Y and Z") names no other party.
                gone = _WENT_TO.search(between_text)
                between = [
                    e for e in find_entities(between_text) if not gone or e.start < gone.end()
                ]
                # The earlier figure's own "from X" right after its noun is no other party.
                own = parties_of.get(before, []) if before is not None else []
                # A list's label in between ("...; X Rebel forces: 38,000 killed") starts
                # another item, whoever it names.
                if (
                    before is not None
                    and ":" not in between_text
                    and not any(
                        e.kind in _PARTY_KINDS
                        and not (e.party in own and _FROM_OWN.fullmatch(between_text, 0, e.start))
                        for e in between
                    )
                ):
                    parties = list(own)
                    force = before in forces
                    inherited_unowned = before in unowned_at
            gapped = fig.gapped
            if (
                gapped is None
                and index
                and (fig.head is not None or fig.post is not None)
                and _GAP_BEFORE.search(text, figures[index - 1].np_end, fig.number.start)
            ):
                # "X lost 300 soldiers and Y 500 soldiers", "X lost 300 killed and Y 200 killed"
                gapped = index - 1
            if not parties and gapped is not None:
                # "X lost 300 soldiers and Y 200": the name before a gapped figure is its own.
                gap = text[figures[gapped].np_end : fig.number.start]
                gap_named = [e for e in find_entities(gap) if e.kind in _PARTY_KINDS]
                if gap_named and _DOUBT.fullmatch(gap, gap_named[-1].end):  # "Y perhaps 200"
                    parties = [gap_named[-1].party]
            if (
                not parties
                and index
                and fig.head is not None
                and not fig.cue
                and _JOINED.fullmatch(text, figures[index - 1].np_end, fig.number.start)
                and not _mixed(text, figures, parties_of, index - 1)
            ):
                # "149 Israeli soldiers and 44 civilians were killed": the demonym before
                # the first noun is the second's too; not after a list of two parties'
                # ("241 American servicemen and 58 French paratroopers, as well as 6 civilians").
                parties = list(parties_of.get(index - 1, []))
            if named is None and not parties:
                named = find_entities(text)
                owners = _owner_marks(text, named)
                sides = _loss_sides(text, named)  # not a commentator's: "X writer Y"
                # Whose the internally displaced are: a state or side named as a noun, not
                # where something else happened ("died in X") nor a demonym ("Georgian
                # soldiers"); a sentence opening "In X," sets the scene for all of it.
                homes = [
                    (e.end, e.party)
                    for e in named
                    if e.kind in _PARTY_KINDS
                    and not e.adjective
                    and (
                        not _WHERE.search(text, max(0, e.start - 12), e.start)
                        or _SCENE.fullmatch(text, 0, e.start)
                    )
                    # nor a body's name that reports them ("The Tracking Matrix X estimates";
                    # a state that reports them, "X says", is theirs)
                    and not (
                        source is not None
                        and source.name
                        and source.party is None
                        and source.sentence_start == span.start
                        and span.start + e.end <= source.cue_end
                        and e.surface in source.name
                    )
                ]
            if not parties:
                parties = _labelled(text, named or [], fig.number.start, fig.head is None)
            if not parties:
                # "X forces: 300 killed; 20 missing": a list's label (a force's: soldiers).
                parties, force = _list_label(text, named or [], fig.number.start, fig_starts)
            each: list[str] = []
            if not parties:
                each = _each_side(text, fig, figures[index - 1].np_end if index else 0)
                if not each and len(counted_parties) >= 2 and _on_each_side(text, fig):
                    # The two sides whose people the answer counted last.
                    each = counted_parties[-2:]
                if not each and here and not counted_parties and _on_each_side(text, fig):
                    # Else the two the sentence before names, when it names just two.
                    named_before = _parties(find_entities(spans[here - 1].text))
                    each = named_before if len(named_before) == 2 else []
                parties = list(each)
            if not parties:
                parties, force = _owner(text, fig.number.start, fig.np_end, owners)
            if not parties and index in forced:
                parties, force = [forced[index]], True  # "300 killed in the X Army"
            if not parties:
                parties = _side_named(text, fig)
            if not parties:
                parties, force = _frame_owner(text, fig) or (parties, force)
            if not parties:
                parties = _attacked(text, fig, spans[here - 1].text if here else "")
            if not parties and fig.head is not None and cue in ("killed", "wounded"):
                named = named if named is not None else find_entities(text)
                parties = _victims_enemy(text, fig, named, answer)  # "X killed 5 soldiers"
            if not parties and cue == "displaced" and (origin := _home_of(text, fig)):
                parties = [origin]
            # "the JNA suffered 44 fatalities": a body no entity names owns them, not the
            # side named before it nor the reporter.
            unowned = not parties and (
                inherited_unowned or (fig.possessive and _unknown_owner(text, fig))
            )
            if unowned:
                unowned_at.add(index)
            if not parties and fig.possessive and not unowned:
                parties = _loser(text, named or [], fig.number.start) or _last_before(
                    sides, fig.number.start
                )
                if not parties and here and _PRONOUN.search(text, 0, fig.np_end):
                    # "It lost 300 soldiers", "300 of its soldiers": the one party the
                    # sentence before names, when it names only one.
                    once_named = _parties(find_entities(spans[here - 1].text))
                    parties = once_named if len(once_named) == 1 else []
            if not parties and cue == "displaced" and _internal(text, fig):
                parties = _last_before(homes, fig.number.start)
            if not parties and fig.head is None and not fig.pre and fig.post and cue != "displaced":
                # "When the last X troops left, 4,421 had been killed": those troops' (the
                # displaced are not the soldiers'; "between the X army and Y" is a war's).
                parties = _troops_before(text, named or [], fig.number.start)
                force = bool(parties)  # the troops' losses: soldiers
            if (
                not parties
                and not index
                and antecedent is not None
                # "Some 1 million people fled ...": displaced people, as a bare figure
                and (fig.head is None or _bare_people(fig, cue, antecedent[1]))
                and counted is not None
                and counted[1] == here - 1
                and (_opens_bare(text, fig) or (cue == antecedent[1] and _running_toll(text, fig)))
                and not _parties(named or [])
            ):
                # "X lost 4,000 soldiers. Almost 32,000 had been wounded.": a bare figure
                # opening the next sentence counts the same people ("X was the source of
                # 3.6 million refugees. Some 1 million people newly fled their homes").
                parties = list(antecedent[0])
            if (
                not parties
                and spoken is not None
                and spoken[1] == here - 1
                and _spoken_dead(fig)
                and not _parties(named or [])
            ):
                # "X was told how many of its sons died. The announcement put the dead at
                # 1854": the dead the sentence before spoke of.
                parties = [spoken[0]]
            if not parties and not index and sentence_party and sentence_party[1] == here - 1:
                # "100,000 died on the X side. 50,000 soldiers died in combat.": plain people
                # of the same kind after a sentence all of whose figures were X's.
                same_kind = antecedent is not None and cue == antecedent[1]
                unnamed = not _parties(named or []) and (source is None or not source.party)
                if same_kind and unnamed and _plain_people(fig) and _opens_bare(text, fig):
                    parties = [sentence_party[0]]
                elif same_kind and cue == "displaced" and _hosted(text, named or [], fig):
                    parties = [sentence_party[0]]  # "X refugees ... Y has 450,000 refugees"
            if not parties and here:
                # "the total number of such refugees": those the sentence before named.
                parties = _such_people(fig, spans[here - 1].text)
            if not parties and fig.anaphoric and antecedent is not None and not _fought(text):
                parties = list(antecedent[0])  # not "5,000 more died in fights between X and Y"
            value = round(fig.number.value)
            if not parties and not unowned and value >= _RESTATED_MIN:
                parties = list(owned_figures.get((value, cue), []))
            if not parties and not unowned and index and cue != "displaced" and not _opponents(fig):
                parties = _clause_reporter(text, figures[index - 1].np_end, fig)  # "while Y says"
            if (
                not parties
                and not unowned
                and source is not None
                and source.party
                and cue != "displaced"
                # "X officials said 200 rebels were killed": the enemy's, not X's own
                and not _opponents(fig)
            ):
                parties = [source.party]
            parties_of[index] = parties
            if parties and len(parties) == 1:
                owned_figures.setdefault((round(fig.number.value), cue), parties)
            category = _in_action(_category(cue, fig), text, fig)
            if category == "unspecified" and cue == "killed" and fig.head is None:
                # "Civilian casualties: 1,500 killed": of the kind its label names.
                category = _label_kind(text, figures[index - 1].np_end if index else 0, fig)
            if category == "unspecified" and force:
                category = "military"  # "The Israel Defense Forces (IDF) death toll"
                forces.add(index)
            bare_loss = fig.head is None or fig.head.lower() in ("dead", "killed")
            unit = _unit_loss(text, fig.number.start) if category == "unspecified" else None
            if unit is not None and cue == "killed" and bare_loss:
                # "The 12th regiment lost 725 killed", "The X army ... had 3,900 dead"
                category, parties = "military", parties or unit
                parties_of[index] = parties
            if category == "unspecified" and fig.anaphoric and antecedent is not None:
                # "Around 5,300 of them were killed": the soldiers counted before.
                category = antecedent[2] if antecedent[2] in ("military", "civilian") else category
            if category == "unspecified" and index:
                # "military deaths at 12,000, civilian deaths at 150,000": the toll in between.
                category = _kind_between(text, figures[index - 1].np_end, fig.number.start)
            bare = (elliptical or _listed_toll(text, figures[index - 1], fig)) if index else False
            if category == "unspecified" and bare and not fig.mods and not totalled:
                # "22 soldiers were killed while 23 others died", "X: 9 killed, 3 dead": that kind.
                prev = figures[index - 1]
                others = fig.head is not None
                # Not across a list's label ("Strength X: 40,000 troops ... Y: 900 killed").
                gap = text[prev.np_end : fig.number.start]
                labelled = ":" in gap
                counted_before = index - 1 in category_of  # not "5 survived, 33 others died"
                earlier = (  # nor into a new entry of a list ("X: 50 soldiers; Y: 10")
                    _category("killed", prev)
                    if prev.head
                    and (counted_before or not others)
                    and ((counted_before and ";" not in gap) or not labelled)
                    else (category_of.get(index - 1) if others else None)
                )
                category = earlier if earlier in ("military", "civilian") else category
            for related in (fig.subset_of, fig.shares):
                # "10,317 civilians died, of whom 8,676 were X"; "30 X in units, 21 Y": that kind.
                kind = category_of.get(related) if related is not None else None
                if related is not None and related not in kept_at and figures[related].head:
                    kind = _category("killed", figures[related])  # the uncounted whole's kind
                if category == "unspecified" and kind in ("military", "civilian"):
                    category = kind
            if (
                not parties
                and not unowned
                and (
                    (category == "military" and source is not None and source.anaphoric)
                    or _unnamed_force(text, fig.number.start)
                )
                and not _opponents(fig)
                and not _parties(named if named is not None else find_entities(text))
            ):
                # "Libya ... The government confirmed that 111 soldiers had been killed":
                # soldiers a government of no name reports, in a sentence naming no one,
                # are those of the one party the answer named before; so are the losses
                # of a force of no name ("Among the security forces there had been 1,700
                # dead", "The army lost 300 men").
                parties = answer_party(here)
                parties_of[index] = parties
            category_of[index] = category
            if category == "military":
                # "Chechen military deaths": a region's fighters are its side's (Ichkeria).
                parties = [_REGION_SIDES.get(p, p) for p in parties]
            antecedent = (parties, cue, category)
            counted = (cue, here)
            for party in parties[:1]:
                if party in counted_parties:
                    counted_parties.remove(party)
                counted_parties.append(party)
            if category == "displaced" and fig.head and _category("killed", fig) == "military":
                continue  # "300 soldiers took shelter", "troops fled": soldiers moved
            # "about 1 million dead on each side": the figure of each of the two sides.
            first = parties[0] if parties else "unspecified"
            if fig.joint is not False and len(set(parties)) > 1:
                first = "unspecified"  # "1,600 British and Argentine soldiers": of both
            for party in each or [first]:
                row = {
                    "party": party,
                    "category": category,
                    "count": round(fig.number.value),
                    "qualifier": qualifier,
                    "reported_by": source.name if source is not None else None,
                    "reported_on": reported_on,
                    "qa_id": qa_id,
                    "evidence": text,
                    "parties": [party] if each else parties,
                }
                rows.append((fig, row))
        _share_range_party(text, rows)
        owner = _one_owner(rows)
        sentence_party = (owner, here) if owner else None
        for _, row in rows:
            yield row
