"""Word lists the extractors share: reporting verbs, titles, role nouns, organisation heads.

These are properties of English news prose, not of any one article: each list is the closed
class a rule needs ("said" introduces speech, "Commander" is a title, "Corps" heads an
organisation's name).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

# Verbs that report speech or writing. A verb here with a clausal complement ("said that ...",
# "claimed the goal was ...") reports a statement; one with a quotation reports a direct quote.
REPORTING_VERBS = frozenset(
    """
    say tell add comment write state declare explain note insist argue claim warn reply respond
    answer remark report announce tweet post stress emphasise emphasize conclude recall
    acknowledge admit confirm deny vow pledge promise accuse condemn urge suggest observe assert
    maintain predict complain exclaim shout yell scream chant holler quip joke boast concede counter retort mention
    testify caution lament recount whisper allege contend reveal indicate threaten demand
    denounce criticize criticise blame praise welcome dismiss reject downplay decry slam
    question estimate disclose reiterate affirm proclaim charge ask speculate
    """.split()
)
# Verbs that report speech with their particle only: "pointed out that ...", "fired back", "weighed in"
PHRASAL_REPORTING_VERBS = frozenset(
    {("point", "out"), ("lay", "out"), ("spell", "out"), ("fire", "back"), ("shoot", "back"), ("hit", "back"),
     ("push", "back"), ("weigh", "in"), ("chime", "in"), ("cut", "in")}
)

# Reporting verbs that make a statement with a nominal object alone ("condemned the offensive",
# "vowed retaliation", "downplayed the capture"): the whole clause is the statement.
NOMINAL_STATEMENT_VERBS = frozenset(
    """
    accuse condemn denounce criticize criticise blame praise welcome dismiss reject downplay
    decry slam vow pledge promise threaten warn deny demand urge
    """.split()
)

# Verbs that give a thing a name or description: what they put in quotation marks is the
# subject's own words ('Bush called Trump "unhinged"')
NAMING_VERBS = frozenset("call dub label brand describe term characterize characterise nickname".split())

# Verbs of judging someone for something (Levin 1993, class 33, less its legal senses, with the
# press's "blast", "slam", "rip", "hit", "knock", "credit"): what they quote in the "for" phrase
# is the judge's own words ('Romney attacked Trump for "the greed, the showing off"')
JUDGING_VERBS = frozenset(
    """
    acclaim applaud assail attack berate blame castigate censure chastise chide commend compliment
    condemn congratulate criticize criticise decry denounce deride disparage excoriate fault lambaste
    laud mock praise rebuke reprimand reproach ridicule salute scold scorn thank upbraid vilify
    blast slam rip hit knock credit skewer
    """.split()
)

# Nouns that carry someone's statement or belief in a clause of their own: "Trump's assertion
# that ...", "his promise to be neutral", "her call for a ban" (speech), "their hope that ..." (belief)
STATEMENT_NOUNS = frozenset(
    "assertion claim accusation allegation charge contention admission suggestion argument insistence "
    "promise pledge vow call demand warning proposal denial statement remark comment".split()
)
BELIEF_NOUNS = frozenset("hope fear belief view concern conviction expectation".split())

# Nouns that name a report: "reports by X indicating that ...", "a statement saying ..."
SPEECH_NOUNS = frozenset(
    """
    report reports statement statements remark remarks comment comments claim claims
    announcement message letter post tweet interview speech editorial article declaration
    email emails memo
    communique communiqué
    """.split()
)

# A survey speaks for its respondents: "In a new Quinnipiac poll, 54 percent said ..."
SURVEY_NOUNS = frozenset("poll polls survey surveys".split())
# Heads of a written source that speaks ("a new study finds", "court records show", "the filing
# says"): the speaker is a document, not a person or a body
DOCUMENT_HEADS = SURVEY_NOUNS | SPEECH_NOUNS | frozenset(
    """
    study studies analysis analyses filing filings record records document documents data memo
    memos paper papers book books audit audits tally count estimate estimates average projection
    projections transcript transcripts review indictment complaint lawsuit ruling footnote
    footnotes passage passages excerpt excerpts headline headlines caption captions ad ads
    """.split()
)
# Heads of a share of respondents: "54 percent of voters", "a majority", "most Democrats"
SHARE_HEADS = frozenset("percent % majority majorities plurality minority half third quarter most".split())

# Titles written before a name ("Commander Hossein Daghighi", "Gen. ..."); stripped for the
# canonical name, kept as aliases.
# what news writes before a surname alone ("Mr. Alvarez", "Ms Hargreaves")
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss"})
# British honours, written with the first name alone as well: "Sir Nigel", "Dame Judi"
KNIGHTHOODS = frozenset({"sir", "dame"})
TITLES = frozenset(
    """
    president prime minister commander general gen gen. lt lt. lieutenant colonel col col.
    major maj maj. captain capt capt. admiral adm adm. brigadier brig brig. sergeant sgt sgt.
    mr mr. mrs mrs. ms ms. dr dr. prof prof. professor sheikh shaikh ayatollah imam king queen
    prince princess emir sultan senator sen sen. rep rep. representative governor gov gov.
    mayor judge justice pope cardinal bishop rabbi reverend rev rev. sir dame lord lady
    chancellor secretary ambassador deputy vice chief speaker chairman chairwoman mullah
    hojatoleslam marshal field premier foreign defence defense interior finance state
    supreme leader crown former late coach manager
    """.split()
)
# offices written as a title before a person's name ("Superintendent Karen Whitfield", "Sheriff
# Roy Ealy"), which the entity tagger often takes into the name; not titles of bodies ("Attorney
# General's Office")
OFFICE_TITLES = frozenset(
    """
    superintendent sheriff commissioner councilman councilwoman alderman alderwoman treasurer
    comptroller attorney director inspector coroner
    """.split()
)

# Head nouns of phrases that describe a person ("an advisor to the IRGC", "a commander in ...")
PERSON_ROLE_NOUNS = frozenset(
    """
    advisor adviser spokesperson spokesman spokeswoman minister commander analyst official
    coordinator director chief head leader president secretary general officer member
    lawmaker senator representative ambassador envoy diplomat correspondent reporter
    journalist editor researcher professor expert fellow scholar economist strategist lawyer
    attorney judge prosecutor mayor governor chairman chairwoman chair ceo founder executive
    manager deputy aide activist witness resident doctor surgeon nurse cleric imam priest
    colonel captain soldier fighter militant author writer columnist commentator candidate
    negotiator mediator investigator inspector commissioner administrator director-general
    vice-president premier monarch king queen prince emir sheikh student teacher worker
    farmer engineer scientist physician pilot veteran survivor victim mother father son
    daughter wife husband brother sister owner partner consultant specialist historian
    politician legislator parliamentarian mp deputy-head spokesperson-general nominee delegate
    graduate surrogate assemblyman assemblywoman assemblymember councilman councilwoman
    councilmember alderman alderwoman treasurer comptroller superintendent sheriff chancellor
    coroner examiner auditor clerk registrar dean principal provost
    """.split()
)

# "promised voters to cut taxes": the few verbs whose subject, not their object, does the infinitive
SUBJECT_CONTROL_VERBS = frozenset({"promise", "vow", "pledge", "threaten"})

# Plural nouns that make a collective speaker ("Iranian officials", "opposition forces")
GROUP_HEADS = frozenset(
    """
    officials rebels forces media sources analysts residents witnesses protesters militants
    fighters authorities diplomats lawmakers activists experts observers leaders troops police
    critics supporters opponents people commanders ministers officers spokesmen groups
    government governments insurgents soldiers villagers doctors investigators prosecutors
    negotiators mediators organisers organizers campaigners researchers scientists economists
    journalists reporters agencies allies sides parties powers nations countries
    """.split()
)

# Singular nouns for a body of people that speaks as one ("the campaign said", "the crowd chanted")
COLLECTIVE_NOUNS = frozenset("campaign team crowd audience family staff board panel jury public".split())

# Last words of organisation names ("Quds Force", "Islamic Revolutionary Guard Corps")
ORG_HEADS = frozenset(
    """
    force forces corps guard guards army brigade brigades ministry department agency council
    committee commission party front movement organization organisation group association
    union federation institute university college bank company corporation corp inc ltd llc
    network news times post journal herald tribune gazette press daily radio tv television
    broadcasting foundation fund authority office bureau service services police navy militia
    battalion battalions regiment division parliament assembly senate congress court club
    alliance coalition league society center centre hospital school church brotherhood
    secretariat cabinet government administration agency reuters
    """.split()
)

# Descriptors that say a name is a news outlet ("The Kayhan newspaper", "X, a news website")
OUTLET_NOUNS = frozenset(
    """
    newspaper daily paper tabloid magazine weekly website site outlet broadcaster channel
    television tv radio agency wire blog portal
    """.split()
)

# Descriptors that say a name is an organisation ("the militant group X", "the X brigade")
ORG_DESCRIPTORS = OUTLET_NOUNS | frozenset(
    """
    group militia brigade movement faction party organisation organization network coalition
    alliance force army company firm bank ministry agency union council committee
    """.split()
)

# Heads that turn a place name into a region ("Aleppo province")
REGION_HEADS = frozenset(
    """
    province governorate region district county prefecture oblast canton municipality state
    """.split()
)

# possessives too: "his promise to ...", "their hope that ..." have a holder to resolve
PRONOUNS_PERSON = frozenset({"he", "she", "him", "her", "his", "hers"})
PRONOUNS_THING = frozenset({"it", "its"})
PRONOUNS_PLURAL = frozenset({"they", "them", "their"})

LOCATIVE_PREPOSITIONS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "to", "from", "into", "toward", "towards"})


@lru_cache(maxsize=None)
def census_name_shares(table: str) -> dict[str, float]:
    """A US Census 1990 name table of the ``names`` package ("dist.female.first",
    "dist.male.first", "dist.all.last"): each name in lower case -> the percent of people bearing it."""
    shares: dict[str, float] = {}
    for line in (resources.files("names") / table).read_text(encoding="ascii").splitlines():
        fields = line.split()
        if len(fields) >= 2:
            shares[fields[0].lower()] = float(fields[1])
    return shares


@lru_cache(maxsize=1)
def census_first_names() -> frozenset[str]:
    """Every first name in the US Census 1990 tables (lower case): "ann", "paul", "trayvon"."""
    return frozenset(census_name_shares("dist.female.first")) | frozenset(census_name_shares("dist.male.first"))
