"""Word lists the attribution rules rely on.

Kept apart from the rules so that widening a list (a new cue verb, a new
outlet) is a one-line change that the tests and the evaluation then measure.
"""

# Verbs that introduce what a source says. Present and past forms are listed
# separately because the rules match words, not lemmas.
SPEECH_VERBS = frozenset(
    ["said", "says", "say", "told", "tells", "tell", "stated", "states", "added", "adds", "explained", "explains", "confirmed", "confirms", "announced", "announces", "claimed", "claims", "reported", "reports", "wrote", "writes", "noted", "notes", "warned", "warns", "argued", "argues", "insisted", "insists", "denied", "denies", "estimated", "estimates", "admitted", "admits", "acknowledged", "acknowledges", "revealed", "reveals", "asserted", "asserts", "alleged", "alleges", "predicted", "predicts", "commented", "comments", "replied", "replies", "concluded", "concludes", "believes", "believe", "suggested", "suggests", "stressed", "stresses", "emphasised", "emphasized", "emphasises", "emphasizes", "maintained", "maintains", "contended", "contends", "disclosed", "discloses", "indicated", "indicates", "recalled", "recalls", "explained", "continued", "continues", "agreed", "agrees", "declared", "declares"]
)

# Without "that", these take an object that is itself the statement ("X
# announced the withdrawal"): the whole sentence is the claim.
OBJECT_STATEMENT_VERBS = frozenset(
    ["announced", "announces", "confirmed", "confirms", "denied", "denies", "revealed", "reveals", "admitted", "admits", "acknowledged", "acknowledges", "disclosed", "discloses", "declared", "declares"]
)

# Verbs whose object is the listener ("X told Y that ..."), where Y may be the
# outlet relaying the statement.
LISTENER_VERBS = frozenset(["told", "tells", "tell"])

# Heads of noun phrases that describe an unnamed source.
ANONYMOUS_HEADS = frozenset(
    ["source", "sources", "insider", "insiders", "official", "officials", "contact", "contacts", "person", "people", "witness", "witnesses", "aide", "aides", "diplomat", "diplomats", "spokesman", "spokeswoman", "spokesperson", "resident", "residents", "observer", "observers", "employee", "employees", "someone", "member", "members", "staffer", "staffers", "analyst", "analysts", "expert", "experts", "investigator", "investigators", "officer", "officers", "authorities", "neighbour", "neighbours", "neighbor", "neighbors", "relative", "relatives", "friend", "friends"]
)

# Nouns naming a role, for "the general", "the minister" coreference.
ROLE_NOUNS = frozenset(
    ["general", "minister", "president", "chancellor", "secretary", "commander", "spokesman", "spokeswoman", "spokesperson", "governor", "mayor", "senator", "ambassador", "director", "chief", "chairman", "chairwoman", "judge", "prosecutor", "attorney", "officer", "detective", "inspector", "sheriff", "commissioner", "premier", "king", "queen", "prince", "pope", "chief", "executive", "ceo", "coach", "manager", "leader", "colonel", "captain", "admiral", "professor", "doctor"]
)

# Words that may precede a person's name as a title or description and are not
# part of the name: "Russian Defense Minister Sergey Shoigu".
TITLE_WORDS = frozenset(
    ["president", "vice", "prime", "minister", "secretary", "general", "gen.", "gen", "lieutenant", "lt.", "lt", "colonel", "col.", "col", "major", "maj.", "captain", "capt.", "sergeant", "sgt.", "admiral", "adm.", "commander", "chief", "director", "deputy", "assistant", "attorney", "u.s.", "us", "senator", "sen.", "rep.", "representative", "governor", "gov.", "mayor", "judge", "justice", "dr.", "dr", "professor", "prof.", "mr.", "mrs.", "ms.", "mr", "mrs", "ms", "sir", "dame", "lord", "king", "queen", "prince", "princess", "pope", "bishop", "archbishop", "rev.", "reverend", "father", "spokesman", "spokeswoman", "spokesperson", "ambassador", "chancellor", "chairman", "chairwoman", "chair", "ceo", "executive", "officer", "detective", "inspector", "superintendent", "constable", "sheriff", "commissioner", "defense", "defence", "foreign", "interior", "health", "finance", "economy", "trade", "education", "state", "home", "senior", "former", "acting", "head", "leader", "coach", "manager", "army", "navy", "police", "federal", "national", "regional", "district", "special", "agent", "charge", "in", "of", "the", "and", "premier", "first", "lady", "minority", "majority", "whip", "member", "mp", "supreme", "court", "chief-executive", "opposition", "labor", "labour"]
)

NATIONALITIES = frozenset(
    ["russian", "ukrainian", "american", "british", "chinese", "french", "german", "israeli", "palestinian", "iranian", "iraqi", "syrian", "turkish", "indian", "pakistani", "afghan", "japanese", "korean", "australian", "canadian", "mexican", "brazilian", "spanish", "italian", "polish", "dutch", "belgian", "swedish", "norwegian", "finnish", "danish", "irish", "scottish", "welsh", "english", "european", "african", "nigerian", "kenyan", "egyptian", "saudi", "greek", "portuguese", "latvian", "lithuanian", "estonian", "belarusian", "georgian", "armenian", "venezuelan", "colombian", "argentine", "chilean", "peruvian", "cuban", "filipino", "indonesian", "malaysian", "thai", "vietnamese", "zealand", "taiwanese", "libyan", "lebanese", "jordanian", "yemeni", "sudanese", "somali", "ethiopian", "ghanaian", "zimbabwean"]
)

# Words marking an organisation's name, and among them a government body's.
GOVERNMENT_WORDS = frozenset(
    ["ministry", "department", "government", "police", "army", "forces", "force", "kremlin", "council", "commission", "agency", "office", "court", "parliament", "senate", "congress", "administration", "bureau", "navy", "embassy", "pentagon", "fbi", "cia", "nasa", "authority", "authorities", "guard", "military", "cabinet", "presidency", "duma", "state-department", "prosecutors", "prosecutor's"]
)
ORGANISATION_WORDS = GOVERNMENT_WORDS | frozenset(
    ["university", "company", "corporation", "corp.", "inc.", "inc", "ltd.", "ltd", "party", "bank", "organization", "organisation", "union", "association", "federation", "institute", "board", "coalition", "foundation", "group", "center", "centre", "hospital", "school", "club", "league", "committee", "network", "nato", "un", "eu", "who", "unicef", "red", "cross", "society", "trust", "fund", "service", "services"]
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
    kyiv independent|the moscow times|novaya gazeta|rbc|kommersant|izvestia
    """.replace("\n", "").split("|")
)
KNOWN_OUTLETS = frozenset(name.strip() for name in KNOWN_OUTLETS)

# Nouns that, just before a name, say the name is an outlet ("the newspaper Meduza").
OUTLET_DESCRIPTORS = frozenset(
    ["newspaper", "outlet", "agency", "broadcaster", "magazine", "channel", "website", "daily", "tabloid", "network", "paper", "radio", "station", "publication", "weekly"]
)

DETERMINERS = frozenset(
    ["a", "an", "the", "another", "this", "that", "these", "those", "some", "several", "many", "other", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "his", "her", "their", "its", "our", "my", "your"]
)

PRONOUNS = {"he": "person", "she": "person", "they": None, "it": None}

# Sentence-initial words that are not part of the subject.
LEADING_FILLERS = frozenset(
    ["but", "and", "however", "meanwhile", "now", "also", "yet", "so", "still", "then", "later", "earlier", "further", "moreover", "additionally", "instead", "indeed", "separately", "previously"]
)

ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "gov", "sen", "rep", "st", "jr", "sr", "inc", "co", "corp", "ltd", "no", "vs", "etc", "u.s", "u.k", "u.n", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "prof", "rev", "mt", "ft", "maj", "adm", "cmdr", "supt", "insp", "det", "e.g", "i.e", "approx", "dept"]
)
