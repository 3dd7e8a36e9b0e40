"""The casualty verbs of the casualty extractor: the words after a figure and before it.

``_CUES`` are the predicates after a figure's noun phrase, by category ("were killed",
"fled", "remain missing"); ``_PRE`` the verbs and nouns right before a figure ("killing",
"the deaths of", "lost"); ``_CUE_STEM`` the cheap prefilter that finds any of them.
"""

from __future__ import annotations

import re

from ..annotate.cues import SentenceCue

_CUES = {
    "killed": r"killed|died|die|dying|dead|perished|(?-i:KIA)\b|lost\s+their\s+lives|slain|executed"
    # "600 soldiers were lost when the ship sank": the passive only, never "300 soldiers lost"
    r"|(?:(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bbeen\s))lost(?!\s+(?:track|touch|contact|sight)\b)"
    r"|murdered|(?:were|was|are|is)\s+among\s+(?:the\s+)?(?:dead|killed|victims|fatalities)"
    r"|massacred|slaughtered|butchered|martyred|shot\s+dead|put\s+to\s+the\s+sword"
    # "1,200 soldiers fell at the ridge"; not "fell back", "fell ill", "fell into a trap"
    r"|fell(?!\s+(?:ill|sick|into|to|from|back|behind|short|silent|asleep|victim|prey|apart"
    r"|out|under|off|through|away|below|within|upon|for|in\s+love|quiet|vacant|due|open"
    r"|by|dramatically|sharply|steadily|over)\b)"
    r"|went\s+down\s+with\s+(?:the|their|his|her|its)\s+(?:\w+\s+)?(?:ship|vessel|boat|submarine)"
    # "300 prisoners were burned alive", "the envoys were assassinated"
    r"|(?:burned|burnt|buried)\s+alive|assassinated|exterminated|bayoneted|put\s+to\s+death"
    r"|drowned|beheaded|lynched|(?:starved|burned|burnt|beaten|frozen|stabbed|hacked|tortured|stoned"
    r"|clubbed)\s+to\s+death|gave\s+their\s+lives|(?:have|has|had)\s+fallen(?!\s+(?:ill|sick|into|to|from|back|behind|short|silent|asleep|victim|prey|apart|out|under|off)\b)|succumbed\s+to\s+(?:their\s+)?(?:wounds|injuries)",
    "missing": r"missing|(?-i:MIA)\b|unaccounted\s+for|disappeared"
    r"|(?:their\s+)?(?:bodies|remains)\s+(?:\w+\s+)?unidentified|unidentified",
    "wounded": r"wounded|(?-i:WIA)\b|injured|hurt|maimed",
    "displaced": r"internally\s+displaced|displaced|fled|flee"
    r"|forced\s+(?:by\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?\s+)?to\s+(?:flee|leave)"
    r"|forced\s+(?:out|from\s+their\s+homes)|pushed\s+out"
    r"|(?:(?:registered|living|recorded)\s+)?as\s+refugees"
    r"|expelled|evicted|deported|uprooted"
    r"|driven\s+(?:out|from)|(?:made|left|rendered)\s+(?:homeless|refugees)|homeless"
    r"|became\s+refugees|(?:forcibly|forcefully)\s+(?:transferred|moved|removed)"
    # "500,000 people were moved into camps": moved into camps or villages kept for them
    r"|moved\s+into\s+(?:(?:concentration|internment|detention|refugee|resettlement|new|protected"
    r"|guarded|fortified)\s+)?(?:camps|villages|reservations|ghettos)"
    # "200,000 people are living in refugee camps"
    r"|(?:live|lives|living|lived|sheltering|housed)\s+in\s+(?:refugee|displacement|IDP)\s+camps"
    # "400,000 people were held in the camps": interned in camps kept for them
    r"|(?:(?<=\bwere\s)|(?<=\bwas\s)|(?<=\bbeen\s))held\s+in\s+(?:the\s+)?(?:(?:concentration|internment"
    r"|detention|refugee|reconcentration|resettlement)\s+)?camps"
    r"|experienced\s+displacement|evacuated|(?:(?:forcibly|temporarily)\s+)?relocated"
    r"|cross(?:ed|ing)\s+(?:the\s+|international\s+)?borders?|crossed\s+into|(?:forcibly\s+)?resettled"
    r"|(?:live|lives|living|lived|went|gone|go|driven|sent|forced)\s+(?:in|into)\s+exile"
    r"|left\s+their\s+homes|lost\s+their\s+homes|from\s+their\s+homes"
    r"|(?:sought|seeking|taken|took|found)\s+(?:refuge|shelter|asylum)"
    # "left Freedonia", "left the Sylvania area": people leaving a place named
    r"|left\s+(?:the|their)\s+(?:country|homeland)|left(?=\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s|[,.;]|$))|(?:have|has|had)\s+(?:not|never)\s+(?:been\s+able\s+to\s+)?return"
    r"|(?:were|are|was|is)\s+(?:still\s+)?unable\s+to\s+return|(?:could|can)\s*not\s+return",
}
_CUE_GROUPS = "|".join(f"(?P<{k}>{v})" for k, v in _CUES.items())
_CUE_GROUPS = "|".join(f"(?P<{k}>{v})" for k, v in _CUES.items())
_PRE = re.compile(
    # "killed or wounded 3,000": casualties, read as the first verb says
    r"(?:(?P<killed>kill(?:ed|ing)\s+(?:or|and)\s+(?:wounded|injured|wounding|injuring)"
    r"|killed|killing|kills|(?:shot|shooting|shoots)\s+dead|gunned\s+down|(?<=would\s)kill|(?<=will\s)kill|lives\s+of"
    r"|among\s+(?:the\s+|those\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+)?(?:dead|killed|victims|fatalities)"
    r"\s+(?:were|was|are)"
    # "the dead included 40 children", "those killed included 150 soldiers"
    r"|(?:dead|killed|victims|fatalities|casualties)\s+(?:also\s+)?includ(?:ed|es?)"
    r"|(?:dead\s+)?bodies\s+of(?!\s+the\b)|remains\s+of(?!\s+the\b)|massacred"
    r"|slaughtered|slaughtering"
    r"|executed|executing|murdered|murdering|butchered|hanged|hanging|assassinated|exterminated"
    r"|exterminating"
    r"|(?:killings?|massacres?|murders?|executions?|slaughter)\s+of"
    r"|(?:deaths?|disappearances?)(?:\s+(?:or|and)\s+(?:deaths?|disappearances?))?\s+of"
    r"|(?P<lost>lost|losing"
    r"|loses|suffered|sustained|incurred|saw"
    # "defeated with the loss of 3,000 men"
    r"|(?:(?<=the\s)|(?<=the\sestimated\s)|(?<=the\stotal\s)|(?<=a\stotal\s))loss\s+of"
    # "Latvia suffered losses of 8,000 men"
    r"|(?:(?:heavy|total|combined|its|their)\s+)?losses\s+of"
    # "the war cost X 5,000 lives": the party whose losses they are, after "cost"
    r"|cost(?:ing)?(?:\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?)?))"
    r"|(?P<wounded>wounded|wounding|injured|injuring|maimed|maiming)"
    r"|(?P<displaced>displaced|displacing|displaces|uprooted|expelled|expelling|evict(?:ed|ing)?"
    r"|(?:forcibly|forcefully)\s+(?:moved|moving|removed|removing|deported|relocated)"
    r"|forced\s+out|deported|(?:internal\s+|forced\s+)?(?:displacement|relocation)\s+of|expulsion\s+of"
    r"|refugee\s+population\s+of"
    # "the exodus of 500,000 soldiers and civilians", "the emigration of 100,000 people"
    r"|(?:exodus|emigration)\s+of)"
    # "the fate of 1,600 is still unknown"; a vague quantity passed: "deaths of dozens of X and 300"
    r"|(?P<missing>(?:fates?|whereabouts|destiny)\s+of))\s+(?:(?:hundreds|thousands|dozens|scores)"
    r"\s+of\s+(?:[a-z]+\s+){1,3}and\s+)?(?:(?:only|just|merely)\s+)?(?:(?:a\s+total\s+of|an\s+estimated"
    r"|the|some|(?:somewhere\s+|anywhere\s+|anything\s+)?between|from|another"
    # "lost an astonishing 131,476 dead"
    r"|a\s+further|an\s+additional|an?\s+(?-i:[a-z]+))\s+)?$",
    re.IGNORECASE,
)
# Cheap prefilter on lower-cased text: a casualty word's stem, factored by first letters; every
# branch opens with a letter, so the engine skips positions no branch starts at ("kia" opening
# a word: "k", then no word letter before it). "bodies" is found by "dies". One branch per
# first letter, in order: the engine tries a position's branches one by one, and two
# branches of one letter (a stem added at the end) made every search nearly twice as slow.
_CUE_STEM = re.compile(
    r"a(?:live|s(?:ylum|sassin))|b(?:utcher|ehead|ayonet)|c(?:asualt|ross|ost)"
    r"|d(?:ie[ds]?\b|ying\b|ea(?:d|th)|is(?:plac|appear)|eport|riven|estin|rown)"
    r"|e(?:x(?:pel|ecut|puls|ile|odus|termin)|v(?:acu|ict))"
    r"|f(?:a(?:t(?:alit|e)|llen)|ell\b|le[de]|or(?:ced|cibl|cefull))"
    r"|gunned\s+down|h(?:urt|ome|ang|eld\s+in)|i(?:njur|dp)"
    r"|k(?:ill|(?<!\wk)ia\b)|l(?:ives|os[tis]|eft\s|ynch)"
    r"|m(?:i(?:ssing|gra)|urder|a(?:ssacr|rtyr|im)|(?<!\wm)ia\b|oved\s+into)|p(?:erish|ushed)"
    r"|re(?:fuge|turn|locat|mains\s+of|settl)|s(?:la(?:in|ughter)|helter|word)|t(?:oll|ransferred)"
    r"|u(?:n(?:accounted|identified)|proot)|victim|w(?:ent\s+down|ound|hereabouts|(?<!\ww)ia\b)"
)
# The prefilter's verdict per distinct sentence (annotate.cues).
_CUE_TEST = SentenceCue(_CUE_STEM)
