"""Word lists the attribution rules rely on.

Kept apart from the rules so that widening a list (a new cue verb, a new
outlet) is a one-line change that the tests and the evaluation then measure.
"""

# Verbs that report a statement only when a clause follows them ("the judge
# determined Manafort had lied", "scientists found that …", "they found it to
# span …"), not with a plain object ("police found a body", "determined to").
CLAUSE_ONLY_VERBS = frozenset(
    [
        "found",
        "finds",
        "find",
        # "continues to promise that reform will come", not "Lee's promise to
        # review the laws" (a noun) nor "promise to fix the road".
        "promise",
        "vow",
        "determined",
        "determines",
        "determine",
        "ruled",
        "rules",
        "rule",
        "believes",
        "believe",
        "believed",
        # Verbs of saying that need their clause: "underscored that …",
        # "speculated that …", "expects the talks will …".
        "underscored",
        "underscores",
        "underlined",
        "underlines",
        "speculated",
        "speculates",
        "forecasted",
        "expects",
        # Rarer verbs of saying, each before its clause: "Webb opined that …",
        # "she confided that …", "he swore he had not …".
        "opined",
        "opines",
        "theorized",
        "theorised",
        "hypothesized",
        "posited",
        "surmised",
        "reasoned",
        "averred",
        "avowed",
        "attested",
        "confessed",
        "confided",
        "divulged",
        "intimated",
        "professed",
        "recounted",
        "retorted",
        "swore",
        "volunteered",
        # "observed Tyndall's positioning", "recognized 58 individuals",
        # "explain their situation": a thing for object says nothing.
        "observed",
        "observes",
        "observe",
        "recognized",
        "recognizes",
        "recognised",
        "explain",
        "think",
        "thinks",
        "estimated",
        "estimates",
        "estimate",
        "concluded",
        "concludes",
        "conclude",
        "suspect",
        "suspects",
        "suspected",
        "show",
        "shows",
        "showed",
        "suggest",
        "suggests",
        "suggested",
        "thought",
        "continue",
        "continues",
        "added",
        "adds",
        "discover",
        "discovers",
        "discovered",
        # A pledge with a content clause asserts it ("vowed Washington will
        # continue to press …"); with an infinitive it is an act ("vowed to").
        "vowed",
        "vows",
        # "Mugabe is vowing that the opposition will never rule".
        "vowing",
        # "bemoaned that …", "implied that …", "ventured that …", "relayed
        # that …", "mused that …": with a clause only ("relayed the message").
        "bemoaned",
        "implied",
        "ventured",
        "relayed",
        "mused",
        "promised",
        "promises",
        # A warning with a content clause ("cautioned that officials still
        # predict …"); "cautioned against" or "cautioned investors" is a call.
        "cautioned",
        "cautions",
        "caution",
        # How it was said, before a clause: "Putin joked that he confused …",
        # "Navalny bellowed through loudspeakers that …" (not chants: "shouted
        # “Syria out!”" is annotated as a scene, not a statement).
        "joked",
        "jokes",
        "quipped",
        "quips",
        "bellowed",
        "exclaimed",
        "boasted",
        "boasts",
        "lamented",
        "laments",
        "calculated",
        # A belief before its clause ("Western observers assumed Jordan would
        # remain unaffected"), not "assumed office", "assumed the risk".
        "assumed",
        "assumes",
        "reckoned",
        "reckons",
        # "the President made it very clear that one of his top priorities
        # was …": a statement before a clause only ("made clear his anger").
        "made clear",
        "makes clear",
        "made it clear",
        "makes it clear",
        "made it very clear",
        "made it quite clear",
        "made very clear",
    ]
)

# Subjects whose "found"/"shows" with a plain object still states a finding:
# "A new study has found evidence of …", "The study found the PulseOn to be …".
RESEARCH_NOUNS = frozenset(
    ["study", "studies", "report", "reports", "survey", "surveys", "research"]
    + ["researchers", "scientists", "analysis", "review", "paper", "poll"]
    + ["experiment", "trial", "findings", "investigation", "audit", "census"]
    # "after tests showed it was safe": what was measured shows.
    + ["tests", "experiments", "measurements"]
)

# Stances taken on a claim, a result or an appeal are statements of their own
# (guidelines, "Calls settled with the eighth set"): reporting verbs whose
# object is the statement.
STANCE_VERBS = frozenset(
    [
        "blamed",
        "blames",
        "hailed",
        "hails",
        "praised",
        "praises",
        "proclaimed",
        "proclaims",
        "rejected",
        "rejects",
        "disputed",
        "disputes",
        "dismissed",
        "dismisses",
        "condemned",
        "condemns",
        "downplayed",
        "downplays",
        "applauded",
        "applauds",
        # "Tadic denounced the declaration as illegal": a condemnation.
        "denounced",
        "denounces",
        # "The released documents refute the effectiveness of the program".
        "refuted",
        "refutes",
        "refute",
        # Plural subjects take the base form: "experts blame illegal loggers",
        # "the rebels accuse Saudi Arabia of …".
        "blame",
        "praise",
        "hail",
        "reject",
        "dispute",
        "dismiss",
        "condemn",
        "denounce",
        # "The deputy mayor has defended the city's decision …": a stance.
        "defended",
        "defends",
        # "Venezuelan officials are blasting Spain's king", "slammed the plan".
        "blasting",
        "slammed",
        "slams",
        "slamming",
        # "the Mexican leader criticized U.S. plans to build …", "The President
        # commended the coach on …": a judgement passed on what is named.
        "criticized",
        "criticised",
        "criticizes",
        "criticises",
        "criticize",
        "criticise",
        "commended",
        "commends",
        "commend",
        # "Maliki lashed out at media organizations for allegedly distorting
        # the truth", "hit out at the plan": an attack in words on what is
        # named.
        "lashed out at",
        "lashes out at",
        "lashing out at",
        "hit out at",
        "hits out at",
        # "The official discounted concerns that …": a claim taken up and
        # rejected.
        "discounted",
        "discounts",
    ]
)

# Owning up, as "claimed responsibility" does: "personally took responsibility
# for the loss", "has taken full responsibility for" (a verb of speech, and a
# statement that is its object).
TAKING_RESPONSIBILITY = [
    f"{verb} {full}responsibility"
    for verb in ("took", "takes", "taken")
    for full in ("", "full ")
]

# Charges, doubts, restatements, owning up and evidence pointed to: verbs of
# speech whose object may itself be the statement (in both lists below).
CHARGING_VERBS = [
    "accused",
    "accuses",
    "accuse",
    "questioned",
    "questions",
    "reiterated",
    "reiterates",
    *TAKING_RESPONSIBILITY,  # owning up
    # Evidence offered for a claim: "He points to inconsistencies in the
    # count", "Rainsy pointed to parallels between …".
    "pointed to",
    "points to",
]

# Verbs that introduce what a source says. Present and past forms are listed
# separately because the rules match words, not lemmas.
SPEECH_VERBS = frozenset(
    [
        # Stances on a claim, a result or an appeal (below).
        *STANCE_VERBS,
        *CHARGING_VERBS,
        "recognized",
        "recognised",
        "recognizes",
        "recognises",
        "highlighted",
        "highlights",
        "alleged",
        "cited",
        "cites",
        "said",
        "says",
        "say",
        "told",
        "tells",
        "tell",
        "stated",
        "states",
        "added",
        "adds",
        "explained",
        "explains",
        "confirmed",
        "confirms",
        "announced",
        "announces",
        "claimed",
        "claims",
        "reported",
        "reports",
        "wrote",
        "writes",
        # "Ann Lee tweeted that …", "…, she tweeted.": written on Twitter.
        "tweeted",
        "tweets",
        "noted",
        "notes",
        "warned",
        "warns",
        "argued",
        "argues",
        "insisted",
        "insists",
        "denied",
        "denies",
        "admitted",
        "admits",
        "acknowledged",
        "acknowledges",
        "revealed",
        "reveals",
        "asserted",
        "asserts",
        "alleged",
        "alleges",
        "predicted",
        "predicts",
        # The base form after "continues to", "will", "did not": "the president
        # continues to promise that reform will come", "vow that …".
        "promise",
        "vow",
        "contend",
        "commented",
        "comments",
        "replied",
        "replies",
        "suggested",
        "suggests",
        "stressed",
        "stresses",
        "emphasised",
        "emphasized",
        "emphasises",
        "emphasizes",
        "maintained",
        "maintains",
        "contended",
        "contends",
        "disclosed",
        "discloses",
        "indicated",
        "indicates",
        "recalled",
        "recalls",
        "explained",
        "continued",
        "continues",
        "declared",
        "declares",
        # Plural and base forms ("officials add", "experts warn"); after "to",
        # a modal or "did" they are not reports (see the rules).
        "add",
        "note",
        "explain",
        "claim",
        "argue",
        "warn",
        "insist",
        "deny",
        "predict",
        "suggest",
        "write",
        "announce",
        "confirm",
        "acknowledge",
        "admit",
        "allege",
        "assert",
        "declare",
        "indicate",
        "maintain",
        "reveal",
        "stress",
        "emphasise",
        "emphasize",
        "report",
        "comment",
        "reply",
        "clarified",
        "clarifies",
        "clarify",
        "testified",
        "testifies",
        "testify",
        "reminded",
        "reminds",
        "assured",
        "assures",
        "informed",
        "informs",
        "certified",
        "certifies",
        "believed",
        "conceded",
        "concedes",
        "concede",
        "complained",
        "complains",
        "complain",
        "countered",
        "counters",
        "observed",
        "observes",
        "remarked",
        "remarks",
        "affirmed",
        "affirms",
        "reaffirmed",
        "reaffirms",
        "pointed out",
        "points out",
        "point out",
        # "Roh played down the prospect of a confrontation": "downplayed".
        "played down",
        "plays down",
        # Findings and rulings: statements only before a clause (see below).
        *CLAUSE_ONLY_VERBS,
    ]
)

# Without "that", these take an object that is itself the statement ("X
# announced the withdrawal"): the whole sentence is the claim.
OBJECT_STATEMENT_VERBS = frozenset(
    [
        *STANCE_VERBS,
        # Their progressive forms follow "is"/"are" ("is rejecting results").
        "rejecting",
        "disputing",
        "dismissing",
        "condemning",
        "denying",
        "accusing",
        *CHARGING_VERBS,
        "highlighted",
        "highlights",
        "cited",
        "cites",
        "announced",
        "announces",
        "confirmed",
        "confirms",
        "denied",
        "denies",
        "revealed",
        "reveals",
        "admitted",
        "admits",
        "acknowledged",
        "acknowledges",
        "disclosed",
        "discloses",
        "declared",
        "declares",
        "reported",
        "reports",
        "testified",
        # A commission's ruling on a result: "the commission certified
        # Yanukovych as the winner" (a court that "upheld a ban" acts).
        "certified",
        "certifies",
    ]
)

# Verbs whose object is the listener ("X told Y that ..."), where Y may be the
# outlet relaying the statement.
LISTENER_VERBS = frozenset(
    ["told", "tells", "tell"]
    # "he reminded Mr. Chavez that …", "assured reporters that …",
    # "informed the federation that …" (a passive, "was informed that …",
    # names the listener, as "was told" does).
    + ["reminded", "reminds", "assured", "assures", "informed", "informs"]
    # "warned him that he would …", "warns investors that …": a warning's
    # listener, then what was said.
    + ["warned", "warns"]
)

# Heads of noun phrases that describe an unnamed source.
ANONYMOUS_HEADS = frozenset(
    [
        "speakers",
        "reports",
        "source",
        "sources",
        "insider",
        "insiders",
        "official",
        "officials",
        "contact",
        "contacts",
        "person",
        "people",
        "witness",
        "witnesses",
        "aide",
        "aides",
        "diplomat",
        "diplomats",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "resident",
        "residents",
        "observer",
        "observers",
        "employee",
        "employees",
        "someone",
        "member",
        "members",
        "staffer",
        "staffers",
        "analyst",
        "analysts",
        "expert",
        "experts",
        "investigator",
        "investigators",
        "officer",
        "officers",
        "authorities",
        "neighbour",
        "neighbours",
        "neighbor",
        "neighbors",
        "relative",
        "relatives",
        "friend",
        "friends",
    ]
)

# Nouns naming a role, for "the general", "the minister" coreference.
ROLE_NOUNS = frozenset(
    [
        # "U-N mediator Ann Lee … The mediator says": a go-between's office.
        "mediator",
        "envoy",
        "negotiator",
        "general",
        "minister",
        "president",
        "chancellor",
        "secretary",
        "commander",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "governor",
        "mayor",
        "senator",
        "ambassador",
        "director",
        "chief",
        "chairman",
        "chairwoman",
        "judge",
        "prosecutor",
        "attorney",
        "officer",
        "detective",
        "inspector",
        "sheriff",
        "commissioner",
        "premier",
        "king",
        "queen",
        "prince",
        "pope",
        "chief",
        "executive",
        "ceo",
        "coach",
        "manager",
        "leader",
        "head",
        "colonel",
        "captain",
        "admiral",
        # "“…,” the lieutenant said." after "1st Lt. Jane Roe": a rank.
        "lieutenant",
        "sergeant",
        "professor",
        "lecturer",
        "doctor",
        "candidate",
        "challenger",
        "incumbent",
    ]
)

# Offices that stand before a name both as title words (below) and as the
# engine's titles that are never part of a name: "Deputy Director Ann Lee",
# "Spokeswoman Jo Roe", "Detective Inspector Tom Hale".
OFFICE_TITLES = ("commander", "chief", "director", "deputy", "assistant", "attorney")
ENVOY_AND_CHAIR_TITLES = (
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "ambassador",
    "chancellor",
    "chairman",
    "chairwoman",
)
# Offices that stand between an institution's words and a holder's name:
# "Senate Majority Leader Harry Reid", "House Speaker Nancy Pelosi", "U.N.
# Special Envoy Ann Lee", "Senate Majority Whip Dick Durbin".
LEGISLATIVE_AND_ADVISORY_TITLES = (
    "leader",
    "speaker",
    "whip",
    "envoy",
    "prosecutor",
    "coordinator",
    "adviser",
    "advisor",
    "counselor",
    "counsellor",
    "treasurer",
    "comptroller",
    "auditor",
    "delegate",
    "councilman",
    "councilwoman",
    "councillor",
    "councilor",
    "alderman",
    "congressman",
    "congresswoman",
    "assemblyman",
    "assemblywoman",
    "legislator",
    "lawmaker",
    "provost",
)
POLICE_TITLES = (
    "detective",
    "inspector",
    "superintendent",
    "constable",
    "sheriff",
    "commissioner",
)

# Words that may precede a person's name as a title or description and are not
# part of the name: "Russian Defense Minister Sergey Shoigu".
TITLE_WORDS = frozenset(
    [
        # "Supervisory Special Agent Brett Hovington": a grade before the title.
        "supervisory",
        # "Ranking Member Sam Graves": a committee's senior minority member.
        "ranking",
        # "Sgt. 1st Class Ann Roe", "Petty Officer 2nd Class Tom Hale", "Airman
        # 1st Class …", "Master Chief Petty Officer …", "Ens. Ann Roe",
        # "Sailor Ann Roe": the grade's last words before the name.
        "class",
        "petty",
        "officer",
        "ens",
        "ens.",
        "sailor",
        # "Officer Trainee Joseph Roe", "Cadet Ann Lee", "Midshipman Tom Roe".
        "trainee",
        "cadet",
        "midshipman",
        "ensign",
        "principal",
        "associate",
        # "VOA Correspondent Ann Lee": a reporter's post, set in capitals.
        "correspondent",
        "doctor",
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "general",
        "gen.",
        "gen",
        "lieutenant",
        "lt.",
        "lt",
        "ltcol.",
        "ltgen.",
        "majgen.",
        "bgen.",
        "cdr.",
        "lcdr.",
        "ssgt.",
        "gysgt.",
        "msgt.",
        "lcpl.",
        "sgtmaj.",
        # the same without their full stops ("LtCol Troy Roesti")
        "ltcol",
        "ltgen",
        "majgen",
        "bgen",
        "cdr",
        "lcdr",
        "ssgt",
        "gysgt",
        "msgt",
        "lcpl",
        "sgtmaj",
        "colonel",
        "col.",
        "col",
        "major",
        "maj.",
        "captain",
        "capt.",
        "sergeant",
        "sgt.",
        # Enlisted ranks: "Airman Tom Hale", "Cpl. Ann Lee".
        "airman",
        "corporal",
        "cpl.",
        "pvt.",
        "pfc.",
        "spc.",
        "seaman",
        "admiral",
        "adm.",
        *OFFICE_TITLES,
        "u.s.",
        "us",
        "senator",
        "sen.",
        "rep.",
        "representative",
        "governor",
        "gov.",
        "mayor",
        "judge",
        "justice",
        "dr.",
        "dr",
        "professor",
        "prof.",
        "mr.",
        "mrs.",
        "ms.",
        "mister",
        "mizz",
        "mr",
        "mrs",
        "ms",
        "sir",
        "dame",
        "lord",
        "king",
        "sheikh",
        "emir",
        "sultan",
        "queen",
        "prince",
        "princess",
        "pope",
        "bishop",
        "archbishop",
        "rev.",
        "reverend",
        "father",
        *ENVOY_AND_CHAIR_TITLES,
        "chair",
        "ceo",
        "executive",
        "officer",
        *POLICE_TITLES,
        "defense",
        "defence",
        "foreign",
        "interior",
        "finance",
        "economy",
        "trade",
        "education",
        "state",
        "home",
        "senior",
        "former",
        "acting",
        "head",
        "leader",
        "coach",
        "manager",
        "army",
        "navy",
        "police",
        "federal",
        "national",
        "regional",
        "district",
        "special",
        "agent",
        "charge",
        "in",
        "of",
        "the",
        "and",
        "premier",
        "first",
        "lady",
        "minority",
        "majority",
        "whip",
        "member",
        "mp",
        "supreme",
        "court",
        "chief-executive",
        "opposition",
        "labor",
        "labour",
    ]
)

NATIONALITIES = frozenset(
    [
        "russian",
        "ukrainian",
        "american",
        "british",
        "chinese",
        "french",
        "german",
        "israeli",
        "palestinian",
        "iranian",
        "iraqi",
        "syrian",
        "turkish",
        "indian",
        "pakistani",
        "afghan",
        "japanese",
        "korean",
        "australian",
        "canadian",
        "mexican",
        "brazilian",
        "spanish",
        "italian",
        "polish",
        "dutch",
        "belgian",
        "swedish",
        "norwegian",
        "finnish",
        "danish",
        "irish",
        "scottish",
        "welsh",
        "english",
        "european",
        "african",
        "nigerian",
        "kenyan",
        "egyptian",
        "saudi",
        "greek",
        "portuguese",
        "latvian",
        "lithuanian",
        "estonian",
        "belarusian",
        "georgian",
        "armenian",
        "venezuelan",
        "colombian",
        "argentine",
        "chilean",
        "peruvian",
        "cuban",
        "filipino",
        "indonesian",
        "malaysian",
        "thai",
        "vietnamese",
        "zealand",
        "taiwanese",
        "libyan",
        "lebanese",
        "jordanian",
        "yemeni",
        "sudanese",
        "somali",
        "ethiopian",
        "ghanaian",
        "zimbabwean",
    ]
)

# Words marking an organisation's name, and among them a government body's.
GOVERNMENT_WORDS = frozenset(
    [
        "ministry",
        "department",
        "government",
        "police",
        "army",
        "forces",
        "force",
        "kremlin",
        "council",
        "commission",
        "agency",
        "office",
        "court",
        "parliament",
        "senate",
        "congress",
        "administration",
        "bureau",
        "navy",
        "embassy",
        "pentagon",
        "fbi",
        "cia",
        "nasa",
        "authority",
        "authorities",
        "guard",
        "military",
        "cabinet",
        "presidency",
        "duma",
        "state-department",
        "prosecutors",
        "prosecutor's",
    ]
)
ORGANISATION_WORDS = GOVERNMENT_WORDS | frozenset(
    [
        # "the FBI’s Community Outreach Unit", "the Violent Crimes Division".
        "unit",
        # "Indonesia’s Directorate of Vulcanology".
        "directorate",
        "division",
        "branch",
        "battalion",
        "university",
        "company",
        "corporation",
        "corp.",
        "corp",
        "llc",
        "plc",
        "gmbh",
        "inc.",
        "inc",
        # "Amnesty International", "Transparency International", "Human
        # Rights Watch": bodies whose names end on no other such word.
        "international",
        "watch",
        # "the Brookings Institution", "the Nature Conservancy", "the General
        # Assembly", "the Marine Corps", "the 4th Fighter Squadron".
        "institution",
        "institutions",
        "conservancy",
        "partnership",
        "consortium",
        "library",
        "zoo",
        "endowment",
        "assembly",
        "tribunal",
        "consulate",
        "secretariat",
        "confederation",
        "syndicate",
        "cooperative",
        "caucus",
        "guild",
        "seminary",
        "diocese",
        "archdiocese",
        "corps",
        "regiment",
        "squadron",
        "airline",
        "railway",
        "railways",
        "ltd.",
        "ltd",
        "party",
        "bank",
        "organization",
        "organisation",
        "union",
        "association",
        "federation",
        "institute",
        "board",
        "coalition",
        "foundation",
        "group",
        "center",
        "centre",
        # "Centers for Disease Control and Prevention", "Centres for …".
        "centers",
        "centres",
        "hospital",
        "school",
        "club",
        "league",
        "committee",
        "network",
        "nato",
        "un",
        "eu",
        "who",
        "unicef",
        "red",
        "cross",
        "society",
        "trust",
        "fund",
        "service",
        "services",
        "program",
        "programme",
        "nations",
        "survey",
        "agency",
        "commission",
        "administration",
        # Events and institutions that are never a person's name.
        "chamber",
        "commerce",
        "democrats",
        "republicans",
        "conservatives",
        "liberals",
        "team",
        "squad",
        "cemetery",
        "conference",
        "summit",
        "forum",
        "congress",
        "journal",
        "museum",
        "academy",
        "college",
        "laboratory",
        "laboratories",
        "observatory",
        "alliance",
        "movement",
        # "the Muslim Brotherhood", "the Brotherhood of Locomotive Engineers":
        # a body of members, never a person's name.
        "brotherhood",
        "church",
        "airlines",
        "airport",
        "initiative",
        "project",
        "festival",
        "championship",
        "olympics",
        "cup",
        "games",
        "magazine",
        "clinic",
        "studio",
        "studios",
        "systems",
        "technologies",
        "pharmaceuticals",
        "council",
        "department",
        "ministry",
        # Public lands and their keepers: "National Wildlife Refuge", "Fish
        # Hatchery", "Marine Sanctuary".
        "refuge",
        "refuges",
        "wildlife",
        "sanctuary",
        "hatchery",
        # Armed groups: "the Al-Aqsa Martyrs Brigades", a militia.
        "brigade",
        "brigades",
        "militia",
    ]
)

# Outlets named often enough in news copy to be recognised without context.
KNOWN_OUTLETS = frozenset(
    """
    reuters|ap|associated press|afp|agence france-presse|bbc|bbc news|cnn|meduza|
    interfax|tass|ria novosti|al jazeera|the new york times|new york times|
    the guardian|the washington post|washington post|bloomberg|npr|fox news|
    sky news|abc|abc news|cbs|cbs news|nbc|nbc news|the times|le monde|der spiegel|
    xinhua|kyodo|yonhap|the telegraph|the independent|politico|axios|usa today|
    the wall street journal|wall street journal|wikinews|the associated press|
    kyiv independent|the moscow times|novaya gazeta|rbc|kommersant|izvestia|
    msnbc|cnbc|pbs|french news agency|the french news agency|agence france presse|
    al-jazeera|aljazeera|
    radio free europe/radio liberty|radio free europe|rfe/rl|radio liberty|
    radio free asia|dpa|efe|ansa|anadolu|anadolu agency|irna|press trust of india|
    the kyiv independent|ukrinform|kyodo news|yonhap news agency|france 24|
    deutsche welle|
    financial times|the financial times|los angeles times|
    the los angeles times|chicago tribune|the chicago tribune|the boston globe|
    boston globe|newsweek|the new yorker|huffpost|the huffington post|daily mail|
    the daily mail|the daily telegraph|times of india|
    the times of india|hindustan times|the hindustan times|the express tribune|
    geo news|al arabiya|haaretz|the jerusalem post|jerusalem post|
    the times of israel|times of israel|asharq al-awsat|gulf news|
    south china morning post|the south china morning post|global times|
    china daily|people's daily|cctv|cgtn|nhk|asahi shimbun|the asahi shimbun|
    yomiuri shimbun|the yomiuri shimbun|mainichi shimbun|nikkei|nikkei asia|
    the japan times|korea herald|the korea herald|joongang daily|chosun ilbo|
    the straits times|straits times|the sydney morning herald|
    sydney morning herald|the globe and mail|globe and mail|cbc|cbc news|
    toronto star|the toronto star|el país|el pais|el mundo|la repubblica|
    corriere della sera|le figaro|die welt|
    süddeutsche zeitung|suddeutsche zeitung|frankfurter allgemeine zeitung|bild|
    the irish times|irish times|rte|euronews|sputnik|itar-tass|
    ukrainska pravda|vedomosti|daily nation|mail & guardian|
    news24|premium times|channels television|o globo|folha de s.paulo|
    folha de sao paulo|clarín|clarin|la nación|el universal|telesur|
    roll call|propublica|the intercept|the daily beast|espn|
    the hollywood reporter|rolling stone|tmz|bernama|antara|vietnam news agency|
    kcna|korean central news agency|sabc|news agency of nigeria
    """.replace("\n", "").split("|")
)
KNOWN_OUTLETS = frozenset(name.strip() for name in KNOWN_OUTLETS)

# Nouns that, just before a name, say the name is an outlet ("the newspaper Meduza").
OUTLET_DESCRIPTORS = frozenset(
    [
        "newspaper",
        "outlet",
        "agency",
        "broadcaster",
        "magazine",
        "channel",
        "website",
        "daily",
        "tabloid",
        "network",
        "paper",
        "radio",
        "station",
        "publication",
        "weekly",
    ]
)

DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "another",
        "this",
        "that",
        "these",
        "those",
        "some",
        "several",
        "many",
        "numerous",
        "various",
        "multiple",
        "other",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "both",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "your",
    ]
)

PRONOUNS = {"he": "person", "she": "person", "they": None, "it": None}

# Sentence-initial words that are not part of the subject.
LEADING_FILLERS = frozenset(
    [
        "but",
        "and",
        "however",
        "meanwhile",
        "now",
        "also",
        "yet",
        "so",
        "still",
        "then",
        "later",
        "earlier",
        "further",
        "moreover",
        "additionally",
        "instead",
        "indeed",
        "separately",
        "previously",
    ]
)

ABBREVIATIONS = frozenset(
    [
        "spc",
        "cpl",
        "pfc",
        "pvt",
        "brig",
        "sgts",
        "cmdt",
        "ens",  # "Ens. Ann Lee": an ensign
        # The Navy's and the Marine Corps' own spellings: "Cdr. Rosemarie
        # Tan", "LtCol. Troy Roesti", "SSgt. Ann Lee", "MajGen. Tom Hale".
        "cdr",
        "lcdr",
        "ltcol",
        "ltgen",
        "majgen",
        "bgen",
        "ssgt",
        "gysgt",
        "msgt",
        "lcpl",
        "sgtmaj",
        "j.g",  # "Lt. j.g. Ann Lee": lieutenant, junior grade
        # Military units: "3rd Bn., 12th Marines", "2nd Bde., 1st Cav. Div."
        "bn",
        "bde",
        "regt",
        # "Company B, 1st Bn., 5th Inf. Regt.", "1st Cav. Div.", "3rd Sqdn.".
        "inf",
        "div",
        "cav",
        "sqdn",
        "bty",
        "avn",
        "plt",
        "engr",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "gov",
        "sen",
        "rep",
        "st",
        "jr",
        "sr",
        "inc",
        "co",
        "corp",
        "ltd",
        "no",
        "vs",
        "etc",
        "u.s",
        "u.k",
        "u.n",
        "a.m",
        "p.m",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "prof",
        "rev",
        "mt",
        "ft",
        "maj",
        "adm",
        # "Tech. Sgt. Ann Berry": the Air Force's technical sergeant.
        "tech",
        "cmdr",
        "supt",
        "insp",
        "det",
        "e.g",
        "i.e",
        "approx",
        "dept",
        # A bill's number: "H.R. 43", "H.J. Res. 105", "S. Res. 12".
        "h.r",
        "h.j",
        "res",
    ]
)

# Participles that attribute a statement to the subject of their clause
# ("…, saying that …", "spoke to CCTV, saying “…”").
PARTICIPLES = frozenset(
    [
        "saying",
        # "downgraded the outlook, citing “the likelihood of …”": its reason, said.
        "citing",
        "stating",
        "adding",
        "claiming",
        "noting",
        "explaining",
        "warning",
        "arguing",
        "insisting",
        "stressing",
        "asserting",
        "emphasising",
        "emphasizing",
        # "…, confirming that they were responsible", "…, predicting a
        # recovery by June" (not "alleging", a document's: "a complaint …,
        # alleging"; nor "maintaining output").
        "confirming",
        "predicting",
        "admitting",
        "contending",
    ]
)
# Verbs that introduce a quotation but, without one, no statement:
# "what an officer described as “…”" but not "police described what happened".
QUOTE_ONLY_VERBS = frozenset(
    ["described", "describes", "calling", "called", "issued", "released"]
    # "X spoke about the relationship. “…”": the quotation is what was said.
    + ["spoke", "speaks"]
)

# Family names written first ("Kim Jong Un", "Xi Jinping"): a later mention by
# this name alone is the person introduced with it.
FAMILY_NAME_FIRST = frozenset(
    ["kim", "lee", "park", "choi", "moon", "yoon", "chung", "xi", "li", "wang"]
    + ["zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "hu", "wen"]
    + ["hun", "abe", "kishida", "suga"]
)

# Places whose names look like a person's (two capitalised words): never a
# person, whether the whole name or its last word ("South Korea", "Sierra Leone").
PLACES = frozenset(
    [
        "afghanistan",
        "africa",
        "albania",
        "algeria",
        "america",
        "americas",
        "angeles",
        "angola",
        "arabia",
        "argentina",
        "armenia",
        "asia",
        "aviv",
        "australia",
        "austria",
        "azerbaijan",
        "bahrain",
        "bangladesh",
        "belarus",
        "belgium",
        "benin",
        "bolivia",
        "bosnia",
        "botswana",
        "brazil",
        "bulgaria",
        "burundi",
        "cambodia",
        "cameroon",
        "canada",
        "carolina",
        "chad",
        "chile",
        "china",
        "colombia",
        "congo",
        "croatia",
        "cuba",
        "cyprus",
        "dakota",
        "delhi",
        "denmark",
        "djibouti",
        "ecuador",
        "egypt",
        "england",
        "eritrea",
        "estonia",
        "ethiopia",
        "europe",
        "faso",
        "finland",
        "france",
        "gabon",
        "gambia",
        "gaza",
        "georgia",
        "germany",
        "ghana",
        "greece",
        "guatemala",
        "guinea",
        "haiti",
        "herzegovina",
        "honduras",
        "hungary",
        "india",
        "indonesia",
        "iran",
        "iraq",
        "ireland",
        "israel",
        "italy",
        "jamaica",
        "japan",
        "jersey",
        "jordan",
        "kazakhstan",
        "kenya",
        "kong",
        "korea",
        "kosovo",
        "kuwait",
        "kyrgyzstan",
        "laos",
        "latvia",
        "lanka",
        "lebanon",
        "leone",
        "lesotho",
        "liberia",
        "libya",
        "lithuania",
        "lumpur",
        "madagascar",
        "malawi",
        "malaysia",
        "mali",
        "mauritania",
        "mexico",
        "moldova",
        "mongolia",
        "montenegro",
        "morocco",
        "mozambique",
        "myanmar",
        "namibia",
        "nepal",
        "netherlands",
        "nicaragua",
        "niger",
        "nigeria",
        "norway",
        "oman",
        "pakistan",
        "palestine",
        "panama",
        "paraguay",
        "peru",
        "philippines",
        "poland",
        "portugal",
        "qatar",
        "rica",
        "rico",
        "romania",
        "russia",
        "rwanda",
        "salvador",
        "scotland",
        "senegal",
        "serbia",
        "singapore",
        "slovakia",
        "slovenia",
        "somalia",
        "spain",
        "sudan",
        "sweden",
        "switzerland",
        "syria",
        "taiwan",
        "tajikistan",
        "tanzania",
        "thailand",
        "timor",
        "togo",
        "tunisia",
        "turkey",
        "turkmenistan",
        "uganda",
        "ukraine",
        "uruguay",
        "uzbekistan",
        "venezuela",
        "vietnam",
        "wales",
        "yemen",
        "zambia",
        "zealand",
        "zimbabwe",
        "york",
        "francisco",
        "aires",
        "dhabi",
        "islands",
        "coast",
        "strip",
        "sahara",
        "caribbean",
        "pacific",
        "atlantic",
        "sea",
        "ocean",
        "gulf",
        "river",
        "lake",
        "mountains",
        "valley",
        "bay",
        "house",
        "east",
        "west",
        "kingdom",
        "states",
        "emirates",
        "washington",
        "london",
        "paris",
        "moscow",
        "beijing",
        "tokyo",
        "kyiv",
        "kiev",
        "baghdad",
        "kabul",
        "islamabad",
        "jerusalem",
        "cairo",
        "nairobi",
        "lagos",
        "seoul",
    ]
)

# The states' newsroom abbreviations before their full stop ("Del.", "Calif.",
# "Pa."), in this order in patterns that try them one after another.
STATE_ABBREVIATIONS = (
    *("ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill"),
    *("ind", "kan", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont"),
    *("neb", "nev", "okla", "ore", "pa", "tenn", "tex", "vt", "va", "wash", "wis"),
    "wyo",
)

# A state after a city ("Atlanta, Georgia", "Washington, D.C."): a place.
US_STATES = frozenset(
    [
        "alabama",
        "alaska",
        "arizona",
        "arkansas",
        "california",
        "colorado",
        "connecticut",
        "delaware",
        "florida",
        "georgia",
        "hawaii",
        "idaho",
        "illinois",
        "indiana",
        "iowa",
        "kansas",
        "kentucky",
        "louisiana",
        "maine",
        "maryland",
        "massachusetts",
        "michigan",
        "minnesota",
        "mississippi",
        "missouri",
        "montana",
        "nebraska",
        "nevada",
        "hampshire",
        "jersey",
        "mexico",
        "york",
        "carolina",
        "dakota",
        "ohio",
        "oklahoma",
        "oregon",
        "pennsylvania",
        "island",
        "tennessee",
        "texas",
        "utah",
        "vermont",
        "virginia",
        "washington",
        "wisconsin",
        "wyoming",
    ]
)

# What an office is "of": the portfolio in "Secretary of Homeland Security",
# "Minister of Foreign Affairs", "Secretary of Health and Human Services".
# Before a holder's name these words are the office's, never the name's.
PORTFOLIO_WORDS = frozenset(
    [
        "state",
        "homeland",
        "security",
        "foreign",
        "affairs",
        "home",
        "interior",
        "defense",
        "defence",
        "justice",
        "labor",
        "labour",
        "commerce",
        "energy",
        "education",
        "health",
        "human",
        "treasury",
        "agriculture",
        "transportation",
        "transport",
        "housing",
        "urban",
        "development",
        "veterans",
        "finance",
        "trade",
        "environment",
        "information",
        "culture",
        "tourism",
        "industry",
        "economy",
        "communications",
        "immigration",
        "welfare",
        "war",
        "public",
        "works",
        "planning",
        "budget",
        "management",
        "natural",
        "resources",
        "fisheries",
        "mines",
        "mining",
        "science",
        "technology",
        "research",
        "sport",
        "sports",
        "youth",
        "women",
        "family",
        "families",
        "social",
        "internal",
        "external",
        "relations",
        "national",
    ]
)

# One person, by what they are or do: "the emir said", "the researcher added",
# "the 35-year-old said". A general list of English nouns for people (the
# engine's other lists hold the ones some rule reads on its own terms).
PERSON_NOUNS = frozenset(
    # religion and rule
    ["emir", "monarch", "sheikh", "sultan", "imam", "cleric", "priest", "pastor"]
    + ["rabbi", "monk", "nun", "bishop", "archbishop", "cardinal", "chaplain"]
    + ["dictator", "strongman", "ruler", "regent", "crown"]
    # work and trade
    + ["shopkeeper", "businessman", "businesswoman", "entrepreneur", "trader"]
    + ["vendor", "merchant", "fisherman", "fisher", "miner", "farmer", "rancher"]
    + ["herder", "shepherd", "labourer", "laborer", "worker", "employee", "clerk"]
    + ["cashier", "chef", "cook", "waiter", "waitress", "baker", "butcher"]
    + ["mechanic", "electrician", "plumber", "carpenter", "builder", "welder"]
    + ["technician", "engineer", "architect", "designer", "programmer", "developer"]
    + ["driver", "pilot", "captain", "sailor", "skipper", "conductor", "guide"]
    + ["landlord", "tenant", "homeowner", "owner", "founder", "investor", "banker"]
    + ["operator", "organizer", "organiser", "supervisor", "foreman", "inspector"]
    + ["accountant", "broker", "consultant", "contractor", "economist", "analyst"]
    # knowledge and care
    + ["scientist", "researcher", "professor", "lecturer", "scholar", "historian"]
    + ["biologist", "chemist", "physicist", "geologist", "astronomer", "ecologist"]
    + ["epidemiologist", "virologist", "psychologist", "sociologist", "author"]
    + ["physician", "surgeon", "doctor", "dentist", "pharmacist", "nurse", "medic"]
    + ["paramedic", "midwife", "therapist", "veterinarian", "vet", "teacher"]
    + ["principal", "headmaster", "headmistress", "tutor", "student", "pupil"]
    + ["graduate", "undergraduate", "librarian", "curator", "archivist"]
    # law, order and arms
    + ["lawyer", "attorney", "solicitor", "barrister", "defendant", "plaintiff"]
    + ["suspect", "accused", "prisoner", "inmate", "detainee", "hostage", "captive"]
    + ["victim", "survivor", "witness", "eyewitness", "juror", "warden", "guard"]
    + ["ranger", "bystander", "onlooker", "mourner", "pilgrim", "worshipper"]
    + ["firefighter", "policeman", "policewoman", "trooper", "deputy", "agent"]
    + ["soldier", "sailor", "marine", "airman", "guardsman", "veteran", "recruit"]
    + ["rebel", "militant", "insurgent", "fighter", "guerrilla", "warlord"]
    + ["sniper", "gunman", "commander", "lieutenant", "sergeant", "corporal"]
    # public life
    + ["lawmaker", "legislator", "congressman", "congresswoman", "politician"]
    + ["candidate", "nominee", "incumbent", "diplomat", "envoy", "administrator"]
    + ["bureaucrat", "activist", "campaigner", "organizer", "organiser"]
    + ["volunteer", "protester", "demonstrator", "marcher", "voter", "resident"]
    + ["villager", "citizen", "migrant", "immigrant", "refugee", "asylum-seeker"]
    + ["athlete", "player", "runner", "swimmer", "boxer", "champion", "coach"]
    + ["artist", "actor", "actress", "singer", "musician", "writer", "poet"]
    + ["filmmaker", "director", "producer", "photographer", "blogger", "journalist"]
    # "The announcer says the test produced no radiation": a broadcast's voice.
    + ["announcer", "presenter", "newsreader", "commentator", "anchorman"]
    # age and family
    + ["teenager", "teen", "youngster", "child", "boy", "girl", "man", "woman"]
    + ["retiree", "pensioner", "widow", "widower", "mother", "father", "parent"]
    + ["grandmother", "grandfather", "son", "daughter", "husband", "wife"]
    # trades and posts a story describes its speakers by: "The cyber pros …
    # said", "Forecasters say", "Pollsters said"
    + ["pro", "coordinator", "instructor", "trainer", "recruiter", "cadet"]
    + ["reservist", "dispatcher", "passenger", "supporter", "opponent"]
    + ["staffer", "prosecutor", "investigator", "detective", "manager"]
    + ["hunter", "forecaster", "meteorologist", "planner", "educator"]
    + ["counselor", "counsellor", "caregiver", "archaeologist", "statistician"]
    + ["demographer", "pollster", "strategist", "negotiator", "mediator", "auditor"]
)

# Judgements a speaker passes when calling something so with a bare adjective
# ("called his statements false and misleading", "calls the report
# irresponsible", "called that evidence strong"): with "call", "label" or
# "brand" and nothing after them in the clause, they are a stance stated.
# Words that also name people or things ("agent", "general") are not here.
EVALUATIVE_ADJECTIVES = frozenset(
    ["unacceptable", "acceptable", "baseless", "groundless", "false", "untrue"]
    + ["true", "misleading", "irresponsible", "responsible", "alarming", "strong"]
    + ["weak", "accurate", "inaccurate", "overdue", "ridiculous", "absurd"]
    + ["illegal", "unlawful", "illegitimate", "legitimate", "unconstitutional"]
    + ["historic", "important", "significant", "dangerous", "unfair", "unjust"]
    + ["outrageous", "disgraceful", "shameful", "inappropriate", "premature"]
    + ["positive", "negative", "constructive", "productive", "successful"]
    + ["unsuccessful", "unfortunate", "regrettable", "tragic", "excellent"]
    + ["good", "bad", "wrong", "unprecedented", "unexpected", "unnecessary"]
    + ["necessary", "essential", "critical", "crucial", "vital", "unrealistic"]
    + ["realistic", "naive", "insufficient", "inadequate", "adequate"]
    + ["disappointing", "encouraging", "troubling", "worrying", "disturbing"]
    + ["shocking", "appalling", "deplorable", "reprehensible", "unwarranted"]
    + ["unjustified", "provocative", "hostile", "racist", "biased", "flawed"]
    + ["exaggerated", "fabricated", "motivated", "politicized", "unhelpful"]
    + ["helpful", "useful", "useless", "meaningless", "pointless", "senseless"]
    + ["unworkable", "unsustainable", "unreasonable", "reasonable", "excessive"]
    + ["counterproductive", "irrational", "illogical", "offensive", "insulting"]
    + ["humiliating", "heartbreaking", "devastating", "catastrophic", "horrific"]
    + ["terrible", "awful", "disastrous", "remarkable", "extraordinary"]
    + ["impressive", "promising", "fruitful", "frank", "candid", "cordial"]
    + ["friendly", "warm", "honest", "dishonest", "fraudulent", "rigged"]
    + ["corrupt", "undemocratic", "democratic", "invalid", "void", "null"]
    + ["unusual", "rare", "normal", "routine", "serious", "grave", "urgent"]
    + ["unlikely", "likely", "impossible", "possible", "inevitable", "irrelevant"]
    + ["nonsense", "propaganda", "slanderous", "defamatory", "hypocritical"]
)


# Given names that, in English-language news, almost always name a woman or
# a man: what an article's "he" or "she" can take up when the article itself
# gives no title or pronoun for the person ("NIH acting director Dr. Ruth
# Kirschstein had announced …, and Varmus seemed to appreciate it. “…,” he
# quipped." is Varmus). Names worn by both (Jean, Kim, Leslie, Robin, Andrea,
# Nicola, Sasha …) are in neither list.
FEMALE_GIVEN_NAMES = frozenset(
    [
        "abigail",
        "ada",
        "agnes",
        "aisha",
        "alice",
        "alicia",
        "alison",
        "amanda",
        "amelia",
        "amy",
        "ana",
        "angela",
        "angelina",
        "anita",
        "ann",
        "anna",
        "anne",
        "annette",
        "barbara",
        "beatrice",
        "betty",
        "brenda",
        "bridget",
        "carla",
        "carmen",
        "caroline",
        "catherine",
        "cecilia",
        "charlotte",
        "cheryl",
        "christina",
        "christine",
        "claire",
        "clara",
        "claudia",
        "colleen",
        "cynthia",
        "daisy",
        "deborah",
        "debbie",
        "debra",
        "denise",
        "diana",
        "diane",
        "donna",
        "doris",
        "dorothy",
        "edith",
        "eileen",
        "elaine",
        "eleanor",
        "elena",
        "elizabeth",
        "ellen",
        "emily",
        "emma",
        "erica",
        "erin",
        "esther",
        "eva",
        "fatima",
        "fiona",
        "florence",
        "frances",
        "gail",
        "gloria",
        "grace",
        "hannah",
        "heather",
        "helen",
        "hillary",
        "ingrid",
        "irene",
        "isabel",
        "jacqueline",
        "jane",
        "janet",
        "janice",
        "jennifer",
        "jessica",
        "joan",
        "joanna",
        "joyce",
        "judith",
        "judy",
        "julia",
        "julie",
        "karen",
        "katherine",
        "kathleen",
        "kathy",
        "katie",
        "laura",
        "lauren",
        "linda",
        "lisa",
        "lois",
        "lorraine",
        "louise",
        "lucy",
        "lydia",
        "madeleine",
        "margaret",
        "maria",
        "marie",
        "marilyn",
        "martha",
        "mary",
        "maureen",
        "megan",
        "melissa",
        "michelle",
        "monica",
        "nancy",
        "natalie",
        "nicole",
        "nora",
        "olga",
        "pamela",
        "patricia",
        "paula",
        "pauline",
        "rachel",
        "rebecca",
        "rita",
        "rosa",
        "rose",
        "ruth",
        "sally",
        "samantha",
        "sandra",
        "sarah",
        "sharon",
        "shirley",
        "sophia",
        "stephanie",
        "susan",
        "suzanne",
        "sylvia",
        "teresa",
        "theresa",
        "tina",
        "valerie",
        "vanessa",
        "veronica",
        "victoria",
        "virginia",
        "wanda",
        "wendy",
        "yolanda",
        "yvonne",
    ]
)
MALE_GIVEN_NAMES = frozenset(
    [
        "aaron",
        "abdul",
        "abdullah",
        "adam",
        "ahmed",
        "alan",
        "albert",
        "alexander",
        "alfred",
        "ali",
        "andrew",
        "anthony",
        "antonio",
        "arthur",
        "barry",
        "benjamin",
        "bernard",
        "bill",
        "billy",
        "bob",
        "bobby",
        "brian",
        "bruce",
        "bryan",
        "carl",
        "carlos",
        "charles",
        "christopher",
        "craig",
        "daniel",
        "darren",
        "david",
        "dennis",
        "donald",
        "douglas",
        "duncan",
        "edward",
        "eric",
        "ernest",
        "eugene",
        "frank",
        "fred",
        "frederick",
        "gary",
        "george",
        "gerald",
        "gordon",
        "graham",
        "gregory",
        "harold",
        "harry",
        "henry",
        "howard",
        "hugh",
        "ian",
        "isaac",
        "jack",
        "jacob",
        "james",
        "jason",
        "jeffrey",
        "jeremy",
        "jerry",
        "jim",
        "jimmy",
        "joe",
        "john",
        "jonathan",
        "jose",
        "joseph",
        "juan",
        "keith",
        "kenneth",
        "kevin",
        "larry",
        "lawrence",
        "louis",
        "mark",
        "martin",
        "matthew",
        "michael",
        "mohammad",
        "mohammed",
        "muhammad",
        "nathan",
        "neil",
        "nicholas",
        "omar",
        "patrick",
        "paul",
        "peter",
        "philip",
        "ralph",
        "raymond",
        "richard",
        "robert",
        "roger",
        "ronald",
        "roy",
        "russell",
        "samuel",
        "scott",
        "sean",
        "sergei",
        "sergey",
        "stephen",
        "steve",
        "steven",
        "stuart",
        "thomas",
        "timothy",
        "todd",
        "tony",
        "victor",
        "vincent",
        "walter",
        "wayne",
        "william",
    ]
)
