"""A challenge set of invented sentences: dates that place no event, and dates that do.

Per tests/corpus/ANNOTATING.md a timeline row is a date that places a stated event. The
sentences below give a date that dates something else (a state of affairs, a count, a
figure's year, a thing of that year, a birth, a plan, a negated or hypothetical event),
and, beside them, sentences of the same shapes that do date an event and keep their row.
"""

import pandas as pd
import pytest

from karabakh_nb.timeline import extract_timeline


def _dates(text: str) -> list[str]:
    qa = pd.DataFrame({"id": ["x:1"], "question": ["Q?"], "answer": [text]})
    return list(extract_timeline(qa)["date"])


NOT_EVENTS = [
    # a state of affairs
    "As of 2019, 30,000 people were still missing.",
    "As at March 2020, Freedonia kept 2,000 troops in Sylvania.",
    "Freedonia has been a member of the alliance since 2004.",
    "In 1990 the Freedonian army had 40,000 soldiers.",
    "In 2010, the Sylvanian army had 300 tanks and 40 aircraft.",
    "Freedonia had 300 tanks in 2010.",
    "In 2008 Freedonia was home to 200,000 refugees.",
    "Freedonia hosted 200,000 refugees in 2008.",
    # the date of a count or a figure
    "The death toll stood at 3,000 in May 1993.",
    "The number of refugees stood at 500,000 in 1993.",
    "The Freedonian army numbered 40,000 men in 1990.",
    "In 1990, the Freedonian army numbered about 40,000 men.",
    "By the end of 1994, 20,000 people had died.",
    "By 1995 some 20,000 people had been killed.",
    "The total number of refugees reached 500,000 by 1995.",
    "The war cost Sylvania some 40,000 lives by the year 1921.",
    "About 2,000 people have been killed since 2014.",
    "Since 2014, about 2,000 people have been killed.",
    # the dates of a changing figure
    "Since 2000 the number of deaths has fallen.",
    "Since 2003 the rate of desertion has risen sharply.",
    "Attacks on the border have steadily increased since 2010.",
    "By 2005 the population of Freedonia had doubled.",
    "The army grew from 10,000 men in 1990 to 50,000 in 2000.",
    "Between 1990 and 2000, the army grew from 10,000 men to 50,000.",
    "The militia grew by 4,000 fighters from 1990 to 1995.",
    # statistics of the economy
    "In 1995, unemployment in Freedonia was 40%.",
    "Unemployment in Freedonia stood at 40% in 1995.",
    "In 1995, 40% of Freedonians lived in poverty.",
    "Freedonia spent 5% of its GDP on defence in 2010.",
    "Military spending reached 12% of the budget in 2010.",
    "Inflation in Sylvania reached 45% in 1993.",
    # the year of a source, a document or a thing
    "The 1990 figures show that the army was small.",
    "A 2010 report found that the army was small.",
    "His 1985 book describes the Freedonian army.",
    "Data from 2010 show that the Freedonian army was small.",
    "The figures for 2019 show that 3,000 people fled Sylvania.",
    "A poll in 2010 found that 40% of Freedonians supported the war.",
    "The survey of 2010 found that 40% of people supported the war.",
    "In prices of 2015, the war cost Freedonia 3 billion dollars.",
    "At 2015 prices, the war cost Freedonia 3 billion dollars.",
    "The map of 1921 shows the border.",
    "Sylvania demanded a return to the borders of 1967.",
    "Emissions in Freedonia fell below the levels of 1990.",
    "This page was last edited on 3 May 2021.",
    "At the time of writing (2019), the truce held.",
    "Writing in 1999, Smith argued that the war was lost.",
    "Smith, J. (1994). The Freedonian War. London: Sylvania Press.",
    "In 2019, Freedonia ranked 150th in the world in press freedom.",
    "Freedonia has controlled the valley since 1994.",
    "The valley had remained in Sylvanian hands since 1991.",
    "The Freedonian army was far larger than in 1980.",
    "Today, in 2023, the border with Sylvania is closed.",
    "The refugees were still living in camps in 2010.",
    "The Freedonian general was 45 years old in 1990.",
    "The government had set 26 June 1991 as the date for its move.",
    "The deadline of 1 May 1995 passed without a deal.",
    # a birth
    "The general was born in 1950 in a village near the border.",
    "Born in 1950, the general grew up in Sylvania.",
    "The Freedonian leader, who was born in 1950, died last year.",
    # a decade, an ordinal counted from a date
    "In the 1980s, Freedonia was poor.",
    "During the 1990s, Freedonia was poor.",
    "It was the deadliest year since 1990.",
    "It was the first time since 1990 that the two leaders met.",
    # negated, hypothetical, planned
    "The ceasefire was not signed in 1994.",
    "If talks fail in 2025, the war may resume.",
    "Unless a deal is reached by 2025, the truce will end.",
    "Talks could resume in 2027 if both sides agree.",
    "Had the treaty been signed in 1990, the war would have been avoided.",
    "Freedonia denied that its troops crossed the border in 1993.",
    "There is no evidence that Freedonia used gas in 1993.",
    "No elections have been held since 2005.",
    "Elections in Sylvania are expected in 2026.",
    "Freedonia plans to join the alliance by 2030.",
    "Freedonia hopes to join the alliance in 2030.",
    "Freedonia aims to join the alliance by 2030.",
    "Freedonia is expected to join the alliance in 2030.",
    "The government is planning to hold a referendum in 2027.",
    "The referendum, originally scheduled for May 1995, was postponed.",
    "The elections were to be held in 1996 but never took place.",
]

EVENTS = [
    ("In the 1990 elections, the nationalists won.", ["1990"]),
    ("The treaty of 1921 is still in force.", ["1921"]),
    ("Freedonia declared independence in January 1990.", ["1990-01"]),
    ("The war began in 1990.", ["1990"]),
    ("On 12 May 1994, a ceasefire took effect.", ["1994-05-12"]),
    ("In 1993, Freedonian forces captured the city.", ["1993"]),
    ("The army, which numbered 40,000 men, invaded Sylvania in 1990.", ["1990"]),
    ("In 1990 the Freedonian army had lost 4,000 soldiers.", ["1990"]),
    ("Some 3,000 soldiers were killed in the battle of 1993.", ["1993"]),
    ("In 2010, the court ruled that the annexation was illegal.", ["2010"]),
    ("Freedonia joined the UN in 1992, and by 2000 it had 40 embassies.", ["1992"]),
    ("Born in 1950, he led the rebels who seized the capital in 1990.", ["1990"]),
    ("Freedonia did not recognise Sylvania until 1992.", ["1992"]),
    ("Until 1991, Sylvania was part of Freedonia.", ["1991"]),
    ("The fighting continued until 1994.", ["1994"]),
    ("On 3 May 1993, 300 soldiers were killed.", ["1993-05-03"]),
    ("In 1993, 300,000 people fled the region.", ["1993"]),
    ("The siege lasted from April 1992 to February 1996.", ["1992-04"]),
    ("The 1992 offensive killed 3,000 people.", ["1992"]),
    ("Freedonia has been a member since 2004, when it joined with six others.", ["2004"]),
    ("Since 2003, when the rebels signed the truce, the number of attacks has fallen.", ["2003"]),
    ("Freedonia closed its borders in 1967.", ["1967"]),
    ("The army was larger than in 1980, when Sylvania invaded.", ["1980"]),
    ("The treaty of 1921 is still in force.", ["1921"]),
    ("Freedonia has controlled the valley since 1994, when its army took it.", ["1994"]),
    ("Since 1994, Freedonia has been mediating the conflict.", ["1994"]),
    ("In 1999, Smith's army took the city.", ["1999"]),
    ("The ceasefire, agreed in 1994, was never implemented.", ["1994"]),
    ("By 1999, Sylvania had been defeated.", ["1999"]),
    ("In 1995 the army captured 20 villages.", ["1995"]),
    ("In 1995, Freedonia sent 2,000 troops to Sylvania.", ["1995"]),
    ("The peace talks were held in Geneva in 1995.", ["1995"]),
    ("The referendum was held in May 1995.", ["1995-05"]),
    ("In 2014 Freedonia started plans to join the alliance.", ["2014"]),
    ("The government held a census in 2011.", ["2011"]),
    ("He was elected president in 1993 and re-elected in 1998.", ["1993", "1998"]),
    ("Fighting broke out in 1990, after the region voted to secede.", ["1990"]),
    ("The population fell to 300,000 after the invasion in 1990.", ["1990"]),
    ("The Freedonian leader died in 2010.", ["2010"]),
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_a_date_that_places_no_event_gives_no_row(text):
    assert _dates(text) == [], text


@pytest.mark.parametrize(("text", "dates"), EVENTS)
def test_a_date_that_places_an_event_keeps_its_row(text, dates):
    assert set(dates) <= set(_dates(text)), text


def test_a_heading_date_restated_by_a_later_sentence_is_one_row():
    qa = pd.DataFrame(
        {
            "id": ["x:1", "x:2"],
            "question": ["Q?", "Q?"],
            "answer": [
                "12 May 1994\n\nOn 12 May 1994, Freedonia and Sylvania signed a ceasefire.",
                "12 May 1994\n\nFreedonia and Sylvania signed a ceasefire.",
            ],
        }
    )
    got = extract_timeline(qa)
    restated = got[got["qa_id"] == "x:1"]
    assert list(restated["date"]) == ["1994-05-12"]
    assert restated["evidence"].iloc[0].startswith("On 12 May 1994")
    # a heading no later sentence restates keeps its row
    assert list(got.loc[got["qa_id"] == "x:2", "date"]) == ["1994-05-12"]
