"""A second challenge set of invented sentences: dates unseen text brings that are no events.

Per tests/corpus/ANNOTATING.md a timeline row is a date that places a stated event. Each
sentence below is given with the rows (``date``, ``end``) it must give: lives and reigns
in parentheses, years inside cited titles, ages and durations, decades and centuries,
terms of office and ranges (a range is one row with its end), parts of a year, plans and
the future, editions and pages, census years of a population figure, "since" states, and
one event's date said again in an answer. Where a title's year may or may not be a row
("the 1920 Treaty of X was invoked in 1995"), only the date that must be a row is given.
"""

import pytest

from tests.test_timeline import _dated

ROWS = [
    # lives in parentheses
    ("General Smith (1901–1970) led the Freedonian army into Sylvania in 1942.", [("1942", None)]),
    ("The rebel leader Jan Kowal (1921-1989) signed the truce in 1975.", [("1975", None)]),
    ("General Smith (born 1950) commanded the northern front in 1992.", [("1992", None)]),
    ("The poet Anna Varga (b. 1931) wrote about the siege.", []),
    ("The general (died 1994) is buried in the capital.", []),
    ("Marshal Ion Petrescu (1880 – 1944) never lost a battle.", []),
    ("The war was led by King Otto (r. 1832–1862) of Freedonia.", []),
    # cited titles
    ("The 1920 Treaty of Sylvania was invoked by Freedonia in 1995.", "1995"),
    (
        "Citing the Border Act of 1947, the court ruled in 2001 that the annexation was illegal.",
        "2001",
    ),
    ("Under the 1921 constitution, the president dissolved parliament in 1993.", "1993"),
    ("The film 1917 tells the story of two soldiers.", []),
    # ages and durations
    ("Freedonia ended a 30-year war with Sylvania in 1990.", [("1990", None)]),
    ("The siege of the capital lasted for 13 months.", []),
    ("After 13 months of fighting, the rebels surrendered in May 1993.", [("1993-05", None)]),
    ("The 45-year-old general took command in 1992.", [("1992", None)]),
    ("The Hundred Days War ended in 1921 after 100 days of fighting.", [("1921", None)]),
    ("The war lasted 13 years.", []),
    ("Freedonian troops stayed in Sylvania for 20 years.", []),
    ("The general was 45 years old when the war began.", []),
    # decades and centuries
    ("By the 1990s, the rebels controlled the north.", []),
    ("By the mid-1990s the Freedonian army had collapsed.", []),
    ("In the 1980s and 1990s, Freedonia was poor.", []),
    ("Throughout the 1970s the border stayed quiet.", []),
    ("In the late 1960s, tension rose along the river.", []),
    ("In the 19th century, Freedonia was a Sylvanian province.", []),
    ("During the eighteenth century the valley changed hands many times.", []),
    ("Since the 16th century, Freedonians have lived in the valley.", []),
    # terms of office, reigns, ranges with an end
    ("Smith was president of Freedonia from 1990 to 1994.", [("1990", "1994")]),
    ("He served as prime minister between 1992 and 1994.", [("1992", "1994")]),
    ("King Otto reigned from 1832 to 1862.", [("1832", "1862")]),
    ("Fighting went on between 1992 and 1994.", [("1992", "1994")]),
    ("The siege lasted from March to May 1993.", [("1993-03", "1993-05")]),
    ("The army occupied the town from 1919 until 1921.", [("1919", "1921")]),
    ("The war, fought in 1978–1979, ended the regime.", [("1978", "1979")]),
    ("In 1839–40 a famine struck the valley.", [("1839", "1840")]),
    # a span from a short range to a later date; a year listed after a short range
    ("The war lasted from the winter of 1942–43 to the spring of 1945.", [("1942", "1945")]),
    ("The siege lasted from 1992–93 until 1995.", [("1992", "1995")]),
    ("In 1992–93 and 1995 the town fell.", [("1992", "1993"), ("1995", None)]),
    (
        "He served as governor from 1990 to 1994 and as president from 1994 to 1998.",
        [("1990", "1994"), ("1994", "1998")],
    ),
    (
        "She was president between 1990 and 1994 and again in 1998.",
        [("1990", "1994"), ("1998", None)],
    ),
    ("The Hundred Hours War (July 14–18, 1969) was short.", [("1969-07-14", "1969-07-18")]),
    ("The rebellion of 1990–1994 was crushed.", [("1990", "1994")]),
    # seasons and parts of a year
    ("In early 1993, the rebels launched an offensive.", [("1993", None)]),
    ("In late 1994 the two sides signed a truce.", [("1994", None)]),
    ("In mid-1995, Freedonia recalled its ambassador.", [("1995", None)]),
    ("The rebels attacked in the spring of 1993.", [("1993", None)]),
    # future and plans
    ("A referendum on independence will be held in 2031.", []),
    ("The new border treaty is due to be signed in 2031.", []),
    ("Freedonia intends to withdraw its troops by 2028.", []),
    ("The last troops are to leave Sylvania by 2029.", []),
    ("The dam is set to be completed in 2030.", []),
    ("A five-year plan launched in 1990 aimed to rebuild the army by 1995.", [("1990", None)]),
    ("The government aims for a peace deal before 2030.", []),
    # pages and editions
    ("Second edition, 1998.", []),
    ("Copyright 2015 Sylvania Press. All rights reserved.", []),
    ("Smith, The Freedonian War (London, 2nd ed., 2004), p. 12.", []),
    ("First published in 1987.", []),
    ("Page last reviewed: 12 March 2020.", []),
    # census years in population sentences
    ("According to the 1989 census, the region had 190,000 inhabitants.", []),
    ("The 1989 census counted 190,000 people in the region.", []),
    ("In the 1989 census, 77% of the population were Freedonians.", []),
    ("The population of the valley was 190,000 at the census of 1989.", []),
    ("The census of 1989 recorded 40,000 Sylvanians in the city.", []),
    ("A census was held in Freedonia in 1989.", [("1989", None)]),
    # since: a lasting state
    ("Sylvania, a kingdom since 1801, was invaded in 1850.", [("1850", None)]),
    ("The border between the two countries has been closed since 1993.", []),
    ("Freedonia has been independent since 1991.", []),
    ("Sylvanian troops have been stationed in the valley since 1995.", []),
    ("Since 1994, when the truce was signed, the valley has been quiet.", [("1994", None)]),
    # a span opened by a dated thing: the span, and the thing
    (
        "Between the annexation of the valley in 1783 and 1800, some 100,000 Sylvanians left.",
        [("1783", "1800"), ("1783", None)],
    ),
    # the end of a range a "when" clause dates is a second event
    (
        "The war lasted from 2 May 1991 until 9 July 1991, when the accords were signed.",
        [("1991-05-02", "1991-07-09"), ("1991-07-09", None)],
    ),
    ("The siege lasted from 1992 to 1995, when it ended.", [("1992", "1995")]),
    # a refusal is an event, as a failed attempt is
    (
        "When the rebels refused to surrender in 1900, the army burned their farms.",
        [("1900", None)],
    ),
    ("Freedonia refused to sign the treaty in 1994.", [("1994", None)]),
    ("Freedonia did not sign the treaty in 1994.", []),
    # a year naming an event beside other dates: a row when no other date gives its year
    (
        "Freedonia invaded in August 1974, in breach of the 1960 Treaty of Guarantee.",
        [("1960", None), ("1974-08", None)],
    ),
    ("The 1982 war began on 6 June 1982, when Freedonia invaded.", [("1982-06-06", None)]),
    # what was averted did not happen
    ("Talks resumed after the narrowly averted renewal of hostilities in 1976.", []),
    (
        "Talks resumed in 1977, after the narrowly averted renewal of hostilities in 1976.",
        [("1977", None)],
    ),
    # a year naming a killing, an occupation or a raid, beside a figure
    (
        "The war left 9,000 dead, including victims of the 1983 Freedonia killings.",
        [("1983", None)],
    ),
    ("The 1940 occupation of Sylvania lasted five years.", [("1940", None)]),
    # a citation's year and page; a term of office that lasts
    ("Smith (2004: 12) argues that the war was lost.", []),
    ("The president, in office since 1994, signed the treaty in 1999.", [("1999", None)]),
    # a day glued to its month by a scraper
    ("The first force was deployed in the valley on 6December 1997.", [("1997-12-06", None)]),
    # a book's first edition; its use later
    ("First published in 1987, the memoir describes the siege.", []),
    ("The political will for a truce in 1994 was weak.", [("1994", None)]),
]

ANSWERS = [
    (
        "The ceasefire was signed on 12 May 1994. The ceasefire of 12 May 1994 ended the fighting.",
        [("1994-05-12", None)],
    ),
    (
        "Freedonia invaded on 2 August 1990. The invasion of 2 August 1990 was condemned.",
        [("1990-08-02", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_unseen_sentence_gives_its_rows(text, expected):
    got = _dated(text)
    if isinstance(expected, str):  # only this date must be a row
        assert expected in [d for d, _ in got], text
    else:
        assert got == expected, text


@pytest.mark.parametrize(("text", "expected"), ANSWERS)
def test_an_event_dated_again_in_its_answer_is_one_row(text, expected):
    assert _dated(text) == expected


def test_the_challenge_set_is_large():
    assert len(ROWS) + len(ANSWERS) >= 60
