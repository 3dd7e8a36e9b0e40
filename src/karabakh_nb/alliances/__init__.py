"""The ``alliances`` fact table, read sentence by sentence from the answers.

Who is allied with, member of, partner of, at war with or mediating for whom.

Each sentence is turned into a *template*: every state, side, region or
organisation found by :func:`karabakh_nb.entities.find_entities` becomes a token
``«i»``, and the relation rules are general patterns over cue phrases and token
positions. Nothing about a particular conflict is written here.

Rules and decisions (CONTRACT.md section 3 gives the columns):

- ``ally`` is directed, ``a`` is an ally of (supports) ``b``: "X has been Y's primary
  ally", "Y, supported by X", "X provided military support to Y", "X supplied Y with
  weapons", "X fought alongside Y", "X allowed Y's (or Y) troops to use its territory".
  A list of supporters gives a row each ("X, the Y and the Z have provided military
  support to W"); an organisation may be the supporter only in the explicitly military
  forms (military support, weapons), not in "supported" or "fought alongside". A mutual
  alliance ("X and Y are allies", "X and Y are both members of a military alliance",
  "alliance between X and Y") gives one row with ``a`` < ``b`` alphabetically.
- ``member``: ``a`` a state or side, ``b`` the organisation: "X is (also) a (full)
  member of ORG and ORG", "X and Y are both members of ORG", "X became a member of
  ORG", "X joined ORG", "ORG member states ...: X, Y and Z". Demonyms are never
  members ("two Russian-led initiatives"), hedges are not membership ("candidate",
  "former", "seeks"), and "182 UN member states" names no state.
- ``partner`` is symmetric (``a`` < ``b``): diplomatic relations ("X established /
  maintains diplomatic relations with Y", "diplomatic relations between X and Y"),
  cooperation ("X cooperated with Y", "together, X and Y work ..."), friendly or close
  relations, "X is a partner of Y", "in solidarity with Y". An organisation followed by
  "member states" is an anonymous set of states, so it is no partner.
- ``adversary`` is symmetric (``a`` < ``b``): "war / conflict / fighting / ceasefire
  between X and Y", with side groups: in "between X, supported by Z, and W together
  with V", Z is an ally of X (a supporter, not a belligerent), V an ally of W and a
  belligerent, so X is the adversary of W and of V; in "between the Z-backed government of
  X and W" Z backs X only, and in "between X units and W and V units" the force noun ends
  X's side (W and V fight together); an organisation listed on a side fights on it ("the
  forces of W, V and the Commonwealth"). Also "X-Y war" (two demonyms count
  only when both are states: "the South Ossetian-Abkhazian conflict" names places, not
  belligerents), "X's war against Y", "X fought against Y", "X launched an offensive /
  attack / invasion / strikes / an assault against Y", "X invaded / attacked Y", "no
  diplomatic relations between X and Y", "X severed diplomatic relations with Y" and
  "X closed its border with Y" (every name of a list before the verb: "troops from A, B
  and C attacked Y"; "A and B fought Y" sets no war between A and B). Up to three words
  describing Y may come first ("against the self-declared Republic of Artsakh"), but no
  preposition ("an attack against the capital of Y" is not against Y).
  "Invasion of Y" and "war / attack / assault / offensive / strikes on Y" need who waged
  them: "by X" after Y (every name of a list: "by A, B and C"), else a demonym or
  possessive just before the noun ("the Russian invasion of Y", "X's war on Y"), else the
  subject (one or a list) of a verb of launching ("X launched / began / waged / carried out
  ..."), else, when the clause names no one else ("The invasion of Y began ..."), the
  question's only other state or side.
  "Raids on Y" count too, "took part in" and "had begun" are verbs of launching, and
  where the raiders were based ("X planes based in Z") names no one. Sides read past a
  side's acronym in brackets and an aside naming its parent body ("A, the armed wing of the
  B Party (BP), backed by C"); "between A and two Boer states, B and C" sets A against each.
  Feared, threatened, planned or prevented ones ("fears of an invasion of Y") are not
  relations, and "X condemned the invasion of Y" names no belligerent X.
- ``mediator``: "X-brokered", "brokered / mediated by X", "X brokered" (or "X and the Y
  brokered"), "X's mediation": one row per mediator and party ``b``. "Y and Z, mediated
  by X" is passive: Y and Z are no mediators. The parties are the belligerents named in
  the same sentence; else the states and sides after "between" in it ("X and Y brokered
  a deal between Z and W"; talks between Z and W with no mediator give nothing); else
  the war's two sides in the rest of the answer (its adversary pair stated most often,
  not every name of an adversary row); else the two states and sides the answer's
  sentences about fighting name most often; else those named in the question. With
  none of these, no row ("both sides" alone names nobody).
- Negation: a clause holding "not", "never", "no longer", "neither", "nor" or "n't"
  before the cue yields nothing. Sentences are split into clauses at ";" and at "but",
  "while", "whereas", "although", "though", so "X is a member of NATO, while Y is not"
  keeps X's row.
- Endings and time frames: an alliance said to end ("broke up the X-Y alliance", "the
  alliance between X and Y collapsed", "X left the coalition", "X pulled out of ORG") and
  a name in a time frame ("After the collapse of X, ...") are cut from the clause before
  the rules read it, so they give no row and the rest of the clause is still read.
- References: "it" is the only state or side named before it in the same sentence;
  "the alliance" / "the organisation" / "the bloc" the only organisation named before
  it; "the two countries" / "both countries" / "the two rivals" / "both sides" the two
  states or sides the sentence names before it, else the two named in the question,
  else in the previous sentence ("the countries" alone: the sentence's, else the
  previous sentence's, else the question's); "the regime" / "the government" the one
  state the answer names before it (else the question's one state), "the rebels" /
  "the separatists" the one non-state side (:mod:`karabakh_nb.rules.side_nouns`); a
  sentence opening with "Its" / "Their" / "It" (or "Finally, it") speaks of the party the
  last sentence not opening so opened with, its first name or the one after an opening
  place or year ("In Z X fought Y. It also fought W. Finally, it fought V": all X's).
  Anything else is left unresolved.
- The question is context only: for "the two countries", for the missing subject of
  "a war against Y" or "the invasion of Y", and for a mediation whose parties the
  answer does not name.
- Regions stand for their side (``Nagorno-Karabakh`` -> ``Artsakh``); states use the
  common short English name, organisations their acronym. Rows are deduplicated on
  (``a``, ``b``, ``relation``, ``qa_id``), keeping the first sentence as evidence.

Speed: a sentence is searched for entities only when it holds a cue stem ("member",
"war", "broker", ...), each rule group runs only when its own stems occur, and the
result of a (question, answer) pair is cached, since scraped corpora repeat answers.
An answer is split into sentences and searched for stems and for entities once, the
results shared out to its sentences by offset. The costlier patterns run only when a
word they need occurs in the clause's template itself (where "arm" of "Armenia" is
gone), and a clause naming a single party runs only the rules that can look elsewhere.

The package is split by job: ``_text`` splits answers into sentences and clauses,
finds the cue stems and turns a sentence into its token template (with the grammar
fragments and row helpers every rule shares); ``_rules`` holds the rule groups
``member``, ``noun``, ``alliance``, ``support`` and ``partner``, each beside its
patterns; ``_conflict`` the ``adversary`` group; ``_mediation`` the mediator cues;
``_references`` turns references into tokens; ``_extract`` runs the rule groups on each
clause of an answer, finds the parties of a mediation and caches per pair;
:mod:`karabakh_nb.parallel` shares slices of pairs out to worker processes. Import the
public names from here, not from the submodules.
"""

from __future__ import annotations

from ._extract import (
    ALLIANCE_COLUMNS,
    RELATIONS,
    extract_alliances,
    relations_in,
)

__all__ = ["ALLIANCE_COLUMNS", "RELATIONS", "extract_alliances", "relations_in"]

# doctest.testmod(karabakh_nb.alliances) (tests/test_docs.py) only collects objects defined
# in this module; list the re-exported ones so their examples keep running there.
__test__ = {name: globals()[name] for name in ("extract_alliances", "relations_in")}
