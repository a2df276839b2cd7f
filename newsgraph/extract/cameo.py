"""The CAMEO verb dictionary, compiled into lookups by verb, and its PLOVER reading.

``data/cameo/CAMEO.2.0.txt`` is PETRARCH2's verb-pattern dictionary (MIT, Open Event Data
Alliance): about 400 families of verbs, each with a default CAMEO code (or ``---``: the verb alone
is no event) and phrase patterns such as ``- * SANCTIONS [163]`` ("impose sanctions") or
``- * (TO BORDER) [154]`` ("rush to the border"). A pattern names words before the verb (the
subject's side), words after it (its object) and prepositional phrases; here it is read through
the dependency parse instead of PETRARCH's constituency trees. Dictionary words are stems ("ATTACK"
also matches "attacks") unless they end in "_"; ``&NAME`` is one of the file's synonym sets.

``data/cameo/CAMEO2PLOVER-2021.txt`` maps CAMEO codes to PLOVER type, mode and context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib.resources import files

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span, Token

from newsgraph.extract.nlp import children_of, english_words

DATA = files("newsgraph") / "data" / "cameo"
# Words shorter than this match exactly; longer ones as stems ("SANCTION" ~ "sanctions").
MIN_STEM = 4
# A pattern's words after the verb are read from the verb's objects (a clausal complement,
# "said [that ...]", is a statement of its own, not the verb's object); words before it from
# its subject and auxiliaries ("WILL NOT *").
NOMINAL_OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "nsubjpass"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "aux", "neg", "expl"})
COORDINATORS = frozenset({"and", "or"})
CORE_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "quantmod"})
ROLE_MARKS = frozenset("$+^%|".split())
TARGET_MARK = "+"  # where a pattern puts the act's target
TARGET_WORD: Word = ("+", True)  # the object words hold it when an object names an actor
ACTOR_LABELS = frozenset({"GPE", "ORG", "PERSON", "NORP"})
TIME_LABELS = frozenset({"DATE", "TIME"})
# Objects that name a share of what the act is about: "part of the aid", "most of its troops"
PARTITIVES = frozenset("part half some most all much many rest portion share bulk majority third quarter".split())
# Objects that name a body of whom the act is about: "received a mission of observers", "a team of inspectors"
COLLECTIVES = frozenset("mission team group delegation contingent batch unit detachment".split())
# Objects that carry what the act is done with: "sent a shipment of weapons", "a convoy of aid",
# "30 trucks of food", "a package of development aid"; and runs of acts, which are those acts:
# "launched a barrage of missiles", "a wave of airstrikes", "a series of raids"
CONTAINERS = frozenset(
    "shipment consignment cargo convoy load truck truckload planeload boatload shipload crate package tranche "
    "barrage volley salvo wave series string spate round".split()
)
# Entity labels of a count or a measure: "sent thousands of troops", "delivered 500 tonnes of aid"
AMOUNT_LABELS = frozenset({"CARDINAL", "QUANTITY"})
# A preposition written bare after the verb's words opens a phrase of the words after it, as
# one in parentheses does: "- * &MEDIATION BETWEEN [045]", "- * COUP AGAINST [138]", "- * ON &SOLUTION [035]".
# ("UP", "DOWN", "OUT", "OFF" are the verb's particles, read with its objects.)
PARTICLES = frozenset({"up", "down", "out", "off", "away", "back"})
PREPOSITIONS = frozenset("about across after against along among around at before between by during for from in into of on onto over through to toward towards under upon with within without".split())

Word = tuple[str, bool]  # (lowercase text, exact) - exact words end in "_" in the dictionary
Alternatives = tuple[tuple[Word, ...], ...]  # one element: any alternative, all its words


# Verbs missing from the dictionary that CAMEO's category titles themselves use: "impose
# sanctions" (163) for "sanction", "demobilize armed forces" (0873).
CATEGORY_VERBS = {"sanction": "163", "demobilize": "0873", "demobilise": "0873"}

# Patterns that CAMEO's own category titles state and the verb dictionary lacks, written in its
# syntax under the family whose verbs the title uses: 154 "mobilize or increase armed forces"
# ("strengthened its forces in Lebanon"), 163 "impose embargo, boycott, or sanctions" (IMPOSE has
# "* SANCTIONS" only: "imposed an arms embargo on Libya" is no plain coercion, 170),
# 166/1661/1662/1663 "expel or withdraw" diplomats, peacekeepers, inspectors, observers and aid
# agencies (EXPEL is filed under DEPORT, 174; WITHDRAW's own "* AMBASSADOR" and "* DIPLOMAT" are
# 161: "expelled the French ambassador" is no deportation), 0861/0862 "receive deployment of
# peacekeepers / receive inspectors" (RECEIVE under OBTAIN, no event alone).
TITLE_PATTERNS = {
    "STRENGTHEN": ("- * &MILITARY [154]", "- * FORCES [154]"),
    "BOOST": ("- * &MILITARY [154]", "- * FORCES [154]"),
    "IMPOSE": ("- * EMBARGO [163]", "- * BOYCOTT [163]"),
    "DEPORT": (
        "- * &PKO [1661]", "- * INSPECTORS [1662]", "- * OBSERVERS [1662]", "- * MONITORS [1662]",
        "- * {AID AGENCIES} [1663]", "- * {AID WORKERS} [1663]",
        "- * AMBASSADOR [166]", "- * DIPLOMAT [166]", "- * DIPLOMATS [166]", "- * ENVOY [166]",
    ),
    "OBTAIN": ("- * &PKO [0861]", "- * INSPECTORS [0862]", "- * OBSERVERS [0862]", "- * MONITORS [0862]"),
    "FACILITATE": ("- * BLOCKADE [0872]",),  # 0872 "ease military blockade", as LIFT has it
    # 086 "allow international involvement": peacekeepers (0861), inspectors (0862), aid (0863)
    # let in ("allowed a U.N. aid convoy to enter Madaya", "allowed IAEA inspectors into the site")
    "ALLOW": ("- * &PKO [0861]", "- * INSPECTORS [0862]", "- * OBSERVERS [0862]", "- * MONITORS [0862]",
              "- * &AID [0863]", "- * CONVOY [0863]", "- * CONVOYS [0863]"),
    "DISCOVER": ("- * GUILTY [116]", "- * LIABLE [116]"),  # 116 "find guilty or liable (legally)"
    # 085 "ease economic sanctions, boycott, embargo", which LIFT has for sanctions only ("lifted
    # a trade embargo on Sudan"); the easing families read it too ("eased the embargo"); and 0814
    # "ease state of emergency or martial law" ("lifted martial law")
    "LIFT": ("- * EMBARGO [085]", "- * BOYCOTT [085]", "- * {MARTIAL LAW} [0814]"),
    # 1724 "impose state of emergency or martial law", as DECREE's "* STATE (OF EMERGENCY)" is:
    # "declared martial law in the south" (and lifting it is 0814, above and under CANCEL)
    "DECREE": ("- * {MARTIAL LAW} [1724]",),
    # ending a curfew, a state of emergency, martial law or sanctions eases them (0813, 0814, 085
    # by their titles), as lifting does: "ended a 10-month state of emergency", "ended martial law"
    "CANCEL": ("- * CURFEW [0813]", "- * STATE (OF EMERGENCY) [0814]", "- * {MARTIAL LAW} [0814]", "- * SANCTIONS [085]"),
}

# Families the dictionary leaves without a default code, coded by CAMEO's own category for
# them. REFUSE (refuse, reject, deny, rule out) relies on patterns for what is refused; a refusal
# no pattern names (a plan, an appeal, a request to act) is CAMEO 120, "reject". VOW, a family
# of its own whose patterns are promises (034) and threats (130, 138), is a promise where none
# matches, as PROMISE and PLEDGE are (030): "vowed to launch an offensive" takes the mood of the
# act vowed, as "pledged to launch" does.
FAMILY_CODES = {"REFUSE": "120", "VOW": "030"}

# Families whose code the dictionary contradicts itself on. SUE is filed under 173 (arrest,
# detain, charge with legal action) while "FILE * LAWSUIT" and "FILE * SUIT" are 115, "bring
# lawsuit against": one who sues brings a suit and arrests no one ("the ACLU sued the city").
# RELEASE is filed under 080 (yield) while its own verb is 084 (return, release): "freed",
# "liberated" and "set free" release people as "released" does ("freed 32 prisoners").
# REBUFF is filed under 110 (disapprove) while every one of its patterns is a rejection ("REBUFF *
# DEMAND" 123, "* OFFER" 125, "SNUB * {PEACE TALK}" 125): one who rebuffs a proposal or calls
# rejects them ("rebuffed a proposal for talks").
# FLY codes flying to a place as an intent to meet ("- * (TO ) [036]") while the dictionary's
# other verbs of the journey (travel, go, arrive) make the visit: "flew to Islamabad to help
# defuse the crisis", "flew to Banja Luka to meet Dodik" are visits made (042).
# VETO is filed under PROHIBIT (172, impose administrative sanctions) while CAMEO's own 129 is
# "veto" by name, which its patterns give ("VETO * &SOLUTION [129]"): "the governor vetoed a
# bill", "threatened to veto the bill" reject a proposal (three such on the PolNeAR train
# articles, none a sanction). SPURN is listed under REFUSE (120) with a code of its own, 110
# (disapprove), which REBUFF's patterns contradict ("REBUFF * OFFER" 125): one who spurned an
# invitation or an offer rejected it, which disapproving needs no one to have made. SEEK's own
# code, 030 (intent to cooperate), is contradicted by most of its patterns, which are appeals and
# requests (020-028: "* PERMISSION", "* EXTRADITION", "* AID", "* TALKS", "* &MEDIATION"): one who
# seeks the reinstatement of subsidies or troops from a neighbour asks for them (020).
OWN_CODES = {"veto": "129", "spurn": "120", "seek": "020"}
# Families of verbs that hand over or send, whose patterns the dictionary sometimes codes as the
# intent to give (033x: "SUPPLY * &AIRCRAFT" 0332, "SEND * REINFORCEMENT" 0332, "SEND * &PKO"
# 0334): one who supplied drones or sent peacekeepers gave them (07x: 072 "provide military aid",
# 074 "provide military protection or peacekeeping"); an intent is an offer, a plan or a promise.
DELIVERING_FAMILIES = frozenset({"GRANT", "SEND"})
RECODED_FAMILIES = {"SUE": ("173", "115"), "RELEASE": ("080", "084"), "REBUFF": ("110", "120"), "FLY": ("036", "042")}

# Families of verbs of one kind of act, which the dictionary gives each a part of what the act
# takes: (the families, those of them that read the others' patterns, the codes shared).
# - Cutting, halting, freezing, banning, cancelling and scrapping: "CUT * LOAN" 1621, "SUSPEND *
#   AID" 162, "BAN * {ARMS SALES}" 1622, "FREEZE * ASSET" 163, "CALL_OFF * TALKS" 160, "SCRAP *
#   VISIT" 160; so "suspended arms sales to Harare", "froze loans", "cancelled the talks",
#   "scrapped cooperation agreements" (16x).
#   SEPARATE's own verbs (divide, split) keep theirs: "dividing the party" halts nothing.
# - Conveying: "DELIVER * &FOOD" 073, "FLY * {RELIEF SUPPLIES}" 073, "SEND * AID" 070, "GRANT *
#   &FOOD" 073, "DISTRIBUTE * SUPPLIES" 073; so "sent 30 trucks of food", "shipped food aid",
#   "shipped 200 tonnes of supplies" (07x). GRANT's verbs (give, provide) cooperate by default
#   and keep their own, as CIRCULATE's (distribute, spread) do.
# - Easing: "LIFT * CURFEW" 0813, "* STATE (OF EMERGENCY)" 0814, "* SANCTIONS" 085; so "relaxed
#   the nationwide curfew", "eased sanctions on Belgrade" (LOOSEN has only "* RESTRICTION" 081,
#   FACILITATE "ease" nothing of the kind).
# families whose verbs give something, which may stand in a "with" phrase after whom it is given
# to ("provided Pakistan with a loan")
GIVING_FAMILIES = frozenset({"GRANT"})
# the dictionary's families of halt, stop, end, cease, suspend and of abandon
HALTING_FAMILIES = frozenset({"CANCEL", "ABANDON"})
# families whose verbs let someone act, whom an infinitive after them names ("allowed inspectors to visit")
LETTING_FAMILIES = frozenset({"ALLOW"})
SHARED_PATTERNS = (
    (("CANCEL", "SEPARATE", "FREEZE", "PROHIBIT", "REVOKE_", "SCRAP"), ("CANCEL", "FREEZE", "PROHIBIT", "REVOKE_", "SCRAP"), "16"),
    (("SEND", "BRING", "FLY", "DESPATCH", "ACCELERATE", "GRANT", "CIRCULATE"), ("SEND", "BRING", "FLY", "DESPATCH"), "07"),
    (("LIFT", "LOOSEN", "FACILITATE"), ("LOOSEN", "FACILITATE"), "08"),
)

# Verbs and patterns the dictionary lacks, in its syntax, under the family whose sense they have:
# phrasal verbs of refusal and a synonym that wire reports use for rejecting a request, offer or
# demand ("turned down a request from the IAEA", "brushed aside an appeal", "repudiated the
# accord"), a return to talks, the wire's stock phrase for resuming negotiations (046: "return
# to the negotiating table", "returned to talks"), and an ultimatum counted in days or weeks as
# the dictionary counts one in hours ("GIVE * + HOURS" 139: "gave Maduro eight days to call
# elections"), the lenders' verb for paying out a loan or aid ("disbursed $1.2 billion to
# Pakistan", "disbursed a $300 million loan to Kenya"), and the objects whose halting the dictionary codes under verbs of cutting and ending
# ("CUT * COOPERATION" 160, "CUT * TIES" 160, "END * TALKS" 164) under its family of halt, stop,
# suspend ("halted cooperation with the United States", "suspended negotiations"); each several
# times in sentences written to test the coder, none in the dictionary.
#
# The dictionary has no "hand": what is handed over, in or back is what the families of giving,
# yielding and returning name, by their own patterns only ([---]): suspects handed or turned over
# are extradited (EXTRADITE, 063: "handed over two suspects to Bosnian police"), aircraft or arms
# handed over are given (GRANT's "* &AIRCRAFT", "* &WEAPON": "handed over 15 helicopters to
# Colombia's army"), weapons handed in are surrendered (YIELD's "* &WEAPON" 0873: "fighters handed
# in their weapons"), property handed back is returned (RETURN's "* PROPERTY" 0842)
# air defences sent or delivered are military aid, as the families' "* &AIRCRAFT" and "* &WEAPON"
# are: "delivered a second IRIS-T air defence system to Ukraine"
AIR_DEFENCES = ("- * {DEFENCE SYSTEM} [072]", "- * {DEFENSE SYSTEM} [072]")
HANDED_OVER = "+HAND_OVER {+HANDS_OVER +HANDED_OVER +HANDING_OVER } [---]"
HANDED_BACK = "+HAND_BACK {+HANDS_BACK +HANDED_BACK +HANDING_BACK } [---]"
ADDED_ENTRIES = {
    "REFUSE": ("+TURN_DOWN {+TURNS_DOWN +TURNING_DOWN +TURNED_DOWN }", "+BRUSH_ASIDE", "+BRUSH_OFF", "+SHRUG_OFF {+SHRUGS_OFF +SHRUGGED_OFF +SHRUGGING_OFF }", "REPUDIATE"),
    "RETURN": ("- * (TO &NEGOTIATION) [046]", "- * (TO TALKS) [046]", "- * (TO {NEGOTIATING TABLE}) [046]", HANDED_BACK,
               # what one side took and gives back is returned as the family's "* PROPERTY" 0842 and
               # "* PRISONERS" 0841 are: land ("handed back four border villages to Azerbaijan"),
               # seized ships ("handed back three navy vessels"), records ("handed back national
               # archives"), and people or their remains ("handed back the captured pilot", "the
               # remains of 12 soldiers were returned", "returned the bodies of two pilots")
               "- * &TOWN [0842]", "- * TERRITORY [0842]", "- * VESSELS [0842]", "- * VESSEL [0842]", "- * SHIPS [0842]",
               "- * ARCHIVES [0842]", "- * CREW [0841]", "- * PILOT [0841]", "- * BODIES [0841]", "- * REMAINS [0841]",
               # and money held back: "returned frozen funds to Nigeria", "returned seized assets"
               "- * FUNDS [0842]", "- * ASSETS [0842]"),
    # refugee status granted is asylum granted (075, as the family's "* &ASYLUM")
    "GRANT": ("- * + DAYS [139]", "- * + WEEKS [139]", "DISBURSE", HANDED_OVER, "- * {REFUGEE STATUS} [075]"),
    "CANCEL": ("- * COOPERATION [160]", "- * TIES [160]", "- * RELATIONS [160]", "- * &NEGOTIATION [164]",
               # a lender's money halted is economic aid stopped, as the family's "* AID" 162 and
               # CUT's "* LOAN" 1621 are: "halted disbursements to Chad", "suspended all new lending
               # to Uganda", "suspended budget support to Burkina Faso"; and "pause" halts
               "- * LENDING [1621]", "- * DISBURSEMENTS [1621]", "- * FUNDING [1621]", "- * {BUDGET SUPPORT} [1621]", "PAUSE",
               # a member suspended from a body has its relations with it reduced (160): "suspended
               # Gabon from all its activities", "suspended Guinea from the bloc", "suspended
               # Mauritania's membership"
               "- * (FROM BLOC) [160]", "- * (FROM ACTIVITIES) [160]", "- * (FROM ORGANISATION) [160]",
               "- * (FROM ORGANIZATION) [160]", "- * MEMBERSHIP [160]",
               # an outlet closed or suspended has its freedom of speech restricted, as the family's
               # "* {TELEVISION STATION}" 1721 and BAN's "* NEWSPAPER" 1721 are: "shut down the
               # reformist daily Shargh", "closed down independent broadcaster B92", "suspended the
               # BBC from broadcasting"
               "- * NEWSPAPER [1721]", "- * DAILY [1721]", "- * BROADCASTER [1721]", "- * {RADIO STATION} [1721]",
               "- * (FROM BROADCASTING) [1721]"),
    # a party dissolved is banned, as BAN's "* PARTY" 1722 is: "the court dissolved the Future
    # Forward Party" (parliament dissolved is no act against anyone)
    "COLLAPSE": ("- * PARTY [1722]",),
    # forces gathered in force are mobilised, as the family's "* &MILITARY" 154 is: "massed troops
    # on the border", "massed warships off the coast" (verbs alone no act: "protesters massed
    # outside" is the family's "* OUTSIDE" 141); aircraft scrambled are air forces mobilised
    # ("scrambled fighter jets after two bombers flew near", "scrambled helicopters")
    "MOBILIZE": ("MASS {MASSES MASSING MASSED }", "- * VESSELS [154]", "- * WARSHIPS [154]", "- * SHIPS [154]"),
    "SCRAMBLE": ("- * &AIRCRAFT [154]",),
    # a ship sunk is struck, as the family's rammed ones are (POUND 190): "drones sank the landing
    # ship", "rammed and sank a fishing boat" ("the economy sank" is no act: patterns only)
    "POUND": ("SINK {SINKS SANK SUNK SINKING } [---]", "- * SHIP [190]", "- * VESSEL [190]", "- * BOAT [190]",
              "- * WARSHIP [190]", "- * TANKER [190]", "- * FRIGATE [190]"),
    # what a government gives back after cutting it is a concession, by CAMEO's titles: access and
    # the internet restored ease restrictions on political freedoms (0811: "restored access to
    # Facebook", "restored mobile internet access"), a party's registration eases a ban on parties
    # (0812), a dissolved parliament reinstated accedes to demands for political reform (083), and
    # subsidies restored yield to those who demanded them (080: "restored fuel subsidies demanded by
    # the unions"); the family's own patterns give back ties (050) and order (050)
    "RE_ESTABLISH": ("- * ACCESS [0811]", "- * INTERNET [0811]", "- * REGISTRATION [0812]", "- * PARLIAMENT [083]",
                     "- * SUBSIDY [080]", "- * SUBSIDIES [080]"),
    # sharing intelligence is CAMEO's 064 by its very name ("Share intelligence or information"),
    # which the dictionary gives sharing evidence ("SHARE * &EVIDENCE [064:064]") but not
    # intelligence ("are sharing intelligence with the Haitian police", "agreed to share
    # intelligence on border security", "began sharing intelligence on rebel movements"), nor
    # the title's information ("are sharing information on weapons smuggling", "shared genome
    # sequencing data with the WHO")
    "SHARE": ("- * INTELLIGENCE [064:064]", "- * INFORMATION [064:064]", "- * DATA [064:064]"),
    # working together, which the dictionary files under diplomatic cooperation (COLLABORATE 050:
    # collaborate, cooperate, ally), is material cooperation where forces, police or firms do it
    # (CAMEO 06x by its titles: 061 economic, 062 military, 063 judicial): "Malaysian police
    # collaborated with Indonesia's counter-terrorism unit", "state firms teamed up with
    # Ethiopia's government", "Peruvian troops cooperated with the Ecuadorean army"; prosecutors
    # and investigators cooperate judicially); and the wire's phrasal verbs for it ("teamed up
    # with", "joined forces with", "partnered with"; "worked with U.S. agents to dismantle a
    # trafficking ring", "worked alongside Ecuadorean officers", "are working closely with U.S.
    # Justice Department officials": by the patterns for forces, police, prosecutors and firms
    # only, as anyone may work with anyone)
    "COLLABORATE": ("+TEAM_UP {+TEAMS_UP +TEAMED_UP +TEAMING_UP }", "+JOIN_FORCES {+JOINS_FORCES +JOINED_FORCES +JOINING_FORCES }", "PARTNER",
                    "+WORK_WITH {+WORKS_WITH +WORKED_WITH +WORKING_WITH } [---]",
                    "+WORK_ALONGSIDE {+WORKS_ALONGSIDE +WORKED_ALONGSIDE +WORKING_ALONGSIDE } [---]",
                    "- &MILITARY * [062]", "- POLICE * [063]", "- PROSECUTORS * [063]", "- INVESTIGATORS * [063]",
                    # and anyone cooperating with a court or an inquiry cooperates judicially (063):
                    # "cooperating fully with the U.N. war crimes tribunal"
                    "- * (WITH TRIBUNAL) [063]", "- * (WITH COURT) [063]", "- * (WITH INVESTIGATION) [063]",
                    "- * (WITH INVESTIGATORS) [063]", "- * (WITH PROSECUTORS) [063]", "- * (WITH INQUIRY) [063]",
                    "- FIRM * [061]", "- FIRMS * [061]", "- COMPANY * [061]", "- COMPANIES * [061]"),
    # severing relations is breaking them ("BREAK * RELATIONS" 161; SEPARATE has "CUT * {DIPLOMATIC
    # RELATIONS}" 161 but not the bare noun the wire writes: "Algeria severed relations with
    # Morocco", "cut relations with Qatar")

    # one placed under arrest is arrested as one placed under surveillance is watched ("PLACE *
    # (UNDER SURVEILLANCE)" 173): "placed Aung San Suu Kyi under house arrest", "put under arrest"
    # "break" codes only through patterns (PATTERN_ONLY_VERBS), but violence or fighting that
    # breaks out between sides is force ("clashes broke out between farmers and herders"), and the
    # dictionary's "BREAK * UP DEMONSTRATIONS" 175 holds for one protest or rally broken up
    # ("police broke up a rally"), which its plural does not match
    "DESTROY": ("+BREAK_OUT {+BREAKS_OUT +BROKE_OUT +BREAKING_OUT +BROKEN_OUT }",
                "- * UP DEMONSTRATION [175]", "- * UP PROTEST [175]", "- * UP RALLY [175]",
                "- * OFF TALKS [164]", "- * OFF &NEGOTIATION [164]"),
    # people rounded up are arrested (173), as the family's own ARREST and APPREHEND are: "rounded
    # up dozens of Sudanese migrants", "round up the 11 million people here" (COLLECT, where the
    # dictionary files it, codes nothing)
    # the family's "TAKE * (TO STREET)" 141 in the plural the wire writes: "thousands took to the
    # streets of Caracas"
    "APPREHEND": ("+ROUND_UP {+ROUNDS_UP +ROUNDING_UP +ROUNDED_UP } [173]", "- * (TO STREETS) [141]"),
    # "slammed" is the wire's "criticized" ("Egypt slammed the Israeli raid", "the minister slammed
    # the opposition"), as the family's LAMBASTE and CASTIGATE are; what slams into something is
    # no criticism
    "DENOUNCE": ("SLAM {SLAMS SLAMMED SLAMMING }", "- * (INTO) [---]"),
    # a delegation received is a visit hosted, as RECEIVE's envoys, ministers and leaders are
    # (043) and as SEND's "* DELEGATION" is the visit made
    "OBTAIN": ("- * DELEGATION [043:042]",
               # and so is a minister, a president or a counterpart received, as RECEIVE's
               # "* MINISTERS", "* LEADER" and "* AMBASSADOR" are: "received Chilean President Michelle
               # Bachelet at the chancellery", "received his Omani counterpart in Abu Dhabi"
               "- * MINISTER [043:042]", "- * PRESIDENT [043:042]", "- * COUNTERPART [043:042]",
               # aid received is aid given by whom it came from, as RECEIVE's "* RICE" (:073) and
               # "* DONATIONS" (:070) are: "received 50 tonnes of food and medicine from Venezuela",
               # "received humanitarian aid from the EU"
               "- * &FOOD [:073]", "- * MEDICINE [:073]", "- * {HUMANITARIAN AID} [:073]", "- * {RELIEF SUPPLIES} [:073]",
               "- * AID [:070]"),
    # 143 "conduct strike": a walkout staged, workers who walk off the job ("teachers walked off
    # the job", "staged a one-day walkout against tax increases")
    "ARRANGE": ("- * (UNDER ARREST) [173]", "- * WALKOUT [143]", "- * (ON {COMBAT READINESS}) [152]"),
    # 164 "halt negotiations": one who leaves talks halts them, as the WALK family's own "* OUT (OF
    # SUMMIT)" is: "walked out of peace talks", "pulled out of the talks", "withdrew from
    # negotiations", "broke off talks with the rebels" (which the bare "BREAK * (WITH)" 130 took for
    # a threat, and PULL OUT and WITHDRAW for a retreat)
    "WALK": ("- * (OFF JOB) [143]", "- * OUT (OF TALKS) [164]", "- * OUT (OF &NEGOTIATION) [164]"),
    "EXTRACT": ("- * (OUT) (OF TALKS) [164]", "- * (OUT) (OF &NEGOTIATION) [164]"),
    "RETREAT": ("- * (FROM TALKS) [164]", "- * (FROM &NEGOTIATION) [164]", "- * (OF TALKS) [164]", "- * (OF &NEGOTIATION) [164]"),
    # an alert raised is a force posture, as its own "RAISE * {&MILITARY ALERT}" 152 and BOOST's
    # "* ALERT" 150 have it: "raised its alert level after the missile launch", "raised the alert";
    # so is combat readiness raised, or troops put or placed on it, as PUT's "* (ON ALERT)" 152 is
    # ("raised the combat readiness of its army", "was put on full combat readiness")
    "RAISE": ("- * ALERT [152]", "- * {COMBAT READINESS} [152]"),
    # demands met are yielded to (080), as demands rejected or rebuffed are refused ("REJECT *
    # DEMANDS" 120, "REBUFF * DEMAND" 123): "met the demands of striking traders"; dismissing a
    # demand or an ultimatum rejects it ("dismissed demands for a recount"), and so does dismissing a
    # request, an appeal, a plea, an offer or a summons ("dismissed a request from Kyiv to open
    # corridors", "dismissed a summons to attend talks"), not a rebuke of anyone (DESPATCH 110).
    # (The plural only: "meet the demand for housing" is a market's.)
    "MEET_PEOPLE": ("- * DEMANDS [080]",),
    "DESPATCH": ("- * DEMANDS [120]", "- * DEMAND [120]", "- * CALLS [120]", "- * ULTIMATUM [120]", "- * REQUEST [120]",
                 "- * REQUESTS [120]", "- * APPEAL [120]", "- * APPEALS [120]", "- * PLEA [120]", "- * PLEAS [120]",
                 "- * OFFER [120]", "- * SUMMONS [120]"),
    # money or aid released is given (07x), not people freed (084): "released 15 million euros in
    # humanitarian assistance to Haiti"
    "RELEASE": ("- * &AID [070]", "- * ASSISTANCE [070]", "- * FUNDS [071]", "- * &CURRENCY [071]", "- * MILLION [071]", "- * BILLION [071]"),
    # so is money one state deposits in another's central bank to prop up its reserves (LODGE's
    # "deposit" lodges only appeals and complaints): "deposited $3 billion in Pakistan's central
    # bank", "deposited 2 billion dollars with Egypt's central bank"
    "LODGE": ("- * &CURRENCY [071]", "- * MILLION [071]", "- * BILLION [071]"),
    # picketing is demonstrating ("workers picketed the plant", "supporters picketed the
    # parliament building"), as MARCH's "DEMONSTRATE [141]" is
    "MARCH": ("PICKET [141]",),
    # downgrading relations reduces them (161 "reduce or break diplomatic relations", as
    # SEPARATE's "CUT * {DIPLOMATIC RELATIONS}"): "China downgraded diplomatic relations with
    # Lithuania"; a rating or a forecast downgraded is no act between states (PATTERN_ONLY_VERBS)
    "SEPARATE": ("- * RELATIONS [161]", "DOWNGRADE"),
    "EXTRADITE": (HANDED_OVER, "+TURN_OVER {+TURNS_OVER +TURNED_OVER +TURNING_OVER } [---]"),
    "YIELD": ("+HAND_IN {+HANDS_IN +HANDED_IN +HANDING_IN } [---]",),
    # the wire's "sat down with" for talks is to confer, as the family's CONFER and TALK are
    # (040:040): "Koizumi sat down with Roh Moo-hyun on Tuesday", "the government and FARC
    # negotiators sat down in Havana for a new round of talks"; the dictionary has no "sit"
    "CONFER": ("+SIT_DOWN {+SITS_DOWN +SAT_DOWN +SITTING_DOWN } [040:040]",),
    # a medical team sent is humanitarian aid ("SEND * {MEDICAL TEAM}" 073), and so are the
    # doctors, nurses and medics it is made of: "Cuba sent 200 doctors to Haiti", "dispatched
    # nurses to the quake zone" (the families of sending share their 07 patterns)
    "SEND": ("- * DOCTORS [073]", "- * NURSES [073]", "- * MEDICS [073]",
             # supplies carried in by truck or ferried in are sent, as the family's "* &FOOD" and
             # "* AID" are ("trucked in food, blankets and tents to displaced Syrians", "helicopters
             # ferried food and water to isolated villages")
             "TRUCK", "FERRY {FERRIES FERRYING FERRIED }",
             *AIR_DEFENCES),
    "BRING": AIR_DEFENCES,
    # handing out is distributing (CIRCULATE: "* &FOOD", "* SUPPLIES" 073): "handed out food, water
    # and medical care to stranded migrants"
    "CIRCULATE": ("+HAND_OUT {+HANDS_OUT +HANDED_OUT +HANDING_OUT }",),
    # patrols run in coordination are military cooperation, as the dictionary's "LAUNCH * {JOINT
    # BORDER PATROLS}" 062 is and as joint ones are (events.py reads any joint deed so): "launched
    # coordinated patrols with Malaysia in the Strait of Malacca", "conducted coordinated patrols
    # along the Blue Line"
    "START": ("- * {COORDINATED PATROLS} [062]",),
    "OVERSEE_MANAGE": ("- * {COORDINATED PATROLS} [062]",),
    # an act, record or position defended is defended in words (052), as the family's "* DECISION",
    # "* PLAN", "* RAID" and "* BAN" are, not protected (074): "defended Azerbaijan's military
    # operation", "defended Pakistan's counter-terrorism record", "defended the move"
    "DEFEND": ("- * OPERATION [052]", "- * RECORD [052]", "- * POLICY [052]", "- * MOVE [052]", "- * ACTIONS [052]", "- * STANCE [052]"),
    # supplies dropped from the air are airlifted (AIRLIFT 073, the family's own): "planes airdropped
    # food and medical supplies over northern Gaza", "began airdropping food to displaced people"
    "FLY": ("AIRDROP [073]",),
}

# Verbs that meet no one by their family's code (MEET_PEOPLE, 040): one faces or confronts an
# opponent, a test or a problem ("faces Democrat Ryan Greene in November", "faced scorched-earth
# opposition", "the challenges facing immigrants": 60 consultations on the PolNeAR train subsets,
# none a meeting). And "serve", which AID (060) files with helping: one serves in an office, as an
# aide, a sentence ("served in the House", "served as chief of staff to Sen. Stabenow": 53 acts of
# cooperation on the train subsets, each an office or a term held). And "lead", which
# OVERSEE_MANAGE (060) files with governing: one leads a poll, a race, an agency ("Clinton leads
# Sanders in Indiana", "leads the Council of Economic Advisers": 67 of the 70 on the train subsets;
# the rest, "leading an international coalition", go with them). As the dictionary's own "[---]"
# entries (COME, HOLD) are, they are events only through their patterns ("FACE CRITICISM").
# So are "benefit", which AID files with helping (an outcome: "would benefit Democrats", "might
# benefit from such programs"), and "accord", which GRANT files with giving (a source: "according
# to members of The POLITICO Caucus"): 6 acts of cooperation on the train subsets, none one.
# And "break", which DESTROY files with crushing (190): one breaks a story, a silence, a record, a
# promise or big banks up ("broke the story", "breaking her usual silence", "ready to break up
# banks", "Common Core is broken": 17 attacks on the PolNeAR train subsets, none one); its own
# patterns ("BREAK * EMBARGO" 128, "BREAK * RELATIONS" 161, "BREAK * UP DEMONSTRATIONS" 175) code.
PATTERN_ONLY_VERBS = frozenset({"face", "confront", "brave", "encounter", "serve", "lead", "benefit", "accord", "break", "downgrade", "mass"})

# Families the dictionary files under material cooperation (060) whose verbs, alone, are no act
# between parties: managing and governing (OVERSEE_MANAGE: "managed to earn", "controlled the
# Senate", "heads a project"), linking (LINK: "violence linked to gangs", "connected to it"),
# growing (BOOST: "expanded his father's business", "increasing the rent"), founding (ENACT:
# "establishing himself", "founded DMP International"), easing (FACILITATE: "improve our
# communities", "assuage concerns"), assigning (ALLOCATE), enrolling (ENLIST) and merging (MERGE):
# about 70 such events on the PolNeAR train subsets, none an act of cooperation. Their verbs
# with a code of their own (ORDER 100, MONITOR 090) and their patterns ("LINK * (WITH)" 0311,
# "HEAD * DELEGATION" 036) still code. AID, GRANT and TRADE keep their code: one helps, gives to
# or trades with another.
PATTERN_ONLY_FAMILIES = frozenset({"OVERSEE_MANAGE", "LINK", "BOOST", "ENACT", "FACILITATE", "ALLOCATE", "ENLIST", "MERGE"})

# Families whose own code (040, consult) the dictionary gives to acts of the mind: CONSIDER
# (consider, think, weigh, ponder, speculate) and HEAR (hear, learn, find out). Alone they meet
# no one ("I think", "he heard her", "as we learned in Iowa", "weighed in on the allegations": 110
# events on the PolNeAR train subsets, none a meeting); their patterns ("consider sanctions") code.
MIND_FAMILIES = frozenset({"CONSIDER", "HEAR"})


@dataclass(frozen=True)
class Pattern:
    before: tuple[Alternatives, ...]  # subject-side words
    after: tuple[Alternatives, ...]  # object words
    phrases: tuple[tuple[str, tuple[Alternatives, ...]], ...]  # (preposition, words in its phrase)
    code: str | None  # None: "[---]", the phrase is explicitly no event
    reversed: bool  # "[:173]": the verb's subject undergoes the act ("appeared in court")
    text: str  # the dictionary line, for provenance
    size: int  # how much of a clause it names: the most specific matching pattern wins
    mutual: bool = False  # "[193:193]": a code the dictionary pairs with itself, an act the two sides do to each other
    written_for: frozenset[str] = frozenset()  # the verbs its comment says it was written for ("# GIVE , PROVIDE")

    @property
    def keys(self) -> set[str]:
        """Words one of which a clause must hold for the pattern to match: its index keys."""
        element = (self.after or self.before or (None,))[0]
        if element is None:
            return {head for head, _ in self.phrases[:1]} or {""}
        return {words[0][0] for words in element if words}


@dataclass(frozen=True)
class VerbFamily:
    name: str
    code: str | None
    patterns: tuple[Pattern, ...]
    by_key: dict[str, tuple[tuple[int, Pattern], ...]]  # index word -> (rank, pattern)
    unkeyed: tuple[tuple[int, Pattern], ...]  # patterns with no word to index them by
    # most of its coded patterns are undergone by the subject: so is its own code ("DIE [190]",
    # 22 of its 28 patterns "[:190]"): "twelve people died in an air strike" are its victims
    undergone: bool = False


def _names_only_function_words(pattern: Pattern) -> bool:
    """"- * OFF", "- * AWAY", "- * (WITH)": a pattern naming nothing but a particle or a preposition."""
    words = [w for element in pattern.after for alternative in element for w, _ in alternative]
    words += [w for _, elements in pattern.phrases for element in elements for alternative in element for w, _ in alternative]
    return not pattern.before and all(w in STOP_WORDS for w in words)


def _family(name: str, code: str | None, patterns: tuple[Pattern, ...]) -> VerbFamily:
    """A family with its patterns indexed by word and ranked: most specific first, then file order."""
    # stable: the first of equals stays first, except that a pattern naming only a particle or a
    # preposition yields to one naming a noun ("BREAK * OFF" and "BREAK * (WITH)", 130, to "BREAK *
    # RELATIONS", 161: "broke off diplomatic relations with Colombia")
    ranked = sorted(patterns, key=lambda p: (-p.size, _names_only_function_words(p)))
    by_key: dict[str, list[tuple[int, Pattern]]] = {}
    for rank, pattern in enumerate(ranked):
        for key in pattern.keys:
            by_key.setdefault(key, []).append((rank, pattern))
    unkeyed = tuple(by_key.pop("", ()))
    coded = [p for p in patterns if p.code is not None]
    undergone = 2 * sum(p.reversed for p in coded) > len(coded)
    return VerbFamily(name, code, patterns, {k: tuple(v) for k, v in by_key.items()}, unkeyed, undergone)


@dataclass(frozen=True)
class VerbEntry:
    family: VerbFamily
    rest: tuple[str, ...]  # following words of a phrasal verb: ("down",) for CRACK_DOWN
    code: str | None  # the entry's own code, before the family's ("ARREST [173]")
    base: str
    alone: bool = True  # False: the verb is an event only through a pattern ("COME [---]")


@dataclass(frozen=True)
class Coding:
    """What the dictionary says a verb in its clause does."""

    code: str
    reversed: bool
    pattern: str  # the matched pattern line, or the verb entry when the default code applied
    words: int  # how many words of the phrase the verb entry spans (phrasal verbs: 2 or more)
    by_default: bool = False  # the verb's or its family's own code: no pattern matched
    object_is_act: bool = False  # the pattern's words are the verb's object ("imposed [martial law]")
    # the verb's own code, or a pattern naming prepositions only ("- * (TO) [040]"): nothing of what is reached
    bare: bool = False
    family: str = ""  # the dictionary family of the entry that read the verb ("GO_SOMEWHERE")
    mutual: bool = False  # the pattern codes an act the two sides do to each other ("EXCHANGE * FIRE [193:193]")


@dataclass(frozen=True)
class Plover:
    type: str
    mode: str | None
    context: str | None


def _says_where(word: Token) -> bool:
    """Whether a word a phrasal verb needs is a preposition of place or time with its own object:
    "the address she gave in Cairo" is no "give in" ("rein in spending" still is "rein in")."""
    return word.dep_ == "prep" and word.lower_ in ("in", "at") and (
        tells_time(word) or any(g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC", "FAC") for g in word.children))


def _strip_comment(line: str) -> str:
    return line.split("#", 1)[0].strip()


def _code(text: str) -> tuple[str | None, bool]:
    """"[190]" -> ("190", False); "[042:043]" -> ("042", False); "[:173]" -> ("173", True); "[---]" -> None."""
    first, _, second = text.strip("[] ").partition(":")
    if first and first != "---":
        return first, False
    if second and second != "---":
        return second, True
    return None, False


def _word(token: str) -> tuple[Word, ...]:
    """"SANCTIONS" -> (("sanctions", False),); "CASH_" exact; "IS_TO" two words, both exact."""
    token = token.lstrip("+").lower()
    if token.endswith("_"):
        return ((token.rstrip("_"), True),)
    parts = [p for p in token.split("_") if p]
    if len(parts) > 1:
        return tuple((p, True) for p in parts)
    # a stem is a word's beginning the dictionary writes for all its forms ("COOPERAT"); a word
    # English has of its own is that word, whatever the forms its lemma covers: "CAMP" is not the
    # start of "campaign", "SUPPORT" not of "supporters", the "DOWN" of "hunt down" not of
    # "downplay" (function words: spaCy's stop words; words: WordNet's, as the model ships them)
    return ((token, len(token) < MIN_STEM or token in STOP_WORDS or token in english_words()),)


# Words a synonym set lacks that its own entries imply: &MILITARY lists "armed forces" and "ground
# forces" but not the wire's commonest word for them ("Israeli forces withdrew", "government
# forces pulled back"), which the patterns that use the set ("&MILITARY *" 0874, withdrawing
# militarily) are written for; &PROPOSAL lists "proffer" but not the plain "offer" that "REJECT *
# OFFER" 127 shows it means ("accepted an offer from Kenya to mediate", "dismissed an offer of aid").
ADDED_SYNONYMS = {"&MILITARY": ("FORCES",), "&PROPOSAL": ("OFFER",)}

# Words the patterns name where their synonym serves as well: the dictionary codes demonstrators
# who gather or rally as demonstrating ("- DEMONSTRATORS * [141]" under GATHER and RALLY) but not
# protesters, the commoner word ("protesters had gathered on Wednesday morning, chanting ...";
# "protesters gathered outside parliament", "protesters rallied in Niamey" coded as meetings and
# mobilisations otherwise). And the road that "BLOCK * ROAD" 144 blocks is a highway as well
# ("truckers blocked major highways", "farmers blockaded highways into the capital").
ADDED_WORD_SYNONYMS = {"DEMONSTRATORS": ("PROTESTERS",), "ROAD": ("HIGHWAY",)}


def _synonym_sets(lines: list[str]) -> dict[str, Alternatives]:
    sets: dict[str, list[tuple[Word, ...]]] = {name: [_word(w) for w in words] for name, words in ADDED_SYNONYMS.items()}
    current: list[tuple[Word, ...]] | None = None
    for raw in lines:
        line = _strip_comment(raw)
        if line.startswith("&"):
            current = sets.setdefault(line.split()[0], [])
        elif line.startswith("+") and current is not None:
            current.append(tuple(w for part in line.split() for w in _word(part)))
        elif not raw.strip():
            current = None  # a blank line ends a set; a comment inside one does not ("&CURRENCY")
    return {name: tuple(alts) for name, alts in sets.items()}


def _elements(text: str, synsets: dict[str, Alternatives], targets: bool = False) -> list[Alternatives | tuple[str, list[Alternatives]]]:
    """Pattern text -> elements: word alternatives, or ("(", [...]) for a prepositional phrase;
    with ``targets``, the target mark "+" as the word that stands for a named actor."""
    items: list = []
    for match in re.finditer(r"\(([^()]*)\)|\{([^{}]*)\}|(\S+)", text):
        group, compound, word = match.groups()
        if group is not None:
            items.append(("(", _elements(group, synsets, targets)))
        elif targets and word == TARGET_MARK:
            items.append(((TARGET_WORD,),))
        elif compound is not None:  # {ARMS SHIPMENT}: all of these words
            alternatives: list[tuple[Word, ...]] = [()]
            for part in compound.split():
                # a set the file names but never defines ("&FIGHT_CRIM") matches nothing, as in PETRARCH
                options = synsets.get(part, ()) if part.startswith("&") else (_word(part),)
                alternatives = [a + o for a in alternatives for o in options]
            items.append(tuple(alternatives))
        elif word in ROLE_MARKS or word.startswith("$") or word.startswith("+"):
            continue  # source/target/compound markers: the parse decides actor and target
        elif word.startswith("&"):
            items.append(synsets.get(word, ()))  # an undefined set matches nothing
        else:
            items.append(tuple(_word(w) for w in (word, *ADDED_WORD_SYNONYMS.get(word, ()))))
    return items


def _pattern(line: str, synsets: dict[str, Alternatives]) -> Pattern | None:
    body = line.split("#", 1)[0].lstrip("- ").rstrip()
    code_at = body.rfind("[")
    if code_at < 0 or "*" not in body:
        return None
    code, reversed_ = _code(body[code_at:])
    before_text, _, after_text = body[:code_at].partition("*")
    before = [e for e in _elements(before_text, synsets) if not (isinstance(e, tuple) and e and e[0] == "(")]
    after: list[Alternatives] = []
    phrases: list[tuple[str, list[Alternatives]]] = []
    bare: list[Alternatives] | None = None  # the words of a phrase a bare preposition opened
    for element in _elements(after_text, synsets, targets=True):
        if isinstance(element, tuple) and element and element[0] == "(":
            bare = None
            inner = [e for e in element[1] if not (isinstance(e, tuple) and e and e[0] == "(")]
            if not inner or len(inner[0]) != 1 or len(inner[0][0]) != 1:
                continue
            head = inner[0][0][0][0]  # the preposition (or particle) opening the phrase
            phrases.append((head, inner[1:]))
        elif len(element) == 1 and len(element[0]) == 1 and element[0][0][0] in PREPOSITIONS:
            bare = []
            phrases.append((element[0][0][0], bare))
        elif bare is not None:
            bare.append(element)  # "- * FROM + [0874]": a named actor's phrase ("withdrew from Lebanon")
        elif element != ((TARGET_WORD,),):  # the object's target mark: read below, where alone
            after.append(element)
    if not after and len(phrases) == 1 and phrases[0][1] is bare and not bare:
        # "- * ON [190]" (press on), "- * TO [030]": a lone preposition is PETRARCH's phrasal verb,
        # the particle right after it, not any phrase ("pushed the actions on guns")
        after, phrases = [(((phrases[0][0], True),),)], []
    size = len(before) + len(after) + sum(1 + len(words) for _, words in phrases)
    if size == 0 and TARGET_MARK in after_text.split():
        after = [((TARGET_WORD,),)]  # "- * +": the verb with a named actor for its object ("mocked Iran")
    mutual = re.fullmatch(r"\[\s*(\d+)\s*:\s*\1\s*\]", body[code_at:].strip()) is not None
    comment = line.split("#", 1)[1] if "#" in line else ""
    written_for = frozenset(w.lower() for w in re.findall(r"[A-Z][A-Z_]+", comment))
    return Pattern(tuple(before), tuple(after), tuple((head, tuple(words)) for head, words in phrases), code, reversed_, " ".join(line.split("#", 1)[0].split()), size, mutual, written_for)


def _inflections(base: str) -> set[str]:
    """Regular forms of a verb, for where the tagger's lemma is off ("staged" -> "stag")."""
    forms = {base, base + "s", base + "ed", base + "ing"}
    if base.endswith("e"):
        forms |= {base + "d", base[:-1] + "ing"}
    if base.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.add(base + "es")
    if base.endswith("y") and len(base) > 2 and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    if len(base) > 2 and base[-1] not in "aeiouwxy" and base[-2] in "aeiou" and base[-3] not in "aeiou":
        forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}  # "ban" -> "banned"
    return forms


@dataclass(frozen=True)
class Dictionary:
    by_form: dict[str, tuple[VerbEntry, ...]]  # a verb form or lemma -> entries starting with it
    # (lemma, form) -> its entries in the order ``_entries`` tries them, ordered once per pair
    ordered: dict[tuple[str, str], tuple[VerbEntry, ...]] = field(default_factory=dict, compare=False, repr=False)

    def _entries(self, verb: Token) -> tuple[VerbEntry, ...]:
        """The verb's entries, the one to try first first: the longest phrasal verb, then the
        verb itself before a form that only looks like it, then, of a verb listed in two
        families, the later one (as PETRARCH reads the file: a later entry replaces an earlier)."""
        lemma, form = verb.lemma_.lower(), verb.lower_
        ordered = self.ordered.get((lemma, form))
        if ordered is None:
            entries = self.by_form.get(lemma) or self.by_form.get(form) or ()
            ordered = tuple(sorted(reversed(entries), key=lambda e: (-len(e.rest), e.base != lemma)))
            self.ordered[(lemma, form)] = ordered
        return ordered

    def _reading(self, verb: Token) -> tuple[VerbEntry, Pattern | None] | None:
        """The entry that reads ``verb`` here, with the pattern of it the clause matches: a phrasal
        entry's words follow the verb, and none is an infinitive's "to" ("GO_TO" is no "going to
        beat him", the future). Of a verb two families list, the later family reads it unless
        it has neither a pattern for the clause nor a code of its own: "cut" is SLASH's (reduce
        spending) and SEPARATE's, whose "CUT * TIES" and "* AID" SLASH lacks."""
        doc = verb.doc
        # read once a verb: the events component asks for a verb's family several times
        readings = doc.user_data.setdefault("_cameo_readings", {})
        if verb.i not in readings:
            readings[verb.i] = self._read(verb)
        return readings[verb.i]

    def _read(self, verb: Token) -> tuple[VerbEntry, Pattern | None] | None:
        doc = verb.doc
        start = _particles_start(verb)
        fitting = [
            e for e in self._entries(verb)
            if all(start + n < len(doc) and doc[start + n].lower_ == w and doc[start + n].dep_ != "aux"
                   and not _says_where(doc[start + n]) for n, w in enumerate(e.rest))
        ]
        if not fitting:
            return None
        # "BEAT [182]": a verb coded apart is not recoded by a bare "(WITH)"
        for entry in fitting:
            if len(entry.rest) < len(fitting[0].rest):
                break  # a phrasal verb outranks its verb alone
            best = _best_pattern(verb, entry.family, words_only=entry.code is not None)
            if best is None and entry.rest and entry.alone:
                # ... unless the verb alone has a pattern that writes out the particle and more:
                # "WALK * OUT (OF SUMMIT)" 164 is no "WALK_OUT" (GO_SOMEWHERE, 040)
                spelled = next((r for r in (self._spelled(verb, e, entry.rest) for e in fitting if len(e.rest) < len(entry.rest)) if r), None)
                if spelled is not None:
                    return spelled
            if best is None and entry.code is None:
                # a code written on another family's line for the same words outranks a family's
                # default: "+ASK_FOR [020]" (ASK) over INVITE's uncoded "+ASK_FOR" (040)
                coded = next((e for e in fitting if e.rest == entry.rest and e.code and e.alone), None)
                if coded is not None:
                    return coded, _best_pattern(verb, coded.family, words_only=True)
            if best is not None or entry.alone and (entry.code or entry.family.code):
                return entry, best
        return fitting[0], None

    @staticmethod
    def _spelled(verb: Token, entry: VerbEntry, particles: tuple[str, ...]) -> tuple[VerbEntry, Pattern] | None:
        """``entry`` with its pattern the clause matches when that pattern names ``particles`` and
        more ("* OUT (OF SUMMIT)", not the bare "* OFF" that only restates "KICK_OFF")."""
        best = _best_pattern(verb, entry.family, words_only=entry.code is not None)
        if best is None:
            return None
        named = {word for element in best.after for alternative in element for word, _ in alternative}
        return (entry, best) if set(particles) <= named and (named - set(particles) or best.phrases or best.before) else None

    def family(self, verb: Token) -> str | None:
        reading = self._reading(verb)
        return reading[0].family.name if reading is not None else None

    def code(self, verb: Token) -> Coding | None:
        """The CAMEO coding of ``verb`` in its clause, or None when it is no event."""
        if verb.dep_ == "prep":
            return None  # "according to", "following": a preposition, not a predicate
        reading = self._reading(verb)
        if reading is None:
            return None
        entry, best = reading
        if best is not None:
            if best.code is None:
                return None
            objects = [t for c in children_of(verb) if c.dep_ == "dobj" for x in _conjuncts(c) for t in _object_core(x)]
            object_is_act = bool(objects) and any(_has(e, _bag(objects)) for e in best.after)
            bare = not best.before and not best.after and not any(words for _, words in best.phrases)
            return Coding(best.code, best.reversed, best.text, _span_words(verb, entry), object_is_act=object_is_act, bare=bare, family=entry.family.name, mutual=best.mutual)
        code = entry.code or entry.family.code if entry.alone else None
        if code is None:
            return None
        undergone = entry.code is None and entry.family.undergone
        return Coding(code, undergone, " ".join((entry.base, *entry.rest)).upper(), _span_words(verb, entry), by_default=True, bare=True, family=entry.family.name)


def _particles_start(verb: Token) -> int:
    """Where a phrasal verb's other words start: right after it, or after a manner adverb inside
    it ("are working closely with")."""
    doc, start = verb.doc, verb.i + 1
    while start < len(doc) and doc[start].dep_ == "advmod" and doc[start].head.i == verb.i and doc[start].lower_.endswith("ly"):
        start += 1
    return start


def _span_words(verb: Token, entry: VerbEntry) -> int:
    """How many words the verb entry spans in the text, a manner adverb inside it included."""
    return _particles_start(verb) - verb.i + len(entry.rest) if entry.rest else 1


def _bag(tokens) -> tuple[set[str], set[str]]:  # noqa: ANN001 - iterable of spaCy tokens
    """(exact words and lemmas, their stems of MIN_STEM letters or more)."""
    exact: set[str] = set()
    hyphenated: set[str] = set()
    for token in tokens:
        exact.add(token.lower_)
        exact.add(token.lemma_.lower())
        hyphenated.update(_hyphenated(token))
    # a hyphenated word's stems run past its first hyphen: "CEASE-FIRE" ~ "cease-fires", but the
    # parts are words of their own only where the parse gives them ("election-night remarks")
    stems = set().union(*map(_stems, exact), *(_stems(w) - _stems(w[: w.index("-")]) for w in hyphenated))
    return exact | hyphenated, stems


def hyphenated_span(token: Token) -> Span:
    """The hyphenated word ``token`` is part of, which the tokenizer splits and the dictionary
    writes whole ("CEASE-FIRE", "SIT-IN", "COUNTER-OFFENSIVE"); the token alone if none."""
    doc = token.doc
    start = end = token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
        start -= 2
    while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
        end += 2
    return doc[start : end + 1]


def _hyphenated(token: Token) -> tuple[str, ...]:
    """The hyphenated word ``token`` is part of, as written and with its last part's lemma
    ("cease-fires" -> "cease-fire"); none when it is a word of its own."""
    words = hyphenated_span(token)
    if len(words) == 1:
        return ()
    return words.text.lower(), words[:-1].text.lower() + words[-1].lemma_.lower()


@lru_cache(maxsize=65536)
def _stems(word: str) -> frozenset[str]:
    """A word's prefixes of MIN_STEM letters or more; cached, as clauses repeat their words."""
    return frozenset(word[:n] for n in range(MIN_STEM, len(word) + 1))


def _has(alternatives: Alternatives, bag: tuple[set[str], set[str]]) -> bool:
    exact, stems = bag
    return any(all((w in exact) if is_exact else (w in stems) for w, is_exact in words) for words in alternatives)


def _core(token: Token) -> list[Token]:
    """A phrase's head with its modifiers ("new economic sanctions"), not its attachments."""
    return [c for c in children_of(token) if c.i < token.i and c.dep_ in CORE_DEPS] + [token]


def _subject_words(subject: Token) -> list[Token]:
    """A subject's core and that of what it is "of": "the first deployment of NATO peacekeeping
    troops", "a batch of Bangladeshi peacekeepers" are peacekeepers to a pattern."""
    return _core(subject) + [t for p in children_of(subject) if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p) if o.dep_ == "pobj" for t in _core(o)]


def _object_words(verb: Token) -> list[Token]:
    """The words right after the verb in PETRARCH's sense: its objects' cores, particles and
    adverbs, and a controlled complement ("urged ... to release prisoners")."""
    words: list[Token] = []
    for child in children_of(verb):
        if child.dep_ in NOMINAL_OBJECT_DEPS:
            words += [t for c in _conjuncts(child) for t in _object_core(c)]
        elif child.dep_ in ("prt", "advmod", "npadvmod", "acomp") or small_clause(child) or opens_preposition(child):
            words.append(child)  # an adjective's small clause too: "found Mubarak guilty"
        elif child.dep_ == "xcomp":
            words.append(child)
            # what one is urged to stop is what the urging is against, not what it asks for:
            # "urged the junta to stop attacks on civilians" urges no attack
            if dictionary().family(child) not in HALTING_FAMILIES:
                words += [t for c in children_of(child) if c.dep_ in NOMINAL_OBJECT_DEPS for t in _core(c)]
    return words


def small_clause(child: Token) -> bool:
    """"found Mubarak guilty", "found mining company BHP liable" (the tagger makes "liable" a noun
    with a subject of its own): a verbless clause of an adjective."""
    return child.dep_ == "ccomp" and (
        child.pos_ == "ADJ" or child.pos_ == "NOUN" and any(g.dep_ == "nsubj" and g.right_edge.i + 1 == child.i for g in children_of(child))
    )


def _let_act(verb: Token) -> list[Token]:
    """Whom a verb of letting lets act, which the parse makes the subject of the infinitive after
    it and PETRARCH reads as its object: "allowed a U.N. aid convoy to enter Madaya"."""
    return [t for child in children_of(verb) if child.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(child))
            for c in children_of(child) if c.dep_ == "nsubj" for t in _core(c)]


def opens_preposition(token: Token) -> bool:
    """A particle the parse makes a preposition with no object of its own, opening the phrase of
    one that has: "walked out of the summit", "backed away from the deal"."""
    return token.dep_ == "prep" and token.lower_ in PARTICLES and not any(c.dep_ == "pobj" for c in children_of(token)) and any(c.dep_ == "prep" for c in children_of(token))


def _given_with(verb: Token) -> list[Token]:
    """What a verb of giving gives where its object is whom it goes to: "provided Pakistan with a
    loan", "supplied Kyiv with air defence systems" give what "provided a loan to Pakistan" does."""
    recipient = next((c for c in children_of(verb) if c.dep_ == "dobj"), None)
    if recipient is None:
        return []
    # the parse hangs the phrase on the verb or on its object ("the camps with food")
    return [t for head in (verb, recipient) for c in children_of(head) if c.dep_ == "prep" and c.lower_ == "with"
            for o in children_of(c) if o.dep_ == "pobj" for given in _conjuncts(o) for t in _object_core(given)]


def _conjuncts(token: Token) -> list[Token]:
    """A phrase and the phrases coordinated with it: "imposed travel bans and sanctions" imposes
    both, and either may be the one a pattern names."""
    found = [token]
    for child in children_of(token):
        if child.dep_ == "conj":
            found += _conjuncts(child)
    return found


def _object_core(child: Token) -> list[Token]:
    """An object's words for a pattern: "suspended part of the aid program" is the aid
    ("captured part of a stronghold" is no "take part"); a share with nothing it is of is the
    object itself; a body is itself and its members ("sent a team" [036], "received a mission of
    observers" [0862]); an amount or a load is what it holds ("thousands of troops", "a shipment
    of weapons"), and a measured amount its unit too, which the dictionary names ("GIVE * TONNES"
    [073]: "shipped 30,000 tonnes of diesel")."""
    lemma = child.lemma_.lower()
    shares = lemma in PARTITIVES | COLLECTIVES | CONTAINERS or child.ent_type_ in AMOUNT_LABELS | {"ORDINAL"}  # "the first of 24 jets"
    members = [t for p in children_of(child) if p.dep_ == "prep" and p.lower_ == "of" for o in children_of(p) if o.dep_ == "pobj" for t in _core(o)] if shares else []
    return members + _core(child) if lemma in COLLECTIVES or child.ent_type_ == "QUANTITY" or not members else members


def tells_time(preposition: Token) -> bool:
    """"on Tuesday", "for three hours": a preposition whose object is a time."""
    return any(c.dep_ == "pobj" and c.ent_type_ in TIME_LABELS for c in children_of(preposition))


def _best_pattern(verb: Token, family: VerbFamily, words_only: bool = False) -> Pattern | None:
    """The most specific pattern the verb's clause matches (the first of equals), looked up by
    the clause's words in the family's index."""
    if not family.patterns:
        return None
    objects = [c for c in children_of(verb) if c.dep_ in NOMINAL_OBJECT_DEPS]
    object_words = _object_words(verb) + (_given_with(verb) if family.name in GIVING_FAMILIES else []) + (_let_act(verb) if family.name in LETTING_FAMILIES else [])
    after = _bag(object_words)
    if any(t.ent_type_ == "MONEY" for t in object_words):
        after[0].add("money")  # a sum is money as "&CURRENCY" names it: "disbursed $1.2 billion"
    if any(o.dep_ in ("dobj", "dative") and (o.ent_type_ in ACTOR_LABELS or o.pos_ == "PROPN") for o in objects):
        after[0].add(TARGET_WORD[0])
    before = _bag(t for c in children_of(verb) if c.dep_ in SUBJECT_DEPS for t in (_subject_words(c) if c.dep_.startswith("nsubj") else [c]))
    if verb.dep_ == "acl" and verb.tag_ == "VBD":
        before = _bag(_subject_words(verb.head))  # a past tense the parse hung on its subject: "Chinese firms teamed up with ..."
    # prepositional phrases on the verb or on its object ("imposed sanctions on Iran"); one that
    # says when ("on Tuesday", "in March") is no argument of the act ("pressed on", "called on")
    phrases: dict[str, list[Token]] = {}
    for head in [verb, *(o for o in objects if o.dep_ != "nsubjpass")]:
        for child in children_of(head):
            if child.dep_ in ("prep", "agent", "prt", "dative") and not tells_time(child):
                phrases.setdefault(child.lower_, []).append(child)
            if opens_preposition(child):
                for inner in children_of(child):
                    if inner.dep_ == "prep":
                        phrases.setdefault(inner.lower_, []).append(inner)
    keys = after[0] | after[1] | before[0] | before[1] | phrases.keys()
    # deduplicated by rank, which is unique in a family: hashing a Pattern hashes all its fields
    candidates = {rank: pattern for key in keys for rank, pattern in family.by_key.get(key, ())}
    candidates.update(family.unkeyed)
    phrase_bags: dict[int, tuple[set[str], set[str]]] = {}

    def phrase_bag(head: Token) -> tuple[set[str], set[str]]:
        if head.dep_ == "prt":
            return after  # "took in refugees": a particle's words are the verb's objects
        if head.i not in phrase_bags:
            phrase_bags[head.i] = _bag(head.subtree)
            if any(o.dep_ == "pobj" and (o.ent_type_ in ACTOR_LABELS or o.pos_ == "PROPN") for o in children_of(head)):
                phrase_bags[head.i][0].add(TARGET_WORD[0])  # "(TO +)": the phrase names an actor
        return phrase_bags[head.i]

    lemma = verb.lemma_.lower()

    def matches(pattern: Pattern) -> bool:
        # a verb coded apart is recoded by a bare preposition only one written for it: "VOTE [030]"
        # by "- * (AGAINST) [110] # VOTE", not "BEAT [182]" by another verb's "- * (WITH)"
        bare = not (pattern.after or pattern.before or any(words for _, words in pattern.phrases))
        if words_only and bare and lemma not in pattern.written_for:
            return False
        if not all(_has(e, after) for e in pattern.after) or not all(_has(e, before) for e in pattern.before):
            return False
        return all(
            any(all(_has(e, phrase_bag(h)) for e in words) for h in phrases.get(head, ()))
            for head, words in pattern.phrases
        )

    ranked = sorted(candidates)
    for n, rank in enumerate(ranked):
        pattern = candidates[rank]
        if matches(pattern):
            # a "no event" the dictionary wrote for another verb yields to an equal pattern it wrote
            # for this one: "- * ACCESS [---] # GIVE" and "- * ACCESS [0862] # GRANT" ("granted
            # inspectors access" lets them in)
            if pattern.code is None and pattern.written_for and lemma not in pattern.written_for:
                own = next((candidates[r] for r in ranked[n + 1 :] if candidates[r].size == pattern.size and lemma in candidates[r].written_for and matches(candidates[r])), None)
                pattern = own or pattern
            # the dictionary writes a noun's forms apart where they mean apart ("LIFT * SANCTION"
            # [0351], approval, and "* SANCTIONS" [085]; "DELAY * TALK" and "* TALKS"): of equal
            # patterns, one whose words are the clause's as written outranks one its lemmas match
            if not _written_as(pattern.after, verb):
                equals = (candidates[r] for r in ranked[n + 1 :] if candidates[r].size == pattern.size)
                return next((p for p in equals if _written_as(p.after, verb) and matches(p)), pattern)
            return pattern
    return None


def _written_as(elements: tuple[Alternatives, ...], verb: Token) -> bool:
    """Whether every exact word of a pattern's objects is one of the verb's object words as written."""
    exact = {w for element in elements for alternative in element for w, is_exact in alternative if is_exact}
    return exact <= {t.lower_ for t in _object_words(verb)}


def _shared_patterns(lines: list[str]) -> dict[str, list[str]]:
    """Family -> the patterns of ``SHARED_PATTERNS`` it reads from the other families of its kind."""
    written: dict[tuple[int, str], list[str]] = {}  # (kind, family) -> its patterns of the shared codes
    family = None
    for line in lines:
        if line.startswith("---"):
            family = line.strip("- ").split()[0]
        elif line.startswith("-"):
            for kind, (families, _, prefix) in enumerate(SHARED_PATTERNS):
                if family in families and re.search(rf"\[{prefix}", line.split("#", 1)[0]):
                    written.setdefault((kind, family), []).append(line)
    return {
        reader: [line for (k, other), found in written.items() if k == kind and other != reader for line in found]
        for kind, (_, readers, _) in enumerate(SHARED_PATTERNS) for reader in readers
    }


@lru_cache(maxsize=1)
def dictionary() -> Dictionary:
    """The compiled verb dictionary: read once a process."""
    lines = (DATA / "CAMEO.2.0.txt").read_text(encoding="utf-8").splitlines()
    start = next(n for n, line in enumerate(lines) if line.startswith("####### VERB PATTERNS"))
    end = next((n for n, line in enumerate(lines) if line.startswith("######## TRANSFORMATIONS")), len(lines))
    synsets = _synonym_sets(lines[:start])
    shared = _shared_patterns(lines[start:end])
    by_form: dict[str, list[VerbEntry]] = {}
    block: list[str] = []
    header = ""
    # A pattern's comment names the verb it was first written for; a few of those verbs (URGE
    # under DEMAND) are missing from their family's list, and join it unless listed elsewhere.
    named_in_comments: list[tuple[str, VerbFamily]] = []

    def close() -> None:
        if not header:
            return
        name = header.strip("- ").split()[0]
        block[:0] = ADDED_ENTRIES.get(name, ())
        family_code = None if name in MIND_FAMILIES else _code(re.search(r"\[[^\]]*\]", header).group(0))[0] or FAMILY_CODES.get(name)
        # a category title outranks the dictionary's equal pattern for the same words
        lines = [*TITLE_PATTERNS.get(name, ()), *(line for line in block if line.startswith("-"))]
        patterns = tuple(p for p in (_pattern(line, synsets) for line in lines) if p is not None)
        # of another family's patterns, those naming what the act takes ("- * (BY ) [073]" names nothing)
        patterns += tuple(p for p in (_pattern(line, synsets) for line in shared.get(name, [])) if p is not None and not _names_only_function_words(p))
        if name in RECODED_FAMILIES:
            written, meant = RECODED_FAMILIES[name]
            family_code = meant if family_code == written else family_code
            patterns = tuple(replace(p, code=meant) if p.code == written else p for p in patterns)
        if name in DELIVERING_FAMILIES:
            patterns = tuple(replace(p, code="07" + p.code[3:]) if p.code and p.code.startswith("033") and len(p.code) == 4 else p for p in patterns)
        family = _family(name, family_code, patterns)
        for line in block:
            named = re.match(r"^-.*\]\s*#\s*([A-Z]+)\s*$", line)
            if named:
                named_in_comments.append((named.group(1).lower(), family))
        for raw in block:
            line = raw.split("#", 1)[0].strip()
            if not line or line.startswith("-"):
                continue
            code_match = re.search(r"\[([^\]]*)\]", line)
            forms_match = re.search(r"\{([^}]*)\}", line)
            base_words = re.split(r"[\s\[{]", line)[0].lstrip("+").lower().split("_")
            own_code = OWN_CODES.get("_".join(base_words)) or (_code(code_match.group(0))[0] if code_match else None)
            listed = [f.lstrip("+").lower().split("_") for f in forms_match.group(1).replace(",", " ").split()] if forms_match else []
            rest = tuple(base_words[1:])
            if set(rest) & COORDINATORS:
                continue  # "+ARREST_AND", "+KILLED_OR": PETRARCH's way past coordination, which the parse gives
            firsts = {base_words[0]} | {f[0] for f in listed}
            if forms_match is None or len(base_words) == 1:
                firsts |= _inflections(base_words[0])
            alone = (
                not (code_match and code_match.group(1).strip() == "---")
                and "_".join(base_words) not in PATTERN_ONLY_VERBS
                and not (name in PATTERN_ONLY_FAMILIES and own_code is None)
            )
            entry = VerbEntry(family, rest, own_code, base_words[0], alone)
            for form in firsts:
                by_form.setdefault(form, []).append(entry)

    for line in lines[start:end]:
        if line.startswith("---"):
            close()
            header, block = line, []
        elif header:
            block.append(line)
    close()
    for verb, code in CATEGORY_VERBS.items():
        if verb not in by_form:
            family = _family(verb.upper(), code, ())
            for form in _inflections(verb):
                by_form.setdefault(form, []).append(VerbEntry(family, (), code, verb))
    for verb, family in named_in_comments:
        if verb not in by_form:
            for form in _inflections(verb):
                by_form.setdefault(form, []).append(VerbEntry(family, (), None, verb))
    return Dictionary({form: tuple(entries) for form, entries in by_form.items()})


# The 2021 table starts at CAMEO 03: "make a public statement" (01) is no event in PLOVER, and
# "appeal" (02: appeal for aid, for talks, for a change) is PLOVER's REQUEST, as demands (10) are.
APPEAL = Plover("REQUEST", None, None)
# Where the 2021 table departs from the PLOVER drafts that event data (and the gold standard
# records) were coded under, the drafts' reading: easing a curfew or a state of emergency stays
# with its parent 081, easing administrative sanctions (CONCEDE: the table moved the two to
# RETREAT with the note that "ease" is no longer a mode), and imposing sanctions, an embargo or a
# boycott is PLOVER's SANCTION, which names it, not COERCE's "restrict".
DRAFT_READINGS = {
    "0813": Plover("CONCEDE", None, "legal"),
    "0814": Plover("CONCEDE", None, "legal"),
    "163": Plover("SANCTION", "restrict", "diplomatic"),
}


@lru_cache(maxsize=1)
def plover_table() -> dict[str, Plover]:
    table: dict[str, Plover] = {}
    for raw in (DATA / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        code, colon, rest = line.partition(":")
        if not colon or not code.strip().isdigit():
            continue
        fields = [f.strip() or None for f in rest.split(",")] + [None, None]
        table[code.strip()] = Plover(fields[0], fields[1], fields[2])
    return table | DRAFT_READINGS


def plover(code: str) -> Plover | None:
    """The PLOVER type, mode and context of a CAMEO code (its nearest coded parent's, if unlisted)."""
    table = plover_table()
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return APPEAL if code.startswith("02") else None


# the agents dictionary's sectors of men under arms: forces, rebels, police and insurgents (police
# pull back from a square as troops do; resolve/actors_kb.py's ARMED_SECTORS names armed groups,
# which police are not)
FORCE_SECTORS = ("MIL", "REB", "COP", "INS")


@lru_cache(maxsize=1)
def armed_agent_nouns() -> frozenset[str]:
    """One-word agents of an armed sector ("soldier", "guerrilla", "police", "insurgent"), from
    PETRARCH2's agents dictionary."""
    words: set[str] = set()
    for raw in (DATA / "Phoenix.agents.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        code = re.search(r"\[~(\w+)\]", line)
        word = line.split()[0].lower() if line else ""
        if code and code.group(1)[:3] in FORCE_SECTORS and word.isalpha():
            words.add(word)
    return frozenset(words)


@lru_cache(maxsize=1)
def agent_nouns() -> frozenset[str]:
    """One-word nouns for people and organisations that act ("junta", "fishermen", "regime"),
    from PETRARCH2's agents dictionary (``data/cameo/Phoenix.agents.txt``)."""
    lines = (DATA / "Phoenix.agents.txt").read_text(encoding="utf-8").splitlines()
    substitutions: dict[str, list[str]] = {}
    words: set[str] = set()
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("!"):  # "!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON"
            name, _, values = line.partition("=")
            substitutions[name.strip()] = [v.strip().lower() for v in values.split(",")]
            continue
        word = line.split()[0].split("[")[0].lower()
        forms = [word]
        for name, values in substitutions.items():
            if name.lower() in word:
                forms = [word.replace(name.lower(), v) for v in values]
        words.update(f for f in forms if f.isalpha())
    return frozenset(words)

