"""The cue words of the backoff reader (:mod:`karabakh_nb.alliances._backoff`).

Whole words of each relation, matched on lower-cased text, and the words whose relation
has a direction or is another one (a sentence with them is left to the rules).
"""

from __future__ import annotations

import re

__all__: list[str] = []

# Cue words of each relation, whole words, matched on lower-cased text.
_CUES = {
    "ally": re.compile(
        # "Nationalist supporters" are a side's followers, no support between parties
        r"\b(?:support(?:ed|s|ing)?|(?<!name\s)support(?:er|ers)|back(?:ed|ing)|(?<!name\s)back(?:er|ers)"
        r"|allied\s+(?:with|to|themselves|itself)"
        r"|alliance|all(?:y|ies)|help\s+(?:to|for)"
        # "aid donors", "aid agencies" give relief, not support to a side
        r"|aid(?:ed|ing)?(?!\s+(?:donors?|agenc(?:y|ies)|workers?|organi[sz]ations?|convoys?))"
        r"|assist(?:ed|ance)|arm(?:ing|s supplies)|sponsor(?:ed|ship)"
        # money given: "financed X's military buildup", "received funding from"
        r"|(?<!withdrew\s)(?<!cut\s)(?<!ended\s)financ(?:ed|ing|ier)|fund(?:ed|ing)"
        r"|donat(?:ed|ions?)|reinforc(?:ed|ements)|train(?:ed|ing)\s+(?:and\s+(?:equipp|arm)ed\s+)?(?:its|their|the)"
        r"|protector|patrons?|benefactor|(?<!name\s)(?:backers?|supporters?)"
        # "armed" only as a verb ("armed the rebels", "armed by"), not "armed forces"
        r"|armed\s+(?:by|and|the|them|its|their|both)"
        # "alongside" a party, not "alongside guerrilla tactics"
        r"|sided with|on the side of|alongside(?=\s+(?:[\w'’-]+\s+){0,3}?name\b|\s*$)|fought for"
        r"|in support of"
        # arms given: "supplied Egypt with military equipment", "sold them missiles"
        r"|(?:suppl(?:y|ied|ies|ying)|provid(?:e|ed|es|ing)|sold|sell(?:s|ing)?|deliver(?:ed|ing|s)?)"
        r"\s+(?:[\w-]+\s+){0,4}?(?:weapons|arms|tanks|missiles|ammunition|military\s+(?:aid|equipment"
        r"|hardware|supplies)))\b"
    ),
    "adversary": re.compile(
        # "war-torn Freedonia" is a place, no war of its own
        r"\b(?:war(?!-(?:torn|ravaged|weary|wracked|scarred|stricken)|\s+of\s+words)|wars"
        r"|fought|fighting|fight"
        r"|invad(?:ed|ing|es?)|invasion|attack(?:ed|s|ing)?"
        r"|conflict|clash(?:ed|es)|hostilities|offensive|bomb(?:ed|ing)?|shell(?:ed|ing)"
        r"|bombard(?:ed|ment)|air\s?strikes?|(?:missile|drone|rocket)\s+strikes|air\s?raids?"
        r"|occup(?:ied|ation)|against|enem(?:y|ies)|adversar(?:y|ies)|rival(?:s|ry)?"
        r"|defeat(?:ed|s)?|victory over|seiz(?:ed|e)|repell?ed|overthrow\w*|toppl\w+|oust\w*"
        # "captured the fortress", not a count of prisoners ("20,128 captured")
        r"|besieg(?:ed|ing|e)|(?<!\d\s)(?:re)?captur(?:ed|ing)|(?:violently\s+|fiercely\s+)?opposed\s+(?:[\w-]+\s+){0,3}?by"
        # blows of war: "pounded targets", "shot down", "drove out", "severed ties"
        r"|pound(?:ed|ing|s)?|crush(?:ed|ing)?|shot\s+down|dr(?:o|i)ve[ns]?\s+out|struck"
        r"|sever(?:ed|s)?\s+(?:diplomatic\s+)?ties|ambush(?:ed|es)?|raid(?:ed|s)?"
        r"|strik(?:e|es|ing)\s+(?:[\w-]+\s+)?targets)\b"
    ),
}
# Words of friendly relations ("cordial relations with", "normalized ties", "recognised
# by"): ``partner`` when the sentence has no word of support or war, and none of a
# relation broken, strained or ended, nor a direction (mediation, membership) or a denial.
_PARTNER = re.compile(
    r"\b(?:relations|ties|friendship|cooperat(?:ion|ed|e|es|ing)|rapprochement|normali[sz]\w*"
    r"|recogni[sz](?:ed|es|e|ing)|partners?|partnership|embass(?:y|ies))\b"
)
_NOT_PARTNER = re.compile(
    r"\b(?:mediat\w*|brokered|broker|negotiat\w*|member\w*|join(?:ed|s)?|neutral\w*|not|never"
    r"|no|denied|deny|refused|if|whether|sever\w*|broke|broken|break|cut|deteriorat\w*|strain\w*"
    r"|tense|tensions?|hostil\w*|froze|frozen|suspend\w*|withdr\w*|ended|end|worsen\w*|soured"
    r"|economic|trade|(?:both|each|either|all) sides"
    # a state's own recognised independence names no recogniser: "gained internationally
    # recognised independence"
    r"|(?:gained|won|achieved|attained|obtained)\s+(?:[\w-]+\s+){0,2}?recogni[sz]ed\s+independence)\b"
)
# Either relation's cue words, for a first test of a sentence.
_ANY_CUE = re.compile("|".join(f"(?:{cue.pattern})" for cue in [*_CUES.values(), _PARTNER]))
# A negation leaves the sentence only when it stands before a cue word in its clause ("X did
# not attack Y", "no support came from X"), not anywhere ("X, not yet independent, fought Y").
# A war to be deterred or prevented ("set up to deter aggression against X") is as unreal.
_NEGATED = re.compile(
    r"\b(?:not|never|no|deter(?:s|red|ring)?|prevent(?:s|ed|ing)?|ward\s+off)\b[^,;]{0,40}?(?:"
    + _ANY_CUE.pattern
    + ")"
)
# Words whose relation has a direction or is another one: a sentence with them is left.
_OTHER = re.compile(
    r"\b(?:mediat\w*|brokered|broker|negotiat\w*|talks|ceasefire|truce|peace|member\w*"
    r"|join(?:ed|s)?|recogni[sz]\w*|relations|treat(?:y|ies)|accords?|agreements?|neutral\w*"
    r"|denied|deny|refused|if|whether|(?:both|each|either|all) sides"
    # pressure is no war: "X declared an arms embargo against Y", "sanctions against Y"
    r"|embargo\w*|sanction\w*"
    # a court's acts are no war: "a warrant of arrest against X", "the indictment of X"
    r"|warrants?|indict\w*|prosecut\w*|lawsuits?"
    # an intent is no act: "X threatened to invade Y", "X planned to attack Y"
    r"|threat\w*|(?:plann(?:ed|ing)|plans|intend(?:ed|s)|vow(?:ed|s)|pledg(?:ed|es))\s+to"
    r"|possibility|likelihood|prospect\s+of|risk\s+of|invit(?:ed|es|ing|ation)"
    r"|hop(?:ed|es|ing)\s+(?:that|to)"
    # a bid is no support given: "in a vain attempt to get more support from X"
    r"|(?:attempt|bid|effort)s?\s+to\s+(?:get|obtain|win|secure|gain|enlist|attract)"
    # pressure is no war either: "X stepped in and forced Y to withdraw", "X pressured Y",
    # "X condemned Y", "X demanded that Y withdraw"
    r"|pressur\w*|condemn\w*|denounc\w*|stepped\s+in|diplomatically|ultimatum\w*"
    r"|urg(?:ed|es|ing)|demand(?:ed|s|ing)"
    # an alliance said to end: "broke up the X-Y alliance", "X left the coalition",
    # "the alliance collapsed", "X switched sides"
    r"|(?:broke|break(?:s|ing)?)\s+up|(?:switch|chang)(?:ed|es|ing)\s+sides|fell\s+apart"
    r"|(?:left|quit|exited|withdr[ae]wn?\s+from|pull(?:ed|ing|s)?\s+out\s+of|(?:collapse"
    r"|end|dissolution|break-?up|breakdown|demise)\s+of)\s+(?:the\s+|their\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:alliances?|coalition|pact|partnership|bloc|league|axis)"
    r"|(?:alliance|coalition|pact|partnership)\s+(?:between\s+[^,.;]{1,60}?\s+)?"
    r"(?:(?:had|was)\s+)?(?:collapsed|ended|dissolved|disintegrated))\b"
)

# "X would attack A, and B and C would send troops": ", and" after one name, with a verb
# after the names that follow, opens a new clause whose subject they are.
_COMMA_AND = re.compile(r"\s*,\s*and\s+(?:the\s+)?")
_VERB_AFTER = re.compile(
    r"\s+(?:then\s+|also\s+|later\s+)?(?:would|will|could|should|might|was|were|had|has|have"
    r"|is|are|sent|took|began|[a-z]+ed)\b"
)


def split_clause_runs(
    text: str, runs: list[list[tuple[str, int, int]]], joined: list[bool]
) -> None:
    """Split (in place) each run "A, and B (and C) <verb>" into "A" and "B (and C)"."""
    for n in range(len(runs) - 1, -1, -1):
        run = runs[n]
        if (
            len(run) > 1
            and _COMMA_AND.fullmatch(text, run[0][2], run[1][1])
            and _VERB_AFTER.match(text, run[-1][2])
        ):
            runs[n : n + 1] = [run[:1], run[1:]]
            joined[n : n + 1] = [False, len(run) > 2]
