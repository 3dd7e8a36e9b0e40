"""The shared sentence splitter (karabakh_nb.text): one table of invented passages."""

import pytest

from karabakh_nb.text import sentences

# (passage, expected sentences); None: the passage is one sentence.
CASES = [
    # Quotations: one that ends without a full stop still ends its sentence...
    ('He said "we will fight on" The army then advanced.',
     ['He said "we will fight on"', "The army then advanced."]),
    ("Aid reached “the people of the northern valleys” About 300 trucks came.",
     ["Aid reached “the people of the northern valleys”", "About 300 trucks came."]),
    # ... but a short quoted name does not, nor a quote its speaker follows.
    ('The "Iron Fist" Operation began in May.', None),
    ('He said "we will fight on" Marshal Ruritan told reporters.', None),
    # No split inside a quotation that the sentence goes on after.
    ('He said "we are ready... we will win" and left.', None),
    ('"We are ready. We will win," the general said.', None),
    ("“Who will pay?” the minister asked. The army left.",
     ["“Who will pay?” the minister asked.", "The army left."]),
    ("“Who will pay for this war?” Marshal Ruritan, the army’s chief, said.", None),
    ('He called it "a disaster." The army left.', ['He called it "a disaster."', "The army left."]),
    ('"We won." he said. Then he left.', ['"We won." he said.', "Then he left."]),
    # A quotation that ends its sentence may hold several.
    ('He said: "We are ready. We will win." The army left.',
     ['He said: "We are ready.', 'We will win."', "The army left."]),
    ("“We are ready. We will win” the general said.", None),
    # A stray quote mark pairs with nothing and changes nothing.
    ('The 5" gun fired. The army left.', ["The 5\" gun fired.", "The army left."]),
    # References: "et al." before a year or a bracket goes on; before a new sentence it ends.
    ("Smith et al. (1994) counted 300 dead.", None),
    ("Smith et al. 1994 counted 300 dead.", None),
    ("This was shown by Smith et al. The war ended.",
     ["This was shown by Smith et al.", "The war ended."]),
    # Titles before a name never end a sentence.
    ("Gen. Ruritan and Lt. Col. Smith led the army.", None),
    ("Maj. Gen. Ruritan met Dr. Smith and Prof. Jones.", None),
    ("They reached St. Petersburg on Jan. 5, 1920.", None),
    ("Peace came (cf. Smith, 1990), i.e. in May.", None),
    # Dotted acronyms and initials go on, unless a new sentence opens after them.
    ("The U.S. and the U.N. agreed.", None),
    ("The U.S. Army landed at dawn.", None),
    ("J. R. Smith wrote the report.", None),
    ("Aid came from the U.S. The war ended in 1995.",
     ["Aid came from the U.S.", "The war ended in 1995."]),
    ("They fought in World War I. In 1920 peace came.",
     ["They fought in World War I.", "In 1920 peace came."]),
    # "No." numbers what follows it; the word "no" ends a sentence like any other.
    ("Resolution No. 822 was passed.", None),
    ("The answer was no. The war went on.", ["The answer was no.", "The war went on."]),
    # Qualifiers before a figure go on; "etc.", "Inc.", a month end a sentence before a new one.
    ("It cost approx. 30 lives and c. 400 horses.", None),
    ("Losses (est. 3,000) were high.", None),
    ("Rebels took guns, tanks, etc. The war began.",
     ["Rebels took guns, tanks, etc.", "The war began."]),
    ("Guns, tanks, etc. were taken.", None),
    ("Arms came from Acme Inc. The firm denied it.",
     ["Arms came from Acme Inc.", "The firm denied it."]),
    ("The war began in Jan. It ended in Mar. 1921.",
     ["The war began in Jan.", "It ended in Mar. 1921."]),
    # Decimals and version-like figures hold no boundary.
    ("The war cost 3.5 million dollars and plan 1.2.3 failed.", None),
    ("The army lost 1.5 million men. Peace came in 1994.",
     ["The army lost 1.5 million men.", "Peace came in 1994."]),
    # List items a scraper ran together without a full stop.
    ("The war began in 1992 The ceasefire held.", ["The war began in 1992", "The ceasefire held."]),
    ("Refugees fled the city It was burned.", ["Refugees fled the city", "It was burned."]),
    ("It was reported by The Guardian in 1992.", None),
    ("Peace was signed in The Hague.", None),
    ("War Breaks Out In the North", None),
    # A full stop with no space after it, before a capitalised word.
    ("Many died of starvation.The army left.", ["Many died of starvation.", "The army left."]),
    ("See example.com for more.", None),
    ("Mr.Smith and e.g.Jones came.", None),
    # Bullet runs: each item is a sentence, the bullet is in none.
    ("• The war began in 1992 • The ceasefire came in 1994",
     ["The war began in 1992", "The ceasefire came in 1994"]),
    ("Key facts: • 300 died. • 400 fled.", ["Key facts:", "300 died.", "400 fled."]),
    ("Refugees fled in May · The army burned the town",
     ["Refugees fled in May", "The army burned the town"]),
    # ... but the fields of an infobox stay together.
    ("Population (2011) • Total 2,070,371 • Density 31/km2", None),
    ("Sources: Wikipedia · Britannica", None),
    # Semicolons and colons join clauses of one sentence.
    ("The army was not deployed; 300 soldiers died.", None),
    ("Losses: 300 dead; 400 wounded.", None),
    # Line breaks: a new line that opens a new item ends a sentence; a wrapped line does not.
    ("The war began in 1992\nThe ceasefire came in 1994",
     ["The war began in 1992", "The ceasefire came in 1994"]),
    ("The war\nbegan in 1992.", ["The war\nbegan in 1992."]),
    ("The war began,\nThe army said.", ["The war began,\nThe army said."]),
    ("Casualties\n\nunknown", ["Casualties", "unknown"]),
    # Ellipses end a sentence before a new one, not before its own next word.
    ("The war went on… The army left.", ["The war went on…", "The army left."]),
    ("The war went on... The army left.", ["The war went on...", "The army left."]),
    ("The war went on... and on.", None),
    ("The army [...] left the city.", None),
    ("They fled the county. […] The army left.", ["They fled the county.", "[…] The army left."]),
    # Closing brackets and quotes after the full stop stay with its sentence.
    ("(The war ended.) Peace came.", ["(The war ended.)", "Peace came."]),
    ("He left (see p.) Then he came.", ["He left (see p.)", "Then he came."]),
    ("Population (2009 est.) 405,210", None),
    # Question and exclamation marks.
    ("Did the war end? Yes, in 1994. It was over!",
     ["Did the war end?", "Yes, in 1994.", "It was over!"]),
    ("What a loss! The army retreated.", ["What a loss!", "The army retreated."]),
    ("What?! No.", ["What?!", "No."]),
    ("His ?economic war? continued for years.", None),
    # Footnote marks belong to the sentence they follow.
    ("300 were killed.[12] The army left.", ["300 were killed.[12]", "The army left."]),
    ("300 were killed.[12][13] The army left.", ["300 were killed.[12][13]", "The army left."]),
    ("300 were killed[3]. The army left.", ["300 were killed[3].", "The army left."]),
    ("300 were killed.[citation needed] The army left.",
     ["300 were killed.[citation needed]", "The army left."]),
    ("300 were killed.[4]The army left.", ["300 were killed.[4]", "The army left."]),
]  # fmt: skip


@pytest.mark.parametrize(("passage", "expected"), CASES)
def test_sentence_splits(passage, expected):
    found = sentences(passage)
    assert [s.text for s in found] == (expected or [passage])
    for s in found:  # every sentence is its own span of the passage, verbatim
        assert passage[s.start : s.end] == s.text


@pytest.mark.parametrize(
    "passage",
    [
        "." * 20_000 + "x",
        "!" * 20_000 + " a",
        '"' * 20_000,
        "a " * 20_000,
        "\n" * 20_000 + "A",
        "• " * 10_000,
        "word" * 20_000 + ".",
        ("x" * 39 + ".") * 2_000,
        '"a b c d" ' * 10_000,
        ' "x. Y" z' * 10_000,
        '"' + "It was. " * 20_000,
        "in 1992 The war " * 10_000,
    ],
)
def test_splitter_stays_linear(passage):
    import time

    # CPU time of this process: a hang guard, which a loaded machine does not trip
    start = time.process_time()
    sentences(passage)
    assert time.process_time() - start < 0.5
