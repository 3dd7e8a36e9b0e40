"""The ``casualties`` fact table: people killed, missing, wounded or displaced.

Every row is one figure read from one answer sentence (its ``evidence``). Only the
clean ``answer`` is read: a featured-snippet header ("1,234 soldiers") repeats a
figure of the passage and is not a sentence.

**What counts.** A number is a casualty figure when both of 1 and 2 hold, or 3 does:

1. it counts people: it is followed by a noun phrase ending in a person noun
   ("1,500 Armenian and Karabakh soldiers", "67 of its soldiers", "228
   civilians", "600,000 Azerbaijanis", "146 civilian deaths"; a quoted noun, '300 "boat
   people"'; a plural people's name no lexicon holds after a known demonym, "41,000
   Estonian Vorumians", is that state's people; "1,361 members of the X security
   forces" are what the force's noun says), or it stands alone
   as the subject of a casualty verb ("more than one million were displaced"), or
   it is a death toll ("the death toll rose to 3,000", "deaths range from 3,000 to
   5,000");
2. it is tied to a casualty word: a casualty noun or modifier in its own noun
   phrase ("deaths", "casualties", "refugees", "wounded soldiers"), a casualty verb
   opening the predicate that follows it ("were killed", "drowned", "were beheaded",
   "starved to death", "have been confirmed
   killed", "remain missing", "fled", "have not been able to return"; a relative clause
   ended by an auxiliary is skipped: "8 soldiers who were on patrol are missing"; a
   parenthesis such as ", including multiple children and older people," is
   skipped), or a casualty verb right before it ("killing 50 people", "the deaths
   of 146 civilians", also past a vague quantity: "the deaths of hundreds of soldiers and
   an estimated 10,000 civilians"). Figures joined by "and", "or" or a comma share one
   predicate ("170 servicemen and 228 civilians were killed"). A parenthesis after
   a figure is skipped even when it holds figures ("200 people, including 10
   children, were killed": both killed; "Thirteen men, seven of them teenagers, died").
   A bare figure after a conjunction, with at
   most a phrase of place or time before the clause ends, repeats the predicate left
   out ("400,000 refugees in X and 200,000 in Y", "... fled, with 200,000 in Y", "11,900
   were killed this year,
   compared to 30,800 in 2018").
3. it counts people by a noun phrase (as in 1) and names part of the casualty figure
   before it ("about 200 people were killed, including 10 civilians"; also "among
   them", "of whom", "of them", within 80 characters; a side's share in a parenthesis
   after it: "30,000 people (X side 24,000 and Y side 6,000)"): a casualty of the same kind,
   unless its own predicate names another. Its category comes from its own noun
   (``civilian``).

A share of a whole ("a quarter of its 48 million people") is no figure, unless the whole
counts casualties ("most of its estimated 30,000 to 750,000 victims": both ends count).
Percentages, hyphenated modifiers ("44-day"), bare years (not one opening a sentence on
its casualty verb: "1300 died ..."), durations ("30
years"), troop deployments ("deployed 20,000 troops", "2,000 peacekeeping
forces") and counts of states ("182 member states") never count, nor do the years of a
span ("Years: 1932-1935"), ages ("aged between 18 and 25", "under the age of 5": skipped
between a noun and its verb) or numbers in names ("Flight 752", "Resolution 1244"). A
figure gapped after a year repeats the predicate ("... killed in 2014 and 2,000 in 2015").
In an infobox-like list a label before a figure is its casualty
word ("Battle deaths: 92,661 Wounded: 3,000": a casualty word before a colon and a figure
labels the figure after it, as does a noun before a colon and a figure: "38,000 killed X
Civilians: 4,289 ..."; an elided figure takes no party across a label; a capitalised
label after a figure is the next figure's, not its noun: "Dead: 2,100 Civilians missing:
600"; a bare "Total: N" right after casualty figures, "13 dead 39 wounded Total: 71",
is one of no kind and no label's side), and a participle
right after a figure is that figure's, not
the next one's verb ("38,839 killed 20,128 captured": the prisoners are no row). A toll may
be "X civilian casualties exceeded N" (the two words before say whose and what kind), "X
estimated Y casualties ... to be N", "X losses were N" (not "the losses were 40 tanks"),
also a pair "X and Y losses were 300 and 500 respectively", "the victims numbered N", "the
death toll is believed to be N", or a figure "the fate of N is unknown" (missing; "the fate
of another 1600": no year after "another"). A toll's noun put at a figure of people counts
them ("put the dead at 3,000 soldiers", "estimates the loss at 100,000 men", not "the losses
at 300 tanks"); "the dead included N", "among those killed were N" and "Among the victims,
N were children" name the dead. A figure put on what was counted just before restates it
("the UN put the figure at 150,000", "by 1989 the number had risen to 6.2 million", "the
number so far in this war is 17"). A bare figure after "including" or in a parenthesis right
after a figure of people is part of it ("100,000 men, including 80,000 by disease"); figures
of places after a bare comma repeat the predicate ("12,000 refugees live in camps, 3,700 at
A, 1128 at B"); an age after a noun ends no list ("22,074 children under sixteen and 1,676
men"), and "N cases of missing persons" counts the persons. "Y puts its own
losses at N" is Y's. A named party's "lost" before a bare figure that ends its clause is a
loss of people ("Estonia probably lost 90,000, Latvia perhaps 20,000": not "lost 326
tanks"), and a heading of losses before a colon ("The losses were: X: 5,000 soldiers, 2,000
civilians; Y: 10,000") makes every figure of people in the list after it a loss, a bare
one after a label included, until a heading of other things ("Strength:").

**Category.** missing, wounded and displaced (displaced, "internally displaced", fled,
expelled, evicted, relocated, refugees, counted "as refugees", unable to return, lost their
homes, sought refuge or shelter, left the country or a place named: "left X", whose they
are) come from the casualty word, and soldiers who move are not displaced ("troops
fled", "300 soldiers took shelter": no row); a killed figure is ``military`` when it
counts soldiers, servicemen, troops, fighters or "military" people, ``civilian`` for
civilians, residents, villagers, children or women (citizens of a state, "X citizens",
"its citizens", are all its people: ``unspecified``; citizens of a city are its
residents), else ``unspecified``; a bare killed figure a body of soldiers loses is
``military`` ("The 12th regiment lost 725 killed", "The X army ... had 3,900 dead": X's;
``lexicon/unit_nouns.txt``); a bare killed figure after a label is of the kind the
label names ("Civilian casualties: 1,500 killed"), and an elided one takes no kind from
troops counted before a label ("Strength X: 40,000 troops ... Y: 900 killed"). The first
casualty word of the predicate decides ("were missing or their bodies remained
unidentified" is ``missing``).

**Party** (whose people), first rule that applies:

1. the states, sides or regions named in the figure's noun phrase ("Armenian and
   Karabakh soldiers", "Azerbaijanis", "ethnic Georgians", "300 of X's soldiers",
   "soldiers from X"; a whole in it is no figure: "300 of the 5,000 soldiers", "300 out
   of 5,000 soldiers"; a demonym
   typed in lower case is read as one in capitals: "three israeli soldiers"); a region stands for
   its side (Karabakh -> Artsakh), and a region's soldiers are the side it fights as
   (``lexicon/region_sides.txt``: "Chechen military deaths" -> Ichkeria). When a
   figure covers several parties it is one figure, not several: ``party`` is the
   first-named and ``parties`` (an extra column) lists them all, but two names joined
   side by side ("1,600 British and Argentine soldiers") count both sides together, party
   ``unspecified`` (a region with a state is one side: "Armenian and Karabakh soldiers");
   a name's figure in a parenthesis is that name's ("Estonia (4,000 killed) and Latvia
   (2,000 killed)"); with none there, a
   people the figure's predicate names ("half a million of the lives lost were X", "300 of
   the dead were Xs"), or the one party of "other" people counted right after it ("716
   wounded ..., with the bodies of 13 other Xs": the 716 are Xs too);
2. "respectively" pairs figures with the names before them, in order ("X and Y lost 300
   and 500 soldiers respectively"); a party labelling the figure right before it ("X's
   300 dead", "X: 300 killed, 500 wounded"; a name opening a list's item before a bare
   figure: "X 3,825 killed, 11,000 wounded; Y ..."); a list's label ending in a colon, up to the
   next label ("X Government forces: 300 killed; 20 missing Y Army, from 1945 to 1951: 50
   dead": a force's figures are soldiers; a label of rebels or of a claim names no
   one, nor does a figure's: "official X figure: 14,000"; nor are civilians listed after
   the label's own figures with no comma its side's: "X: 10 killed 33 wounded 1,000
   civilians killed", but "X: 300 soldiers, 200 civilians" are); a part of an earlier figure
   (rule 3 above) takes that figure's party and kind, also of people counted as no
   casualty ("2,000 X soldiers camped there, and 900 of them were dead") and "those"
   deaths after a figure ("40 X sailors were killed, though only 12 of those deaths ...");
   and a part of a whole the sentence opens with is the whole's ("Of some 9,000 X who
   fought, 700 died"; "Of the X population, which numbered 900,000, 3,400 died"); a
   figure "on each side" / "on either side" is one row for each of the two parties named
   since the figure before ("X and Y suffered ...,
   including 1 million dead on each side"; "150 died on both sides" is the two together,
   one row; with no two named in its sentence, the two
   sides whose people the answer counted last, else the two the sentence before names);
   "X and Y each lost N" / "lost N soldiers each" is one row for each; a side after the
   casualty verb, opening
   the sentence or a clause, or of losses before the figure ("1300 died on the X side",
   "300 deaths on X side", "On the X side, ...", "...; on the Y side 500 were killed",
   "Casualties on the X side were 300"; "3,200 deaths, 177 of them on the X side"; a bare
   figure's "for X": "the losses at 18,000 for X, 12,500 for Y") is the figure's, unless
   another party is named between the side and the figure; so is the one party of a toll
   "of" it before the figure ("The losses of X were 4,000 killed"; a force's people are
   soldiers) and the possessor opening "X's campaign cost the country 150 lives"; a force
   named after the predicate ("6,000 killed and 10,000 wounded in the X Army": both X's, soldiers);
   the one party a raid's object names ("Y shelled X's villages, killing 30": X's), or
   the craft its people were aboard ("two X helicopters were shot down, killing seven"; also
   one the sentence before named, when this one says "the ship" and names no party: "An X
   navy ship was struck ... The missiles hit the ship, killing 37 sailors");
   a gapped figure right after a name is that name's ("X lost 300 soldiers and Y 200",
   "X lost 300 soldiers, Y 500 soldiers", "X suffered 700 casualties, the Y 400"; also
   with a participle of its own: "X lost 300 killed and the Ys 200 killed");
   a bare figure (no noun) after the one side's troops its sentence names ("when the
   last X troops left, 4,421 had been killed": X's, soldiers; not troops that attacked
   nor a war "between the X army and ..."), and a bare figure opening the next sentence
   with no party of its own ("Almost 32,000 had been wounded"; displaced "people" after
   displaced people: "Some 1 million people newly fled their homes") counts the same
   people, as does a figure of plain people opening the next sentence, of the same kind,
   when every figure of the sentence before was one party's and the new one names no one
   ("100,000 died on the X side. 50,000 soldiers died in combat": X's; not "Christians",
   "other" or "former" people, nor rebels), and a running toll of the same kind in a
   sentence naming no party ("X ... displaced 100,000. Renewed fighting ..., bringing the
   total number of IDPs to 266,200"); and "the dead" put at a figure right after a sentence
   with no figure that speaks of one party's dead, not of a killer's victims ("X was told
   how many of its sons died. The announcement put the dead at 1854 and the wounded at
   1800": X's); refugees a host "has" right after a sentence all of whose figures were one
   party's refugees are that party's ("... Y, for example, has 450,000 refugees"); "such"
   people are those of the one party the sentence before names them by
   ("the number of X refugees ... The total number
   of such refugees is about 870,000"); people counted again ("an additional 900 died")
   are those counted last, unless the sentence names fighting between two parties ("...
   died in fights between X and Y gangs": of neither);
3. a party named before a noun of its losses ("Indian casualties ... 240 killed"; "X's
   casualty figures were 4,000", "the X death count stood at 4,000"), past
   an acronym or a force's name, whose losses are then soldiers ("The Israel Defense
   Forces (IDF) death toll ranges from 118 to 121": Israel, military; a force's acronym
   alone too: "IDF casualties numbered 312");
4. displaced people are those of the place they come from: a state, side or region
   named right after "from" / "out of" following the figure's noun phrase ("6
   million refugees from X") or its displacement verb ("were displaced from X"),
   or right after a verb of leaving ("fled X", "forced to flee the X region");
   "fled to X" names where they went, not whose they are, nor does where they are
   ("displaced persons inside X", "left their homes within X"), and people a noun names
   as of no party are not those of the state they left ("European settlers fled X");
5. "of its / their soldiers", "X lost 170 servicemen" (also after things lost: "X lost 120
   tanks, 40 aircraft and 3,000 soldiers"), "X had 255 killed", "X had 800 soldiers killed" (not
   refugees: "X has 450,000 refugees" are hosted), "X saw 42,000 military deaths" (a
   party right before "saw": "a war that saw 20,000 killed" names no one), "the war cost
   X 5,000 lives" (a party after "cost": "the revolution had cost 1.5 million dead" names
   no one), and
   "internally displaced" people (displaced within their own country): the last state or side named
   before the figure in its sentence (the subject: "Russia said that 67 of its
   soldiers died"; not a commentator's demonym: "as X writer Y described them, the war
   took the lives of 100,000 of their citizens" names no one,
   ``lexicon/commentator_nouns.txt``; "... refugees from X, and 3.7 million people are internally
   displaced" -> X; for the internally displaced only a name, not a demonym, and not
   where they are: "died in X while 300,000 became internally displaced" names no
   one, nor does a reporting body's name: "The Tracking Matrix X estimates that 4,000
   have been internally displaced"). With no such name, a pronoun owner ("It lost", "of
   its soldiers") is the one party the sentence before names, if it names only one; else
   the later rules apply;
6. a figure of 20 or more restated later in the answer with no party of its own (same value,
   same casualty word) is the earlier figure's ("179 X troops ... the 179 soldiers killed");
7. the party of whoever reported the figure ("According to Georgian officials,
   170 servicemen ... were killed" -> Georgia): a government giving a figure
   without saying whose is read as giving its own losses, also in a clause of
   its own that names no other party ("X observers counted 900, while the Y government
   cites 45,000": Y's; not "Y officials estimated it at 35,000", the toll spoken of); an
   organisation (the UN, "the X Body Count project": a source with words other than the state's and
   ``lexicon/government_words.txt``) is no party, nor are refugees a government
   reports (it hosts them);
8. the question is not evidence, but for the soldiers it counts: "How many X soldiers
   died?", "How many soldiers did X lose?" make a row of no party, in a sentence naming
   none and not of civilians or the displaced, X's (``_question_party``); a place the
   question names ("died in X") or a people with no soldiers' noun is no one's;
9. soldiers of no side that an unnamed source reports ("the government", "the ministry"),
   in a sentence that names no party, are those of the one party the answer named before
   them ("X ... The government confirmed 111 soldiers had been killed"), when it named only
   one (not the enemy: "200 rebels"); so are the losses of a force of no name ("Among the
   security forces there had been 1,700 dead", "The army lost 300 men"; not a force that
   killed: "shelling by government forces");
10. a people standing for a state its document names after it is that state ("1500 Zulus
   dead" in a document naming the Zulu Kingdom: the Zulu Kingdom; ``_doc_parties``);
11. else ``unspecified``; but the two ends of a range ("10,000 to 20,000 people died on the
   X side") count the same people, so an end of no party takes the other end's (and a bare
   low end the high end's kind, not that of a figure before the range).

**Reported by / on.** ``reported_by`` is the source named in the sentence:
"according to X", "reported by X", or the subject of a reporting verb ("The
Azerbaijani Defense Ministry announced", "Azerbaijan has reported", "Russia
said"; also estimated, confirmed, recorded, verified, documented: "The UN has
verified"), without a leading "the". A passive ("have been recorded") names no
source. An anaphoric source ("According to the report",
"the ministry said", "It said") is the nearest source named in an earlier
sentence of the same answer. ``reported_on`` is a date attached to that source:
a date after the reporting words with no figure in between ("announced ... on 21
December", "announced Thursday") or a sentence-opening "On ..."/"As of ...". Dates
are resolved by :mod:`karabakh_nb.dates`; ones that need the publication date
("Thursday", "21 December" without a year) only with ``as_of``.

**Qualifier.** As read by :mod:`karabakh_nb.numbers`, the low end of a range being
``at_least`` even when an "about" or "an estimated" qualifies the range ("an estimated
15,000–20,000"); a qualifier distributes over
figures joined only by "and", "or" or a comma ("about 170 servicemen and 228
civilians": both ``approx``); "c." and "est." before a figure are ``approx`` and end no
sentence. An infobox's abbreviations are casualty words: KIA (killed, ``military``), WIA
(wounded), MIA (missing).

The package is split by job: ``_patterns`` holds the word lists (read from the lexicon) and
the compiled regular expressions, ``_source_patterns`` those of sources and dates;
``_figures`` (with ``_figure_parties``, ``_number_spans`` and ``_categories``) finds a
sentence's figures and their noun phrases and the category of each; ``_cues`` resolves the
casualty word and the qualifier of each; ``_sources`` finds who reported the figures and
when, and whose people a figure counts when its noun phrase does not say; ``_context`` holds
small tests on a figure's sentence; ``_sentence_figures`` reads each distinct sentence's
figures once; ``_answer`` builds the rows of each answer from them, carrying the people
counted last from sentence to sentence; ``_repeats`` drops a figure read twice (one
sentence repeating it, a whole "Of those N" restating an earlier figure);
:func:`extract_casualties` here reads every answer of a ``qa`` table. Import the public
names from here, not from the submodules.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

from .._frames import records_frame
from ..dates import parse_as_of
from ._answer import _rows_for_answer
from ._doc_parties import _people_as_states
from ._figures import _Figure as _Figure
from ._noun_phrases import _noun_phrase as _noun_phrase
from ._question_party import _give_question_party
from ._repeats import _drop_repeats
from ._verbs import _CUE_STEM

__all__ = [
    "CASUALTY_COLUMNS",
    "CATEGORIES",
    "extract_casualties",
]

CASUALTY_COLUMNS = [
    "party",
    "category",
    "count",
    "qualifier",
    "reported_by",
    "reported_on",
    "qa_id",
    "evidence",
]
CATEGORIES = ("military", "civilian", "unspecified", "missing", "wounded", "displaced")
_EXTRA_COLUMNS = ["parties"]


def extract_casualties(qa: pd.DataFrame, as_of: dt.date | str | None = None) -> pd.DataFrame:
    """Extract casualty figures (killed, missing, wounded, displaced) from a ``qa`` table.

    Args:
        qa: The ``qa`` table (columns ``id``, ``question``, ``answer`` are read).
        as_of: Publication date, to resolve ``reported_on`` from "Thursday" or
            "21 December" in an answer that gives no year.

    Returns:
        One row per figure, columns :data:`CASUALTY_COLUMNS` then ``parties`` (every
        party the figure covers).

    Raises:
        UsageError: ``as_of`` is not a valid date.

    Example:
        >>> import pandas as pd
        >>> qa = pd.DataFrame({"id": ["f:1"], "question": ["How many died?"],
        ...     "answer": ["According to Georgian officials, 170 servicemen were killed."]})
        >>> extract_casualties(qa)[["party", "category", "count", "reported_by"]].values.tolist()
        [['Georgia', 'military', 170, 'Georgian officials']]
    """
    when = parse_as_of(as_of)
    rows: list[dict[str, Any]] = []
    answers: dict[str, list[str]] = {}
    for qa_id, question, answer in zip(
        qa["id"].tolist(), qa["question"].tolist(), qa["answer"].tolist(), strict=True
    ):
        if not isinstance(answer, str):
            continue
        answers.setdefault(str(qa_id).rpartition(":")[0], []).append(answer)
        if not _CUE_STEM.search(answer.lower()):
            continue
        found = _drop_repeats(list(_rows_for_answer(qa_id, question, answer, when)))
        _give_question_party(found, question if isinstance(question, str) else None)
        rows.extend(found)
    _people_as_states(rows, answers)
    frame = records_frame(rows, CASUALTY_COLUMNS + _EXTRA_COLUMNS, as_object=True)
    frame["count"] = frame["count"].astype("int64")
    for column in ("reported_by", "reported_on"):
        frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    return frame
