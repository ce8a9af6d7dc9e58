"""Rules that find attributed statements in English news text.

Pure functions over a string: no Django, no model, no network. The rules read
one paragraph at a time, first the quotations and who is said to speak them,
then reported speech sentence by sentence, keeping what the article has said so
far (the people it introduced, the outlets relaying it) to resolve later
mentions: "Surovikin" after "Sergey Surovikin", "he", "the general", "these
contacts", and the outlet that anonymous sources speak through.
"""

import bisect
import functools
import re
from dataclasses import asdict, dataclass, field, replace

from articles.attribution import lexicon as lx
from articles.attribution.text import Quote, paragraphs, quotes, sentences, trim

_VERBS = "|".join(sorted(lx.SPEECH_VERBS, key=len, reverse=True))
# "A think tank says …": "think" before "tank(s)" is a noun, not a verb.
_NEWS_NOT_VERB = r"(?!\s+tanks?\b)"
_VERB_RE = re.compile(rf"\b(?:{_VERBS})\b{_NEWS_NOT_VERB}")
# "voiced growing alarm of an imminent massacre", "expressed support for the
# plan": a stance and what it is about, with no clause.
_STANCE_ABOUT = (
    r"\s+(?:(?:growing|deep|serious|grave|strong|great|renewed|mounting"
    r"|cautious|full)\s+)?(?:alarm|concerns?|fears?|doubts?|optimism|support"
    r"|opposition|skepticism|scepticism)\s+(?:of|at|over|about|for)\b"
)
# A stance named as a noun after "expressed" or "voiced": "(strong) optimism".
_STANCE_NOUN = (
    r"\s+(?:[a-z]+\s+)?(?:optimism|hope|hopes|confidence|concern|concerns|fear"
    r"|fears|doubt|doubts|regret|frustration|disappointment|surprise)"
)
# "a statement", "a brief written statement": what was issued, before its clause.
_STATEMENT_NOUN = r"\s+(?:a|an)\s+(?:[a-z]+\s+){0,2}?(?:statement|announcement)"
# "X said …", and the progressive "the press is reporting that …".
_LEADING_RE = re.compile(
    rf"\b(?:{_VERBS})\b{_NEWS_NOT_VERB}|(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bwas\s)|(?<=\bwere\s)"
    # "Officials are once again accusing …", "is also denying …": an adverb
    # between the auxiliary and the progressive.
    + "".join(
        rf"|(?<=\b{aux}\s{adverb}\s)"
        for aux in ("is", "are", "was", "were")
        for adverb in ("also", "now", "still", "again", r"once\sagain", "openly")
    )
    + ")"
    r"(?:reporting|saying|claiming|warning|stating|alleging|insisting|arguing"
    r"|suggesting|predicting|hinting|rejecting|disputing|denying|dismissing"
    r"|condemning|accusing"
    # "Many are complaining that they were told nothing": a complaint's
    # clause, in the progressive, after "that" only.
    r"|complaining(?=\s+that\b))\b"
    # "described in her memo that the plan failed": a description with a clause
    # reports; without one ("described the scene") it only introduces a quotation.
    r"|\b(?:described|describes)(?=(?:\s+in\s+[^,.;:“”\"]{1,30}?)?\s+that\b)"
    # "expressed optimism that he would win", "voiced concern that …": a
    # stance named as a noun, then its clause.
    r"|\b(?:expressed|expresses|voiced|voices)(?=" + _STANCE_NOUN + r"\s+that\b)"
    r"|\b(?:expressed|expresses|voiced|voices)(?=" + _STANCE_ABOUT + r")"
    # "The envoy charged that troops were deserting": an accusation with its
    # clause; "charged him with fraud", "were charged for" are prosecutions.
    r"|\b(?:charged|charges)(?=\s+that\b)"
    # "Officials responded that they will recognize no one else", "hinted
    # that he agreed", "retorted that …": a reply or a hint with its clause;
    # "responded to the attack", "hinted at a deal" are no statements.
    r"|\b(?:responded|responds|hinted|hints|retorted|retorts)(?=\s+that\b)"
    # "issued a statement that the bridge stays closed": the statement's clause.
    r"|\b(?:issued|issues|released|releases)(?=" + _STATEMENT_NOUN + r"\s+that\b)"
)
# Before a quotation a few more words attribute it ("described as", "saying").
_QUOTE_VERBS = "|".join(
    sorted(
        lx.SPEECH_VERBS | lx.QUOTE_ONLY_VERBS | lx.PARTICIPLES, key=len, reverse=True
    )
)
_QUOTE_VERB_RE = re.compile(rf"\b(?:{_QUOTE_VERBS})\b{_NEWS_NOT_VERB}")
_WORD_RE = re.compile(r"[A-Za-zÀ-ÿ][\w’'.\-]*")
_QUOTE_MARKS = '“”„«»"'
_QUOTE_MARKS_RE = re.compile(f"[{_QUOTE_MARKS}]")


# Patterns built from a name, compiled once each (the re module keeps 512, and
# a long document's look-ups go through more names than that, again and again).
_compiled = functools.lru_cache(maxsize=4096)(re.compile)


@functools.lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Compared form of a name or a phrase: accents and case gone, a dash
    joining two words a hyphen, runs of spaces one. Called hundreds of
    thousands of times on a long document, mostly on the same few names."""
    if text.isascii():
        # No accents, no other dashes, no curly apostrophe: the same result.
        return " ".join(text.casefold().split())
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    # "Ogden–Muse", "Ogden‐Muse": a dash of another kind joining two words
    # is a hyphen.
    if "–" in stripped or "‐" in stripped or "‑" in stripped:
        stripped = _PAGE_WORD_DASH.sub("-", stripped)
    return " ".join(stripped.casefold().replace("’", "'").split())


_PAGE_WORD_DASH = re.compile(r"(?<=\w)[‐‑–](?=\w)")


@dataclass
class Statement:
    """One attributed statement, with offsets into the text it was found in."""

    text: str
    start: int
    end: int
    speaker: str
    speaker_kind: str
    via: str | None
    cue: str
    is_direct_quote: bool
    speaker_role: str = ""
    # Internal: whether the next sentence may extend the span (a clause) or
    # must be a statement of its own (a whole sentence).
    extendable: bool = field(default=False, repr=False, compare=False)
    sentence: int = field(default=-1, repr=False, compare=False)
    paragraph: int = field(default=-1, repr=False, compare=False)

    def as_dict(self) -> dict:
        data = asdict(self)
        for key in ("extendable", "sentence", "paragraph"):
            data.pop(key)
        return data


@dataclass
class Speaker:
    name: str
    kind: str
    role: str = ""


def _speaker_of(statement: Statement) -> Speaker:
    """The speaker a statement names, to give another statement."""
    return Speaker(statement.speaker, statement.speaker_kind, statement.speaker_role)


@dataclass
class _Person:
    name: str
    role: str
    position: int


def _plural_group(name: str) -> bool:
    """ "Researchers", "city officials", "Seismologists": many people, whom
    "he" never means."""
    words = fold(name).split()
    last = words[-1] if words else ""
    return last.endswith("s") and (
        last in _COMMON_HEADS
        or name == name.lower()
        or (
            len(words) == 1 and re.search(r"(?:ists|ers|ians|ors|ants|ents|ees)$", last)
        )
    )


# Offices named two ways: "the premier" for a prime minister.
_ROLE_SYNONYMS = {"premier": r"premier|prime\s+minister"}


def _after_based(words: list[str]) -> list[str]:
    """The words after a place's "-based" ("New York-based"), which names
    where a body is, not the body."""
    for index in range(len(words) - 1, -1, -1):
        if words[index].lower().endswith("-based"):
            return words[index + 1 :]
    return words


def _capitalised(token: str) -> bool:
    return token[:1].isupper()


def _name_particle(token: str) -> bool:
    """An Arabic surname's lowercase article: "al-Burhan", "el-Sisi"."""
    return bool(re.fullmatch(r"(?:al|el|ad|ar|as|ash|at|az)[-‑][A-Z][\w’'\-]*", token))


def _sentence_so_far(body: str, start: int, end: int) -> str:
    """The text from the sentence's true start to ``end``, when the reader's
    sentence began after a quotation's comma inside it ("… a “sham,” and he
    noted …"): back to the last full stop before ``start`` (within 400
    characters)."""
    if not re.match(r"\s*(?:and|but)?\s*(?:he|she)\b", body[start:end]):
        return body[start:end]
    before = body[max(0, start - 400) : start]
    stops = list(re.finditer(r"[.!?][”\"]?\s+(?=[A-Z“\"])|\n", before))
    if not stops or not re.search(r",[”\"]?\s*(?:and|but)?\s*$", before):
        return body[start:end]
    return before[stops[-1].end() :] + body[start:end]


def _bare_title(phrase: str) -> bool:
    """ "Secretary of Labor", "Finance Minister": an office in capitals, with
    no holder's name."""
    words = phrase.split()
    return (
        bool(words)
        and all(_capitalised(w) or w in ("of", "for", "the") for w in words)
        and any(w.lower() in lx.ROLE_NOUNS for w in words)
    )


def _PAGE_one_edit(a: str, b: str) -> bool:
    """Whether two words of four letters or more differ by one letter added,
    dropped or changed, or two neighbours swapped."""
    if a == b or min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and a[diff[1]] == b[diff[0]]
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _strip_possessive(name: str) -> str:
    return re.sub(r"[’']s?$", "", name)


class _Reader:
    """The state of one article being read."""

    def __init__(self, body: str, publisher: str | None = None):
        self.body = body
        self.publisher = fold(publisher) if publisher else None
        self.persons: list[_Person] = []
        self.outlets: set[str] = set()
        self.statements: list[Statement] = []
        self.last_relay: str | None = None
        self.last_relay_paragraph = -1  # where that outlet last relayed
        self._genders: dict[str, str | None] = {}
        self._label_speaker: Speaker | None = None
        self._turn_paragraph = -1  # the last paragraph spoken in a turn
        # A briefing's label, "MR. MORRELL:" under a "News Transcript"
        # heading, not a programme's "BARACK OBAMA:" before its narration.
        self._label_titled = False
        self._page_turn = False  # the current turn opened the page, with no narration
        self._addressee: Speaker | None = None  # whom a reporter's question asks
        # The last speaker a turn's label named: whose an "A:" answer is.
        self._answerer: Speaker | None = None
        self._mentions: dict[str, list[int]] = {}
        self._sentence_ends: list[int] | None = None
        # The surnames of the journalists a heading says conduct an interview.
        self._interviewers: set[str] = set()
        self._in_turn = False  # reading the reports in a speaker's own words
        # Surnames of a programme's host, known from a labelled turn that
        # introduces the programme ("Mr. Schiff: Hello I'm Neal Schiff and
        # welcome to Inside the FBI"): the host's turns are narration.
        self._hosts: set[str] = set()
        # Per one-word name, where the text sets it after a body's noun
        # ("his party, Keadilan"): see _named_as_body.
        self._bodies_named: dict[str, list[int]] = {}
        self._register_names()

    # -- what the article introduces -------------------------------------------

    def _register_names(self) -> None:
        body = self.body
        places = set()  # names the article gives as places
        for match in re.finditer(
            # A full stop only after an initial or a short title ("L.", "Dr."),
            # so that a name never runs into the next sentence; never from
            # inside a word ("R. ROE" in a label's "MR. ROE").
            r"(?<![A-Za-z])(?:(?:[A-Z]\.){2,}|"
            + _SHORT_ABBREVIATIONS
            + r"|"
            + _RANKS
            + r"|[A-Z][\w’'\-]*)"
            # No name runs across a blank line: a heading's last words are
            # not the first name of the paragraph below it.
            r"(?:(?:[ \t]+|[ \t]*\n(?![ \t]*\n)[ \t]*)(?:(?:[A-Z]\.){2,}|"
            + _SHORT_ABBREVIATIONS
            + r"|"
            + _RANKS
            # "Adel al-Jubeir": an Arabic article joined to the surname.
            + r"|[A-Z][\w’'\-]*|"
            + _ARTICLE_SURNAME.pattern
            + r")){1,9}",
            body,
        ):
            found = match.group(0)
            if re.match(r"\s*\((?:Ret\.?|[Rr]etired)\)", body[match.end() :]):
                # "Gen. Ann Lee U.S. Army (Ret.)": the service she retired from
                # is no part of her name.
                found = _RETIRED.sub("", found + body[match.end() : match.end() + 12])
            tokens = found.split()
            start = match.start()
            surname_month = (
                len(tokens) >= 2
                and tokens[-1].lower() in _MONTH_SURNAMES
                and tokens[-2].lower() not in _DATE_WORDS | _NOT_NAME_STARTS
                and not re.match(r"[\s,]*\d", body[match.end() : match.end() + 4])
                and not re.search(
                    r"\b(?:in|on|of|since|until|by|last|this|next|early|late|mid)\s*$",
                    body[max(0, match.start() - 12) : match.start()],
                    flags=re.I,
                )
            )
            while (
                not surname_month
                and tokens
                and re.sub(r"[.,]$", "", tokens[-1]).lower() in _DATE_WORDS
            ):
                tokens = tokens[:-1]  # "Iraq Sunday", "Seventh Century": no names
            while tokens and (
                tokens[0].lower() in _NOT_NAME_STARTS
                or tokens[0].lower() in lx.LEADING_FILLERS
                # "Hello I’m Neal Schiff and welcome to …": a greeting and a
                # self-introduction before the name.
                or tokens[0].lower().rstrip(",").replace("’", "'") in _GREETING_WORDS
            ):
                # "On April twenty-second": a date, not a person; "The East
                # Timorese Prime Minister Mari Alkatiri": the name after it.
                start = body.index(tokens[1], start) if len(tokens) > 1 else start
                tokens = tokens[1:]
            while tokens and _HYPHEN_MODIFIER.fullmatch(tokens[0].rstrip(",")):
                # "Arab-dominated Khartoum", "the London-based Ann Lee Trust":
                # a modifier, no part of a name.
                start = body.index(tokens[1], start) if len(tokens) > 1 else start
                tokens = tokens[1:]
            if len(tokens) < 2:
                continue
            possessive = [
                i for i, t in enumerate(tokens[:-1]) if re.search(r"[’']s$", t)
            ]
            if possessive:
                # "Israel's Ben-Gurion airport", "Trump's adviser John Kelly":
                # what follows the possessive is the name, if any.
                tokens = tokens[possessive[-1] + 1 :]
                if len(tokens) < 2:
                    continue
            tokens[-1] = _strip_possessive(tokens[-1])  # "Ehud Olmert's"
            name_tokens, title = _split_title(tokens)
            preceding = body[max(0, start - 40) : start].split()
            office = ""  # "Secretary of the Navy" before the name
            if (
                (
                    len(preceding) >= 2
                    and preceding[-1] in ("of", "on", "for")
                    and _capitalised(preceding[-2])
                )
                or (
                    len(preceding) >= 3
                    and preceding[-2:] == ["of", "the"]
                    and _capitalised(preceding[-3])
                )
                or (
                    # "Secretary of Health and Human Services Tom Price": a
                    # portfolio of two parts joined by "and".
                    len(preceding) >= 4
                    and preceding[-1] in ("and", "&")
                    and preceding[-3] == "of"
                    and re.fullmatch(r"[A-Z][\w’'\-]*", preceding[-2])
                    and _capitalised(preceding[-4])
                    and (
                        tokens[0].lower() in lx.PORTFOLIO_WORDS
                        or _organisation_word(tokens[0])
                    )
                )
            ):
                # "Conference on Sexual Health": the end of a title; "Secretary
                # of Labor Hilda L. Solis", "Secretary of the Navy Ann Lee":
                # the title's last word, then a name.
                if len(tokens) < 3:
                    continue
                back = (
                    2
                    if preceding[-1] == "of"
                    else 4
                    if preceding[-1] in ("and", "&")
                    else 3
                )
                # "Update on Severe Acute …" opening the text has no word before
                # "Update": nothing for the name to be the organisation of.
                before_of = preceding[-back] if len(preceding) >= back else ""
                if (
                    "of" in preceding[-2:]
                    and self.persons
                    and self.persons[-1].name.split()[-1] == before_of.rstrip(",")
                    and 0 < start - self.persons[-1].position < 60
                ):
                    # "Ann Roe of Human Rights Watch": the organisation of the
                    # person just named, no title and name.
                    continue
                start = body.index(tokens[1], start)
                tokens = tokens[1:]
                while len(tokens) > 2 and (
                    _organisation_word(tokens[0])
                    # "Secretary of Homeland Security Chad F. Wolf": the
                    # portfolio's words, however many, before the holder's.
                    or tokens[0].lower() in lx.PORTFOLIO_WORDS
                ):
                    # "Chief Master Sgt. of the Air Force Ann Lee": the
                    # service's name, several words, before the holder's.
                    start = body.index(tokens[1], start)
                    tokens = tokens[1:]
                name_tokens, title = _split_title(tokens)
                before_of = (
                    preceding[: len(preceding) - preceding[::-1].index("of") - 1]
                    if "of" in preceding[-3:]
                    else []
                )
                run = []
                for word in reversed(before_of[-4:]):
                    if not _capitalised(word):
                        break
                    run.insert(0, word)
                office = " ".join(run)
            if not title and _PAGE_STATE_AFTER.match(body, match.end()):
                # "of Cedar Rapids, Iowa,", "Grand Forks, N.D., native",
                # "deployed from Fort Drum, New York.": a town and its state.
                places.add(" ".join(tokens).rstrip(".,"))
                continue
            if (
                len(preceding) >= 2
                and preceding[-1] == "of"
                and preceding[-2] in _PLACE_NOUNS
            ):
                # "the city of Port Hale", "the college town of Glen Ridge": a
                # place, not a person, wherever the article names it.
                places.add(" ".join(tokens).rstrip(".,"))
                continue
            if (
                len(preceding) >= 2
                and preceding[-1] in ("in", "to")
                and preceding[-2].lower() in lx.TITLE_WORDS | lx.ROLE_NOUNS
                and 3 <= len(tokens) <= 5
            ):
                # "U.S. Ambassador in Riyadh James Oberwetter", "Ambassador to
                # Kenya Jane Roe": the post's place, then the holder's name.
                keep = (
                    3
                    if len(tokens) >= 4 and re.fullmatch(r"[A-Z]\.", tokens[-2])
                    else 2
                )
                start = body.index(tokens[-keep], start)
                tokens = tokens[-keep:]
                name_tokens, title = _split_title(tokens)
                preceding = ["the"]
            if (
                preceding
                and (
                    preceding[-1] in ("in", "at")
                    or (preceding[-1] == "the" and preceding[-2:-1] in (["in"], ["at"]))
                )
                # "anger at President Ann Lee": a titled full name is a person.
                and not (title and len(name_tokens) >= 2 and preceding[-1] != "the")
            ):
                # "in New York City", "Mass at the Sistine Chapel": a place.
                continue
            if (
                preceding
                and preceding[-1] in ("from", "of", "near", "outside", "to")
                and not title
                and _news_state_after(body, match.end())
            ):
                # "deployed from Fort Hale, Texas", "Tom Roe of Glen Falls,
                # N.Y.": a town and its state or country after a preposition
                # is a place, never a person a later "he" could be.
                continue
            if (
                len(preceding) >= 2
                and preceding[-1] == "of"
                and preceding[-2] in lx.TITLE_WORDS
                and preceding[-2] not in _KIN_NOUNS
            ):
                # "is president of Doctors Without Borders": what a lowercase
                # title heads is an organisation, not a person.
                continue
            if (
                len(preceding) >= 2
                and preceding[-1] == "to"
                and _organisation_word(preceding[-2])
            ):
                # "the Committee to Protect Journalists", "the Campaign to End
                # Hunger": the rest of an organisation's name, no person.
                continue
            if preceding and preceding[-1] in _HEADING_VERBS:
                # "Ann Lee heads Acme Widgets in Austin. She announced …":
                # what someone heads or founded is an organisation.
                continue

            if preceding and preceding[-1].lower() in lx.OUTLET_DESCRIPTORS:
                self.outlets.add(fold(" ".join(tokens).rstrip(".,")))
                continue
            if re.search(
                r"\b(?:a|an)\s+(?:[a-z]+\s+)?$", body[max(0, start - 30) : start]
            ) and not (
                # "an irate King Juan Carlos": a title, then the name.
                title
                and title[-1].lower().rstrip(".") in lx.TITLE_WORDS
                and len(name_tokens) >= 2
                and not any(_organisation_word(t) for t in name_tokens)
            ):
                # "a former Nobel Peace Prize winner": a modifier, not a person.
                continue
            single = (
                len(name_tokens) == 1
                and title
                and fold(title[-1]) == "class"
                and re.fullmatch(r"[A-Z][a-z’'\-]{2,}", name_tokens[0].rstrip(".,"))
            )
            if not (2 <= len(name_tokens) <= 4 or single):
                # ("Airman 1st Class Knekeshia": a grade and one name is a
                # person the story goes on about.)
                continue
            if (
                name_tokens[-1].endswith(".")
                and name_tokens[-1].lower().rstrip(".") in _TITLE_ABBREVIATIONS
            ):
                # "Chief Master Sgt. of the Air Force Ann Lee": a rank ends the
                # words, and the name comes after it.
                continue
            last = fold(_strip_possessive(name_tokens[-1].rstrip(".,")))
            if (
                last in lx.PLACES
                or last in lx.US_STATES
                or last in _NOT_PERSON_LAST
                or last in _NEWS_UNIT_LAST
            ):
                # "South Korea", "South Florida", "North Korea’s", "Stroop Test"
                continue
            if (
                len(name_tokens) == 2
                and not title
                and (
                    name_tokens[0].lower() in lx.NATIONALITIES
                    or re.fullmatch(r"[A-Z][a-z]+(?:i|ese|ish)", name_tokens[0])
                )
                and re.fullmatch(r"[A-Z][a-z]+(?:ic|ist|ists)", name_tokens[1])
                and re.match(r"\s+[a-z]", body[match.end() : match.end() + 3])
            ):
                # "Some Kuwaiti Islamic fundamentalists": a nationality and an
                # adjective, no given name and surname.
                continue
            if name_tokens[-1].lower() in lx.NATIONALITIES or (
                re.search(r"(?:ern|ese|ian)$", name_tokens[-1])
                # "Chen Shui-bian": a hyphenated given name is no adjective.
                and not re.search(r"-[a-z]", name_tokens[-1])
                # "Karina Pugliese", "Ann Albanese": a surname after a given
                # name the article does not use as a place.
                and not (
                    len(name_tokens) == 2
                    and name_tokens[0]
                    not in (
                        "East",
                        "West",
                        "North",
                        "South",
                        "Middle",
                        "Central",
                        "Latin",
                        "Saudi",
                        "Sri",
                        "New",
                        "Southern",
                        "Northern",
                        "Eastern",
                        "Western",
                        "Southeast",
                        "Northeast",
                        "Southwest",
                        "Northwest",
                    )
                    and fold(name_tokens[0]) not in lx.PLACES | lx.NATIONALITIES
                    and not re.search(rf"\b(?:in|of|from)\s+{name_tokens[0]}\b", body)
                )
            ):
                # "Middle Eastern", "East Timorese": adjectives, not names.
                continue
            checked = (
                name_tokens
                if any(t.lower().rstrip(".") in _TITLE_ONLY for t in title)
                else tokens
            )
            initials_name = (
                # "Food Minister K.V. Thomas": a titled person's initials.
                title
                and title[-1].lower().rstrip(".") in lx.TITLE_WORDS
                and len(name_tokens) == 2
                and re.fullmatch(r"(?:[A-Z]\.){2,3}", name_tokens[0])
                and fold(name_tokens[0]).replace(".", "")
                not in ("us", "uk", "un", "eu", "dc", "usa", "ussr")
                and not _organisation_word(name_tokens[1])
            )
            if not initials_name and (
                any(_organisation_word(t) for t in checked)
                or any(
                    re.fullmatch(r"(?:[A-Z]\.){2,}", t)
                    # "K.V. Thomas": a person's initials before the surname,
                    # not "U.S." or "U.N." before an agency's name.
                    and not (
                        len(name_tokens) == 2
                        and t == name_tokens[0]
                        and t.lower().rstrip(".") not in lx.ABBREVIATIONS
                    )
                    for t in checked
                )
                or _spaced_abbreviation(checked)
            ):
                # "U.S. Drought Monitor" is no person; "USDA Forest Service
                # Chief Mike Dombeck" is, after his title.
                continue
            name = " ".join(name_tokens).rstrip(",")
            if not re.search(r"\s(?:Jr|Sr)\.$", name):
                name = name.rstrip(".")  # "John Doe Jr." keeps its full stop
            if fold(name) in lx.KNOWN_OUTLETS:
                continue
            role = " ".join(
                f"{t} {_TITLE_ABBREVIATIONS[t.lower().rstrip('.')]}"
                if t.endswith(".") and t.lower().rstrip(".") in _TITLE_ABBREVIATIONS
                else t
                for t in title
            )  # "Navy Adm." → "Navy Adm. admiral", for "the admiral said"
            abbreviated = (
                _TITLE_ABBREVIATIONS.get(preceding[-1].lower().rstrip("."))
                if preceding and preceding[-1].endswith(".")
                else None
            )
            if abbreviated:
                # "Navy Adm. Mike Mullen" … "the admiral said"
                role = f"{role} {abbreviated}".strip()
            if not role and office:
                role = office  # "the chief said" after "Chief Master Sgt. of …"
            if not role and preceding and preceding[-1] in lx.ROLE_NOUNS:
                # "presidential candidate Macky Sall": a lowercase description.
                run = []
                for word in reversed(preceding[-3:]):
                    if not re.fullmatch(r"[a-z\-]+", word) or word in lx.DETERMINERS:
                        break
                    run.insert(0, word)
                role = " ".join(run)
            ahead = re.search(
                r"([^,.;:“”\"]{3,100}),\s*$", body[max(0, start - 110) : start]
            )
            if ahead and any(
                w in lx.ROLE_NOUNS or w in _KIN_NOUNS
                for w in re.findall(r"\b[a-z]+\b", ahead[1])
            ):
                # "Congo's ambassador in Bangui, Gabriel Enteha Ebia": the
                # description before the name is the role.
                role = f"{ahead[1].strip()} {role}".strip()
            after = body[match.end() : match.end() + 160]
            # Initials' full stops ("the U.S. Centers …") do not end the role.
            masked = re.sub(r"\b([A-Z])\.", "\\1\u00a7", after)
            appositive = re.match(r"\s*,\s+([^,.;“”\"]{3,120}?),", masked)
            if (
                appositive
                and not re.match(r"(who|which|whose|where|when)\b", appositive[1])
                and not _VERB_RE.search(appositive[1])
            ):
                role = after[appositive.start(1) : appositive.end(1)].strip()
            self.persons.append(_Person(name, role, start))
        self.persons = [p for p in self.persons if p.name not in places]
        descriptors = "|".join(lx.OUTLET_DESCRIPTORS)
        for match in re.finditer(
            rf"\b((?:[A-Z][\w’'\-]*\s?){{1,3}}),\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,2}}"
            rf"(?:{descriptors})\b",
            body,
        ):
            self.outlets.add(fold(match.group(1).strip()))
        for match in re.finditer(
            r"\b((?:[A-Z][\w’'\-]*\s+){1,3})(?:reporters|journalists|correspondents?)\b",
            body,
        ):
            self.outlets.add(fold(match.group(1).strip()))

    def is_outlet(self, name: str) -> bool:
        key = fold(name)
        bare = re.sub(r"^the ", "", key)
        return bool({key, bare, f"the {bare}"} & (lx.KNOWN_OUTLETS | self.outlets))

    def person_by_surname(self, token: str, position: int) -> _Person | None:
        key = fold(_strip_possessive(token))
        for person in self.persons:
            if person.position > position:
                break
            parts = fold(person.name).split()
            if key == parts[-1] or key == fold(person.name):
                return person
            if len(parts) >= 3 and _SUFFIX.fullmatch(parts[-1]) and key == parts[-2]:
                return person  # "Roe" for John Roe Jr., "Eller" for Ann Eller III
            if key == parts[0] and key in lx.FAMILY_NAME_FIRST and len(parts) >= 2:
                return person  # "Kim" for Kim Jong Un
        return None

    def last_person(
        self, position: int, gender: str | None = None, listener: str | None = None
    ) -> _Person | None:
        """Whom "he" or "she" at ``position`` means: the first of the candidates
        below whose gender, as far as the article tells, agrees (and who is not
        the ``listener`` the pronoun's own verb names: "he told Roe")."""
        for person in self._person_candidates(position):
            if listener and fold(person.name.split()[-1]) == listener:
                continue
            if self._is_host(person.name):
                continue  # a programme's host says "I"; "he" is a guest
            if self._PAGE_interviewer_only(person, position):
                continue
            if gender == "m" and self._PAGE_asks_him(person, position):
                continue
            if gender is None or self.gender_of(person.name) in (None, gender):
                return person
        return None

    def _is_host(self, name: str) -> bool:
        """Whether ``name`` is a programme host's (see ``_host_turn``)."""
        return fold(name.split()[-1]) in self._hosts

    def _PAGE_asks_him(self, person: _Person, position: int) -> bool:
        """Whether the person's last mention, in the sentence just before
        ``position``, is the subject of a verb whose object is "him" ("Radio
        Kivu's Ann Lee asked him to describe the fighting. ¶ He says …"):
        "him" is another, whom the next "he" goes on about."""
        surname = person.name.split()[-1]
        if not surname[:1].isupper():
            return False
        start = max(0, position - 300)
        if " him" not in self.body[start:position]:
            return False  # (cheaply, before a pattern made for this surname)
        last = next(
            reversed(
                list(
                    re.finditer(rf"\b{re.escape(surname)}\b", self.body[start:position])
                )
            ),
            None,
        )
        if last is None:
            return False
        after = self.body[start + last.end() : position]
        return bool(
            re.match(
                r"\s+(?:[a-z]+ly\s+)?[a-z]+\s+him\b[^.!?]*[.!?]\s+(?:[Hh]e\s+)?$",
                after,
            )
        )

    def _PAGE_interviewer_only(self, person: _Person, position: int) -> bool:
        """Whether the article has named ``person`` only as the reporter its
        subject spoke to ("… told VOA reporter Tom Hale that …", "said in an
        interview with correspondent Tom Hale"): the one who asks, never
        whom a later "he said" means."""
        surname = person.name.split()[-1]
        if len(surname) < 3 or not surname[0].isupper():
            return False
        cache = getattr(self, "_PAGE_told", None)
        if cache is None:
            cache = self._PAGE_told = {}
        if surname not in cache:
            cache[surname] = [
                (
                    m.start(),
                    bool(
                        _PAGE_TOLD_REPORTER.search(
                            self.body[max(0, m.start() - 80) : m.start()]
                        )
                        # "VOA's Nico Colombant reports from Dakar": the
                        # story's own correspondent, credited.
                        or (
                            re.search(
                                r"\b[A-Z]{2,}[’']s\s+(?:[\w’'\-]+\s+){0,4}$",
                                self.body[max(0, m.start() - 60) : m.start()],
                            )
                            and re.match(
                                r"\s+reports\s+from\b",
                                self.body[m.end() : m.end() + 18],
                            )
                        )
                    ),
                )
                for m in re.finditer(rf"\b{re.escape(surname)}\b", self.body)
            ]
        mentions = [told for at, told in cache[surname] if at < position]
        return bool(mentions) and all(mentions)

    def _person_candidates(self, position: int):
        # "He said …" goes on about whoever spoke last, if that was just now;
        # otherwise about the person the article mentioned last.
        # "“… (a long quotation) …,” he said.": the quotation that opens the
        # pronoun's paragraph is the speaker's own; whoever spoke just before
        # it is as recent as if the quotation were short.
        # Only a statement in the paragraph just before, though.
        anchor, above = position, position
        opened = self.body.rfind("\n", 0, position) + 1
        if re.match(r"\s*[“\"]", self.body[opened:position]) and re.search(
            r"[,.!?]\s*[”\"]\s*$", self.body[opened:position]
        ):
            anchor = opened
            above = self.body.rfind("\n", 0, len(self.body[:opened].rstrip())) + 1
        before = [s for s in self.statements if s.start < position]
        recent = [
            s
            for s in before
            if position - s.end < 400 or (s.end >= above and anchor - s.end < 400)
        ]
        latest = max(before, key=lambda s: s.end) if before else None
        if (
            not recent
            and latest is not None
            and position - latest.end < 3000
            # "X told VOA …. ¶ “…(a long quotation)…,” he said.": the
            # quotation's own words put no distance between X and "he".
            and len(_NEWS_QUOTED.sub("", self.body[latest.end : position])) < 400
            and not self._NEWS_anyone_named_between(latest, position)
        ):
            recent = [latest]
        # "Roe says there are no cases, or even what the WHO describes as
        # probable cases. He says …": a "what X calls" phrase nested inside
        # another's statement is not whom the next "he" goes on about.
        recent = [
            s
            for s in recent
            # "Roe dismissed claims by Lee that …": a claim nested in the
            # sentence of another is not whom "he" goes on about either.
            # "Roe says the party will not boycott the vote, which Lee says
            # can be held. “…,” she said.": a relative clause's speaker
            # nested in Roe's statement is no more.
            if not (
                s.text.lower().startswith(("what ", "which ", "whom "))
                or s.cue in _NESTED_CUES
            )
            or not any(
                o is not s
                and o.start <= s.start
                and s.end <= o.end
                and o.speaker != s.speaker
                for o in recent[-4:]
            )
        ]
        if (
            recent
            and (
                recent[-1].speaker_kind == "person"
                # "one woman in the town of Chincha … She said … She said …"
                # — not a body ("the Committee to Protect Journalists"), whose
                # last word a later "he" may follow.
                or (
                    not (
                        recent[-1].speaker_kind in ("organisation", "government_body")
                        and (
                            any(
                                _organisation_word(w)
                                for w in recent[-1].speaker.split()
                            )
                            # "His party, Keadilan, says …"
                            or self._named_as_body(recent[-1].speaker, position)
                        )
                    )
                    and self.gender_of(recent[-1].speaker) is not None
                )
            )
            and not _plural_group(recent[-1].speaker)
            and not self._named_since(recent[-1], position)
        ):
            last = recent[-1]
            yield _Person(last.speaker, last.speaker_role, last.start)
        ends = [
            m.end()
            for m in re.finditer(
                r"[.!?][”\"]?\s+(?=[A-Z“\"])", self.body[: position + 1]
            )
        ]
        current = ends[-1] if ends else 0
        for person in self.persons:
            # "Former Senator Gaylord Nelson started Earth Day because he
            # believed …": the person who opens this sentence — not one named
            # inside the quotation that opens it ("“We urge Evariste
            # Ndayishimiye …,” he said").
            opening = self.body[current : person.position]
            if (
                current <= person.position < min(current + 40, position)
                and not re.search(r"[“\"]", opening)
                and not self._in_quotation(person.position)
                and (opening.strip() == "" or _capitalised(opening.split()[0]))
            ):
                yield person
        subject = self._previous_subject(position)
        if subject is not None:
            yield subject
        mentioned = {}
        for statement in self.statements:
            if statement.speaker_kind == "person" and statement.start < position:
                mentioned[statement.speaker] = _Person(
                    statement.speaker, statement.speaker_role, statement.start
                )
        for person in self.persons:
            mention = self._last_mention(person, position)
            known = mentioned.get(person.name)
            if mention is not None and (known is None or mention > known.position):
                mentioned[person.name] = _Person(person.name, person.role, mention)
        # "X, a spokesman for a faction led by Y, spoke …": Y, named inside
        # X's description, is not whom a later "he" means before X.
        for key, person in list(mentioned.items()):
            for other in mentioned.values():
                if (
                    other is not person
                    and other.position < person.position < other.position + 200
                    and len(person.name.split()) >= 2
                    and fold(person.name) in fold(other.role)
                ):
                    mentioned[key] = _Person(
                        person.name, person.role, other.position - 1
                    )
                    break
        for key, person in list(mentioned.items()):
            if _NEWS_REPORTER_TOLD.search(
                self.body[max(0, person.position - 80) : person.position]
            ):
                # "X told VOA reporter Tom Roe that … ¶ He said …": the
                # reporter who was told listens; "he" goes on about X.
                del mentioned[key]
        # "Pope Francis celebrated Mass … ¶ “…,” he said": a sentence opened
        # by a title and a single name, which registers as no person, names
        # its subject as lately as any full name.
        for m in _TITLED.finditer(self.body, 0, position):
            if (
                m[1].lower() in _TITLES_AND_HONORIFICS
                and m[1] != "The"
                and re.match(r"\s+[a-z]", self.body[m.end() : m.end() + 2])
                and re.search(
                    # "On May 10, Secretary Lee testified …": after an opening
                    # phrase of time, too.
                    r"(?:[.!?]\s|\n)(?:(?:On|In|At|Last|This|Early|Late|Earlier"
                    r"|Later)\b[^,.;:!?\n]{0,30},\s)?$",
                    "\n" + self.body[max(0, m.start() - 42) : m.start()]
                    if m.start() <= 42
                    else self.body[m.start() - 42 : m.start()],
                )
                and self.person_by_surname(m[2], position) is None
                # "Army Corps of Engineers": a service and its body, no one.
                and not _unit_word(m[2])
                and (m[2] not in mentioned or mentioned[m[2]].position < m.start())
            ):
                mentioned[m[2]] = _Person(m[2], m[1].lower(), m.start(2))
        # The latest mentioned first.
        yield from sorted(mentioned.values(), key=lambda p: -p.position)
        # Last, someone the article names only by title and surname
        # ("President Bush spoke … “…,” he said").
        titled = [
            m
            for m in _TITLED.finditer(self.body, 0, position)
            if m[1].lower() in _TITLES_AND_HONORIFICS
            and not self._in_quotation(m.start())
            and not _unit_word(m[2])
        ]
        for m in reversed(titled):
            yield self.person_by_surname(m[2], position) or _Person(
                m[2], m[1].lower(), m.start(2)
            )

    def _in_quotation(self, position: int) -> bool:
        """Whether ``position`` lies inside a quotation opened in its paragraph."""
        start = self.body.rfind("\n", 0, position) + 1
        before = self.body[start:position]
        return before.count("“") > before.count("”") or before.count('"') % 2 == 1

    def gender_of(self, name: str) -> str | None:
        """ "m", "f" or None, from what the article itself says: a title ("Mr.
        Bouba", "Ms. Ali"), a gendered role ("spokeswoman"), and the pronouns
        that follow the person's mentions before anyone else is named ("Mbassi
        Antoinette. She attends …"). None when it says nothing or both."""
        key = fold(name)
        if key in self._genders:
            return self._genders[key]
        head = key.split()[0] if key.split() else ""
        if head in _FEMALE_NOUNS or head in _MALE_NOUNS:
            # A description: "woman in the town of Chincha".
            self._genders[key] = "f" if head in _FEMALE_NOUNS else "m"
            return self._genders[key]
        if not _capitalised(name):
            return None  # "top health expert": a description says nothing
        votes = {"m": 0, "f": 0}
        parts = name.split()
        surname = re.escape(parts[-1])
        body = self.body
        for match in re.finditer(
            rf"\b(Mr|Mrs|Ms|Miss|Mizz|Mister|Sir|Dame|Lady|Madam|Mme)\.?\s+(?:[A-Z][\w’'\-.]*\s+)*{surname}\b",
            body,
        ):
            votes["f" if match[1] in _FEMALE_TITLES else "m"] += 3
        # "“…,” says Mohammad's mother, Lina.": the role a statement gave its
        # speaker counts like a registered person's.
        roles = [person.role for person in self.persons if fold(person.name) == key]
        roles.append(
            next(
                (s.speaker_role for s in self.statements if fold(s.speaker) == key), ""
            )
        )
        for role in roles:
            for word in re.findall(r"[a-z]+", (role or "").lower()):
                if word in _FEMALE_NOUNS:
                    votes["f"] += 2
                elif word in _MALE_NOUNS:
                    votes["m"] += 2
        if len(parts) >= 2:
            # "Ruth Kirschstein", "Harold Varmus": a given name that the news
            # gives to one sex only, weighed like one pronoun, so that the
            # article's own "she" after a "Paul" leaves the gender open.
            given_name = fold(parts[0])
            if given_name in lx.FEMALE_GIVEN_NAMES:
                votes["f"] += 1
            elif given_name in lx.MALE_GIVEN_NAMES:
                votes["m"] += 1
        others = [fold(p.name).split()[-1] for p in self.persons if fold(p.name) != key]
        given = {fold(p) for p in parts[:-1]}
        for match in re.finditer(rf"\b{surname}\b", body):
            window_before = body[max(0, match.start() - 30) : match.start()]
            before = re.search(r"(?<=[\s(])([A-Z][\w’'\-]+)\s+$", window_before)
            if (
                before
                and len(parts) >= 2
                and fold(before[1]).rstrip(".") not in given | _TITLES_AND_HONORIFICS
                and not re.search(r"[.!?:”\"]\s*$", window_before[: before.start(1)])
            ):
                # "Roe’s father, the actor Tomas Roe Jr. He ran …": the same
                # surname under another given name is another person, whose
                # pronouns say nothing of Ann Roe's.
                continue
            if _OBJECT_BEFORE.search(body, max(0, match.start() - 60), match.start()):
                # "The chancellor, who met with President Tom Roe, said she …":
                # the pronoun after an object is the subject's, not Roe's.
                continue
            window = body[match.end() : match.end() + 160]
            end = re.search(r"[.!?][”\"]?\s+[A-Z“\"].*?[.!?]", window, flags=re.S)
            window = window[: end.end()] if end else window
            # “I step into the role she would play,” he said: a pronoun inside
            # a quotation is about someone the speaker speaks of.
            window = re.sub(r"“[^“”]*”|\"[^\"]*\"", " ", window)
            for word in re.finditer(r"[A-Za-z’'\-]+", window):
                token = word[0]
                folded = fold(token)
                if folded == "him" and re.fullmatch(
                    r"\s+(?:[a-z]+ly\s+)?[a-z]+\s+", window[: word.start()]
                ):
                    # "Lee asked him to describe …": the object of the name's
                    # own verb is someone else, not Lee.
                    break
                if folded in ("he", "him", "his", "himself"):
                    votes["m"] += 1
                    break
                if folded in ("she", "her", "hers", "herself"):
                    votes["f"] += 1
                    break
                if folded in others:
                    break  # someone else is named first
        gender = None
        if votes["m"] > votes["f"]:
            gender = "m"
        elif votes["f"] > votes["m"]:
            gender = "f"
        self._genders[key] = gender
        return gender

    def _previous_subject(self, position: int) -> _Person | None:
        """The person who opens the sentence before this one: "Kazuo Kodama is a
        spokesman for Minister Hirofumi Nakasone. He told …" is Kodama."""
        chained = self._pronoun_chain(position)
        if chained is not None:
            return chained
        quoted = self._subject_before_quoted_paragraph(position)
        if quoted is not None:
            return quoted
        # "Ann Lee issued a statement. “…,” she said.": a quotation opening
        # the sentence aside, the sentence before is still just before.
        bounds = self._sentence_bounds(position) or self._sentence_bounds(
            position, quoted_lead=True
        )
        if bounds is None:
            return None  # only just before, in the same paragraph
        previous = bounds[0]
        for person in self.persons:
            if previous <= person.position < previous + 3:
                return self._titled_by(person)
        owner = re.match(
            r"[A-Z][\w\-]+[’']s\s+(?:[a-z\-]+\s+){0,3}[a-z\-]+,\s+",
            self.body[previous : previous + 80],
        )
        if owner:
            # "Azad's lawyer, Tom Reed, … plans to appeal. He accused …": the
            # lawyer named after his description, not the one who owns it.
            at = previous + owner.end()
            for person in self.persons:
                if at <= person.position < at + 3:
                    return person
        opening = re.match(
            r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?\s+)?"
            + _PARTICLE
            + r"([A-Z][\w’'\-]+)",
            self.body[previous : previous + 60],
        )
        if opening:
            # "Mr. Kim was born in South Korea. He says …"
            found = self.person_by_surname(opening[1], position)
            if found is not None:
                return found
        fronted = _FRONTED_SUBJECT.match(self.body, previous, bounds[1])
        if fronted:
            # "Dressed in a black suit, Mr. da Silva thanked the voters and his
            # rival, Jose Serra. He described …": the subject after a fronted
            # phrase, not the rival named last.
            found = self.person_by_surname(fronted["surname"], position)
            if found is not None:
                return found
        relative = re.search(
            r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+([A-Z][\w’'\-]+),\s+who\s",
            self.body[previous : bounds[1]],
        )
        if relative:
            # "VOA spoke with Ms. Roe, who had just met President Lee. She
            # said …": the one the sentence goes on to describe.
            return self.person_by_surname(relative[1], position)
        return None

    def _titled_by(self, person: _Person) -> _Person:
        """The person a capitalised office names before its holder: "House
        Majority leader Eric Cantor" is Cantor, not "House Majority"."""
        end = person.position + len(person.name)
        if self.body[person.position : end] != person.name:
            return person
        for other in self.persons:
            if end < other.position <= end + 40:
                words = self.body[end : other.position].split()
                if words and all(w.islower() and w in lx.TITLE_WORDS for w in words):
                    return other
        return person

    def _subject_before_quoted_paragraph(self, position: int) -> _Person | None:
        """ "Today, 54-year-old Ann Roe has achieved what Eva Lee never could.
        ¶ “…,” she said.": a paragraph that opens with a quotation and ends
        with "she said" goes on about the subject of the paragraph before,
        not whoever it named last."""
        start = self.body.rfind("\n", 0, position) + 1
        if not re.match(r"\s*[“\"]", self.body[start:position]):
            return None
        if len(re.findall(r"[“”\"]", self.body[start:position])) > 2:
            return None  # a second quotation in the paragraph: not its opening
        if self._surname_between(start, position):
            return None
        ends = [e for e in self._sentence_ends_before(start) if e < start - 1]
        sentence = ends[-1] if ends else 0
        while sentence < start and self.body[sentence].isspace():
            sentence += 1
        pronoun = re.match(r"\s*(he|she)\b", self.body[position : position + 5], re.I)
        paragraph = self.body.rfind("\n", 0, len(self.body[:start].rstrip())) + 1
        ends = [0, *ends]
        while (
            pronoun
            and len(ends) >= 2
            and ends[-2] >= paragraph
            and re.match(
                rf"{pronoun[1].capitalize()}\s+[a-z]",
                self.body[sentence : sentence + 20],
            )
        ):
            # "Ann Roe took the stage. She first thanked Mayor Lee, who … ¶
            # “…,” she said.": the sentence that goes on with "she" leads
            # back to the one that names her.
            ends.pop()
            sentence = ends[-1]
            while sentence < start and self.body[sentence].isspace():
                sentence += 1
        for person in self.persons:
            # "Ann Roe, of the Acme Exchange, is among them."
            if sentence <= person.position < sentence + 3:
                return person
        opening = re.match(
            r"(?:[A-Z][\w\-]*(?:\s+[\w\-]+){0,3},\s+)?(?:\d+-year-old\s+)?",
            self.body[sentence:start],
        )
        at = sentence + opening.end()
        for person in self.persons:
            if at <= person.position < at + 40:
                words = self.body[at : person.position].split()
                if all(_capitalised(w) or w.lower() in lx.TITLE_WORDS for w in words):
                    return person
        return None

    def _pronoun_chain(self, position: int) -> _Person | None:
        """ "Ann Roe is a professor in Boston. She has written about Cuba. She
        will be there during President Lee's visit. ¶ She told …": "she"
        opening sentence after sentence, even into the next paragraph, goes on
        about the person who opened the first of them, not the one named last
        inside them."""
        ends = [0, *self._sentence_ends_before(position)]
        # "He" opens the sentence, its verb at ``position`` or just after.
        pronoun = re.match(
            r"\s*(He|She)\s+(?:[a-z]+\s+){0,2}$",
            self.body[ends[-1] : position],
        ) or re.match(r"\s*(He|She)\s*$", self.body[ends[-1] : position + 3])
        if pronoun is None:
            return None
        chain = 0
        for start in reversed(ends[-6:-1]):
            opening = self.body[start : start + 60]
            if re.match(rf"\s*{pronoun[1]}\s+[a-z]", opening):
                chain += 1
                continue
            if chain == 0:
                return None  # the sentence before does not go on about anyone
            named = re.match(
                r"\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?(?:[A-Z][\w’'\-]+\s+){0,2}"
                + _PARTICLE
                + r"([A-Z][\w’'\-]+)\s+(?:is|was|has|had|[a-z]+ed|[a-z]+s)\b",
                opening,
            )
            if named is None:
                return None
            person = self.person_by_surname(named[1], position)
            if person is None or self.gender_of(person.name) not in (
                None,
                "m" if pronoun[1] == "He" else "f",
            ):
                return None
            return person
        return None

    def _NEWS_anyone_named_between(self, statement: Statement, position: int) -> bool:
        """Whether anyone but ``statement``'s speaker is named, outside a
        quotation, between its end and ``position``."""
        speaker = fold(statement.speaker)
        for person in self.persons:
            surname = person.name.split()[-1]
            if fold(person.name) == speaker or speaker.endswith(fold(surname)):
                continue
            mentions = self._unquoted_mentions(surname)
            since = mentions[
                bisect.bisect_right(mentions, statement.end) : bisect.bisect_left(
                    mentions, position
                )
            ]
            if since or statement.end < person.position < position:
                return True
        return False

    def _named_since(self, statement: Statement, position: int) -> bool:
        """Whether the article introduced someone else between ``statement``
        and ``position``: "… he says. The head coach has been Ratko Rudic. He
        was born in Belgrade. He told VOA …" is about Rudic, not the last
        speaker."""
        speaker = fold(statement.speaker)
        for person in self.persons:
            if (
                fold(person.name) == speaker
                or speaker.endswith(fold(person.name).split()[-1])
                or self._is_host(person.name)
            ):
                continue
            # Someone new was introduced since, or someone named before is
            # the subject again: "… a mother talking to her baby. “…” Ann Roe
            # explains the finding. “…,” she said."
            # Only mentions between the statement and ``position`` count (a
            # search of the whole text before it, for every person, took a long
            # document quadratic time).
            surname = person.name.split()[-1]
            mentions = self._unquoted_mentions(surname)
            since = mentions[
                bisect.bisect_right(mentions, statement.end) : bisect.bisect_right(
                    mentions, position - len(surname)
                )
            ]
            if any(
                statement.end < at < position
                and not self._in_quotation(at)
                and self._introduced_as_subject(at)
                for at in [person.position, *since]
            ):
                return True
        return False

    def _introduced_as_subject(self, position: int) -> bool:
        """Whether the name at ``position`` opens its sentence ("Ahmad Yousuf
        Nuristani, the head of …, called on …", "Defense Secretary X said") or
        follows "is"/"has been" ("… has been Serbian Ratko Rudic") — not an
        object ("met with Vice President Cheney", "Addressing X, he said")."""
        line_start = self.body.rfind("\n", 0, position) + 1
        line_end = self.body.find("\n", position)
        line = self.body[line_start : len(self.body) if line_end < 0 else line_end]
        line = line.strip()
        if (
            len(line.split()) <= 6
            and not re.search(r"[.!?:;,”\"’')]$", line)
            and all(
                _capitalised(w) or w in ("of", "and", "the", "for", "in", "on", "to")
                for w in line.split()
            )
        ):
            # "DoD Critical Support" on a line of its own: a crosshead in
            # title case, which opens no sentence and introduces no one for
            # "he" to take up ("Johnson says Brexit will happen" does).
            return False
        start = max(
            self.body.rfind(". ", 0, position),
            self.body.rfind("\n", 0, position),
            self.body.rfind("? ", 0, position),
            self.body.rfind("! ", 0, position),
            # "… at once.” Ann Roe explains …": after a quotation's close.
            *(m.end() - 2 for m in _CLOSED_SENTENCE.finditer(self.body, 0, position)),
        )
        while start > 0 and re.search(
            r"(?:^|\s)(?:[A-Z]\.)+$|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col)\.$",
            self.body[max(0, start - 12) : start + 1],
        ):
            # "U.S. head coach Greg Ryan": an initialism's stop ends no sentence.
            start = max(
                self.body.rfind(". ", 0, start),
                self.body.rfind("\n", 0, start),
                self.body.rfind("? ", 0, start),
                self.body.rfind("! ", 0, start),
            )
        # "33-year-old Sheikh Ann Lee praised …": an age is no verb.
        before = [
            w
            for w in self.body[start + 1 : position].split()
            if not re.fullmatch(r"\d+-year-old", w)
        ]
        if re.search(
            r"\b(?:is|was|are|were|has\s+been|have\s+been)\s+(?:[\w\-]+\s+){0,3}$",
            self.body[start + 1 : position],
        ):
            return True
        if (
            2 <= len(before) <= 8
            and before[-1].endswith(",")
            and before[-1].rstrip(",").lower()
            in lx.ROLE_NOUNS | _KIN_NOUNS | _PERSON_NOUNS | lx.ANONYMOUS_HEADS
            and not any("," in word for word in before[:-1])
            # "A third voter, Peter Beckley, expressed hope …": an unnamed
            # one of several, then the name.
            and re.match(
                r"(?:The|Its|His|Her|Their|A|An|Another|One|[A-Z][\w\-]*[’']s)$",
                before[0],
            )
            and re.match(r"[^,.;:“”\"]{2,40},", self.body[position:])
        ):
            # "The state's fire chief, Ann Roe, is leading …": the name in
            # commas after the description that opens the sentence.
            return True
        if re.fullmatch(
            r"\s*(?:The|Its|His|Her|Their|A|An|[A-Z][\w\-]*[’']s)\s[^,.;:“”\"]{2,60}?"
            r"\s(?:-|--|—|–)\s*",
            self.body[start + 1 : position],
        ) and re.match(r"[^,.;:“”\"\-—–]{2,40}?\s(?:-|--|—|–)\s", self.body[position:]):
            # "The top Democrat in the Senate - Harry Reid - spoke of …": the
            # name set off by dashes after the description that opens it.
            return True
        description = _lowercase_description(before)
        if description and len(description) < len(before):
            # "Kenya Research Institute principal researcher Ann Lee serves …":
            # an organisation's name, then a lower-case occupation.
            before = before[: -len(description)]
        if all(
            (_capitalised(word) or (word in lx.TITLE_WORDS and word != "the"))
            and not word.lower().endswith("ing")
            and word.lower() not in _NOT_NAME_STARTS
            for word in before
        ):
            # "Swedish coach Thomas Dennerby says": a title in lower case too.
            return True
        # "Despite the two victories, U.S. head coach Greg Ryan does not …":
        # a fronted phrase, then the subject with its lower-case title; also
        # a linking adverbial ("For example, Ann Lee, head of …, called …").
        fronted = re.match(
            r"\s*(?:Despite|After|Before|Since|Although|Though|While|With|In|On|At"
            r"|Meanwhile|Later|Earlier|Still|For\s+example|For\s+instance|However"
            r"|Separately|Similarly|Likewise|Instead"
            # "Coming before reporters after the count, Roe promised …".
            r"|[A-Z][a-z]{2,}ing(?=\s+(?:before|to|from|with|at|in|on|after|outside"
            r"|inside|near|into|through|across|the|a|an|his|her|their|its|up|out|back)\b))"
            r"\b[^,;:“”\"]{0,80},\s+(?P<rest>.*)$",
            self.body[start + 1 : position],
        )
        if fronted is None:
            return False
        # "On Thursday, Kenya's attorney general, Ann Lee, called …": the
        # description's comma before the name.
        rest = [
            word.rstrip(",")
            for word in fronted["rest"].split()
            if not re.fullmatch(r"\d+-year-old", word)
        ]
        return all(
            (_capitalised(word) or word in lx.TITLE_WORDS)
            and not word.lower().endswith("ing")
            and word.lower() not in _NOT_NAME_STARTS
            for word in rest
        )

    def _speaker_just_before(self, position: int) -> Statement | None:
        """The last statement before ``position`` if a named person made it in
        the same paragraph, close by, and no one else was introduced since."""
        recent = [s for s in self.statements if s.start < position]
        if not recent:
            return None
        last = recent[-1]
        if (
            last.speaker_kind != "person"
            or len(last.speaker.split()) < 2
            or not 0 <= position - last.end < 400
            or "\n" in self.body[last.end : position]
            or self._named_since(last, position)
        ):
            return None
        return last

    def _last_subject(self, position: int) -> _Person | None:
        """The person last named as a sentence's subject before ``position`` in
        its paragraph, outside quotations ("Bob Roe expressed concern over
        what Ann Lee said. “…,” the senator said.")."""
        paragraph = self.body.rfind("\n", 0, position) + 1
        best, best_at = None, -1
        for person in self.persons:
            if person.position >= position or len(person.name.split()) < 2:
                continue
            at = self._last_mention(person, position)
            if (
                at is not None
                and paragraph <= at
                and at > best_at
                and self._introduced_as_subject(at)
            ):
                best, best_at = person, at
        if best is None:
            return None
        ends = [
            e
            for e in (self.body.find(". ", position), self.body.find("\n", position))
            if e >= 0
        ]
        end = min(ends) if ends else len(self.body)
        later = self._last_mention(best, end)
        if later is not None and later > best_at:
            # "Ann Lee is a cashier. After the board questioned Lee, the mayor
            # said …": named again as someone else's object, she is not the
            # office-holder who speaks.
            return None
        return best

    def _last_mention(self, person: _Person, position: int) -> int | None:
        """Where the article last named ``person`` (by surname) before
        ``position``, outside quotations: a name in someone's quotation is
        theirs to speak, not the narration's."""
        parts = person.name.split()
        surname = parts[-1]
        mentions = self._unquoted_mentions(surname)
        index = bisect.bisect_right(mentions, position - len(surname))
        while index:
            at = mentions[index - 1]
            given = re.search(
                r"\b([A-Z][a-z][\w’'\-]*)\s+$", self.body[max(0, at - 30) : at]
            )
            if (
                len(parts) >= 2
                and given
                and given[1] != parts[-2]
                and given[1] not in parts
                and any(
                    p is not person
                    and p.name.split()[-1] == surname
                    and given[1] in p.name.split()
                    for p in self.persons
                )
            ):
                # "Lipolelo Thabane" is not a mention of Tom Thabane.
                index -= 1
                continue
            return at
        return None

    def _sentence_ends_before(self, limit: int) -> list[int]:
        """Where each sentence ending before ``limit`` gives way to the next (the
        next one's start), in order; the text is searched once per article."""
        if self._sentence_ends is None:
            self._sentence_ends = [m.end() for m in _SENTENCE_END.finditer(self.body)]
        return self._sentence_ends[: bisect.bisect_left(self._sentence_ends, limit)]

    def _unquoted_mentions(self, surname: str) -> list[int]:
        """Where the article names ``surname`` outside quotations, in order
        (found once per article)."""
        mentions = self._mentions.get(surname)
        if mentions is None:
            mentions = self._mentions[surname] = [
                m.start()
                for m in re.finditer(rf"\b{re.escape(surname)}\b", self.body)
                if not self._in_quotation(m.start())
            ]
        return mentions

    def _person_by_office(self, organisation: str, position: int) -> _Person | None:
        """The last person introduced with a role in ``organisation``, named in
        full or by its initials ("C.D.C." for "Centers for Disease Control")."""
        key = re.sub(r"[^a-z]", "", organisation.lower())
        words = fold(organisation.strip()).replace("’", "'").removesuffix("'s")
        if len(key) < 2:
            return None
        found = None
        for person in self.persons:
            if person.position >= position or not person.role:
                continue
            capitals = re.findall(r"\b[A-Z][\w’'\-]*", person.role)
            initials = "".join(
                w[0] for w in capitals if w.lower() not in ("u.s.", "us", "the")
            ).lower()
            if key in initials or words in fold(person.role):
                found = person
        return found

    def person_by_role(self, noun: str, position: int) -> _Person | None:
        # "the premier" after "Prime Minister Ann Lee": the same office.
        pattern = _ROLE_SYNONYMS.get(noun.lower(), re.escape(noun))
        best = None
        for person in self.persons:
            if (
                person.position < position
                and (
                    re.search(rf"\b(?:{pattern})\b", person.role, flags=re.I)
                    or self._ranked(person, noun)
                    # "taken aside by assistant commissioner Ann Lee, from the
                    # police station," then "the assistant commissioner": the
                    # title in lower case before the name, when an appositive
                    # became the role.
                    or re.search(
                        rf"\b(?:{pattern})\s+$",
                        self.body[max(0, person.position - 40) : person.position],
                        flags=re.I,
                    )
                )
            ):
                best = person
        return best

    def _ranked(self, person: _Person, noun: str) -> bool:
        """Whether the rank just before the person's name is ``noun``: "Col.
        Jane Roe, the group's commander, …" then "the colonel said" — the
        rank's abbreviation names the noun even when the role kept is the
        appositive."""
        # The mention may start at the rank ("Col. Jane Roe") or after it.
        around = self.body[max(0, person.position - 14) : person.position + 6]
        named = self.body.find(person.name, person.position, person.position + 60)
        if named > person.position + 6:
            # "Marine Corps Sgt. Maj. Ann Lee": a service's name before the
            # rank; the ranks just before the name.
            around += " " + self.body[named - 14 : named]
        return any(
            _TITLE_ABBREVIATIONS.get(rank.lower()) == noun
            for rank in re.findall(r"\b([A-Z][a-z]{1,4})\.\s", around)
        )

    def _accused(self, position: int) -> _Person | None:
        """The person a court case is about, the last named before
        ``position`` as charged, tried or sentenced: "the sentencing of Ann
        Roe", "Roe pleaded guilty", "Roe, 35, was convicted"."""
        best, best_at = None, -1
        for person in self.persons:
            if person.position >= position:
                break
            surname = re.escape(person.name.split()[-1])
            for mention in re.finditer(rf"\b{surname}\b", self.body[:position]):
                before = self.body[max(0, mention.start() - 40) : mention.start()]
                after = self.body[mention.end() : mention.end() + 60]
                if (
                    _ACCUSED_BEFORE.search(before) or _ACCUSED_AFTER.match(after)
                ) and mention.start() > best_at:
                    best, best_at = person, mention.start()
        return best

    # -- who a noun phrase names -----------------------------------------------

    def speaker(self, phrase: str, position: int) -> Speaker | None:
        """The source a subject noun phrase names, resolved against the article."""
        found = self._phrase_speaker(phrase, position)
        if (
            found is not None
            and found.kind == "person"
            and " " not in found.name
            and self._named_as_body(found.name, position)
        ):
            # "His party, Keadilan, says …": one word the article set after
            # a body's noun names that body, not a person "he" can go on about.
            return Speaker(found.name, "organisation", found.role)
        return found

    def _named_as_body(self, name: str, position: int) -> bool:
        """Whether the text up to ``position`` (or the name just after it) sets
        ``name`` after a body's noun: "his party, Keadilan", "the opposition
        group Keadilan"."""
        cache = self._bodies_named
        if name not in cache:
            # Where the text sets the name after a body's noun, found once
            # per name: the text is the same at every call.
            body = self.body
            cache[name] = [
                m.start()
                for m in re.finditer(rf"\b{re.escape(name)}\b", body)
                if _BODY_NOUN_BEFORE.search(body, max(0, m.start() - 60), m.start())
            ]
        return any(at <= position + 40 for at in cache[name])

    def _phrase_speaker(self, phrase: str, position: int) -> Speaker | None:
        if fold(phrase.strip(" ,")) in _NO_SUBJECT_WORDS:
            # "Having said that, …", "All told, …", "Needless to say": a set
            # phrase before a verb of saying, with no one saying anything.
            return None
        if re.match(r"\s*[“\"]", phrase):
            # '"Lebanon is not as scary as Syria': the words of a quotation
            # reached back into, never the one who speaks them.
            return None
        if re.match(
            r"(?:[Nn]o|[Nn]obody|[Nn]one|[Nn]o\s+one)\s", phrase.strip(" ,") + " "
        ):
            # "No group has claimed responsibility", "Nobody said …": a
            # denied subject; no one is said to have said anything.
            return None
        fronted = re.fullmatch(
            r"(?:In|On|At|As|After|Before|For|With|Despite|During|Since|Under"
            r"|Beyond|Throughout|Following)\s[^,;:]*?\s[a-z][\w\-]*\s+"
            r"(?P<surname>[A-Z][\w’'\-]+)"
            # "As a result Cone said", its opening word already cut away.
            r"|(?:a\s+result|the\s+meantime|addition|the\s+end|turn|particular"
            r"|general)\s+(?P<after>[A-Z][\w’'\-]+)",
            phrase.strip(),
        )
        if fronted:
            # "As a result Cone said …", "In training and beyond Cone said
            # …": an opening phrase with no comma after it, then the surname
            # of a person the article named.
            surname = fronted["surname"] or fronted["after"]
            person = self.person_by_surname(surname, position)
            if person is not None and person.name != surname:
                return Speaker(person.name, "person", person.role)
        bare = phrase.strip()
        relative = re.fullmatch(
            r"(?P<head>(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]+|[A-Z][a-z]+s"
            r"|(?:[Tt]he\s+)?(?:[a-z\-]+\s+){0,2}[a-z]+s)"
            r"\s+who\s+(?:[a-z]+s|[a-z]+ed|live|work|have|are|is|was|were|had|has"
            rf"|{_IRREGULAR_PAST})\b[^,;:“”\"]*",
            bare,
        )
        if relative:
            # "Ann Lee who lives nearby says", "Residents who live nearby
            # say": a relative clause with no commas round it is no part
            # of who speaks.
            found = self.speaker(relative["head"], position)
            if found is not None:
                return found
        dated = re.match(
            rf"(?:{_WEEKDAY}|[Tt]oday|[Yy]esterday)[’']s\s+(?=[a-z])", bare
        )
        if dated:
            # "Thursday's report from the Labor Department says": the day
            # the document came out is no part of who speaks.
            return self.speaker("the " + bare[dated.end() :], position)
        office = re.fullmatch(
            r"[Tt]he\s+(?P<office>(?:[A-Z][\w’'\-]+\s+){1,2}(?P<title>[A-Z][a-z]+)"
            r"(?:\s+(?:to|of|for|in)\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*)?)",
            bare,
        )
        if (
            office
            and office["title"].lower() in lx.TITLE_WORDS
            and office["title"].lower() in _ROLE_OR_PERSON_NOUNS
            # "The Greek Prime Minister": a head of government is whom the
            # article titles so (_head_of_government), or no one yet.
            and office["title"]
            not in ("President", "Minister", "Premier", "Chancellor")
        ):
            # "the Taleban Ambassador to Pakistan said": an office, in
            # capitals, with whoever holds it named or not.
            holder = self.person_by_role(office["title"].lower(), position)
            qualifier = office["office"][
                : office.start("title") - office.start("office")
            ]
            if (
                holder is not None
                and qualifier.strip()
                in self.body[
                    max(0, holder.position - 60) : holder.position + len(holder.name)
                ]
            ):
                # Only the holder the article gave the same office ("the
                # Texas Governor" is not "California Gov. Ann Lee").
                return Speaker(holder.name, "person", holder.role)
            return Speaker(office["office"], "person", office["office"])
        described = re.fullmatch(r"((?:[a-z][a-z\-]*\s+){1,3})([A-Z][\w’'\-]+)", bare)
        if described and described[1].split()[-1] in _ROLE_OR_PERSON_NOUNS:
            # "“…,” said biologist Higgins": a role in lower case, then the
            # surname of a person the article named.
            person = self.person_by_surname(described[2], position)
            if person is not None:
                return Speaker(person.name, "person", person.role)
        single = re.fullmatch(
            r"(?P<name>[A-Z][a-z’'\-]+[a-rt-z])\s+of\s+(?:the\s+)?(?P<body>[A-Z][^,;:“”\"]*)",
            bare,
        )
        if (
            single
            and fold(single["name"]) not in lx.TITLE_WORDS | lx.NATIONALITIES
            # "Many of the Ministry officials said": a part of a group.
            and fold(single["name"]) not in lx.DETERMINERS | _QUANTIFIERS
            and not _organisation_word(single["name"])
            and any(_organisation_word(w) for w in single["body"].split())
        ):
            # "Surono of Indonesia's Directorate of Vulcanology said": one
            # who goes by a single name, and the body they belong to.
            return Speaker(single["name"], "person", single["body"])
        # (The sentence's first word in capitals: "Nurses based in …".)
        placed = _PAGE_PLACED_GROUP.fullmatch(bare[:1].lower() + bare[1:])
        if placed:
            # "the few health workers still operating in Dover", "aid workers
            # based in Goma": the group, not the place that locates it.
            phrase = bare[: placed.end("group")]
        owned_text = re.fullmatch(
            r"(?P<owner>[^,;:“”\"]{2,60}?)[’']s?\s+(?:(?:opening|closing|prepared|written"
            r"|keynote|farewell|inaugural|weekly|annual|new|latest|recent)\s+)?"
            r"(?:statement|letter|speech|message|post|tweet|testimony|op-ed"
            r"|column|article|memo|e-?mail|address|blog|announcement|video)",
            phrase.strip(),
        )
        if owned_text:
            # "Lee's speech argued that …", "Ann Lee's letter said …": the
            # words are the owner's ("the governor's office" speaks as such).
            owner = self.speaker(owned_text["owner"], position)
            if owner is not None and owner.kind in (
                "person",
                "organisation",
                "government_body",
            ):
                return Speaker(owner.name, owner.kind, owner.role or phrase.strip())
        with_unit = re.fullmatch(
            r"(?P<name>(?:[A-Z][\w’'.\-]*\s+){1,4}[A-Z][\w’'\-]+),?\s+with\s+"
            r"(?:the\s+\w|[A-Z0-9])[^;:“”\"]*",
            phrase.strip(),
        )
        if with_unit and not any(
            _organisation_word(w) for w in with_unit["name"].split()
        ):
            # "Sgt. Ann Lee with the 5th Battalion", "Ann Lee with the Red
            # Cross": the person, and the unit or body she is with.
            named = self.speaker(with_unit["name"], position)
            if named is not None and named.kind == "person":
                return Speaker(named.name, named.kind, named.role or phrase.strip())
        particled = re.fullmatch(
            r"(?:(?:al|el|bin|ibn|van|von|de|da|di|du|der|den|dos|das|del|della|le|la)"
            r"[\s\-])+[A-Z][\w’'\-]+",
            phrase.strip(),
        )
        if particled:
            # "“…,” said al-Hassan.", "von der Leyen said": a surname that
            # opens on its lowercase particle, of someone named before.
            words = phrase.split()
            person = self.person_by_surname(words[-1], position)
            if person is None and len(words) == 1:
                person = self.person_by_surname(words[0].split("-", 1)[-1], position)
            if person is not None:
                return Speaker(person.name, "person", person.role)
        for described in (_BODY_DESCRIBED, _GROUP_UNNAMED):
            # "The company that runs the plant says …", "Officials who spoke
            # on condition of anonymity said", "Local residents reached by
            # telephone said": the body or the group the words after it
            # describe, not a person.
            match = described.fullmatch(phrase.strip())
            head = self._speaker(match["np"], position) if match else None
            if head is not None and head.kind != "person":
                return head
        those = re.fullmatch(
            r"(?:[Tt]hose\s+(?:who|attending|present|gathered)"
            r"\b[^,;:“”\"]*|(?:[Bb]oth|[Tt]he\s+two)\s+(?:sides|parties|camps))",
            phrase.strip(),
        )
        if those:
            # "Those who attended the meeting said", "Both sides said": the
            # people described, unnamed.
            text = re.sub(r"^T", "t", phrase.strip())
            return Speaker(text, "anonymous", phrase.strip())
        self_named = re.fullmatch(
            r"(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[\w\-]+\s+){0,3}?[a-z]+,?\s+who\s+"
            r"(?:gave\s+(?:his|her|their)\s+(?:first\s+)?name|identified\s+(?:himself"
            r"|herself|themselves))\s+(?:only\s+)?as\s+(?P<name>[A-Z][\w’'\-]+"
            r"(?:\s+[A-Z][\w’'\-]+)?)",
            phrase.strip(),
        )
        if self_named:
            # "a voter who gave her name as Fona", "a woman who identified
            # herself as Enza": the name she gave.
            return Speaker(self_named["name"], "person", phrase.strip())
        informed = _INFORMED_SOURCE.fullmatch(phrase.strip())
        if informed:
            # "Two sources familiar with the matter told Reuters", "a source
            # close to the talks": an unnamed source and what it knows.
            if fold(informed["head"]) in ("those", "people", "others"):
                # "those familiar with the case": the people who know.
                return Speaker(phrase.strip(), "anonymous", phrase.strip())
            head = self._speaker(informed["head"], position)
            if head is not None and head.kind == "anonymous":
                return Speaker(head.name, head.kind, phrase.strip())
        found = self._speaker(phrase, position)
        owned_page = (
            re.fullmatch(
                r"(?:the\s+)?(?P<owner>.+?)[’']s?\s+(?:official\s+)?(?:website|web\s+site"
                r"|home\s*page|Facebook\s+page|Twitter\s+account|X\s+account"
                r"|Telegram\s+channel|blog)",
                phrase.strip(),
            )
            if found is None
            else None
        )
        if owned_page:
            # "according to the company's website": whoever runs the page.
            found = self.speaker(owned_page["owner"], position)
        if (
            found is None
            and re.match(r"[A-Z][a-z]+\s+[a-z]", phrase.strip())
            and len(phrase.split()) <= 6
            and not self.person_by_surname(phrase.split()[0], position)
            and fold(phrase.split()[0]) not in lx.PLACES | lx.NATIONALITIES
            and phrase.split()[0].lower() not in _PREPOSITIONS
            and not re.search(r"\b(?:he|she|they|it|we|his|her|their)\b", phrase)
        ):
            # "Court records show …", "Charging documents allege …": a common
            # noun phrase capitalised only because it opens the sentence.
            bare = phrase.strip()
            lowered = bare[:1].lower() + bare[1:]
            found = self._speaker(lowered, position)
            if found is not None and (
                found.kind == "person"
                # "New figures show …": bare figures are no source (above).
                or found.name.split()[-1]
                in ("figures", "data", "numbers", "statistics")
            ):
                found = None
            if found is not None and lowered.startswith(found.name.split()[0]):
                # Its capital kept: "Local pollsters", "Republican senators".
                found = Speaker(bare[:1] + found.name[1:], found.kind, found.role)
        if found is not None and found.kind == "person":
            owned = re.fullmatch(
                r"(?P<head>(?:[a-z\-]+\s+)?(?:officials?|sources?|spokesm[ae]n"
                r"|representatives?|members?|envoys?|diplomats?))\s+(?:of|for|from|at)"
                r"(?:\s+the)?",
                found.role.strip(),
            )
            if owned:
                # "An official of the Democratic Republic of Congo said": the
                # capitalised words after "of the" are whose the official is,
                # not a person's name.
                return Speaker(owned["head"], "anonymous", phrase.strip())
        if found is not None and found.name[:1].islower():
            head = re.fullmatch(
                r"(?:[a-z\-]+\s+)?(officials?|sources?)"
                r"\s+(?:of|for|from)\s+.*[A-Z].*",
                found.name,
            )
            if head:
                # "An official of the ruling Congolese Labor Party told VOA":
                # an unnamed source by what it is; whose it is, its role.
                return Speaker(head[1], found.kind, found.role or found.name)
        if found is not None and found.name in lx.ROLE_NOUNS:
            place = re.fullmatch(
                r"(?:the\s+)?"
                + re.escape(found.name)
                + r"\s+of\s+((?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2}"
                r"(?:\s+(?:province|state|county|city|region|district))?)",
                phrase.strip(),
                flags=re.I,
            )
            if place and re.sub(r"^the\s+", "", place[1], flags=re.I)[:1].isupper():
                # "The mayor of Cleveland said …": an office not named by its
                # holder is given with its place.
                return Speaker(found.name + " of " + place[1], found.kind, found.role)
        if found is None:
            office = re.fullmatch(
                r"(?:[Tt]he\s+)?(?P<office>(?P<qual>(?:(?!The\b)[A-Z][\w.]*\s+){0,2})"
                r"(?P<head>[A-Z][a-z]+))"
                r"(?P<place>\s+(?:in|to)\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?",
                phrase.strip(),
            )
            if (
                office
                and office["head"].lower() in lx.ROLE_NOUNS
                and (office["qual"] or office["place"])
                and all(
                    w.lower() in lx.NATIONALITIES
                    or re.fullmatch(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}", w)
                    for w in office["qual"].split()
                )
                and not (
                    office["place"] and _organisation_word(office["place"].split()[-1])
                )
            ):
                # "The U.S. Ambassador in Riyadh praised …", "The American
                # Ambassador said": an office in capitals that no holder's name
                # follows, given as the office (with its post).
                return Speaker(
                    office["office"] + (office["place"] or ""),
                    "person",
                    office["office"],
                )
            given = re.fullmatch(
                # "A 25-year-old student named Ann Roe": an age, a full name.
                r"(?:an?|one|another)\s+(?P<desc>(?:[\w\-]+\s+){0,2}[a-z\-]+)\s+"
                r"(?:named|called)\s+(?P<given>[A-Z][a-z’'\-]+(?:\s+[A-Z][a-z’'\-]+)?)",
                phrase.strip(),
                flags=re.I,
            )
            if given and given["desc"].split()[-1].lower() in (
                _PERSON_NOUNS
                | _FEMALE_NOUNS
                | _MALE_NOUNS
                | _KIN_NOUNS
                | lx.ROLE_NOUNS
                | {"parent", "woman", "man", "student", "teacher", "worker", "farmer"}
            ):
                # "A parent named Mandy said …": the one given name the
                # article gives is the speaker's.
                return Speaker(given["given"], "person", given["desc"].lower())
        if found is not None and found.kind == "person" and " " not in found.name:
            person = self._PAGE_misspelt(found.name, position)
            if person is not None:
                return Speaker(person.name, "person", person.role)
            if fold(found.name) in _PEOPLE_PLURAL | lx.ANONYMOUS_HEADS:
                # "Veterans said …" opening a sentence: people described, not
                # a person by name.
                return Speaker(found.name, "anonymous", found.role)
        return found

    def _PAGE_misspelt(self, surname: str, position: int) -> _Person | None:
        """The one person named in full before ``position`` whose surname a
        lone surname misspells by a single letter ("Mede said" after
        Information Minister Lambert Mende; "Gbabgo" for Gbagbo): hasty copy
        mistypes names, and the name meant is the one the article has
        introduced. None when the surname is short, is itself a person's, or
        is one letter from more than one."""
        key = fold(surname)
        if len(key) < 4 or not key.isalpha():
            return None
        found: dict[str, _Person] = {}
        for person in self.persons:
            if person.position > position:
                break
            parts = fold(person.name).split()
            if len(parts) < 2:
                continue
            if parts[-1] == key:
                return None
            if parts[-1][:1] == key[:1] and _PAGE_one_edit(parts[-1], key):
                found[fold(person.name)] = person
        return next(iter(found.values())) if len(found) == 1 else None

    def _speaker(self, phrase: str, position: int) -> Speaker | None:
        phrase = re.sub(r"[“”\"]", "", phrase)
        phrase = _RETIRED.sub("", phrase)  # "Gen. Ann Lee U.S. Army (Ret.)"
        phrase = re.sub(r"\s*\([^)]*\)", "", phrase).strip(" ,;:")
        # "court documents filed at the time of the plea": the documents.
        phrase = re.sub(
            r"^((?:[\w\-]+\s+){0,3}?(?:documents|records|papers|filings|reports?|data"
            r"|figures|statistics|estimates|communiqu[eé]|statement|declaration|resolution))\s+"
            r"(?:(?:filed|published|obtained|seen|reviewed|submitted|made\s+public)\b"
            # "issued by the division": who issued it names it (below).
            r"|(?:released|issued)\b(?!\s+by\b)).*$",
            r"\1",
            phrase,
            flags=re.I,
        )
        # "An unofficial count of ballots shows", "a review of the records
        # found": the count or the review, whatever it is of.
        phrase = re.sub(
            r"^((?:\w+\s+){0,3}?(?:count|tally|results|returns|analysis|survey|poll"
            r"|review|study|audit))\s+of\s+(?:the\s+)?[a-z][a-z\s\-]{0,40}$",
            r"\1",
            phrase,
            flags=re.I,
        )
        phrase = _DATELINE.sub("", phrase)
        # "The President of France Nicolas Sarkozy Monday, …, stated": the day
        # after the name says when.
        phrase = re.sub(
            rf"(?<=\S)\s+(?:on\s+)?(?:{_WEEKDAY}|today|yesterday)$", "", phrase
        )
        unset = re.fullmatch(
            r"(?P<name>[^,;:]{0,40}?[A-Z][\w’'.\-]*\s+[A-Z][\w’'\-]+)\s+(?P<role>[a-z]+)"
            r"\s+(?:of|for|at|with)\s+[^,;:]+",
            phrase,
        )
        if (
            unset
            and unset["role"] in lx.ROLE_NOUNS
            and not any(_organisation_word(w) for w in unset["name"].split()[-2:])
            and not any(
                w.lower() in lx.TITLE_WORDS | lx.ROLE_NOUNS
                for w in unset["name"].split()[-2:]
            )
        ):
            # "Colonel Ann Lee commander of the 5th Battalion" (a script that
            # sets off no description with commas): the name before the role.
            phrase = unset["name"]
        account = re.fullmatch(
            r"(?P<owner>(?:the\s+)?[^,;:]{1,60}?)[’']s?\s+(?:official\s+|verified\s+)?"
            r"(?:Twitter|Facebook|Instagram|Telegram|YouTube|TikTok|Weibo|WeChat|X"
            r"|social[\s\-]+media)\s+(?:account|page|channel|feed)",
            phrase,
        )
        if account:
            # "the president's Twitter account released a message saying …":
            # the account's owner speaks through it.
            owner = self.speaker(account["owner"], position)
            if owner is not None:
                return owner
            return Speaker(re.sub(r"^the\s+", "", phrase), "organisation", "")
        site = re.fullmatch(
            r"(?:(?:the|a|an)\s+)?(?P<desc>(?:[\w\-]+\s+){0,3}?)(?:[Ww]eb\s*site|website)",
            phrase,
        )
        if site and site["desc"].strip() and not re.search(r"[’']s?\s*$", site["desc"]):
            # "The government Web site announced the results": a site that
            # publishes speaks like a document, by what it is.
            return Speaker(
                re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I), "organisation", ""
            )
        document = re.fullmatch(
            r"(?:the|that|this)\s+(statement|letter|message)", phrase, flags=re.I
        )
        if document:
            # "… read a statement from al-Sadr: “…” The statement continued,
            # “…”": the statement is the words of the one who issued it.
            named = list(
                re.finditer(
                    rf"\b(?i:{document[1]})\s+(?:from|by)\s+(?:the\s+)?(?P<who>(?:[A-Z]"
                    r"[\w’'.\-]*\s+){0,3}(?:al-|el-)?[A-Z][\w’'\-]+)",
                    self.body[:position],
                )
            )
            issued = named[-1] if named else None  # the latest issued before
            if issued is not None:
                found = self.speaker(issued["who"], issued.start("who"))
                person = self.person_by_surname(issued["who"].split()[-1], position)
                if found is None and person is not None:
                    found = Speaker(person.name, "person", person.role)
                if found is None and re.fullmatch(
                    r"(?:al|el)-[A-Z][\w’'\-]+", issued["who"]
                ):
                    found = Speaker(issued["who"], "person", "")  # "al-Sadr"
                if found is not None:
                    return found
        inner = re.fullmatch(
            r"(?P<head>(?:[A-Za-z][\w’'.\-]*\s+){1,12}?)(?:(?P<rel>that|which|whom)|after"
            r"|before|when|while|because|until|once|whenever)\s+(?P<np>(?:(?:the|a|an"
            r"|his|her|their|its|some|many|most|other)\s+)?(?:[A-Za-z][\w’'.\-]*\s+){0,3}"
            r"[A-Za-z][\w’'.\-]*)",
            phrase,
        )
        if inner and (
            re.search(
                r"\b(?:is|are|was|were|has|have|had|be|been|do|does|did|not)\b|[a-z]ed$",
                inner["np"],
            )
            # "said that he", "to which he": a verb's or a preposition's
            # clause, no noun that a relative clause describes.
            or _VERB_RE.search(inner["head"])
            or re.search(r"\b[a-z]+ed\s*$", inner["head"])
            or (
                inner["head"].split()[-1].lower() in _PREPOSITIONS
                # "a letter from Castro in which he said": the pronoun after
                # "in which" is the subject all the same.
                and not (
                    inner["rel"] in ("which", "whom")
                    and inner["np"].lower() in ("he", "she", "they")
                    and inner["head"].split()[-1].lower() != "to"
                )
            )
            or (
                inner["rel"]
                and not re.match(
                    r"(?:the|a|an|his|her|their|its|he|she|they|we|I|[A-Z])\b",
                    inner["np"],
                )
            )
        ):
            inner = None
        if inner:
            # "One issue that the president spoke about", "…, vowing to step
            # down after results showed …": the words before the verb end in
            # a clause of their own; its subject is the verb's.
            np = inner["np"]
            if np.lower() in ("he", "she") and inner["rel"]:
                # "a speech by President Chavez in which he labeled …": the
                # person the words before name, last.
                for titled in reversed(
                    list(
                        re.finditer(
                            r"\b([A-Z][a-z]+)\.?\s+([A-Z][\w’'\-]+)\b", inner["head"]
                        )
                    )
                ):
                    person = self.person_by_surname(titled[2], len(self.body))
                    if person is not None:
                        return Speaker(person.name, "person", person.role)
            if (
                np.split()[0].lower() in lx.PRONOUNS
                or _capitalised(np.split()[-1])
                or (
                    np.split()[-1].lower() in _COMMON_HEADS | lx.ROLE_NOUNS | _COUNTS
                    or np.split()[-1].lower() in _PERSON_NOUNS | _EXPERT_NOUNS
                )
            ):
                return self.speaker(np, position + inner.start("np"))
            return None
        if re.search(r"\s(?:who|whom)$", phrase):
            # "…, a doctor who told CNN …": a relative pronoun ends the words
            # before the verb; they describe the one named before, no speaker.
            return None
        bare = re.fullmatch(
            r"[Tt]he\s+(?:[A-Z]{2,}\s+)?(?P<title>[A-Z][a-z]{3,})", phrase
        )
        if (
            bare
            and not _organisation_word(bare["title"])
            # a title, not a name: "Administrator", "Secretary", "Governor"
            and (
                bare["title"].lower() in lx.TITLE_WORDS | lx.ROLE_NOUNS
                or re.search(r"(?:or|er|ary|ist|ent|ant)$", bare["title"])
            )
        ):
            # "In his letter, the Administrator added …" after "Administrator
            # Goldin": the person the article titles so.
            holder = None
            for titled in re.compile(
                rf"\b{bare['title']},?\s+((?:[A-Z][\w’'.\-]*\s+){{0,3}}[A-Z][\w’'\-]+)"
            ).finditer(self.body, 0, position):
                # "Administrator Goldin", "Administrator, Daniel S. Goldin": the
                # last one titled so before.
                words = titled[1].split()
                for word in (words[-1], words[0]):
                    person = self.person_by_surname(_strip_possessive(word), position)
                    if person is not None:
                        holder = person
                        break
            if holder is not None:
                return Speaker(holder.name, "person", holder.role)
            if bare["title"] == "President" and self._in_turn:
                # "When I took this job, the President made it very clear …" in
                # a speech, no president named: the office.
                return Speaker(bare["title"], "person", phrase)
        body_of = re.fullmatch(
            r"(?:[Tt]he\s+)?(?P<name>(?:(?:Office|Ministry|Department|Bureau|Commission"
            r"|Council|Committee|Secretariat|Agency|Institute|Embassy|Court|Board)\s+(?:of|for)"
            # "the Committee to Protect Journalists", "the Campaign to End
            # Hunger": a body named by its purpose, a verb after "to".
            r"|(?:Committee|Campaign|Coalition|Alliance|Fund|Foundation|Council|League"
            r"|Movement|Initiative|Center|Centre|Society|Association|Network)\s+to"
            r"(?=\s+[A-Z][a-z]+\s+(?:the\s+)?[A-Z]))\s+"
            r"(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+(?:[A-Z][\w’'.\-]*|of|for|the|and|on))*)",
            phrase,
        )
        if body_of:
            # "The Office of the U.N. High Commissioner for Refugees says": an
            # office, whatever titles its name holds.
            return Speaker(body_of["name"], "organisation", "")
        pair = re.fullmatch(
            rf"(?:[Tt]he\s+)?(?P<a>{_LIST_ITEM})\s+and\s+(?P<b>{_LIST_ITEM})", phrase
        )
        if pair and "," not in phrase:
            # "The International Committee of the Red Cross and the Yemen Red
            # Crescent Society said": two organisations speak together.
            a = self.speaker(pair["a"], position)
            b = self.speaker(pair["b"], position)
            if (
                a is not None
                and b is not None
                and a.kind in ("organisation", "government_body")
                and b.kind in ("organisation", "government_body")
            ):
                return Speaker(re.sub(r"^[Tt]he\s+", "", phrase), "organisation", "")
            if (
                a is not None
                and b is not None
                and a.kind == b.kind == "person"
                and a.role
                and b.role
                and " " in a.name
                and " " in b.name
                and not any(
                    _organisation_word(w) for w in (a.name + " " + b.name).split()
                )
            ):
                # "Senate Majority Leader Ann Lee and House Speaker Tom Roe
                # say": two titled people; the first speaks for both (as for
                # "Attorney General Ann Lee and U.S. Attorney … Tom Roe").
                return a
        if "," in phrase and _listed_subject(phrase + ",") == phrase:
            # "the Governments of Ruritania, the United Kingdom, and …": the
            # subject is the whole list.
            return Speaker(re.sub(r"^the\s+", "", phrase), "organisation", "")
        # "Spc. Ann Berg an Army musician with the 98th Army Band": the name,
        # its description's comma missing; not the band.
        phrase = re.sub(
            r"^((?:[A-Z][\w’'.\-]*\s+){1,4}[A-Z][\w’'\-]+)\s+(?:a|an)\s+[\w\-].*$",
            r"\1",
            phrase,
        )
        phrase = re.sub(
            r"^(?:in\s+)?(?:what|which|where|when|while|as|because)\s+",
            "",
            phrase,
            flags=re.I,
        )
        # "Police in the West Midlands", "Central Weather Bureau in Taiwan",
        # "reports by the USGS": the name before the place, the author after "by".
        by = re.match(
            r"^(?:(?:a|an|the)\s+)?(?:\w+\s+)?(?:reports?|statements?|press\s+release"
            r"|release|announcement|letter|notice|filing)\s+(?:by|from|issued\s+by)\s+(.+)$",
            phrase,
            flags=re.I,
        )
        if by:
            phrase = by.group(1)
        phrase = re.sub(
            # "Wage and Hour Division Director Ann Berg in Raleigh".
            r"^((?:the\s+)?[A-Z][\w’'.\-]*(?:\s+(?:[A-Z][\w’'.\-]*|and|of|for|&)"
            r"(?=\s+[A-Z]))*(?:\s+[A-Z][\w’'.\-]*)?)\s+(?:in|at)\s+.*$",
            r"\1",
            phrase,
        )
        phrase = _LEADING_TIME.sub("", phrase)
        # "the World Health Organization -- the W-H-O -- says": an aside.
        phrase = re.sub(r"\s+(?:--|—|–)\s+.{1,60}?\s+(?:--|—|–)\s*$", "", phrase)
        phrase = re.sub(
            r"\s+(?:in|at)\s+the\s+(?:\w+\s+)?(?:country|region|area|city|capital|town"
            r"|province)$",
            "",
            phrase,
        )
        if re.fullmatch(rf"(?:only\s+)?(?:{_SHARE.pattern})", phrase, flags=re.I):
            # "Fifty-one percent of those questioned said … Almost fourteen
            # percent said …": a bare share is of the group counted just before.
            for statement in reversed(self.statements):
                if position - statement.end > 400:
                    break
                if _SHARE_OF.match(statement.speaker_role):
                    return Speaker(statement.speaker, statement.speaker_kind, phrase)
        partitive = _SHARE_OF.fullmatch(phrase)
        if partitive:
            # "Two of the country's top labor federations say", "Fifty-one
            # percent of those questioned said", "A number of Democratic
            # lawmakers expressed dismay": the group speaks.
            group = re.sub(r"^the\s+", "", partitive["group"])
            found = self.speaker(group, position)
            head = group.split()[-1]
            if found is not None:
                return Speaker(found.name, found.kind, phrase)
            if re.fullmatch(r"[a-z][a-z\-]*s", head) or re.fullmatch(
                r"those\s+[a-z]+ed", group
            ):
                return Speaker(group, "anonymous", phrase)
        governing = re.fullmatch(
            r"(?:[Tt]he\s+)?(?P<head>government|authorities|military|army|parliament"
            r"|police)\s+of\s+(?P<place>(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})",
            phrase,
        )
        if (
            governing
            and not any(
                w.lower().rstrip(".") in lx.TITLE_WORDS | _TITLE_ONLY
                for w in governing["place"].split()
            )
            and self.person_by_surname(governing["place"].split()[-1], len(self.body))
            is None
        ):
            # "The government of South Sudan is insisting …": a country's
            # government by its place, as "South Sudan's government".
            return Speaker(
                f"{governing['head']} of {governing['place']}", "government_body", ""
            )
        office = re.fullmatch(
            r"(?:the\s+)?((?:[a-z\-]+\s+)?([a-z\-]+|[A-Z][a-z\-]+))\s+of\s+(?:the\s+)?"
            r"((?:[A-Z][\w’'.\-]*\s*)+)",
            phrase,
        )
        # "Secretary of the Navy Ann Lee": a holder's name after the office.
        named_after = office and any(
            fold(person.name) in fold(office[3]) for person in self.persons
        )
        if office and office[2].lower() in lx.ROLE_NOUNS and not named_after:
            # "the head of the World Bank", "the Secretary of Transportation":
            # the holder of that office, if the article names one with that
            # role; else the office itself.
            holder = self.person_by_role(office[2].lower(), position)
            if holder is not None and fold(office[3].strip()) in fold(holder.role):
                return Speaker(holder.name, "person", holder.role)
            return Speaker(re.sub(r"^the\s+", "", phrase), "person", office[1])
        spokes = re.fullmatch(
            r"(?:(?:a|an|the|A|An|The)\s+)?(?P<org>[A-Z][\w’'.\-]*(?:\s+(?:and|of|for|&|[A-Z][\w’'.\-]*))*)"
            r"\s+(?P<role>spokesperson|spokesman|spokeswoman|spokespeople|official|officials"
            r"|representative|representatives)",
            phrase,
        )
        if spokes and any(_organisation_word(w) for w in spokes["org"].split()):
            # "A Scottish Fire and Rescue Service spokesperson said"
            return Speaker(
                f"{spokes['org']} {spokes['role']}", "anonymous", spokes["role"]
            )
        titled = re.fullmatch(
            # "The judge" alone names no office: "The" is no organisation.
            r"(?:[Tt]he\s+)?(?!(?:The|A|An)\s)(?P<org>(?:[A-Z][\w.’'\-]*\s+){1,4})"
            r"(?P<role>[a-z]+)",
            phrase,
        )
        if titled and titled["role"] in lx.ROLE_NOUNS:
            # "The C.D.C. chief says" after "Tom Frieden, director of the U.S.
            # Centers for Disease Control": the person in that office.
            holder = self._person_by_office(titled["org"], position)
            if holder is not None:
                return Speaker(holder.name, "person", holder.role)
        # "Opposition parties in Guinea", "residents of Bangui": the group
        # before the place.
        group = re.match(
            # "Researchers from University College London, the National
            # University of Colombia and Harvard", "Observers from the Economic
            # Community of West African States": a group from a place.
            # "Officials on the island of Malta": the officials.
            r"^((?:\d[\d,]*\s+)?[A-Za-z][\w\-]*(?:\s+[a-z][\w\-]*)?s)\s+(?:in|at|from|of|with|on)\s+"
            r"(?:the\s+)?(?:(?:island|islands|state|province|region|city|town|coast"
            # "Researchers from 26 laboratories": from a count of places.
            r"|border)\s+of\s+(?:the\s+)?)?(?:[A-Z]|\d+\s+[a-z]).*$",
            phrase,
            flags=re.I,
        )
        body_of = re.fullmatch(
            r"(?:(?:[Tt]he|(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*[’']s)\s+)?"
            r"(?P<body>(?:ministry|department|office|bureau|council|commission|committee"
            r"|board|court|secretariat|directorate)\s+of\s+(?:the\s+)?[a-z][a-z\-]*"
            r"(?:\s+(?:and\s+)?[a-z][a-z\-]*){0,3})",
            phrase,
        )
        if body_of:
            # "South Korea's ministry of national defense says": a body named
            # in lower case by what it is in charge of.
            return Speaker(re.sub(r"^[Tt]he\s+", "", phrase), "government_body", phrase)
        placed = re.match(
            r"^(.+?)\s+(?:in|at|from|of|with)\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)*$",
            phrase,
        )
        described = re.match(
            r"^((?:[Aa]n?|[Oo]ne)\s+(?:\S+\s+){0,3}?([a-z][a-z\-]*))\s+(?!being\b)"
            r"[a-z]{3,}ing\s+(?:a|an|the|in|at|on|near|for|with|from|outside|inside"
            r"|along|his|her|their|its)\s.*$",
            phrase,
        )
        if described and (
            described[2] in _COMMON_HEADS
            or described[2] in _PERSON_NOUNS
            or described[2] in lx.ROLE_NOUNS
        ):
            # "A Nigerian senator representing a northern district says", "A
            # woman living near the plant said": the person, before the
            # participle that places them.
            phrase = described[1]
        watching = re.match(
            r"^((?:[A-Za-z][a-z\-]*\s+){0,2}([A-Za-z][a-z\-]*s))\s+(?!being\b)[a-z]{3,}ing\s+"
            r"(?:the|a|an|in|at|on|near|for|with|from|outside|inside|along|their)\s.*$",
            phrase,
        )
        if (
            watching
            and fold(watching[2]) in _PEOPLE_PLURAL | lx.ANONYMOUS_HEADS
            # "scientists working in a cave … found the bones": what they do
            # there is the news, not a report of theirs.
            and fold(watching[2])
            not in lx.RESEARCH_NOUNS | {"scientists", "researchers"}
        ):
            # "Journalists watching the vote say", "Residents living near the
            # plant said": the group, before the participle that places them.
            phrase = watching[1]
        if group and (
            fold(group[1]).split()[-1] in _COMMON_HEADS
            # "records from five hospitals", "readers of the site": a document
            # or the people the report comes from, before where they are.
            or fold(group[1]).split()[-1] in _DOCUMENTS
            or fold(group[1]).split()[-1] in _PEOPLE_PLURAL
        ):
            phrase = group[1]
        elif placed:
            head = placed[1].split()[-1]
            if head.islower() and (
                head in _COMMON_HEADS
                or head in _DOCUMENTS
                or head.endswith("s")
                or head in lx.ROLE_NOUNS
                or head in ("reporter", "correspondent", "journalist")
            ):
                phrase = placed[1]
        joint = re.fullmatch(
            r"((?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]+)\s+and\s+"
            r"(?:other|others|his|her|their|fellow)\b.*",
            phrase,
        )
        if joint:
            # "Ann Roe and other backers of the plan say", "Dr. Roe and her
            # colleagues found": the one named speaks with the rest.
            named = self.speaker(joint[1], position)
            if named is not None and named.kind == "person":
                return named
        words = phrase.split()
        while words and words[0].lower().strip(",") in lx.LEADING_FILLERS:
            words = words[1:]
        while words and (
            words[-1].lower() in _TRAILING_ADVERBS
            # "officials earlier", "he quickly" — not "Ian Kelly", "Reilly".
            or (
                words[-1].endswith("ly")
                and words[-1].islower()
                and words[-1] not in _LY_NOUNS
            )
        ):
            words = words[:-1]
        if not words or len(words) > 24:
            return None
        words = _cut_after_name(words)
        if len(words) > 12:
            return None
        if all(w.lower().strip(".,") in _DATE_WORDS for w in words) and not (
            # "…, said August.": the surname of Marlon August, named before.
            len(words) == 1
            and words[0].lower().strip(".,") in _MONTH_SURNAMES
            and self.person_by_surname(words[0].strip(".,"), position) is not None
        ):
            return None  # "…, announced Friday": a date, not a speaker
        if len(words) == 1 and words[0].lower().strip(".,!") in _INTERJECTIONS:
            return None  # "Well, now say hello to …"
        if len(words) == 1 and (
            words[0].lower() in _SUBORDINATORS
            # "Explaining his secret, Reed reached … and revealed": a
            # participle opening the sentence, not a person's name.
            or (
                re.fullmatch(r"[A-Z][a-z]{3,}ing", words[0])
                and self.person_by_surname(words[0], position) is None
                # "Beijing says …", "Nanjing": a place, no participle.
                and fold(words[0]) not in lx.PLACES
                and not re.fullmatch(r"[A-Z][a-z]*jing", words[0])
            )
        ):
            return None  # "Despite continued acrimony", "If confirmed, …"
        if (
            re.search(
                r"\b(?:to|of|for|by|in|about)\s+(?:being|having|doing|making|getting)\b",
                " ".join(words),
            )
            or words[0].lower() in ("maybe", "perhaps")
            # "the navy released a portion of a note found …": a clause with
            # its own verb and object, no subject of the verb after it.
            or re.search(
                r"^(?!.*\b(?:who|that|which|whom)\b)(?:\S+\s+){1,4}[a-z]{3,}ed\s+"
                r"(?:a|an|the|his|her|their|its)\s+\S+",
                " ".join(words),
            )
        ):
            # "Maybe the key to being a successful radio show host is …": a
            # clause's subject is an idea, not a source.
            return None
        original = " ".join(words)
        first = words[0].lower()
        if len(words) == 1 and first in ("some", "many", "most", "several"):
            # "But some say …", "Many believe …": an unnamed group by its
            # quantifier alone.
            return Speaker(first, "anonymous", first)
        if len(words) == 1 and first in lx.PRONOUNS:
            return self._pronoun(first, position)
        joined = re.fullmatch(
            r"(?P<det>This|That|One|A|An)\s+(?:[a-z\-]+\s+)?(?P<noun>"
            + "|".join(sorted(_MALE_NOUNS | _FEMALE_NOUNS | _PERSON_NOUNS))
            + r")\s+"
            r"(?!(?:of|in|from|at|on|with|who|whose|that|which|and|or|near|by)\b)[a-z]+\b"
            r"[^,;:]*?,?\s+(?:and|but)\s+(?P<pronoun>he|she)",
            original,
        )
        if (
            joined
            and joined["noun"]
            in (_MALE_NOUNS if joined["pronoun"] == "he" else _FEMALE_NOUNS)
            | _PERSON_NOUNS
        ):
            # "This man has a job with the state and he says …": the person
            # the sentence opens on, before the pronoun's own clause.
            name = joined["noun"]
            if joined["det"] in ("This", "That"):
                name = f"{joined['det']} {name}"
            return Speaker(name, "anonymous", joined["noun"])
        possessive = re.match(r"^(.*?)[’']s?\s+(\w+)$", original)
        if possessive and possessive[2].lower() in _DOCUMENT_NOUNS:
            return self.speaker(possessive[1], position)
        if (
            possessive
            and possessive[2].lower() in _SPOKES
            and _capitalised(possessive[1].split()[-1])
        ):
            # "Acme's spokesperson said": the spokesperson speaks for Acme.
            principal = self.speaker(possessive[1], position)
            if principal is not None:
                kind = principal.kind
                if kind == "person" and len(principal.name.split()) < 2:
                    kind = "organisation"
                return Speaker(principal.name, kind, possessive[2].lower())
        owned = re.fullmatch(
            r"(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*[’']s\s+((?:[a-z\-]+\s+){0,2}([a-z\-]+))",
            original,
        )
        if owned and owned[2] in lx.ROLE_NOUNS:
            # "Poland's finance minister says": a person by office, unnamed.
            return Speaker(original, "person", owned[1])
        if (
            first in lx.DETERMINERS
            or not _capitalised(words[0])
            or (len(words) == 1 and first in _COMMON_HEADS)
            # "City officials", "Mr. Wade's campaign": a common noun heads it.
            or (not _capitalised(words[-1]) and words[-1].lower() in _COMMON_HEADS)
            # "New polls predict", "Recent studies show", "Preliminary results
            # show": an adjective that opens the sentence before a study or
            # an election's count (not bare figures).
            or (
                len(words) == 2
                and words[-1] in lx.RESEARCH_NOUNS | {"polls", "results"}
                and fold(words[0]) in _DOCUMENT_ADJECTIVES
            )
            # "Early estimates show", "Chinese government statistics show",
            # "Unofficial results show": a count or an estimate in lower case
            # after the sentence's capital (a nationality or an adjective).
            or (
                2 <= len(words) <= 4
                and words[-1] in _COUNTS
                and all(w.islower() for w in words[1:])
                and self.person_by_surname(words[0], position) is None
            )
            # "Census Bureau data", "Labor Department figures", "FDA research":
            # a document.
            or (
                (words[-1] in _DOCUMENTS or words[-1] in lx.RESEARCH_NOUNS)
                and _capitalised(words[-2] if len(words) >= 2 else "")
                and (len(words) >= 3 or words[-2].isupper())
            )
        ):
            return self._common(words, original, position)
        return self._proper(words, original, position)

    def _pronoun(self, pronoun: str, position: int) -> Speaker | None:
        if lx.PRONOUNS[pronoun] == "person":
            subject = self._described_subject_here(pronoun, position)
            if subject is not None:
                return subject
            described = self._described_person(pronoun, position)
            if described is not None:
                return described
            nouns = _FEMALE_NOUNS if pronoun == "she" else _MALE_NOUNS
            recent = [s for s in self.statements if s.start < position]
            if (
                recent
                and position - recent[-1].end < 200
                and recent[-1].speaker_kind == "anonymous"
                and recent[-1].speaker_role in nouns
                # "… a mother talking to her baby. “…” Ann Roe explains. “…,”
                # she said.": the woman named since.
                and not self._surname_between(recent[-1].end, position)
            ):
                # "“…,” she said. Along with …, she said, …": the woman
                # described before, who spoke just now, goes on.
                last = recent[-1]
                return _speaker_of(last)
            if (
                recent
                and position - recent[-1].end < 200
                and recent[-1].speaker_kind == "anonymous"
                and re.match(r"(?:one|a|an)\s", recent[-1].speaker_role, flags=re.I)
                and not _plural_group(recent[-1].speaker)
                and not self._surname_between(recent[-1].end, position)
            ):
                # "One researcher called the fossil “a spectacular find.” He
                # said …": the unnamed person who spoke just now goes on.
                last = recent[-1]
                return _speaker_of(last)
            # "… found the hiker Bo Park. He told Hale that …": whoever "he"
            # is, not the person he tells.
            told = re.match(
                r"\s*(?:(?:he|she|He|She)\s+)?(?:told|tells|informed|informs|assured|assures|warned|warns)\s+"
                r"(?:[A-Z][\w’'.\-]*\s+){0,3}(?P<surname>[A-Z][\w’'\-]+)\b",
                self.body[position : position + 120],
            )
            listener = fold(told["surname"]) if told else None
            if listener is None:
                listener = self._NEWS_asker(pronoun, position)
            person = self.last_person(
                position, gender=_PRONOUN_GENDER.get(pronoun), listener=listener
            )
            return Speaker(person.name, "person", person.role) if person else None
        if pronoun == "it" and self.statements:
            last = self.statements[-1]
            if (
                last.start < position
                and position - last.end < 300
                and last.cue
                in ("saying", "stating", "claiming", "warning", "insisting")
                and re.search(
                    r"\b(?:letter|message|note|e-?mail|statement|memo|post)\s*,?\s+"
                    + re.escape(last.cue)
                    + r"\b",
                    self.body[max(0, last.start - 80) : last.start],
                )
                and not _surname_in(self.body[last.end : position])
            ):
                # "… released a message saying he was safe. ¶ It said …": the
                # message goes on with its sender's words.
                return _speaker_of(last)
        if pronoun == "it":
            # The document or organisation that opens the sentence just before.
            nearest = self._previous_document(position) or self._previous_organisation(
                position
            )
            if nearest is not None:
                for statement in reversed(self.statements):
                    if position - statement.end > 300:
                        break
                    if fold(statement.speaker).endswith(fold(nearest.name)):
                        # "The U.S. Geological Survey said … It said …"
                        return _speaker_of(statement)
                return nearest
        known = {fold(person.name) for person in self.persons}
        for statement in reversed(self.statements):
            if pronoun == "it" and _plural_group(statement.speaker):
                continue  # "researchers" are never "it"
            # "Acme said … It said …": a one-word name the article never gave
            # as a person's is taken up by "it" too.
            organisation_like = statement.speaker_kind != "person" or (
                pronoun == "it"
                and len(statement.speaker.split()) == 1
                and fold(statement.speaker) not in known
                and not any(
                    fold(statement.speaker) == fold(name).split()[-1] for name in known
                )
            )
            if statement.start < position and organisation_like:
                if pronoun == "it" and position - statement.end > 300:
                    break  # long ago: the sentence just before may name "it"
                return Speaker(
                    statement.speaker, statement.speaker_kind, statement.speaker_role
                )
        return None

    def _NEWS_asker(self, pronoun: str, position: int) -> str | None:
        """The surname of whoever, in the sentence just before, "asked him"
        (or "asked her") when the pronoun here is the one asked: "Reporter Ann
        Lee asked him about the war. He says …" is the man asked, not Lee."""
        bounds = self._sentence_bounds(position)
        if bounds is None:
            return None
        asked = _NEWS_ASKED_HIM.search(self.body, bounds[0], bounds[1])
        if asked is None or asked["object"].lower() != _NEWS_ASKED_OBJECT[pronoun]:
            return None
        return fold(asked["surname"])

    def _described_subject_here(self, pronoun: str, position: int) -> Speaker | None:
        """ "A morgue official counts 58 wounds, many of them, he says, made
        after death.": "he" set off inside the sentence of an unnamed person
        who opens it is that person."""
        ends = self._sentence_ends_before(position)
        start = ends[-1] if ends else 0
        region = self.body[start:position]
        if not re.search(r",\s*$", region) or re.search(r"[“”\"]", region):
            return None
        nouns = (
            (_FEMALE_NOUNS if pronoun == "she" else _MALE_NOUNS)
            | _PERSON_NOUNS
            | lx.ROLE_NOUNS
            | {"official", "officer", "doctor", "nurse", "worker", "soldier"}
            | {"fighter", "activist", "teacher", "student", "farmer", "engineer"}
        )
        opening = re.match(
            r"\s*(?:A|An|One)\s+(?P<desc>(?:[a-z\-]+\s+){0,2}(?P<noun>[a-z]+))\s+"
            r"(?:[a-z]+s|[a-z]+ed)\b",
            region,
        )
        if opening is None or opening["noun"] not in nouns:
            return None
        if self._surname_between(start, position):
            return None
        return Speaker(opening["desc"], "anonymous", opening["noun"])

    def _surname_between(self, start: int, end: int) -> bool:
        """Whether the text between ``start`` and ``end`` names a person the
        article knows, by the surname at least."""
        return any(
            re.search(
                rf"\b{re.escape(person.name.split()[-1])}\b", self.body[start:end]
            )
            for person in self.persons
            if person.position < end
        )

    def _described_person(self, pronoun: str, position: int) -> Speaker | None:
        """ "… including one woman in the town of Chincha. She said …": a
        person the sentence before describes without naming, when it names
        nobody else."""
        bounds = self._sentence_bounds(position, quoted_lead=True)
        if bounds is None:
            return None
        sentence = self.body[bounds[0] : bounds[1]]
        nouns = (_FEMALE_NOUNS if pronoun == "she" else _MALE_NOUNS) | _PERSON_NOUNS
        # "The governor of Bago province has led the search. He said …": an
        # office the sentence places, held by one person it does not name.
        offices = (
            lx.ROLE_NOUNS - nouns - {"spokeswoman" if pronoun == "he" else "spokesman"}
        )
        match = None
        for candidate in re.finditer(
            # "One Twitter user commented on the news. She admitted …".
            r"\b(?P<det>[Aa]|[Aa]n|[Oo]ne|[Tt]he|This|That)\s+(?:[A-Za-z][a-z\-]+\s+)?(?P<noun>"
            + "|".join(sorted(nouns | offices))
            + r")\b"
            # "a woman taxi driver in Rome": the occupation after the noun.
            r"(?P<job>(?:\s+[a-z\-]+)?\s+(?!(?:later|earlier|never|ever|together|rather"
            r"|further|however|after|over|under|there|where|whether|either|neither"
            r"|other|another)\b)[a-z\-]{2,}(?:er|or|ist|ian|ant|ent)\b)?"
            r"(?P<place>\s+(?:in|from|of)\s+(?:the\s+)?(?:[a-z]+\s+of\s+)?"
            r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*"
            r"(?:\s+(?:state|province|region|county|district))?)?"
            # "A woman named Fatima was outside. She told …": her given name.
            r"(?:\s+(?:named|called)\s+(?P<given>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?)\b)?",
            sentence,
        ):
            if (
                candidate["noun"] in offices
                and not (
                    candidate["det"].lower() == "the"
                    and candidate["place"]
                    # the sentence's subject: not "He is the head of Acme."
                    and not sentence[: candidate.start()].strip()
                )
            ):
                continue
            match = candidate
        if match is None:
            # "Sudan's defense minister appeared on television. He said …": an
            # office the sentence gives by its country, with no name.
            match = re.match(
                r"(?P<det>(?P<owner>[A-Z][\w\-]+[’']s)\s+(?:[a-z\-]+\s+){0,2})"
                r"(?P<noun>[a-z]+)\s+(?:appeared|spoke|went|addressed|met|visited"
                r"|arrived|was|has|had)\b",
                sentence,
            )
            if match is not None and match["noun"] not in lx.ROLE_NOUNS:
                match = None
        if match is None or any(
            bounds[0] <= person.position < bounds[1] for person in self.persons
        ):
            return None
        opens = not sentence[: match.start()].strip()
        if not opens and re.match(rf"\W*{pronoun}\b", sentence, flags=re.I):
            # "He said it is a passenger and cargo service. “…,” he said.": the
            # sentence before is the same "he"'s; what it describes is no one
            # who speaks next.
            return None
        if any(
            self.person_by_surname(word[1], position) is not None
            # "A fellow marcher took no comfort in Mr. Lee's promise. He said
            # …": the described subject, not the owner of a thing it names.
            and not (opens and word[2])
            for word in re.finditer(r"\b([A-Z][\w\-]+)([’']s\b)?", sentence)
        ):
            # "Lund, the former chairman of the party, was asked …. He
            # replied …": the sentence names someone introduced before, whom
            # its noun describes.
            return None
        if "owner" in match.groupdict() and match["owner"]:
            return Speaker(match["det"] + match["noun"], "anonymous", match["noun"])
        if match["given"]:
            return Speaker(match["given"], "person", match["noun"])
        if match["det"].lower() == "the" and match["noun"] in _KIN_NOUNS:
            # "… the father wrote. “…,” he added.": the father named before.
            person = self.person_by_role(match["noun"], position)
            if person is not None:
                return Speaker(person.name, "person", person.role)
        if (
            match["det"].lower() == "the"
            and not match["place"]
            and not match["job"]
            and "owner" not in match.groupdict()
        ):
            # "Gen. Ann Lee, the chairman of the board, … The chairman planned
            # the trip. “…,” she said.": the office named before with its
            # holder, taken up by "the", is the holder.
            person = self.person_by_role(match["noun"], position)
            if person is not None:
                return Speaker(person.name, "person", person.role)
        # "a woman taxi driver in Rome": the occupation heads the description.
        name = match["noun"] + (match["job"] or match["place"] or "")
        if match["det"] in ("This", "That"):
            # "This man has a job with the state. He says …": the reporter's
            # pointer is all the article calls him.
            name = f"{match['det']} {name}"
        for statement in reversed(self.statements):
            if statement.start >= position:
                continue
            if bounds[0] <= statement.start and re.search(
                rf"\b{match['noun']}\b", statement.speaker
            ):
                # "A spokesman for the campaign told VOA …. He said …": the
                # spokesman as the sentence before already named him.
                return Speaker(
                    statement.speaker, statement.speaker_kind, statement.speaker_role
                )
            break
        return Speaker(name, "anonymous", match["noun"])

    def _previous_document(self, position: int) -> Speaker | None:
        """ "The final report on the study was published last week. It found
        that …": the report, study or survey that opens the sentence before."""
        bounds = self._sentence_bounds(position)
        if bounds is None:
            return None
        opening = re.match(
            _DATED_OPENING + r"(?:The|A|An|Its|This|That)\s+((?:[\w\-]+\s+){0,3})",
            self.body[bounds[0] : bounds[1]],
        )
        for word in opening[1].split() if opening else []:
            if word in lx.RESEARCH_NOUNS and not word.endswith("s"):
                return Speaker(word, "organisation", "")
            if not re.fullmatch(r"[a-z\-]+", word):
                break
        released = re.search(
            r"\b(?:released|published|completed|issued|produced|prepared)\s+"
            r"(?:a|an|its|their|the)\s+(?:new\s+|latest\s+|annual\s+)?"
            r"(report|study|survey|analysis|review|paper)\b",
            self.body[bounds[0] : bounds[1]],
        )
        if released:
            # "The Institute recently completed a report about the problem. It
            # says …": the report.
            return Speaker(released[1], "organisation", "")
        about = re.findall(
            r"\b(?:about|on|of)\s+(?:a|an|the)\s+(?:new\s+|latest\s+)?"
            r"(?:[A-Z][\w.\-]*\s+){0,4}(report|study|survey|paper)\s+(?:on|about)\b",
            self.body[bounds[0] : bounds[1]],
        )
        if len(about) == 1:
            # "Today we tell about a United Nations report on the environment.
            # It says …": the one report the sentence before is about.
            return Speaker(about[0], "organisation", "")
        return None

    def _sentence_bounds(
        self, position: int, quoted_lead: bool = False
    ) -> tuple[int, int] | None:
        """Start of the sentence before the one at ``position``, and of this one
        (the sentence before may end the paragraph before)."""
        ends = self._sentence_ends_before(position + 1)
        if not ends:
            return None
        current = ends[-1]
        previous = ends[-2] if len(ends) >= 2 else 0
        lead = self.body[current:position]
        if quoted_lead:
            # Near its sentence's start, a quotation that opens it aside:
            # "“…,” she said."
            lead = re.sub(r"^\s*[“\"][^“”\"]*[”\"]", "", lead)
        if "\n\n" in self.body[previous:current].strip() or len(lead) > 60:
            return None
        return previous, current

    def _previous_group(self, position: int, depth: int = 0) -> Speaker | None:
        """The plural group that opens the sentence before: "Researchers from
        the University of Virginia did the study." → researchers."""
        bounds = self._sentence_bounds(position)
        if bounds is None:
            return None
        start = bounds[0]
        if depth == 0 and re.match(
            r"They\s+(?!say|said|told|tell)[a-z]", self.body[start:]
        ):
            # "… with nine other refugees. They arrived with wounds. They told
            # …": the sentence before goes on about the same group.
            return self._previous_group(start + 1, depth=1)
        opener = _OPENER.match(self.body, start, bounds[1])
        timed = _TIME_OPENER.match(self.body, start, bounds[1])
        if timed and not opener:
            # "About two weeks later, some women were found …": the group
            # after the time that opens the sentence.
            start = timed.end()
        if opener:
            # "In a statement, officials at the White House said … They …": the
            # group after the opening phrase.
            comma = re.match(r"[^,.]{0,40},", self.body[opener.end() : bounds[1]])
            if comma:
                start = opener.end() + comma.end()
                if depth == 0 and re.match(r"\s*they\s+[a-z]", self.body[start:]):
                    # "After being questioned by locals, they claimed …. But
                    # they said …": "they" after the opener goes on about the
                    # group before, not the one the opener names.
                    return self._previous_group(bounds[0] + 1, depth=1)
        words = self.body[start : bounds[1]].split()[:4]
        for index, word in enumerate(words):
            folded = fold(word.strip(",."))
            if folded in _COMMON_HEADS and (
                folded.endswith("s") or folded in _PLURAL_WITHOUT_S
            ):
                phrase = " ".join(words[: index + 1]).strip(",.")
                return self.speaker(phrase, bounds[0])
        if len(words) >= 2 and fold(words[0]) in _QUANTIFIERS:
            people = words[1].strip(",.")
            folded = fold(people)
            if _capitalised(people) and (
                folded in lx.NATIONALITIES
                or (folded.endswith("s") and folded[:-1] in lx.NATIONALITIES)
            ):
                # "Some Sudanese have been protesting since December. They
                # accused …": a people, after a quantifier.
                return Speaker(people, "anonymous", f"{words[0]} {people}")
        return self._only_group_named(bounds[0], bounds[1])

    def _only_group_named(self, start: int, end: int) -> Speaker | None:
        """ "Ms. Roe disagrees with conservative critics of the plan. They say
        …": a sentence whose subject is no group names one group elsewhere,
        its only plural source, and "they" takes it up. A group inside what
        someone said ("Critics say the bill will hurt farmers.") is no
        antecedent."""
        reported = [(st.start, st.end) for st in self.statements]
        said = _VERB_RE.search(self.body, start, end)
        if said:
            reported.append((said.start(), end))
        text = self.body[start:end]
        subject = re.match(
            r"\s*(?:The\s+)?((?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'.\-]*)", text
        )
        if subject and any(_organisation_word(w) for w in subject[1].split()):
            # "The European Union is trying to stop the people entering. They
            # say …": the body the sentence is about, not a group inside it.
            return None
        groups = {}
        # Each lower-case word is a candidate head, with the word before it
        # (never consumed, so that "observers from" leaves "observers" a head
        # of its own) or a possessive name ("Mr. Roe's critics", never an "s
        # critics" from inside it).
        for m in re.finditer(r"(?<![’'])\b[a-z][a-z\-]+\b", text):
            head = m.group(0)
            if not (
                fold(head) in _COMMON_HEADS
                and (head.endswith("s") or head in _PLURAL_WITHOUT_S)
                and head not in ("reports", "speakers")
                and not any(a <= start + m.start() < b for a, b in reported)
            ):
                continue
            before = re.search(
                r"(?:(?:Mr\.\s+|Ms\.\s+)?[A-Z][\w\-]*[’']s\s+"
                r"|(?<![’'])\b[a-z][\w\-]*\s+)$",
                text[max(0, m.start() - 40) : m.start()],
            )
            groups[fold(head)] = (before.group(0) if before else "") + head
        if len(groups) != 1:
            return None
        phrase = next(iter(groups.values())).split()
        if len(phrase) == 2 and (
            phrase[0] in lx.DETERMINERS
            or phrase[0] in _QUANTIFIERS
            or phrase[0] in _LINKING_WORDS | _BEFORE_A_GROUP
            or not re.fullmatch(r"[a-z\-]+", phrase[0])
            or _VERB_RE.fullmatch(phrase[0])
            or phrase[0].endswith(("ed", "ing"))
        ):
            phrase = phrase[1:]
        return self.speaker(" ".join(phrase), start)

    def _previous_organisation(self, position: int) -> Speaker | None:
        """ "SAGE recommends … It says …", "Microsoft also plans … And it says …":
        the organisation that opens the sentence before."""
        bounds = self._sentence_bounds(position)
        if bounds is None:
            return None
        sent_by = re.match(
            _DATED_OPENING
            + r"(?:[A-Z][\w\-]*\s+(?=[a-z]))?(?P<members>[A-Za-z][a-z]+s)\s+(?:from|of)\s+"
            r"(?:the\s+)?(?P<name>[A-Z][\w’'.\-]*(?:\s+(?:of|for|on|and|in|[A-Z][\w’'.\-]*))*)",
            self.body[bounds[0] : bounds[1]],
        )
        if sent_by and sent_by["members"].lower() in _COMMON_HEADS:
            # "Election monitors from the Organization for Security and
            # Cooperation in Europe were there. The group said …": the body
            # that sent them.
            name = sent_by["name"]
            while name.split()[-1] in ("of", "for", "on", "and", "in"):
                name = " ".join(name.split()[:-1])
            if any(_organisation_word(w) for w in name.split()):
                return Speaker(name, "organisation", "")
        body_noun = re.match(
            _DATED_OPENING
            + r"(?:(?:However|But|Meanwhile|Still|Instead|Also|Yet),?\s+)?[Tt]he\s+"
            r"(?P<noun>(?:[a-z\-]+\s+)?(?:opposition|government|party|company|ministry"
            r"|commission|council|committee|agency|coalition|alliance|union))"
            r"\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b",
            self.body[bounds[0] : bounds[1]],
        )
        if body_noun:
            # "However, the opposition boycotted the ceremony. It accuses …":
            # the body the sentence before is about, by its common noun.
            return Speaker(body_noun["noun"], "organisation", body_noun["noun"])
        opening = re.match(
            _DATED_OPENING + r"(?:[Tt]he\s+)?"
            # "The medical aid group - Doctors Without Borders - warns …": the
            # name set off after the body's description.
            r"(?P<body>(?:[a-z\-]+\s+){0,3}(?:"
            + "|".join(sorted(_ORGANISATION_NOUNS))
            + r")\s+[-–—]{1,2}\s+)?"
            r"(?P<org>(?:[A-Z][\w’'.\-]*)(?:\s+(?:of|for|on|and|[A-Z][\w’'.\-]*))*)"
            r"(?:\s+[-–—]{1,2}(?=\s))?",
            self.body[bounds[0] : bounds[1]],
        )
        if not opening:
            return None
        name = opening["org"].rstrip(".,")
        while name.split()[-1] in ("of", "for", "on", "and"):
            name = " ".join(name.split()[:-1])
        if not opening["body"] and (
            fold(name) in lx.PRONOUNS
            or fold(name) in lx.DETERMINERS
            or fold(name.split()[0]) in _COMMON_HEADS | lx.LEADING_FILLERS
            # "When reporters asked …, the office said …": a clause of time
            # opens the sentence, no name.
            or fold(name.split()[0])
            in _SUBORDINATORS | {"when", "while", "as", "since", "because"}
        ):
            return None  # "Police said", "Officials say": no name opens it
        known = {fold(person.name) for person in self.persons}
        surnames = {name.split()[-1] for name in known}
        if not opening["body"] and (
            fold(name) in known or fold(name).split()[-1] in surnames
        ):
            return None
        if fold(name) in lx.NATIONALITIES:
            return None  # "The American research organization …": a modifier
        rest = self.body[bounds[0] + opening.end() : bounds[1]]
        # "The Observatory for Human Rights, based in London, watches …": a
        # lowercase aside between the name and its verb.
        rest = re.sub(r"^,\s+[a-z][^,]{0,50},", "", rest)
        following = re.match(r"\s*([\w’'\-]+)", rest)
        next_word = following.group(1) if following else ""
        if fold(next_word) in _INSTITUTION_HEADS:
            # "The Bush administration opposes the bill. It says …"
            return Speaker(f"{name} {next_word}", "organisation", "")
        if (
            not (
                next_word in _SUBJECT_FOLLOWERS
                or re.fullmatch(r"[a-z]+(?:s|ed)", next_word)
            )
            or fold(next_word) in _COMMON_HEADS
        ):
            return None  # "Myanmar security forces killed …": not the subject
        words = name.split()
        defined = re.match(
            r"\s*(?:is|was)\s+(?:a|an)\s+((?:[\w\-]+\s+){0,3}[\w\-]+)", rest
        )
        proper = (
            any(_organisation_word(w) for w in words)
            or opening["body"]  # "The aid group - Doctors Without Borders -"
            or name.isupper()
            or self.is_outlet(name)
            or re.search(rf"[a-z,;]\s+{re.escape(name)}\b", self.body)
            # "Acme is a software firm for power grids. It says …": the
            # sentence defines the name as an organisation.
            or (defined and not _ORGANISATION_NOUNS.isdisjoint(defined[1].split()))
        )
        if proper and (
            len(words) == 1
            or any(_organisation_word(w) for w in words)
            or opening["body"]
        ):
            return Speaker(name, "organisation", "")
        return None

    def _common(self, words: list[str], original: str, position: int):
        determiner = words[0].lower() if words[0].lower() in lx.DETERMINERS else ""
        if not determiner and len(words) > 1 and re.fullmatch(_COUNT, words[0], re.I):
            # "47 researchers report", "Fifty people signed …": a count.
            determiner = words[0].lower()
        rest = words[1:] if determiner else words
        if not rest:
            return None
        lower = [
            w
            for i, w in enumerate(rest)
            if not _capitalised(w)
            # "The International Organization for Migration": a connector
            # inside a name in capitals is the name's.
            and not (
                w in ("for", "of", "and")
                and 0 < i < len(rest) - 1
                and _capitalised(rest[i - 1])
                and _capitalised(rest[i + 1])
            )
        ]
        if _name_particle(rest[-1]) and rest[-1] in lower:
            # "The Islamic militant group al-Shabab": a name with its article.
            lower.remove(rest[-1])
        if (
            (_capitalised(rest[-1]) or _name_particle(rest[-1]))
            and rest[-1].lower() not in lx.ANONYMOUS_HEADS
            and (
                not lower
                or lower[-1].lower() in _DESCRIPTIVE
                or (len(rest) - rest.index(lower[-1]) > 2 and len(lower) <= 2)
            )
        ):
            found = self._proper(rest, original, position)
            if found is not None:
                return found
        head = rest[-1].lower().strip(".,")
        text = " ".join(rest)
        if determiner == "the" and fold(text) in ("world body", "global body"):
            # "The world body also says …": the United Nations, as the
            # article named it before.
            mentions = list(
                re.finditer(
                    r"\b(United\s+Nations\b|U\.\s?N\.|UN\b)(?!\s+[A-Z])",
                    self.body[:position],
                )
            )
            if mentions:
                return Speaker(mentions[-1][1], "organisation", original)
        if determiner in ("these", "those", "this", "that"):
            antecedent = self._antecedent(head, position)
            if antecedent:
                kind = "anonymous" if head in lx.ANONYMOUS_HEADS else "organisation"
                return Speaker(antecedent, kind, original)
        if (
            determiner == "the"
            and len(_after_based(rest[:-1])) <= 1
            and head in _ORGANISATION_NOUNS
            # "the Bush administration", "the Labour government": named by its
            # own modifier, not the organisation that spoke before ("the New
            # York-based group": where it is based is no name of its own).
            and not any(
                _capitalised(w) and "-" not in w and w.lower() not in lx.NATIONALITIES
                for w in _after_based(rest[:-1])
            )
        ):
            # "The company said", "the Swiss-based group warns": the
            # organisation named before.
            named = self._organisation_antecedent(head, position)
            nations = {fold(w) for w in rest[:-1]} & lx.NATIONALITIES
            if named is not None and nations:
                spoken = set(fold(named.name).split()) & lx.NATIONALITIES
                if spoken and not spoken & nations:
                    # "The Israeli military said … The Syrian military said":
                    # another nation's body, not the one that spoke before.
                    named = None
            if named is None and head not in (
                "police",
                "military",
                "army",
                "government",
                # "The report says" is the report, not whoever spoke last.
                *_DOCUMENTS,
            ):
                named = self._previous_organisation(position)
            modifiers = {fold(w) for w in rest[:-1] if not _capitalised(w)}
            if (
                named is not None
                and modifiers
                and not _capitalised(named.name.split()[0])
                and not modifiers <= set(fold(named.name).split())
            ):
                # "The opposition party says … The ruling party says …": a
                # description by another modifier is another body.
                named = None
            if named is not None:
                return Speaker(named.name, named.kind, original)
        if (
            determiner == "the"
            and len(rest) == 1
            and rest[0].isalpha()
            and rest[0].islower()
            and head not in _ORGANISATION_NOUNS | lx.ROLE_NOUNS | lx.ANONYMOUS_HEADS
        ):
            # "The Syrian Observatory for Human Rights said … The observatory
            # has accused …": a body that spoke before, called by the noun that
            # heads its own name.
            named = self._organisation_antecedent(head, position)
            if named is not None and head.capitalize() in named.name.split():
                return Speaker(named.name, named.kind, original)
        if determiner == "the" and len(rest) == 1 and head in _ACCUSED_NOUNS:
            # "Ann Roe was convicted … The defendant admitted …": the person
            # the case is about.
            person = self._accused(position)
            if person:
                return Speaker(person.name, "person", person.role)
        if (
            determiner == "the"
            # "the newly elected premier": an adverb before its adjective;
            # "the former prime minister", "the acting foreign minister": a
            # time in office before an office of two words.
            and (
                len(rest) <= 2
                or (
                    len(rest) == 3
                    and (
                        rest[0].endswith("ly")
                        or rest[0].lower()
                        in (
                            "former",
                            "then",
                            "outgoing",
                            "incoming",
                            "acting",
                            "interim",
                        )
                    )
                )
            )
            # "Ann Roe, a teacher, … “…,” the teacher said": a person noun
            # the article gave someone as her description.
            and (head in lx.ROLE_NOUNS or head in _KIN_NOUNS or head in lx.PERSON_NOUNS)
        ):
            person = self.person_by_role(head, position)
            if person:
                return Speaker(person.name, "person", person.role)
            if head in lx.ROLE_NOUNS and (
                len(rest) == 1
                # "The prime minister announced …": an office of two words.
                or (rest[0].islower() and rest[0] not in lx.NATIONALITIES)
            ):
                # "… said Bob Roe, the committee's top Democrat. Roe said … .
                # “…,” the senator said.": an office no one is titled with in
                # the article names the person who has just been speaking.
                found = self._just_spoken_of(position)
                if found is not None:
                    return found
        if determiner == "the" and len(rest) == 1 and head == "official":
            recent = [s for s in self.statements if s.start < position]
            if (
                recent
                and recent[-1].speaker_kind == "person"
                and 0 <= position - recent[-1].end < 120
                and recent[-1].speaker_role
                and not self._named_since(recent[-1], position)
            ):
                # "Poland's finance minister says … The official admitted …":
                # the office-holder who spoke just before.
                last = recent[-1]
                return _speaker_of(last)
        if determiner == "the":
            person = self._head_of_government(rest, position)
            if person:
                return Speaker(person.name, "person", person.role)
        roles = [w for w in rest if w.lower() in lx.ROLE_NOUNS]
        if roles and head not in lx.ANONYMOUS_HEADS and not _capitalised(roles[0]):
            # "the launch director of Atlantis", "the ESA Program manager for
            # the International Space Station": an unnamed person by role.
            # "said the colonel of the training flight": "of" with a thing
            # in lower case says what the words were about; the colonel is the
            # one introduced before.
            about = (
                len(rest) > 2
                and rest[0] == roles[0]
                and rest[1] == "of"
                and not any(_capitalised(w) for w in rest[2:])
            )
            person = (
                self.person_by_role(roles[0].lower(), position)
                if determiner == "the" and (len(rest) <= 2 or about)
                else None
            )
            if person:
                return Speaker(person.name, "person", person.role)
            if determiner == "the" and len(rest) == 1:
                # "President Bush denied …" then "the president stressed":
                # whom the article titled so, when no person holds the office
                # by name.
                titled = self._titled_holder(roles[0].lower(), position)
                if titled is not None:
                    return titled
            return Speaker(text, "person", original)
        if head in lx.OUTLET_DESCRIPTORS and determiner == "the":
            for statement in reversed(self.statements):
                if statement.speaker_kind == "media_outlet":
                    return Speaker(statement.speaker, "media_outlet", original)
            if len(rest) == 1 and head in ("newspaper", "magazine"):
                # "The newspaper reported that …" with no outlet quoted before:
                # the one the article named, else the paper as described.
                named = list(_NESTED_OUTLET.finditer(self.body, 0, position))
                if named:
                    return Speaker(named[-1][1].strip(), "media_outlet", original)
                return Speaker(head, "media_outlet", original)
        if head in lx.GOVERNMENT_WORDS:
            return Speaker(text, "government_body", original)
        if head in lx.ANONYMOUS_HEADS or head in _ANONYMOUS_PEOPLE | _PERSON_NOUNS:
            # "A South African athlete says", "One Ohio voter said".
            return Speaker(text, "anonymous", original)
        if head in _PEOPLE_PLURAL or (determiner != "the" and head in lx.PERSON_NOUNS):
            # "Local fishermen said", "An eyewitness said", "A veteran said"
            # ("the veteran" is whoever the article named so: below).
            return Speaker(text, "anonymous", original)
        if (
            head in _ORGANISATION_NOUNS
            or head in _DOCUMENTS
            or head in _COUNTS
            # "FDA research shows", "the agency's findings": not an
            # investigation, which may still be going on.
            or (head in lx.RESEARCH_NOUNS and head != "investigation")
        ):
            return Speaker(text, "organisation", original)
        if head in _MEDIA_HEADS:
            return Speaker(text, "media_outlet", original)
        if (
            re.fullmatch(r"[a-z][a-z\-]*", head)
            and len(rest) <= 4
            and all(
                re.fullmatch(r"[a-z][\w\-]*", w)
                # "Some China watchers say": a capitalised modifier after a
                # quantifier describes the group, it names no one.
                or (determiner in _QUANTIFIERS and index < len(rest) - 1)
                for index, w in enumerate(rest)
            )
            and not set(rest) & _NOT_DESCRIPTIONS
            and (
                re.search(r"(?:ers|ists|ians|ants|ents|ors|ees|ives)$", head)
                or (
                    # "The forest ranger said …" told in a speaker's own words:
                    # someone the speaker met, described, not named before.
                    (
                        determiner in ("a", "an", "one")
                        or (determiner == "the" and self._in_turn)
                    )
                    and re.search(r"(?:er|ist|ian|ant|ent|or|ee|ive|expert)$", head)
                )
            )
        ):
            # "The musicians say", "Some agricultural specialists say", "One
            # researcher says": people the article describes without naming.
            return Speaker(text, "anonymous", original)
        of_at = rest.index("of") if "of" in rest[1:4] else None
        if (
            determiner in ("the", "a", "an", "one")
            and of_at is not None
            and rest[of_at - 1] in lx.PERSON_NOUNS
            and all(re.fullmatch(r"[a-z][a-z\-]*", w) for w in rest[:of_at])
            and len(rest) <= 10
        ):
            # "The owner of the store says …", "The Japanese operator of a
            # nuclear plant says …": a person by what they are of something.
            noun = rest[of_at - 1]
            person = (
                self.person_by_role(noun, position) if determiner == "the" else None
            )
            if person is not None:
                return Speaker(person.name, "person", person.role)
            return Speaker(text, "anonymous", original)
        if (
            determiner == "the"
            and len(rest) <= 3
            and all(re.fullmatch(r"[a-z][a-z\-]*|\d+-year-old", w) for w in rest)
            and (head in lx.PERSON_NOUNS or re.fullmatch(r"\d+-year-old", head))
            and not set(rest) & _NOT_DESCRIPTIONS
        ):
            # "The new emir said …", "But the 35-year-old said …": one
            # person, described; the one the article gave that role, else the
            # person it was just speaking of, else the description itself
            # (an unnamed source, like "a source").
            person = self.person_by_role(head, position)
            aged = re.fullmatch(r"(\d+)-year-old", head)
            if person is None and aged:
                # "Tom Roe, 34, was injured. … the 34-year-old said": the one
                # whose age the article gave.
                person = self._person_aged(aged[1], position)
            if person is None:
                # "Dr. Ann Lee leads the study. ¶ “…,” the researcher said.":
                # the subject of the paragraph before a quotation's.
                person = self._subject_before_quoted_paragraph(position)
            if person is not None:
                return Speaker(person.name, "person", person.role)
            return self._just_spoken_of(position) or Speaker(
                text, "anonymous", original
            )
        return None

    def _person_aged(self, age: str, position: int) -> _Person | None:
        """The last person before ``position`` whose name the article follows
        with ``age`` between commas ("Tom Roe, 34, …")."""
        best = None
        for person in self.persons:
            if person.position >= position:
                break
            if re.search(
                rf"\b{re.escape(person.name.split()[-1])},\s+{age}\b",
                self.body[person.position : position],
            ):
                best = person
        return best

    def _titled_holder(self, title: str, position: int) -> Speaker | None:
        """The one the article last named with ``title`` before a name
        ("President Bush denied …" then "the president stressed"), when no
        person of the article holds it by name alone."""
        if title not in lx.TITLE_WORDS:
            return None
        titled = list(
            re.finditer(
                # Not "Vice President Cheney" for "the president".
                rf"(?<![Vv]ice\s)(?<![Dd]eputy\s)(?<![Ff]ormer\s)(?<![Aa]cting\s)(?<!-)"
                rf"\b{title.capitalize()}\s+(?:[A-Z][\w’'\-]*\s+){{0,3}}[A-Z][\w’'\-]*",
                self.body[:position],
            )
        )
        if not titled or self._in_quotation(titled[-1].start()):
            return None
        last = titled[-1]
        named = self.speaker(last[0], last.start())
        return named if named is not None and named.kind == "person" else None

    def _just_spoken_of(self, position: int) -> Speaker | None:
        """Whom a description with no antecedent of its own takes up: the
        person who spoke just before in the paragraph, else the person last
        named as a subject there."""
        last = self._speaker_just_before(position)
        if last is not None:
            return _speaker_of(last)
        person = self._last_subject(position)
        if person is not None:
            return Speaker(person.name, "person", person.role)
        return None

    def _head_of_government(self, rest: list[str], position: int) -> _Person | None:
        """ "The Mexican leader", "the Japanese prime minister", "the president
        of Kyrgyzstan": the person the article titles with that office — the
        last one before, else the first one named in the next sentences."""
        phrase = " ".join(rest).rstrip(".,")
        match = re.fullmatch(
            # "the newly elected premier", "the new Greek leader".
            # "the left-leaning Venezuelan leader": a hyphened epithet too.
            r"(?:(?:new|newly|elected|incumbent|current|[a-z]+-[a-z]+)\s+)*"
            r"(?:(?P<nation>[A-Z][a-z]+)\s+)?(?P<office>leader|president|prime\s+minister"
            r"|premier|chancellor)(?:\s+of\s+(?P<country>[A-Z][a-z]+))?",
            phrase,
        )
        if match is None or (
            match["nation"] and match["nation"].lower() not in lx.NATIONALITIES
        ):
            return None
        office = match["office"]
        titles = (
            r"President|Prime\s+Minister|Premier|Chancellor"
            if office == "leader"
            # a premier is a prime minister, and the other way round
            else r"Prime\s+Minister|Premier"
            if office in ("premier", "prime minister")
            else " ".join(w.capitalize() for w in office.split()).replace(" ", r"\s+")
        )
        before, after = None, None
        # Each title in the text once, with the capitalised words after it
        # (the search per person took a long document quadratic time).
        titled = [
            (m.start(), [_strip_possessive(w) for w in m[1].split()])
            for m in re.finditer(
                rf"\b(?:{titles})\s+((?:[A-Z][\w’'\-]*\s+){{0,3}}[A-Z][\w’'\-]*)\b",
                self.body,
            )
            if not self._in_quotation(m.start())
        ]
        for person in self.persons:
            surname = person.name.split()[-1]
            for start, words in titled:
                if surname not in words:
                    continue
                if start < position:
                    if before is None or start > before[0]:
                        before = (start, person)
                elif start - position < 400 and (after is None or start < after[0]):
                    after = (start, person)
        if before is not None:
            return before[1]
        return after[1] if after is not None else None

    def _organisation_antecedent(self, head: str, position: int) -> Speaker | None:
        """ "The company said": the organisation that spoke before, if the
        article named it with that noun ("the Health Ministry", "the Finnish
        corporation Nokia", "Acme, a carmaker")."""
        nouns = _COMPANY_LIKE if head in _COMPANY_LIKE else frozenset([head])
        words = "|".join(sorted(nouns))
        # A name and kind already looked at and passed over decide the same
        # way again (the text searched is the same): looked at once each, so
        # that a long document's hundreds of statements cost one search per
        # name, not one per statement.
        passed: set[tuple[str, str]] = set()
        text = self.body[:position]
        noun_ends: list[int] | None = None  # found on the first name tried

        def described_by(name: str) -> bool:
            """Whether the text before names ``name`` with the noun: "the
            Finnish corporation Nokia" (the noun, then capitalised words, then
            the name) or "Acme, a carmaker". The places where the noun and its
            spaces end are found once; each name is then tried only there."""
            nonlocal noun_ends
            if name not in text:
                return False
            if noun_ends is None:
                noun_ends = [
                    m.end()
                    for m in re.finditer(rf"\b(?i:{words})\s+(?:[-–—]+\s+)?", text)
                ]
            after_noun = _compiled(rf"(?:[A-Z][\w&.’'\-]*\s+)*{re.escape(name)}\b")
            if any(after_noun.match(text, end) for end in noun_ends):
                return True
            return f"{name}," in text and bool(
                re.search(
                    rf"\b{re.escape(name)},\s+(?i:a|an|the)\s+(?:[\w\-]+\s+){{0,3}}"
                    rf"(?i:{words})\b",
                    text,
                )
            )

        for statement in reversed(self.statements):
            name = statement.speaker
            if statement.start >= position or not _capitalised(name.split()[0]):
                continue
            if (name, statement.speaker_kind) in passed:
                continue
            passed.add((name, statement.speaker_kind))
            # Only capitalised words between the noun and the name ("the
            # Finnish corporation Nokia"), not "the report last week. The …";
            # a dash may set the name off ("The aid group - Doctors Without
            # Borders - warns").
            described = described_by(name)
            kind = statement.speaker_kind
            if kind not in ("organisation", "government_body"):
                if (
                    not described
                    or kind != "person"
                    # "the government Communications Minister": an office.
                    or any(
                        w.lower().rstrip(".,")
                        in lx.TITLE_WORDS | _TITLE_ONLY | lx.ROLE_NOUNS
                        for w in name.split()
                    )
                ):
                    continue
                # "the aid group Doctors Without Borders": a name with no
                # organisation word, which the article calls a group.
                kind = "organisation"
            if set(fold(name).split()) & nouns or described:
                joint = re.fullmatch(
                    rf"(?P<first>.*\b(?i:{words}))\s+and\s+[a-z][\w\-]*", name
                )
                if joint:
                    # "The Angolan government and military say … the government
                    # has claimed …": the government alone.
                    name = joint["first"]
                return Speaker(name, kind, statement.speaker_role)
        return None

    def _antecedent(self, head: str, position: int) -> str | None:
        pattern = re.compile(
            rf"\b({re.escape(head)}(?:\s+(?:in|at|of|from|inside|within|close to)"
            rf"\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)?)",
            flags=re.I,
        )
        found = None
        for match in pattern.finditer(self.body[:position]):
            found = match.group(1)
        return found

    def _proper(self, words: list[str], original: str, position: int):
        # The name is the run of capitalised words at the end of the phrase.
        run: list[str] = []
        for position_in, word in enumerate(reversed(words)):
            before = (
                words[len(words) - position_in - 2]
                if position_in + 1 < len(words)
                else ""
            )
            if (
                _capitalised(word)
                or (run and word.lower() in _NAME_CONNECTORS)
                # "the Committee to Protect Journalists": an organisation's
                # name that goes on after "to".
                or (run and word == "to" and _organisation_word(before))
                # "Muhammad Naji al-Otari": the article joined to a surname.
                or (not run and _ARTICLE_SURNAME.fullmatch(word))
            ):
                run.insert(0, word)
            else:
                break
        while run and (
            run[0].lower() in _NAME_CONNECTORS
            # "the Britain-based Syrian Observatory", "the Saudi-led
            # coalition": where it is based or who leads it, no part of it.
            or (len(run) > 1 and _HYPHEN_MODIFIER.fullmatch(run[0]))
        ):
            run = run[1:]
        if not run:
            return None
        descriptor = words[: len(words) - len(run)]
        run[-1] = _strip_possessive(run[-1].rstrip(".,"))
        name = " ".join(run)
        lowered = [t.lower().strip(".,") for t in run]
        if (
            self.is_outlet(name)
            or (descriptor and descriptor[-1].lower() in lx.OUTLET_DESCRIPTORS)
            or (run[0].lower() == "the" and self.is_outlet(" ".join(run[1:])))
        ):
            if run[0] == "the":
                name = " ".join(run[1:])
            return Speaker(name, "media_outlet", original)
        joined = fold(" ".join(run))
        organisation = any(t in lx.ORGANISATION_WORDS for t in lowered)
        for person in self.persons:
            # "U.S. Secretary of Labor Hilda L. Solis", "Secretary of the Army
            # Ann Lee": the person the article introduced, whose name ends the
            # run, even after an office of an organisation.
            folded = fold(person.name).rstrip(".")  # "John Doe Jr." as "… Jr"
            if len(folded.split()) >= 2 and (
                joined == folded or joined.endswith(" " + folded)
            ):
                title = run[: len(run) - len(person.name.split())]
                if (
                    organisation
                    and "of" not in lowered
                    and not (
                        title
                        and title[-1].lower().rstrip(",.")
                        in lx.TITLE_WORDS | _TITLE_ONLY
                    )
                ):
                    # "Health and Human Services Secretary Tom Price": the
                    # person after an agency's name and a spelled-out title;
                    # with no title between, the run is the organisation's
                    # ("Navy Adm. Mike Mullen", a rank's abbreviation, is read
                    # with its service as before).
                    continue
                role = " ".join([*descriptor, *title]).strip()
                return Speaker(person.name, "person", role or person.role)
        if organisation:
            name_tokens, title = _split_title(run)
            if (
                title
                and title[-1].lower().rstrip(",") in lx.TITLE_WORDS | _TITLE_ONLY
                and 2 <= len(name_tokens) <= 4
                and all(
                    _capitalised(t)
                    and not _organisation_word(t)
                    and t.lower().strip(".,") not in lx.ORGANISATION_WORDS
                    for t in name_tokens
                )
            ):
                # "Pentagon Press Secretary Air Force Brig. Gen. Pat Ryder",
                # "Army Maj. Gen. Ann Lee": a person after a service's name
                # and a rank, not the service.
                role = " ".join([*descriptor, *title]).strip()
                return Speaker(" ".join(name_tokens), "person", role)
        if organisation:
            ranked, before_name = _split_title(run)
            if (
                len(ranked) >= 2
                and before_name
                and before_name[-1].lower().rstrip(",.") in _TITLE_ONLY
                and not any(
                    t.lower().strip(".,") in lx.ORGANISATION_WORDS for t in ranked
                )
            ):
                # "Air Force Brig. Gen. Ann Lee", "Pentagon Press Secretary
                # Ann Lee": a service or an office, then a rank or a title,
                # then a person's name: the person speaks.
                return Speaker(
                    " ".join(ranked), "person", " ".join([*descriptor, *before_name])
                )
        if organisation:
            kind = (
                "government_body"
                if any(t in lx.GOVERNMENT_WORDS for t in lowered)
                else "organisation"
            )
            if run[0].lower() == "the":
                name = " ".join(run[1:])
            return Speaker(name, kind, original)
        name_tokens, title = _split_title(run)
        role = " ".join([*descriptor, *title]).strip()
        if len(name_tokens) >= 2:
            name = " ".join(name_tokens)
            known = self.person_by_surname(name, len(self.body))
            if known and not role:
                role = known.role
            return Speaker(name, "person", role or self._role_of(name))
        if len(name_tokens) == 1:
            token = name_tokens[0]
            person = self.person_by_surname(token, position)
            if person:
                return Speaker(person.name, "person", role or person.role)
            if re.match(r"the\s", original, flags=re.I):
                # "The Monitor" after "The U.S. Drought Monitor": no person is
                # "the Smith"; the name the article gave in full.
                full = None
                for found in re.finditer(
                    rf"((?:(?:[A-Z]\.){{2,}}|[A-Z][\w’'\-]*)\s+){{1,4}}{re.escape(token)}\b",
                    self.body[:position],
                ):
                    full = re.sub(r"^The\s+", "", found.group(0))
                return Speaker(full or token, "organisation", original)
            if self.is_outlet(token):
                return Speaker(token, "media_outlet", original)
            if (token.isupper() and len(token) > 1) or any(
                w.lower() in _ORGANISATION_NOUNS for w in descriptor
            ):
                return Speaker(token, "organisation", original)
            return Speaker(token, "person", role)
        if title:
            noun = title[-1].lower().strip(".")
            person = self.person_by_role(noun, position)
            if (
                person is None
                and len(title) == 1
                and re.match(r"the\s", original, re.I)
            ):
                # "The Secretary has stated that …" in a briefing that names
                # "Secretary Tillerson" only later, or only by title and
                # surname: the one person the page titles so.
                pattern = _ROLE_SYNONYMS.get(noun, re.escape(noun))
                holders = {
                    p.name
                    for p in self.persons
                    if p.position > position
                    and re.search(rf"\b(?:{pattern})\b", p.role, flags=re.I)
                }
                if len(holders) == 1:
                    person = next(p for p in self.persons if p.name in holders)
                elif not holders:
                    # "… Secretary Tillerson met with …": titled by surname.
                    surnames = {
                        m[1]
                        for m in re.finditer(
                            rf"\b{re.escape(title[-1])}\s+([A-Z][a-z][\w’'\-]+)\b",
                            self.body,
                        )
                        if not _organisation_word(m[1])
                        and m[1].lower() not in _PREPOSITIONS | _LINKING_WORDS
                        and m[1].lower() not in lx.TITLE_WORDS
                        and m[1].lower() not in lx.PLACES
                    }
                    if len(surnames) == 1:
                        return Speaker(surnames.pop(), "person", title[-1])
            if person:
                return Speaker(person.name, "person", person.role)
        return None

    def _role_of(self, name: str) -> str:
        for person in self.persons:
            if fold(person.name) == fold(name):
                return person.role
        return ""


_TRAILING_ADVERBS = frozenset(
    [
        "now",
        "also",
        "later",
        "then",
        "previously",
        "recently",
        "further",
        "again",
        "today",
        "yesterday",
        "still",
        "even",
        "has",
        "have",
        "had",
        "was",
        "were",
        "is",
        "are",
        "been",
        "has",
        "also",
        "once",
        "first",
        "reportedly",
        "earlier",
        # "One person there said", "Officials here say": the place is the
        # story's, not part of the source's description.
        "there",
        "here",
    ]
)
_DOCUMENT_NOUNS = frozenset(
    [
        "calculations",
        "estimates",
        "estimate",
        "thinking",
        "view",
        "views",
        "figures",
        "data",
        "statement",
        "report",
        "account",
        "analysis",
        "information",
        "assessment",
        "records",
        "findings",
        "sources",
        "reporting",
        "estimation",
        "count",
        "tally",
    ]
)
_ANONYMOUS_PEOPLE = frozenset(
    [
        "man",
        "woman",
        "men",
        "women",
        "boy",
        "girl",
        "mother",
        "father",
        "victim",
        "survivor",
        "owner",
        "driver",
        "worker",
        "teacher",
        "student",
        "doctor",
        "nurse",
        "farmer",
        "soldier",
        "fighter",
        "protester",
        "protesters",
        "lawyer",
        "lawyers",
        "activist",
        "activists",
        "cleric",
        "clerics",
        "campaigners",
        "campaigner",
        "passenger",
        "passengers",
        "locals",
        "residents",
        "villagers",
        "fans",
        "voters",
        "parents",
        "critics",
        "supporters",
        "fighters",
        "firefighters",
        "rescuers",
        "workers",
        "engineers",
        "scientists",
        "researchers",
        "doctors",
        "nurses",
        "teachers",
        "students",
        "soldiers",
        "troops",
        "forecasters",
        "inspectors",
        "paramedics",
        "guards",
        # Collective sources news copy names by what they are.
        "reporter",
        "correspondent",
        "journalist",
        "leaders",
        "lawmakers",
        "legislators",
        "prosecutors",
        "rebels",
        "militants",
        "insurgents",
        "guerrillas",
        "organizers",
        "organisers",
        "economists",
        "commentators",
        "demonstrators",
        "survivors",
        "victims",
        "athlete",
        "athletes",
        "citizen",
        "citizens",
        "fan",
        "families",
        # "Her family says", "a close ally of the mayor said".
        "family",
        "ally",
        "allies",
        "eyewitnesses",
        "medics",
        "regulators",
        "candidates",
        "opponents",
        "negotiators",
        "monitors",
        "historians",
        "environmentalists",
        # "The couple have denied any involvement": two people as one source.
        "couple",
        "pair",
    ]
)


def _plural(noun: str) -> str:
    """The plural of a noun for people: "fisherman" → "fishermen", "deputy" →
    "deputies", "witness" → "witnesses"."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun == "child":
        return "children"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u"):
        return noun[:-1] + "ies"
    if noun.endswith(("s", "sh", "ch", "x")):
        return noun + "es"
    return noun + "s"


# People described by what they are, many of them: "local fishermen", "some
# veterans", "eyewitnesses", "mourners".
_PEOPLE_PLURAL = frozenset(_plural(noun) for noun in lx.PERSON_NOUNS) | frozenset(
    ["eyewitnesses", "bystanders", "onlookers", "mourners", "pilgrims", "worshippers"]
    + ["colleagues", "skeptics", "sceptics", "elders", "spokespeople", "staff"]
    # Those who use a site or a service: "according to readers of the site".
    + ["readers", "viewers", "listeners", "users", "subscribers", "customers"]
)
# Who speaks for someone else: "Acme's spokesperson" speaks for Acme.
_SPOKES = frozenset(
    ["spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative"]
)
_ORGANISATION_NOUNS = frozenset(
    [
        "company",
        "firm",
        "group",
        "government",
        "organisation",
        "organization",
        "agency",
        "ministry",
        "department",
        "party",
        "union",
        "council",
        "committee",
        "team",
        "club",
        "court",
        # "the jury found him guilty", "the judges found": a verdict's body.
        "jury",
        "judges",
        "justices",
        "report",
        "statement",
        "study",
        "survey",
        "document",
        "letter",
        "network",
        "campaign",
        "police",
        "military",
        "army",
        "prosecution",
        "prosecutors",
        "airline",
        "manufacturer",
        "operator",
        "charity",
        "security",
        "opposition",
        "administration",
        "commission",
        "embassy",
        "office",
        "parliament",
        "cabinet",
        "authority",
        "regime",
        "junta",
        "tribunal",
        "panel",
        "institute",
        "university",
        "hospital",
        "bank",
        "board",
        *("parties", "groups", "companies", "firms", "agencies", "ministries"),
        "unions",
        *("mission", "delegation", "alliance", "movement", "forces", "industry"),
        *("governments", "organisations", "organizations", "authorities"),
        *("corporation", "carmaker", "automaker", "conglomerate", "retailer"),
        *("insurer", "broadcaster", "giant", "maker", "startup", "publisher"),
        # "the endangered species watchdog CITES", "the energy regulator Ofgem".
        *("watchdog", "regulator", "analysis", "assessment"),
        # "The opposition coalition said", "the farmers' association warns":
        # bodies of members.
        *("coalition", "association", "federation", "foundation", "league"),
        *("bloc", "consortium"),
        # "A Washington think tank says …": a research body (the verb
        # patterns never read "think" before "tank" as a verb).
        *("tank", "tanks"),
    ]
)
# A body's noun just before a name set after it: "his party, ", "the
# opposition group ".
_BODY_NOUN_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w\-]+\s+){0,2}(?:"
    + "|".join(sorted(_ORGANISATION_NOUNS))
    + r"),?\s+$"
)
# Counts and estimates that show or suggest: "Early estimates show …".
_COUNTS = frozenset(
    ["estimates", "statistics", "data", "results", "polls", "count", "tally", "returns"]
)
# Adjectives that open a sentence before a document: "New polls predict …".
_DOCUMENT_ADJECTIVES = frozenset(
    ["new", "recent", "latest", "earlier", "previous", "separate", "independent"]
    + ["preliminary", "initial", "official", "published", "internal"]
)
# Heads that name a business, any of which "the company" may take up again.
_COMPANY_LIKE = frozenset(
    ["company", "firm", "corporation", "carmaker", "automaker", "conglomerate"]
    + ["retailer", "insurer", "broadcaster", "giant", "maker", "startup", "airline"]
    + ["manufacturer", "operator", "bank", "publisher", "group"]
)
# "State media", "local press": outlets named by what they are.
_MEDIA_HEADS = frozenset(["media", "press", "newspapers", "television", "tv", "radio"])
# Group nouns plural without an "s", which "they" may take up ("People …").
# "Some women were found … They claimed …": irregular plurals of people.
_PLURAL_WITHOUT_S = frozenset(["people", "police", "men", "women"])
# "reports a police spokesman told journalists …", "reported the minister,
# who leads the talks, says …": a report whose clause opens on another
# speaker's subject and verb of saying.
_REPORTS_A_REPORT = frozenset(["reports", "reported", "report"])
_REPORTED_SPEAKER = re.compile(
    r"\s+(?P<who>(?:(?:the|a|an|one|another|two|three|several)\s+)?(?:[\w’'.\-]+\s+){0,5}?"
    r"[\w’'.\-]+)(?P<relative>,\s+(?:who|which)\s+[^;:“”\"]{1,100}?,)?\s+"
    r"(?:has\s+|had\s+)?(?P<verb>said|says|told|tells|stated|states)\b"
)
# ", which she accused of …", ", whom police blame for …": a relative clause
# whose subject accuses the noun it follows.
_WHICH_ACCUSED = re.compile(
    r",\s+(?P<rel>which|whom)\s+(?P<who>he|she|they|(?:the\s+)?(?:[\w’'.\-]+\s+){0,2}"
    r"[\w’'\-]+)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?"
    r"(?P<verb>accused|accuses|accuse|blamed|blames|blame)\s+(?=of\b|for\b)"
)
# "X is the latest Latin American leader to say …", "became the first country
# to warn that …".
_LATEST_TO_SAY = re.compile(
    r"\s*(?P<who>[^,;:“”\"]{2,80}?)\s+(?:is|was|became|has\s+become)\s+the\s+"
    r"(?:latest|first|second|third|last|only|newest)\s+(?:[\w’'\-]+\s+){0,4}?to\s+"
    r"(?P<verb>say|warn|claim|argue|insist|predict|suggest|declare|state|assert)\s+"
    r"(?:that\s+)?(?P<clause>.+?)[.!]?\s*$"
)
# "But, as he put it, …", "In her words, …", "In Ann Lee's own words, …": an
# opening that names whose words the clause after it is.
_PUT_IT_WHO = (
    r"(?:he|she|they|it|(?:the\s+)?(?:[A-Z][\w’'.\-]*\s+){0,2}[A-Z][\w’'\-]*"
    r"|(?:the\s+)?[a-z]+)"
)
_PUT_IT_BEFORE = re.compile(
    r"\s*(?:(?:But|And|Yet|So|Still)\s*,?\s+)?(?P<cue>(?i:as)\s+(?P<who>"
    + _PUT_IT_WHO
    + r")\s+(?:put|puts)\s+it|(?i:in)\s+(?P<owner>(?P<who2>his|her|their|its"
    r"|(?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*[’']s?)\s+(?:own\s+)?words))"
    r"\s*,\s*(?P<clause>[^“”\"]+?)[.!]?\s*$"
)
_PUT_IT_AFTER = re.compile(
    r"\s*(?P<clause>[^“”\"]+?),\s+(?P<cue>as\s+(?P<who>"
    + _PUT_IT_WHO
    + r")\s+(?:put|puts)\s+it)[.!]?\s*$"
)
# "London-based", "Saudi-led", "U.S.-backed": a modifier before a name.
_HYPHEN_MODIFIER = re.compile(
    r"[A-Z][\w.]*-(?:based|born|led|backed|run|owned|funded|allied|linked|affiliated"
    r"|dominated|controlled|held|ruled|sponsored|supported)",
)
# A suffix after a surname: "John Roe Jr.", "Ann Eller III".
_SUFFIX = re.compile(r"(?i:jr\.?|sr\.?|i{2,3}|iv)")
# Words before a verb of saying that make a set phrase, not a subject.
_NO_SUBJECT_WORDS = frozenset(["having", "all", "needless", "that said", "that being"])
_COMMON_HEADS = (
    lx.ANONYMOUS_HEADS
    | _ANONYMOUS_PEOPLE
    | _ORGANISATION_NOUNS
    | lx.GOVERNMENT_WORDS
    | _MEDIA_HEADS
) - {"kremlin", "pentagon", "fbi", "cia", "nasa"}
# Title words that are never part of a name (unlike "state", "home", "the").
_TITLE_ONLY = frozenset(
    [
        "spc",
        "sgt",
        "cpl",
        "pfc",
        "pvt",
        "capt",
        "cmdr",
        "adm",
        "gov",
        "sen",
        "rep",
        "brig",
        "specialist",
        "sergeant",
        "secretary-general",
        "administrator",
        "president",
        "minister",
        "secretary",
        "general",
        "gen",
        "lieutenant",
        "lt",
        "colonel",
        "col",
        "major",
        "maj",
        "captain",
        "capt",
        "sergeant",
        "sgt",
        "admiral",
        "adm",
        *lx.OFFICE_TITLES,
        "senator",
        "sen",
        "rep",
        "representative",
        "governor",
        "gov",
        "mayor",
        "judge",
        "dr",
        "professor",
        "prof",
        "mr",
        "mrs",
        "ms",
        *lx.ENVOY_AND_CHAIR_TITLES,
        "ceo",
        *lx.POLICE_TITLES,
        *lx.LEGISLATIVE_AND_ADVISORY_TITLES,
        "premier",
        "mister",
        # VOA Special English spells "Ms." as it is said: "Mizz Roe".
        "mizz",
        # "VOA Correspondent Ann Lee": a reporter's post, never a name.
        "correspondent",
    ]
)
# A possessive or a determiner before a past participle, which makes it an
# adjective: "the ministry's continued effort", "their stated goal" (not the
# contraction of "has" after a pronoun: "she's said").
_DETERMINER_BEFORE_PARTICIPLE = (
    r"(?:(?<!\bhe)(?<!\bshe)(?<!\bit)(?<!\bwho)(?<!\bthat)(?<!\bthere)(?<!\bwhat)"
    r"[’']s|\b(?:the|its|their|his|her|our|a|an))\s+$"
)
# Lowercase nouns of places, which name one after "of": "the city of …".
_PLACE_NOUNS = frozenset(
    ["city", "town", "village", "county", "province", "state", "region"]
    + ["district", "island", "islands", "port", "capital", "municipality"]
    # "the Sonoma County community of Glen Ellen".
    + [
        "community",
        "neighborhood",
        "neighbourhood",
        "suburb",
        "township",
        "borough",
        "hamlet",
    ]
)
# Words before "states" that make it the noun: "member states", "other Midwest
# states", "Gulf states".
_PLURAL_STATES_BEFORE = frozenset(
    ["other", "member", "neighboring", "neighbouring", "border", "gulf", "baltic"]
    + ["midwest", "midwestern", "southern", "northern", "eastern", "western"]
    + ["coastal", "arab", "several", "many", "both", "all", "island", "swing"]
    + ["battleground", "frontline", "front-line", "nation", "city", "sovereign"]
)
_NOUN_LIKE = frozenset(
    [
        "questions",
        "remarks",
        "reports",
        "claims",
        "states",
        "notes",
        "comments",
        "estimates",
        "warns",
        "report",
        "claim",
    ]
)
_DESCRIPTIVE = (
    lx.OUTLET_DESCRIPTORS
    | lx.ROLE_NOUNS
    | lx.TITLE_WORDS
    | _ORGANISATION_NOUNS
    | _ANONYMOUS_PEOPLE
)
_INVERTING_VERBS = (
    "said|says|writes|wrote|added|adds|explained|explains|continued|told"
    "|announced|announces|confirmed|reported|stated"
    # "…, say scientists in the first outlook": a plural subject after it.
    "|say"
)
# Documents speak for whoever filed them: "according to court records".
_DOCUMENTS = frozenset(
    [
        "studies",
        "surveys",
        "polls",
        "records",
        "documents",
        "filings",
        "papers",
        "indictment",
        "complaint",
        "lawsuit",
        "affidavit",
        "statement",
        "report",
        "study",
        "survey",
        "data",
        "figures",
        "memo",
        "letter",
        # "“There are 23 people here,” the note said.": a note someone left.
        "note",
        # "…, the e-mail said.": a message sent in a group's name.
        "e-mail",
        "email",
        "ruling",
        # "…, the testimony states.": testimony delivered to a legislature.
        "testimony",
        # "A CBS News analysis described the debate as …".
        "analysis",
        "assessment",
        # "The outlook says there are increased chances for …": a forecast
        # an agency issues.
        "outlook",
        "forecast",
        # A court's or a regulator's order, a report's summary, a judge's
        # opinion: documents that find and state ("The order also found that").
        "order",
        "summary",
        "opinion",
        "motion",
        "petition",
        # "Official results show the ruling party won": an election's count.
        "results",
        # "according to a U.S. Embassy press release", "according to an
        # official police briefing", "a poll by Gallup", "audio logs".
        "release",
        "briefing",
        "poll",
        "logs",
        "transcript",
        "bulletin",
        # "A U-N communique issued Monday night said …", "According to U-N
        # resolution 2-4-2, …": a body's formal text.
        "communique",
        "communiqué",
        "resolution",
        "declaration",
        # "According to the plea agreement, …", "Evidence presented at trial
        # showed that …": what a case's papers and proof state.
        "agreement",
        "evidence",
        "charges",
        # "“There are 23 people here,” the note said.": a written note.
        "note",
        # "The outlook says there are increased chances for …": a forecaster's
        # published outlook or forecast.
        "outlook",
        "forecast",
    ]
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WHEN = rf"(?:{_MONTH}|{_WEEKDAY}|morning|afternoon|evening|night|week|month|year|\d+)"
# Comma-separated chunks that only say when: "on October 18", "2008".
_ADVERBIAL = re.compile(
    rf"^(?:(?:on|in|at|during|last|this|since|by|early|late)\s+)?(?:the\s+)?"
    rf"{_WHEN}(?:\s+\d+)?$",
    flags=re.I,
)
# "… Government on Thursday announced": the date is not part of the subject.
_TEMPORAL_TAIL = re.compile(
    rf"\s+(?:on|in|at|during|last|this|earlier|late)\s+(?:the\s+)?(?:\w+\s+)?{_WHEN}\b.*$",
    flags=re.I,
)
# Nouns ending in "-ly" that head a subject, no adverbs: "Her family says",
# "A close ally said", "The national assembly voted", "the daily reported".
_LY_NOUNS = frozenset(
    ["family", "ally", "assembly", "daily", "weekly", "monthly", "quarterly", "tally"]
)
# Adverbs and auxiliaries between a subject and its verb ("has also", "today").
# A degree or a professional credential written after a name, set off by a
# comma: "Ann Lee, M.D.", "Tom Roe, Ph.D., M.P.H.", "Ann Lee, RN". It is no
# part of the name and no speaker of its own.
_CREDENTIAL = (
    r"(?:M\.\s?D|Ph\.\s?D|D\.O|J\.D|M\.P\.H|M\.B\.A|R\.N|D\.D\.S|D\.V\.M"
    r"|Pharm\.D|Ed\.D|Psy\.D|Esq|MD|PhD|MPH|RN|DDS|DVM|FACP|FACS)\.?"
)
_CREDENTIALS_AFTER = re.compile(rf"(?:,\s*{_CREDENTIAL}(?![\w.]))+,?\s*$")
# A US lawmaker's party and state after the name: "Sen. Ann Roe, R-Texas,",
# "Rep. Tom Hale, D-N.Y.,", "Sen. Ann Roe, I-Vt.," (wire style).
_PARTY_LABEL_AFTER = re.compile(r",\s+[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?[\s,]*$")
_TRAILING_WORDS = re.compile(
    r"(?:\s+(?:also|today|yesterday|tonight|now|then|later|earlier|previously|recently"
    r"|further|again|has|have|had|was|were|is|are|been|once|first|still|even"
    # "Mr. Lee has already said …", "she has often said …".
    r"|already|never|often|always|just|ever|twice|meanwhile"
    # "They have long warned that …": for a long time.
    r"|long|(?!" + "|".join(sorted(_LY_NOUNS)) + r"\b)[a-z]+ly"
    # "The World Health Organization Wednesday said": a weekday, bare or not.
    r"|(?:on\s+)?" + _WEEKDAY + r"))+\s*$"
)
_NAME_CONNECTORS = frozenset(
    ["of", "the", "for", "and", "de", "del", "la", "van", "von", "al", "bin"]
)


def _cut_after_name(words: list[str]) -> list[str]:
    """ "Eric Dreiband of the Civil Rights Division" → Eric Dreiband; "A and B" → A.

    Only after a person's full name: "Ministry of Defence" stays whole.
    """
    for index, word in enumerate(words):
        if index >= 2 and word in ("of", "for", "and", "from", "at"):
            before = words[:index]
            if word == "and" and before[-1].lower().rstrip(".,") in lx.TITLE_WORDS:
                # "Canyon County Sheriff and Association President Kieran
                # Donahue": two titles of one person.
                continue
            after = []
            for w in words[index + 1 :]:
                if not _capitalised(w):
                    break
                after.append(w.lower().strip(".,"))
            if word == "and" and after and after[-1] in lx.ORGANISATION_WORDS:
                # "Citizenship and Immigration Services": one agency's name.
                continue
            if (
                word == "and"
                and re.fullmatch(r"[a-z]+s", words[-1])
                and before[-1].lower().strip(".,") in lx.NATIONALITIES | lx.PLACES
            ):
                # "South Korean and U.S. military officials": two modifiers of
                # one plural group, not a person and another.
                continue
            if word == "of" and before[-1].lower().rstrip(".,") in (
                lx.TITLE_WORDS | _TITLE_ONLY
            ):
                # "DKBA Chief of Staff Major Saw San Aung": a title's own "of".
                continue
            name, _ = _split_title([w for w in before if _capitalised(w)])
            if (
                len(name) >= 2
                and all(_capitalised(w) for w in before[-2:])
                and not any(
                    w.lower().strip(".,") in lx.ORGANISATION_WORDS for w in before
                )
                and not _spaced_abbreviation(before)
            ):
                return before
    return words


def _spaced_abbreviation(tokens: list[str]) -> bool:
    """Whether the tokens hold a country's initials set apart, "U. S. Forest
    Service", "the U. N. envoy": the U.S., no person's initials."""
    return any(
        re.fullmatch(r"[A-Z]\.", a)
        and re.fullmatch(r"[A-Z]\.", b)
        and f"{a}{b}".lower().rstrip(".") in lx.ABBREVIATIONS
        for a, b in zip(tokens, tokens[1:], strict=False)
    )


_QUANTIFIERS = frozenset(
    ["many", "most", "one", "each", "none", "some", "all", "both", "several", "few"]
    + ["any", "much", "neither", "either", "half", "part", "members", "two"]
    + ["three", "four", "five", "dozens", "hundreds", "thousands", "millions"]
)
# A moderator's own words: "I will be moderating today's roundtable", "your
# moderator", "moderate this session" (not "a moderate Democrat").
_MODERATOR_WORDS = (
    r"\bmoderat(?:ing|or)\b|\bmoderates?\s+(?:the|this|today|tonight|our|a\s+panel)\b"
)
# Nouns that name a person by post or trade: "biologist", "Ambassador".
_ROLE_OR_PERSON_NOUNS = lx.ROLE_NOUNS | lx.PERSON_NOUNS
_PARTY_WORDS = frozenset(["republican", "democrat", "democratic", "gop"])


def _split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split "Russian Defense Minister Sergey Shoigu" into name and title words."""
    tokens = [t.rstrip(",") for t in tokens]
    # The name follows the last title word: "The East Timorese Prime Minister
    # Mari Alkatiri" → Mari Alkatiri.
    for last in range(len(tokens) - 2, -1, -1):
        if tokens[last].lower().rstrip(".") in _TITLE_ONLY:
            name = tokens[last + 1 :]
            if (
                name
                and name[0].lower() in _NAME_CONNECTORS
                # "Mr. De Soto", "Dr. van Dyk": a surname's particle, not an
                # office's "of" ("Secretary of State Ann Lee").
                and not (
                    name[0].lower() in ("de", "del", "la", "van", "von", "al", "bin")
                    and len(name) == 2
                    and _capitalised(name[1])
                )
            ):
                # "Secretary of State Hillary Clinton": the office's own words
                # ("of State") are not the name; "Minister of Foreign Affairs"
                # has none.
                if len(name) >= 4:
                    rest = list(name)
                    while len(rest) > 2 and (
                        rest[0].lower() in _NAME_CONNECTORS
                        or rest[0].lower() in lx.PORTFOLIO_WORDS
                        or _organisation_word(rest[0])
                    ):
                        rest = rest[1:]
                    # A given name, its initials, the surname, a suffix:
                    # "Chad F. Wolf", "John A. Doe Jr." after the portfolio.
                    size = 2
                    while size < len(rest) and re.fullmatch(
                        r"(?:[A-Z]\.){1,2}|Jr\.?|Sr\.?|I{2,3}", rest[-size]
                    ):
                        size += 1
                    keep = min(len(rest), size)
                    return name[-keep:], tokens[: len(tokens) - keep]
                return [], tokens
            return name, tokens[: last + 1]
    index = 0
    while (
        index < len(tokens)
        and (
            tokens[index].lower() in lx.TITLE_WORDS
            or tokens[index].lower().rstrip(".") in lx.TITLE_WORDS
            or tokens[index].lower() in lx.NATIONALITIES
            # "Nevada Democrat Harry Reid", "Republican Mitch McConnell": a
            # lawmaker's party and state before the name.
            or (
                tokens[index].lower() in _PARTY_WORDS | lx.US_STATES
                and len(tokens) - index >= 3
                and any(t.lower() in _PARTY_WORDS for t in tokens[index : index + 2])
            )
            # "Lt. j.g. Ann Lee", "Lt. (j.g.) Ann Lee": the grade after the rank.
            or (index and tokens[index].strip("()").lower() == "j.g.")
        )
    ):
        index += 1
    return tokens[index:], tokens[:index]


# -- the rules -------------------------------------------------------------------

_MODIFIERS = re.compile(
    r"^(?:\s*,?\s*(?:on\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)\w+"
    r"|in\s+(?:early\s+|late\s+)?" + _WHEN + r"(?:\s+\d{4})?(?=\s)"
    # "said in a statement issued early Saturday the rebels had …": the
    # statement and its date, then the clause without "that".
    r"|in\s+(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+)?(?:statement|interview|speech"
    r"|address|letter|message|post|broadcast|communiqu[eé]|news\s+release)\s+"
    r"(?:issued|released|published|posted|broadcast|made|given|read|sent)\s+"
    r"(?:(?:early|late)\s+)?(?:on\s+)?(?:"
    + _WEEKDAY
    + r"|today|yesterday|"
    + _MONTH
    + r"\s+\d{1,2})(?:\s+(?:morning|afternoon|evening|night))?(?=\s)"
    # "said in a statement the bridge would reopen": the statement, then the
    # clause without "that", its subject a determiner, a pronoun or a name.
    r"|in\s+(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(?:statement|interview"
    r"|speech|address|letter|message|post|broadcast|communiqu[eé]|news\s+release"
    r"|press\s+release|e-?mail|tweet)(?=\s+(?:the|a|an|it|its|he|she|they|we|there"
    r"|this|these|those|[A-Z][\w’'\-]*\s+(?:[a-z]+s|[a-z]+ed|will|would|has|had|is"
    r"|was|are|were|could|can|should|must|may|might)\b)\s)"
    r"|in\s+(?:a|an|the|his|her|their|its|each|every|both|one|this|these)\s+"
    # "in an interview with VOA’s Korean service that …": an outlet's name.
    r"[\w\s\-’']{1,50}?"
    r"(?=\s+(?:that|on|to)\b|,|$)|at\s+(?:a|an|the)\s+[\w\s\-]{1,30}?(?=\s+that\b|,|$)"
    r"|yesterday|today|tonight|earlier|later|recently|also|again"
    # "said Nov. 14 that …", "announced March 3, 2012 that …": a bare date.
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:,\s+\d{4})?(?=[\s,])"
    # "early Sunday", "late Monday night": a weekday, its part of the day;
    # "said Tuesday’s attempt began …": a weekday owning a noun is the
    # clause's subject, not when it was said.
    r"|(?:(?:early|late)\s+)?(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day(?![’']s?\b)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    # "this week", "last month" — not "this may be because …"
    r"|(?:this|last)\s+(?:week|month|year|weekend|morning|afternoon|evening|night"
    r"|spring|summer|fall|autumn|winter|time|\w+day|" + _MONTH + r")(?![’']s?\b)"
    r"|previously|now|then|however|publicly|during\s+[\w\s]{1,30}?"
    r"(?=\s+that\b|,|$)"
    # "bellowed through towers of loudspeakers that …": how it carried.
    r"|(?:through|over|via|into)\s+[\w\s\-’']{1,40}?(?=\s+that\b)))*"
)


# Abbreviated ranks and titles of three letters or more ("Spc. Moises
# Delatorre", "Gov. Jerry Brown"); shorter ones ("Lt.", "Dr.") need no list.
# "Brig. Gen. Ann Lee U.S. Air Force (Ret.)", "Col. Ann Lee, USMC (Ret.)": the
# service a retired officer served in, after the name.
_RETIRED = re.compile(
    r"\s*,?\s*(?:(?:U\.\s?S\.|United\s+States)\s+)?(?:Army|Navy|Air\s+Force"
    r"|Marine\s+Corps|Marines|Coast\s+Guard|USAF|USN|USMC|USA|USCG)?\s*"
    r"\((?:Ret\.?|[Rr]etired)\)"
)
# An initial or a short title ("L.", "Dr.", "Lt."); any other two letters and
# a full stop, as in "Fort Lee, Va. By week's end", end a sentence.
_SHORT_ABBREVIATIONS = (
    r"(?:[A-Z]|"
    + "|".join(sorted(w.capitalize() for w in lx.ABBREVIATIONS if len(w) == 2))
    + r")\."
)
_RANKS = (
    r"(?:Spc|Sgt|Tech|Cpl|Pfc|Pvt|Capt|Cmdr|Adm|Gen|Col|Maj|Gov|Sen|Rep|Supt|Insp|Prof"
    r"|Mrs|Brig|Cmdt|Cdr|LCdr|LtCol|LtGen|MajGen|BGen|SSgt|GySgt|MSgt|LCpl|SgtMaj)\."
)
_TITLE_ABBREVIATIONS = {
    "spc": "specialist",
    "pfc": "private",
    "pvt": "private",
    "brig": "brigadier",
    "adm": "admiral",
    "gen": "general",
    "lt": "lieutenant",
    "col": "colonel",
    "maj": "major",
    "sgt": "sergeant",
    "capt": "captain",
    "cmdr": "commander",
    "cpl": "corporal",
    "gov": "governor",
    "sen": "senator",
    "rep": "representative",
    "supt": "superintendent",
    "insp": "inspector",
    "prof": "professor",
    "dr": "doctor",
}
_FINDING_SOURCES = frozenset(["officials", "estimates", "figures", "data"])
# Legal documents whose account a release goes on giving sentence after
# sentence: "According to the indictment, … He sent money through U.S. banks …"
_LEGAL_DOCUMENTS = frozenset(
    ["indictment", "complaint", "documents", "lawsuit", "affidavit", "filing"]
    # "According to court records, …": the record's account of the case.
    + ["records", "filings"]
)
_FINDING_MARK = r"\b(?:could|would|may|might|will|percent|million|billion)\b|\d"
# A share or a count, not a year or an hour: "20 percent", "22 million".
_AMOUNT = (
    r"\b(?:percent|per\s+cent|millions?|billions?|thousands?|hundreds?)\b"
    r"|\d%|\b\d{1,3}(?:,\d{3})+\b"
)
_FINDING_VERBS = frozenset(["found", "finds", "shows", "showed", "discovered"])
# A verdict: "the jury found him guilty of …", "the court ruled Park not
# guilty": the court's finding, the sentence its statement.
_VERDICT = re.compile(r"\s+(?:[\w’'\-]+\s+){1,6}?(?:not\s+)?guilty\b")
# What researchers find that is a thing, not a finding: "scientists have found
# a new species of frog", "found a previously unknown strain of the virus".
_DISCOVERY = re.compile(
    r"\s+(?:(?:a|an|two|three|several|some)\s+)?(?:new|previously\s+unknown"
    r"|never-before-seen)\s+(?:[\w\-]+\s+){0,2}?(?:(?:kind|species|type|form|strain"
    r"|genus|variety)s?\s+of\b|organisms?\b|bacteri(?:um|a)\b|microbes?\b"
    r"|viruse?s?\b|planets?\b|fossils?\b|moons?\b|comets?\b|minerals?\b)"
)
_DOCUMENT_FINDINGS = frozenset(
    ["found", "finds", "revealed", "reveals", "concluded", "concludes"]
    + ["showed", "shows", "determined", "documented", "documents"]
)
# What may follow "told VOA" without being what was told.
_CIRCUMSTANCE_ONLY = re.compile(
    r"\s*,?\s*(?:speaking|writing|adding|replying|responding|asked|when\s+asked"
    r"|in\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}(?:interview|statement|call|meeting"
    r"|press\s+conference|briefing|speech|letter|e-?mail))\b[^,;:]*?[.!?”\"]?\s*"
)
# A verb after these is not a report: "to announce", "will confirm", "did not
# say"; after a form of "be" it is a passive ("was reported to be"), which
# reports only with its agent ("was reported by X that").
_NOT_A_REPORT = re.compile(
    r"\b(?:to|will|would|could|can|may|might|must|should|shall|did|does|do|not"
    r"|never|cannot|n[’']t"
    # "neither admitted nor denied the findings": no stance is taken.
    r"|neither|nor)\s+$",
    flags=re.I,
)
# "was asked if he thinks he can win", "asked her whether she believed …",
# "wondered whether they would say …": a question's content, no report.
_ASKED_WHETHER = re.compile(
    r"\b(?:ask(?:ed|s|ing)?|wonder(?:ed|s|ing)?|question(?:ed|s|ing)?)\s+"
    r"(?:\w+\s+)?(?:if|whether)\s+(?:[\w’'\-]+\s+){1,3}$",
    flags=re.I,
)
# "has continued to say she is innocent", "continues to insist": the report
# goes on, it is no infinitive of purpose ("will continue to argue" is not yet).
_GOES_ON_SAYING = re.compile(
    r"(?<!\bwill\s)(?<!\bto\s)\bcontinu(?:e|es|ed)\s+to\s+$"
    # "Lee went on to say the talks would resume": she said it next.
    r"|\bwent\s+on\s+to\s+$"
    # "Thomas was quick to dismiss any concerns": done, not intended.
    r"|\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:quick|swift|quicker|eager)"
    r"\s+to\s+$",
    flags=re.I,
)
_PASSIVE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:first|also|not|initially|[a-z]+ly)\s+)?$",
    flags=re.I,
)
# A finite auxiliary or modal: what makes words a clause rather than a name
# or a phrase ("says knowing Chinese will help …", "says about 25 percent …
# have").
_AUXILIARY = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must"
    r"|should|did|does|do)\b"
)
# What a clause-only verb needs after it: a finite verb within a few words
# ("the judge determined Manafort had lied") or "it to …" ("found it to span").
_CLAUSE_LIKE = re.compile(
    r"\s*(?:(?:it|them|him|her|this)\s+to\s+\w+|(?:(?!(?:as|when|while|after|before"
    r"|because|if|in|on|at|with|from|for|by|during|into)\b)[\w’'\-]+\.?,?\s+){0,5}?"
    # "discovered a suspicious object and called police": a second verb of
    # the same subject, after "and", makes no clause of the object.
    # ("discovered and denounced it": a verb coordinated with the first).
    r"(?<![\w,]\sand\s)(?<![\w,]\sthen\s)"
    r"(?:is|are|was|were|had|has|have|will|would|could|can|may|might|must|should"
    # "results showed the ruling party won …": a past tense without "-ed".
    r"|did|does|do|remains?|[a-z]{3,}ed|won|lost|became|gave|took|got|fell|rose"
    r"|began|came|went|knew|saw|kept|held|spoke|made|sent|paid|built"
    # Pasts that are no participle: "data showed the economy shrank".
    r"|brought|fought|ran|met|stood|shrank|grew|drove|flew|wrote|broke|chose|sank"
    r"|froze|swore|stole"
    # "experts believe Hezbollah gets support from Iran": a present tense in
    # "-s" that names no thing ("plans", "costs" and "works" may).
    r"|gets|wants|intends|poses|continues|makes|takes|gives|lacks|faces|deserves"
    r"|means|seems|appears|exists|belongs|depends|goes|comes|knows|understands"
    r"|receives|provides|includes|represents|threatens|violates|lives|stays|keeps"
    r"|allows|requires)\b)"
)
# An opening phrase that is not a clause: "In an interview with the BBC, X said …"
_OPENER = re.compile(
    # "At least ten arrests took place, police said.", "As many as 30 …": a
    # count, not an opening phrase.
    r"\s*(?!At\s+(?:least|most)\b|As\s+(?:many|much|few)\s+as\b)"
    r"(?:In|On|At|During|After|Before|Speaking|Asked|Later|Earlier|Meanwhile"
    r"|Responding|Writing|Addressing|Talking|Interviewed|Separately|When|Once|While"
    r"|Because|Although|Though|If|As|Within|Following|Amid|Upon|Despite|Shortly)\b"
)
# A fronted phrase with no verb of its own before "X promised a legal
# challenge": a participle's ("Coming before reporters after the count,
# …", "Standing outside the court, …") or a time's ("Late on Sunday, …").
_PHRASE_OPENER = re.compile(
    r"\s*(?:[A-Z][a-z]{2,}ing\s+(?:before|to|from|with|at|in|on|after|about|for"
    r"|outside|inside|near|into|through|across|over|under|the|a|an|his|her|their"
    r"|its|up|out|back|down)\b"
    r"|(?:Late|Early)\s+(?:on|in|last|this|that|[A-Z]\w+day)\b)"
    r"(?![^“”\"]*\b(?:is|are|was|were|will|would|has|have|had|can|could|may"
    r"|might|must|should|does|did)\b)"
)
# "It was reported by X that …"
_PASSIVE_AGENT = re.compile(
    r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
    r"(?P<verb>reported|announced|confirmed|stated|said|claimed|revealed|disclosed"
    r"|alleged|noted|estimated|found|determined|ruled|declared|indicated)"
    r"\s+by\s+(?P<agent>[^,;“”\"]{2,80}?)\s*,?\s+that\s+"
)
# "The seized birds were confirmed by U.S. Fish & Wildlife as …": what a
# passive's agent confirms or announces, the sentence itself, with no clause.
_PASSIVE_OBJECT = re.compile(
    r"\b(?P<cue>(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:confirmed|announced|disclosed|revealed))\s+by\s+"
    r"(?P<agent>(?:the\s+)?[A-Z][^,;:“”\"()]{1,80}?|the\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*)?"
    r"\s+(?:ministry|department|police|agency|office|army|military|government|authorities"
    r"|officials|spokesman|spokeswoman|spokesperson))"
    r"(?=\s*(?:,|;|[.!?]?[”\"]?\s*$|\s+(?:as|on|in|at|to|after|before|during|when|today|yesterday"
    r"|last|this|early|late)\b))"
)
# "Wikinews can confirm through anonymous sources that …", "has learned from
# officials that …": the sources speak.
_THROUGH = re.compile(
    r"\b(?P<verb>confirm(?:s|ed)?|learn(?:s|ed|t)?|verif(?:y|ied|ies))\s+(?:through|from)\s+"
    r"(?P<agent>[^,;“”\"]{2,60}?)\s+that\s+"
)
# A charging document speaks: "The indictment charges Abdullahi with …", also
# after a clause about the document: "The indictment, which was returned by a
# grand jury on May 2, 2013, and unsealed Monday, charges …", "The complaint,
# filed in federal court, charges …".
_CHARGES = re.compile(
    r"\s*(?:The|An|A)\s+(?:\w+\s+)?(?P<doc>indictment|complaint|lawsuit|suit"
    r"|information|petition)"
    r"(?:,\s+(?:which\s+|that\s+)?(?:was\s+|were\s+)?(?:returned|unsealed|filed"
    r"|issued|handed\s+up|made\s+public)\b[^;:“”\"]{0,160}?,)?"
    r"\s+(?:also\s+)?(?P<verb>charges|charged)\b"
)
# A statement nested in a document or report: "a lawsuit alleging that …",
# "a story in Azzaman newspaper (…) alleging that …".
_NESTED = re.compile(
    r"\b(?P<noun>story|stories|report|reports|article|lawsuit|suit|complaint"
    r"|indictment|petition|letter|statement|post|message|e-?mail|memo|study|tweet"
    r"|editorial|column|rumou?r|filing|motion)\b(?P<mid>[^;:“”\"]{0,160}?)\s"
    r"(?P<verb>alleging|claiming|saying|stating|asserting|arguing|charging"
    r"|contending|suggesting|reporting)\s+(?:that\s+)?"
)
# A claim named as a noun with its clause, inside another report: "denied Jan
# Roe's report that …" (the owner's), "refuted recent reports that …" (the
# reports', described by an adjective).
_NESTED_CUES = frozenset(
    ["claim", "claims", "allegation", "allegations", "accusation", "accusations"]
    + ["assertion", "assertions", "charge", "charges", "warning", "warnings"]
)
_CLAIM_THAT = re.compile(
    r"(?:(?P<owner>(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*"
    # "the administration's assertion that …": an owner in lower case.
    r"|\b[Tt]he\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+)[’']s\s+(?:\w+\s+)?"
    r"(?P<noun>report|claims?|assertions?|allegations?|accusations?|contention"
    r"|charges?|argument|announcement|conclusion|warnings?)"
    r"|(?P<reports>(?:recent|unconfirmed|earlier|unverified|conflicting|initial"
    r"|media|press|news|local)\s+(?P<plural>reports|rumou?rs))"
    # "despite claims by international observers that the vote was fair".
    r"|\b(?P<by_noun>claims?|allegations?|accusations?|assertions?|charges?"
    r"|warnings?)\s+(?:made\s+)?(?:by|from)\s+(?P<by>(?:the\s+)?[\w’'.\-]+(?:\s+[\w’'.\-]+){0,5}?))"
    r"\s+that\s+"
)
# A view held by a named government or person, in a relative clause about the
# noun before: "Taiwan, which Beijing sees as part of its territory", "which
# China considers a breakaway province".
_WHICH_VIEWS = re.compile(
    r",\s+(?P<which>which)\s+(?P<who>(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)\s+"
    r"(?P<verb>sees|views|regards|considers|saw|viewed|regarded|considered)"
    r"\s+(?:as\s+)?(?:a|an|the|its|their|his|her|part|one)\b"
)
# A person's remarks that charge someone, nested in another's sentence: "the
# Afghan president's remarks accusing foreigners of fraud are troubling".
_OWNED_REMARKS = re.compile(
    r"(?P<owner>\b(?:[Tt]he\s+(?:[A-Za-z][\w.\-]*\s+){0,3}[A-Za-z][\w\-]*"
    r"|(?:[A-Z][\w.\-]*\s+){0,3}[A-Z][\w\-]*))[’']s\s+(?:[a-z]+\s+)?(?:remarks|comments|statements?|speech"
    r"|letter|words)\s+(?P<verb>accusing|blaming|criticizing|criticising"
    r"|condemning|denouncing)\s+"
)
# A finding nested in someone's words: "“Today's report shows that jobs are
# coming back,” she said", "He says the company's study found sales fell",
# "“Our tests show pollution affects everyone.”" — the document's or the
# data's statement, annotated apart from the speaker's.
_FINDING = re.compile(
    r"\b(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Oo]ur|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er"
    r"|[Tt]oday[’']s|[Rr]ecent|[Nn]ew|[Ll]atest|[\w\-]+[’']s?)\s+)?"
    r"(?:[a-z\-]+\s+){0,2}?"
    # Not the generic "studies show …", an appeal to research in general.
    # "Research shows …" opens its sentence with a capital.
    r"(?P<noun>(?i:report|reports|study|research|survey|poll|analysis|review"
    r"|findings|records|tests|data|figures|numbers|results))\s+(?:also\s+)?"
    r"(?P<verb>(?:shows?|showed|finds|found|revealed|reveals|makes\s+clear"
    r"|made\s+clear|indicates?|indicated|confirms?|confirmed|underscores?"
    r"|(?:has|have)\s+(?:shown|found|revealed|confirmed)))\s+(?:that\s+)?"
    # Not "confirm what parents already know": the object is not a clause.
    r"(?!what\b)(?=[a-z\d])"
)
# A charging document's allegation nested in an official's words: "“As
# alleged in today's indictment, the ring laundered millions,” she said",
# "“The complaint in this case alleges that the firm dumped waste.”" — the
# document's statement, annotated apart from the official's.
_ALLEGATION = re.compile(
    r"\b(?:[Aa]s\s+alleged\s+in\s+(?P<after>(?:the|this|these|today[’']s|its)\s+"
    r"(?:[a-z\-]+\s+){0,2}?(?:indictments?|complaints?)),\s+"
    r"|(?P<before>(?:[Tt]he|[Tt]his|[Tt]oday[’']s)\s+(?:[a-z\-]+\s+){0,2}?"
    r"(?:indictments?|complaints?))\s+(?:in\s+this\s+case\s+|also\s+)?"
    r"(?P<verb>alleges?|charges?)\s+that\s+)"
)
# "Sundhage has tried to infuse some of her style … and told": the subject of
# the first of two coordinated predicates.
# Common verbs whose past tense does not end in "-ed": "Roe wrote two letters".
_IRREGULAR_PAST = (
    r"(?:wrote|took|made|gave|met|went|came|sent|held|left|paid|spoke|saw|got|ran"
    r"|sat|stood|brought|bought|thought|kept|led|lost|won|began|became|did|put|set"
    r"|heard|knew|found|fell|flew|drove|rose|broke|chose|fought|sought|taught|threw)"
)
_COORDINATED = re.compile(
    # "Later, at the hearing, Roe …": opening phrases before the subject.
    r"\s*(?:[^,.;:“”\"]{1,40},\s+){0,2}?"
    r"(?P<subject>(?:The|A|An|the)\s+(?:[\w\-]+\s+){0,2}[a-z\-]+"
    r"|(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)\s+"
    # "Roe wrote three emails and stated …", "Roe would not withdraw the
    # remarks and stated …": any finite verb, a modal's too.
    r"(?:has|have|had|is|was|also|(?:would|could|did|does|will|can)(?:\s+not)?"
    rf"|{_IRREGULAR_PAST}|[a-z]+ed|[a-z]+s)\b"
    # "…, but says …" as "and"; "… and also claims …".
    r"[^.;:“”\"]{3,200}?,?\s+(?:and|but)\s+(?:also\s+)?$"
)
# "calls the mission a total success", "called the decision “arbitrary”",
# "described the measures as …" — not "called for", "called the police".
# What "the" opens after "called X" when it is a time or a plain object, not
# a description of X: "called the office the next day", "the moment …".
_NOT_A_COMPLEMENT = (
    r"(?:next|following|same|other|first|last|day|night|morning|evening"
    r"|afternoon|week|weekend|moment|minute|police|shots)\b"
)
# A judgement in a bare adjective after "called X": "false and misleading",
# "uncannily accurate", "long overdue".
_JUDGEMENT = (
    r"(?:(?:[a-z]+ly|very|so|too|long|so-called|not|politically)\s+)?(?:"
    + "|".join(sorted(lx.EVALUATIVE_ADJECTIVES))
    + r")\b"
)
_DESCRIBING = re.compile(
    r"\b(?P<verb>calls|called|call|(?<=\bis\s)calling|(?<=\bare\s)calling|describes|described"
    r"|describe|labeled|labelled|branded|termed"
    r"|characterized|characterised|characterizes|characterises|portrayed|portrays)\s+"
    r"(?!(?:for|on|off|up|back|in|out|upon|it\s+quits)\b)"
    # "called one of the findings a “shocker”": a part of a whole, too.
    r"(?:(?:the|this|that|these|those|his|her|its|their|one|some|both|each|all"
    # "called every civilian casualty a tragedy".
    r"|every|any"
    # "labeled former Prime Minister Aznar a “fascist”".
    r"|former|then|[A-Z][\w’'\-]*)\b"
    # "called the latest U.S.-led sanctions an “act of war”": an initial's
    # full stop is no sentence's end.
    r"(?:[^,.;:“”\"]|(?<=\b[A-Z])\.){0,50}?\s+"
    r"(?:as\s+\S|[“\"‘]|an?\s+\w"
    # "called the Coast Guard the elite force that defends …": a definite
    # description as the complement — not "called the office the next day".
    r"|the\s+(?!" + _NOT_A_COMPLEMENT + r")[a-z][\w\-]*\s+[a-z])"
    # "Njoroge called it an inspiration" — not "called it a day".
    r"|(?:it|them|him)\s+(?:as\s+\S|[“\"‘]|an?\s+(?!day\b)\w"
    # "Aid workers call it the hunger season."
    r"|the\s+(?!day\b|shots\b|police\b)\w+\s+\w+\s*[.!?]?$)"
    # "calls poaching levels “alarmingly high”": a bare noun, then the quotation.
    r"|(?:[a-z][\w\-]*\s+){1,4}[“\"‘](?=[a-z])"
    # "called his statements false and misleading", "calls the report
    # irresponsible", "called it unacceptable": a judgement in a bare
    # adjective, the clause ending with it.
    r"|(?<![Dd]escribed\s)(?<![Dd]escribes\s)(?:(?:the|this|that|these|those|his|her|its"
    r"|their|it|them|[A-Z][\w’'\-]*)\b[^,.;:“”\"]{0,50}?\s+)"
    + _JUDGEMENT
    + r"(?:,?\s+(?:and|or|but)\s+(?:an?\s+[a-z]+|"
    + _JUDGEMENT
    + r"))?(?=\s*(?:[.,;!?]|$|\s(?:and|but|because|saying|adding|since)\b)))"
)
# "Many voters see the move as a step forward", "critics view the speech as
# evidence of …": a view of something as something is a stance stated.
_SEEING = re.compile(
    r"\b(?P<verb>see|sees|saw|view|views|viewed|regard|regards|regarded)\s+"
    r"(?:the|this|that|these|those|his|her|its|their|it|them|him|[A-Z][\w’'\-]*)\b"
    # "the U.S. president": an initial's full stop ends nothing.
    r"(?:[^,.;:“”\"]|(?<=\b[A-Z])\.){0,60}?\s+as\s+(?:a|an|the|[a-z])"
)
# "Lopez Obrador is charging election officials with “manipulation”": an
# accusation, as "accused X of".
_CHARGING = re.compile(
    r"\b(?P<verb>(?:is|are)\s+charging|has\s+charged|charged|charges)\s+(?!with\b|for\b"
    r"|that\b)[^,.;:“”\"]{1,60}?\s+with\s+(?=\S)"
)
# "China considers self-ruled Taiwan to be part of its territory", "Western
# nations have considered Niger to be a democratic ally": a stance stated.
_CONSIDERING = re.compile(
    r"\b(?P<verb>considers|considered|consider)\s+(?!it\b|whether\b|how\b|what\b"
    r"|that\b|the\s+(?:idea|possibility|option|proposal|request|case|matter|issue)\b)"
    r"(?:[^,.;:“”\"]|(?<=\b[A-Z])\.){1,60}?\s+to\s+be\s+(?:a|an|the|part|[a-z]+)\b"
)
# "what he called an “electric ambiance”", "what they call electoral fraud"
# "what U.S. officials call …", "what a White House official said was …",
# "what they consider an illegal act": a source named with its determiner and
# a plain noun, "consider" as "call", and "said was" for "called".
# The end of a clause whose finite verb governs an infinitive, or "had", before
# "what he called …": "urged the world to monitor", "is appealing to the
# Security Council to condemn", "resigned Saturday to protest", "had".
_INFINITIVE_CHAIN = re.compile(
    r"\s+(?:(?:(?:is|are|was|were)\s+[a-z]+ing|(?:has|have|had)\s+[a-z]+ed"
    rf"|[a-z]+ed|{_IRREGULAR_PAST})\b[^,;:.“”\"]{{0,80}}?\s+to\s+[a-z]+|had)\s*$"
)
# "According to NewsRoom the video shows …", "According to the U.S.
# Geological Survey this was …": a capitalised name, then, with no comma, a
# clause opening with a determiner, a pronoun or a number.
_ACCORDING_NO_COMMA = re.compile(
    r"(?P<source>(?:[Tt]he\s+)?[A-Z][\w.’'\-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*"
    r"[A-Z][\w.’'\-]*){0,6}"
    # "According to the United States Geological Survey (USGS) a magnitude
    # 5.6 earthquake …": the name's abbreviation in brackets; "According to
    # Food and Agriculture Organization crop production officer Paul Omanga
    # a survey …": a post in lower case, then the holder's name.
    r"(?:\s+\([A-Z]{2,6}\))?"
    r"(?:(?:\s+[a-z][\w\-]*){1,3}\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){1,2})?)\s+"
    r"(?P<clause>(?:the|this|that|these|those|a|an|one|two|three|there|it|he|she"
    r"|they|we|his|her|its|their|some|most|more|about|at\s+least|\d)\b"
    r"(?=[^.;:]*\b(?:is|was|are|were|has|have|had|will|would|can|could|may|might"
    r"|\w+ed|\w+s)\b))"
)
# A statement made as a noun, its clause after "that": "made the formal
# announcement that …", "repeated her claim that …", "gave assurances that …".
_MADE_CLAIM = re.compile(
    r"\b(?P<verb>made|makes|issued|issues|gave|gives|repeated|repeats|reiterated"
    r"|reiterates|raised|raises|renewed|renews|stood\s+by|stands\s+by)\s+"
    r"(?:(?:a|an|the|his|her|their|its)\s+)?(?:(?:formal|official|public|earlier"
    r"|previous|same|bold|new|repeated|firm)\s+)?"
    r"(?P<noun>announcement|claims?|assurances?|concerns?|assertions?|predictions?"
    r"|pledges?|promises?|accusations?|allegations?|declaration|contention)"
    r"\s+that\s+(?=\S)"
)
# A claim about oneself in an infinitive: "claims to suffer from …",
# "claimed to be hiking alone", "claim to have seen …".
_CLAIMS_TO = re.compile(
    r"\s(?:(?:has|have|had)\s+)?(?:(?:falsely|repeatedly|also|now|once)\s+)?"
    r"(?P<verb>claims|claimed|claim)\s+(?P<rest>to\s+(?:be|have|suffer|know|represent"
    r"|speak|hold|own|control|possess|come\s+from|live)\b)"
)
# "Ann Roe is reported to have said …", "was said to have told the minister
# that …": words reported second-hand, still the subject's.
_REPORTED_TO_HAVE = re.compile(
    r"\s(?P<verb>(?:is|was|are|were)\s+(?:reported|said|quoted)\s+to\s+have\s+"
    r"(?:said|told|warned|claimed|insisted|stated|written))"
    # "… to have told the minister that …": whom, then the clause.
    r"(?:\s+(?:him|her|them|(?:the\s+)?[A-Za-z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)?)\s+that"
    r"|\s+that)?"
    r"\s+(?P<rest>(?:the|a|an|he|she|they|it|we|his|her|their|[A-Z])\S*\s)"
)
_WHAT_CALLED = re.compile(
    r"\bwhat\s+(?P<who>he|she|they|it|(?:(?:the|a|an|some|many)\s+)?"
    r"(?:[A-Z][\w’'.\-]+\s+){0,3}(?:[A-Z][\w’'\-]+|officials?|experts?|analysts?"
    r"|critics?|observers?|diplomats?|activists?|authorities|police|residents"
    # "what organizers called a “Day of Rage”": people named by what they do.
    r"|rebels|[a-z]{3,}(?:ers|ors|ists|ians|ants|ents)"
    # "what the party said was …": a body by its head noun after "the".
    r"|(?<=the\s)(?:[a-z]+\s+)?(?:party|group|government|ministry|company|union"
    r"|agency|council|commission|committee|military|army|opposition|movement"
    r"|coalition|alliance|embassy|department|organi[sz]ation|campaign)"
    # "what a new report calls …", "what the country's prime minister called".
    r"|(?:(?<=\ba\s)|(?<=\bthe\s))(?:new\s+|recent\s+|latest\s+)?(?:report|study|survey)"
    r"|(?<=the\s)[a-z]+[’']s\s+(?:[a-z]+\s+)?(?:minister|president|leader|spokesman"
    r"|spokeswoman|chief|ambassador)"
    # "what Sarah Margon of Human Rights Watch calls …".
    r"|(?<=\s)[A-Z][\w’'.\-]+\s+of\s+(?:the\s+)?(?:[A-Z][\w’'.\-]+\s+){0,3}"
    r"[A-Z][\w’'\-]+))\s+"
    r"(?P<verb>calls|called|call|describes|described|termed|terms|considers?|considered"
    r"|(?:says?|said)(?=\s+(?:was|is|were|are)\s))"
    # "what she calls, “an unfriendly environment”": a comma before the words.
    r"(?:\s+(?=\S)|,\s+(?=[“\"]))"
)
# "The explosion, described as small by Italian Embassy spokesman Filip La
# Rosa, …", "… were described by Johnson as a “historic mandate”".
_DESCRIBED_BY = re.compile(
    r"(?:,\s+|\s+(?:was|were|is|are|has\s+been|have\s+been)\s+)"
    r"(?:described|characteri[sz]ed|labell?ed|branded|dubbed)\s+"
    r"(?:as\s+[^,;:.“”\"]{1,60}?\s+by\s+(?P<who>(?:[\w’'.\-]+\s+){0,5}?[A-Z][\w’'\-]+"
    r"(?:\s+[A-Z][\w’'\-]+)*)(?=\s*[,.;])"
    r"|by\s+(?P<who2>(?:[\w’'.\-]+\s+){0,5}?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)*)\s+as\s+"
    r"(?:[^,;:.“”\"]{1,60}?|(?:a|an|the)\s+[“\"][^“”\"]{1,60}[”\"]|[“\"][^“”\"]{1,60}[”\"]))"
    r"(?=\s*[,.;])"
)
# "a recently released State Department human rights report, which accused
# the government of …": a document, then what it said in a relative clause.
_DOCUMENT_WHICH = re.compile(
    r"\b(?P<np>(?:a|an|the|its|their|his|her)\s+(?:[\w’'\-]+\s+){0,6}?(?:report|study"
    r"|survey|lawsuit|complaint|ruling|indictment|memo|audit|review|analysis|letter"
    r"|statement))\s*,\s+which\s+(?:also\s+)?(?P<verb>accused|found|concluded|warned"
    r"|alleged|claimed|said|stated|criticized|criticised|blamed|urged"
    r"|recommended|showed|estimated)\b(?=\s+\S)"
    # "the vote count in Sunday's election that shows Calderon with a lead",
    # "several independent exit polls that showed him as the victor".
    r"|\b(?P<np2>(?:the|several|some|two|three|early|preliminary|official)\s+"
    r"(?:[\w’'\-]+\s+){0,6}?(?:count|tally|polls|results|returns|figures|data)"
    r"(?:\s+(?:in|of|from|for)\s+[^,;:“”\"]{1,50}?)?)"
    r"\s+(?:that|which)\s+(?P<verb2>shows|showed|show|gave|gives|put|puts)\b(?=\s+\S)"
)
# "the scandal that he says has tainted his career", "evidence she says will
# prove her innocence", "tax evasion, which he says was leveled against him":
# a saying verb whose clause lacks its subject, the noun before it (a relative
# clause about that noun).
_SAYS_OF_NOUN = re.compile(
    r"(?:\b(?:which|that|what)\s+|(?<=[a-z]\s))"
    r"(?P<who>he|she|they|it)\s+"
    r"(?P<verb>says|said|say|claims|claimed|claim|insists|insisted|contends)\s+"
    r"(?=(?:will|would|has|have|had|is|was|are|were|could|can|may|might|should"
    r"|must)\s)"
)
# Words that end the noun phrase before such a clause, walking back from it.
_NOUN_STOPS = frozenset(
    [
        *("in", "of", "with", "for", "on", "to", "at", "by", "from", "about"),
        *("and", "or", "but", "against", "into", "over", "is", "was", "are", "were"),
    ]
)
# A sentence opening "As Ann Lee" before its saying verb ("reports").
_AS_OPENING = re.compile(
    # "But as VOA's Ann Lee reports …", "However, as Ann Lee reports …".
    r"\s*(?:(?:But|And|However|Yet|Now|Meanwhile)\s*,?\s+(?=as\s))?[Aa]s\s+[^,;:“”\"]{1,60}$"
)
# "VOA's Ann Lee", "V-O-A's correspondent Ann Lee": an outlet's reporter,
# the whole of a sentence's opening.
_CORRESPONDENT_SUBJECT = re.compile(
    r"\s*[A-Z][\w\-]*[’']s\s+(?:[a-z]+\s+){0,2}[A-Z][\w\-]*(?:\s+[A-Z][\w’'\-]*){1,2}\s*$"
)


# A lowercase group located by a participle and a place: "the few health
# workers still operating in Dover", "aid workers based in Goma".
_PAGE_PLACED_GROUP = re.compile(
    r"(?P<group>(?:(?:the|a|few|many|some|several|most|other|[a-z]+)\s+){0,4}?"
    r"[a-z]+s)\s+(?:still\s+|now\s+|currently\s+)?(?:[a-z]+ing|based|stationed"
    r"|deployed|trapped)\s+(?:in|at|near|outside|inside|across|around|on)\s+"
    r"(?:the\s+)?[A-Z][^,;:“”\"]*"
)
# "reports along the road to …", "reports from aboard …": a correspondent
# introduced with where the report comes from, before any clause.
_PAGE_REPORTS_ALONG = re.compile(
    r"\s+(?:along|aboard|outside|inside|near|across|on\s+the\s+road)\b"
    # Up to the sentence's end, or a place's description after a comma.
    r"[^,;:]*(?:,\s+(?:a|an)\s[^,;:]*)?[.!?]?\s*$"
)
# "From the United Nations", "From our Nairobi bureau": only where from.
_PAGE_PLACE_ONLY = re.compile(
    r"(?:From|Reporting\s+from)\s+(?:the\s+|our\s+)?(?:[A-Z][\w’'.\-]*\s+"
    r"|of\s+|the\s+){0,5}[A-Z][\w’'.\-]*(?:\s+(?:bureau|office|newsroom))?"
)


# A sentence opening with a person's name alone: "Stefan Bos", "Gilbert da
# Costa".
_NAME_ONLY_SUBJECT = re.compile(
    r"\s*[A-Z][a-z][\w’'\-]*(?:\s+(?:da|de|van|von|al|el)\b)?(?:\s+[A-Z][\w’'\-]*){1,2}\s*$"
)


def _correspondent_from(body: str, s_start: int, verb: re.Match, s_end: int) -> bool:
    """ "VOA's Ann Lee reports from Dover, the bridge is closed": an outlet's
    correspondent reporting from a place, with neither "As" nor "that" before
    the clause, which is what the correspondent reports."""
    if (
        verb.group(0) == "reports"
        and _NAME_ONLY_SUBJECT.match(body, s_start, verb.start())
        and re.match(
            r"\s+(?:from\s+(?:the\s+)?[A-Z][^,;:]{1,50}|for\s+(?:VOA|V-O-A|Voice\s+of\s+America))"
            # Not the place's country or description ("from Cologne, Germany,
            # where …", "from Asmara, the Eritrean capital."): a clause with
            # a verb of its own.
            r",\s+(?!(?i:where|which|who|when|whose)\b|[A-Z][\w\-]*,)"
            r"(?=[^.;:]*\b(?:is|was|are|were|has|have|had|will|would|can|could"
            r"|[a-z]+ed|[a-z]+s)\b)",
            body[verb.end() : s_end],
        )
    ):
        # "Stefan Bos reports from Budapest, the new agency's …", "Ann Lee
        # reports for VOA, an oil worker was …": a correspondent by name alone,
        # with where (or for whom) the report comes from.
        return True
    return bool(
        verb.group(0) == "reports"
        and _CORRESPONDENT_SUBJECT.match(body, s_start, verb.start())
        # "… reports from Capitol Hill, where …": the place, described.
        and re.match(
            # "VOA's Scott Stearns reports, the ruling party is facing …": no
            # place, only the comma.
            r"(?:\s+from\s[^,;:]{1,60})?,\s+(?!where\b|which\b|who\b|when\b|whose\b)",
            body[verb.end() : s_end],
        )
    )


# The comma that ends an opening "As Ann Lee reports (from Dover),".
_AS_REPORTS_COMMA = re.compile(
    r"\s*(?:(?:from|in)\s+(?:the\s+)?(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*"
    # "As Ann Lee reports from VOA's Jerusalem bureau, …", "… from VOA's East
    # Africa bureau in Nairobi, …".
    r"(?:\s+(?:bureau|office|newsroom)(?:\s+in\s+(?:[A-Z][\w’'.\-]*\s+){0,2}[A-Z][\w’'.\-]*)?)?)?"
    r",\s+(?=\S)"
)
# "Nigeria hopes to get the vaccine next, as Ann Lee reports from Abuja.": the
# clause before is the correspondent's report.
_AS_REPORTS_AFTER = re.compile(
    r",?\s+as\s+(?P<who>(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]+)\s+"
    r"(?P<verb>reports|reported)(?:\s+(?:from|in)\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'.\-]*\s*){1,3})?\s*[.!?]?\s*$"
)
_NESTED_OUTLET = re.compile(
    r"((?:[A-Z][\w’'\-]*\s){1,3})(?:newspaper|magazine|daily|weekly|website"
    r"|news\s+agency|broadcaster|channel|television|radio)\b"
)
# An Arabic article joined to a surname: "al-Otari", "el-Baradei".
_ARTICLE_SURNAME = re.compile(
    r"(?:al|el|ad|ash|as|at|az|ul)-[A-Z][\w’'\-]*"
    # "Luiz Inacio Lula da Silva", "Ursula von der Leyen": a lowercase
    # particle before the surname.
    # "Tamim bin Hamad al-Thani": a patronymic's "bin", "ibn", "bint".
    r"|(?:da|de|do|dos|das|della|di|van|von|bin|ibn|bint)\s+(?:der\s+|den\s+)?(?=[A-Z][a-z])"
    r"[A-Z][\w’'\-]*"
)
# A preposition after a verb or a noun, before a name (and its titles): the
# name is an object ("held talks with Afghan President Ann Lee").
_OBJECT_BEFORE = re.compile(
    r"\b[a-z]+\s+(?:with|to|by|from|against|toward|towards)\s+"
    r"(?:[A-Z][\w’'.\-]*\s+){0,4}$"
)
# A subject that lists three or more names, the last after "and", set off
# by commas: "the Governments of Ruritania, the United Kingdom, and the
# Republic of Germany, announced …".
_LIST_ITEM = r"(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+(?:of|the|for|[A-Z][\w’'.\-]*))*"
_LISTED_SUBJECT = re.compile(
    rf"(?:^|,\s+|[—–]\s*)(?P<list>{_LIST_ITEM}(?:,\s+{_LIST_ITEM}){{1,8}},?\s+and\s+"
    rf"{_LIST_ITEM}),\s*$"
)
# Where a sentence ends: "J. Alan Doe heads …": an initial ends none; nor does
# a title ("… to prevent Mr. Roe's inauguration").
_SENTENCE_END = re.compile(
    r"[.!?](?<!\s[A-Z].)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)"
    r"(?<!\bGen\.)(?<!\bSen\.)(?<!\bRep\.)(?<!\bGov\.)(?<!\bLt\.)(?<!\bCol\.)"
    r"(?<!\bSgt\.)(?<!\bCapt\.)(?<!\bAdm\.)(?<!\bProf\.)[”\"]?\s+(?=[A-Z“\"])"
)

# A thing that bears words, before them: "a football helmet signed by him that
# said, “…”", "a banner which read: “…”".
_THAT_SAID = re.compile(
    r"\b(?:a|an|the|his|her|their)\s+"
    r"(?P<noun>(?:(?!(?:a|an|the)\s)[a-z\-]+\s+){0,2}(?!(?:a|an|the)\b)[a-z\-]+)"
    r"(?<!ed)(?<!ing)"
    r"(?:\s+(?!(?:a|an|the|his|her|their)\s)[a-z][\w’'\-]*){0,6}"
    r"\s+(?:that|which)\s+(?P<verb>said|says|read|reads)\s*[,:]?\s*$"
)

# A text as the subject of "read": "The statement read, in part: “…”", "Her
# letter read: “…”" (not a protest's slogans or banners, whose chants and
# questions are no statement of their own).
_TEXT_READ = re.compile(
    r"(?:^|[.!?”\"]\s+|,\s+)(?P<subject>(?:(?:The|the|A|a|An|an|His|his|Her|her|Its|its"
    r"|Their|their|One|one)\s+)?(?:[\w’'\-]+\s+){0,3}?(?P<noun>(?i:statements?|letters?|notes?"
    r"|messages?|posts?|tweets?|notices?|e-?mails?|leaflets?|communiqu[eé]s?)))"
    r"\s+(?P<verb>read|reads)(?:,?\s+in\s+part)?\s*[,:]?\s*$"
)
# A relative clause whose subject says something of the noun before it:
# "…, which Iran's leaders say they do not want", "what critics say is a
# giant step", "…, which so many people say is needed".
# Those on one side of a question: "the election that critics say was …".
_SIDES = frozenset(
    ["critics", "opponents", "supporters", "detractors", "proponents", "advocates"]
    + ["observers", "rivals", "allies", "backers"]
)
_WHICH_SAY = re.compile(
    # "The euro is what leaders say is a giant step", "in what leaders say is
    # …": after a copula or a preposition; never a subject clause ("what the
    # woman said is not acceptable").
    # "in a way that some Marines say they did not think possible": a noun
    # after its determiner, then "that".
    # "The rebels, who officials say have killed …", "the militants, whom
    # police say belong to …": a person's or a group's relative clause too.
    # "cheered what many here say was …": after a verb in the past.
    r"(?P<rel>,\s+(?:which|who|whom)|\b(?:is|are|was|were|be|in|as|into|to|of|for|with"
    r"|[a-z]{3,}ed)\s+(?P<what>what)|\b(?:(?:a|an|the)\s+)?(?:[a-z\-]+\s+){0,2}?[a-z\-]+\s+"
    r"(?P<that>that))\s+(?P<who>(?:so\s+)?(?:many|some|most"
    r"|(?:the\s+)?[A-Za-z][\w’'\-]*)(?:\s+(?!(?:say|says|said)\b)[\w’'\-]+){0,3}?)"
    r"\s+(?P<verb>say|says|said|claim|claims|claimed)\s+"
    # After "what", the clause's own verb: "what critics say is …", not "what
    # people say to the assistant".
    r"(?(what)(?=(?:is|are|was|were|has|have|had|will|would|could|can|may|might)\b))"
    r"(?P<rest>[^,;:.!?“”\"]{6,})"
)

# After a quotation's attribution, a second report: "“…,” Roe said, adding
# that the plan remains a priority."
# Participles that add a second statement to the first: "…, adding that …".
_ADDING_PARTICIPLES = r"adding|noting|explaining|stressing|insisting|warning"
_ADDING_AFTER = re.compile(
    rf"[,”\"\s]*[^,“”\";:!?]{{1,80}}?\s(?:{_VERBS})\b[^,“”\";:!?]{{0,40}},\s+"
    rf"(?P<part>{_ADDING_PARTICIPLES})\s+that\s+"
    r"(?P<more>[^“”\"]{10,}?)\s*[.!?]?\s*$"
)


def _title_case(line: str) -> str:
    """A line in capitals as a heading in mixed case: "PREPARED REMARKS OF
    ANN B. LEE" → "Prepared Remarks of Ann B. Lee"."""
    small = {"of", "by", "from", "the", "and", "for", "on", "at", "to", "before"}
    return " ".join(
        word.lower()
        if word.lower() in small
        else word.capitalize()
        if len(word) > 2 and word.isalpha()
        else word
        for word in line.split(" ")
    )


def _listed_subject(region: str) -> str | None:
    """The list of names that ends ``region`` as a verb's subject, without an
    opening word of time ("Today, A, B, and C,"), if three names remain."""
    found = _LISTED_SUBJECT.search(region)
    if found is None:
        return None
    items = found["list"].split(", ")
    while items and (
        _ADVERBIAL.match(items[0])
        or items[0].lower() in ("today", "yesterday", "tonight", "meanwhile", "now")
    ):
        items = items[1:]
    if len(items) < 3:
        return None
    return ", ".join(items)


# The heading of a release that speaks as a whole: "Statement by the CPA:".
_HEADING = re.compile(
    # What a page's heading names when the reader of speeches does not find
    # its giver's first person: an organisation's statement ("Statement by
    # the CPA:"), a readout, a release, a joint statement (not ``delivered``).
    r"\s*(?P<joint>Joint\s+)?(?:(?P<delivered>Statement|Remarks|Testimony)|Readout"
    r"|Press\s+[Rr]elease|Declaration|Message)\s+(?:by|from|of)\s+(?:the\s+)?"
    r"(?P<who>[^:\n]{2,120}?)"
    r"(?:,?\s+(?:on|regarding|about|concerning|at|to|before)\s+(?:the\s+|an?\s+)?"
    r"[A-Z][^:\n]*)?"
    r"\s*:?\s*$"
    # "The following is a statement from NASA Administrator Sean O'Keefe
    # regarding today's Genesis Sample Return …."
    r"|\s*The\s+following\s+is\s+(?:a|the)\s+(?:joint\s+)?(?:statement|remarks|message)"
    r"\s+(?:by|from|of)\s+(?:the\s+)?(?P<intro>[^:\n]{2,80}?)"
    r"(?:\s+(?:regarding|on|about|concerning|following|after|at)\b[^\n]*)?[.:]\s*$"
    # "WASHINGTON, June 19 /PRNewswire/ -- The following quote is attributed to
    # Jane Doe, Deputy Commissioner:" — a release's label for its quotations.
    r"|(?:[^\n]{0,100}?\s(?:--|—|–)\s*)?\s*The\s+following\s+(?:quotes?|statements?"
    r"|remarks|comments?)\s+(?:is|are|can\s+be|may\s+be|should\s+be)\s+attributed"
    r"\s+to\s+(?:the\s+)?(?P<label>[^:\n]{2,120}?)\s*[.:]\s*$"
)


# Quantifiers before an unnamed group: "Some China watchers", "Many analysts".
_QUANTIFIERS = frozenset(["some", "many", "several", "most", "other", "few"])
# A clause of time around an announcement: "…, after Ann Lee announced her
# resignation", "When Ann Lee announced …, crowds …" (subject and verb only).
_TIME_CLAUSE = re.compile(
    r"(?:^\s*|,\s+)(?:after|when|as|before|since|until|once|After|When|As|Before"
    r"|Since|Until|Once)\s+(?=[^,;“”\"]*$)"
)
# A concessive clause opening a sentence: "Though officials had said …, he …".
_CONCESSIVE = re.compile(r"\s*(?:Though|Although|Even\s+though|Whereas)\s")
# "ended the review with, “…”", "opened his speech with: “…”".
_CLOSED_WITH = re.compile(
    r"\b(?:ended|ends|began|begins|opened|opens|closed|closes|concluded|concludes"
    r"|finished|finishes)\s+(?:the|his|her|its|their)\s+(?:[a-z\-]+\s+){0,2}?"
    r"(?:review|speech|remarks|letter|statement|post|column|article|address|talk"
    r"|testimony|message|essay|interview)\s+(?:by\s+saying|with)\s*[,:]?\s*$"
)
# "the Associated Press reports Jane Roe as commenting", "Reuters quoted him
# as saying": the one quoted is the speaker, the quoting source the relay.
_QUOTED_AS = (
    r"(?P<source>[^.;:“”\",]{1,60}?)(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbeen)"
    r"(?<!\bbe)\s+(?:(?:has|had)\s+)?(?:quoted|quotes|reports?|reported|cited|cites)"
    # Not the passive "was quoted by Xinhua as saying", "was quoted as saying".
    r"\s+(?!by\b|as\b)(?P<who>[^.;:“”\",]{1,60}?)\s+as\s+(?:saying"
    r"|commenting|stating|writing|telling\s+\w+|adding|declaring|noting|remarking"
    r"|warning|arguing)"
)


# CLAUSE, X said. / CLAUSE, said X: the attribution that ends a sentence.
# The subordinating words that open a clause of time or cause.
_CIRCUMSTANCE = "after|before|when|while|as|because|following|since|until|once"
# What may follow a circumstance after the verb to the sentence's end: "…,
# officials said in a statement issued in Kabul, Afghanistan.": its place's
# country or state after a comma, no clause of its own.
_PLACE_TO_END = r"(?:,\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2})?[\s.!?”\"]*"
_TRAILING = re.compile(
    rf"(?P<sep>,[”\"]?|[”\"],?)\s+(?:(?P<subj>[^,“”\"]{{1,80}}?"
    # A long office before a name: "Under Secretary of the Treasury for
    # Terrorism and Financial Intelligence Ann Lee says".
    rf"|(?:(?:[A-Z][\w’'.\-]*|of|the|for|and)\s+){{3,24}}[A-Z][\w’'\-]+)"
    # "…, the report said.": no subject ends in a determiner ("report" after
    # "the" is the subject's noun, not its verb).
    rf"(?<!\b[Tt]he)(?<!\bits)(?<!\btheir)(?<!\bthis)\s+"
    rf"(?P<verb>{_VERBS})|(?P<verb2>{_INVERTING_VERBS})\s+(?P<subj2>[^,“”\"]{{1,80}}?))"
    rf"(?P<tail>\s+[^,“”\"]{{0,80}}?)?"
    # "…, Mullen said Sept. 30, his last day as chairman."
    rf"(?P<apposition>,\s+(?:his|her|their|its|the)\s+[^,“”\"]{{1,80}}?"
    # "…, said Cliff Preetorious, OCS program manager, HRC Branch.", "…, said
    # Cpl. Ann Lee, a clerk with Alpha Battery, 3rd Bn., 12th Marines."
    rf"|(?:,\s+(?!(?:{_ADDING_PARTICIPLES}|{_CIRCUMSTANCE})\b)[^,“”\"]{{1,100}}?){{1,3}}(?=\s*[.!?]?[”\"]?\s*$))?"
    # "…, officials said, after results showed …": when it was said.
    rf"(?:,\s+(?:{_CIRCUMSTANCE})\s+[^“”\"]+?(?=\s*[.!?]?\s*$))?"
    # "…, the diplomat said, adding that …": a second statement follows.
    rf"(?:,\s+(?P<part>{_ADDING_PARTICIPLES})\s+(?:that\s+)?(?P<more>[^“”\"]+?))?\s*[.!?]?[”\"]?\s*$",
)


# A participle of saying that adds a second statement after a reported clause:
# "…, adding that a date was set", "…, noting the talks had failed".
_ADDING_AFTER_CLAUSE = re.compile(
    rf",\s+(?P<part>{_ADDING_PARTICIPLES})\s+(?:that\s+)?"
    r"(?=[a-zA-Z])"
)
# How the words of a quotation were spoken, after it: "“…,” she shouted.",
# "“Why now?” he asked.", "“Stay home,” the mayor urged." (only after a
# quotation: before a clause these report nothing).
_AFTER_QUOTE_VERBS = (
    r"shouted|yelled|screamed|whispered|murmured|sighed|responded|answered|asked"
    r"|pleaded|begged|mused|reflected|urged|demanded|shot\s+back|chimed\s+in"
)
# A clause of two words, a subject and its verb in the past: "said it
# rained", "said sales rose", "said nobody died" (not "said goodbye").
_TWO_WORD_CLAUSE = re.compile(
    r"(?:it|he|she|they|we|I|nobody|no\s*one|everyone|[a-z]+s)\s+"
    r"(?:[a-z]{3,}ed|rose|fell|grew|won|lost|died|left|came|went|paid|worked|works|failed)"
)
# An unnamed source and what it knows: "sources familiar with the matter", "a
# person with knowledge of the talks", "a source close to the president".
# A body with a relative clause on what it does: "The company that runs the
# plant", "the group that organized the march".
_BODY_DESCRIBED = re.compile(
    r"(?P<np>(?:[Tt]he|[Aa]n?)\s+(?:[\w\-]+\s+){0,2}[a-z][\w\-]*)\s+(?:that|which|who)"
    r"\s+(?:[a-z]+ed|[a-z]+s|runs|ran|owns|led|leads|organized|organised)\s+[^,;:“”\"]{1,60}"
)
# A group, then why it is not named or how it was reached: "Officials who
# spoke on condition of anonymity", "Local residents reached by telephone".
_GROUP_UNNAMED = re.compile(
    r"(?P<np>(?:[\w’'.\-]+\s+){0,4}?[A-Za-z][a-z\-]+s)\s+(?:who\s+(?:asked|spoke"
    r"|requested|declined|insisted|did\s+not\s+want|were\s+not\s+authori[sz]ed)"
    r"|(?:reached|contacted|interviewed)\s+by)\b[^,;:“”\"]*"
)
_INFORMED_SOURCE = re.compile(
    r"(?P<head>.+?)\s+(?:(?:who\s+(?:is|are|was|were)\s+)?(?:familiar|acquainted)\s+with"
    r"|with\s+(?:direct\s+|first-?hand\s+|detailed\s+)?knowledge\s+of|close\s+to"
    r"|briefed\s+on|privy\s+to|knowledgeable\s+about)\s+\S.{0,80}",
    flags=re.I,
)
# A name, then a description set off by commas, then the verb that ends the
# sentence: "…, Ann Roe, 45, said.", "…, Ann Roe, a spokeswoman for the
# ministry, said.", "…, Sen. Ann Roe, R-Texas, said."
_APPOSED_TRAILING = re.compile(
    r",\s+(?:[A-Z][\w’'.\-]*\s+){1,4}[A-Z][\w’'\-]+"
    r"(?P<app>,\s+(?:\d{1,3}|[RDI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?"
    r"|(?:a|an|the|who|whose|his|her|their|its)\s[^,“”\"]{1,80}?),)"
    rf"\s+(?:{_VERBS})\b[^,“”\"]{{0,40}}?[.!?]?[”\"]?\s*$"
)
# What follows a quoted phrase inside a clause, up to the attribution that ends
# the sentence: "… because of the mission, he continued."
_TRAILING_AFTER_QUOTE = re.compile(
    r"[^“”\"]*?,\s+(?:he|she|they|(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)\s+"
    rf"(?:{_VERBS})\s*[.!?]?\s*"
)
# After a quotation closed with its comma inside, the attribution that ends the
# sentence: "…,” Reuters reported.", "…,” Radio Free Europe/Radio Liberty
# reported.", "…,” the ministry said.".
_NEWS_CLAUSE_THEN_TRAILING = re.compile(
    r"\s+(?:he|she|they|(?:the\s+)?(?:[A-Z][\w’'./\-]*\s+){0,4}[A-Z][\w’'/\-]*)"
    rf"\s+(?:{_VERBS})\s*[.!?]?\s*"
)
# A bare "Hall said." after a quotation closed with a full stop.
_STRAY_ATTRIBUTION = re.compile(
    # "“Will it reopen?” Ann Roe asked.": how the words were said, too.
    rf"[ \t]+(?P<who>(?:[A-Z][\w’'\-]*\s+){{1,3}}(?:{_VERBS}|{_AFTER_QUOTE_VERBS}))[.]"
    r"(?=\s|$)"
)


# What a confirmation of an appointment confirms: "… as ambassador", "her
# nomination", "by the Senate".
_APPOINTMENT = re.compile(
    r"\s+(?:by\s+(?:the\s+)?(?:[A-Z][\w.\-]*\s+){0,3}(?:Senate|Parliament|Congress"
    r"|Assembly|Council|Board|Legislature|Senators)\b"
    r"|(?:him|her|them|(?:[A-Z][\w’'.\-]*\s+){1,4})as\s+(?:the\s+|an?\s+|our\s+|its\s+|his\s+|her\s+)?"
    r"(?:(?:next|new|first|acting)\s+)?(?:[A-Z]|ambassador|judge"
    r"|justice|secretary|director|chief|head|member|envoy|commissioner|chairman|chair)"
    r"|(?:his|her|their|the)\s+(?:[a-z]+\s+)?(?:nomination|nominee|appointment|appointee)s?\b)"
)
# What "what it calls" may name without describing: a title in capitals to the
# sentence's end ("what it calls a Consumer Privacy Bill of Rights", "what it
# calls the world's “Ecological Footprint.”") — not "what he called Iran's
# “hostile” role".
_NAMING = (
    r"(?:(?:a|an|the)\s+)?(?:[\w\-]+[’']s\s+)?[“\"‘]?[A-Z][\w’'\-]*"
    r"(?:\s+(?:of|for|and|on|[A-Z][\w’'\-]*))*[.,]?[”\"’]?[.,]?\s*$"
)


# After a verb of announcing: an act that asserts nothing ("declared a state of
# emergency", "declared a ceasefire"), or a bare "details" whose content the
# sentence does not give ("announced details Monday after the meeting.").
_ACT_NOT_ASSERTION = re.compile(
    r"\s+(?:(?:a|an|the|its|their)\s+)?(?:(?:national|nationwide|local|regional"
    r"|partial|unilateral|three-day|\w+-day|public\s+health|health|major"
    # "declared a dusk-to-dawn curfew", "a 24-hour curfew": how long it lasts.
    r"|\w+(?:-\w+)+)\s+)?"
    r"(?:state\s+of\s+(?:emergency|disaster|siege|alert)|emergency|disasters?|martial\s+law"
    # "declared a famine in parts of Somalia", "declared major disasters".
    r"|famine|curfew|ceasefire|cease-fire|truce|day\s+of\s+mourning|holiday"
    # "South Ossetia declared independence", "declared bankruptcy": an act
    # (not "questioned the independence of the commission": a stance).
    r"|(?:(?<=declared\s)|(?<=declares\s)|(?<=declare\s)|(?<=declaring\s)|(?<=announced\s)"
    r"|(?<=proclaimed\s)|(?<=proclaims\s))(?:independence|bankruptcy|war)"
    r"|(?<!the\s)(?:independence|bankruptcy|war))\b"
    # "says the state of emergency will hurt her": the subject of a clause.
    r"(?!\s+(?:\w+\s+)?(?:will|would|is|was|has|had|have|could|may|might|can"
    r"|should|must|are|were|remains?|means?|shows?)\b)"
    # "declared part of northern California a disaster area": an act.
    r"|(?<=declared|declares)\s+[^,.;:“”\"]{1,60}?\s+(?:a|an)\s+(?:[\w\-]+\s+)?(?:disaster"
    r"|emergency|war|no-fly|military|exclusion|quarantine|closed)\s+(?:area|zone|region)\b"
    # "Capriles conceded the election", "conceded defeat": a concession, an act.
    r"|(?:(?<=conceded)|(?<=concedes)|(?<=concede))\s+(?:(?:his|her|their|its|the)\s+)?"
    r"(?:defeat|loss|election|race|vote|contest|seat)\b(?!\s+(?:was|were|is|are|had|has|would|could|will)\b)"
    # "declared the state eligible for federal disaster assistance", "declared
    # 24 counties for federal aid": an act.
    r"|(?<=declared|declares)\s+(?!that\b)[^,.;:“”\"]{1,60}?\s+(?<!\bwas\s)(?<!\bis\s)"
    r"(?<!\bwere\s)(?<!\bare\s)(?:eligible\s+for\b|for\s+(?:[\w\-]+\s+){0,2}(?:aid"
    r"|assistance|relief)\b)"
    # "points to the group's latest survey": a source shown, not a claim.
    r"|(?:(?<=pointed\sto)|(?<=points\sto))\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
    r"(?:[\w’'\-]+\s+){0,3}?(?:surveys?|study|studies|reports?|data|figures|polls?"
    r"|charts?|maps?|statistics|numbers|graphs?|screens?)\b"
    # "declared the state eligible for federal disaster assistance": an act.
    r"|(?:(?<=declared)|(?<=declares))\s+(?!that\b)(?:(?!\b(?:is|are|was|were|will|would"
    r"|has|have|had|be)\b)[^,.;:“”\"]){1,60}?\s+(?:eligible|ineligible)"
    r"\s+(?:for|to)\b"
    # "cited the company with a willful violation": a regulator's citation.
    r"|(?<=cited)\s+[^,;.“”\"]{1,60}?\s+(?:with|for)\s+[^,;.“”\"]{0,40}?violations?\b"
    r"|\s+(?:the\s+|few\s+|more\s+|some\s+)?details\b(?!\s+(?:of|on|about|that)\b)"
    r"(?=[^,;:“”\"]*[.!?]?\s*$)"
    # "disclosed the information.", "announced the news to reporters.".
    r"|\s+(?:the|this|that)\s+(?:information|news)(?=\s*(?:(?:to|at|in|on|during"
    r"|with|from|after|before)\s+[^,;:“”\"]*)?[.!?]?\s*$)"
    # "denied custody of the child", "denied him bail", "denied the appeal":
    # what is refused, an act, not the denial of a claim.
    r"|(?:(?<=denied)|(?<=denies)|(?<=denying))\s+(?:(?:him|her|them|[A-Z]\w+)\s+)?"
    r"(?:(?:the|a|an|his|her|their|its)\s+)?(?:custody|bail|access|entry|parole"
    r"|permission|visas?|asylum|benefits?|requests?|applications?|appeals?|motions?"
    r"|licen[cs]es?|permits?|passage|admission|service)\b"
    # "The report notes what it calls the world's “Ecological Footprint.”"
    r"|\s+(?:also\s+)?what\s+(?:it|he|she|they)\s+(?:calls?|called)\s+" + _NAMING + r""
    # "He commented Friday after the envoy met the president.": when, not what.
    r"|(?:(?<=commented)|(?<=comments)|(?<=remarked))\s+(?:(?:\w+day|today|yesterday"
    r"|earlier|later)\s+)?(?:after|before|when|while|during|following)\b"
    r"(?![^.;:“”\"]*\bthat\b)"
    # "declared the outbreak a global health emergency": a declaration, an act.
    r"|(?:(?<=declared)|(?<=declares))\s+(?:the|an?|this|its)\s+(?:[\w\-]+\s+){0,2}?"
    r"(?:outbreak|epidemic|pandemic|crisis|situation|area|region)\s+(?:an?\s+)?"
    r"(?:[\w\-]+\s+){0,3}?(?:emergency|disaster(?:\s+area)?|pandemic)\b"
    # "conceded defeat", "conceded the election to Roe": yielding a contest is
    # an act, not the admission of a claim.
    r"|(?:(?<=conceded)|(?<=concedes)|(?<=concede)|(?<=conceding))\s+"
    r"(?:(?:the|his|her|their|its|a)\s+)?(?:[\w\-]+\s+){0,2}?(?:defeat|elections?"
    r"|race|contest|loss|victory|runoff|run-off|vote|presidency|nomination|seat|match"
    r"|game|title|primary)\b(?!\s+(?:was|were|had|has|is|would|will)\b)"
    # "told VOA about his hopes for his country.": a topic, not what was told.
    r"|(?:(?<=told)|(?<=tells))\s+(?:\w+\s+){1,2}?about\s+(?:his|her|their|its|the)\s+"
    r"[^,;:“”\"]*[.!?]?\s*$"
    # "he observed a difference in the size of the heads": a perception.
    r"|(?<=observed)\s+(?:a|an|the|some|several)\s+(?![^,;.“”\"]*\b(?:is|are|was"
    r"|were|has|have|had|will|would|could|can|may|might|must)\b)"
    # "wrote to the court before the sentencing.": to whom, not what.
    r"|(?:(?<=wrote)|(?<=writes))\s+to\s+(?![^.;:“”\"]*\b(?:that|saying|asking"
    r"|urging|about|of)\b)[^,;:“”\"]*[.!?]?\s*$"
    # "Bees add an estimated $18 billion a year to the value of crops": a sum
    # added to something, not words added.
    r"|(?:(?<=add)|(?<=adds)|(?<=added))\s+(?:(?:an\s+estimated|about|some|nearly"
    r"|almost|roughly|around|more\s+than|up\s+to|over)\s+)?[$€£]?[\w.,\-]+\s+"
    r"(?:[\w\-]+\s+){0,5}?(?:percent|per\s+cent|dollars|euros|pounds|millions?"
    r"|billions?|points?|jobs|years)\b(?:\s+[\w\-]+){0,3}?\s+to\b"
)


# Where a sentence ends: its stop, a closing quotation mark, the next opening.
_SENTENCE_STOP = re.compile(r"[.!?][”\"’]?\s+(?=[A-Z“\"‘])|[”\"’][.!?]\s+(?=[A-Z“\"‘])")
_CLAUSE_JOINT = re.compile(r";|,?\s+(?:while|whereas)\s|,\s+(?:but|and)\s")
_PLATFORM_NAMES = frozenset(
    ["Twitter", "Facebook", "Instagram", "Telegram", "TikTok", "YouTube", "Weibo"]
    + ["WeChat", "X"]
)


# "wrote a letter saying …", "sent an e-mail to staff stating that …".
_LETTER_SAYING = re.compile(
    r"\s+(?:wrote|writes|sent|sends|issued|posted|signed|released|releases|published)\s+(?:a|an)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:letter|message|note|e-?mail|statement|memo|post)"
    r"(?:\s+to\s+[^,;:“”\"]{1,40}?)?,?\s+(?P<verb>saying|stating|arguing|claiming"
    r"|warning|insisting|explaining)\s+(?:that\s+)?"
)


_PLEA = re.compile(
    # A plea that says what was done ("pleaded guilty to making false
    # statements", "… of swindling …") or the court it was made in ("pleaded
    # guilty in U.S. District Court to …", "… at Leeds Crown Court"), not one
    # that only names the charge ("pleaded guilty to the federal charge") or
    # the date.
    r"\s(?:has\s+|had\s+)?(?:pleaded|pled)\s+(?:guilty|no\s+contest)\b"
    r"(?=[^.;]*?\b(?:to|of|for)\s+(?:(?:a\s+)?charges?\s+of\s+)?[a-z]+ing\b"
    r"|[^;]*?\b(?:in|at|before)\s+(?:the\s+)?(?:[A-Z][\w.’'\-]*\s+){0,5}Court\b"
    # "… in federal court in Cincinnati", "… in the Central District of Ohio".
    r"|[^.;]*?\b(?:in|at|before)\s+(?:the\s+)?(?:federal\s+court\b"
    r"|(?:[A-Z][\w.’'\-]*\s+){0,3}District\s+of\b)"
    # "… to one count of conspiracy", "… to four Lacey Act crimes based on …".
    r"|[^.;]*?\bto\s+(?:[\w\-]+\s+){0,5}(?:counts?|charges|crimes|offen[cs]es"
    r"|violations)\s+(?:of|based|related|involving)\b)"
    r"|\s(?:has\s+|had\s+)?entered\s+(?:a\s+|the\s+)?(?:guilty\s+)?pleas?\b"
)
_CONTRAST = re.compile(r"\s*(?:But|Yet|Also)\b,?\s")
# Verbs of plain saying, after which a contrast goes on with the source.
_PLAIN_SAYING = frozenset(
    ["said", "says", "say", "told", "tells", "added", "adds", "noted", "notes"]
    + ["explained", "explains", "believes", "believe", "thinks", "think"]
)
# A sentence naming the source of the one before it: "That was the finding of
# a new study.", "This is the conclusion of the report."
_FINDING_BEFORE = re.compile(
    r"\s*(?:That|This)\s+(?:is|was)\s+(?:the|one)\s+(?:main\s+|central\s+"
    r"|key\s+|latest\s+)?(?P<noun>finding|conclusion|message|warning|view"
    r"|prediction)s?\s+of\s+(?P<source>[^.;:!?“”\"]{3,200}?)\s*\.\s*$"
)
_CONNECTIVE = re.compile(
    r"\s*(?:Instead|However|Therefore|Thus|Moreover|Furthermore|As a result"
    # "For example, …", "For instance, …": the source's own example.
    r"|In addition|Otherwise|So|For example|For instance)\b,?\s"
)


_SHARE_TAKEN = re.compile(
    r"\s+(?:(?:almost|nearly|about|around|roughly|approximately|more|fewer|over"
    r"|some|at\s+least|the\s+most|a\s+majority|a\s+third|half|\d|one|two|three"
    r"|four|five|six|seven|eight|nine|ten)\b"
    # "claiming approximately $2.9 million in payments": money claimed.
    r"|(?:(?:approximately|about|nearly|more\s+than|over)\s+)?[$€£]\s?\d)"
    # "claimed one of its posts, …, was hit": a clause's subject.
    r"(?!\s+of\b)(?:\d[\d,.]*\d|[^,.;:“”\"])*"
)


def _share_taken(rest: str) -> bool:
    """Whether the words after "claim" are a share won, not a claim made: "won
    the most seats, claiming almost one-third", "claimed more votes overall" —
    not "claimed more than 100 soldiers were killed", a clause with its verb."""
    share = _SHARE_TAKEN.match(rest)
    return bool(share) and not re.search(
        r"\b(?:is|are|was|were|had|have|has|will|would|could|did|do|does|been|be)\b",
        share[0],
    )


def _circumstance_after(match: re.Match, sentence: str) -> bool:
    """Whether the words after a trailing attribution's verb (``match``'s
    "tail" in ``sentence``) are only a circumstance that runs to the end of
    the sentence, with no clause of its own: "…, Ann Roe said during a recent
    trip to Italy and the Balkans."."""
    tail = (match["tail"] or "").split()
    return bool(
        tail
        and tail[0] in ("during", "while", "at", "on", "in", "after", "before")
        and not re.search(
            r"\b(?:that|is|are|was|were|has|have|had|will|would|can|could|may"
            r"|might|must|should|did|does)\b",
            match["tail"],
        )
        and re.fullmatch(_PLACE_TO_END, sentence[match.end("tail") :])
    )


def _not_a_report(before: str, verb: str) -> bool:
    """Whether ``verb``, after the text ``before``, is no report: "to announce",
    "did not say", "was reported to be", "the state", "a report", "was asked if
    he thinks"."""
    if _ASKED_WHETHER.search(before[-60:]):
        return True
    if verb in ("told", "said") and re.search(
        r"(?:^|[.!?:;]\s+|\n)\s*(?:(?:And|But|So),?\s+)?(?:All|Truth\s+be|Having"
        r"|That\s+being)\s+$",
        before[-40:],
    ):
        # "All told, there were 27 attacks", "Having said that, …", "Truth
        # be told, …": a sentence's opening idiom, no one's report.
        return True
    if re.search(
        r"\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:quick|swift|quicker|eager)"
        r"\s+to\s+$",
        before[-40:],
    ):
        # "Food Minister K.V. Thomas was quick to dismiss any concerns": the
        # dismissal is made, not intended.
        return False
    if re.search(
        r"\b(?:it\s+(?:is|was|remains|remained)\s+(?:not\s+)?(?:yet\s+)?(?:clear|unclear"
        r"|known|unknown|certain|uncertain)|(?:no\s+one|nobody)\s+knows)\s+(?:how\s+many"
        r"|how\s+much|whether|if|who|which|what|why)\b[^,.;:“”\"]*$",
        before[-80:],
        flags=re.I,
    ):
        # "It is not clear how many parties have rejected the results": a
        # question the reporter leaves open, no one's report.
        return True
    if verb in _BASE_FORMS and (
        re.search(r"[’']s\s+[a-z]+-[a-z]+(?:-[a-z]+)*\s+$", before[-50:])
        or re.fullmatch(
            r"\s*(?:the|a|an|this|that)\s+[a-z]+-[a-z]+(?:-[a-z]+)*\s+",
            before,
            flags=re.I,
        )
    ):
        # "America's presidential-election dispute centered on …", "a
        # long-running claim": a noun after its compound modifier.
        return True
    if verb in _BASE_FORMS and re.search(
        r"(?:^|\s)(?:an?|this|each|every|another)\s+[a-z]+\s+$", before[-40:]
    ):
        # "The Inspector General issues an audit report that finds …", "a
        # status report": after a singular article and a noun, the base form
        # is the noun it modifies, never a verb with that noun its subject.
        return True
    if (
        verb in _BASE_FORMS
        and _OPENING_PHRASE.match(before)
        and _NAMED_MODIFIER.search(before)
    ):
        # "Following the release of the Budget Office (CBO) report analyzing
        # the bill, Secretary Ann Roe said …", "Ahead of the World Bank report
        # on prices, …": a sentence that opens with a preposition is still in
        # its phrase before any comma; the word after "the" and a name is
        # the phrase's noun, not a verb with a subject.
        return True
    before = before[-24:]
    return bool(
        (_NOT_A_REPORT.search(before) and not _GOES_ON_SAYING.search(before))
        or (_PASSIVE.search(before) and not verb.endswith("ing"))
        or (
            verb in _BASE_FORMS
            and re.search(
                r"\b(?:the|a|an|this|that|its|his|her|their|our|my|your)\s+$",
                before,
                flags=re.I,
            )
        )
        or (
            # "under Japanese rule", "under military rule": a noun after a
            # preposition and an adjective, not a verb.
            verb in _BASE_FORMS
            and re.search(r"\b(?:under|against)\s+[A-Za-z\-]+\s+$", before)
        )
    )


_OPENING_PHRASE = re.compile(
    r"\s*(?:After|Before|Following|Ahead\s+of|Despite|Since|Until|Upon|Amid|Without"
    r"|In\s+response\s+to|Prior\s+to|Because\s+of|In\s+the\s+wake\s+of)\s+"
    r"[^,;:“”\"]*$"
)
_NAMED_MODIFIER = re.compile(
    r"\b(?:the|a|an|this|that|its|their|his|her|[A-Z][\w\-]+[’']s)\s+[A-Z][\w’'.\-]*"
    r"(?:\s+(?:(?:and|of|for|&)\s+)*[A-Z][\w’'.\-]*|\s+\([A-Z][\w.]*\))*\s+$"
)
_BASE_FORMS = frozenset(
    w for w in lx.SPEECH_VERBS if not w.endswith(("ed", "s", "ing")) and " " not in w
) - {"said", "told", "wrote", "found"}


# A transcript's speaker label before a quotation: ``OBAMA: "…"``,
# ``YI GUAN: "…"`` (capitals only, so that "Asked: " is no label).
_LABEL = re.compile(r"\s*(?P<who>[A-Z][A-Z’'.\-]+(?:\s+[A-Z][A-Z’'.\-]+){0,3})\s*:\s*")
# "Secretary of Labor Hilda L. Solis issued the following statement on …:"
_ISSUED = re.compile(
    # "…, Jane Roe, today made the following statement on the case:".
    r"(?P<who>(?:[A-Z][\w’'.\-]*\s+){1,8}[A-Z][\w’'\-]+)(?:,?\s+(?:Jr|Sr)\.|,?\s+I{2,3})?"
    rf"(?:,\s*{_CREDENTIAL}(?![\w.]))*"
    # "Ann Roe, commander of the mission aboard the Space Station, made the
    # following statement": the giver's description between commas.
    r"(?:,\s+(?:the\s+|an?\s+)?[a-z][\w’'\-]*(?:\s+[^,:;.\n]+?)?(?=,\s+(?:today\s+)?"
    r"(?i:(?:issued|made|released|delivered|gave|sent|posted|shared)\s+the\s+following)))?"
    # "… Arne Duncan Issued the Following Statement on …:" in a headline's case.
    # "… sent the following message to the Department:": a message to staff.
    r",?\s+(?:today\s+)?(?i:(?:issued|made|released|delivered|gave|sent|posted|shared)\s+"
    r"the\s+following\s+(?:statement|remarks|message|letter|note|memo|e-?mail))\b[^:\n]*:\s*$"
    # "… held a press briefing in Farmington. The following remarks can be
    # attributed to EPA Administrator Jane Doe:" — the page's introduction.
    r"|(?<=[.!?]\s)\s*The\s+following\s+(?:quotes?|statements?|remarks|comments?)"
    r"\s+(?:is|are|can\s+be|may\s+be|should\s+be)\s+attributed\s+to\s+(?:the\s+)?"
    r"(?P<to>(?:[A-Z][\w’'.\-]*\s+){1,8}[A-Z][\w’'\-]+)\s*:\s*$"
    # "… made the announcement at Google. Below are his remarks:", "Her
    # remarks as prepared for delivery follow:", "The full text of Secretary
    # Roe's statement follows." — the lead-in to the words that follow.
    r"|(?:^|(?<=[.!?]\s))\s*(?:(?P<below>Below|Following|Here|The\s+following)\s+(?:is|are)\s+)?"
    r"(?:[Tt]he\s+(?:full\s+|complete\s+)?(?:text|transcript)\s+of\s+"
    # "The following are highlights from Administrator Roe's remarks:".
    r"|(?:(?:some\s+)?(?:highlights|excerpts|an?\s+excerpt|portions|key\s+passages)"
    r"\s+(?:from|of)\s+))?"
    r"(?P<whose>[Hh]is|[Hh]er|[Tt]heir|(?:[Tt]he\s+)?(?:[A-Z][\w’'.\-]*\s+){0,3}"
    r"[A-Z][\w’'\-]*[’']s)\s+(?:full\s+|complete\s+|prepared\s+)?"
    r"(?:remarks|statement|speech|testimony|comments|address)"
    r"(?:,?\s+as\s+(?:prepared\s+for\s+delivery|prepared|delivered),?)?"
    # "The full transcript of Secretary Roe's remarks is below:".
    r"(?:\s+follows?\s*[.:]|\s*:|\s+(?:is|are)\s+(?:printed\s+|reproduced\s+)?below\s*[.:]"
    r"|(?(below)\.|(?!)))\s*$"
)
# A lead-in to a list of what someone said: "Roe made several key points
# during his briefing:", "She outlined the plan's main findings:", "He said:".
_LIST_LEAD = re.compile(
    r"(?:^|(?<=[.!?]\s))\s*(?P<who>(?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'\-]+)\s+"
    r"(?P<cue>(?:also\s+)?(?:made|outlined|listed|offered|gave|raised|highlighted|stressed"
    r"|emphasi[sz]ed|presented|cited|noted|said|says|told\s+\w+|added)\b"
    r"(?:[^:.!?]{0,60}?\b(?:points|remarks|comments|observations|recommendations"
    r"|conclusions|findings|arguments|messages|reasons|concerns|following)\b)?[^:.!?]{0,60}:)"
    r"\s*$"
)
# An item of a list: "-- Aid is arriving.", "• …", "2. …".
_BULLET_ITEM = re.compile(r"\s*(?:--|[-•*·–—]|\d{1,2}[.)])\s+(?=\S)")
# An office before the name a speaker gives as their own.
_OFFICE_WORD = (
    r"(?:Senator|Sen|Representative|Rep|Congressman|Congresswoman|Governor|Gov"
    r"|Mayor|Secretary|Ambassador|Administrator|Director|Commissioner|Chairman"
    r"|Chairwoman|Judge|General|Admiral|Colonel|Captain|Dr|Doctor|President)"
)
# A speaker giving their own name: "Hello, my name is Ann Roe, and …", "And
# I'm Senator Tom Lee from Delaware.", "Hi, I am Dr. Ann Roe."
_SELF_INTRODUCTION = re.compile(
    r"\s*(?:(?:Hello|Hi|Hey|Good\s+(?:morning|afternoon|evening)|Welcome)"
    r"(?:,?\s+(?:everyone|everybody|all|folks))?[,.!]?\s+)?(?:(?:And|So|Well),?\s+)?"
    r"(?:[Mm]y\s+name\s+is\s+"
    r"(?P<who>(?:[A-Z][\w’'.\-]*\s+){1,4}[A-Z][\w’'\-]+)"
    # "And I'm Senator Tom Lee from Delaware.": an office and a name given
    # with "I am" (not a reporter's sign-off, "I'm Ann Roe, VOA News").
    rf"|(?:I[’']m|I\s+am)\s+(?P<office>{_OFFICE_WORD}\.?\s+)"
    r"(?P<titled>(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]+))"
    r"(?=\s*(?:[,.!]|\s(?:from|of|with|and|here)\b))"
)
# Words in single quotation marks credited right after them with "as":
# "'fair housing … part of the American way of life,' as President Johnson
# said in 1968", "'a war by blunder,' as Ann Lee put it".
_QUOTED_AS_SAID = re.compile(
    r"(?<![\w’'])['‘](?P<words>[^'‘’\n]{8,300}?),?['’],?\s+as\s+"
    r"(?P<who>(?:the\s+)?(?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'\-]+)\s+"
    r"(?P<verb>(?:once\s+)?(?:said|put\s+it|wrote|noted|declared|observed|remarked))\b"
)
# A paragraph that is only a date: "June 24, 2010", "Monday, June 24, 2010".
_DATE_PARAGRAPH = re.compile(
    rf"(?:{_WEEKDAY},?\s+)?(?:{_MONTH}|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)"
    r"\s+\d{1,2},?\s+\d{4}"
)
# Where a release's statement ends: its footer, or a section's heading in
# capitals ("Additional Information:").
_RELEASE_END = re.compile(
    r"\s*(?:#\s*#\s*#|-\s*30\s*-|For more information|Contact:"
    r"|(?:[A-Z][\w’'\-]*\s+){0,3}[A-Z][\w’'\-]*:\s*$"
    # "June 24, 2010" alone: the date line of a listing's next release.
    rf"|{_DATE_PARAGRAPH.pattern}\s*$"
    # "WASHINGTON, June 19, 2012 - …": the dateline of the next release.
    rf"|[A-Z]{{3,}}(?:\s+[A-Z]{{2,}})*,(?:\s+[A-Z][a-z]+\.?,?)?\s+{_DATE_PARAGRAPH.pattern})"
)
# The same label before words with no quotation marks (a transcript).
_BARE_LABEL = re.compile(
    r"\s*(?P<who>(?:Mc)?[A-Z][A-Z’'.\-]+(?:\s+(?:Mc)?[A-Z][A-Z’'.\-]+){0,3}"
    # "SECRETARY OF DEFENSE DR. MARK T. ESPER:": an office before the name.
    r"|[A-Z]+(?:\s+[A-Z][A-Z’'.\-]*){2,11}\s+[A-Z][A-Z’'\-]+)"
    # "DR. ANN ROE, BRANCH CHIEF, CDC FLU DIVISION:": the name, then her role.
    r"(?:,\s*[A-Z][A-Z’'.\-&]*(?:\s+[A-Z][A-Z’'.\-&]*){0,8}){0,4}\s*:\s+"
    # "SEC. ROE:  [Laughs] That's …": a transcriber's note may open the turn.
    r"(?=[A-Z0-9\[(])"
)
# A name in mixed case with the speaker's office in brackets, before words
# with no quotation marks: "Jane Roe (Deputy Director): Thanks so much. …"
_ROLE_LABEL = re.compile(
    r"\s*(?P<who>(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]+)\s+\([A-Z][^()\n]{1,60}\)"
    r"\s*:\s+(?=[A-Z0-9])"
)
# A reporter's question turn in a briefing's transcript ("Q  Richard, can you
# tell us …", "Q: …", "QUESTION: …"), or an interviewer's marked in double
# brackets ("((WN)) Do you play for a club?").
_QUESTION_LABEL = re.compile(
    r"\s*(?:(?:Q|QUESTION|Question)(?:\s*:|\.|\s(?=\s*[A-Z]))|\(\([^()\n]{1,40}\)\))\s*"
)
# A turn's label in mixed case, a name or initials: "Katie Roe:", "KR:", "A:".
# An answer's label names no one: the guest is the crosshead's.
_NAME_TURN = re.compile(
    r"\s*(?P<who>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})\s*:\s+(?=\S)"
)
_ANSWER_LABELS = ("A", "Answer")


# A turn's label alone on its line, a name or a role in capitals or in mixed
# case, with an office after a comma: "Unidentified Narrator:", "President Ann
# Roe:", "ANN ROE, VOA Pentagon Correspondent:".
_LONE_LABEL = re.compile(
    r"(?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'.\-]*"
    r"(?:,\s+(?:[A-Z][\w’'.\-]*|of|for|the|and)(?:\s+(?:[\w’'.\-]+)){0,8}){0,3}\s*:"
)


# A turn's label opening a sentence inside a paragraph: "… good afternoon.
# SECRETARY ROE: Thank you.", "… [Applause] MODERATOR: …", "… it? Roe: Yes."
_INLINE_LABEL = re.compile(
    r"(?:(?<=[.!?\])”\"])|(?m:^))\s*(?P<who>[A-Z][\w’'.\-]*(?:\s+[A-Z0-9][\w’'.\-]*){0,3})"
    r"\s*(?:\([^()\n]{1,40}\))?\s*:\s+(?=[A-Z0-9“\"\[(])"
)


def _turns_apart(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs with a transcript's turns run together split at each turn's
    label ("MODERATOR: Please welcome Ann Roe. [Applause] SECRETARY ROE: Good
    morning. …", "CPSReview: Why? Roe: Because …"): a label in capitals, an
    office and a name ("Admiral Roe"), or one that recurs in the paragraph;
    two of them make the paragraph a transcript's turns."""
    split: list[tuple[int, int]] = []
    for a, b in spans:
        found = [
            m
            for m in _INLINE_LABEL.finditer(body, a, b)
            # Not after a title's or an initial's stop: "DR. ANN ROE:".
            if not re.search(
                r"(?:^|\s)[A-Z][\w.]{0,3}\.\s*$",
                body[max(a, m.start() - 6) : m.start()],
            )
        ]
        names = [m["who"] for m in found]
        starts = [
            m.start("who")
            for m in found
            if m["who"].isupper() or _titled_turn(m["who"]) or names.count(m["who"]) > 1
        ]
        if _BARE_LABEL.match(body, a, b) and a not in starts:
            starts.insert(0, a)  # "FEMA BRIEFING TITLE: …": a label opens it
        if len(starts) < 2:
            split.append((a, b))
            continue
        edges = [a, *(x for x in starts if x > a), b]
        split += [
            (x, x + len(body[x:y].rstrip()))
            for x, y in zip(edges, edges[1:], strict=False)
        ]
    return split


def _PAGE_acts_apart(body: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs of a broadcast script stored run together split at each of
    its recording markers ("… DESCRIBES WHAT HE SAW. /// ROE ACT ///WE SAW
    … /// END ACT ///THE AGENCY …"): each marker a paragraph of its own, as
    a script sets it, so that the words after "/// ROE ACT ///" are Roe's
    until "/// END ACT ///" closes them."""
    split: list[tuple[int, int]] = []
    for a, b in spans:
        markers = list(_ACT_MARKER.finditer(body, a, b))
        if not markers or (
            len(markers) == 1 and (markers[0].start(), markers[0].end()) == (a, b)
        ):
            split.append((a, b))
            continue
        edges = [a]
        for m in markers:
            edges += [m.start(), m.end()]
        edges.append(b)
        for x, y in zip(edges, edges[1:], strict=False):
            text = body[x:y]
            if text.strip():
                start = x + len(text) - len(text.lstrip())
                split.append((start, x + len(text.rstrip())))
    return split


def _opens_turn(text: str) -> bool:
    """Whether a paragraph opens on a transcript's turn: a question's label, a
    label in capitals, or an office and a name ("Q: …", "MS. LEE: …",
    "Governor Lee: …"), not a word before a colon ("First: …")."""
    turn = _NAME_TURN.match(text)
    return bool(
        _QUESTION_LABEL.match(text)
        or _BARE_LABEL.match(text)
        or (turn and _titled_turn(turn["who"]))
    )


def _titled_turn(who: str) -> bool:
    """Whether a turn's label in mixed case is an honorific or an office and a
    surname, "Mr. Roe", "Dr. Ann Roe", "Ambassador Roe": an official's label in a
    briefing's transcript, as "MR. ROE" in capitals."""
    words = who.split()
    return (
        2 <= len(words) <= 3
        and words[0].strip(".").lower() in _TITLES_AND_HONORIFICS
        and all(_capitalised(w) for w in words[1:])
        and words[-1][-1] != "."
    )


# Any turn's label at a paragraph's start: "GLENN (ph):", "DR. ROE:", "Q:",
# "Jane Roe (Deputy Director):".
_ANY_LABEL = re.compile(
    r"\s*(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'.\-]*\s*(?:\([\w.][^()\n]{0,60}\)\s*)?:\s"
)
# A sentence ending inside its closing quotation mark: "… at once.” Then".
_CLOSED_SENTENCE = re.compile(r"[.!?][”\"]\s")
# A line with no finite verb that sets the scene for the quotation after it:
# "First, a mother talking to her baby.", "Here is Ann Roe speaking to
# reporters.", "And now the same mother talking to an adult."
_SPEAKING_SCENE = re.compile(
    r"\s*(?:(?:And|But|Now|First|Then|Next|Finally|Here\s+is|Here’s|Here's"
    r"|Listen\s+to|Now\s+listen\s+to)\b,?\s+)*"
    r"(?P<who>(?:(?:the|a|an|one|this|that)\s+)?(?:[\w’'.\-]+\s+){0,3}?[\w’'.\-]+)"
    r"\s+(?P<verb>talking|speaking|telling|explaining|describing|answering)\b"
    r"[^.!?;:“”\"]{0,60}[.:]\s*"
)
# A US state after a town's name, in full or in its newsroom abbreviation,
# closing the place: "Cedar Rapids, Iowa,", "Grand Forks, N.D., native".
_PAGE_STATE_AFTER = re.compile(
    r",\s+(?:"
    + "|".join(
        sorted(
            (
                r"\s+".join(w.capitalize() for w in state.split())
                for state in lx.US_STATES
            ),
            key=len,
            reverse=True,
        )
    )
    + r"|New\s+(?:York|Jersey|Mexico|Hampshire)|(?:North|South)\s+(?:Carolina|Dakota)"
    r"|West\s+Virginia|Rhode\s+Island|"
    + "|".join(w.capitalize() for w in lx.STATE_ABBREVIATIONS)
    + r"|N\.\s?[HJMYCD]|R\.\s?I|S\.\s?[CD]|W\.\s?Va)\.?(?=[,;)]|\.(?:\s|$)|\s+native\b|$)"
)
# The reporter a subject speaks to, before the reporter's name: "told VOA
# English to Africa reporter ", "in an interview with correspondent Ann ",
# or whose interviews the story credits: "with on the street interviewing in
# Monrovia by reporter ".
_PAGE_TOLD_REPORTER = re.compile(
    r"\b(?:told|tells|telling|to|with|by)\s+(?:[\w’'.\-]+\s+){0,5}?"
    r"(?:reporter|correspondent|journalist|interviewer)\s+(?:[A-Z][\w’'.\-]*\s+){0,2}$"
)
# A soundbite's line naming whose words follow and their topic, with no verb:
# "Topic: Secretary Ann Lee on the need for more rangers.", "Ann Lee's
# comments on the budget:" over a paragraph that is one quotation.
_PAGE_TOPIC_SCENE = re.compile(
    r"\s*(?:(?:Topic|Subject|Soundbite|Sound\s+bite|Actuality|Audio|Clip)\s*:\s*)?"
    r"(?P<who>(?:[A-Z][\w’'.\-]*\s+){0,4}?[A-Z][\w’'\-]*?[\w])"
    r"(?:[’']s\s+(?:comments|remarks|thoughts|views|reaction|response|message)\s+|\s+)"
    r"on\s+(?P<topic>[^.!?;:“”\"]{3,160})[.:]\s*"
)
# After a pronoun that goes on for the speaker, a verb of speech that opens a
# second report: "…, and he added that …", "…, but she says …".
_SAME_SPEAKER_REPORTS = re.compile(
    r",?\s+(?:and|but|because|since)\s+(?P<who>he|she|they|we|I)\s+"
    r"(?:also\s+|later\s+|then\s+)?(?:said|says|added|adds|told|tells|stated"
    r"|states|noted|notes|insisted|insists|argued|argues|charged|claimed|claims)\b"
)
# A preposition of means or time before a participle: "by insisting …",
# "while saying …", "after stating …".
_MEANS_BEFORE_PARTICIPLE = r"\b(?:by|while|after|before|when|in)\s*$"
# A moderator's turn ending by handing the floor to the next speaker: "I will
# turn the microphone over to Dr. Roe.", "Let me hand it over to Jane Doe."
_FLOOR_OVER = (
    r"(?:turn|hand|pass)\s+(?:it|things|(?:the|this|my|our|today[’']s)\s+"
    r"(?:microphone|mic|floor|podium|call|conference|briefing|line))"
    r"\s+over\s+to"
)
_HANDOVER = re.compile(
    r"\b(?:I\s+(?:will|would\s+like\s+to|now)|I[’']ll|I[’']d\s+like\s+to"
    r"|I\s+am\s+going\s+to|I[’']m\s+going\s+to|[Ll]et\s+me)\s+(?:now\s+)?"
    + _FLOOR_OVER
    + r"\s+(?P<who>(?:[A-Z][\w’'.\-]*\s+){0,4}[A-Z][\w’'\-]+)"
    r"\s*[.!]?\s*$"
)
# The most words a host's turn that introduces the next speaker runs to (the
# longest seen run to about 150); a longer turn is a speech of its own.
_HOST_TURN_WORDS = 200
# A moderator's turn, which introduces the speakers or hands them the floor
# ("Very glad to be able to introduce you today to our administrator", "And I
# now turn it over to you, sir."): the host's voice, not a statement.
_MODERATING = re.compile(
    rf"\b(?:introduce\s+(?:you\b|to\s+you\b|our\b)|{_FLOOR_OVER}\b)"
)
# Transcript labels of the programme's own voices.
_NARRATOR_LABELS = frozenset(
    ["voice", "announcer", "narrator", "host", "anchor", "reporter", "correspondent"]
    + ["presenter", "q", "a", "question", "answer", "moderator", "interviewer"]
    # "INTRO:" over a script's lead, "OPERATOR:" on a conference call.
    + ["intro", "operator"]
)
# How a programme introduces its own reporter: "VOA's Jessica Berman",
# "correspondent Scott Stearns", "Jessica Berman reports".
_CORRESPONDENT_BEFORE = re.compile(
    r"(?:\b[A-Z]{2,}[’']s|\bcorrespondents?|\breporters?|\bhear\s+from|\bjoins\s+us"
    # "In an interview with VOA Contributor Greta Van Susteren".
    r"|\b(?i:contributor|contributing\s+(?:editor|writer)|anchor|host)s?"
    # "sat down for an interview with the Voice of America's Ann Roe": the
    # outlet's journalist who conducts it.
    r"|\binterview\s+(?:with|by)\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+(?:(?:of|the|for)\s+){0,2}){0,3}"
    r"[A-Z][\w\-]*[’']s)"
    r"\s+(?:[A-Z][\w’'.\-]*\s+){0,2}$"
)
# "As Rosanne Skirble tells us, …": a programme introducing its reporter.
_CORRESPONDENT_AFTER = re.compile(
    r"\s+(?:reports|has\s+more|reporting|has\s+this|tells\s+us|has\s+the\s+story)\b"
)
# A signature's name line: "Ann B. Roe", "Ann Roe, M.D., M.P.H.", "Ann Roe, Ph.D."
_SIGNATURE_NAME = re.compile(
    r"[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'\-]+){1,2}"
    r"(?:,?\s+(?:Jr|Sr)\.?|,?\s+I{2,3})?"
    r"(?:,\s*(?:(?:[A-Z][a-z]?\.){1,3}[A-Z]?\.?|[A-Z]{2,4}))*"
)
_ANY_QUOTE_MARK = re.compile(r"[“”\"]")
# A picture's or a page's credit line, no one's name: "Courtesy Photo".
_CREDIT_WORDS = frozenset(
    ["courtesy", "photo", "photos", "file", "image", "images", "video", "graphic"]
    + ["illustration", "credit", "source", "caption", "staff", "handout"]
)
# A turn's words that say only what the speaker will talk about or ask the
# reporter to repeat: "Let me -- yeah, let me talk about that.", "I want to
# make a couple of comments about the process.", "Sorry, could you say that
# again?". A lead-in that goes on into its content ("Let me start by saying
# that …", "…, and then I'll take your questions.") is kept.
_EMPTY_LEAD_IN = re.compile(
    r"(?:(?:So|Well|And|Okay|OK|Yeah|Yes|Sorry|Now),?\s+)*"
    r"(?:(?:[Ll]et\s+me|I(?:\s+want|\s+would\s+like|[’']d\s+like)\s+to)\s+(?:just\s+)?"
    r"(?:[-–—]+\s*(?:(?:yeah|yes|well|so),?\s+)?)?)+"
    r"(?:(?:talk|speak)\s+(?:a\s+(?:little\s+)?bit\s+)?(?:about|to)\s+(?:that|this|it)"
    r"|(?:make|offer)\s+(?:kind\s+of\s+|sort\s+of\s+)?(?:a\s+(?:couple|few)|some|two"
    r"|three)\s+(?:of\s+)?(?:quick\s+)?(?:comments|remarks|points)"
    r"(?:\s+(?:about|on)\s+(?:that|this|it|(?:the|this|that)(?:\s+[\w’'\-]+){1,2}))?)"
    r"\s*[.!]\s*$"
    r"|(?:(?:Yeah|Yes|Sorry|Sir|Ma[’']am|Okay|OK),?\s+)*(?:[Cc]an|[Cc]ould|[Ww]ould)\s+you"
    r"\s+(?:please\s+)?(?:say|repeat)\s+(?:that|it|the\s+question)"
    r"(?:\s+(?:one\s+more\s+time|again|please))*\s*\?\s*$"
)
# A sentence that only sympathises or prays: "On behalf of all Americans, I'd
# like to express my deepest sympathies …", "We ask God to comfort …", "Our
# thoughts and prayers are with …".
_SYMPATHY = re.compile(
    r"(?:(?:On\s+behalf\s+of|For)\s+[^,.]{3,60},\s*)?(?:(?:And|So),?\s+)?"
    r"(?:(?:I|We)(?:[’']d|\s+would|\s+want\s+to|\s+wish\s+to)?(?:\s+like)?(?:\s+to)?"
    r"\s+(?:express|extend|offer|send|convey)\s+(?:my|our)\s+(?:[a-z]+\s+){0,2}"
    r"(?:sympath|condolence|prayers|thoughts)"
    r"|(?:I|We)\s+(?:ask|pray\s+for)\s+God\b"
    r"|(?:Our|My)\s+(?:thoughts\s+and\s+)?prayers\s+(?:are|go)\b)"
)
_FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|me|my|we|We|our|Our|us|[Ll]et[’']s)\b")
# A surname's lowercase particle: "Mr. da Silva", "Ms. van Dijk".
_PARTICLE = r"(?:(?:da|de|do|dos|das|del|della|di|van|von|der|den|le|la)\s+)?"
# A sentence opening on a participle's or a preposition's phrase, then its
# subject and verb: "Dressed in a black suit …, Mr. da Silva thanked …".
_FRONTED_SUBJECT = re.compile(
    r"(?:[A-Z][a-z]+(?:ed|ing)|In|At|On|After|Before|During|With|Speaking|Standing)"
    r"\b[^,.!?;“”\"]{1,150},\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?"
    + _PARTICLE
    + r"(?:[A-Z][\w’'\-]+\s+)?(?P<surname>[A-Z][\w’'\-]+)\s+(?:[a-z]+ly\s+)?"
    r"[a-z]+(?:ed|s)\b"
)
# A time opening a sentence: "About two weeks later, …", "Days earlier, …".
_TIME_OPENER = re.compile(r"\s*(?:[\w\-]+\s+){0,3}(?:later|earlier|ago),")
# A sentence opening on a participle of saying, then the subject who says it:
# "Saying that the plan came too late, Governor Roe called on …".
_FRONTED_SAYING = re.compile(
    r"\s*(?P<verb>Saying|Noting|Arguing|Insisting|Warning|Stressing|Claiming"
    r"|Stating)\s+(?P<that>that\s+)?(?P<clause>[^“”\";:]{10,300}?),\s+"
    r"(?P<who>(?:[A-Z][\w’'.\-]*\s+){0,5}[A-Z][\w’'\-]+|(?:the|a|an)\s+(?:[a-z\-]+\s+){0,2}?"
    r"[a-z\-]+|he|she|they)\s+(?:also\s+|[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+s|said|told"
    r"|took|gave|made|went|met|sent|spoke|wrote)\b"
)
# A broadcast script's marker around a recording: "/// BOUCHER ACT ///",
# "/ / / ROE ACT #2 / / /", "/// ROE ACT IN KRIO W/ INTERPRETER ///",
# "/// END ACT ///"; "/// NAT SOUND ///" plays no one's words.
_ACT_MARKER = re.compile(
    r"(?:/\s?){3}\s*(?:(?:\d(?:ST|ND|RD|TH|st|nd|rd|th)\s+)?"
    r"(?P<who>[A-Z][A-Za-z’'\-]+(?:\s+[A-Z][A-Za-z’'\-]+){0,2})\s+ACT\b"
    r"|[^/\n]{0,60}?)[^/\n]{0,60}?\s*(?:/\s?){3}"
)
# A transcript's heading naming the journalists who conduct the interview and
# their outlet: "Interview With Ann Roe and John Doe of Associated Press".
_NAME_WORDS = r"(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]+"
_INTERVIEW_HEADING = re.compile(
    rf"\s*(?:(?:An?|The)\s+)?Interview\s+[Ww]ith\s+(?P<names>{_NAME_WORDS}"
    rf"(?:(?:,\s+|,?\s+and\s+){_NAME_WORDS}){{0,3}})\s+(?:of|from)\s+(?:the\s+)?"
    r"[A-Z][^\n:]{1,80}"
)
# A degree or a suffix after a name on a heading's line: ", M.D.", ", Ph.D.".
_DEGREE_AFTER = re.compile(r",?\s+(?:M\.D|Ph\.D|D\.O|J\.D|M\.P\.H|Esq|Jr|Sr)\.?\s*$")
# A person's name alone on a line: "Jane A. Roe" (two to four words).
_NAME_LINE = re.compile(r"(?:[A-Z][\w’'\-]*\.?\s){1,3}[A-Z][\w’'\-]+")
# A kind of speech, or of a document in one person's words, named in a page's
# heading: "Statement", "Remarks", "Keynote Address", "As Delivered", "Op-Ed".
_SPEECH_KIND = re.compile(
    r"\b(?i:(?P<written>statement|testimony)|remarks|speech|address|keynote|letter"
    r"|message|op-?ed|editorial|column|essay|commentary|lecture|eulogy|briefing"
    r"|(?:as\s+)?(?:delivered|prepared))\b"
)
# A line opening on the kind of speech: "Transcript of opening remarks by …",
# "Prepared Statement of …".
_SPEECH_OPENER = re.compile(
    r"\s*(?i:(?:(?:transcript|text|excerpts?|full\s+text)\s+(?:of|from)\s+(?:the\s+)?)?"
    r"(?:(?:opening|closing|keynote|prepared|written)\s+)?)" + _SPEECH_KIND.pattern
)
# Its giver after a preposition, up to the occasion or the topic: "by Gen. Ann
# Lee on Jan. 3", "From Acting Chairman Ann Lee Regarding …", "of: ANN LEE".
# The participle that opens a heading's occasion after its giver: "Remarks by
# Ann Lee Celebrating the Coast Guard's Birthday".
_OCCASION_PARTICIPLE = (
    r"(?:Celebrating|Honou?ring|Marking|Commemorating|Announcing|Recogni[sz]ing"
    r"|Welcoming|Introducing|Unveiling|Launching|Regarding|Concerning|Applauding"
    r"|Praising|Condemning|Urging|Supporting|Commending|Mourning|Congratulating)\b"
)
_SPEECH_GIVER = re.compile(
    r"(?=(?:\b(?P<prep>(?i:by|of|from|for))\s*:?|\s[-–—|]+|:)\s+(?:the\s+)?(?P<who>[A-Z].*?)"
    r"(?=\s+(?i:on|at|regarding|about|concerning|to|before|in|during|following"
    rf"|after|upon|as)\s|\s+{_OCCASION_PARTICIPLE}|\s+[-–—|]|[:;]|$))"
)
# The words that open a speech's topic or occasion after its kind: "Statement
# by the President on …", "Remarks at the Summit …".
_HEADING_TOPIC = re.compile(
    r"\s(?i:on|regarding|about|concerning|following|after|upon|at|to|before|in"
    r"|during|celebrating|honou?ring|marking|commemorating)\s"
)
# An office named with no name as a heading's giver: "by the Press Secretary",
# "of the Vice President", "from the Secretary of Labor".
_HEADING_OFFICE = re.compile(
    r"(?i:by|of|from)\s*:?\s+the\s+(?P<office>(?:[A-Z][\w.\-]*\s+){0,3}"
    r"(?i:president|secretary|spokesman|spokeswoman|spokesperson|governor|mayor"
    r"|chairman|chairwoman|chair|director|administrator|commissioner|ambassador"
    r"|minister|premier|chancellor|attorney\s+general|surgeon\s+general)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})?)"
)
# A kind of speech after its giver's possessive, in a heading's line:
# "Secretary Ann Lee's Remarks to …", "Topic: Ann Lee’s Introductory Remarks".
_OWNED_KIND = re.compile(
    r"\b[A-Z][\w.\-]*[’']s\s+(?:[A-Z][a-z]+\s+){0,2}" + _SPEECH_KIND.pattern
)
# Its giver before it: "Secretary Ann Lee's Remarks at …", "Ann Lee Delivers
# Remarks", "Chairman Ann Lee Opening Statement".
_SPEECH_OWNER = re.compile(
    r"\s*(?P<who>[A-Z][^:]*?)(?P<mark>[’']s|\s+(?:Delivers|Gives|Makes|Presents))?"
    r"\s*[:,–—|-]?(?:\s+(?:Opening|Closing|Keynote|Prepared|Written|Introductory))?\s+"
)


# What names an occasion or a place on a heading's line, not a person: "Annual
# Meeting", "Harbor Summit", "Town Hall".
_OCCASION_WORDS = frozenset(
    ["meeting", "conference", "summit", "forum", "hearing", "session", "briefing"]
    + ["ceremony", "convention", "symposium", "workshop", "luncheon", "dinner"]
    + ["breakfast", "reception", "roundtable", "webinar", "event", "celebration"]
    + ["anniversary", "update", "announcement", "center", "centre", "auditorium"]
    + ["building", "campus", "avenue", "school", "university", "college", "library"]
    + ["program", "programme", "plan", "act", "budget", "report", "review"]
    + ["initiative", "campaign", "awards", "award", "launch", "opening", "graduation"]
)


def _reports(text: str, name: str) -> bool:
    """Whether ``text`` is a story reporting what someone (or ``name``, when
    given: "The senator said …", "Roe told …") said, not the words
    themselves."""
    who = (
        rf"(?:[Hh]e|[Ss]he|[Tt]he\s+[a-z]+|{re.escape(name.split()[-1])})\s+(?:\w+\s+)?"
        if name
        else ""
    )
    return bool(re.search(rf"\b{who}(?:said|says|told|tells|stated)\b", text)) or (
        not name and "according to" in text
    )


def _heading_line(line: str) -> bool:
    """Whether a line may be a line of a page's heading: set as a title, most
    longer words capitalised ("As Delivered by Gen. Ann Lee on Jan. 3, 2024.",
    "Thank You, America!", "REMARKS BY:"), opening on the kind of speech
    ("Transcript of opening remarks by …:"), or short with no stop or colon
    ending it ("Excerpts from remarks as prepared for delivery")."""
    words = line.split()
    longer = re.findall(r"[^\W\d_][\w’'\-]{3,}", line)
    return (
        len(words) <= 40
        and (
            4 * sum(w[0].isupper() for w in longer) >= 3 * len(longer)
            or bool(_SPEECH_OPENER.match(line))
            or (len(words) <= 12 and not re.search(r"[.!?”\":]\s*$", line))
        )
        # "Statement by the Press Secretary on H.R. 43, H.R. 78, …": a
        # heading naming its kind may list what it is about at length.
        or (
            len(words) <= 150
            and bool(_SPEECH_OPENER.match(line))
            and not re.search(r"[.!?”\":]\s*$", line)
        )
    )


def _office_then_name(tokens: list[str]) -> list[str]:
    """The name closing a long office in a heading: "… Officer for FEMA Ann
    Lee" → Ann Lee: two or three capitalised words after an office's word or
    an agency's acronym, none of them an office's or an organisation's."""
    for size in (2, 3):
        if len(tokens) < size + 2:
            break
        tail, before = tokens[-size:], tokens[-size - 1]
        if not all(
            re.fullmatch(r"[A-Z][a-z][\w’'\-]*|[A-Z]\.", t)
            and t.lower() not in lx.TITLE_WORDS
            and not _organisation_word(t)
            and t.lower() not in _LINKING_WORDS
            and t.lower() not in _PREPOSITIONS
            for t in tail
        ):
            break
        if (
            before.lower().rstrip(".") in lx.TITLE_WORDS
            or (before.isupper() and len(before) >= 2)
            or _organisation_word(before)
        ):
            return tail
    return []


def _upper_to_title(line: str) -> str:
    """A heading's line in capitals in mixed case; any other line as it is."""
    return _title_case(line) if line.isupper() else line


# A sentence opening in the speaker's first person: "I'm very pleased …",
# "We are living in …", "Thank you, I am …".
_FIRST_PERSON_OPENING = re.compile(
    r"\s*(?:(?:Thank\s+you|Good\s+(?:morning|afternoon|evening)|Hello)\b[^.!?]{0,60}"
    r"[,.!]\s*)?(?:I|We)(?:[’'](?:m|ve|re|d|ll))?\s+[a-z]"
)
# A name in mixed case before a colon and a quotation, at a paragraph's start.
_NAMED_LABEL = re.compile(
    r"\s*(?P<who>[A-Z][\w’'.\-&]*(?:,?\s+(?:[A-Z0-9][\w’'.\-&]*|of|for|and|the|&)){1,16})"
    # "Daily Courier (Riverside, OH):": the town and state in brackets are no
    # part of it (an office's bracket, "(Veterinary Services)", stays out).
    r"(?:\s+\([A-Z][\w .’'\-]{1,30},\s*[A-Z][\w .]{1,20}\))?"
    # "U.S. Senator Steve Daines (R-MT):", "Ranking Member Sam Graves
    # (MO-07):": a lawmaker's party and state, or district.
    r"(?:\s+\((?:[RDI]-[A-Za-z][A-Za-z.\s]{0,12}|[A-Z]{2}-(?:\d{1,2}|AL))\))?"
    r"\s*:\s*"
)
# Labels that are not speakers: cues and headings in transcripts and releases.
_NOT_SPEAKERS = frozenset(
    ["music", "note", "editor's note", "update", "sound", "sfx", "applause", "video"]
    # A release's header lines: "Release Date: August 23, 2006".
    + ["release date", "date", "contact", "media contact", "source", "sources"]
    + ["updated", "posted", "published", "photo", "dateline"]
)


# A dateline: "WASHINGTON—U.S. Secretary of Energy Ernest Moniz", "DOVER,
# Del. -- …"; "11/14/2012 - WASHINGTON (AFNS) -- Air Force leaders": a date
# first.
_DATELINE = re.compile(
    # Not "A U-N official": a place is no single letter.
    r"^\s*(?:\d{1,2}/\d{1,2}/\d{2,4}\s*[—–-]+\s*)?(?![A-Z]\s)[A-Z][A-Z .,]{2,40}"
    r"(?:,?\s+[A-Z][a-z]{1,4}\.)?"
    # "KABUL, Afghanistan (AFPS) — …", "SEOUL, South Korea —": the country or
    # state after the city, in full.
    rf"(?:,\s+(?!{_MONTH}\b)[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}})?"
    # "WASHINGTON, March 28, 2002 - …": the date after the place.
    rf"(?:,\s+{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?)?"
    # "(AP)"; "EAGLE MOUNTAIN, Calif. (Jan. 21, 2007) –": the date in brackets.
    r"\s*(?:\([A-Z]+\)|\([A-Z][a-z]{2,3}\.?\s+\d{1,2},\s+\d{4}\))?\s*[—–-]+\s*"
)
# "Yet just last week researchers said": the time is not the subject.
_LEADING_TIME = re.compile(
    r"^(?:(?:yet|but|and|so|still|also)\s+)*(?:just\s+)?(?:last|this|late\s+last)"
    r"\s+(?:week|month|year|night|weekend|\w+day)\s+(?=\S)"
    # "In February the administration", "On Monday the ministry": no comma.
    rf"|^(?:In|On)\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH}|\d{{4}}|{_WEEKDAY})"
    r"(?:\s+\d{1,2})?(?:,?\s+\d{4})?,?"
    r"\s+(?=(?:the|a|an|[A-Z])\S*)",
    flags=re.I,
)
# A count in words or figures: "three", "Fifty-one", "47", "1,200".
_COUNT = (
    r"(?:\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-\w+)?)"
)
# A share or a count of a group, before "of": "Fifty-one percent", "Two", "A
# majority", "Nearly half", "Some".
_SHARE = re.compile(
    r"(?:(?:about|nearly|almost|roughly|just|over|only|more\s+than|less\s+than"
    r"|fewer\s+than|at\s+least|a\s+little\s+(?:more|less|over|under)\s+than)\s+)?"
    rf"(?:{_COUNT}(?:\s+(?:percent|per\s+cent))?|\d[\d.]*%|half|a\s+(?:number"
    r"|majority|minority|third|quarter|handful|fraction|couple)|(?:two|three)[-\s]"
    r"(?:thirds|quarters)|most|many|some|several|few"
    r"|a\s+few|all|each|both)",
    flags=re.I,
)
_SHARE_OF = re.compile(rf"(?:{_SHARE.pattern})\s+of\s+(?P<group>.+)", flags=re.I)
_ACRONYMS = frozenset(["un", "eu", "who", "nato"])
# Words that may follow a sentence's subject: auxiliaries, adverbs, dates.
_SUBJECT_FOLLOWERS = frozenset(
    ["has", "have", "had", "is", "are", "was", "were", "will", "would", "can"]
    + ["could", "may", "also", "now", "this", "last", "on", "in", "earlier"]
    + ["today", "yesterday", "recently", "said", "says", "told", "became"]
)

_DATE_WORDS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    + ["january", "february", "march", "april", "may", "june", "july", "august"]
    + ["september", "october", "november", "december", "century", "states"]
    + ["kingdom", "republic"]
)
# Months that are also surnames or first names ("Marlon August", "Theresa
# May", "Ann June"): a name when a first name comes before and no day after.
_MONTH_SURNAMES = frozenset(["april", "may", "june", "july", "august"])
# "Around that time, scientists believe, Homo sapiens arrived …"
_PARENTHETICAL = re.compile(
    # "Shoppers buy bread, milk and eggs, she added, not only …": the start
    # may list things between commas.
    r"[^“”\"]{3,160}?,\s+(?:(?P<subject>(?:[\w’'\-]+\s+){0,3}?[\w’'\-]+)\s+"
    r"(?P<verb>say|says|said|believe|believes|think|thinks|argue|argues|note|notes"
    r"|suspect|suspects|estimate|estimates|suggest|suggests|warn|warns|fear|fears"
    r"|added|adds|states|stated)"
    # "Wherever the nurses go, said Lopez, they …": the verb first; "The
    # findings, said scientists, indicate …": a group between a subject and
    # its verb.
    r"|(?P<inverted>said|says|added|adds)\s+"
    r"(?P<named>(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]+|[a-z]+s))"
    r"(?:\s+(?:now|today|too))?,\s+"
)
# "In 2016 the World Health Organization published …": past the date.
# "In March, …", "Last week …", "In December of last year, …": a dated opening.
_DATED_OPENING = (
    r"(?:(?:In|On|Last|This|Earlier)\s+(?:[\w\-]+,?|[\w\-]+(?:\s+[\w\-]+){1,3},)\s+)?"
)
# Last words of names that are no person's: a test, a law, a prize, a plan.
_NOT_PERSON_LAST = frozenset(
    ["test", "act", "index", "prize", "award", "treaty", "accord", "law", "report"]
    + ["program", "programme", "plan", "study", "survey", "system", "project"]
    + ["initiative", "mission", "day", "week", "year", "cup", "games", "award"]
    # "CBS News analysis": a named document, no surname.
    + ["analysis", "assessment"]
    # The fields that end an institution's name ("… for Strategic and
    # International Studies", "… of Health and Human Services"): no surnames.
    + ["studies", "affairs", "relations", "sciences", "services", "research"]
    + ["rights", "resources", "security", "development", "policy", "medicine"]
    + ["technology", "engineering", "education", "statistics", "management"]
    # Landmarks: "the fall of the Berlin Wall", "the Golden Gate Bridge".
    + ["wall", "bridge", "tower", "canal", "mosque", "cathedral", "palace"]
    # Areas and commands that end a unit's or an office's name: "Tulsa
    # District chief of civil works", "Pacific Fleet", "Ramstein Air Base".
    + ["district", "region", "county", "province", "command", "garrison"]
    + ["fleet", "directorate", "sector", "base", "station", "refuge"]
)
_INSTITUTION_HEADS = frozenset(
    ["administration", "government", "ministry", "department", "company"]
    + ["campaign", "office", "agency", "commission", "council", "embassy"]
)
# Words that make a phrase something else than a description of people.
_NOT_DESCRIPTIONS = frozenset(
    ["that", "which", "who", "after", "before", "carried", "out", "same", "day"]
    + ["reporters", "journalists", "listeners", "viewers", "readers"]
)
_INTERJECTIONS = frozenset(
    ["well", "yes", "no", "so", "now", "oh", "ok", "okay", "please", "thanks"]
)
# Words that open a clause or a phrase, never a speaker's name: "Despite
# continued acrimony", "If confirmed, the find …".
_SUBORDINATORS = frozenset(
    ["despite", "if", "although", "though", "unless", "whether", "once", "until"]
    + ["when", "while", "where", "why", "how", "whenever", "because"]
    + ["whereas", "notwithstanding", "amid", "following", "after", "before"]
)
_PRONOUN_GENDER = {"he": "m", "she": "f"}
# A whole quotation, its words put aside when measuring how far back a
# speaker spoke.
_NEWS_QUOTED = re.compile(r"“[^“”]*”|\"[^\"\n]*\"")
# "VOA's Ann Lee asked him to describe the fighting.": the one who asks, and
# the pronoun that names whom she asked.
_NEWS_ASKED_HIM = re.compile(
    r"\b(?P<surname>[A-Z][\w’'\-]+)\s+(?:asked|asks)\s+(?P<object>him|her)\b"
)
_NEWS_ASKED_OBJECT = {"he": "him", "she": "her"}
_PREPOSITIONS = frozenset(
    ["to", "of", "in", "on", "at", "for", "with", "from", "by", "about", "under"]
    + ["over", "into", "through", "against", "among", "between", "during", "and"]
)
# Verbs whose object is an organisation: "Ann Lee heads Acme Widgets".
_HEADING_VERBS = frozenset(
    ["heads", "headed", "leads", "runs", "directs", "directed", "chairs", "chaired"]
    + ["founded", "co-founded", "cofounded", "manages", "managed", "owns"]
)
_LINKING_WORDS = frozenset(
    ["a", "an", "the", "at", "of", "in", "for", "with", "from", "on", "to", "and"]
)
# Words before the group a relative clause is about: "opposition from radical
# clerics who say", "there are residents who say".
_BEFORE_A_GROUP = frozenset(
    ["by", "among", "about", "against", "between", "including", "like", "than"]
    + ["that", "is", "are", "was", "were", "be", "been", "there", "also", "as"]
)
_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "dr", "doctor", "sir", "dame"])
_TITLES_AND_HONORIFICS = lx.TITLE_WORDS | _HONORIFICS
# A generation after a name: "Tom Roe Jr.", "Walton Eller III".
_GENERATIONS = frozenset(["jr", "sr", "ii", "iii", "iv"])
# Offices cut short in a transcript's labels: "SEC. ROE:", "AMB. LEE:".
_SHORT_OFFICES = frozenset(["sec", "secy", "amb", "pres", "asst", "adm", "sen", "rep"])
# A title and a surname only: "President Obama", "Mr. Kim".
_TITLED = re.compile(r"\b([A-Z][a-z]+)\.?\s+([A-Z][a-z][\w’'\-]+)\b")
_FEMALE_TITLES = frozenset(
    ["Mrs", "Ms", "Miss", "Mizz", "Dame", "Lady", "Madam", "Mme"]
)
_FEMALE_NOUNS = frozenset(
    ["spokeswoman", "chairwoman", "congresswoman", "businesswoman", "woman"]
    + ["mother", "wife", "daughter", "sister", "girl", "actress", "queen"]
    + ["princess", "grandmother", "widow", "aunt", "niece", "policewoman"]
)
# Nouns for one person of either sex: "One Twitter user …. She admitted …".
_PERSON_NOUNS = frozenset(
    ["user", "resident", "customer", "voter", "viewer", "reader", "shopper"]
    + ["passenger", "commuter", "villager", "listener", "subscriber"]
    # "A fellow demonstrator took no comfort in the promise. He said …"
    + ["protester", "protestor", "demonstrator", "marcher", "witness", "survivor"]
    + ["refugee"]
)
# People described by their expertise: "A top health expert warns …".
_EXPERT_NOUNS = frozenset(
    ["expert", "specialist", "scientist", "researcher", "analyst", "economist"]
    + ["consultant"]
)
# "The defendant admitted …": the person a court case is about, named as such
# before ("the sentencing of Ann Roe", "Roe, 35, pleaded guilty").
_ACCUSED_NOUNS = frozenset(["defendant", "accused", "suspect", "convict"])
_ACCUSED_BEFORE = re.compile(
    r"\b(?:(?:sentencing|conviction|arrest|indictment|trial|extradition)\s+of"
    r"|(?:sentenced|convicted|charged|indicted|arrested|extradited)"
    r"|(?:defendant|accused|suspect))\s+(?:[A-Z][\w’'.\-]*\s+){0,3}$"
)
_ACCUSED_AFTER = re.compile(
    r"(?:,[^,.;]{1,40},)?\s+(?:(?:was|were|has\s+been|had\s+been|is|will\s+be)\s+)?"
    r"(?:sentenced|convicted|charged|indicted|arrested|extradited|pleaded|pled)\b"
)
# "Jane Roe's father, John Roe, … the father wrote": kin that name a person.
_KIN_NOUNS = frozenset(
    ["father", "mother", "son", "daughter", "wife", "husband", "brother", "sister"]
    + ["grandmother", "grandfather", "widow", "widower", "uncle", "aunt"]
)
_MALE_NOUNS = frozenset(
    ["spokesman", "chairman", "congressman", "businessman", "man", "father"]
    + ["husband", "son", "brother", "boy", "actor", "king", "prince"]
    + ["grandfather", "widower", "uncle", "nephew", "policeman"]
)
# "Hello I’m Neal Schiff": a greeting and a self-introduction before a name.
_GREETING_WORDS = frozenset(["hello", "hi", "hey", "greetings", "i'm", "i"])
# Capitalised openers that are no names ("On April 22", "In March").
_NOT_NAME_STARTS = frozenset(
    ["on", "in", "at", "by", "for", "the", "a", "an", "as", "after", "before"]
    + ["many", "some", "most", "several", "all", "few", "both", "each", "every"]
    + ["other", "such", "these", "those", "this", "that", "with", "addressing"]
    + ["during", "since", "from", "with", "under", "until", "when", "while"]
    # "One Twitter user commented": a count, not a first name.
    + ["one", "two", "three", "four", "five", "another"]
    # "Once IS is defeated there, he said": a conjunction opening the sentence.
    + ["once"]
)


# A speech's instruction to its audience, asserting nothing: "Get your
# cleaning supplies …", "Please call the hotline …", "News editors, be alert
# to …".
_AUDIENCE_IMPERATIVE = re.compile(
    r"\s*(?:(?:[A-Z][a-z]+\s+){0,2}(?i:editors|reporters|residents|viewers|listeners"
    r"|everyone|folks),?\s+(?=be\s|call\s|get\s|stay\s|keep\s))?(?:[Pp]lease\s+)?"
    r"(?:Get|Call|Visit|Stay|Keep|Remember|Don[’']t|Do\s+not|Make\s+sure|Check"
    r"|Register|Bring|be|call|get|stay|keep)\s+(?:your|the|a|an|away|in|out|alert"
    r"|safe|off|to|on|up|that|us)\b"
)
# A turn's greeting or thanks: "Good morning to everybody, and thank you …".
_PLEASANTRY = (
    r"(?:(?:It[’']s|It\s+is)\s+)?(?:[Nn]ice|[Gg]ood|[Gg]reat|[Ww]onderful)\s+to\s+"
    r"(?:see|have|be\s+with|talk\s+to)\s+you(?:\s+(?:again|too|here|today))*"
)
_ADDRESSEE = r"(?:sir|ma[’']am|[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'\-]*)?)"
_GREETING = re.compile(
    # "So good morning, everyone.": after a word that opens the turn.
    r"(?:(?:So|Well|And|Or|Okay|OK|Anyway),?\s+)?"
    # "Ravi, welcome.", "Jane, thank you.": a name the greeting is for.
    r"(?:[A-Z][a-z]+,\s+(?=(?:welcome|thank|thanks|good)\b))?"
    r"(?:(?:[Gg]ood\s+(?:[Mm]orning|[Aa]fternoon|[Ee]vening)|[Hh]ello|[Hh]i|[Hh]ey|[Ww]elcome"
    # "Great, thank you.": thanks after a word of assent.
    r"|Thank\s+you|Thanks(?!\s+to\b)"
    r"|(?:Great|Well|Okay|OK|Yes|Sure),?\s+(?:thank\s+you|thanks(?!\s+to\b)))\b"
    # "Yeah.", "Of course!", "That's right, yeah.": bare assent, a sentence on
    # its own, answers without asserting.
    r"|(?:Yeah|Yes|Yep|Sure|Of\s+course|Definitely|Absolutely|Exactly"
    r"|That[’']s\s+right|[Yy]ou[’']re\s+(?:absolutely\s+|quite\s+)?right)"
    r"(?:,?\s+(?:yeah|yes|sure|definitely|absolutely))?\s*[.!]\s*$"
    # "I want to welcome you to today's update.": the opening of a turn.
    r"|I\s+(?:want|would\s+like|[’']d\s+like)\s+to\s+welcome\s+(?:you|everyone"
    r"|everybody|all\s+of\s+you)\b"
    # "Senator, nice to see you, sir.", "Good to see you, Greta.": pleasantries
    # to the person addressed ("Nice to see you all." to the room is kept, as
    # annotated).
    r"|(?:(?:Mr\.|Ms\.|Mrs\.|Dr\.)?\s*[A-Z][\w’'\-]*,?\s+"
    + _PLEASANTRY
    + r"(?:,\s+"
    + _ADDRESSEE
    + r")?|"
    + _PLEASANTRY
    + r",\s+"
    + _ADDRESSEE
    + r")\s*[.!]\s*$"
    # "I hope you are all well today.", "I hope everyone had a good weekend."
    # "It's a great pleasure to be here.": the speaker's pleasantry.
    r"|It(?:[’']s|\s+is)\s+(?:an?\s+(?:great\s+|real\s+)?(?:pleasure|privilege|honou?r)"
    r"|(?:great|good|nice|wonderful)|my\s+(?:great\s+)?(?:pleasure|privilege|honou?r))"
    r"\s+to\s+(?:be\s+(?:here|with\s+you|back)|appear\s+before\s+you|join\s+you)"
    # "… to join you here at the Navy Yard.", "… to be here with you."
    r"(?:\s+(?:today|tonight|this\s+\w+|here|with\s+you|(?:at|in)\s+(?:the\s+)?"
    r"[A-Z][^.!?,]{0,50}))*"
    r"\s*[.!]\s*$"
    # "Great to be with you.", "Ladies and gentlemen, it's great to be back.",
    # "Well let me start out and say it's a pleasure to be here.": the
    # speaker's pleasure at the occasion ("Nice to see everybody." to the room
    # is kept, as annotated).
    r"|(?:(?:Ladies\s+and\s+gentlemen|Well|So|And|Folks),?\s+)?"
    r"(?:[Ll]et\s+me\s+(?:start\s+(?:out\s+)?(?:and|by)\s+)?(?:say|saying)\s+)?"
    r"(?:[Ii]t(?:[’']s|\s+is)\s+)?(?:(?:[Vv]ery|[Rr]eally|[Ss]o)\s+)?"
    r"(?:[Gg]reat|[Gg]ood|[Nn]ice|[Ww]onderful|an?\s+(?:great\s+|real\s+)?pleasure"
    r"|a\s+privilege|an\s+honou?r)\s+to\s+be\s+(?:with\s+you|back|here)"
    r"(?:\s+(?:again|today|tonight|all))*"
    r"\s*[.!]\s*$"
    r"|I\s+hope\s+(?:you|everyone|everybody)\b[^.!?]{0,40}?\b(?:well|good|great"
    r"|nice|fine)\b[^.!?]{0,20}[.!?]\s*$"
    # "All right.", "Okay.", "Happy Wednesday, everyone.": a turn's opening
    # words, a sentence on their own.
    r"|(?:All\s+right|Alright|Okay|OK|Right|So)\s*[.!,]?\s*$"
    # "Let me start with this.", "Let me also acknowledge:" (a list of the
    # guests follows): the turn's opening, asserting nothing.
    r"|Let\s+me\s+(?:start|begin)(?:\s+with\s+(?:this|that))?\s*[.:]\s*$"
    # "Afternoon, everybody.": a greeting without its "Good".
    r"|(?:Morning|Afternoon|Evening),?\s+(?:everyone|everybody|all|folks)\s*[.!]\s*$"
    # "Members of the board, fellow veterans, distinguished guests, ladies and
    # gentlemen.": the salutation, the ones addressed and nothing said.
    r"|(?:(?!(?:I|We|It|They|He|She|This|That|There|You|These|Those)\b)"
    r"(?:[A-Z]|(?:fellow|other|distinguished|honou?red|dear|esteemed|my|our)\b)"
    r"[\w’'\-]*(?:\s+[\w’'\-]+){0,6},\s+(?:and\s+)?){2,8}"
    r"(?:and\s+)?ladies\s+and\s+gentlemen\s*[.!:]?\s*$"
    r"|(?:Let\s+me|I\s+(?:want|would\s+like)\s+to)\s+(?:also\s+)?"
    r"(?:acknowledge|recogni[sz]e)\s*:?\s*$"
    # "And happy New Year's Eve.": a holiday's wishes.
    r"|[Hh]appy(?:\s+[\w’']+){1,3}(?:,?\s+(?:everyone|everybody|all))?\s*[.!]\s*$"
    # "Best wishes for a safe and happy Thanksgiving.", "Warm wishes to you
    # and your families this holiday season.": wishes, no claim.
    r"|(?:(?:[Aa]nd|[Ss]o|[Mm]y|[Oo]ur|[Ww]ith)\s+)*(?:[Bb]est|[Ww]arm(?:est)?|[Gg]ood|[Hh]oliday)"
    r"\s+wishes\s+(?:for|to)\b[^.!?]{0,70}[.!]\s*$"
    # "How are you?", "How is everybody doing today?": asks after the room.
    r"|How\s+(?:are\s+you|are\s+we|is\s+everyone|is\s+everybody|[’']s\s+everyone"
    r"|[’']s\s+everybody)(?:\s+(?:all|guys|doing|today))*\s*\?\s*$"
    # "And thanks to all of you for being here today.": thanks to the room.
    r"|(?:[Tt]hanks|[Tt]hank\s+you)\s+(?:to\s+)?(?:all\s+of\s+you|you\s+all|all|everyone"
    r"|everybody)\s+for\s+(?:being\s+(?:here|with\s+us)|coming|joining)\b[^.!?]{0,30}"
    r"[.!]\s*$"
    # "So thank you for your support.", "To the Lee family… Ann, thanks for
    # coming.", "Let me add my welcome to …", "I want to thank you, Commander,
    # for …", "Congratulations to each of you.": thanks, welcomes and
    # congratulations, whoever they are to, after a word that opens them.
    r"|(?:(?:[Ss]o|[Aa]nd|[Aa]lso|[Aa]gain|[Ff]inally|[Aa]ctually|[Jj]ust|[Nn]ow),?\s+){0,3}"
    # "And on behalf of the board, I want to thank …": in whose name.
    r"(?:[Oo]n\s+behalf\s+of\s+[^,.!?]{1,60},\s+)?"
    # "Congressmen Roe and Lee, thank you for …": the ones addressed.
    r"(?:To\s+[^.!?]{1,60}?(?:…|\.\.\.)\s*)?"
    r"(?:[A-Z][\w.’']*(?:\s+(?:and\s+)?[A-Z][\w’'\-]*){0,5},\s+){0,4}"
    r"(?:(?:[Tt]hank\s+you|[Tt]hanks)(?:\s+(?:so|very)\s+much)?\s+for"
    r"|(?:[Ww]elcome|[Cc]ongratulations)\s+to"
    r"|(?:[Ll]et\s+me|I(?:\s+(?:also\s+)?(?:want|would\s+(?:also\s+)?like)"
    r"|[’']d\s+(?:also\s+)?like)\s+to)"
    r"\s+(?:just\s+)?(?:also\s+)?"
    # "I want to extend my thanks and gratitude to …", "I want to commend Ann
    # Lee for …": thanks and praise offered, asserting nothing.
    r"(?:add\s+my\s+(?:welcome|thanks)|thank|welcome|congratulate|commend"
    r"|(?:extend|express|offer)\s+(?:my|our)\s+(?:sincere\s+|deep(?:est)?\s+"
    r"|heartfelt\s+)?(?:thanks|gratitude|appreciation|congratulations))"
    # "I am grateful for the Senate's progress …", "We're thankful for the
    # support of …": thanks, not "grateful that CLAUSE".
    r"|(?:I|[Ww]e)(?:[’'](?:m|re)|\s+am|\s+are)\s+(?:(?:very|so|deeply|truly|most|also)\s+)?"
    r"(?:grateful|thankful)\s+(?:to\s+[^.!?,]{1,60}?\s+)?for"
    # "I sincerely thank Ann Lee for …", "We wish you the very best.".
    r"|(?:I|[Ww]e)\s+(?:(?:also|again|sincerely|truly|[a-z]+ly)\s+)?(?:thank|wish\s+you))\b"
    # "Mr. Secretary…", "Madam Chair.": the one addressed, handed the floor.
    r"|(?:Mr\.|Mrs\.|Ms\.|Madam|Madame)\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)?\s*(?:…|\.\.\.|[.!])?\s*$"
    # "So with that, Mr. Secretary, over to you.", "Next?": a moderator hands
    # the floor on, asserting nothing.
    r"|(?:[Ww]ith\s+that,?\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3},\s+)?(?:over\s+to"
    r"\s+you|fire\s+away|(?:please\s+)?go\s+ahead)\s*[.!]\s*$|Next(?:\s+question)?\s*[.?!]\s*$"
    # "So, Mr. Secretary, to open it up, the floor is yours.": the floor
    # handed on.
    r"|(?:(?:So|And|Now|Well),?\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3},\s+)?"
    r"(?:to\s+(?:open|start|kick)\s+(?:it|things)\s+(?:up|off),?\s+)?"
    r"the\s+floor\s+is\s+(?:all\s+)?yours\s*[.!]\s*$"
    # "And, Mr. Secretary, we appreciate you being here.": thanks to a guest
    # for coming.
    r"|(?:(?:So|And|Again),?\s+)?(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3},\s+)?"
    r"(?:I|[Ww]e)\s+(?:(?:really|truly|do|sure|certainly)\s+)?appreciate\s+(?:you|y[’']all"
    r"|all\s+of\s+you|everyone|everybody)\s+(?:being\s+(?:here|with\s+us)|coming"
    r"|joining\s+us|taking\s+the\s+time)(?:\s+(?:today|tonight|this\s+\w+|here|again"
    r"|out|with\s+us))*\s*[.!]\s*$"
    # "So without further ado, General Lee.": the floor handed to a name.
    r"|(?:(?:So|And|Now),?\s+)?(?:[Ww]ithout\s+further\s+ado|[Ww]ith\s+that),?\s+"
    r"(?:(?:let\s+me\s+(?:introduce|bring\s+up|welcome)|please\s+welcome|I\s+give\s+you)"
    r"\s+)?(?:[A-Z][\w’'.\-]*\s+){0,5}[A-Z][\w’'\-]+\s*[.!]\s*$"
    # "So appreciate your patience.", "I really appreciate everyone's time.":
    # thanks to the room for waiting.
    r"|(?:(?:So|And|Again),?\s+)?(?:(?:I|We)\s+)?(?:(?:really|truly|do)\s+)?appreciate\s+"
    r"(?:your|everyone[’']s|everybody[’']s)\s+(?:patience|time|understanding|flexibility"
    r"|indulgence)(?:\s+(?:today|here))?\s*[.!]\s*$"
    # Small talk to the room: an apology for a pause ("Sorry about that."), a
    # request to wait ("Give me just a second, everybody."), a short question
    # ("Questions?", "How's everybody?", "What's the second thing first?").
    r"|(?:(?:Oh|Ah|Okay|OK|So|And|Well),?\s+)?(?:(?:I[’']m\s+)?[Ss]orry(?:\s+about\s+(?:that"
    r"|this))?|[Ee]xcuse\s+me|[Pp]ardon\s+me|(?:[Gg]ive|[Bb]ear\s+with)\s+me(?:\s+just)?"
    r"(?:\s+(?:a|one)\s+(?:second|sec|moment|minute))?|[Hh]old\s+on|[Oo]ne\s+(?:second"
    r"|moment))(?:,?\s+(?:everyone|everybody|guys|folks|all))?\s*[.!]\s*$"
    r"|(?:[\w’',]+\s+){0,5}[\w’']+\s*\?\s*$"
    # A bare word or two and no verb: "Good.", "Ah, Ukraine.".
    # ("No." answering a question denies, and is kept).
    r"|(?:(?:Oh|Ah|Okay|OK|So|Well|Yes|No),?\s+)?(?!(?:No|Nope|Never|Not)\b)[\w’'\-]+\s*[.!]\s*$"
    # A speaker's bare refusal in a transcript ("Again, I would not comment.",
    # "David, I'm not going to get into negotiating this.", "I'm not.") is an
    # act of declining, not a statement; one giving a reason is kept below.
    r"|(?:Again,?\s+)?(?:[A-Z][a-z]+,\s+)?I\s+(?:would|will|wo)(?:n[’']t|\s+not)\s+"
    r"comment(?:\s+on\s+(?:that|it|this))?\s*[.!]\s*$"
    r"|(?:Again,?\s+)?(?:[A-Z][a-z]+,\s+)?I(?:[’']m|\s+am)\s+not(?:\s+going\s+to\s+"
    r"(?:get\s+into|comment|speculate|discuss)\b[^.!?]{0,60})?[.!]\s*$)"
    # "Thank you, John, for that introduction.", "… all the issues that we face":
    # "that" a determiner or a relative pronoun, no clause of its own.
    # "… the team for everything that has helped …": after an indefinite
    # pronoun, "that" opens a relative clause too.
    r"(?![^.!?]*\b(?<!\bfor\s)(?:(?<![a-z]s\s)(?<!\ball\s)(?<!thing\s)(?<!one\s)"
    r"(?<!body\s)that|but|because)\b)"
    # "Well, thank you, Bruce, and I thought it was an excellent review.":
    # the thanks go on to a clause of the speaker's own.
    r"(?![^.!?]*,\s+and\s+(?:I|we)\s+(?!(?:also\s+|again\s+|just\s+)?(?:want|would"
    r"|[’']d|thank|welcome|appreciate|wish|look\s+forward|hope|congratulate)\b)[a-z])"
)
# A transcriber's note between a turn's sentences ("(Laughter.)", "[Crosstalk]"),
# or a start broken off by the next speaker ("Before —").
_TRANSCRIBERS_NOTE = re.compile(
    r"\s*(?:[(\[][^()\[\]]*[)\]]\.?|(?:[\w’']+\s+){0,2}[\w’']+\s*[—–]+)\s*"
)
# A transcriber's note opening a turn's sentence: "[Laughs] ", "(Laughter) ".
_LEADING_NOTE = re.compile(r"[(\[][A-Za-z][^()\[\]\n]{0,30}[)\]]\.?\s+(?=\S)")
# A testimony's or a letter's salutation: "Chairman Roe, Ranking Member Doe,
# and Members of the Subcommittee:", "Dear Colleagues:".
_SALUTATION = re.compile(
    r"(?:(?:Mr\.|Madam|Madame)\s+)?(?:Chairman|Chairwoman|Chair|Dear|Ranking"
    r"|Members?|Distinguished|Senators?|Representatives?)\b[^.!?]*:\s*$"
)
# A sentence the copy cut off in the middle, ending with no stop on a word that
# cannot end one: "… so I'll be glad to take your".
_CUT_OFF = re.compile(
    r"\s(?:the|a|an|your|my|our|their|his|her|its|of|to|and|or|but|with|for|in"
    r"|on|at|by|from)\s*$"
    # "And so if you have any questions --": a turn broken off at a dash,
    # or at a gap the transcriber could not hear ("I think that was --
    # (inaudible.)").
    r"|\s(?:--|[—–])\s*(?:[(\[](?i:inaudible|unintelligible|crosstalk|off[\s\-]mic)"
    r"[^()\[\]]*[)\]]\.?\s*)?$"
)
_FIRST_PERSON_SUBJECT = re.compile(
    r"\b(?:I|we|We)(?:[’'](?:m|re|ve|ll|d))?\s+(?:(?:also|then|just|now|have|had"
    r"|will|would|are|were|am|was|did|do|again|already|recently|today)\s+){0,3}$"
)


def _reports_another(text: str) -> bool:
    """Whether ``text`` has a verb of saying whose subject is not the speaker
    themself: "We announced a series of steps" and "today we're announcing"
    in a transcript's turn are the speaker's own account, "Smith said" is not."""
    return any(
        not _FIRST_PERSON_SUBJECT.search(text, 0, verb.start())
        for verb in _VERB_RE.finditer(text)
    )


_NOT_DESCRIPTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "for",
        "to",
        "with",
        "by",
        "from",
        "at",
        "in",
        "on",
        "as",
        "than",
        "told",
        "met",
        "said",
        "says",
        "asked",
        "called",
        "named",
        "thanked",
        "joined",
        "interviewed",
        "quoted",
        "cited",
        "hired",
        "fired",
        "appointed",
        "elected",
        "praised",
        "blamed",
        "accused",
        "visited",
    ]
)


def _lowercase_description(words: list[str]) -> list[str]:
    """The lower-case occupation ending ``words`` ("principal researcher",
    "crop production officer"), or [] when the last word names none."""
    run: list[str] = []
    for word in reversed(words[-3:]):
        if not re.fullmatch(r"[a-z][a-z\-]+", word) or word in _NOT_DESCRIPTION_WORDS:
            break
        if word.endswith(("ing", "ed", "ly")):
            break
        run.insert(0, word)
    if not run or not (
        run[-1] in lx.ROLE_NOUNS or re.search(r"(?:[^e]er|or|ist|yst|ian)$", run[-1])
    ):
        return []
    return run


def _unit_word(token: str) -> bool:
    """Whether a capitalised word after a title names a body or a unit, not
    a person: "Army Corps", "Air Base", "the Navy Fleet"."""
    word = fold(token.strip(".,"))
    return (
        _organisation_word(token) or word in _NOT_PERSON_LAST or word in _NEWS_UNIT_LAST
    )


def _organisation_word(token: str) -> bool:
    """Whether a name token marks an organisation ("Union", "UN" but not the
    "Un" of Kim Jong Un)."""
    word = token.lower().strip(".,")
    if word in _ACRONYMS:
        return token.strip(".,").isupper()
    return word in lx.ORGANISATION_WORDS


def _clause_subject(chunk: str) -> str:
    """The subject of a clause before a participle: "The opposition candidate
    addressed the rally, saying …" → "The opposition candidate"."""
    words = chunk.split()
    for index, word in enumerate(words[1:], start=1):
        previous = words[index - 1]
        if re.fullmatch(r"[a-z]+ed|has|have|had|is|are|was|were|will", word) and (
            _capitalised(previous)
            or previous.lower() in _COMMON_HEADS
            or previous.lower() in lx.ROLE_NOUNS
            # "Some Kuwaiti Islamic fundamentalists are urging …, saying": a
            # plural of people heads the subject.
            or re.fullmatch(r"[a-z]+(?:ists|ians|ants|ents)", previous)
        ):
            return " ".join(words[:index])
        if (
            index >= 2
            and re.fullmatch(r"[a-z]+ed|has|have|had|is|are|was|were|will", word)
            and re.fullmatch(r"[a-z]+ly|also|often|then|still", previous)
            and _capitalised(words[index - 2])
        ):
            # "Mr. Chen frequently clashed …": an adverb before the verb.
            return " ".join(words[: index - 1])
    return chunk


def _programme_title(inner: str, pre: str, post: str) -> bool:
    """Whether a quotation is the title of a programme or a publication, not
    words spoken: "told Diane Sawyer on ABC's “Good Morning America” that …"."""
    words = inner.strip().split()
    if (
        1 <= len(words) <= 6
        and all(
            _capitalised(w) or w in ("the", "of", "and", "a", "in", "on")
            for w in inner.strip().rstrip(".,").split()
        )
        and re.search(
            r"\b(?:(?:issues?|editions?|pages)\s+of|magazine|newspaper|journal)\s*$"
            r"|\b(?:writes?|wrote|written|published|appears?|appeared)\s+in\s*$"
            r"|\b(?:issues?|editions?|pages)\s+of\s+[^“”\"]+\s+and\s+[^“”\"\s]+[’']s\s*$",
            pre,
        )
        and re.match(r"\s*(?:and\b|,|[.!?]?[”\"]?\s*$)", post)
    ):
        # "… writes in the current issue of “Harbor Weekly” and the union's
        # “Port News.”": the publication's title, where the words appear.
        return True
    return (
        1 <= len(words) <= 6
        and all(
            _capitalised(w) or w in ("the", "of", "and", "a", "in", "on") for w in words
        )
        and not re.search(r"[.!?,]$", inner.strip())
        and bool(re.search(r"(?:[’']s|\bon|\bin)\s*$", pre))
        and bool(re.match(r"\s*(?:that\b|,|\s(?:he|she|they|it)\b)", post))
    )


def _surname_in(text: str) -> bool:
    """Whether ``text`` names anyone: a capitalised word after its sentence's
    first."""
    return any(
        not re.search(r"(?:^|[.!?:”\"]|\n)\s*$", text[: m.start()])
        for m in re.finditer(r"\b[A-Z][a-z]+\b", text)
    )


def _acting_people(text: str) -> bool:
    """Whether ``text`` opens on people who can speak ("investigators will be
    interviewing …", "the police arrested …"): its own subject."""
    first = re.match(r"\s*(?:the\s+)?([a-z]+)\b", text)
    return bool(first) and first[1] in _COMMON_HEADS


def _clause_like(text: str) -> bool:
    if re.match(r"\s*to\s", text):
        return False
    # "Almeida added, It will depend on …": the comma of a quotation whose
    # marks were lost.
    text = re.sub(r"^\s*,\s+(?=[A-Za-z])", " ", text)
    text = re.sub(r"^\s*at\s+(?:least|most)\s+", " ", text)  # "suspect at least 150 …"
    # "believe the axis, in some ways, has been …": a parenthetical between
    # commas does not stop the clause.
    plain = re.sub(r",\s[^,]{1,40},", "", text, count=1)
    pronoun_subject = re.match(r"\s*(?:he|she|they|we|it|i)\s+[a-z]+\b", text)
    return bool(
        _CLAUSE_LIKE.match(text) or _CLAUSE_LIKE.match(plain) or pronoun_subject
    )


class _Extractor(_Reader):
    heading: Speaker | None = None
    remarks: bool = False
    _turns = 0  # paragraphs that open on a turn's label
    _heading_end = 0  # the last paragraph of the page's heading
    _labelled_questions: bool | None = None  # a briefing's "Q:" turns

    def run(self) -> list[Statement]:
        self.paragraph_spans = spans = _PAGE_acts_apart(
            self.body, _turns_apart(self.body, paragraphs(self.body))
        )
        self._speech_heading(spans)
        heading = (
            _HEADING.fullmatch(re.sub(r"\s*\n[\s,]*", " ", self.body[slice(*spans[0])]))
            if spans and self.heading is None
            else None
        )
        if heading:
            # "Statement by the CPA:", "The following is a statement from …",
            # "The following quote is attributed to …": the release speaks as
            # a whole under its heading.
            who = heading["who"] or heading["intro"] or heading["label"]
            # "Remarks by Secretary Ann Lee Celebrating the Coast Guard's
            # Birthday": the giver ends where the occasion's participle opens.
            who = re.split(rf"\s+(?={_OCCASION_PARTICIPLE})", who)[0]
            found = self.speaker(who, spans[0][0])
            if (
                found is not None
                and not fold(who).startswith(fold(found.name).split()[0])
                and not fold(re.sub(r"^(?:the\s+)?", "", who)).startswith(
                    fold(found.name).split()[0]
                )
            ):
                found = None  # a name further in the line, not its giver
            self.heading = (
                self._heading_person(who, spans[0][0])
                or found
                or Speaker(who, "organisation", "")
            )
            self.remarks = bool(
                heading["delivered"]
                and not heading["joint"]
                and not (
                    len(spans) > 1
                    and _reports(self._outside_quotes(*spans[1]), self.heading.name)
                )
            )
            # The heading's other lines below it: "Release Date: 08/06/03",
            # "For Immediate Release // Office of the Press Secretary // …".
            while self._heading_end + 2 < len(spans) and all(
                _heading_line(line.strip()) and not _opens_turn(line)
                for line in self.body[slice(*spans[self._heading_end + 1])].splitlines()
                if line.strip()
            ):
                self._heading_end += 1
        if self.heading is None:
            self._name_line_speech(spans)
        interview = (
            _INTERVIEW_HEADING.fullmatch(self.body, *spans[0]) if spans else None
        )
        if interview:
            self._interviewers = {
                fold(name.split()[-1])
                for name in re.split(r",\s+(?:and\s+)?|\s+and\s+", interview["names"])
            }
        sentence_index = 0
        release: Speaker | None = None
        # Whether the issued statement is set in quotation marks (its first
        # paragraph opening on one); None before its first paragraph.
        release_quoted: bool | None = None
        release_closed = False  # its last paragraph closed its quotation
        release_personal = False
        spans = self.paragraph_spans
        unmarked = self._unmarked_continuations()
        # How many paragraphs open on a turn's label: two make an interview.
        self._turns = sum(
            bool(
                _ANY_LABEL.match(self.body, a, b)
                or _QUESTION_LABEL.match(self.body, a, b)
            )
            for a, b in self.paragraph_spans
        )
        handed: Speaker | None = None  # to whom a moderator handed the floor
        listing: tuple[Speaker, str] | None = None  # who says a list's items
        act: Speaker | None = None  # whose recorded words a script plays
        documents = self.remarks  # a page of documents under their own headings
        guest: Speaker | None = None  # whose turn a lone label opened
        lone_labels = sum(
            bool(_LONE_LABEL.fullmatch(self.body[a:b].strip()))
            for a, b in self.paragraph_spans
        )
        signed, signed_from = self._signature_below()
        for number, (p_start, p_end) in enumerate(self.paragraph_spans):
            text = self.body[p_start:p_end]
            last = self.statements[-1] if self.statements else None
            if signed is not None:
                if number < signed_from and not _ANY_QUOTE_MARK.search(text):
                    self._release_paragraph(
                        p_start, p_end, signed, number, sentence_index
                    )
                sentence_index += 1
                continue
            if (
                number in unmarked
                and last is not None
                and last.is_direct_quote
                and last.paragraph in unmarked[number]
            ):
                self._quote_sentences(
                    p_start,
                    p_end,
                    _speaker_of(last),
                    last.cue,
                    last.via,
                    number,
                    sentence_index,
                    drop=' ,;:—–-“”"',
                )
                sentence_index += 1
                continue
            if release is not None and _RELEASE_END.match(text):
                release = None
            if release is not None:
                opens_quoted = text.lstrip().startswith(("“", '"'))
                if release_quoted is None:
                    release_quoted = opens_quoted
                    release_personal = bool(_FIRST_PERSON.search(text))
                elif (
                    not release_quoted
                    and not release_personal
                    and not _FIRST_PERSON.search(text)
                ):
                    # "Secretary Ann Lee issued the following statement:",
                    # one paragraph in no one's first person, then another:
                    # a statement set off without quotation marks shows
                    # nowhere where it ends, and a page that goes on in the
                    # third person has gone back to its own narration.
                    release = None
                elif (
                    release_quoted
                    and release_closed
                    and not opens_quoted
                    and not _FIRST_PERSON.search(text)
                ):
                    # “The plan works. … we will act.” then "HHS released a
                    # new analysis …": a statement set in quotation marks ends
                    # where they close; a paragraph after it that opens on
                    # none and speaks in no one's first person is the
                    # release's own narration.
                    release = None
                release_closed = text.rstrip().endswith(("”", '"'))
                release_personal |= bool(_FIRST_PERSON.search(text))
            if release is not None:
                self._release_paragraph(p_start, p_end, release, number, sentence_index)
                sentence_index += 1
                continue
            issued = _ISSUED.search(text)
            run_on = re.search(r":\s*[“\"](?=[A-Z])", text)
            if (issued is None or issued.end() < len(text.rstrip()) - 1) and run_on:
                # "… released the following statement on the bill:“The
                # legislation …": a copy that lost the break after the colon;
                # the statement runs on in the same paragraph.
                lead = _ISSUED.search(text[: run_on.start() + 1])
                if lead and lead.end() >= run_on.start():
                    issued = lead
                else:
                    run_on = None
            else:
                run_on = None
            if issued and (run_on or issued.end() >= len(text.rstrip()) - 1):
                # "Secretary of Labor Hilda L. Solis issued the following
                # statement on …:" — every paragraph after it is hers.
                who = issued["who"] or issued["to"] or issued["whose"]
                position = p_start + text.index(who)
                described = (
                    re.search(
                        r"(?P<name>(?:[A-Z][\w’'.\-]*\s+){0,6}[A-Z][\w’'\-]+),\s+"
                        r"(?:(?:a|an|the)\s+)?[a-z][^,;:“”\"]*$",
                        text[: issued.start("who")],
                    )
                    if issued["who"]
                    else None
                )
                if described and text[issued.end("who") :].startswith(","):
                    # "NASA astronaut Ann Lee, commander of the mission aboard
                    # the International Space Station, made the following
                    # statement:": the name before the appositive, not a name
                    # inside it.
                    who = described["name"]
                    position = p_start + described.start("name")
                pronoun = {"his": "he", "her": "she", "their": "they"}
                who = pronoun.get(who.lower(), _strip_possessive(who))
                name, title = _split_title(who.split())
                if title and len(name) >= 2:
                    who = " ".join(name)  # "EPA Administrator Jane Doe"
                release = self.speaker(who, position)
                release_quoted = True if run_on else None
                release_closed = bool(run_on) and text.rstrip().endswith(("”", '"'))
                if run_on and release is not None:
                    self._release_paragraph(
                        p_start + run_on.start() + 1,
                        p_end,
                        release,
                        number,
                        sentence_index,
                    )
                    sentence_index += 1
                    continue
                if (
                    release is not None
                    and not self.remarks
                    and len(sentences(self.body, p_start, p_end, [])) == 1
                ):
                    # "Following the release of the CBO report analyzing the
                    # bill, Secretary Ann Lee released the following
                    # statement:": the lead-in, which reports nothing itself.
                    sentence_index += 1
                    continue
            marker = _ACT_MARKER.fullmatch(text.strip())
            if marker:
                # A broadcast script's "/// ROE ACT ///" opens the recorded
                # words of Roe, named before; "/// END ACT ///" closes them.
                act = None
                if (
                    marker["who"]
                    and not marker["who"].startswith("END")
                    # "/// ROE ACT IN FRENCH -- ESTABLISH AND FADE UNDER TEXT
                    # ///": the recording fades under the correspondent's own
                    # text; the paragraphs after it are his, not Roe's.
                    and not re.search(r"\b(?:FADE|FADES|UNDER)\b", marker[0])
                ):
                    surname = marker["who"].split()[-1].capitalize()
                    person = self.person_by_surname(surname, p_start)
                    if person is not None:
                        act = Speaker(person.name, "person", person.role)
                sentence_index += 1
                continue
            if act is not None:
                self._own_words(p_start, p_end, act, number, sentence_index)
                sentence_index += 1
                continue
            if (
                (self.remarks or documents)
                and number > self._heading_end + 1
                and self._another_heading(number)
            ):
                # "… // The White House // Statement by the Press Secretary on
                # …": a second document on the page, under its own heading
                # and in its own giver's words — or, when they are no one's
                # own words, no longer the first giver's.
                # A listing's items ("March 17 // Roe's Remarks to … // …")
                # each under its own heading, whether or not the one before
                # was someone's own words.
                documents = True
                if self._speech_heading(self.paragraph_spans, number):
                    continue
                self.remarks = False
            if self.remarks and number <= self._heading_end:
                continue  # the heading's lines: a title, an office, a date
            if self.remarks and issued and issued.end() >= len(text.rstrip()) - 1:
                # "Washington -- Secretary Ann Lee made the following statement
                # on the vote:" under her statement's heading: the release's
                # lead-in, not a sentence of the statement.
                continue
            if self.remarks and _opens_turn(text):
                # "Q: …", "MS. LEE: …" after a speech (not "First: …"): its
                # questions and answers, whose labels say who speaks.
                self.remarks = False
            if self.remarks:
                # Under "Remarks by X", the paragraphs are X's own words: a
                # speech as delivered, not a report of it.
                self._own_words(p_start, p_end, self.heading, number, sentence_index)
                sentence_index += 1
                continue
            spans = quotes(self.body, p_start, p_end)
            if handed is not None and _ANY_LABEL.match(text):
                handed = None  # the next turn's label
            if handed is not None and not spans:
                # "I will turn the microphone over to Dr. Roe.": the unlabelled
                # paragraphs after the moderator's turn are Roe's own words.
                self._own_words(p_start, p_end, handed, number, sentence_index)
                sentence_index += 1
                continue
            handover = _HANDOVER.search(text)
            if handover and not spans:
                handed = self.speaker(handover["who"], p_start + handover.start("who"))
                if handed is not None and handed.kind != "person":
                    handed = None
            lone = _LONE_LABEL.fullmatch(text.strip())
            if lone and (self._label_speaker is not None or guest is not None):
                # "Unidentified Narrator:", "CARLA ROE, VOA Correspondent:" on a
                # line of its own: the next turn's label ends the last turn.
                self._label_speaker = guest = None
            if lone and lone_labels >= 2:
                # "Lina Roe, Director, Middle East Institute:", "President Ann
                # Lee:" in a programme set out under lone labels: a guest's
                # turn, the paragraphs after it in her words.
                guest = self._lone_guest(text.strip(), p_start)
            if lone and (guest is not None or lone_labels >= 2):
                sentence_index += 1
                continue
            if guest is not None and not spans and not _ANY_LABEL.match(text):
                self._turn_words(p_start, p_end, guest, number, sentence_index)
                sentence_index += 1
                continue
            guest = None
            if self._transcript(p_start, p_end, number, sentence_index):
                self._turn_paragraph = number
                sentence_index += 1
                continue
            if (
                self._label_speaker is not None
                and number not in self._PAGE_unlabelled_asks()
                and (not spans or self._first_person_around(p_start, p_end, spans))
                # Speech, not the programme's narration between turns: in
                # the first person, or going on from a paragraph of the turn
                # with no report of its own ("While there, the secretary
                # spoke with airmen."), under a briefing's heading or between
                # two paragraphs of the turn.
                and (
                    _FIRST_PERSON.search(text)
                    or (
                        self._turn_paragraph == number - 1
                        and (
                            self._label_titled
                            or self._turn_goes_on(number)
                            or self._questions_labelled()
                        )
                        and (
                            # "As the secretary said, …" in a page that opens on
                            # its speaker's turn: no narration to report it.
                            self._page_turn
                            or not re.search(r"\b(?:said|says|told|tells)\b", text)
                        )
                    )
                )
            ):
                self._turn_paragraph = number
                # A transcript's speaker goes on in the paragraphs after the
                # label, until the next label.
                self._own_words(
                    p_start, p_end, self._label_speaker, number, sentence_index
                )
                sentence_index += 1
                continue
            answerer = self._answer_to_question(number, spans)
            if answerer is not None:
                self._quote_sentences(
                    p_start,
                    p_end,
                    answerer,
                    "interview",
                    None,
                    number,
                    sentence_index,
                    drop=' ,;:—–-“”"',
                )
                sentence_index += 1
                continue
            if listing is not None and _BULLET_ITEM.match(text):
                # "Roe made several points: // -- Aid is arriving. // -- …":
                # each item of the list is what the lead-in's speaker said.
                speaker, cue = listing
                start = p_start + _BULLET_ITEM.match(text).end()
                for a, b in sentences(self.body, start, p_end, spans):
                    statement = self._reported(*trim(self.body, a, b), speaker, cue)
                    statement.sentence, statement.paragraph = sentence_index, number
                    self._emit(statement)
                    sentence_index += 1
                continue
            listing = None
            if self._crosshead(number, spans):
                continue
            if (
                number
                and "\n" not in text.strip()
                and not re.search(r"[.!?:”\"’']\s*$", text)
                and _DATE_PARAGRAPH.fullmatch(
                    self.body[slice(*self.paragraph_spans[number - 1])].strip()
                )
            ):
                # "September 2, 2010 // US Department of Labor's OSHA cites
                # Blandon foundry $550,400 for …": a listing item's headline
                # under its date, not a report.
                continue
            # "SKIRBLE: Stabenow observes that …": a narrator's turn, its label
            # no part of the first sentence's subject.
            label = _BARE_LABEL.match(self.body, p_start, p_end)
            read_from = label.end() if label else p_start
            for s_start, s_end in sentences(self.body, read_from, p_end, spans):
                inside = [q for q in spans if s_start <= q.start < s_end]
                if not inside and self._self_introduction(s_start, s_end, number):
                    sentence_index += 1
                    continue
                self._sentence(s_start, s_end, inside, number, sentence_index)
                sentence_index += 1
            lead = _LIST_LEAD.search(text)
            if lead and number + 1 < len(self.paragraph_spans):
                nxt = self.body[slice(*self.paragraph_spans[number + 1])]
                who = self.speaker(lead["who"], p_start + lead.start("who"))
                if who is not None and _BULLET_ITEM.match(nxt):
                    listing = (who, lead["cue"])
        self._outlet_reporters()
        return self.statements

    def _self_introduction(self, s_start: int, s_end: int, paragraph: int) -> bool:
        """A sentence in which its speaker gives their own name ("Hello, my name
        is Ann Roe, and I'm the park's superintendent.", "And I'm Senator Tom
        Lee from Delaware."): the named person's own words."""
        found = _SELF_INTRODUCTION.match(self.body, s_start, s_end)
        if found is None:
            return False
        p_start = self.paragraph_spans[paragraph][0]
        if _ANY_LABEL.match(self.body, p_start, s_start + 1):
            # "MR. ROE: … My name is Tom Roe.": a labelled turn, whose label
            # decides whether it states anything (a host's does not).
            return False
        if re.search(
            _MODERATOR_WORDS,
            self.body[s_start : self.paragraph_spans[paragraph][1]],
        ):
            # "My name is Kelly Flynn and I am from the DOD Press Office. I
            # will be moderating today's roundtable.": the moderator's
            # ground rules, not a statement.
            return False
        group = "who" if found["who"] else "titled"
        who = self.speaker(found[group], s_start + found.start(group))
        if who is None or who.kind != "person" or len(who.name.split()) < 2:
            return False
        a, b = trim(self.body, s_start, s_end, drop=' ,;:—–-“”"')
        statement = self._reported(a, b, who, "(self-introduction)", quote=True)
        statement.paragraph = paragraph
        self._emit(statement)
        return True

    def _outlet_reporters(self) -> None:
        """Al-Jazeera reporter Ann Lee said …": a reporter named with her
        outlet relays through it."""
        for statement in self.statements:
            if statement.via is not None or statement.speaker_kind != "person":
                continue
            before = self.body[max(0, statement.start - 300) : statement.start]
            for found in re.finditer(
                r"(?:^|[\s(])(?P<outlet>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})\s+"
                r"(?:reporter|correspondent|journalist)\s+"
                + re.escape(statement.speaker)
                + r"\b[^.!?]*$",
                before,
            ):
                outlet = found["outlet"]
                own = {
                    self.publisher,
                    f"the {fold(outlet)}" == self.publisher and fold(outlet),
                    "".join(w[0] for w in (self.publisher or "").split()),
                }
                if self.is_outlet(outlet) and fold(outlet) not in own:
                    statement.via = outlet

    def _signature_below(self) -> tuple[Speaker | None, int]:
        """A page of one person's own words signed at its foot: a line that
        is a bare personal name ("Ann B. Roe, M.D., M.P.H."), then at most
        two lines of office ("Director, Office of …"), with no quotation
        marks, turns or heading above and the first person in its prose."""
        spans = self.paragraph_spans
        if self.heading is not None or len(spans) < 3 or self._turns:
            return None, 0
        for k in range(max(len(spans) - 3, 1), len(spans)):
            line = self.body[slice(*spans[k])].strip()
            if _SIGNATURE_NAME.fullmatch(line) and not any(
                _organisation_word(w) for w in line.split(",")[0].split()
            ):
                break
        else:
            return None, 0
        below = [self.body[slice(*spans[j])].strip() for j in range(k + 1, len(spans))]
        if not all(
            "\n" not in line
            and len(line.split()) <= 14
            and _capitalised(line.split()[0])
            and not re.search(r"[.!?]$", line)
            for line in below
        ):
            return None, 0
        prose = self.body[spans[0][0] : spans[k][0]]
        if _ANY_QUOTE_MARK.search(prose) or not _FIRST_PERSON.search(prose):
            return None, 0
        name = re.split(r",", self.body[slice(*spans[k])].strip())[0].strip()
        role = below[0].split(",")[0].strip() if below else ""
        return Speaker(name, "person", role), k

    def _crosshead(self, number: int, spans) -> bool:
        """Whether the paragraph is a crosshead between two paragraphs of the
        story ("Johnson says Brexit will happen"): a short line with no stop
        and no quotation, a heading rather than a report."""
        if spans or number + 1 >= len(self.paragraph_spans):
            return False
        a, b = self.paragraph_spans[number]
        text = self.body[a:b].strip()
        # "Benn criticises concept of 'war on terror'": a scare quote closing
        # the line is no stop.
        scare = re.search(r"\s'[^'\n]{1,30}'$", text)
        if (
            len(text.split()) > 10
            or "\n" in text
            or (re.search(r"[.!?:;,”\"'’]$", text) and not scare)
        ):
            return False
        # The first paragraph too: a brief's headline over its story.
        return all(
            len(self.body[slice(*self.paragraph_spans[k])].split()) > 20
            for k in (number - 1, number + 1)
            if k >= 0
        )

    def _answer_to_question(self, number: int, spans) -> Speaker | None:
        """An interview set out as questions and answers: "… spoke with VOA's
        Ann Lee." / "Is change coming?" / "“Change will come. …”". A paragraph
        that is one quotation, after a paragraph that is one short question
        with no quotation of its own, is the interviewee's answer: the person
        the article reported before its first question, where it says that
        person spoke with or was interviewed by someone."""
        if number == 0 or len(spans) != 1:
            return None
        body = self.body
        p_start, p_end = self.paragraph_spans[number]
        q_start, q_end = self.paragraph_spans[number - 1]
        question = body[q_start:q_end]
        if not (
            spans[0].start == p_start
            and spans[0].end >= p_end - 1
            and question.rstrip().endswith("?")
            and not _QUOTE_MARKS_RE.search(question)
            and len(question.split()) <= 40
        ):
            return None
        first = q_start
        for a, b in self.paragraph_spans[:number]:
            text = body[a:b]
            if text.rstrip().endswith("?") and not _QUOTE_MARKS_RE.search(text):
                first = a  # the interview's first question
                break
        if not re.search(
            r"\b(?:spoke|talked|speaking|talking)\s+(?:with|to)\b|\binterview",
            body[:first],
        ):
            return None
        earlier = [s for s in self.statements if s.end <= first]
        if not earlier or earlier[-1].speaker_kind != "person":
            return None
        last = earlier[-1]
        return _speaker_of(last)

    def _name_line_speech(self, spans: list[tuple[int, int]]) -> None:
        """A page's opening whose last line is a person's name alone, the
        paragraphs after it speaking in the first person: "November 9, 2004 //
        Jane A. Roe // I'm very pleased to have this opportunity …" — the
        name heads the person's own words, as "Remarks by Jane A. Roe" does."""
        for number, (a, b) in enumerate(spans[:5]):
            line = self.body[a:b].strip()
            if number + 1 >= len(spans):
                continue
            # "Andrew C. von Eschenbach, M.D.": a particle, a degree after.
            line = _DEGREE_AFTER.sub("", line)
            if not _NAME_LINE.fullmatch(
                re.sub(
                    r"\s(?:von|van|de|da|del|der|di|du|la|le|bin|ibn)\s", " X ", line
                )
            ):
                continue
            # The first paragraph of prose after it, past the heading's
            # other lines ("January 16, 2009", "Welcome to Andy's Take.").
            prose = number + 1
            while (
                prose + 1 < len(spans)
                and prose - number <= 3
                and all(
                    _heading_line(text.strip())
                    for text in self.body[slice(*spans[prose])].splitlines()
                    if text.strip()
                )
                and len(self.body[slice(*spans[prose])].split()) <= 12
            ):
                prose += 1
            if quotes(self.body, *spans[prose]):
                return
            following = self.body[slice(*spans[prose])]
            opening = sentences(self.body, *spans[prose], [])
            first = self.body[slice(*opening[0])] if opening else following
            # "Over the past year I have emphasized …": the first person in
            # the opening sentence's subject, after an opening phrase of time.
            if not (
                _FIRST_PERSON_OPENING.match(first)
                or (
                    re.match(
                        r"[^,.;:!?]{0,40}?\b(?:I|we)\s+(?:have|had|am|was|were|are|will|[a-z]+ed)\b",
                        first,
                    )
                    and not _reports(following, "")
                )
            ) or re.match(r"(?:By|The|An?)\s", line):  # "The Grand Lodge"
                continue
            speaker = self.speaker(line, a)
            if speaker is None or speaker.kind != "person":
                return
            self.heading = speaker
            self.remarks = True
            self._heading_end = prose - 1
            return

    def _another_heading(self, number: int) -> bool:
        """Whether paragraph ``number``, after a paragraph of prose, opens a
        block of heading lines one of which names a kind of speech or
        document: the heading of another document on the same page."""
        spans = self.paragraph_spans

        def heading(k: int) -> bool:
            return all(
                _heading_line(line.strip())
                for line in self.body[slice(*spans[k])].splitlines()
                if line.strip()
            )

        if heading(number - 1) or not heading(number):
            return False
        if (
            _DATE_PARAGRAPH.fullmatch(self.body[slice(*spans[number])].strip())
            and number + 1 < len(spans)
            and heading(number + 1)
        ):
            # "December 11, 2012 // Department Announces 16 Winners": a
            # listing's next release, under its date and its own headline.
            return True
        for k in range(number, min(len(spans) - 1, number + 6)):
            if not heading(k):
                return False
            text = self.body[slice(*spans[k])]
            if any(
                _SPEECH_OPENER.match(_upper_to_title(line.strip()))
                or _OWNED_KIND.search(_upper_to_title(line.strip()))
                for line in text.splitlines()
            ):
                return True
        return False

    def _speech_heading(self, spans: list[tuple[int, int]], begin: int = 0) -> bool:
        """A page that is one person's speech or statement, read from its
        heading: the short lines before the first paragraph of prose, one of
        them naming a kind of speech or document ("Statement of …", "REMARKS
        BY:", "As Delivered by …", "Keynote Address at …", "Excerpts from
        remarks as prepared for delivery") and its giver, in that line or on a
        line of the heading beside it. When the paragraphs after the heading
        speak in the first person (a statement, a testimony need not), they
        are the giver's own words."""
        body = self.body
        lines: list[tuple[int, str]] = []  # (start, text)
        last = -1
        for number, (a, b) in enumerate(
            spans[begin : min(len(spans) - 1, begin + 12)], start=begin
        ):
            block = [
                (a + m.start(), m.group().strip())
                for m in re.finditer(r"[^\n]+", body[a:b])
                if m.group().strip()
            ]
            if not all(_heading_line(text) for _, text in block):
                break
            lines += block
            last = number
        if last < 0 or any(
            _opens_turn(body[a:b]) for a, b in spans[last + 1 : last + 3]
        ):
            return False  # no heading; a transcript, whose labels say who speaks
        after = [self._outside_quotes(*span) for span in spans[last + 1 : last + 4]]
        speaks = any(
            _FIRST_PERSON.search(text) or _GREETING.match(text.strip())
            for text in after
        )
        # A statement, a testimony, may speak of its giver's office in the
        # third person; not a story that reports someone's saying.
        unreported = not _reports(after[0], "")
        for index, (start, text) in enumerate(lines):
            line = _upper_to_title(text)
            kind = _SPEECH_KIND.search(line)
            # "Ann Lee's Remarks on …": a giver named as the owner of the
            # words, which need not open in the first person either.
            owned = kind is not None and _OWNED_KIND.search(line)
            if owned and re.search(
                rf"\b{re.escape(owned[0].split()[0][:-2])}\b", after[0]
            ):
                owned = None  # "Ann Lee made these remarks …": narration
            if kind is None or not (
                speaks or ((kind["written"] or owned) and unreported)
            ):
                continue
            # "Topic of the Day: Ann Lee's Remarks …": the giver after the
            # topic's colon.
            topic, _, owner = line[: kind.start()].rpartition(": ")
            before = _SPEECH_OWNER.fullmatch(
                owner if topic and owner.strip() else line[: kind.start()]
            )
            # Its giver, not a name in its topic: "Statement by the President
            # on the Confirmation of Ann Lee" is not Ann Lee's; "Remarks at the
            # Summit by Ann Lee" is hers.
            givers = []
            for giver in _SPEECH_GIVER.finditer(line, kind.start()):
                if (
                    (giver["prep"] or "by").lower() != "by"
                    and (
                        _HEADING_TOPIC.search(line, kind.end(), giver.start())
                        # "from the Director of National Intelligence": "of
                        # National Intelligence" is part of the office named.
                        or (
                            any(
                                g.start("who") <= giver.start() < g.end("who")
                                for g in givers
                            )
                            and line[: giver.start()].split()[-1].lower()
                            in lx.TITLE_WORDS
                        )
                    )
                ):
                    continue
                givers.append(giver)
            # Its giver: before it with a mark ("Ann Lee's Remarks", "Ann Lee
            # Delivers Remarks"), after its first preposition, after "by" or a
            # dash, or before it with no mark ("Chairman Ann Lee Opening
            # Statement"); then the name on a line beside it ("Chairman Ann
            # Lee // Opening Statement", "REMARKS BY: // ANN LEE, SECRETARY").
            near = sorted(
                (k for k in range(len(lines)) if k != index and abs(k - index) <= 3),
                key=lambda k: (abs(k - index), k < index),
            )
            candidates = [
                *([(before["who"], start)] if before and before["mark"] else []),
                *(
                    (giver["who"], start)
                    for number, giver in sorted(
                        enumerate(givers),
                        key=lambda g: (
                            bool(g[0])
                            and bool(g[1]["prep"])
                            and g[1]["prep"].lower() != "by"
                        ),
                    )
                ),
                *([(before["who"], start)] if before and not before["mark"] else []),
                *((_upper_to_title(lines[k][1]), lines[k][0]) for k in near),
            ]
            # Last, an office the heading names as its giver with no name:
            # "Statement by the Press Secretary", "Remarks of the Vice President".
            office = next(
                (
                    _HEADING_OFFICE.fullmatch(
                        line,
                        giver.start("prep") if giver["prep"] else giver.start(),
                        giver.end("who"),
                    )
                    for giver in givers[:1]
                ),
                None,
            )
            found = None
            owner = re.sub(r"^[Tt]he\s+", "", before["who"]) if before else ""
            if (
                before
                and before["mark"]
                and (
                    1 <= len(owner.split()) <= 3
                    and owner.split()[-1].lower() in _TITLE_ONLY
                    and all(
                        w.lower() in lx.TITLE_WORDS or w.lower() in _TITLE_ONLY
                        for w in owner.split()
                    )
                    # "SECNAV Delivers Remarks at …": an office's short form.
                    or bool(re.fullmatch(r"[A-Z]{3,8}", owner))
                )
            ):
                # "Secretary’s Column: Help for Flooded Towns", "The
                # Administrator's Remarks": an office owns the words, with no
                # name; the topic's names are not its giver.
                candidates, office = [], None
                found = Speaker(owner, "person", owner)
            if kind[0].lower() == "briefing":
                # "News Briefing with Secretary Ann Lee and Adm. Bo Roe from
                # …", its opening statement unlabelled: the first named opens.
                first = re.match(
                    r"\s+with\s+((?:[A-Z][\w.’'\-]*\s+){1,4}?[A-Z][\w’'\-]+)"
                    r"(?=\s+(?:and|from|at|on|in)\s|\s*$)",
                    line[kind.end() :],
                )
                candidates = [(first[1], start)] if first else []
            for who, position in candidates:
                found = self._heading_person(who, position)
                if found is not None:
                    break
            else:
                if not (before and found and found.name == owner):
                    found = (
                        Speaker(office["office"], "person", office["office"])
                        if office
                        else None
                    )
            if found is not None:
                self.heading = found
                self.remarks = True
                self._heading_end = last
                return True
        return False

    def _outside_quotes(self, a: int, b: int) -> str:
        """A paragraph's text with its quotations blanked."""
        text = self.body[a:b]
        for quote in reversed(quotes(self.body, a, b)):
            text = text[: quote.start - a] + " " + text[quote.end - a :]
        return text

    def _heading_person(self, phrase: str, position: int) -> Speaker | None:
        """The person a heading's line names, with or without an office:
        "Treasury Secretary John W. Snow", "Scott Gottlieb, M.D.", "TOMMY G.
        THOMPSON, SECRETARY OF …" (in mixed case), "Dr. Ann Lee, Director"."""
        phrase = re.sub(r"\s*\([^)]*\)", "", phrase).strip(" ,;:.")
        phrase = re.sub(r"^(?:[Tt]he\s+)?(?:Honou?rable|Hon\.)\s+", "", phrase)
        if _GREETING.match(phrase):
            return None  # "Good Morning.": the speech's first words, no giver
        first, _, after = (
            part.strip() for part in re.sub(r"^[Tt]he\s+", "", phrase).partition(",")
        )
        if not re.fullmatch(
            r"[A-Z][\w’'.\-]*(?:\s+(?:[A-Z][\w’'.\-]*|of|the|for|and))*", first
        ):
            return None
        who = first
        if first.split()[-1].lower() in lx.TITLE_WORDS and re.fullmatch(
            r"(?:[A-Z][\w’'\-]*\.?\s+){1,2}[A-Z][\w’'\-]+", after
        ):
            who = after  # "the Press Secretary, Jane Roe"
        name, title = _split_title(who.split())
        if len(name) > 4:
            # "Deputy Coordinating Officer for FEMA Ann Lee": a long office
            # whose last word is an agency's or an office's, then the name.
            tail = _office_then_name(name)
            if tail:
                name, title = tail, [*title, *name[: -len(tail)]]
        if (
            not (2 if not title else 1) <= len(name) <= 4
            # "The White House": no one's name follows an article with no
            # office between ("the Rev. Ann Lee").
            or (not title and who == first and re.match(r"[Tt]he\s", phrase))
            # "Remarks Prepared For Delivery By": a heading's capitalised
            # preposition or article is no word of a name.
            or any(
                t.lower() in _LINKING_WORDS or t.lower() in _PREPOSITIONS for t in name
            )
            or any(t.lower() in lx.TITLE_WORDS or _organisation_word(t) for t in name)
            # "… and NOAA Administrator": a line that is an office ends on it.
            or name[-1].lower().strip(".,") in _TITLE_ONLY
            or name[-1].lower().strip(".") in _OCCASION_WORDS
        ):
            return None
        return self._person_in_mixed_case(name, position)

    def _first_person_around(self, p_start: int, p_end: int, spans) -> bool:
        """Whether a paragraph with quotations speaks in the first person
        outside them, going on from the paragraph of a turn before it: "I asked
        him if he was ready. He answered with a resounding "Yes."" is the
        turn's speaker's, quoting another."""
        if self._turn_paragraph != self.paragraph_spans.index((p_start, p_end)) - 1:
            return False
        edges = [p_start, *(x for q in spans for x in (q.start, q.end)), p_end]
        pairs = zip(edges[::2], edges[1::2], strict=True)
        outside = " ".join(self.body[a:b] for a, b in pairs)
        return bool(_FIRST_PERSON.search(outside))

    def _questions_labelled(self) -> bool:
        """Whether the page is a briefing's questions and answers, two or more
        of its paragraphs opening on a question's label ("Q:", "QUESTION:"):
        no narration between its turns."""
        if self._labelled_questions is None:
            # A transcript throughout, not a story quoting an exchange: at
            # least a third of its paragraphs open on a turn's label.
            self._labelled_questions = sum(
                bool(re.match(r"\s*(?:Q|QUESTION)\s*:", self.body[a:b]))
                for a, b in self.paragraph_spans
            ) >= 2 and 3 * self._turns >= len(self.paragraph_spans)
        return self._labelled_questions

    def _turn_goes_on(self, number: int) -> bool:
        """Whether the paragraph after paragraph ``number`` goes on in the
        turn's first person, with no label and no quotation of its own: "But
        whatever they claim, these areas remain ours." between two paragraphs
        of a spokesman's "we" is the spokesman's too."""
        if number + 1 >= len(self.paragraph_spans):
            return False
        a, b = self.paragraph_spans[number + 1]
        text = self.body[a:b]
        return bool(
            _FIRST_PERSON.search(text)
            and not _ANY_LABEL.match(text)
            and not quotes(self.body, a, b)
        )

    def _unmarked_continuations(self) -> dict[int, set[int]]:
        """Paragraphs of a quotation whose continuing paragraphs lost their
        opening marks: "“That amount has plateaued. …" left open, then a
        paragraph with no mark, then one whose only mark closes it ("… good
        value. ”."). Each such paragraph, with the paragraphs that may hold the
        quotation's start."""
        body = self.body
        spans = self.paragraph_spans
        marks = [len(re.findall(_QUOTE_MARKS_RE, body[a:b])) for a, b in spans]
        found: dict[int, set[int]] = {}
        for number, (a, b) in enumerate(spans):
            inside = quotes(body, a, b)
            if not inside or inside[-1].end != b or body[b - 1] in _QUOTE_MARKS:
                continue  # no quotation left open at the paragraph's end
            if inside[-1].end - inside[-1].start < 20:
                continue
            for close in range(number + 1, min(number + 5, len(spans))):
                c_start, c_end = spans[close]
                if marks[close] == 0:
                    continue
                closing = re.fullmatch(
                    rf"[^{_QUOTE_MARKS}]+[.!?]\s*[{_QUOTE_MARKS}][.\s]*",
                    body[c_start:c_end],
                )
                if marks[close] == 1 and closing:
                    for k in range(number + 1, close + 1):
                        found[k] = set(range(number, k))
                break
        return found

    def _own_words(self, p_start, p_end, speaker, paragraph, index) -> None:
        """A paragraph in ``speaker``'s own words (a speech, a transcript's turn):
        each sentence theirs, and what it reports another saying that one's."""
        self._release_paragraph(p_start, p_end, speaker, paragraph, index)
        self._reports_in_turn(p_start, p_end, speaker, paragraph, index)

    def _reports_in_turn(self, p_start, p_end, speaker, paragraph, index) -> None:
        """ "The Secretary has stated that …" in a speaker's own paragraph: the
        speaker's words, and also the report of what the other said. A pronoun
        there is not the speaker, who says "I"."""
        if speaker is None:
            return
        body = self.body
        spans = quotes(body, p_start, p_end)
        for s_start, s_end in sentences(body, p_start, p_end, spans):
            if _reports_another(body[s_start:s_end]):
                inside = [q for q in spans if s_start <= q.start < s_end]
                before = len(self.statements)
                self._in_turn = True
                try:
                    self._sentence(s_start, s_end, inside, paragraph, index)
                finally:
                    self._in_turn = False
                self.statements[before:] = [
                    s for s in self.statements[before:] if s.speaker != speaker.name
                ]

    def _list_follows(self, paragraph: int) -> bool:
        """Whether the paragraph after ``paragraph`` is a list's item: set off
        by a bullet or a number, or closing on a semicolon ("H.R. 43, which
        designates …;")."""
        if paragraph + 1 >= len(self.paragraph_spans):
            return False
        item = self.body[slice(*self.paragraph_spans[paragraph + 1])].strip()
        return bool(
            _BULLET_ITEM.match(item) or re.search(r";(?:\s+(?:and|or))?$", item)
        )

    def _release_paragraph(self, p_start, p_end, speaker, paragraph, index) -> None:
        """Each sentence of a paragraph in ``speaker``'s own words (a statement
        issued as such, a transcript's turn), as a direct quote."""
        if speaker is None:
            return
        body = self.body
        text = body[p_start:p_end].strip()
        if len(text.split()) <= 6 and not text.endswith((".", "!", "?", "”", '"')):
            return  # a header line: a name, a title, a place, a date
        if (
            "\n" not in text
            and len(text.split()) <= 12
            and all(
                _capitalised(w)
                or w in ("of", "for", "and", "the", "to", "a", "an", "in", "at", "on")
                for w in re.findall(r"[A-Za-z][\w’'\-]*", text)
            )
        ):
            # "ENUMERATION – ON SCHEDULE", "Prepared for the Press Briefing at
            # the Press Club", "2010 Census: Final Rates: Thank You, America!":
            # a crosshead or a title line, not a sentence of the speech.
            return
        if (
            text.endswith(":")
            and "\n" not in text
            and (
                len(text.split()) <= 8
                or _SALUTATION.match(text)
                or self._list_follows(paragraph)
            )
            and not _FIRST_PERSON.search(text)
        ):
            # "Because of her leadership:": the lead-in of a list; "Chairman
            # Roe, Ranking Member Doe, and Members of the Committee:": the
            # salutation of a testimony or a letter.
            return
        self._quote_sentences(
            p_start,
            p_end,
            speaker,
            "statement",
            None,
            paragraph,
            index,
            drop=' ,;:—–-“”"',
        )

    def _turn_words(self, start, end, speaker, paragraph, index) -> None:
        """The words of a turn after its label ("Katie Roe: I'm from Perth."),
        each sentence a direct quote of ``speaker``."""
        self._quote_sentences(
            start, end, speaker, ":", None, paragraph, index, drop=" ,;:—–-"
        )

    def _quote_sentences(
        self, start, end, speaker, cue, via, paragraph, index, *, drop
    ):
        """Each sentence of ``body[start:end]`` as a direct quote of ``speaker``."""
        body = self.body
        for a, b in sentences(body, start, end, []):
            if (
                _TRANSCRIBERS_NOTE.fullmatch(body, a, b)
                # "(That means I ran it.)": the speaker's aside, not a note.
                and not _FIRST_PERSON.search(body, a, b)
            ) or _CUT_OFF.search(body, a, b):
                continue  # "(Laughter.)", "Before —": no words of the speaker's
            a, b = trim(body, a, b, drop=drop)
            note = _LEADING_NOTE.match(body, a, b)
            if note and note.end() < b:
                a = note.end()  # "[Laughs] That's right.": the words after
            if (
                b - a < 2
                or _GREETING.match(body, a, b)
                or _EMPTY_LEAD_IN.match(body, a, b)
            ):
                continue  # "Good morning, everyone.": a greeting asserts nothing
            if _SYMPATHY.match(body, a, b) and not re.search(
                r"\b(?:killed|died|dead|deaths?|lost\s+(?:their|his|her)\s+lives)\b",
                body[a:b],
            ):
                # "On behalf of all of us, I'd like to offer our sympathies to
                # the families.", "We ask God to comfort them.": an expressive
                # act that asserts nothing (a condolence for those "killed"
                # asserts the deaths and is kept).
                continue
            if cue == "statement" and (
                _AUDIENCE_IMPERATIVE.match(body, a, b)
                or (body[a:b].isupper() and len(body[a:b].split()) <= 4)
            ):
                # "Get your supplies to the street.", "WORK CAREFULLY.": an
                # instruction to the audience, a slogan in capitals.
                continue
            statement = self._reported(a, b, speaker, cue, via=via, quote=True)
            statement.sentence, statement.paragraph = index, paragraph
            self._emit(statement)
            # "While today's report shows that …" in a statement issued as
            # such: the report's finding inside the speaker's words.
            self._emit_findings(a, b, paragraph, index)

    def _is_publisher(self, statement: Statement) -> bool:
        """Whether ``statement``'s speaker is the publisher itself ("The SEC
        announced …" in an SEC release, "EPA announced" in EPA's)."""
        if not self.publisher or statement.speaker_kind == "person":
            return False
        # "The U.S. Environmental Protection Agency" in a release of the "US
        # Environmental Protection Agency": the country's initials either way.
        name = re.sub(r"^(?:the\s+)?(?:u\.?s\.?\s+)?", "", fold(statement.speaker))
        publisher = re.sub(r"\s*\(.*$", "", self.publisher)  # "VOA (Learning English)"
        publisher = re.sub(r"^(?:the|u\.?s\.?)\s+", "", publisher)
        every_word = re.findall(r"[a-z]+", publisher)
        words = [w for w in every_word if w not in ("of", "and")]
        return bool(name) and (
            name == publisher
            or (len(name) > 3 and name in publisher)
            or name == "".join(w[0] for w in words)  # "EPA", "SEC"
            # "VOA" for "Voice of America", "DOJ" for "Department of Justice".
            or name == "".join(w[0] for w in every_word)
            # "the Justice Department" in a "Department of Justice" release.
            or (len(words) > 1 and sorted(name.split()) == sorted(words))
        )

    def _PAGE_unlabelled_asks(self) -> set[int]:
        """The paragraphs of an interviewer whose turns carry no label but
        open on the same mark each time (an icon's text, a byline), each
        followed by the guest's labelled answer: "[mark] Where are you
        from? // Ann Roe: From Lagos. // [mark] And you?"; the asker's, not
        the guest's, turn however it speaks in the first person."""
        if getattr(self, "_PAGE_asks", None) is None:
            spans = self.paragraph_spans
            openings: dict[str, list[int]] = {}
            for number, (a, b) in enumerate(spans):
                words = self.body[a:b].split()[:3]
                if len(words) == 3 and len(" ".join(words)) >= 12:
                    openings.setdefault(" ".join(words), []).append(number)
            asks: set[int] = set()
            for numbers in openings.values():
                answered = [
                    n
                    for n in numbers
                    if n + 1 < len(spans)
                    and _NAME_TURN.match(self.body, *spans[n + 1])
                    and not _NAME_TURN.match(self.body, *spans[n])
                ]
                if len(answered) >= 3 and len(answered) * 2 >= len(numbers):
                    asks.update(numbers)
            self._PAGE_asks = asks
        return self._PAGE_asks

    def _PAGE_own_service(self, speaker: str) -> bool:
        """Whether ``speaker`` is one of the publisher's own services, named by
        the publisher's initials and the service's language or desk ("VOA
        Creole", "VOA's Khmer Service" on a Voice of America page)."""
        if not self.publisher:
            return False
        publisher = re.sub(r"\s*\(.*$", "", self.publisher)
        initials = "".join(w[0] for w in re.findall(r"[a-z]+", publisher))
        service = re.fullmatch(
            r"(?:the\s+)?([A-Z]{2,6})(?:[’']s)?\s+[A-Z][a-z]+"
            r"(?:\s+(?:Service|Desk|Program|Programme))?",
            speaker.strip(),
        )
        return bool(service) and len(initials) >= 2 and service[1].lower() == initials

    def _host_turn(self, p_start: int, p_end: int):
        """A programme host's labelled turn: the label of one who introduces
        the programme in it ("Mr. Schiff: Hello I'm Neal Schiff and welcome to
        Inside the FBI, a weekly podcast …"), and every later turn under the
        same label. The host's turns are narration, read like a question's."""
        body = self.body
        turn = (
            _BARE_LABEL.match(body, p_start, p_end)
            or _ROLE_LABEL.match(body, p_start, p_end)
            or _NAME_TURN.match(body, p_start, p_end)
        )
        if turn is None:
            return None
        surname = turn["who"].split()[-1].strip(".")
        if fold(surname) in self._hosts:
            return turn
        if re.match(
            r"\s*(?:(?:Hello|Hi|Good\s+(?:morning|afternoon|evening))[,!.]?\s+)?"
            r"(?:I[’']m|I\s+am|This\s+is)\s+(?:[A-Z][\w’'.\-]*\s+){0,2}"
            + re.escape(surname)
            + r"\b[^.!?]*\b(?:[Ww]elcome|listening|podcast|program|programme|show)\b",
            body[turn.end() : p_end],
            flags=re.I if surname.isupper() else 0,
        ) or self._presenting(body[turn.end() : p_end].strip(), surname):
            self._hosts.add(fold(surname))
            return turn
        return None

    @staticmethod
    def _presenting(turn: str, surname: str) -> bool:
        """Whether a labelled turn is its speaker presenting the programme:
        "This is SCIENCE IN THE NEWS, in VOA Special English. I’m Barbara
        Klein.", a co-host's "And I’m Mario Ritter.", a turn that is only "I’m
        Steve Ember.", a moderator's "My name is Kelly Flynn … I will be
        moderating today's roundtable". An official
        opening a briefing with "I'm James Lee Witt, Director of FEMA" is not."""
        introduction = re.search(
            r"(?:^|[.!?]\s+)(And\s+)?(?:I[’']m|I\s+am|My\s+name\s+is)\s+"
            r"(?:[A-Z][\w’'.\-]*\s+){0,2}" + re.escape(surname) + r"\b",
            turn,
            flags=re.I if surname.isupper() else 0,
        )
        return (
            bool(introduction)
            and bool(
                introduction[1]
                or re.match(r"This\s+is\s+[A-Z]", turn)
                or re.search(_MODERATOR_WORDS, turn)
                # "STEVE EMBER: I’m Steve Ember.": a turn that only gives the name.
                or (
                    introduction.start() == 0
                    and re.fullmatch(r"\W*", turn[introduction.end() :])
                )
            )
        )

    def _transcript(self, p_start, p_end, paragraph, index) -> bool:
        """A transcript's paragraph in a guest's words with no quotation marks,
        ``BARACK OBAMA: The goal must be …``: a direct quote of that person when
        the article names them elsewhere. The labels of the programme's own
        announcers and correspondents (``McALARY: The sick and dying …``) name
        no one the story mentions, and stay narration."""
        body = self.body
        named = _NAME_TURN.match(body, p_start, p_end)
        if named and re.fullmatch(
            r"\s*[“\"][^“”\"]*[”\"]?\s*", body[named.end() : p_end]
        ):
            # "T.J. Roe: “We have mixed emotions.”": a statement list's name
            # before a quotation, which the quotation's reading attributes.
            return False
        if (
            named
            and re.match(r"(?:The|A|An)\s", named["who"])
            and len(body[p_start:p_end].split()) <= 12
            and not re.search(r"[.!?”\"]\s*$", body[p_start:p_end])
        ):
            # "The Weekly Brief: Floods in the Delta": a programme's title and
            # its episode's, no one's turn.
            return False
        question = _QUESTION_LABEL.match(body, p_start, p_end)
        if question is None:
            question = self._host_turn(p_start, p_end)
        if question is None and named and self._PAGE_own_service(named["who"]):
            # "VOA Creole: Ambassador, what is your reaction …?" on a VOA page:
            # the publisher's own service asks; its question is narration.
            question = named
        if question is None and self._interviewers:
            # "MR. SCHWEID: Is America safer now?" under "Interview With Barry
            # Schweid … of Associated Press": the interviewer's turn asks.
            turn = (
                _BARE_LABEL.match(body, p_start, p_end)
                or _ROLE_LABEL.match(body, p_start, p_end)
                or _NAME_TURN.match(body, p_start, p_end)
            )
            if turn and fold(turn["who"].split()[-1].strip(".")) in self._interviewers:
                question = turn
        named = _NAME_TURN.match(body, p_start, p_end)
        if named and named["who"].lower() in _NOT_SPEAKERS:
            named = None  # "Release Date: August 23, 2006": a header line
        if (
            named
            and named["who"].isupper()
            and len(named["who"]) > 3
            and not re.fullmatch(r"(?:[A-Z]\.\s?){2,3}", named["who"])  # "M.B.:"
        ):
            named = None  # "TOM FRIEDEN:", "MR. ROE:": a transcript's label below
        if named and _MODERATING.search(body, named.end(), p_end):
            # "Jane Roe: … I will turn the call over to Dr. Lee.": the host's
            # turn, not the guest's words.
            self._label_speaker = None
            return False
        if (
            named
            and not question
            and self._turns < 2
            and len(named["who"].split()) in (2, 3)
            and _FIRST_PERSON.search(body, named.end(), p_end)
            and re.search(rf"\b{re.escape(named['who'])}\b", body[:p_start])
        ):
            # "Michael Roe: We will put our doctors in those clinics." after
            # the story named him: his recorded words, a label of their own.
            speaker = self.speaker(named["who"], p_start)
            if speaker is not None and speaker.kind == "person":
                self._turn_words(named.end(), p_end, speaker, paragraph, index)
                return True
        if named and not question and self._turns >= 2:
            # An interview's turns: "Katie Roe: I'm from Perth.", "KR: Yeah! I
            # play for …", "A: …" under the crosshead that names the guest.
            speaker = self._interviewee(named["who"], p_start)
            if speaker is None and named["who"] in _ANSWER_LABELS:
                # "Mr. Roe: …" / "Q: …" / "A: …": a briefing's answer is the
                # official's whose label came last.
                speaker = self._answerer
            if speaker is not None:
                self._label_speaker, self._label_titled = speaker, False
                self._page_turn = False
                self._answerer = speaker
                self._turn_words(named.end(), p_end, speaker, paragraph, index)
                return True
            if not (
                _BARE_LABEL.match(body, p_start, p_end)
                or _ROLE_LABEL.match(body, p_start, p_end)
                or named["who"] in _ANSWER_LABELS
                or _titled_turn(named["who"])
            ):
                question = named  # "Matt: Hi Sue, could you explain …"
        if question:
            # "Q  Richard, can you tell us …", "QUESTION: …": a reporter's turn
            # ends the official's, and is read after its label.
            self._addressee, self._label_speaker = self._label_speaker, None
            self._page_turn = False
            spans = quotes(body, question.end(), p_end)
            for s_start, s_end in sentences(body, question.end(), p_end, spans):
                inside = [q for q in spans if s_start <= q.start < s_end]
                before = len(self.statements)
                self._sentence(s_start, s_end, inside, paragraph, index)
                if (
                    self._addressee is not None
                    and re.match(r"\s*(?:Q|QUESTION)\s*[:.]", body[p_start:p_end])
                    and body[p_start:p_end].rstrip().endswith("?")
                ):
                    # "He said the word “testing” came up": in a question to
                    # the spokesman, "he" is someone else; the one asked is
                    # "you".
                    self.statements[before:] = [
                        s
                        for s in self.statements[before:]
                        if s.speaker != self._addressee.name
                        or not re.search(
                            rf"\b(?:[Hh]e|[Ss]he)\s+(?:\w+\s+)?{re.escape(s.cue)}\b",
                            body[s_start:s_end],
                        )
                    ]
            self._addressee = None
            return True
        label = _BARE_LABEL.match(body, p_start, p_end) or _ROLE_LABEL.match(
            body, p_start, p_end
        )
        if label is None and named is not None and _titled_turn(named["who"]):
            label = named  # "Mr. Roe: Good afternoon.": an official's label
        if label is None:
            return False
        self._label_speaker = None  # a new turn; kept below only for a guest
        self._page_turn = False
        who = label["who"]
        if who.split()[0].lower() in _NARRATOR_LABELS or who.lower() in _NOT_SPEAKERS:
            return False
        surname = who.split()[-1]
        mentioned = [
            m
            for m in re.finditer(rf"\b{re.escape(surname)}\b", body, flags=re.I)
            if not (m.start() >= p_start and m.end() <= label.end())
            and not re.match(r"\s*:", body[m.end() :])
            and not m.group(0).isupper()
        ]
        # "DR. GERBERDING:", "SECRETARY ROE:", "MR. FLEISCHER:": an office's
        # title or an honorific in the label marks an official transcript's
        # speaker, whom it need not introduce; a programme's reporter is
        # labelled by the bare surname.
        first = who.split()[0].lower()
        titled = (
            first.strip(".") in _TITLES_AND_HONORIFICS
            # "SEN. ROE:", "SEC. ROE:", "AMB. ROE:": an office cut short.
            or first in _TITLES_AND_HONORIFICS
            or first.strip(".") in _SHORT_OFFICES
        )
        # "GOLDIN: Ever since …" opening the page, with only heading lines
        # before it: a statement's or a briefing's own transcript, which need
        # not introduce its speaker (a programme opens on its narration).
        opening = (
            all(
                len(body[a:b].split()) <= 12
                and (
                    not re.search(r"[.!?”\"]\s*$", body[a:b])
                    # "Washington, DC—(ENEWSPF)—November 12, 2013.": a dateline
                    # alone on its line, whose stop ends the date.
                    or re.search(rf"{_DATE_PARAGRAPH.pattern}\.?\s*$", body[a:b])
                )
                for a, b in self.paragraph_spans
                if b <= p_start
            )
            and not self._introduces_next(label.end())
        )
        if not (mentioned or titled or opening) or any(
            _CORRESPONDENT_BEFORE.search(body[max(0, m.start() - 60) : m.start()])
            or _CORRESPONDENT_AFTER.match(body, m.end())
            for m in mentioned
        ):
            return False  # "as we hear from VOA's Jessica Berman"
        if _MODERATING.search(body, label.end(), p_end) or (
            not opening and self._introduces_next(label.end())
        ):
            return False  # "MR. ROE: … I'll turn it over to the Secretary."
        found = self._label(who, label.start())
        if found is None:
            return False
        speaker, cue, via = found
        self._label_speaker = self._answerer = speaker
        first_turn = opening
        # An official transcript ("Department Press Briefing", "News
        # Transcript" heading it, or opening on a turn with no narration before
        # it) has no narration between its labels.
        opening = next(
            (body[a:b] for a, b in self.paragraph_spans if len(body[a:b].split()) > 12),
            "",
        )
        # A page opening on its speaker's label, "ANN ROE:  Good afternoon,
        # everyone.", with no narration before it, is that turn's transcript.
        page_opens = first_turn and all(
            # "Washington, DC—November 12, 2013." alone above it: a dateline.
            re.search(rf"{_DATE_PARAGRAPH.pattern}\.?\s*$", body[a:b])
            for a, b in self.paragraph_spans
            if b <= p_start
        )
        self._page_turn = page_opens
        self._label_titled = (
            page_opens
            or titled
            and (
                bool(_ANY_LABEL.match(opening))
                or any(
                    len(body[a:b].split()) <= 12
                    and re.search(
                        r"\b(?:Briefing|Transcript|Press Conference)\b", body[a:b]
                    )
                    for a, b in self.paragraph_spans
                    if b <= p_start
                )
            )
        )
        self._quote_sentences(
            label.end(), p_end, speaker, cue, via, paragraph, index, drop=" ,;:—–-"
        )
        return True

    def _person_in_mixed_case(self, name: list[str], position: int) -> Speaker | None:
        """The person the words ``name`` of a heading or a label name, in mixed
        case where the text sets the name in capitals ("ANN ROE" → "Ann
        Roe"); none if they name no person."""
        found = self.speaker(" ".join(name), position)
        if found is None or found.kind != "person":
            return None
        if found.name.isupper():
            return Speaker(_title_case(found.name), found.kind, found.role)
        return found

    def _lone_guest(self, label: str, position: int) -> Speaker | None:
        """The person a lone label names as a programme's guest, with an office
        before the name or a role after it ("President Ann Lee:", "ANN LEE,
        Director, Harbor Institute:"); not its narrator, its host or its own
        correspondents ("ANN ROE, VOA Correspondent:"), nor anyone unnamed."""
        label = label.rstrip(":").strip()
        who, _, role = (part.strip() for part in label.partition(","))
        if who.isupper():
            who = _title_case(who)
        words = fold(label).replace(",", " ").split()
        if words[0] in ("the", "a", "an") or any(
            w in _NARRATOR_LABELS or w in ("unidentified", "unknown") for w in words
        ):
            return None
        if self.publisher and any(
            re.search(rf"\b{re.escape(own)}\b", fold(role))
            for own in (
                self.publisher,
                "".join(w[0] for w in self.publisher.split()),
            )
        ):
            return None  # "ANN ROE, VOA White House bureau chief:"
        name, title = _split_title(who.split())
        if not (
            (role or title)
            and 2 <= len(name) <= 4
            and all(_capitalised(t) and not _organisation_word(t) for t in name)
        ):
            return None
        return self._person_in_mixed_case(name, position)

    def _introduces_next(self, position: int) -> bool:
        """Whether the turn from ``position`` names the speaker of the next
        turn's label ("Our first speaker is Dr. Ann Roe." then "DR. ANN ROE:",
        "I'll bring up Secretary Roe." then "Jane Roe (Secretary):"): a host
        who introduces the speakers, not one of them."""
        body = self.body
        for a, b in self.paragraph_spans:
            if a <= position:
                continue
            if _QUESTION_LABEL.match(body, a, b):
                # "Q Ms. Roe, do you …" between: the turn ended with a
                # reporter's question, which names whom it asks, not a host.
                return False
            label = (
                _BARE_LABEL.match(body, a, b)
                or _ROLE_LABEL.match(body, a, b)
                or _NAME_TURN.match(body, a, b)
            )
            if label is None:
                continue
            who = label["who"].split()
            if not who or who[0].strip(".").lower() in _NARRATOR_LABELS:
                continue
            words = [
                w.strip(".")
                for w in who
                if w.lower().strip(".") not in ("one", "two", "three", "four", "five")
                and not w.strip(".").isdigit()
            ]
            if not words or len(words[-1]) < 3:
                return False
            surname = words[-1]
            if surname.lower() in _COMMON_HEADS:
                # "SENIOR ADMINISTRATION OFFICIAL:" after "… attributable to
                # senior administration officials": the host said who speaks.
                return (
                    re.search(rf"\b{re.escape(surname)}s?\b", body[position:a], re.I)
                    is not None
                )
            surname = surname.capitalize() if surname.isupper() else surname
            if len(body[position:a].split()) > _HOST_TURN_WORDS:
                # "My name is Ann Roe. … I was over there myself … So without
                # further ado, General Lee.": a turn of its own length that
                # ends by handing over is a speech, not a host's introduction.
                return False
            return re.search(rf"\b{re.escape(surname)}\b", body[position:a]) is not None
        return False

    def _interviewee(self, who: str, position: int) -> Speaker | None:
        """The guest an interview's turn label names: a person the article
        names in full ("Katie Roe:"), by initials ("KR:") or by an honorific
        and the surname ("Mr. Roe:"), or, for an answer
        ("A:"), the guest named by the crosshead above it."""
        if who in _ANSWER_LABELS:
            for a, b in reversed(self.paragraph_spans):
                crosshead = self.body[a:b].strip()
                if b <= position and re.fullmatch(
                    r"(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]+", crosshead
                ):
                    return self.speaker(crosshead, a)
            return None
        label = who.split()
        if len(label) == 2 and label[0].lower().strip(".") in _TITLES_AND_HONORIFICS:
            # "Mr. Lund:", "Dr. Roe:": an honorific and the guest's surname.
            person = self.person_by_surname(label[1], position)
            if person is not None:
                return Speaker(person.name, "person", person.role)
        if len(label) == 1:
            # "Roe:" after "Dr. Ann Roe, who led the survey, says …": the
            # guest the narration named in full — not the programme's own
            # reporter ("VOA's Ann Roe reports").
            person = self.person_by_surname(label[0], position)
            mentions = (
                [
                    m
                    for m in re.finditer(re.escape(person.name), self.body)
                    if not re.match(r"\s*:", self.body[m.end() :])
                ]
                if person is not None
                else []
            )
            if mentions and not any(
                _CORRESPONDENT_BEFORE.search(
                    self.body[max(0, m.start() - 60) : m.start()]
                )
                or _CORRESPONDENT_AFTER.match(self.body, m.end())
                for m in mentions
            ):
                return Speaker(person.name, "person", person.role)
            if person is None:
                # "Anne:" after the host named "Dr. Anne Roe": the one person
                # the page names with that given name.
                given = [
                    p
                    for p in self.persons
                    if len(p.name.split()) >= 2
                    and p.name.split()[0] == label[0]
                    and p.position < position
                ]
                if len({p.name for p in given}) == 1 and not any(
                    _CORRESPONDENT_BEFORE.search(
                        self.body[max(0, m.start() - 60) : m.start()]
                    )
                    or _CORRESPONDENT_AFTER.match(self.body, m.end())
                    for m in re.finditer(re.escape(given[0].name), self.body)
                ):
                    return Speaker(given[0].name, "person", given[0].role)
        for person in self.persons:
            words = person.name.split()
            # "KR:", "M.B.:": the initials of the guest's name.
            if len(words) >= 2 and (
                who == person.name
                or re.sub(r"[.\s]", "", who)
                == "".join(w[0] for w in words if w[0].isupper())
            ):
                if any(
                    _CORRESPONDENT_BEFORE.search(
                        self.body[max(0, m.start() - 60) : m.start()]
                    )
                    for m in re.finditer(re.escape(person.name), self.body)
                    if not re.match(r"\s*:", self.body[m.end() :])
                ):
                    # "Van Susteren:" after "an interview with VOA Contributor
                    # Greta Van Susteren": the programme's own voice.
                    return None
                return Speaker(person.name, "person", person.role)
        return None

    def _emit(self, statement: Statement) -> None:
        if re.match(
            r"[Tt]here\s+(?:has\s+been|had\s+been|have\s+been|is|was|were|are)\s",
            statement.speaker,
        ):
            # "There has been no official comment on the visit": an
            # existential sentence names no one, and its noun ("comment") is
            # no verb of saying.
            return
        if re.fullmatch(r"point(?:s|ed|ing)?\s+(?:to|at)", statement.cue) and re.search(
            r"\b(?:(?:feet|foot|yards?|meters?|metres?|miles?|inches)\s+(?:away|off|below"
            r"|above|ahead|behind)|nearby|in\s+the\s+distance|(?:behind|beside|below|above)"
            r"\s+(?:him|her|them|us|me)|on\s+the\s+(?:map|screen|ground|wall|floor|horizon))"
            r"\s*[.!]?\s*$",
            statement.text,
        ):
            # "Roe pointed to a shallow grave a few feet away.": a gesture at a
            # place, not a point made.
            return
        if self._addressee is not None and re.fullmatch(
            r"you(?:[’']ve)?", statement.speaker.strip(), flags=re.I
        ):
            # "You've previously praised RC East as a success story." in a
            # reporter's question: "you" is the official questioned.
            statement.speaker = self._addressee.name
            statement.speaker_kind = self._addressee.kind
            statement.speaker_role = self._addressee.role
        if statement.speaker in (
            "some",
            "many",
            "most",
            "several",
        ) and not re.fullmatch(
            r"say|says|said|believe|believes|believed|argue|argues|argued|think"
            r"|thinks|thought|fear|fears|feared|claim|claims|claimed|insist|insists"
            r"|insisted|warn|warns|warned|point\s+to|suggest|suggests|suggested",
            statement.cue,
        ):
            # "Some reports state …", "some found the machines broken": the
            # quantifier heads a noun or an act, no group's saying.
            return
        if re.match(
            r"(?:you|we|I|he|she|they)\s+\S.*\s(?:that|which)\s", statement.speaker
        ):
            # "you probably noticed that during the emergency the media": a
            # clause of the speaker's own read as the subject of its verb.
            return
        if re.match(r"(?:which|whom)\s", statement.speaker, flags=re.I):
            # "the rebels, whom the army blames for …": a relative pronoun
            # opens no speaker's name (the relative clause's own rule reads it).
            return
        if re.search(r"\s(?:that|which)$", statement.speaker):
            # "The president called the Coast Guard the elite force that
            # defends …": a relative pronoun ends no speaker's name; the verb
            # is the relative clause's.
            return
        if (
            not statement.is_direct_quote
            and re.match(r"(?:tell|tells|told|telling)\b", statement.cue)
            and re.match(r"(?:who|whose)\s", statement.text)
            and re.search(
                r",\s*$", self.body[max(0, statement.start - 3) : statement.start]
            )
        ):
            # "…,” Trump told Zukunft, who has 45 years of service.": a
            # relative clause on the listener is no report.
            return
        if re.search(r"\s(?:for|of|to|with|from|by|the|a|an)$", statement.speaker):
            # "Ann Lee is calling for continued protests": a speaker's name
            # never ends on a preposition; the verb was an adjective.
            return
        if re.fullmatch(
            # "Q I thought …": a turn's label before the pronoun is no name.
            r"(?:(?:Q|A|QUESTION|ANSWER)\s*:?\s+)?(?:i|we|me|us|you)",
            statement.speaker.strip(),
            flags=re.I,
        ):
            # "And I think …" outside quotation marks: the words of a quotation
            # whose marks went astray, never the narrator named "I".
            return
        if (
            self._is_publisher(statement)
            and statement.cue != "statement"
            # "The SEC alleges that …" in an SEC release: an allegation is a
            # formal statement to a court, not the release's own narration.
            and not statement.cue.startswith("alleg")
        ):
            # "The SEC announced …" in an SEC release, "told VOA Sports" read
            # as the speaker: the publisher's own voice is narration.
            return
        if statement.cue.rstrip().endswith(":") and self._PAGE_own_service(
            statement.speaker
        ):
            # "VOA Creole: Ambassador, Haiti is facing a crisis." on a VOA
            # page: the publisher's own service asks, in its own voice.
            return
        if (
            self.publisher
            and statement.speaker_kind != "person"
            and self.publisher in fold(statement.speaker)
            and re.search(
                r"\b(?:reporters?|correspondents?|journalists?|staff|editors?)\b",
                statement.speaker,
                flags=re.I,
            )
        ):
            return  # "a Wikinews reporter noted …": the publisher's own reporting
        if (
            statement.speaker_kind == "media_outlet"
            and fold(statement.speaker) != self.publisher
        ):
            self.last_relay = statement.speaker
            self.last_relay_paragraph = statement.paragraph
        if statement.via and statement.via not in _PLATFORM_NAMES:
            # (A platform carries its own user's words, no one else's.)
            self.last_relay = statement.via
            self.last_relay_paragraph = statement.paragraph
        if re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", statement.speaker):
            # "the U.N. said": initials keep their last point ("U.N.", not
            # "U.N"), however the phrase was trimmed.
            statement.speaker += "."
        initials = re.search(r"\b((?:[A-Z]\.){2,4})(?=\s)", statement.speaker)
        if initials:
            # "United Nations agencies say … The U.N. agencies say …": the
            # initials of a name the article spelled out for the same source.
            letters = initials[1].replace(".", "")
            spelled = r"\s+".join(rf"{c}[a-z]+" for c in letters)
            pattern = re.compile(
                re.escape(statement.speaker[: initials.start()])
                + spelled
                + re.escape(statement.speaker[initials.end() :])
            )
            for earlier in reversed(self.statements):
                if pattern.fullmatch(earlier.speaker):
                    statement.speaker = earlier.speaker
                    break
        self._name_the_denier(statement)
        self._name_the_description(statement)
        if any(
            (s.start, s.end, s.speaker)
            == (statement.start, statement.end, statement.speaker)
            for s in self.statements[-4:]
        ):
            return  # the same words of the same speaker, read twice
        self.statements.append(statement)
        if statement.is_direct_quote:
            self._quoted_inside(statement)

    def _name_the_denier(self, statement: Statement) -> None:
        """ "Israel blames the attack on Hamas, which rules Gaza. It denies the
        charge.": a pronoun that denies an accusation made in the sentence
        just before is the accused, not the accuser."""
        if statement.is_direct_quote:
            return
        denial = re.match(
            r"(?P<pronoun>It|He|She|They)\s+(?:(?:also|has|have|strongly|flatly"
            r"|again)\s+)*den(?:y|ies|ied)\b",
            self.body[statement.start : statement.end],
        )
        if denial is None or not statement.cue.startswith("den"):
            return
        before = self.body[max(0, statement.start - 300) : statement.start]
        previous = re.split(r"(?<=[.!?])\s+(?=[A-Z])", before.rstrip())[-1]
        accused = re.search(
            r"\b(?:blam(?:es|ed|e|ing)\s+[^.;:]{1,80}?\s+on|accus(?:es|ed|e|ing)"
            r"|charg(?:es|ed)|suspect(?:s|ed))\s+(?P<who>(?:the\s+)?(?:[A-Z][\w’'.\-]*"
            r"\s+){0,4}[A-Z][\w’'.\-]*|him|her|them)(?=[\s,.;])",
            previous,
        )
        if accused is None or accused["who"] in ("him", "her", "them"):
            return
        position = statement.start - len(before) + before.index(previous)
        who = self.speaker(accused["who"], position + accused.start("who"))
        if who is None or fold(who.name) == fold(statement.speaker):
            return
        person = who.kind == "person" and len(who.name.split()) >= 2
        if denial["pronoun"] in ("He", "She") and who.kind != "person":
            return
        if denial["pronoun"] == "It" and person:
            return  # "It" is never Tom Berg; a one-word "Hamas" may be a body
        statement.speaker, statement.speaker_kind = who.name, who.kind
        statement.speaker_role = who.role

    def _quoted_inside(self, statement: Statement) -> None:
        """A quotation in single marks inside someone's words, credited to
        another right after it ("… to make 'fair housing … part of the
        American way of life,' as President Johnson said in 1968"): that
        person's statement too."""
        for inner in _QUOTED_AS_SAID.finditer(
            self.body, statement.start, statement.end
        ):
            who = self.speaker(inner["who"], inner.start("who"))
            if who is None or fold(who.name) == fold(statement.speaker):
                continue
            a, b = trim(
                self.body, inner.start("words"), inner.end("words"), drop=" ,;:"
            )
            nested = self._reported(a, b, who, inner["verb"], quote=True)
            nested.sentence, nested.paragraph = statement.sentence, statement.paragraph
            self.statements.append(nested)

    def _name_the_description(self, statement: Statement) -> None:
        """ "A provincial government spokesman told VOA …" then, opening the
        next sentence, a full name the article has not given before and does
        not describe ("Omar Haidari dismissed …"): the name is the
        described person's, and the description's statements are theirs.
        A lead may also describe with "the" ("The woman chosen to run the
        agency says …"), and the next sentence may give the name with a title
        or introduce it without a statement ("Dr. Jane Roe, the agency's
        director, spoke to reporters."), the statements coming after it."""
        if statement.speaker_kind != "person" or len(statement.speaker.split()) < 2:
            return
        previous = [s for s in self.statements if s.end <= statement.start]
        if not previous:
            return
        last = previous[-1]
        description = last.speaker_role or ""
        lead = all(s.speaker == last.speaker for s in previous)
        if not (
            re.match(r"(?:A|An|a|an)\s+[a-z]", description)
            or (lead and re.match(r"The\s+[a-z]", description))
        ) or not (
            last.speaker_kind in ("person", "anonymous")
            and (
                fold(description).split()[-1] in lx.ROLE_NOUNS | _EXPERT_NOUNS
                # "The woman chosen to lead the agency": its head is a person.
                or fold(description).split()[1] in ("man", "woman")
            )
        ):
            return
        name = re.escape(statement.speaker)
        first = re.search(rf"\b{name}\b", self.body)
        if first is None:
            return
        opening = first.start()
        title = re.search(r"[A-Z][a-z]+\.?\s+$", self.body[:opening])
        if title and fold(title[0]).strip(" .") in _TITLES_AND_HONORIFICS:
            opening = title.start()  # "… Admiral Jane Roe"
        if opening <= last.start:
            return  # named before the description spoke
        stop = re.search(r"[.!?][”\"]?\s*$", self.body[last.start : opening])
        if stop is None:
            return  # the name not a sentence's opening
        stop = last.start + stop.start()
        gap = self.body[min(last.end, stop) : stop]
        if len(gap) > 200 or re.search(r"[.!?]\s", gap):
            return  # not the very next sentence
        if (
            re.match(r"\s*,", self.body[first.end() :])
            and statement.sentence <= last.sentence + 1
        ):
            return  # "Jane Roe, a resident, said": a new person, described
        for earlier in previous:
            if earlier.speaker == last.speaker and earlier.speaker_role == description:
                earlier.speaker = statement.speaker
                earlier.speaker_kind = "person"
                if earlier.start < stop < earlier.end:
                    # The description's words end where the named person's
                    # introduction begins.
                    earlier.end = trim(self.body, earlier.start, stop, drop=" ")[1]
                    earlier.text = self.body[earlier.start : earlier.end]

    def _sentence(self, s_start, s_end, inside, paragraph, index) -> None:
        self._sentence_rules(s_start, s_end, inside, paragraph, index)
        for statement in self._nested(s_start, s_end):
            statement.sentence = index
            statement.paragraph = paragraph
            self._emit(statement)
        self._emit_findings(s_start, s_end, paragraph, index)

    def _emit_findings(self, s_start, s_end, paragraph, index) -> None:
        for statement, outer in self._findings(s_start, s_end):
            statement.sentence = index
            statement.paragraph = paragraph
            self._emit(statement)
            # The words go on being the speaker's, not the document's: "“The
            # report shows that … It is a wake-up call.”" keeps its speaker.
            self.statements.remove(outer)
            self.statements.append(outer)

    def _findings(self, s_start, s_end) -> list[tuple[Statement, Statement]]:
        """ "“The report shows that jobs are back,” she said", "He says the
        company's study found sales fell": a document's finding inside another
        speaker's statement, with the statement it is nested in."""
        found = []
        for match in [
            *_FINDING.finditer(self.body, s_start, s_end),
            *_ALLEGATION.finditer(self.body, s_start, s_end),
        ]:
            # "As alleged in today's indictment": the document by its head noun.
            groups = match.groupdict()
            document = groups.get("after") or groups.get("before") or groups["noun"]
            noun = document.split()[-1].lower()
            outer = [
                s
                for s in self.statements
                if s.start <= match.start() < s.end
                and fold(s.speaker).split()[-1:] != [noun]
            ]
            if not outer:
                continue
            # The finding ends with the words it is nested in: "“…,” she said".
            a, b = self._nested_clause(match.end(), min(s_end, outer[-1].end))
            if b - a < 15:
                continue
            if any(
                abs(s.start - a) < 3 and fold(s.speaker).split()[-1:] == [noun]
                for s in self.statements
            ):
                continue
            speaker = Speaker(noun, "organisation", "")
            cue = match["verb"] or "As alleged in"
            found.append((self._reported(a, b, speaker, cue), outer[-1]))
        return found

    def _fronted_saying(self, s_start, s_end) -> list[Statement]:
        """ "Saying that the storm may come early, Governor Roe called on
        lawmakers to act": the participle's clause, fronted, is said by the
        subject of the sentence's main verb."""
        match = _FRONTED_SAYING.match(self.body, s_start, s_end)
        if match is None or not (
            match["that"]
            or _clause_like(match["clause"])
            or re.match(r"(?:if|when|unless)\s", match["clause"])
        ):
            return []  # "Noting the long lines, the mayor …": no clause
        speaker = self.speaker(match["who"], match.start("who"))
        if speaker is None:
            return []
        a, b = trim(self.body, match.start("clause"), match.end("clause"), drop=" ,;:")
        if any(s.start <= a < s.end for s in self.statements):
            return []
        return [self._reported(a, b, speaker, match["verb"])]

    def _which_they_say(self, s_start, s_end) -> list[Statement]:
        """A relative clause that reports its subject's view of the noun it
        follows: "a nuclear weapon, which Iran's leaders say they do not want",
        "what European leaders say is a giant step": the subject's statement,
        in place of a report read from the clause's verb alone."""
        found = []
        for match in _WHICH_SAY.finditer(self.body, s_start, s_end):
            who = match["who"]
            bare = match["that"] and not re.search(
                r"(?:^|\s)(?:a|an|the)\s", match["rel"]
            )
            noun = match["rel"].split()[-2] if bare else ""
            if bare and (
                (
                    who.lower() not in _QUANTIFIERS
                    # "the election that critics say was fraudulent": a group
                    # by its plural.
                    and fold(who) not in _PEOPLE_PLURAL | lx.ANONYMOUS_HEADS | _SIDES
                )
                or _VERB_RE.fullmatch(noun)
                or noun.endswith(("ed", "ing"))
                or noun in lx.SPEECH_VERBS
            ):
                # "new headquarters that some said project …": a bare plural
                # before "that" only with a quantifier ("some", "many") after
                # it; "argued that critics say …" is a verb's clause.
                continue
            speaker = (
                Speaker(who, "anonymous", who)
                if who.lower() in _QUANTIFIERS
                else self.speaker(who, match.start("who"))
            )
            if speaker is None or who.lower() in {*lx.PRONOUNS, "i", "we", "you"}:
                continue  # "which he said was sent": the pronoun's own reading
            start = match.start("what") if match["what"] else match.start("rel")
            if match["that"]:
                start = match.start("that")
            a, b = trim(self.body, start, match.end("rest"), drop=" ,;:")
            # The clause after the verb, read as a report of a wrong subject.
            self.statements = [
                s
                for s in self.statements
                if not (match.start("verb") <= s.start <= match.start("rest") + 2)
            ]
            found.append(self._reported(a, b, speaker, match["verb"]))
        return found

    def _subject_before(self, s_start: int, verb_start: int) -> Speaker | None:
        """Whom the subject before a verb names. A pronoun is read where it
        stands, after the sentence's own subject, not from the sentence's
        start ("Ann Roe was in Ohio, repeating that he was joking when he
        called …")."""
        chunk = self._subject_chunk(self.body[s_start:verb_start])
        if not chunk:
            return None
        at = self.body.rfind(chunk, s_start, verb_start)
        return self.speaker(chunk, at if at >= 0 else s_start)

    def _made_claim(self, s_start, s_end, found) -> list[Statement]:
        """ "Guobadia made the formal announcement that …", "repeated her
        claim that …", "gave assurances that …": a statement made as a noun,
        whose clause is the subject's."""
        body = self.body
        made = []
        for match in _MADE_CLAIM.finditer(body, s_start, s_end):
            if self._in_quotation(match.start()):
                continue
            start = match.end()
            if any(s.start <= start < s.end for s in [*self.statements, *found, *made]):
                continue  # already someone's words
            speaker = self._subject_before(s_start, match.start())
            if speaker is None:
                continue
            a, b = trim(body, start, s_end, drop=" ,;:.")
            if b - a < 10:
                continue
            cue = re.sub(r"\s+that\s*$", "", " ".join(match.group(0).split()))
            made.append(self._reported(a, b, speaker, cue))
        return made

    def _claims_to(self, s_start, s_end, found) -> list[Statement]:
        """ "She claims to suffer from a rare bone disease", "The hikers
        claimed to be hiking alone": a claim about oneself, in an infinitive;
        "Ann Roe is reported to have said …": words reported second-hand."""
        body = self.body
        match = _CLAIMS_TO.search(body, s_start, s_end) or _REPORTED_TO_HAVE.search(
            body, s_start, s_end
        )
        if match is None or self._in_quotation(match.start()):
            return []
        if re.match(
            r"to\s+be\s+(?:the|a|an|his|her|their)\s+[\w\-]+(?:\s+[\w\-]+)?\s+"
            rf"(?:[a-z]+ed|{_IRREGULAR_PAST})\b",
            body[match.start("rest") : s_end],
        ):
            # "A man claimed to be the owner arrived at the gate": a reduced
            # relative clause on the subject, whose own verb follows.
            return []
        if any(
            s.start <= match.start("rest") < s.end for s in [*self.statements, *found]
        ):
            return []
        speaker = self._subject_before(s_start, match.start())
        if speaker is None:
            return []
        a, b = trim(body, match.start("rest"), s_end, drop=" ,;:.")
        return [self._reported(a, b, speaker, match["verb"])]

    def _described_by(self, s_start, s_end) -> list[Statement]:
        """ "The explosion, described as small by embassy spokesman Filip La
        Rosa, …", "… were described by Johnson as a “historic mandate”": a
        description whose agent is named is the agent's statement."""
        body = self.body
        found = []
        for match in _DESCRIBED_BY.finditer(body, s_start, s_end):
            if self._in_quotation(match.start()):
                continue
            speaker = self.speaker(match["who"] or match["who2"], match.start())
            if speaker is None:
                continue
            a, b = trim(body, s_start, match.end(), drop=" ,;:.")
            found.append(self._reported(a, b, speaker, "described as"))
        return found

    def _document_which(self, s_start, s_end) -> list[Statement]:
        """ "heartened by a recently released State Department human rights
        report, which accused the government of …": a document described in
        the sentence, then what it said in its relative clause — the
        document's statement, nested in the sentence's."""
        body = self.body
        found = []
        for match in _DOCUMENT_WHICH.finditer(body, s_start, s_end):
            if self._in_quotation(match.start()):
                continue
            np = match["np"] or re.sub(r"\s+(?:in|of|from|for)\s+.*$", "", match["np2"])
            owner = re.match(r"(?:the\s+)?((?:[\w\-]+\s+){0,3}?[\w\-]+)[’']s?\s", np)
            # "the ministry's audit, which found …": the ministry's finding.
            speaker = (
                self.speaker(owner[1], s_start) if owner else None
            ) or self.speaker(np, s_start)
            if speaker is None:
                continue
            end = re.search(r"[;.!?](?=[\s”\"]|$)", body[match.end() : s_end])
            b = match.end() + end.start() if end else s_end
            a, b = trim(
                body, match.start("np" if match["np"] else "np2"), b, drop=" ,;:."
            )
            if b - match.end() < 10:
                continue
            found.append(self._reported(a, b, speaker, match["verb"] or match["verb2"]))
        return found

    def _nested(self, s_start, s_end) -> list[Statement]:
        """Statements reported inside another: "a lawsuit alleging that …",
        "welcomed what he called the "peaceful conduct" of the vote"."""
        body = self.body
        found = []
        for match in _WHAT_CALLED.finditer(body, s_start, s_end):
            speaker = None
            if re.match(r"(?:the|a|an|some|many)\s", match["who"]) and match[
                "verb"
            ].startswith(("descr", "term")):
                continue  # "what the WHO describes as probable cases": a definition
            if (
                match["verb"].startswith("consider")
                and re.fullmatch(
                    r"rebels|[a-z]{3,}(?:ers|ors|ists|ians|ants|ents)", match["who"]
                )
                and not re.fullmatch(
                    r"officials?|experts?|analysts?|critics?|observers?|diplomats?"
                    r"|activists?|authorities|police|residents",
                    match["who"],
                )
            ):
                # "what researchers considered an acceptable error rate": a
                # standard they hold, not words they said.
                continue
            inside = [
                s
                for s in self.statements
                if s.start <= match.start() < s.end
                and s.speaker_kind in ("person", "anonymous")
            ]
            if inside and match["who"].lower() in ("he", "she"):
                # "X says he is concerned about what he called …": X's words.
                last = inside[-1]
                speaker = _speaker_of(last)
            elif match["who"].lower() in lx.PRONOUNS:
                # "Ban Ki-moon welcomed what he called …": the pronoun is the
                # clause's own subject, before its verb.
                before = re.sub(
                    r"\s+(?:against|about|of|for|on|to|at|with|by)\s*$",
                    "",
                    body[s_start : match.start()].rstrip(),
                )
                # "the rebels have been fighting against what they say is …".
                verb = re.search(
                    r"\s+(?:(?:has|have|had)\s+been\s+|(?:is|are|was|were)\s+)?"
                    r"(?:[a-z]+(?:ed|s)|(?<=been\s)[a-z]+ing|(?<=[es]\s)[a-z]+ing"
                    rf"|{_IRREGULAR_PAST})\s*$",
                    before,
                )
                if (
                    verb
                    and verb.group(0).strip().endswith("ing")
                    and match["verb"].startswith("consider")
                ):
                    verb = None  # "is employing what it considers …": a view
                if verb is None:
                    # "urged the world to monitor what she called …", "resigned
                    # to protest what he called fraud", "had what he called …":
                    # the subject of the finite verb the infinitive hangs on.
                    verb = _INFINITIVE_CHAIN.search(before)
                chunk = self._subject_chunk(before[: verb.start()]) if verb else None
                if chunk and chunk.lower() not in lx.PRONOUNS:
                    speaker = self.speaker(chunk, s_start)
                elif (
                    verb is None
                    and match["who"].lower() in ("he", "she")
                    and re.match(
                        r",\s+[“\"]", body[match.end("verb") : match.end() + 1]
                    )
                ):
                    # "… is being held in what she calls, “a hostile climate”":
                    # no verb of the sentence's before; "she" as anywhere.
                    speaker = self.speaker(match["who"], match.start("who"))
            else:
                speaker = self.speaker(match["who"], match.start("who"))
            if speaker is None or re.match(_NAMING, body[match.end() : s_end]):
                continue  # "what it calls a Consumer Privacy Bill of Rights"
            end = re.search(
                r"[,;:.!?](?=[\s”\"]|$)|\s+(?:and|but|as|after|because)\s",
                body[match.end() : s_end],
            )
            b = match.end() + end.start() if end else s_end
            if b + 1 < s_end and body[b] in ".,;:!?" and body[b + 1] in '”"':
                b += 2  # “electric ambiance.”
            a, b = trim(body, match.start(), b, drop=" ,;:")
            if any(
                s.start <= a < s.end and fold(s.speaker) == fold(speaker.name)
                for s in self.statements
            ):
                continue
            if match["verb"] in ("said", "says", "say"):
                # "… despite what the party said was provocation": the clause
                # after "said" is the party's, no report of the sentence's
                # subject read from the same verb.
                self.statements = [
                    s
                    for s in self.statements
                    if not (match.start("verb") <= s.start <= match.end() + 2)
                ]
                found = [
                    s
                    for s in found
                    if not (match.start("verb") <= s.start <= match.end() + 2)
                ]
            found.append(self._reported(a, b, speaker, match["verb"]))
        found.extend(self._nested_report(s_start, s_end))
        found.extend(self._which_accused(s_start, s_end, found))
        found.extend(self._fronted_saying(s_start, s_end))
        found.extend(self._says_of_noun(s_start, s_end, found))
        found.extend(self._which_they_say(s_start, s_end))
        found.extend(self._document_which(s_start, s_end))
        found.extend(self._made_claim(s_start, s_end, found))
        found.extend(self._claims_to(s_start, s_end, found))
        found.extend(self._described_by(s_start, s_end))
        for match in _WHICH_VIEWS.finditer(body, s_start, s_end):
            # "Taiwan, which Beijing sees as part of its territory": the view
            # of the one named in the relative clause, about the noun before.
            if self._in_quotation(match.start()):
                continue
            speaker = self.speaker(match["who"], match.start("who"))
            if speaker is None:
                continue
            end = re.search(r"[,;:.!?](?:\s|$)", body[match.end() : s_end])
            a, b = trim(
                body,
                match.start("which"),
                match.end() + end.start() if end else s_end,
                drop=" ,;:.",
            )
            if b - a < 15 or any(abs(s.start - a) < 3 for s in self.statements + found):
                continue
            found.append(self._reported(a, b, speaker, match["verb"]))
        for match in _OWNED_REMARKS.finditer(body, s_start, s_end):
            # "said the Afghan president's remarks accusing foreigners of
            # fraud are troubling": the remarks' charge is their owner's.
            if self._in_quotation(match.start()):
                continue
            rest = body[match.start("verb") : s_end]
            stop = re.search(
                r",|;|\s(?:is|are|was|were|has|have|had|will|would|could|did"
                r"|remain|remains|drew|sparked|prompted)\b|[.!?](?:\s|$)",
                rest,
            )
            a, b = trim(
                body,
                match.start("verb"),
                match.start("verb") + (stop.start() if stop else len(rest)),
                drop=" ,;:.",
            )
            speaker = self.speaker(match["owner"], match.start("owner"))
            if speaker is None or speaker.kind != "person" or b - a < 15:
                continue
            if any(abs(s.start - a) < 3 for s in self.statements + found):
                continue
            found.append(self._reported(a, b, speaker, match["verb"]))
        for match in _CLAIM_THAT.finditer(body, s_start, s_end):
            # "denied Jan Roe's report that …", "refuted recent reports that
            # …": the claim the sentence answers, its owner's statement.
            a, b = self._nested_clause(match.end(), s_end)
            if match["owner"]:
                speaker = self.speaker(match["owner"], match.start("owner"))
            elif match["by"]:
                speaker = self.speaker(match["by"], match.start("by"))
            else:
                speaker = Speaker(match["reports"].lower(), "organisation", "")
            verb = match["noun"] or match["plural"] or match["by_noun"]
            if speaker is None or b - a < 15:
                continue
            if any(abs(s.start - a) < 3 for s in self.statements + found):
                continue
            found.append(self._reported(a, b, speaker, verb))
        for match in _NESTED.finditer(body, s_start, s_end):
            # "the indictment returned on Nov. 13, 2020, alleging …", "a
            # complaint against a ranch of Millbrook, Ohio, alleging …": a date's
            # or a place's commas do not end the document's description.
            mid = re.sub(
                r"\([^)]*\)|\b\d{1,2},\s+\d{4},?|\bof\s+[A-Z][\w\-]+,\s+[A-Z][\w.]+,?",
                "",
                match["mid"],
            )
            if "," in mid or len(mid.split()) > 15:
                continue
            subject = re.search(
                r"(?:\b(?P<name>[A-Z][\w’'\-]+)|\b(?:he|she|who))\s+$",
                body[s_start : match.start("noun")],
            )
            if match["noun"].lower() in ("reports", "posts", "suits", "petitions") and (
                (
                    subject
                    and (
                        subject["name"] is None
                        or self.person_by_surname(subject["name"], match.start())
                    )
                )
                or re.search(r"\b(?:is|are|was|were)\s*$", mid)
            ):
                # "Ann Lee reports the miners are claiming to have …": a verb
                # after its subject, not a report's noun; what is claimed is
                # the miners'.
                continue
            a, b = self._nested_clause(match.end(), s_end)
            if b - a < 15:
                continue
            outlet = _NESTED_OUTLET.search(mid)
            if outlet:
                speaker = Speaker(
                    outlet.group(1).strip(), "media_outlet", match["noun"]
                )
            else:
                speaker = Speaker(match["noun"].lower(), "organisation", "")
            if any(
                s.start <= a < s.end
                and fold(s.speaker) == fold(speaker.name)
                or abs(s.start - a) < 3
                for s in self.statements
            ):
                continue
            found.append(self._reported(a, b, speaker, match["verb"]))
        return found

    def _says_of_noun(self, s_start, s_end, found) -> list[Statement]:
        """ "the scandal that he says has tainted his career": the noun and
        the relative clause after it are the pronoun's statement."""
        body = self.body
        result = []
        for match in _SAYS_OF_NOUN.finditer(body, s_start, s_end):
            if self._in_quotation(match.start()):
                continue
            # The noun phrase the clause is about: back to its determiner, or
            # its last word when it has none.
            before = body[s_start : match.start()]
            spans = list(re.finditer(r"[\w’'\-]+|,", before))
            words = [w[0].lower() for w in spans]
            if words and words[-1] in ("which", "that"):
                words.pop()
            if words and words[-1] == ",":
                words.pop()
            width = 1 if words and words[-1].isalpha() else 0
            for back in range(1, min(6, len(words)) + 1):
                token = words[-back]
                if token in _NOUN_STOPS or token == "," or token in lx.PRONOUNS:
                    break
                if token in lx.DETERMINERS or token in ("his", "her", "its", "their"):
                    width = back
                    break
            a = s_start + spans[len(words) - width].start() if width else None
            if match.group(0).startswith("what"):
                a = match.start()
            if a is None:
                continue
            speaker = None
            verb = re.search(
                r"\s+[a-z]+(?:ed|s)(?:\s+(?:against|about|of|for|on|to|at|with|by))?\s*$",
                body[s_start:a],
            )
            chunk = (
                self._subject_chunk(body[s_start:a][: verb.start()]) if verb else None
            )
            if chunk and chunk.lower() not in lx.PRONOUNS:
                # "Twitter user @roe shared this photo, which he said was
                # sent …": the pronoun is the sentence's own subject.
                speaker = self.speaker(chunk, s_start)
                if speaker is None:
                    continue  # a subject the rules cannot name
            else:
                speaker = self.speaker(match["who"], match.start("who"))
            if speaker is None:
                continue
            _, b = self._nested_clause(match.end(), s_end)
            a, b = trim(body, a, b, drop=" ,;:")
            if b - a < 15 or any(
                s.start <= match.start() < s.end
                and fold(s.speaker) == fold(speaker.name)
                for s in self.statements + found
            ):
                continue
            if match["who"].lower() in lx.PRONOUNS and any(
                abs(s.start - a) < 3 for s in found
            ):
                # "… fighting against what they say is oppression": the pronoun
                # already read as the clause's subject.
                continue
            result.append(self._reported(a, b, speaker, match["verb"]))
        return result

    def _which_accused(self, s_start, s_end, found) -> list[Statement]:
        """ "the government of Sudan, which she accused of masquerading as a
        peacemaker": the relative clause's subject accuses the noun before
        it, its statement from the relative pronoun on."""
        out = []
        for match in _WHICH_ACCUSED.finditer(self.body, s_start, s_end):
            if self._in_quotation(match.start()):
                continue
            if match["who"] in ("he", "she", "they"):
                # The pronoun is the sentence's own speaker, if it has one.
                own = [
                    st
                    for st in [*self.statements, *found]
                    if s_start <= st.start < match.start()
                ]
                if own:
                    last = own[-1]
                    who = _speaker_of(last)
                else:
                    # Else the person the pronoun means, if one the article
                    # introduced ("… Mr. Chavez said … he lashed out at the
                    # United States, whom he accused of …").
                    who = self.speaker(match["who"], match.start("who"))
                    if who is None or not any(
                        fold(p.name) == fold(who.name) for p in self.persons
                    ):
                        continue
            else:
                who = self.speaker(match["who"], match.start("who"))
            if who is None:
                continue
            a, b = self._nested_clause(match.start("rel"), s_end)
            if b - a < 20 or any(
                st.start == a and fold(st.speaker) == fold(who.name)
                for st in [*self.statements, *found]
            ):
                continue
            out.append(self._reported(a, b, who, match["verb"]))
        return out

    def _nested_clause(self, a: int, s_end: int) -> tuple[int, int]:
        """The clause of a nested report that starts at ``a``: up to the end of
        the sentence or a relative clause about its last noun."""
        end = re.search(
            r"[.;!?](?:\s|$)|,\s+(?:which|who|whose|where)\b", self.body[a:s_end]
        )
        b = a + end.start() if end else s_end
        return trim(self.body, a, b, drop=' ,;:.”"')

    def _nested_report(self, s_start, s_end) -> list[Statement]:
        """ "Regarding Iran, Hagel told Barak that …, Little said.": inside a
        reported clause, another person named as saying something says it
        too (the guidelines annotate the nested statement separately)."""
        found = []
        for outer in [
            s
            for s in self.statements
            if s_start <= s.start < s_end and not s.is_direct_quote
        ]:
            inner = [
                statement
                for statement in self._leading(outer.start, outer.end, [])
                # "An army spokesman says the military suspects that …": a
                # body's report inside a person's, not inside a source's
                # account ("according to X, the ministry believes …").
                if (
                    statement.speaker_kind == "person"
                    or (
                        statement.speaker_kind != "media_outlet"
                        and not outer.cue.startswith("according")
                    )
                )
                and statement.start > outer.start
                and fold(statement.speaker).split()[-1:]
                != fold(outer.speaker).split()[-1:]
            ]
            if not inner:
                continue
            verbs = list(_VERB_RE.finditer(self.body, outer.start, inner[0].start))
            if (
                (
                    not verbs
                    # "told Barak that …", "also stated that …": a clause, not an
                    # instruction ("told clients to divert …").
                    or not re.search(
                        r"\bthat\s*$", self.body[verbs[-1].end() : inner[0].start]
                    )
                )
                or re.search(
                    r"\b(?:he|she|they|it|we|i)\s+(?:\w+ly\s+|also\s+)?$",
                    self.body[outer.start : verbs[-1].start()],
                    flags=re.I,
                )
            ):
                continue  # "he said …" inside X's report is X's own account
            found.extend(inner)
        return found

    def _they(self, region: str, chunk: str, position: int) -> Speaker | None:
        """ "When city engineers examined the holes, they found …": "they" is
        the group the sentence's opening clause is about; else the group that
        opens the sentence before ("Researchers from … did the study. They
        found …")."""
        if chunk.lower() != "they":
            return None
        own = re.match(
            r"\s*(?:(?:But|And|Yet|Still|Now)\s+)?(?P<group>(?:[\w\-]+\s+){0,3}?"
            r"[A-Za-z][\w\-]*s)\s+(?!of\b|from\b|in\b|and\b|who\b|that\b"
            # "The detainees were asked why …, and they explained …": a group
            # acted upon is another source's account of it.
            r"|(?:were|are|have\s+been|had\s+been)\s+[a-z]+ed\b)"
            r"(?:[a-z]+ly\s+)?[a-z]+\b[^;:“”\"]*,\s+(?:but|and|yet|where|though"
            r"|although)\s+they\s*$",
            region,
        )
        if own:
            # "Republicans agree the law needs work, but they say …",
            # "Officials gave the estimate after a tour, where they say …":
            # "they" is the group the sentence opens on.
            found = self.speaker(own["group"], position)
            if found is not None and found.name.endswith("s"):
                return found
        group = self._previous_group(position)
        # "After being confronted by locals, they claimed …": an opening
        # participle has no subject of its own; "they" is the group before.
        participle = re.match(
            r"\s*(?:When|After|Once|Before|While)\s+(?:being\s+)?[a-z]+(?:ing|ed)\b",
            region,
        )
        if group is not None and (
            participle
            or not re.match(r"\s*(?:When|After|As|Once|Before|While|Because)\b", region)
        ):
            return group
        if participle:
            return None  # "by locals": the participle's agent is not "they"
        opening = re.match(
            r"\s*(?:When|After|As|Once|Before|While|Because)\s+((?:the\s+)?(?:[\w\-]+\s+){0,3}?"
            r"(\w+s))\s+\w+",
            region,
        )
        if opening and opening[2].lower() in _COMMON_HEADS:
            return self.speaker(opening[1], position)
        return None

    def _reported(
        self,
        a,
        b,
        speaker: Speaker,
        cue: str,
        *,
        via=None,
        extendable=False,
        quote=False,
    ) -> Statement:
        """A statement of ``speaker`` over ``body[a:b]``, reported unless ``quote``."""
        return Statement(
            text=self.body[a:b],
            start=a,
            end=b,
            speaker=speaker.name,
            speaker_kind=speaker.kind,
            via=via,
            cue=cue,
            is_direct_quote=quote,
            speaker_role=speaker.role,
            extendable=extendable,
        )

    def _sentence_rules(self, s_start, s_end, inside, paragraph, index) -> None:
        if self._quotations(s_start, s_end, inside, paragraph, index):
            # What follows the last quotation may report something else:
            # "In what an officer described as “…”, police reported finding …"
            before = [
                statement
                for statement in self._leading(s_start, inside[0].start, [])
                if statement.end - statement.start >= 20
            ]
            adding = re.search(
                r"(?P<attr>,\s+(?:he|she|they|(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)"
                r"\s+(?:said|says))\s*,\s*(?:adding|and\s+added)\s*,?\s*(?:that\s+)?$",
                self.body[s_start : inside[0].start],
            )
            if not before and adding:
                # "Some of the victims were battered, he said, adding, “…”":
                # the clause before "he said" is his as well.
                before = [
                    statement
                    for statement in self._trailing(
                        s_start, s_start + adding.end("attr"), []
                    )
                    if statement.end - statement.start >= 20
                ]
            noting = re.search(
                rf",\s+(?:{_ADDING_PARTICIPLES})\s*[,:]?\s*$",
                self.body[s_start : inside[0].start],
            )
            if not before and noting:
                # "Some victims were battered, he said, noting, “…”": the
                # clause before the attribution is a report of its own.
                before = self._trailing(s_start, s_start + noting.start(), [])
            for statement in before:
                statement.sentence = index
                statement.paragraph = paragraph
                self._emit(statement)
            for quote in inside:
                later = [q for q in inside if q.start >= quote.end]
                found = [
                    statement
                    for statement in self._leading(quote.end, s_end, later)
                    if not any(q.start <= statement.start < q.end for q in inside)
                    # "…,” he said of current servicemembers. / Kato said,
                    # quoting Abe. / Ellis told Ullah in federal court: how the
                    # quotation was said, not something more that was said.
                    and (
                        statement.text.lower().startswith("that ")
                        or _clause_like(" " + statement.text)
                        or statement.cue in lx.OBJECT_STATEMENT_VERBS
                    )
                    # "…,” Roe confirmed to local radio station X.": to whom
                    # the quotation was confirmed, nothing more.
                    and not re.search(
                        rf"\b{re.escape(statement.cue)}\s+(?:to|with)\s+"
                        r"[^,;:“”\"]*[.!?]?$",
                        statement.text,
                    )
                ]
                # "…, “…,” and added …", "described them as “foreigners”
                # during an interview on Wednesday and said …": a circumstance
                # with no verb of its own may come between.
                joined = (
                    None
                    if found
                    else re.match(
                        r"[,.!?]?[”\"]?\s*,?\s*(?P<between>(?:[^.;:“”\"]{1,80}?\s)?)and\s+"
                        rf"(?:also\s+|then\s+)?(?P<verb>{_VERBS})\b",
                        self.body[quote.end : s_end],
                    )
                )
                if (
                    joined
                    and joined["between"]
                    and (
                        _VERB_RE.search(joined["between"])
                        or re.search(
                            r"\b(?:is|are|was|were|has|have|had|will|would|[a-z]+ed)\b"
                            r"|^(?!(?:during|in|at|on|after|before|while)\b)",
                            joined["between"].strip(),
                        )
                    )
                ):
                    joined = None
                quoted = [
                    s
                    for s in self.statements
                    if quote.start <= s.start < quote.end + 1 and s.is_direct_quote
                ]
                if joined and quoted and not later:
                    # "He also said, “…,” and added he would move to his farm":
                    # the one quoted goes on with a second verb.
                    verb = re.compile(re.escape(joined["verb"])).match(
                        self.body, quote.end + joined.start("verb")
                    )
                    last = quoted[-1]
                    found = [
                        statement
                        for statement in self._complement(
                            verb,
                            _speaker_of(last),
                            quote.end,
                            s_end,
                        )
                        if _clause_like(" " + statement.text)
                    ]
                for statement in found:
                    statement.sentence = index
                    statement.paragraph = paragraph
                    self._emit(statement)
                if found:
                    break
            return
        for rule in (
            self._finding_before,
            self._in_their_words,
            self._latest_to_say,
            self._letter_saying,
            self._according_to,
            self._passive,
            self._parenthetical,
            self._as_reports_after,
            self._trailing,
            self._leading,
            self._describing,
            self._participle,
            self._plea,
            self._continued,
        ):
            found = rule(s_start, s_end, inside)
            if found:
                for statement in found:
                    statement.sentence = index
                    statement.paragraph = paragraph
                    self._inherit_via(statement)
                    self._emit(statement)
                return

    def _latest_to_say(self, s_start, s_end, inside) -> list[Statement]:
        """ "Argentina's president Ann Lee is the latest leader to say military
        intervention is not the way to go": the one who is the latest (first,
        only) to say it says it."""
        match = _LATEST_TO_SAY.match(self.body, s_start, s_end)
        if match is None or any(q.start <= match.start("who") < q.end for q in inside):
            return []
        speaker = self.speaker(match["who"], match.start("who"))
        if speaker is None:
            return []
        a, b = trim(self.body, match.start("clause"), match.end("clause"), drop=" ,;:.")
        if b - a < 10 or not re.search(
            r"\b(?:is|are|was|were|will|would|has|have|had|can|could|must|should"
            r"|may|might|does|do|did)\b",
            self.body[a:b],
        ):
            return []  # "the first woman to say no to the board": no clause
        return [self._reported(a, b, speaker, match["verb"])]

    def _in_their_words(self, s_start, s_end, inside) -> list[Statement]:
        """ "But, as he put it, reform must be debated in parliament", "In her
        words, the plan is dead", "…, as Lee put it.": the clause is the words
        of the one whose way of putting it is named."""
        body = self.body
        match = _PUT_IT_BEFORE.match(body, s_start, s_end) or _PUT_IT_AFTER.match(
            body, s_start, s_end
        )
        if match is None:
            return []
        group = "who" if match["who"] else "who2"
        if any(q.start <= match.start(group) < q.end for q in inside):
            return []
        who = match[group]
        pronoun = {"his": "he", "her": "she", "their": "they", "its": "it"}
        who = pronoun.get(who.lower(), who)
        who = re.sub(r"[’']s?$", "", who)
        speaker = self.speaker(who, match.start(group))
        if speaker is None:
            return []
        a, b = trim(body, match.start("clause"), match.end("clause"), drop=" ,;:.")
        if b - a < 10:
            return []
        return [self._reported(a, b, speaker, match["cue"].strip())]

    def _finding_before(self, s_start, s_end, inside) -> list[Statement]:
        """ "CLAUSE. That was the finding of a new study.": a sentence that
        names the source of the sentence before it, in its paragraph; that
        sentence is the source's."""
        if inside:
            return []
        body = self.body
        match = _FINDING_BEFORE.match(body, s_start, s_end)
        if not match:
            return []
        bounds = self._sentence_bounds(s_start)
        if bounds is None:
            return []
        a, b = trim(body, bounds[0], s_start, drop=" ")
        if (
            "\n" in body[a:b]
            or b - a < 20
            or body[a:b].rstrip().endswith("?")
            or re.search(r"[“”\"]", body[a:b])
            or self._in_quotation(a)
            or any(st.start < b and a < st.end for st in self.statements)
        ):
            return []
        source = re.split(r"\s+(?:at|of|on|in|from|about|into)\s|,", match["source"])[0]
        speaker = self.speaker(source, s_start)
        if speaker is None:
            return []
        return [self._reported(a, b, speaker, match["noun"])]

    def _platform(self, statement: Statement) -> str | None:
        """The platform a statement was made on, as its sentence says outside
        the statement: "On Twitter later, the president claimed …", "… he
        wrote on Facebook", "said in a tweet", "tweeted that …"."""
        if statement.cue in ("tweeted", "tweets", "tweet"):
            return "Twitter"
        body = self.body
        start = max(0, body.rfind("\n", 0, statement.start) + 1)
        for stop in _SENTENCE_STOP.finditer(body, start):
            if stop.end() > statement.start:
                break
            start = stop.end()
        # Only the clause the statement is in: "…, while ALDI, in a Facebook
        # post, called it …" is another source's platform.
        joints = list(_CLAUSE_JOINT.finditer(body, start, statement.start))
        if joints:
            start = joints[-1].end()
        later = _SENTENCE_STOP.search(body, max(start, statement.end - 1))
        end = later.start() if later else len(body)
        end = min(end, body.find("\n", statement.end) % (len(body) + 1))
        joint = _CLAUSE_JOINT.search(body, statement.end, end)
        if joint:
            end = joint.start()
        outside = body[start : statement.start] + " | " + body[statement.end : end]
        found = re.search(
            r"\b(?:[Oo]n|[Vv]ia)\s+(?:(?:his|her|their|its|the)\s+)?"
            r"(Twitter|Facebook|Instagram|Telegram|TikTok|YouTube|Weibo|WeChat"
            r"|X(?=[\s,.;:]))(?!\s+(?:account|page|user|feed))"
            r"|\b[Ii]n\s+an?\s+(?:[\w\-]+\s+)?(?:(Twitter|Facebook|Instagram|Telegram"
            r"|TikTok|YouTube)\s+(?:post|message|video|statement)|(tweet))\b",
            outside,
        )
        if not found:
            return None
        if found[3]:
            return "Twitter"
        return found[1] or found[2]

    def _inherit_via(self, statement: Statement) -> None:
        """Anonymous sources speak through the outlet that last relayed one;
        anyone goes on speaking through the outlet of their previous statement
        in the same paragraph (the rest of "an interview with Público")."""
        if not statement.via:
            statement.via = self._platform(statement)
        if not statement.via and statement.speaker_kind != "media_outlet":
            # "A statement published by the state-run Xinhua news agency said
            # …": the outlet that carried the document relays it.
            line = max(0, self.body.rfind("\n", 0, statement.start) + 1)
            before = self.body[max(line, statement.start - 200) : statement.start]
            stops = list(_SENTENCE_STOP.finditer(before))
            if stops:
                before = before[stops[-1].end() :]
            before = before.rstrip('“"‘ ')  # the quotation's own opening
            carried = re.search(
                r"\b(?:published|carried|run|aired|broadcast|distributed|released)\s+by\s"
                r"[^;:“”\"]*$",
                before,
            )
            if carried and not re.search(r"[“”\"]", before):
                statement.via = self._relay(carried[0])
        previous = self.statements[-1] if self.statements else None
        if (
            not statement.via
            and previous is not None
            and previous.via
            and fold(previous.speaker) == fold(statement.speaker)
            and re.fullmatch(
                r"[\s.”\"]*It\s+(?:also\s+)?(?:said|says|added|adds|stated)\s+(?:that\s+)?",
                self.body[previous.end : statement.start],
            )
        ):
            # "… a message saying he was safe. ¶ It said …": the message goes
            # on, through the same platform.
            statement.via = previous.via
        if (
            not statement.via
            and previous is not None
            and previous.via
            and previous.via not in _PLATFORM_NAMES
            and previous.paragraph == statement.paragraph
            and fold(previous.speaker) == fold(statement.speaker)
        ):
            statement.via = previous.via
        if statement.via or statement.speaker_kind in ("person", "media_outlet"):
            return
        if (
            statement.speaker_kind == "anonymous"
            and self.last_relay
            # In its paragraph or the next: an outlet relays the sources of its
            # own report ("… insiders told Meduza. ¶ The insiders say …"), not
            # those of the next item on a page of short items (on the seen
            # splits the right outlet for 12 more statements than carrying it
            # on; the seed needs the next paragraph).
            and statement.paragraph - self.last_relay_paragraph <= 1
        ):
            statement.via = self.last_relay
        elif (
            previous is not None
            and previous.paragraph == statement.paragraph
            and previous.speaker_kind == "media_outlet"
            and fold(previous.speaker) != self.publisher
        ):
            statement.via = previous.speaker
        if statement.via and fold(statement.via) == fold(statement.speaker):
            statement.via = None

    # -- quotations --------------------------------------------------------------

    def _quotations(self, s_start, s_end, inside, paragraph, index) -> bool:
        body = self.body
        emitted = False
        attributed: tuple[Speaker, str, str | None] | None = None
        for number, quote in enumerate(inside):
            inner_start, inner_end = quote.inner
            words = len(body[inner_start:inner_end].split())
            # "“Tranquil,” said Tom Roe.": a one-word answer opening its
            # sentence, its attribution after the comma, is a quotation too.
            answer = (
                not body[s_start : quote.start].strip()
                and (
                    body[inner_end - 1 : inner_end] in (",", "!")
                    or body[quote.end : quote.end + 1] == ","
                )
                and re.match(rf"[,\s]*(?:{_VERBS})\s", body[quote.end : s_end])
            )
            if (
                words < 2
                and not answer
                and not body[max(0, quote.start - 4) : quote.start].endswith("as ")
            ):
                continue
            following = inside[number + 1].start if number + 1 < len(inside) else s_end
            previous_end = inside[number - 1].end if number else s_start
            pre = body[previous_end : quote.start]
            post = body[quote.end : following]
            if _programme_title(body[inner_start:inner_end], pre, post):
                continue
            if re.search(
                r"\bwhat\s+(?:it|he|she|they)\s+(?:calls?|called)\s+(?:(?:a|an|the)\s+)?"
                r"(?:[\w\-]+[’']s\s+)?$",
                pre,
            ) and re.fullmatch(
                r"[A-Z][\w’'\-]*(?:\s+(?:of|for|and|[A-Z][\w’'\-]*)){0,4}[.,]?",
                body[inner_start:inner_end],
            ):
                continue  # "what it calls the world's “Ecological Footprint.”"
            if (
                (
                    number == len(inside) - 1
                    and pre.strip()
                    and not re.search(r"[:,]\s*$", pre)
                    and _TRAILING_AFTER_QUOTE.fullmatch(body, quote.end, s_end)
                )
                or (
                    # "Lee said on Monday the road was “long and hard” and needed
                    # the city's “time and money,” Reuters reported.": quotations
                    # inside a reported clause whose sentence ends on an outlet's
                    # or a speaker's attribution are part of that report.
                    re.search(r"[\w’']\s*$", pre)
                    and re.search(r",[’']?$", body[: inside[-1].inner[1]][-2:])
                    and _NEWS_CLAUSE_THEN_TRAILING.fullmatch(
                        body, inside[-1].end, s_end
                    )
                    and _LEADING_RE.search(body, s_start, inside[0].start)
                )
                or (
                    re.search(r"[\w’']\s*$", pre)
                    and re.match(
                        rf"[”\"]?\s+[a-z][^“”\";:]*,\s+(?:he|she|they|[A-Z][\w’'\-]+"
                        rf"(?:\s+[A-Z][\w’'\-]+)?)\s+(?:also\s+)?(?:{_VERBS})\s*[.!?]?\s*$",
                        body[quote.end : s_end],
                    )
                )
            ):
                # "Villagers found the “fear lifted” because of the mission, he
                # continued.": words quoted inside a clause that ends on its
                # attribution are part of that report, not a quotation of
                # their own.
                continue
            found = None
            label = _LABEL.fullmatch(pre) if not number else None
            if label and label["who"].lower() not in _NOT_SPEAKERS:
                if _MODERATING.search(body, quote.start, max(s_end, quote.end)):
                    # "MR. ROE: “… I'm going to turn it over to Dr. Lee.”": the
                    # host's turn in quotation marks, no statement.
                    continue
                found = self._label(label["who"], quote.start)
            listed = (
                _NAMED_LABEL.fullmatch(pre)
                if not number and found is None and pre.strip()
                else None
            )
            if listed and not _VERB_RE.search(listed["who"]):
                # "EPA Region 5 Administrator Cathy Stepp: “Today’s agreement
                # is …”" — a statement list's name, title first.
                found = self._named_label(listed["who"], quote.start)
            if found is None and (
                not pre.strip(" ,—–-")
                # "WASHINGTON, March 28, 2002 - “…,” Bush said": the dateline
                # opening the paragraph is no part of the sentence.
                or (
                    not number
                    and s_start == self.paragraph_spans[paragraph][0]
                    and not _DATELINE.sub("", pre).strip(" ,—–-")
                )
                or (number and attributed and not pre.strip(" ,"))
            ):
                found = self._attribution_after(post, quote.end)
                stray = (
                    _STRAY_ATTRIBUTION.match(body, following)
                    if found is None
                    and following == s_end
                    and not post.strip()
                    and body[inner_end - 1 : inner_end] in ".!?"
                    else None
                )
                if stray:
                    # "“… no safety agenda.” Hall said.": the comma typed as a
                    # full stop; the short sentence after is the attribution.
                    found = self._attribution_after(stray["who"], stray.start("who"))
                if found is None and number and attributed:
                    found = attributed
            if found is None and (not number or attributed is None):
                found = self._attribution_before(pre, previous_end)
            if found is None and number and attributed and _VERB_RE.search(pre):
                found = self._attribution_before(pre, previous_end) or attributed
            if (
                found is None
                and number
                and attributed
                and re.fullmatch(
                    r"[\s,]*(?:\w+\s+){0,2}(?:and|adding|continuing|he added|she added)?[\s,:]*",
                    pre,
                )
            ):
                found = attributed
            if found is None and number + 1 == len(inside):
                found = self._attribution_below(quote)
            if found is None and number + 1 == len(inside) and not pre.strip():
                found = self._name_label_after(quote, post)
            if (
                found is None
                and self.heading is not None
                and not pre.strip(" ,—–-")
                and not _VERB_RE.search(post)
            ):
                # A release that speaks as a whole under its heading.
                found = (self.heading, "statement", None)
            # A paragraph that is this one quotation and nothing else: the
            # sentence before it may say whose it is.
            alone = not number and not pre.strip() and not post.strip(' .!?”"')
            if found is None and alone:
                found = self._speaking_scene(quote, paragraph)
            if found is None and not number and not post.strip(' .!?”"'):
                found = self._PAGE_topic_line(quote, paragraph)
            if found is None and not pre.strip() and self._previous_quote(paragraph):
                last = self._last_outer()
                found = (
                    _speaker_of(last),
                    last.cue,
                    last.via,
                )
            if found is None and not pre.strip():
                found = self._introduced_above(quote, paragraph)
            if found is None and alone:
                found = self._introduced_before(quote, paragraph)
            if found is None:
                continue
            attributed = found
            speaker, cue, via = found
            for a, b in sentences(body, inner_start, inner_end, []):
                a, b = trim(body, a, b, drop=" ,;:—–-")
                if b - a < 2:
                    continue
                statement = self._reported(a, b, speaker, cue, via=via, quote=True)
                statement.sentence, statement.paragraph = index, paragraph
                self._inherit_via(statement)
                self._emit(statement)
                emitted = True
            adding = _ADDING_AFTER.match(body, quote.end, following)
            if adding and following == s_end:
                # "“…,” Roe said, adding that the plan remains a priority.": a
                # second statement, reported, after the attribution.
                a, b = trim(
                    body, adding.start("more"), adding.end("more"), drop=" ,;:."
                )
                statement = self._reported(a, b, speaker, adding["part"], via=via)
                statement.sentence, statement.paragraph = index, paragraph
                self._emit(statement)
        return emitted

    def _named_label(self, who: str, position: int):
        """The person a statement list names before a colon: the name after
        the last title word ("Assistant Attorney General Jeffrey Clark of the
        Justice Department"), else the name that ends the label ("EPA
        Assistant Administrator for Enforcement Susan Bodine")."""
        first, comma, _office = who.strip().partition(",")
        tokens = first.split()
        named_after, office_title = _split_title(_office.split())
        if (
            comma
            # "Michigan Environment, Great Lakes & Energy Director Liesl
            # Clark:": the name after the office, read below.
            and not (office_title and len(named_after) >= 2)
            and 2 <= len(tokens) <= 4
            and all(
                _capitalised(t)
                and not _organisation_word(t)
                and t.lower().rstrip(".") not in _TITLE_ONLY | lx.TITLE_WORDS
                for t in tokens
            )
        ):
            # "Jane Roe, NASA Administrator:": the name, then her office.
            return Speaker(first, "person", _office.strip()), ":", None
        for part in (
            re.split(r"\s+(?:of|at|from)\s+", who.strip(), maxsplit=1)[0],
            who.strip(),
        ):
            tokens = part.replace(",", " ").split()
            name, title = _split_title(tokens)
            if 2 <= len(name) <= 4 and all(_capitalised(t) for t in name):
                return Speaker(" ".join(name), "person", " ".join(title)), ":", None
        tokens = who.replace(",", " ").split()
        tail = []
        for token in reversed(tokens):
            if not _capitalised(token) or _organisation_word(token):
                break
            if token.lower().rstrip(".") in _TITLE_ONLY | lx.TITLE_WORDS:
                break
            tail.insert(0, token)
        if 2 <= len(tail) <= 3:
            return Speaker(" ".join(tail), "person", who), ":", None
        speaker = self.speaker(who, position)
        return (speaker, ":", None) if speaker else None

    def _label(self, who: str, position: int):
        """A transcript's speaker label, ``OBAMA: "…"``: the person it names."""
        words = [
            word.capitalize() if len(word) > 2 and word.isupper() else word
            for word in who.split()
        ]
        words = [w.lower() if w.lower() in ("of", "the", "for") else w for w in words]
        if len(words) >= 2 and words[0].lower().strip(".") in _SHORT_OFFICES:
            words = words[1:]  # "SEC. SHANAHAN:": the office cut short
        name, title = _split_title(words)
        if title and len(name) >= 2:
            # "SECRETARY OF DEFENSE DR. MARK T. ESPER:": the name after the
            # office.
            return Speaker(" ".join(name), "person", " ".join(title)), f"{who}:", None
        speaker = self.speaker(" ".join(words), position)
        if speaker is not None and speaker.name.isupper() and " " in speaker.name:
            # "DANA WHITE:" opening the page, read as a name in the body's
            # capitals: the person is Dana White.
            speaker = Speaker(
                " ".join(
                    w.capitalize() if len(w.rstrip(".")) > 1 else w
                    for w in speaker.name.split()
                ),
                speaker.kind,
                speaker.role,
            )
        if speaker is None:
            speaker = self._office_in_heading(words, position)
        if speaker is None:
            return None
        return speaker, f"{who}:", None

    def _office_in_heading(self, words: list[str], position: int) -> Speaker | None:
        """A bare office's label, "THE PRESIDENT:", "THE SECRETARY:", on a page
        whose heading lines above name its holder: "REMARKS BY PRESIDENT ROE",
        "Briefing with Secretary Ann Lee"."""
        office = [w for w in words if w.lower() != "the"]
        if not office or office[-1].lower().strip(".") not in lx.TITLE_WORDS:
            return None
        above = [
            (a, b) for a, b in getattr(self, "paragraph_spans", []) if b <= position
        ]
        if (
            not above
            or any(
                len(self.body[a:b].split()) > 14
                # "Washington, D.C.", "12:31 P.M. EDT" are heading lines; a
                # sentence of prose is not.
                or re.search(r"[a-z]{2}[.!?”\"]\s*$", self.body[a:b].strip())
                for a, b in above
            )
        ):
            return None
        heading = self.body[above[0][0] : above[-1][1]]
        match = re.search(
            r"\b"
            + r"[ \t]+".join(re.escape(w) for w in office)
            + r"[ \t]+((?:[A-Z][\w’'\-]*\.?[ \t]+){0,2}[A-Z][\w’'\-]+)",
            heading,
            flags=re.I,
        )
        if match is None:
            return None
        name = match[1].split()
        cut = [i for i, t in enumerate(name) if t.lower() in _PREPOSITIONS]
        name = name[: cut[0]] if cut else name
        while name and (
            name[-1].lower() in _PREPOSITIONS
            or name[-1].lower() in _LINKING_WORDS
            or not name[-1][:1].isupper()
        ):
            name.pop()
        if not name or any(
            t.lower() in _PREPOSITIONS
            or t.lower() in _LINKING_WORDS
            or _organisation_word(t)
            or t.lower() in lx.TITLE_WORDS
            for t in name
        ):
            return None
        return Speaker(_title_case(" ".join(name)), "person", " ".join(office).lower())

    def _introduced_above(self, quote: Quote, paragraph: int):
        """A paragraph that is only a quotation, introduced by the sentence that
        ends the paragraph before it: "He said the rally is nothing to fear." or
        "Resident Abdul Hameed describes the tragedy." then "“…”"."""
        if paragraph == 0:
            return None
        body = self.body
        p_start, p_end = self.paragraph_spans[paragraph]
        if body[p_start : quote.start].strip():
            return None
        spans = quotes(body, p_start, p_end)
        outside = "".join(
            body[a:b]
            for a, b in zip(
                [p_start, *(q.end for q in spans)],
                [*(q.start for q in spans), p_end],
                strict=True,
            )
        )
        if _VERB_RE.search(outside):
            return None  # the paragraph attributes its quotations itself
        if self._dated_listing():
            # "June 30, 2006 // The Department announced … // Ann Roe announced
            # … // “…” // June 29, 2006 // …": a listing of several releases'
            # summaries, each paragraph its own item; a quotation standing
            # alone is not the item above's.
            return None
        found = self._introduced_by_sentence(paragraph)
        if (
            found is None
            and (
                _FIRST_PERSON.search(body[quote.start : quote.end])
                or self._opens_with_person(paragraph - 1)
            )
            # "“…,” saidi Daniel Leon": a typo'd attribution is still one.
            and len(re.findall(r"[A-Za-z]+", outside)) <= 2
        ):
            # "Rohin Sarin is a regular 15-year old kid. … Rohin has type 2
            # diabetes." then "“… I feel dizzy …”": someone speaking of
            # themselves, and the paragraph before is about one person only.
            person = self._focus_person(paragraph)
            if person is not None:
                found = Speaker(person.name, "person", person.role), "(quotation)", None
        return found

    def _dated_listing(self) -> bool:
        """Whether the page lists several items under date lines of their own
        ("June 30, 2006", "June 29, 2006"): a listing of releases."""
        if getattr(self, "_listing", None) is None:
            self._listing = (
                sum(
                    bool(_DATE_PARAGRAPH.fullmatch(self.body[a:b].strip()))
                    for a, b in self.paragraph_spans
                )
                >= 2
            )
        return self._listing

    def _opens_with_person(self, paragraph: int) -> bool:
        """Whether the paragraph, with no quotation of its own, opens with a
        person's full name as its subject ("Ann Lee is the curator of …", "Ann
        Lee worried things will get worse."): the quotation paragraph after
        it is that person's, even if it does not speak of itself."""
        a, b = self.paragraph_spans[paragraph]
        text = self.body[a:b]
        if quotes(self.body, a, b):
            return False
        opening = re.match(
            r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?((?:[A-Z][\w’'\-]+\s+){1,2}[A-Z][\w’'\-]+)"
            r"\s+(?:is|was|[a-z]+ed)\b",
            text,
        )
        return bool(
            opening
            and any(
                person.name == opening.group(1) and person.position < b
                for person in self.persons
            )
        )

    def _sentence_before(self, quote: Quote, paragraph: int) -> tuple[int, str] | None:
        """The sentence just before a quotation that stands as a sentence of its
        own in the paragraph, with its start, if it quotes nothing itself."""
        body = self.body
        p_start, p_end = self.paragraph_spans[paragraph]
        before = [
            (a, b)
            for a, b in sentences(body, p_start, p_end, quotes(body, p_start, p_end))
            if b <= quote.start
        ]
        if not before:
            return None
        last_start, last_end = before[-1]
        sentence = body[last_start:last_end]
        if body[last_end : quote.start].strip() or re.search(_QUOTE_MARKS_RE, sentence):
            return None
        return last_start, sentence

    def _speaking_scene(self, quote: Quote, paragraph: int):
        """ "First, a mother talking to her baby. “…”", "Here is the mayor
        speaking at the rally. “…”": a broadcast's line with no finite verb
        that sets the scene for the words that follow."""
        before = self._sentence_before(quote, paragraph)
        scene = _SPEAKING_SCENE.fullmatch(before[1]) if before else None
        if scene is None:
            return None
        speaker = self.speaker(scene["who"], before[0] + scene.start("who"))
        if speaker is None or speaker.kind not in ("person", "anonymous"):
            return None
        return speaker, scene["verb"], None

    def _PAGE_topic_line(self, quote: Quote, paragraph: int):
        """A quotation on a line of its own under a line that names whose
        words follow and their topic, with no verb ("Topic: Secretary Ann
        Lee on the need for more rangers." // "“…”"): a page of soundbites."""
        p_start = self.paragraph_spans[paragraph][0]
        above = self.body[p_start : quote.start]
        line = above.strip()
        if not above.rstrip(" \t").endswith("\n") or "\n" in line:
            return None  # the line opens the paragraph, the quotation below it
        scene = _PAGE_TOPIC_SCENE.fullmatch(line)
        if scene is None or re.search(
            rf"{_VERB_RE.pattern}|\b(?:is|are|was|were|has|have|had|will|would"
            r"|did|does|do)\b",
            scene["topic"],
        ):
            return None
        speaker = self.speaker(scene["who"], p_start + scene.start("who"))
        if speaker is None or speaker.kind != "person":
            return None
        return speaker, "(quotation)", None

    def _introduced_before(self, quote: Quote, paragraph: int):
        """A quotation that is a sentence of its own, introduced by the sentence
        just before it in the paragraph: "Daniel Fried spoke about the
        relationship. “Russia today is not the Soviet Union.”"."""
        before = self._sentence_before(quote, paragraph)
        if before is None:
            return None
        last_start, sentence = before
        for verb in _QUOTE_VERB_RE.finditer(sentence):
            if _not_a_report(sentence[: verb.start()], verb.group(0)):
                continue
            chunk = self._subject_chunk(sentence[: verb.start()])
            speaker = self.speaker(chunk, last_start + verb.start()) if chunk else None
            if speaker is not None and speaker.kind == "person":
                return speaker, verb.group(0), self._relay(sentence[verb.end() :])
        member = re.fullmatch(
            r"\s*(?P<who>(?:[A-Z][\w’'.\-]*\s+){1,4})(?:is|was)\s+(?:one\s+of\s+"
            r"(?:them|those|these)|among\s+them)[.!]?\s*",
            sentence,
        )
        if member:
            # "The sale cannot come soon enough for some fans. Ann Lee is one
            # of them. “It is very exciting.”": the one picked from the group.
            speaker = self.speaker(member["who"].strip(), last_start)
            if speaker is not None and speaker.kind == "person":
                return speaker, "(quotation)", None
        described = re.match(
            r"\s*(?P<who>(?:[A-Z][\w’'.\-]*\s+){1,4})(?:is|was|has\s+been|remains)\s+"
            r"(?!(?:not|also|quoted|said|reported|expected|scheduled|due|set|to)\b)",
            sentence,
        )
        if described and not re.search(_QUOTE_MARKS_RE, sentence):
            # "Alec Young is a strategist at Standard & Poor's. “…”", "Ann Lee
            # is angry. “…”": the person the sentence is about, who is the
            # only one it names, speaks the words that follow.
            who = described["who"].strip()
            speaker = self.speaker(who, last_start)
            named = [
                person
                for person in self.persons
                if last_start <= person.position < last_start + len(sentence)
            ]
            if (
                speaker is not None
                and speaker.kind == "person"
                and " " in speaker.name
                and len(named) == 1
                and fold(named[0].name) == fold(speaker.name)
            ):
                return speaker, "(quotation)", None
        return None

    def _titled_mentions(self, text: str) -> set[str]:
        """Surnames named with a title only: "President Obama", "Mr. Kim"."""
        return {
            m[2]
            for m in _TITLED.finditer(text)
            if m[1].lower() in _TITLES_AND_HONORIFICS
        }

    def _focus_person(self, paragraph: int) -> _Person | None:
        """The one person the paragraph before (or, if it names nobody, the one
        before that) is about, or None if it names several."""
        for back in (1, 2):
            if paragraph - back < 0:
                return None
            a, b = self.paragraph_spans[paragraph - back]
            text = self.body[a:b]
            named = {}
            for person in self.persons:
                if person.position >= b:
                    continue
                parts = person.name.split()
                if len(parts) > 2 and parts[-1].rstrip(".").lower() in _GENERATIONS:
                    parts = parts[:-1]  # "Walton Eller III": Eller
                forms = {person.name, parts[-1]}
                if len(parts) > 2 and _SUFFIX.fullmatch(parts[-1]):
                    forms.add(parts[-2])  # "Eller" for Ann Eller III
                if len(parts) > 1:
                    forms.add(parts[0])
                if any(re.search(rf"\b{re.escape(f)}\b", text) for f in forms):
                    # One person under two spellings ("Jurgen Klinsmann …
                    # Jurgen Klinsman") is one person.
                    key = fold(parts[0]) if len(parts) > 1 else fold(person.name)
                    named.setdefault(key, person)
            if len(named) > 1:
                return None
            if named:
                return next(iter(named.values()))
            titled = self._titled_mentions(text)
            if len(titled) > 1:
                return None
            if titled:
                surname = titled.pop()
                return self.person_by_surname(surname, b) or _Person(surname, "", a)
        return None

    def _introduced_by_sentence(self, paragraph: int):
        body = self.body
        above_start, above_end = self.paragraph_spans[paragraph - 1]
        above = sentences(
            body, above_start, above_end, quotes(body, *(above_start, above_end))
        )
        if not above:
            return None
        last_start, last_end = above[-1]
        for statement in reversed(self.statements):
            if statement.paragraph != paragraph - 1:
                break
            if statement.start >= last_start or statement.end > last_start:
                statement = self._PAGE_claim_holder(statement)
                speaker = Speaker(
                    statement.speaker, statement.speaker_kind, statement.speaker_role
                )
                return speaker, statement.cue, statement.via
        sentence = body[last_start:last_end]
        for verb in _QUOTE_VERB_RE.finditer(sentence):
            if _not_a_report(sentence[: verb.start()], verb.group(0)):
                continue
            chunk = self._subject_chunk(sentence[: verb.start()])
            speaker = self.speaker(chunk, last_start + verb.start()) if chunk else None
            if speaker is not None:
                return speaker, verb.group(0), self._relay(sentence[verb.end() :])
        return None

    def _PAGE_claim_holder(self, statement: Statement) -> Statement:
        """ "Roe rejected Lee's claims that the raid was a success. ¶ “…”":
        a claim held up inside another's words ("Lee's claims that …",
        "charges by Lee that …") is not what the quotation below goes on
        with; the one who rejected it speaks on."""
        if fold(statement.cue) not in _NESTED_CUES:
            return statement
        for other in reversed(self.statements):
            if (
                other is not statement
                and other.paragraph == statement.paragraph
                and other.start <= statement.start
                and statement.end <= other.end
                and fold(other.speaker) != fold(statement.speaker)
                and other.speaker_kind == "person"
            ):
                return other
        return statement

    def _last_outer(self) -> Statement:
        """The last statement, or the one it is nested in: after "The Times
        reports Roe said that …", the Times, whose report the words that
        follow go on with, not Roe's words inside it."""
        last = self.statements[-1]
        for other in reversed(self.statements[-4:-1]):
            if (
                other.start < last.start
                and last.end <= other.end
                and not other.is_direct_quote
                and fold(other.speaker) != fold(last.speaker)
                and other.paragraph == last.paragraph
            ):
                return other
        return last

    def _previous_quote(self, paragraph: int) -> bool:
        """Whether an unattributed quotation here goes on from the last statement:
        a quotation in this or the last paragraph, or a person's words just now."""
        if not self.statements:
            return False
        last = self._last_outer()
        if last.is_direct_quote:
            return last.paragraph >= paragraph - 1
        return last.speaker_kind == "person" and last.paragraph == paragraph

    def _name_label_after(self, quote: Quote, post: str):
        """A quotation signed with a bare name and title, no verb: "“…,” Cho
        Tai-Young, spokesman, South Korean Foreign Ministry."."""
        if not post.strip():
            # The sentence ended with the quotation; the signature may be
            # the paragraph's one line below it.
            line = re.match(
                r"[.”\"]*([ \t]*\n[ \t]*[^\n]+?)[ \t]*(?=\n[ \t]*\n|\n?\Z)",
                self.body[quote.end :],
            )
            if line:
                post = line[1]
        label = re.fullmatch(
            r"(?P<lead>[\s,”\"]*)(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'.\-]+){1,3}),"
            r"\s+(?P<title>[^;:“”\"]{3,80}?)[.\s]*",
            post,
        )
        closing = self.body[quote.start : quote.end].rstrip(_QUOTE_MARKS + " ")
        # "“I've been smiling ever since.” // Ann Lee, mission specialist": a
        # quotation signed on the line below it with the name and the role.
        signed = (
            label is not None
            and re.fullmatch(r"[ \t]*\n[ \t]*", label["lead"])
            and "\n" not in label["title"]
        )
        if (
            label is None
            or _VERB_RE.search(post)
            or not (closing.endswith(",") or signed)
        ):
            return None  # "“…,” Name, title." — the comma that a verb would follow
        if not any(
            w.strip(",.").lower() in lx.ROLE_NOUNS | lx.TITLE_WORDS
            for w in label["title"].split()
        ) and not (
            # On its own line, a description in lower case ("mission
            # specialist", "pilot") is a role whatever its noun.
            signed
            and re.fullmatch(
                r"[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,4}\.?", label["title"]
            )
        ):
            return None
        speaker = self.speaker(label["name"], quote.end + label.start("name"))
        if speaker is None or speaker.kind != "person":
            return None
        return speaker, "(name label)", None

    def _attribution_below(self, quote: Quote):
        """A quotation standing alone, signed in the next paragraph: "— Todd Kim",
        or after a dash at its paragraph's end: "“…” --Ann B. Lee"."""
        below = re.match(
            r"[\s.”\"]*\n\s*\n\s*[—–]\s*([^\n]+)", self.body[quote.end :]
        ) or re.match(
            r"[.”\"]*[ \t]*(?:--|[—–])[ \t]*((?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]+)"
            r"[ \t.]*(?:\n|$)",
            self.body[quote.end :],
        )
        if not below:
            return self._name_line_below(quote)
        signature = below.group(1).rstrip(" .")
        named = re.fullmatch(
            r"(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'.\-]*){1,3}),\s+(?P<role>[^,\n]{2,80}.*)",
            signature,
        )
        if named:
            # "—Gary Jordan, Public Affairs Manager, NASA’s Johnson Space
            # Center": the name before the first comma, then the role.
            person = self.speaker(named["name"], quote.end)
            if person is not None and person.kind == "person":
                if not person.role:
                    person = Speaker(person.name, person.kind, named["role"].strip())
                return person, "(signed)", None
        speaker = self.speaker(signature, quote.end)
        return (speaker, "(signed)", None) if speaker else None

    def _name_line_below(self, quote: Quote):
        """A quotation on a line of its own, signed on the line under it with
        a name and, after a comma, the speaker's role ("“…”" / "Ann B. Roe,
        flight engineer"): a page of quotations, each with its speaker's name
        under it. The name line ends its paragraph."""
        body = self.body
        line_start = body.rfind("\n", 0, quote.start) + 1
        if body[line_start : quote.start].strip():
            return None  # words before the quotation on its line
        below = re.match(
            r"[ \t.]*\n[ \t]*(?P<name>[A-Z][\w’'\-]+(?:[ \t]+[A-Z][\w’'.\-]*){1,3})"
            r"(?:,[ \t]*(?P<role>[^\n,;:“”\"]{2,60}))?[ \t.]*(?:\n[ \t]*\n|\s*$)",
            body[quote.end :],
        )
        if below is None or _VERB_RE.search(below.group(0)):
            return None
        name = below["name"]
        if name.split()[-1].endswith(".") or any(
            _organisation_word(t)
            or t.lower().strip(".") in lx.TITLE_WORDS
            or t.lower() in _CREDIT_WORDS
            for t in name.split()
        ):
            return None  # "Courtesy Photo", "NASA Headquarters", "Dr. Roe."
        role = (below["role"] or "").strip(" .").lower()
        if role in lx.US_STATES or role in lx.PLACES:
            return None  # "River City, Ohio": a dateline's place, no signature
        speaker = self.speaker(name, quote.end + below.start("name"))
        if speaker is None or speaker.kind != "person" or " " not in speaker.name:
            return None
        if below["role"] and not speaker.role:
            speaker = Speaker(speaker.name, speaker.kind, below["role"].strip())
        return speaker, "(signed)", None

    def _attribution_after(self, post: str, offset: int):
        text = post.lstrip(' ,”"')
        shift = offset + len(post) - len(text)
        text = text.rstrip(' .!?”"')
        quoted_as = re.fullmatch(_QUOTED_AS, text)
        if quoted_as:
            return self._quoted_as(quoted_as, shift)
        passive = re.fullmatch(
            r"(?P<subj>[^.;:“”\",]{1,60}?)\s+(?:was|were|is|has\s+been|had\s+been)"
            r"\s+(?:also\s+)?quoted\s+(?P<mods>[^.;:“”\"]{0,60}?\s+)?as\s+(?:saying"
            r"|commenting|stating|telling\s+\w+|adding|writing)",
            text,
        )
        if passive:
            # "…,” he was quoted as saying: the one quoted speaks.
            speaker = self.speaker(passive["subj"].strip(), shift)
            if speaker is not None:
                return speaker, "quoted as saying", self._relay(passive["mods"] or "")
        # Initials' and titles' full stops ("Lt. Col. Paul Fitzpatrick") are no
        # sentence's end: masked, with the same length, for the match.
        masked = re.sub(r"\b([A-Z][a-z]{0,3})\.", "\\1\u00a7", text)
        subject_first = re.match(
            # "…,” the report said.": after a determiner, "report" is a noun.
            rf"^(?P<subj>[^.;:“”\"]{{1,120}}?)(?<!\b[Tt]he)(?<!\ba)(?<!\ban)"
            rf"\s+(?P<verb>{_VERBS}|{_AFTER_QUOTE_VERBS})\b(?P<rest>.*)$",
            masked,
        )
        if subject_first and re.match(rf"(?:{_VERBS})\s", subject_first["subj"]):
            # "…,” said one resident, who asked not to be named.": the verb
            # comes first; "asked" is the relative clause's, not the
            # attribution's.
            subject_first = None
        if subject_first:
            subject = text[: subject_first.end("subj")]
            head, _, rest = subject.partition(",")
            named_first = (
                re.fullmatch(
                    r"(?:(?:[A-Z][a-z]{0,3}\.\s+){0,2})(?:[A-Z][\w’'\-]*\.?\s+){1,3}"
                    r"[A-Z][\w’'\-]+",
                    head.strip(),
                )
                if rest.strip()[:1].isalpha() and not re.search(r",|\band\b", rest)
                else None
            )
            first = self.speaker(head.strip(), shift) if named_first else None
            placed = re.fullmatch(
                r"(?P<who>.*?\b[A-Z][\w’'\-]+)\s+(?:in|at)\s+[A-Z][\w’'.\-]*"
                r"(?:\s+[A-Z][\w’'.\-]*)?",
                subject.strip(),
            )
            if first is None and placed and "," not in subject:
                # "“…,” NOAA meteorologist Ann Lee in Wichita said.": where
                # she spoke, after her name.
                first = self.speaker(placed["who"], shift)
                if first is not None and first.kind == "person":
                    head = placed["who"]
            if first is not None and first.kind == "person":
                # "“…,” Dr. Ann Lee, the agency's lead scientist on the report
                # said.": the comma closing the description left out; the name
                # before it speaks.
                subject = head.strip()
            elif "," in subject:
                # "Lt. Col. Paul Fitzpatrick, Combined Joint Task Force 76
                # spokesperson, said": the name, or the description's holder.
                subject = self._subject_chunk(subject + " ,") or subject
            else:
                subject = _news_name_not_place(subject)
            if len(subject.split()) <= 10:
                speaker = self.speaker(subject, shift)
                if speaker is None and re.fullmatch(r"[a-z][a-z’'\-]{2,}", subject):
                    # "“…,” shinoda said.": a known surname typed in lower case.
                    person = self.person_by_surname(subject.capitalize(), shift)
                    if person is not None:
                        speaker = Speaker(person.name, "person", person.role)
                if speaker:
                    # "…,” Ann Lee told Reuters.": the verb names whom she told.
                    via = self._relay(subject_first["verb"] + subject_first["rest"])
                    return speaker, subject_first["verb"], via
        according = re.match(r"[Aa]ccording\s+to\s+(?P<subj>[^,;:“”\"]{2,80})", text)
        if according:
            # "“…”, according to Frank Roe, Deputy State Coordinating
            # Officer.": the name before its description.
            speaker = self.speaker(according["subj"].strip(), shift)
            if speaker is not None:
                return speaker, "according to", None
        verb_first = re.match(
            rf"^(?P<verb>{_VERBS})\s+(?P<subj>.+)$", text
        ) or re.match(
            # "“…,” expressed Col. Ann Lee, the wing's commander.": a verb of
            # feeling used for saying, right after a quotation, before a name.
            r"^(?P<verb>expressed|shared|exclaimed|quipped)\s+(?P<subj>[A-Z].+)$",
            text,
        )
        kin_named = (
            re.fullmatch(
                r"(?P<owner>[A-Z][\w’'\-]*[’']s)\s+(?P<noun>[a-z]+),\s+"
                r"(?P<name>[A-Z][a-z’'\-]+)",
                verb_first["subj"].strip(),
            )
            if verb_first
            else None
        )
        if kin_named and kin_named["noun"] in _KIN_NOUNS | lx.ROLE_NOUNS:
            # "“…,” says Mohammad's mother, Lina.": the name after the
            # description that says whose relative she is.
            return (
                Speaker(
                    kin_named["name"],
                    "person",
                    f"{kin_named['owner']} {kin_named['noun']}",
                ),
                verb_first["verb"],
                None,
            )
        named_last = (
            # "said Center Commander, Rear Adm. Ann Lee Jr.": a name with its
            # rank, up to six words.
            re.search(
                r",\s+((?:[A-Z][\w’'.\-]*\s+){1,5}[A-Z][\w’'.\-]*)\s*$",
                verb_first["subj"],
            )
            if verb_first
            else None
        )
        if (
            named_last
            and not _VERB_RE.search(named_last[1])
            and (
                verb_first["subj"][:1].islower()
                # "said Mercy's civil service master, Capt. Robert Wiley": an
                # owner's description in lower case before the name.
                or re.match(
                    r"(?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*[’']s\s+(?:[a-z][\w\-]*\s+)*[a-z][\w\-]*,",
                    verb_first["subj"],
                )
                # "said John Brandt, CBP Acting Port Director, Eagle Pass": a
                # comma before the office, so a name opens the attribution and
                # the words after the last comma are where he works.
                or (
                    "," not in verb_first["subj"][: named_last.start()]
                    and _bare_title(verb_first["subj"][: named_last.start()])
                )
            )
        ):
            # "said firefighter for the Riverside County Fire Department, Jody
            # Hagemann", "said Secretary of Labor, Ann Lee": the name that ends
            # the attribution.
            speaker = self.speaker(named_last[1].strip(), shift)
            if speaker is not None and speaker.kind == "person":
                return speaker, verb_first["verb"], None
        ranked = (
            re.fullmatch(
                r"(?P<rank>(?:[A-Z][\w.’'\-]*|\d+(?:st|nd|rd|th))"
                r"(?:\s+(?:[A-Z][\w.’'\-]*|\d+(?:st|nd|rd|th)|of|the)){1,6}),\s+"
                r"(?P<name>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){1,3}),\s+[^,]+",
                verb_first["subj"].strip(),
            )
            if verb_first
            else None
        )
        if ranked and re.search(r"\d(?:st|nd|rd|th)\b", ranked["rank"]):
            # "said Hospital Corpsman 3rd Class, Keeon Haynes, the most junior
            # corpsman": a rank with its class set off before the name.
            speaker = self.speaker(ranked["name"], shift)
            if speaker is not None and speaker.kind == "person":
                return speaker, verb_first["verb"], None
        if verb_first:
            subject = re.split(
                r",|\s+(?:in a|in an|on|at|during|to|for the|after|when|while|before)\s+"
                # "says Dr. Ann Lee in Santa Cruz, Calif.": where she spoke.
                r"|\s+in\s+(?=[A-Z])"
                # "said Ann Lee as she boarded the plane": when she said it.
                r"|\s+as\s+(?=(?:he|she|they|we|the|a|an|his|her|their|its|other)\s)",
                verb_first["subj"],
                maxsplit=1,
            )[0]
            speaker = self.speaker(subject, shift)
            if speaker and " of " in speaker.name and speaker.kind == "person":
                # "said Army Spc. Ann Lee of Fort Hood": the name, then where
                # she serves.
                named = self.speaker(speaker.name.split(" of ")[0], shift)
                if named is not None and named.kind == "person" and " " in named.name:
                    speaker = Speaker(named.name, "person", named.role or speaker.role)
            if speaker:
                return speaker, verb_first["verb"], self._relay(verb_first["subj"])
        return None

    def _quoted_as(self, match: re.Match, offset: int):
        """ "SOURCE quoted WHO as saying": WHO, relayed by SOURCE unless SOURCE
        is a person (who is then only the one citing)."""
        who = match["who"].strip()
        who = {"him": "he", "her": "she", "them": "they"}.get(who, who)
        speaker = self.speaker(who, offset + match.start("who"))
        if speaker is None:
            return None
        source = self.speaker(match["source"].strip(), offset + match.start("source"))
        via = source.name if source and source.kind != "person" else None
        if via and fold(via) == self.publisher:
            via = None
        return speaker, "as saying", via

    def _attribution_before(self, pre: str, offset: int):
        quoted_as = re.search(_QUOTED_AS + r"\s*[:,]?\s*$", pre)
        found = self._quoted_as(quoted_as, offset) if quoted_as else None
        if found:
            return found
        inscribed = _THAT_SAID.search(pre)
        if inscribed:
            # "a helmet signed by him that said, “…”", "a sign that read:
            # “…”": the thing that bears the words.
            return (
                Speaker(inscribed["noun"], "anonymous", inscribed["noun"]),
                inscribed["verb"],
                None,
            )
        written = _TEXT_READ.search(pre)
        if written:
            # "The ministry's statement read: “…”": whoever issued the text, if
            # named, or else the text itself.
            speaker = self.speaker(
                written["subject"], offset + written.start("subject")
            ) or Speaker(written["noun"], "anonymous", written["noun"])
            return speaker, written["verb"], None
        closing = _CLOSED_WITH.search(pre)
        if closing:
            # "But he ended the review with, “You don't need one.”": the words
            # a text or a speech opens or ends with are its author's.
            chunk = self._subject_chunk(pre[: closing.start()])
            speaker = self.speaker(chunk, offset + closing.start()) if chunk else None
            if speaker is not None:
                return speaker, closing.group(0).strip(" ,:"), None
        agreeing = re.search(
            r"(?:^|[.!?”\"]\s+)(?P<who>[A-Z][^.!?“”\":]{2,60}?)\s+(?P<verb>(?!(?:is|was|has|does)\b)"
            r"[a-z]{3,}(?:s|ed))\s*:\s*$",
            pre,
        )
        if agreeing and not _VERB_RE.fullmatch(agreeing["verb"]):
            # "Refuge manager Erin Holmes concurs: “…”", "Ann Roe agrees: “…”":
            # a person's verb and a colon introduce the quotation.
            speaker = self.speaker(agreeing["who"], offset + agreeing.start("who"))
            if speaker is not None and speaker.kind == "person":
                return speaker, agreeing["verb"], None
        put = re.search(
            r"(?:^|[.!?”\"]\s+)(?P<who>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){1,3})\s+"
            # "Judge Punch repeatedly asked, “…?”": an adverb before the verb.
            r"(?:[a-z]+ly\s+)?"
            r"(?P<how>(?:asked|put\s+it|summed\s+(?:it\s+)?up|had\s+this\s+to\s+say"
            r"|shouted|yelled|whispered|pleaded|replied|responded)(?:\s+[a-z]+){0,3})"
            r"\s*[:,]\s*$",
            pre,
        )
        if put:
            # "Ann Lee put it this way: “…”", "Ann Lee asked, “…?”": how the
            # person said the words that follow.
            speaker = self.speaker(put["who"], offset + put.start("who"))
            if speaker is not None and speaker.kind == "person":
                return speaker, put["how"], None
        # The verb nearest the quotation: "spoke to the state broadcaster CCTV
        # about the incident, saying “…”" is introduced by "saying", not "state".
        match = None
        for candidate in reversed(list(re.finditer(rf"\b(?:{_QUOTE_VERBS})\b", pre))):
            if _not_a_report(pre[: candidate.start()], candidate.group(0)):
                continue
            match = re.compile(
                rf"(?P<verb>{re.escape(candidate.group(0))})"
                rf"(?P<mods>[^“”\".]{{0,60}}?)\s*(?:[:,]|\bthat)?\s*$"
            ).match(pre, candidate.start())
            break
        if not match:
            return None
        if match["verb"] in lx.PARTICIPLES:
            speaker = self._participle_subject(offset, offset + match.start("verb"))
            if speaker is None:
                return None
            return speaker, match["verb"], self._relay(pre)
        chunk = self._subject_chunk(pre[: match.start("verb")])
        if chunk is None:
            return None
        cue = match["verb"]
        nested = re.fullmatch(
            r"(?P<subject>.+?)\s+(?P<verb>said|says|told|stated|added)\s+(?:that\s+)?"
            r"(?:he|she|they)",
            chunk,
        )
        if nested:
            # "The manager said that he thought “…”": the manager's words.
            chunk, cue = nested["subject"], nested["verb"]
        speaker = self.speaker(chunk, offset + match.start("verb"))
        if speaker is None:
            return None
        via = self._relay(match["mods"]) or self._interview(pre[: match.start("verb")])
        if via is None and match["verb"] in lx.LISTENER_VERBS:
            # "told the French News Agency the fighting is the “turning
            # point”": whom the speaker told, before the quoted words.
            via = self._relay(match["verb"] + match["mods"])
        return speaker, cue, via

    def _whose(self, region: str, start: int) -> Speaker | None:
        """ "envoy Terje Roed-Larsen, whose aides Sunday were predicting …":
        the owner's aides are the subject of the verb that ends ``region``."""
        whose = re.search(
            r"(?P<owner>(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]+),\s+whose\s+"
            r"(?P<noun>[a-z]+)\s+(?:[A-Z]?[a-z]+\s+)?(?:(?:is|are|was|were|have|has|had)"
            r"(?:\s+been)?\s*)?$",
            region,
        )
        if whose is None:
            return None
        owner = self.speaker(whose["owner"], start + whose.start("owner"))
        name = owner.name if owner is not None else whose["owner"]
        return Speaker(f"{name}'s {whose['noun']}", "anonymous", whose["noun"])

    def _participle_subject(self, start: int, position: int) -> Speaker | None:
        """Who is "saying" in "X resigned, stating …": the last person named
        before the participle in its sentence (the first, after "by" or
        "while"), else the sentence's subject."""
        region = self.body[start:position]
        whose = self._whose(region, start)
        if whose is not None:
            return whose
        said = re.search(
            r",\s+(?P<who>he|she|they|(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]*)\s+"
            r"(?:said|says|added|adds|wrote|explained|told\s+[A-Z]\w*)\s*,?\s*$",
            region,
        )
        if said:
            # "Some of the victims were battered, he said, adding …": the one
            # who said the sentence goes on with the participle.
            at = start + said.start("who")
            who = said["who"]
            found = (
                self._pronoun(who, at) if who in lx.PRONOUNS else self.speaker(who, at)
            )
            if found is not None:
                return found
        # "Previously, the administration had defended its use, claiming …":
        # an opening adverb is not the subject.
        opener = re.match(
            r"\s*(?:[A-Z][a-z]+ly|Earlier|Later|Meanwhile|However|Still|Yet|Instead"
            r"|Then|Since\s+then|Last\s+\w+|Even\s+so|Nevertheless|Nonetheless|Indeed"
            r"|In\s+fact|Moreover|In\s+addition|Also"
            # "In a radio interview in Melbourne, Mr. Howard was quoted as
            # stating …": an opening phrase of circumstance; "As president
            # from 2000 to 2008, Mr. Chen clashed …": an opening capacity.
            r"|(?:In|On|At|During|After|Before|As)\s+[^,;:“”\"]{1,60}?"
            # "When asked by a reporter to elaborate on …, Roe responded by
            # saying …": a clause of time or condition before the subject.
            r"|(?:When|While|Once|If|Although|Though|Asked)\s+[^,;:“”\"]{1,100}?)\s*,\s+",
            region,
        )
        means = re.search(_MEANS_BEFORE_PARTICIPLE, region)
        persons = [p for p in self.persons if start <= p.position < position]
        speakers = [
            p
            for p in persons
            if not re.search(
                r"\b(?:spoke|spoken|speaking|talked|talking)\s+(?:with|to)\s+"
                r"(?:[\w’'.\-]+\s+){0,6}$",
                self.body[start : p.position],
            )
        ]
        if speakers:
            # "Ann Lee spoke with VOA reporter Tom Hale, saying …": the one she
            # spoke with is the listener, not who is saying.
            persons = speakers
        owners = [p for p in persons if self._PAGE_possessive_at(p)]
        if owners and len(owners) < len(persons):
            # "Roe agreed with some of Senator Lee's criticisms, saying …": a
            # name in the possessive qualifies an object; it says nothing.
            persons = [p for p in persons if p not in owners]
        if means and persons:
            # "Jane Roe met the bishop and sought to calm the crowd by
            # insisting …": a participle after "by", "while", "after" takes the
            # subject of its clause, not the last person named.
            skip = start + (opener.end() if opener else 0)
            person = next((p for p in persons if p.position >= skip), persons[-1])
            return Speaker(person.name, "person", person.role)
        if len(persons) >= 2:
            listener = re.search(
                r"\b(?:spoke|speaks|speaking|talked|talks|talking|chatted)\s+(?:with|to)"
                r"\s+[^,;:“”\"]*$|\btold\s+[^,;:“”\"]*$",
                body_before := self.body[start : persons[-1].position],
            )
            if listener:
                # "Ann Lee spoke with reporter Tom Hale, saying …": the one
                # spoken to is no subject; the speaker is named before the verb.
                verb_at = start + listener.start()
                speakers = [p for p in persons if p.position < verb_at]
                if speakers and not re.search(
                    r"[.!?]\s", body_before[listener.start() :]
                ):
                    return Speaker(speakers[-1].name, "person", speakers[-1].role)
        if persons:
            return Speaker(persons[-1].name, "person", persons[-1].role)
        if opener:
            start += opener.end()
            region = region[opener.end() :]
        chunk = region.split(",")[0]
        subject = _clause_subject(chunk)
        if subject != chunk and len(subject.split()) <= 8:
            return self.speaker(subject, start)
        if len(chunk.split()) > 12 or re.search(
            r"\b(?:was|were|is|are|had|has|have)\s+\w+ing\b|\b(?:referring|left)\b",
            chunk,
        ):
            return None  # a clause, not a subject
        return self.speaker(chunk, start)

    def _PAGE_possessive_at(self, person: _Person) -> bool:
        """Whether the mention of ``person`` at its position is a possessive
        ("Senator Ann Lee's criticisms")."""
        window = self.body[person.position : person.position + len(person.name) + 40]
        if "'" not in window and "’" not in window:
            return False
        found = re.match(
            r"(?:[\w.\-]+\s+){0,4}?" + re.escape(person.name.split()[-1]) + r"[’']s?\b",
            window,
        )
        return (
            bool(found)
            and re.fullmatch(
                r"[\w.\-\s]*", self.body[person.position : found.end()].rstrip("’'s")
            )
            is not None
        )

    # -- reported speech -----------------------------------------------------------

    def _participle(self, s_start, s_end, inside) -> list[Statement]:
        """…, stating (that) CLAUSE. / …, saying (that) CLAUSE."""
        body = self.body
        words = "|".join(lx.PARTICIPLES)
        # "…, having already announced a recount of the vote": the perfect
        # participle reports as the plain one does.
        words += (
            r"|having\s+(?:already\s+|earlier\s+|previously\s+)?(?:said|announced"
            r"|confirmed|stated|warned)(?:\s+(?:earlier|previously|already))?"
        )
        for match in re.finditer(
            rf",?\s+({words})\s+(?:that\s+)?", body[s_start:s_end]
        ):
            at = s_start + match.start(1)
            if any(q.start < at < q.end for q in inside):
                continue
            if re.match(
                r"(?:to|over|about|with)\s", body[s_start + match.end() : s_end]
            ):
                # "claiming to be a pedophile", "arguing over the name of a
                # sea": no statement follows.
                continue
            if (
                match.group(1) == "warning"
                and re.search(
                    r"(?:,|\b(?:is|are|was|were|been|be))\s*$",
                    body[s_start : s_start + match.start(1)],
                )
                and re.match(
                    r"(?:(?!(?:that|they|he|she|we|it|I|will|would|could|can|may|might"
                    r"|is|are|was|were|has|have|had)\b)[\w’'.\-]+\s+){1,6}?to\s+[a-z]+\b"
                    r"(?![^,.;:“”\"]*\b(?:would|will|could|can|may|might|is|are|was|were)\b)",
                    body[s_start + match.end() : s_end],
                )
            ):
                # "is warning U.S. citizens in Mexico to use caution": advice.
                continue
            if match.group(1).startswith("claim") and _share_taken(
                " " + body[s_start + match.end() : s_end]
            ):
                continue  # "won the most seats, claiming almost one-third"
            speaker = self._participle_subject(s_start, at)
            quoted_as = re.search(
                _QUOTED_AS + r"\s*$", body[s_start : s_start + match.end(1)]
            )
            relayed = self._quoted_as(quoted_as, s_start) if quoted_as else None
            if relayed is not None:
                # "Weldon quoted North Korean officials as saying they …": the
                # ones quoted speak (relayed by an outlet that quotes them).
                speaker = relayed[0]
            a, b = trim(body, s_start + match.end(), s_end, drop=" ,;:.")
            if speaker is None or b - a < 10 or body[a] in '“"':
                continue
            # "The Taleban contacted the Reuters news service, confirming …":
            # the outlet contacted relays it.
            contacted = re.search(
                r"\b(?:contacted|called|phoned|emailed|wrote\s+to)\s+(?:the\s+)?"
                r"((?:[A-Z][\w’'\-]*\s?)+)",
                body[s_start:at],
            )
            via = None
            if contacted:
                name = contacted[1].strip()
                if self.is_outlet(name) or re.match(
                    r"\s*(?:news\s+(?:service|agency)|newspaper|radio|television)",
                    body[s_start + contacted.end(1) : at],
                ):
                    via = name if fold(name) != self.publisher else None
            if via is None and re.search(r"\bquoted\s+by\b", body[s_start:at]):
                # "Ann Lee was quoted by Xinhua as saying …": Xinhua relays it.
                via = self._relay(body[s_start:at])
            if via is None and relayed is not None:
                via = relayed[2]  # "Reuters quoted Ann Lee as saying …"
            return [
                self._reported(a, b, speaker, match.group(1), via=via, extendable=True)
            ]
        return []

    def _letter_saying(self, s_start, s_end, inside) -> list[Statement]:
        """X wrote a letter saying CLAUSE. / OUTLET reports that X wrote a
        letter saying CLAUSE.: the clause is X's (via the outlet); the letter
        and the outlet's report are only how it reached the article."""
        if inside:
            return []
        body = self.body
        match = _LETTER_SAYING.search(body, s_start, s_end)
        if match is None:
            return []
        subject = body[s_start : match.start()].strip(" ,")
        via = None
        outer = re.fullmatch(
            r"(?P<source>[^,;:“”\"]{1,60}?)\s+(?:reports|reported|says|said)\s+"
            r"(?:that\s+)?(?P<who>.+)",
            subject,
        )
        if outer:
            source = self.speaker(outer["source"], s_start)
            if source is None or source.kind != "media_outlet":
                return []
            if fold(source.name) != self.publisher:
                # As the article writes it: "The Washington Post reports".
                via = re.sub(r"^the\s+", "", outer["source"].strip())
            subject = outer["who"]
        if "," in subject:
            # "Earlier Wednesday, however, the president's account released a
            # message saying …": the subject after the opening phrases.
            subject = self._subject_chunk(subject) or subject
        if len(subject.split()) > 8:
            return []
        speaker = self.speaker(subject, match.start())
        platform = re.search(
            r"\b(Twitter|Facebook|Instagram|Telegram|YouTube|TikTok|Weibo|WeChat)\s+"
            r"(?:account|page|channel|feed)\b",
            subject,
        )
        if platform and speaker is not None and platform[1] not in speaker.name:
            via = via or platform[1]  # the owner's words, through the platform
        a, b = trim(body, match.end(), s_end, drop=" ,;:.")
        if speaker is None or speaker.kind == "media_outlet" or b - a < 10:
            return []
        return [self._reported(a, b, speaker, match["verb"], via=via)]

    def _according_to(self, s_start, s_end, inside) -> list[Statement]:
        body = self.body
        sentence = body[s_start:s_end]
        match = re.search(r"\b[Aa]ccording to\s+", sentence) or re.match(
            # "As alleged in the complaint, CLAUSE", "As reported by Reuters,
            # CLAUSE": the source, as with "according to".
            r"\s*As\s+(?:(?:first|previously|also)\s+)?(?:alleged|stated|reported"
            r"|noted|described|detailed|outlined|set\s+out)\s+(?:in|by)\s+",
            sentence,
        )
        if not match:
            return []
        if re.match(
            r"(?:(?:his|her|their|its|our|my)\s+(?:own\s+)?(?:interpretation|understanding"
            r"|reading|view|version|account\s+of\s+events)\s+of"
            r"|(?:plan|schedule|tradition|custom|protocol|the\s+rules|the\s+law)\b)",
            sentence[match.end() :],
        ):
            # "reserved for men according to their interpretation of Islam",
            # "according to plan": a standard, no source's report.
            return []
        head = sentence[: match.start()]
        after = match.end()
        if (
            not head.strip(" ,")
            or head.strip(" ,").lower() in lx.LEADING_FILLERS
            # "The court noted that according to X data, CLAUSE": the clause
            # after the source's comma, not the whole sentence.
            or (re.search(r"\bthat\s*$", head) and "," in sentence[after:])
        ):
            # "According to X, CLAUSE." – X runs to the comma, past a relative
            # clause or a "however" set off by commas.
            rest = sentence[after:]
            bounds, position = [], 0
            for comma in re.finditer(r",\s*", rest):
                bounds.append((position, comma.start()))
                position = comma.end()
            bounds.append((position, len(rest)))
            unmarked = _ACCORDING_NO_COMMA.match(rest)
            if unmarked:
                # "According to The Press one video shows …": no comma, the
                # name ends where the clause's lower-case opening begins.
                bounds = [
                    (0, unmarked.end("source")),
                    (unmarked.start("clause"), len(rest)),
                ]
            parts = [rest[a:b] for a, b in bounds]
            source = parts[0]
            skip = 1
            if (
                len(parts) > 2
                and re.match(r"(?:a|an|the|one)\s", source, flags=re.I)
                and source.split()[-1].lower() in lx.ROLE_NOUNS | lx.ANONYMOUS_HEADS
                and re.fullmatch(
                    r"(?:[A-Z][a-z]{0,3}\.\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'.\-]*){1,3}",
                    parts[1],
                )
                and not parts[2][:1].isdigit()
                # The clause after the name has its own verb ("the fire was
                # reported"), not a second description ("a teacher").
                and re.search(
                    r"\b(?:is|was|were|are|has|have|had|will|would|can|could|did"
                    r"|does|\w+ed)\b",
                    parts[2],
                )
            ):
                # "According to a Baltimore Fire Department official, Kevin
                # Cartwright, the fire was …": the name set off after the
                # description speaks; the clause follows it.
                named = self.speaker(parts[1], s_start + after + bounds[1][0])
                if named is not None and named.kind == "person":
                    source, skip = parts[1], 2
            while skip < len(parts) and (
                re.match(r"(which|who|whose|where|a|an)\b", parts[skip])
                and skip + 1 < len(parts)
                or parts[skip].lower() in lx.LEADING_FILLERS | {"though", "too"}
            ):
                skip += 1
            if skip >= len(parts):
                return []
            c_start = s_start + after + bounds[skip][0]
            a, b = trim(body, c_start, s_end, drop=" ,;:.")
            extendable = True
        else:
            source = sentence[after:].rstrip(' .!?”"')
            a, b = trim(body, s_start, s_start + match.start(), drop=' ,;:—–-“”"')
            if head.rstrip(' ”"').endswith(","):
                # "“…,” according to Eleanor Helin, a planetary astronomer at
                # JPL and the NEAT Principal Investigator.": the name, not its
                # description.
                source, _, predicate = source.partition(",")
                if re.match(
                    r"\s*(?:is|are|was|were|has|have|had|will|would|can|could|may"
                    r"|might|should|must|remains?)\s",
                    predicate,
                ):
                    # "The drought, according to Ann Lee, is the worst in
                    # memory.": the subject's predicate after the source.
                    a, b = trim(body, s_start, s_end, drop=" .")
            else:
                a, b = trim(body, s_start, s_end, drop=" ")
            extendable = False
        speaker = self.speaker(source, s_start)
        if speaker is None or b <= a:
            return []
        cue = " ".join(match.group(0).split()).lower()  # "as alleged in"
        found = [self._reported(a, b, speaker, cue, extendable=extendable)]
        if head.strip(" ,") and re.search(r"\bthat\s*$", head):
            # "The court noted that according to X, CLAUSE": the court's
            # statement too, the source's nested in it.
            found = [
                s for s in self._leading(s_start, s_end, inside) if s.start < a
            ] + found
        return found

    def _passive(self, s_start, s_end, inside) -> list[Statement]:
        """It was reported by X that CLAUSE. / We can confirm through X that
        CLAUSE. / The indictment charges X with Y."""
        body = self.body
        match = _PASSIVE_AGENT.search(body, s_start, s_end) or _THROUGH.search(
            body, s_start, s_end
        )
        if match and not any(q.start < match.start() < q.end for q in inside):
            speaker = self.speaker(match["agent"], s_start)
            a, b = trim(body, match.end(), s_end, drop=" ,;:.")
            if speaker is not None and b - a >= 10:
                cue = match["verb"]
                return [self._reported(a, b, speaker, cue, extendable=True)]
        agent = _PASSIVE_OBJECT.search(body, s_start, s_end)
        if (
            agent
            and not any(q.start < agent.end() and agent.start() < q.end for q in inside)
            and not re.match(r"\s*(?:It|This|That)\s", body[s_start : agent.start()])
            and fold(agent["agent"]).split()[-1]
            not in ("senate", "congress", "parliament", "assembly", "council", "vote")
        ):
            # "The seized birds were confirmed by U.S. Fish & Wildlife as a
            # protected species.", "The deaths were announced by the ministry
            # on Monday.": the agent confirms what the sentence says.
            speaker = self.speaker(agent["agent"], agent.start("agent"))
            if speaker is not None:
                a, b = trim(body, s_start, s_end, drop=" ")
                return [self._reported(a, b, speaker, agent["cue"])]
        charges = _CHARGES.match(body, s_start, s_end)
        if charges:
            a, b = trim(body, s_start, s_end, drop=" ")
            speaker = Speaker(charges["doc"].lower(), "organisation", "")
            return [self._reported(a, b, speaker, charges["verb"])]
        return []

    def _parenthetical(self, s_start, s_end, inside) -> list[Statement]:
        """START, X believe(s), REST. — the attribution set inside the sentence
        between commas: the sentence is the statement."""
        body = self.body
        match = _PARENTHETICAL.match(body, s_start, s_end)
        rest = body[match.end() : s_end] if match else ""
        if (
            match is None
            # A quotation only in the rest: "…, said Lopez, they try to “do
            # more with less.”"
            or any(q.start < match.end() for q in inside)
            or not re.search(r"\s[a-z]+", rest)
            or re.match(r"(?:\w+ing|and|but|while|as|who|which)\b", rest)
            # "…, said Ann Lee, the program's manager.": her description.
            or (
                match["inverted"]
                and not re.match(r"(?:he|she|they|it|we|there)\b", rest, flags=re.I)
                # "The drought, says Ann Lee, is the worst in memory.": the
                # attribution between the subject and its verb.
                and not re.match(
                    r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might"
                    r"|should|must|remains?|seems?)\s",
                    rest,
                )
                and not (
                    match["named"].islower()
                    and len(body[s_start : match.start("inverted")].split()) <= 4
                )
            )
            # "…, said officials, …": a group only by its common noun.
            or (
                (match["named"] or "A").islower()
                and fold(match["named"]) not in _COMMON_HEADS
            )
        ):
            return []  # "…, the diplomat said, adding that …": _trailing's
        subject = "subject" if match["subject"] else "named"
        speaker = self.speaker(match[subject], match.start(subject))
        if speaker is None:
            return []
        a, b = trim(body, s_start, s_end, drop=" ")
        return [self._reported(a, b, speaker, match["verb"] or match["inverted"])]

    def _describing(self, s_start, s_end, inside) -> list[Statement]:
        """X calls/called/described Y (as) Z — "NASA calls the mission a total
        success", "Kurz called the decision “arbitrary”": the sentence is X's."""
        body = self.body
        match = (
            _DESCRIBING.search(body, s_start, s_end)
            or _SEEING.search(body, s_start, s_end)
            or _CONSIDERING.search(body, s_start, s_end)
            or _CHARGING.search(body, s_start, s_end)
        )
        if (
            match is not None
            and match.re is _CHARGING
            and re.search(
                r"\b(?:police|prosecutors?|authorities|court|jury|judge|attorneys?|FBI"
                r"|department|indictment|grand\s+jury|investigators|officers?)\b",
                body[s_start : match.start()],
                flags=re.I,
            )
        ):
            return []  # "Police charged him with murder": a legal act
        if match is None or any(q.start < match.start() < q.end for q in inside):
            return []
        if (
            match.re is _DESCRIBING
            and not re.search(r"\s(?:as\s+\S|[“\"‘]|an?\s+\w+)$", match[0])
            and (
                re.search(r"\sthe\s+" + _NOT_A_COMPLEMENT, match[0])
                or re.match(r"descri|character|portray", match["verb"])
            )
        ):
            # "called the office the moment the storm began": a time after
            # the object, whatever "the" comes later; "described the ways the
            # team trains": "describe" takes its complement only with "as".
            return []
        if match.re in (_SEEING, _CONSIDERING) and re.search(
            r"\b(?:that|which|who|to|will|would|could|can|may|might|not|never)\s+$",
            body[s_start : match.start()],
        ):
            # "a reshuffle that saw Ann Lee replaced as …", "expected to see
            # it as …": no one's view stated.
            return []
        if match.re is _SEEING and not re.match(
            r"\s*(?:[A-Z][a-z]+,\s+)?(?:[Mm]any|[Ss]ome|[Mm]ost|[Ss]everal|[Ff]ew|[Oo]thers"
            # "Ordinary Afghans see the council as their best hope": a people.
            r"|[Oo]rdinary\s+[A-Z][a-z]+s)\b",
            body[s_start : match.start()],
        ):
            # Only a view held by many, some or most of a group is reported
            # as theirs: "Many Indonesians see …", "some analysts view …".
            return []
        if _not_a_report(body[s_start : match.start()], match["verb"]):
            # "The suspect was described as “calm”": the passive names the one
            # described, not who described him.
            return []
        speaker = self._subject_before(s_start, match.start())
        if speaker is None:
            return []
        a, b = trim(body, s_start, s_end, drop=" ")
        return [self._reported(a, b, speaker, match["verb"])]

    def _as_reports_after(self, s_start, s_end, inside) -> list[Statement]:
        """CLAUSE as X reports (from PLACE)."""
        match = _AS_REPORTS_AFTER.search(self.body, s_start, s_end)
        if match is None or inside:
            return []
        speaker = self.speaker(match["who"], match.start("who"))
        if speaker is None or speaker.kind != "person":
            return []
        a, b = trim(self.body, s_start, match.start(), drop=" ,;:.")
        if b - a < 20:
            return []
        return [self._reported(a, b, speaker, match["verb"])]

    def _trailing(self, s_start, s_end, inside) -> list[Statement]:
        """CLAUSE, X said. / CLAUSE, said X. / CLAUSE,” writes X."""
        body = self.body
        sentence = body[s_start:s_end]
        apposed = _APPOSED_TRAILING.search(sentence)
        if apposed:
            # "…, Ann Roe, 45, said.", "…, Ann Roe, a spokeswoman for the
            # ministry, said.": the description between the name and its verb
            # read as blank, so the name is the verb's subject (offsets kept).
            a, b = apposed.span("app")
            sentence = sentence[:a] + " " * (b - a) + sentence[b:]
        match = _TRAILING.search(sentence)
        while match and match["subj"]:
            tail = (match["tail"] or "").split()
            noun = match["verb"] in _NOUN_LIKE and tail[:1] == ["of"]
            # "… fighting in Upper Nile, Unity and Jonglei states.", "Iowa and
            # other Midwest states": the plural noun after places, not a verb
            # (no coordinated subject takes "states").
            places = match["verb"] == "states" and bool(
                re.search(r"\band\b", match["subj"])
                or match["subj"].split()[-1].lower() in _PLURAL_STATES_BEFORE
            )
            # "Indeed, the exercise is meant to show who is ready, said X.": an
            # infinitive or a negation inside the clause, no report of its own.
            no_report = _not_a_report(f"{match['subj']} ", match["verb"])
            # "…, Ann Roe said during a recent trip to Italy and the Balkans.":
            # a long circumstance after the verb, no clause of its own.
            circumstance = _circumstance_after(match, sentence)
            # "…, as citizens added their names to the petition.": an object
            # of the subject's own after the verb, an act, not a report.
            owned = bool(
                tail
                and tail[0] in ("their", "his", "her", "its", "our", "my")
                and match["verb"] not in lx.LISTENER_VERBS
            )
            # "A fourth person, the suspected bomb-maker, was arrested, police
            # said": a participle after a determiner is an adjective.
            adjective = match["subj"].strip().lower() in (
                "the",
                "a",
                "an",
                "this",
                "that",
                "its",
                "his",
                "her",
                "their",
            ) and match["verb"].endswith("ed")
            # "…, through which the government maintains supplies": a verb
            # inside a relative clause on the noun before, no attribution ("…,
            # which commentators declared a win" is theirs, and is read on).
            relative = bool(
                re.match(
                    r"(?:through|in|by|from|with|under|to|at|on|via)\s+which\b",
                    match["subj"].strip(),
                )
            )
            if not (
                (len(tail) > 6 and not circumstance)
                or (tail and tail[0] == "that")
                or noun
                or places
                or no_report
                or owned
                or adjective
                or relative
            ):
                break
            # "…, and campaigning has been marred by numerous reports of
            # violence, says X.": "reports of" is a noun inside the clause.
            # "Regarding taxes, Lee told Chen that the cuts stay, Moss said.":
            # an opener's report, inside the one that ends the sentence.
            later = _TRAILING.search(sentence, match.start("sep") + 1)
            if later is None:
                if relative or places:
                    match = None
                break
            match = later
        if not match:
            return []
        if match["verb"] and re.fullmatch(
            r"\s*(?:this|these\s+words|the\s+following)?\s*:\s*",
            sentence[match.end("verb") :],
        ):
            # "Then, speaking through an interpreter, he added this:": the
            # words before introduce what follows the colon; no clause of
            # theirs is reported.
            return []
        owned = (match["tail"] or "").split()[:1]
        if (
            match["subj"]
            and owned
            and owned[0] in ("their", "his", "her", "its", "our", "my")
            and match["verb"] not in lx.LISTENER_VERBS
        ):
            # "…, as citizens added their names to the petition.": an object of
            # the subject's own after the verb, an act, not a report.
            return []
        bare = re.fullmatch(
            r"\s*(?P<name>[A-Z][\w’'.\-]*(?:\s+[\w’'.\-]+){0,4}\s+[A-Z][\w’'\-]+)"
            r"(?:,?\s+(?:the\s+|an?\s+)?(?P<role>[a-z]+)\s+(?:of|for|at|with)\s+[^,;:]+)?",
            sentence[: match.start("sep")],
        )
        if (
            match["subj2"]
            and bare
            # "Lieutenant colonel Ann Lee": an office in lower case is a name's.
            and all(_capitalised(w) or w in _ROLE_HEADS for w in bare["name"].split())
            and (bare["role"] is None or bare["role"] in _ROLE_HEADS)
        ):
            # "Colonel Ann Lee, commander of the 5th Battalion, explains their
            # mission.": a name and its description before the verb are its
            # subject, not a clause that the words after it report.
            return []
        if (
            match["subj2"] in ("their", "his", "her", "its", "our", "my", "your")
            and re.fullmatch(r"\s*[a-z]+", match["tail"] or "")
            and re.match(r"\s*[A-Z]", sentence)
            and not re.search(
                r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may"
                r"|might|must|should|do|does|did|[a-z]{2,}ed|[a-z]{3,}ing)\b",
                sentence[: match.start("sep")],
            )
        ):
            # "Ann Lee, commander of the battalion, explains their mission.": a
            # name and its description before the verb, no clause; the
            # possessive after it opens the verb's object, not a speaker.
            return []
        if match["subj2"] and re.fullmatch(r"that(?:\s.*)?", match["subj2"]):
            # "The Ledger, citing two sources, reported that the dead …": the
            # verb's clause after it, its subject before, no inversion.
            return []
        if match["subj"] and re.match(r"[a-z]+ing\s", match["subj"]):
            # "…, vowing to step down after results showed him …": a participle
            # clause, whose own report is no attribution of what went before.
            return []
        if match["subj"] and re.search(
            r"\s(?:were|was|is|are|been|being)$", match["subj"]
        ):
            # "About two weeks later, some women were found near …": a
            # passive, the subject no source of what went before.
            return []
        if match["subj"] and re.match(
            r"(?:after|when|before|since|until|once|because|while|where)\s",
            match["subj"],
        ):
            # "Crowds cheered Sunday, after Ann Lee announced her
            # resignation.": a clause of time, not the clause's attribution;
            # "Tensions persisted in the city, where officials declared a
            # curfew.": a relative clause.
            return []
        if match["subj"] and re.fullmatch(
            _QUOTED_AS, f"{match['subj']} {match['verb']}{match['tail'] or ''}".strip()
        ):
            return []  # "…,” the Associated Press reports Roe as commenting.
        verb_at = s_start + (
            match.start("verb") if match["verb"] else match.start("verb2")
        )
        if any(q.start < verb_at < q.end for q in inside):
            # "“… products, predominantly in Midwestern states.”": a verb
            # inside a quotation is the speaker's own words, not its attribution.
            return []
        if match["verb"] in _NOUN_LIKE and re.search(
            r"^(?:\w+ly\s+)?(?:in|across|among|from|of|to|into|throughout|by)\s",
            match["subj"],
        ):
            # "…, mainly in Midwestern states.": a place, "states" a noun.
            return []
        if (
            match["apposition"]
            and not match["subj2"]
            and not re.match(r",\s+(?:his|her|their|its|the)\s", match["apposition"])
            and not (
                # "…, officials said in a statement issued in Kabul,
                # Afghanistan.": the place's country after its city.
                re.fullmatch(
                    r",\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,2}",
                    match["apposition"],
                )
                and re.match(r"\s*(?:in|at|from)\s", match["tail"] or "")
            )
        ):
            return []  # only "…, said NAME, ROLE, PLACE." runs on past commas
        tail = (match["tail"] or "").split()
        circumstance = _circumstance_after(match, sentence)
        if match["subj"] and (
            (len(tail) > 6 and not circumstance) or (tail and tail[0] == "that")
        ):
            return []
        if match["subj"] and len(tail) >= 3 and _clause_like(match["tail"]):
            # "Only a few decades ago, scientists thought black holes were
            # rare.": a clause follows the verb; what precedes it is a time.
            return []
        fronted = sentence[: match.start("sep")]
        if (
            match["subj"]
            and _OPENER.match(
                re.sub(
                    r"^\s*(?:But|And|So|Yet)\s+(\w)", lambda m: m[1].upper(), fronted
                )
            )
            and len(fronted.split()) <= 6
        ):
            return []  # "But in Tehran today, Iran denied …": no clause before
        if (
            match["subj"]
            and len(tail) >= 2
            and (
                _OPENER.match(sentence)
                # "…, Roe told reporters.": a listener, the clause before his.
                or (
                    _PHRASE_OPENER.match(fronted)
                    and match["verb"] not in lx.LISTENER_VERBS
                )
            )
            # "…, Ann Roe warned on Tuesday.": when, not a clause.
            and not _ADVERBIAL.match(" ".join(tail).rstrip('.!?”"'))
        ):
            # "In an interview with the BBC, Smith said the plant would close":
            # the opening phrase is not what Smith said.
            return []
        if match["subj2"] and _AUXILIARY.search(match["subj2"] + (match["tail"] or "")):
            # "Saint Mary's principal, Frank Phillips, says knowing Chinese will
            # help …": a clause after "says", not a speaker.
            return []
        subject = match["subj"] or match["subj2"]
        if match["subj2"]:
            subject = match["subj2"] + (match["tail"] or "")
            subject = re.split(
                r"\s+(?:in a|in an|in the|in its|in their|on|at|during|to|for the|after"
                r"|when|while)\s+",
                subject,
                maxsplit=1,
            )[0]
        named = re.fullmatch(
            r",\s+((?:[A-Z][\w’'.\-]*\s*){2,4})", match["apposition"] or ""
        )
        if (
            match["subj2"]
            and named
            # "…, said Secretary of Labor, Ann Lee.": the holder named after
            # the title.
            and (re.match(r"(?:a|an|the)\s", subject) or _bare_title(subject))
        ):
            # "…, said an Afghan interior ministry spokesman, Nasrat Rahimi."
            subject = named[1].strip()
        if len(subject.split()) > 10 and not (
            len(subject.split()) <= 14
            and re.fullmatch(
                r"(?:[A-Z][\w’'.\-]*|of|the|for|and)(?:\s+(?:[A-Z][\w’'.\-]*|of|the|for"
                r"|and))*\s+[A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+",
                subject.strip(),
            )
        ):
            # Only a long office and a name ("…, Under Secretary of the
            # Treasury for Terrorism and Financial Intelligence Ann Lee says.")
            # runs past ten words.
            return []
        speaker = self.speaker(subject, s_start)
        if speaker is None:
            return []
        if speaker.kind == "media_outlet" and match["subj"] and not match["more"]:
            # "Putin said on Wednesday that Russia would respond …, Reuters
            # reported.": the outlet relays what the sentence's own source said.
            relayed = [
                statement
                for statement in self._leading(
                    s_start, s_start + match.start("sep"), inside
                )
                if statement.speaker_kind != "media_outlet"
            ]
            if relayed:
                for statement in relayed:
                    statement.via = statement.via or speaker.name
                return relayed
        a, b = trim(body, s_start, s_start + match.end("sep"), drop=" ")
        if body[b - 1] == ",":
            b -= 1
        dateline = _DATELINE.match(body, a, b)
        if dateline and dateline.end() < b:
            a = dateline.end()  # "WASHINGTON — The talks will resume, X said."
        if b - a < 10 or len(body[a:b].split()) < 3:
            return []  # "For example, the Fund suggests …": no clause before
        if (match["verb"] or match["verb2"]) in ("reports", "reported") and (
            _PAGE_PLACE_ONLY.fullmatch(body[a:b])
        ):
            # "From the United Nations, Ann Lee reports.": a correspondent's
            # sign-off, where from; the place is no report.
            return []
        via = self._relay(match["tail"] or match["subj2"] or "")
        if via is None and match["verb"] in lx.LISTENER_VERBS and match["tail"]:
            # "…, Press Secretary Ann Roe told MSNBC.": whom she told.
            via = self._relay(match["verb"] + match["tail"])
        found = [
            self._reported(a, b, speaker, match["verb"] or match["verb2"], via=via)
        ]
        if match["more"]:
            a, b = trim(
                body,
                s_start + match.start("more"),
                s_start + match.end("more"),
                drop=" ,.",
            )
            if b - a >= 10:
                found.append(self._reported(a, b, speaker, match["part"], via=via))
        return found

    def _leading(self, s_start, s_end, inside) -> list[Statement]:
        """X said (that) CLAUSE. / X told Y CLAUSE. / X announced OBJECT."""
        body = self.body
        empty_before = False  # a report verb before, with no clause of its own
        for verb in _LEADING_RE.finditer(body, s_start, s_end):
            if any(q.start < verb.start() < q.end for q in inside):
                continue
            if _not_a_report(body[s_start : verb.start()], verb.group(0)):
                continue
            if re.search(
                r"\b(?:which|who|that)\s+(?:I|we)\s+$", body[s_start : verb.start()]
            ):
                # "a role for the Russians, which I think is fair": the
                # speaker's own aside inside his words, no report of anyone's.
                continue
            # "The military claims to have killed …", "the government has
            # claimed to be closing in": a claim about oneself.
            claim_of_self = (
                verb.group(0) in ("claims", "claim", "claimed")
                and re.match(r"\s+to\s+(?:be|have)\b", body[verb.end() : s_end])
                and not re.search(
                    r"\b(?:is|are|was|were|be|been|being|the|these|those|his|her"
                    r"|its|their)\s+$|[’']s\s+$|,\s*$",
                    body[max(s_start, verb.start() - 12) : verb.start()],
                )
                and (
                    verb.group(0) != "claimed"
                    or re.search(
                        r"\b(?:has|have|had)\s+$",
                        body[max(s_start, verb.start() - 8) : verb.start()],
                    )
                )
            )
            if (
                re.match(r"\s+to\s+(?:be|have|been)\b", body[verb.end() : s_end])
                and not claim_of_self
            ):
                continue  # "a group said to be from the team arrived": hearsay
            if re.search(r"\w,\s*$", body[s_start : verb.start()]) and re.match(
                r"[^,;:“”\"]{0,40},\s+(?:are|is|was|were|will|would|have|has|had"
                r"|show|shows|showed)\b",
                body[verb.end() : s_end],
            ):
                continue  # "The results, announced early Sunday, are …": a participle
            if verb.group(0).startswith("report") and re.match(
                r"\s+(?:in|back)\s+(?:from|to)\b", body[verb.end() : s_end]
            ):
                continue  # "as observers reported in from around the country"
            if verb.group(0) == "accused" and re.search(
                r"\b(?:the|an|one|two|three|four|five|six|seven|eight|nine|ten"
                r"|several|many|other|fellow|all|some|of)\s+$",
                body[max(s_start, verb.start() - 12) : verb.start()],
                flags=re.I,
            ):
                continue  # "defending nine accused war criminals": an adjective
            if verb.group(0) in _NOUN_LIKE and re.search(
                r"(?:[’']s|\b(?:the|those|these|this|that|his|her|its|their|our|a|an))\s+$",
                body[max(s_start, verb.start() - 12) : verb.start()],
                flags=re.I,
            ):
                continue  # "Tuesday's report came …", "those questions"
            if verb.group(0) == "states" and re.search(
                r"\b(?:member|nation|island|gulf|partner|neighbou?ring|border|united)\s+$",
                body[max(s_start, verb.start() - 14) : verb.start()],
                flags=re.I,
            ):
                continue  # "G8 member states gathered": a noun, not a verb
            if verb.group(0) in _NOUN_LIKE and re.search(
                r"(?:^|,)\s+(?:a|an)\s+[^,;:“”\"]*\b(?:and|or)\s+$",
                body[s_start : verb.start()],
            ):
                # "Ann Roe, a former nurse and claims examiner at the agency,":
                # a noun in a description, the second of its pair.
                continue
            if verb.group(0).endswith("ed") and re.search(
                _DETERMINER_BEFORE_PARTICIPLE,
                body[max(s_start, verb.start() - 12) : verb.start()],
                flags=re.I,
            ):
                # "the council's continued support", "its stated aim", "the
                # reported attack": a participle as an adjective, not a verb.
                continue
            if (
                verb.group(0).endswith("ed")
                and re.fullmatch(
                    r"\s*(?:The|A|An|Its|Their|This|These|Those)\s+[^,;:“”\"]{1,40},\s*",
                    body[s_start : verb.start()],
                )
                and re.match(
                    r"[^,;:“”\"]{0,50},\s+(?:is|are|was|were|has|have|had|will|would"
                    r"|remains?|came|come|comes|show|shows|showed)\b",
                    body[verb.end() : s_end],
                )
            ):
                # "The results, announced early Sunday, are the first …": a
                # participle describing the subject, between its commas.
                continue
            as_opening = (
                _AS_OPENING.match(body, s_start, verb.start())
                or _correspondent_from(body, s_start, verb, s_end)
            ) and _AS_REPORTS_COMMA.match(body, verb.end(), s_end)
            # "Ann Lee reports from Dover that …": a verb, its place, its clause.
            from_place = re.match(
                r"\s+from\s+(?:the\s+)?(?:[A-Z][\w’'.\-]*\s+){1,3}that\b",
                body[verb.end() : s_end],
            )
            if (
                verb.group(0) in _NOUN_LIKE
                and not (as_opening or from_place or claim_of_self)
                and re.match(
                    # "Officials report at least ten dead": a count after the
                    # verb, not "reports at the meeting".
                    r"\s+(?:by|of|from|about|for|in|on|at(?!\s+(?:least|most)\b)|with"
                    r"|and|to|have|has|had|are|is|were|was|will|would|can|could|also|"
                    # "A news media report Thursday said …": the day the
                    # report came out, then the report's own verb.
                    + rf"(?:(?:on\s+|late\s+|early\s+)?{_WEEKDAY}\s+)?(?:{_VERBS})"
                    + r")\b|\s*[,.]|\s*$",
                    body[verb.end() : s_end],
                )
            ):
                # "reports by the USGS", "claims of fraud", "A new United
                # Nations report says", "Trump's remarks suggest": a noun.
                # "reports by the USGS", "claims of fraud": a noun, not a verb.
                continue
            if (
                verb.group(0) in ("accused", "charged", "suspected", "alleged")
                and re.match(r"\s+of\b", body[verb.end() : s_end])
                and re.search(r"\b[a-z]+\s+$", body[s_start : verb.start()])
                and not re.search(
                    r"\b(?:has|have|had|was|were|is|are|be|been|also)\s+$",
                    body[s_start : verb.start()],
                )
            ):
                continue  # "a person accused of leading …": a description
            if re.match(r"recogni[sz]e[ds]?$", verb.group(0)) and re.match(
                r"\s+(?:[A-Z][\w’'.\-]*\s+){1,3}(?:and\s+(?:[A-Z][\w’'.\-]*\s+){1,3})?"
                r"(?:and\s+)?(?:[A-Z][\w’'.\-]*\s+)*[A-Z][\w’'\-]*\s*(?:,|for\b|as\b)",
                body[verb.end() : s_end],
            ):
                # "Martinez recognized Domingo and Magaly Vega, new homeowners":
                # honouring people, not recognising a claim.
                continue
            if re.search(
                r"\s(?:that|which|who)\s+$", body[s_start : verb.start()]
            ) and _DESCRIBING.search(body, s_start, verb.start()):
                # "The president called the Coast Guard the elite force that
                # defends …": a relative clause inside the description's
                # complement; the describing verb reports.
                continue
            if verb.group(0).startswith("claim") and _share_taken(
                body[verb.end() : s_end]
            ):
                continue  # "claimed more votes overall": a share taken
            if verb.group(0) in ("defended", "defends") and re.search(
                r",\s+(?:" + "|".join(sorted(lx.PARTICIPLES)) + r")\b",
                body[verb.end() : s_end],
            ):
                # "had defended the program, claiming that …": the participle
                # says what the defence was.
                continue
            if verb.group(0).startswith("continu") and re.match(
                r"\s+(?:in|on|at|to|for|with|through|into|until|unabated)\b",
                body[verb.end() : s_end],
            ):
                continue  # "Violence continued in Iraq": nothing is said
            if verb.group(0).startswith("insist") and re.match(
                r"\s+(?:on|upon)\b", body[verb.end() : s_end]
            ):
                continue  # "insists on sharia law": a demand, not a report
            if re.match(r"warn|caution|argu", verb.group(0)) and re.match(
                r"\s+against\b", body[verb.end() : s_end]
            ):
                continue  # "warned against any delay": advice, not a report
            if re.match(r"warn|caution", verb.group(0)) and re.match(
                # "cautioned fans to celebrate responsibly", "warned Turkey
                # against an incursion": advice to someone, not a report —
                # unless a clause follows ("warned the plan to cut taxes
                # would fail").
                r"\s+(?:(?!(?:that|they|he|she|we|it|I|will|would|could|can|may|might"
                # "warning U.S. citizens traveling in Mexico to use caution".
                r"|is|are|was|were|has|have|had)\b)[\w’'.\-]+\s+){1,6}?(?:against\b"
                r"|to\s+[a-z]+\b"
                r"(?![^,.;:“”\"]*\b(?:would|will|could|can|may|might|is|are|was|were)\b))",
                body[verb.end() : s_end],
            ):
                continue
            if _ACT_NOT_ASSERTION.match(body, verb.end(), s_end) and not (
                # "said the independence the nation had gained would …": a
                # clause about the act, its verb further on.
                verb.group(0) in _PLAIN_SAYING
                and re.search(
                    r"\b(?:will|would|is|was|has|had|have|could|may|might|can|should"
                    r"|must|are|were)\b",
                    body[verb.end() : s_end],
                )
            ):
                # "declared a state of emergency", "announced details Monday":
                # an act, or an announcement whose content is not given.
                continue
            object_then_report = re.match(
                rf"\s+((?!that\b)(?:[^,.;:“”\"]+,\s*)?[^,.;:“”\"]+?),?\s+and\s+"
                rf"(?:\w+\s+)?(?:{_VERBS}|described)\b",
                body[verb.end() : s_end],
            )
            if object_then_report and re.search(
                r"\b(?:letters?|notes?|e-?mails?|messages?|posts?|texts?)\b",
                object_then_report[1],
            ):
                # "Roe wrote three emails to the council and stated in each that
                # …": what was written is an object; the second verb reports.
                continue
            subject_end = verb.start()
            going_on = _GOES_ON_SAYING.search(body, s_start, subject_end)
            if going_on:
                subject_end = going_on.start()  # "X has continued to say …"
            chunk = self._subject_chunk(body[s_start:subject_end])
            coordinated = _COORDINATED.match(body, s_start, subject_end)
            if (
                coordinated
                and re.search(r"\bbut\s+$", coordinated.group(0))
                and _VERB_RE.search(body[max(0, s_start - 30) : s_start + 1])
            ):
                # "Roe has said Serbia would do everything …, but added …":
                # the clause of a report is no subject of the verb after it.
                coordinated = None
            if (
                empty_before
                and coordinated is None
                # "When an officer questioned Roe about it, she said …": a
                # main clause after the opening clause has a subject of its own.
                and not (
                    re.match(
                        r"\s*(?:When|After|Before|Once|As|While)\s", body[s_start:]
                    )
                    and chunk is not None
                    and re.search(
                        rf",\s+{re.escape(chunk)}\s*$", body[s_start:subject_end]
                    )
                )
            ):
                continue
            if coordinated and (
                chunk is None
                or len(chunk.split()) > 6
                or re.search(r"\b(?:and|but)(?:\s+also)?$", chunk)
                or chunk == "also"
                # "Ann Lee arrived on Friday and said …": the time cut away,
                # the first verb is left on the subject.
                or chunk.startswith(coordinated["subject"] + " ")
            ):
                # "Sundhage has tried to infuse … and told VOA Sports she is
                # happy …": the sentence's subject does both.
                chunk = coordinated["subject"]
                if re.fullmatch(
                    rf"(?:The|A|An|the)\s+\S+\s+(?:{_IRREGULAR_PAST}|[a-z]+ed)", chunk
                ):
                    # "The agency flew supplies …, but says …": the subject
                    # reached into its own verb ("supplies" taken for it).
                    chunk = chunk.rsplit(" ", 1)[0]
            if chunk is None or re.search(
                r"\b(?:said|says|told|tells|stated|added|explained)\b", chunk
            ):
                continue  # "X said that he thought …": not a subject
            if verb.group(0) in lx.STANCE_VERBS and re.search(
                r"\b(?:voters|electorate)$", chunk
            ):
                # "Last year Irish voters rejected the treaty": a vote cast,
                # not a view stated.
                continue
            if verb.group(0) in lx.STANCE_VERBS and re.match(
                r"(?:many|some|most)\s+[A-Z]?[a-z]+s$", chunk
            ):
                # "But many Mexicans have criticized the measures": a mood
                # reported of a crowd, not a view anyone stated.
                continue
            if re.fullmatch(r"(?:lash|hit)\w*\s+out\s+at", verb.group(0)) and not (
                re.search(
                    r"^[^.;:!?]*?\b(?:for|over)\s|,\s+(?:saying|calling|accusing)\b",
                    body[verb.end() : s_end],
                )
            ):
                # "The workers lashed out at the machine with hammers": a blow;
                # only "lashed out at X for …" or "…, saying …" is words.
                continue
            if re.fullmatch(r"continu(?:e|es|ed|ing)", verb.group(0)) and re.match(
                r"\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\b", body[verb.end() : s_end]
            ):
                # "Militants continued sending rockets into Israel": an act
                # kept up, not words going on.
                continue
            if verb.group(0).startswith("commend") and re.match(
                r"\s+the\s+(?:\w+\s+)?(?:work|efforts?|dedication|assistance|cooperation)\b",
                body[verb.end() :],
            ):
                # "The U.S. Attorney commended the work of the task force": the
                # credit a release gives, as "thanked" is.
                continue
            if re.match(
                r"(?i:there)\s+(?:is|was|has\s+been|have\s+been|had\s+been|will\s+be)"
                r"\s+(?:no|little)\b",
                chunk,
            ):
                # "There has been no official comment on the visit": nobody
                # comments; "comment" is the noun of an absence.
                continue
            if re.match(
                r"(?:reported|reports|reporting)$", verb.group(0)
            ) and re.fullmatch(
                r"\s+from\s+(?:[A-Z][\w’'.\-]*\s*)+(?:,\s+(?:[A-Z][\w’'.\-]*\s*)+)?[.!]?\s*",
                body[verb.end() : s_end],
            ):
                # "Studio 7 correspondent Ann Lee reported from Harare.": a
                # credit line, where the story was filed, nothing said.
                continue
            if re.fullmatch(
                r"(?:Our|our)\s+(?:[\w\-]+\s+)?(?:correspondents?|reporters?|bureau)",
                chunk,
            ):
                # "Our correspondent reports from Kinshasa that …": the
                # publisher's own reporting, narration.
                continue
            speaker = self._whose(body[s_start:subject_end], s_start) or self._they(
                body[s_start:subject_end], chunk, s_start
            )
            # A pronoun is resolved where it stands: "Nelson started Earth Day
            # because he believed …" may name its antecedent in the sentence.
            at = verb.start() if chunk.lower() in lx.PRONOUNS else s_start
            opener = (
                re.match(
                    r"\s*(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.\s+)?(?:[A-Z][\w’'\-]+\s+){0,2}"
                    r"[A-Z][\w’'\-]+)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b[^;:]*?"
                    r",[”\"]?\s+(?:and|but)\s+(?:he|she)\s+(?:also\s+)?$",
                    _sentence_so_far(body, s_start, verb.start()),
                )
                if chunk.lower() in ("he", "she")
                else None
            )
            if opener:
                # "Pompeo called the election that Maduro claims to have won a
                # “sham,” and he noted that …": "he" after ", and" goes on
                # with the sentence's subject, not a name inside its clause.
                found = self.speaker(opener["name"], s_start)
                if (
                    found is not None
                    and found.kind == "person"
                    and self.gender_of(found.name)
                    in (None, "m" if chunk.lower() == "he" else "f")
                ):
                    speaker = found
            speaker = speaker or self.speaker(chunk, at)
            if speaker is None:
                continue
            main = (
                re.search(
                    r",\s+(?=(?:he|she|they|it|we)\s+[a-z]+)", body[verb.end() : s_end]
                )
                if _CONCESSIVE.match(body, s_start, verb.start())
                else None
            )
            if main:
                # "Though officials had said the boy confessed, he denied the
                # charges": the report ends where the main clause begins, and
                # the main clause may report something of its own.
                clause_end = verb.end() + main.start()
                found = self._complement(verb, speaker, s_start, clause_end)
                return found + self._leading(verb.end() + main.end(), s_end, inside)
            again = _SAME_SPEAKER_REPORTS.search(body, verb.end(), s_end)
            second = (
                self._leading(again.start("who") - 1, s_end, inside) if again else []
            )
            if second:
                # "Roe charged that troops deserted and he said generals were
                # fired", "…, because she says …": a second report with its
                # own pronoun and verb, a statement of its own.
                found = self._complement(verb, speaker, s_start, again.start())
                return found + second
            for joint in re.finditer(
                r",\s+(?:and|but|while|whereas|where)\s+"
                # "Hanoi insists it is neutral -- a day after a rival said …",
                # "…, hours after officials said …": a time set against another
                # report; that report is its source's, after "after".
                r"|(?:,|\s+--|\s*[—–])\s+(?:(?:just|only|barely|a\s+mere)\s+)?"
                r"(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+)?"
                r"(?:days?|hours?|weeks?|months?|minutes?)\s+(?:after|before)\s+",
                body[verb.end() : s_end],
            ):
                # "Hanoi says it tested a missile, and world leaders are
                # warning there will be a response": a second source reports
                # in the second clause; the first report ends before it.
                if re.match(
                    r"(?:he|she|they|it|we|I)\b", body[verb.end() + joint.end() :]
                ):
                    continue  # "…, but he thinks …": the same speaker goes on
                second = self._leading(
                    verb.end() + joint.end() - 1, s_end, inside
                ) or self._describing(verb.end() + joint.end(), s_end, inside)
                # "Iran says the victims were pilgrims, but a rebel commander
                # describes them as elite guards": the second clause's own
                # description is its subject's.
                if second and all(
                    fold(s.speaker) != fold(speaker.name) for s in second
                ):
                    clause_end = verb.end() + joint.start()
                    return self._complement(verb, speaker, s_start, clause_end) + second
            found = self._complement(verb, speaker, s_start, s_end)
            if not found:
                # "Roe promised reforms and said the protests were a plot": a
                # promise with no clause reports nothing; a verb coordinated
                # with it may.
                empty_before = True
                continue
            for statement in found:
                statement.via = statement.via or self._interview(
                    body[s_start : verb.start()]
                )
            if (
                len(found) == 1
                and found[0].extendable
                and re.match(
                    r"(?!(?:what|which|who|whatever)\b)"
                    r"(?:[A-Za-z][\w’'\-]*\s+){1,4}?(?:say|says|said|report"
                    r"|reports|reported|claim|claims|claimed)\s",
                    found[0].text,
                )
            ):
                # "Ann Lee reports from Dover that officials say the bridge is
                # closed": the reported clause reports a source of its own,
                # a statement nested in the reporter's.
                inner = [
                    s
                    for s in self._leading(found[0].start, s_end, inside)
                    if fold(s.speaker) != fold(speaker.name)
                    and s.start > found[0].start
                ]
                found += inner[:1]
            return self._adding_apart(found)
        return []

    def _adding_apart(self, found: list[Statement]) -> list[Statement]:
        """ "Ann Lee told reporters the talks would resume, adding that a date
        was set.": what was added is a statement of its own, as after "…, Ann
        Lee said, adding that …"."""
        out = []
        for statement in found:
            adding = (
                None
                if statement.is_direct_quote
                else _ADDING_AFTER_CLAUSE.search(
                    self.body, statement.start, statement.end
                )
            )
            if adding is None or any(
                q.start < adding.start() < q.end
                for q in quotes(self.body, statement.start, statement.end)
            ):
                out.append(statement)
                continue
            a, b = trim(self.body, statement.start, adding.start(), drop=" ,")
            c, d = trim(self.body, adding.end(), statement.end, drop=" ,.")
            if b - a < 10 or d - c < 10:
                out.append(statement)
                continue
            out.append(replace(statement, text=self.body[a:b], start=a, end=b))
            out.append(
                replace(
                    statement,
                    text=self.body[c:d],
                    start=c,
                    end=d,
                    cue=adding["part"],
                    extendable=False,
                )
            )
        return out

    def _complement(self, verb, speaker: Speaker, s_start, s_end) -> list[Statement]:
        body = self.body
        as_clause = None  # where the clause after "As Ann Lee reports," opens
        word = verb.group(0)
        rest = body[verb.end() : s_end]
        via = None
        offset = verb.end()
        if (
            word == "reports"
            and _PAGE_REPORTS_ALONG.match(rest)
            and not re.search(r"\bthat\b|[“\"]", rest)
            and not re.search(r"\bas\s+[^,;:]*$", body[s_start : verb.start()], re.I)
        ):
            # "Ann Lee reports along the road to Jacmel, a town on the coast.":
            # a correspondent's introduction, where from; no report yet.
            return []
        before_verb = body[s_start : verb.start()]
        if (
            word in ("said", "says", "say", "wrote", "writes")
            and re.match(r"\s+of\s", rest)
            and not re.match(r"\s+of\s[^,;:]{1,60}?\s+that\s", rest)
            # Not "There have been many victims, she said of that war, …": a
            # clause before the attribution is what was said.
            and ("," not in before_verb or re.search(r"[”\"]", before_verb))
        ):
            # "Roe said of the plan, which she helped write": whom or what
            # the words were about, not a clause of hers.
            return []
        if word in ("informed", "informs") and (
            not re.match(r"\s+(?:[^,;:.“”\"]{1,80}?\s+)?that\s", rest)
            or re.search(
                r"\b(?:was|were|is|are|been|being)\b[^.;:]*\band\s+$",
                body[s_start : verb.start()],
            )
        ):
            # "informed the family of his death": news given, no clause; "was
            # contacted and informed that …": a passive's listener.
            return []
        # "warned him that …" has a listener; "warned Israel would not …" and
        # "warned residents to stay indoors" are read as before.
        warning = word in ("warned", "warns")
        if (
            word in lx.LISTENER_VERBS
            and not warning
            and re.match(
                # "told more than 200 Sailors to break ranks": a number's listeners.
                r"\s+(?:(?:more|fewer)\s+than\s+|(?:about|nearly|some|over|almost|roughly"
                r"|all)\s+)?(?:(?:the|a|an|his|her|their|its)\s+)?(?:(?:[\w’'\-]+\s+){0,2}?"
                # "told local media networks to end …": three lowercase words
                # ending in a plural, no pronoun among them.
                r"|(?:(?!(?:he|she|they|it|we|you|that)\b)[a-z][\w’'\-]*\s+){2}"
                r"[a-z][\w’'\-]*s\s+)to\s+"
                r"(?!(?:the|a|an|his|her|their|its|this|that|these|those)\b)[a-z]+\b",
                rest,
            )
        ):
            # "They told the jurors to remember …", "told residents to leave":
            # an instruction, not a statement.
            return []
        if word in lx.LISTENER_VERBS:
            listener = re.match(
                # "told us the cliff had moved": whom, a pronoun.
                r"\s+((?:us|me|him|her|them|you)(?=\s+(?:that|the|a|an|he|she|they|it"
                r"|we|I|there)\b)"
                # "told the Japanese parliament that …": a listener of two
                # words before "that", whatever their case.
                r"|(?:a|an|the)\s+[A-Z][\w\-]*\s+[a-z]+(?=\s+that\b)"
                # "told VOA's Somali service …": a broadcaster's language service;
                # "VOA's English to Africa service", "VOA's Studio 7".
                r"|(?:the\s+)?(?:(?:[A-Z][\w’'.\-]*|(?<=[A-Za-z]\s)to(?=\s+[A-Z])|(?<=[A-Za-z]\s)\d+)\s*)+"
                r"(?:reporters|journalists|"
                r"correspondents?|service|program|programme)?|reporters|journalists|the press|the media|"
                r"(?:a|an|the)\s+\w+(?:\s+\w+)?(?=\s+that\b)"
                # "told a Russian news agency it appears …": an unnamed outlet.
                r"|(?:a|an|the)\s+(?:[A-Z][\w\-]*\s+|local\s+|state\s+|private\s+){0,2}"
                r"(?:news\s+agency|newspaper|daily|radio(?:\s+station)?|television"
                r"(?:\s+station)?|TV\s+station|broadcaster|news\s+website|website"
                r"|news\s+conference|press\s+conference)(?=\s))",
                rest,
            )
            if listener is None:
                # "told reporter Tom Hale of VOA's Studio 7 that …", "told a
                # reporter of the BBC that …": whoever is told, up to "that",
                # when no verb or subject of a clause comes before it.
                listener = re.match(
                    r"\s+((?:(?!that\b)[^,;:“”\"\s]+\s+){0,9}?(?!that\b)[^,;:“”\"\s]+)"
                    r"(?=\s+that\b)",
                    rest,
                )
                if listener and (
                    _VERB_RE.search(listener.group(1))
                    or re.search(
                        r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can"
                        r"|could|may|might|must|should|did|does|do|he|she|they|it|we"
                        r"|I|you|there|this|so|not|[a-z]+ed|[a-z]+ly)\b",
                        listener.group(1),
                    )
                ):
                    listener = None
            if (
                listener
                and warning
                and not re.match(r"\s*that\b", rest[listener.end() :])
            ):
                listener = None
            if (
                listener is None
                and not warning
                and word in ("told", "tells")
                and re.search(
                    r"[,!?]\s*[”\"]\s*[^“”\".!?]{1,60}$",
                    body[max(0, s_start - 4) : verb.start()],
                )
                and not re.match(r"\s*(?:,\s*)?(?:that\b|:)", rest)
                and not re.search(r"[“\"]", rest)
            ):
                # "“…,” the minister told all the troops he met there": the
                # quotation is what was told; the words after the verb are
                # whom it was told to, no clause of their own.
                return []
            if listener:
                via = self._relay("told " + listener.group(1))
                offset += listener.end()
                described = re.match(
                    r",\s+(?:who|whose|whom)\b[^,;:“”\"]*(?:,|$)", body[offset:s_end]
                )
                if described:
                    # "Trump told Zukunft, who has 45 years of service": the
                    # relative clause describes the listener; what was told,
                    # if anything, comes after it.
                    offset += described.end()
                    if not re.match(r"\s*that\b", body[offset:s_end]):
                        return []
        else:
            via = self._relay(rest)
        tail = body[offset:s_end]
        modifiers = _MODIFIERS.match(tail)
        skip = modifiers.end() if modifiers else 0
        to_outlet = re.match(
            r"\s+to\s+(?:(?:[A-Z][\w’'\-]*\s?)+(?:reporters|journalists)?"
            # "said to reporters that …": whom it was said to, not what.
            r"|(?:the\s+)?(?:reporters|journalists|press|media)\b(?=\s*,?\s*that\b))",
            tail[skip:],
        )
        if to_outlet:
            skip += to_outlet.end()
        where = re.match(
            # "told reporters in Phnom Penh Thursday that …": where and when.
            # "reports from New Delhi that …": where from.
            r"\s+(?:in|at|from)\s+(?:the\s+)?(?:[A-Z][\w’'.\-]*\s+){1,3}(?:(?:on\s+)?(?:"
            + _WEEKDAY
            + r"|today|yesterday)\s+)?(?=that\b)",
            tail[skip:],
        )
        if where:
            skip += where.end()
        stance = re.match(_STANCE_NOUN + r"(?=\s+that\b)", tail[skip:])
        if stance and word in ("expressed", "expresses", "voiced", "voices"):
            skip += stance.end()
        elif word in ("expressed", "expresses", "voiced", "voices") and re.match(
            _STANCE_ABOUT, tail[skip:]
        ):
            # "have voiced growing alarm of an imminent massacre", "expressed
            # support for the plan": a stance and what it is about, the
            # sentence's statement.
            a, b = trim(body, s_start, s_end, drop=" ")
            return [self._reported(a, b, speaker, word, via=via)]
        issued = re.match(_STATEMENT_NOUN + r"(?=\s+that\b)", tail[skip:])
        if issued and word in ("issued", "issues", "released", "releases"):
            skip += issued.end()
        programme = re.match(
            r"\s*(?:(?:on|in)\s+)?(?:(?P<outlet>(?:[A-Z][\w’'\-]*\s?){1,3}?)(?:[’']s)?\s*)?"
            r"[“\"](?P<title>[A-Z][^”\"]{1,60})[”\"](?=\s+that\b)",
            tail,
        )
        if programme:
            # "told Diane Sawyer on ABC's “Good Morning America” that …": where
            # it was said; the programme's network relays it.
            skip = programme.end()
            outlet = re.sub(r"[’']s$", "", (programme["outlet"] or "").strip())
            via = via or outlet or None
        aside = _NEWS_ASIDE_BEFORE_THAT.match(tail, skip)
        if aside:
            # "found — for the second time this week — that …", "said, once
            # again, that …": an aside between the verb and its clause.
            skip = aside.end()
        clause = tail[skip:]
        that = re.match(r"\s*(?:,\s*)?(?:that\b|:)", clause)
        if (
            not that
            and word not in ("said", "says", "say", "told", "tells", "tell")
            and re.match(
                r"\s+(?:the|a|an|his|her|their|its|this|that)\s[^“”\",;:]*?\s"
                r"(?:saying|stating|declaring|writing)\s*[,:]?\s*(?:[“\"]|$)",
                body[offset + skip : s_end + 3],
            )
        ):
            # "explained the decision to ban the players saying, “…”": what
            # was explained is a topic; what was said follows the participle.
            return []
        if not that and (
            re.match(
                r"\s+(?:for\s+(?:years|decades|months|weeks)\s+)?(?:over|about|with|on)\b",
                clause,
            )
            and not re.search(r"\bthat\b|:", clause)
            # "says about 25 percent of the businesses have …" is a clause
            and not _AUXILIARY.search(clause)
            # "says about 15 journalists came …": "about" a number's, the
            # clause's subject, whatever its verb (after a verb of saying
            # only: "questioned about 300 farmers" asked them).
            and not (
                word in _PLAIN_SAYING
                and re.match(
                    r"\s+(?:about|over)\s+(?:[\d$€£]|(?:a\s+)?(?:dozen|hundred|thousand"
                    r"|half)|(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty"
                    r"|forty|fifty|hundreds|thousands|dozens)\b)",
                    clause,
                )
            )
            or re.fullmatch(
                r"\s*,?\s*(?:as|while|when)\s+(?:he|she|they|it|we|I)\s+[^,;:]*[.!?]?\s*",
                clause,
            )
            or (
                re.fullmatch(
                    r"\s+(?:him|her|them|(?:[A-Z][\w’'\-]*\s*){1,3})\s*[.!?]?\s*",
                    clause,
                )
                # "Leaders praised East Timor.": a stance on whom it names.
                and word not in lx.STANCE_VERBS
            )
            # "When an officer questioned Roe about the money, she said …":
            # whom and on what, before the main clause or the full stop.
            or (
                word in ("questioned", "questions")
                and re.match(
                    r"\s+(?:him|her|them|(?:[A-Z][\w’'\-]*\s*){1,3})(?:\s+(?:about"
                    r"|over|on|regarding|concerning)\s[^,;:“”\"]*)?\s*(?:[.!?]?\s*$|,)",
                    clause,
                )
            )
        ):
            # "arguing over the name of a sea", "investigators questioned
            # Kargbo.": a dispute or an interrogation, with no content.
            return []
        how = re.match(r"\s+how\s+(?!to\b|much\b|many\b|long\b|often\b|far\b)", clause)
        if (
            not that
            and how
            and word in ("explained", "described", "discussed")
            and _clause_like(" " + clause[how.end() :])
            and re.match(
                r"(?:the|this|that|these|those|his|her|its|their|[A-Z][\w’'\-]*)\b",
                clause[how.end() :],
            )
        ):
            # "Kirby described how the military built the units in weeks",
            # "explained how this event showed him …": the clause after "how"
            # is what was said (not "explains how people change …", a topic
            # in the present, nor "how to apply").
            a, b = trim(body, offset + skip + how.end(), s_end, drop=" ,;:.")
            if b - a >= 10:
                return [self._reported(a, b, speaker, word, via=via)]
        if (
            not that
            # "explained the way he plans to achieve his dreams": a topic too.
            and re.match(
                r"\s+(?:how|why|whether|the\s+ways?\b(?!\s+(?:is|was|are|were)\b))\b",
                clause,
            )
            and word
            in (
                "explains",
                "explained",
                "explain",
                "described",
                "describes",
            )
        ):
            return []  # "Piazza explains how people change their timbre": a topic
        if not that and re.match(
            r"\s*,?\s*(?:in|by|while|when|on|after)\s+[a-z]+ing\b[^,;:.“”\"]*,\s*[“\"]",
            body[offset + skip : s_end + 3],
        ):
            # "said in condemning the crime, “…”": how it was said; the
            # quotation after it is what.
            return []
        if (
            not that
            and word == "found"
            and re.match(
                r"\s*(?:on|inside|near|under|beside)\s", body[verb.end() : s_end]
            )
        ):
            # "a note found on one of the bodies": where it was found, no
            # finding.
            return []
        if not that and _CIRCUMSTANCE_ONLY.fullmatch(clause):
            # "she told VOA, speaking in French.", "he told VOA in a one-on-one
            # interview at the State Department.": how, not what.
            return []
        if (
            not that
            and word in ("reported", "reports")
            and re.fullmatch(
                r"\s+(?:on\s+|for\s+)?(?:this|the)\s+(?:story|report|article)"
                r"(?:\s+(?:for|from|in)\s+[^,;:“”\"]{1,60}?)*[.!]?\s*",
                tail,
            )
        ):
            # "Ann Lee reported on this story for VOANews.com.": a credit
            # line, who wrote the story, not what anyone said.
            return []
        if (
            not that
            and word in ("confirmed", "confirms", "confirm")
            and _APPOINTMENT.match(clause)
        ):
            # "the Senate confirmed Ann Lee as ambassador", "confirmed her
            # nomination", "nominated by X and confirmed by the Senate": an
            # appointment made, nothing said.
            return []
        taken = re.match(
            r"\s+(?:himself|herself|themselves|itself)\s+(?:the\s+)?"
            r"(?:[\w’'\-]+[’']s\s+)?(?:(?:new|interim|acting|caretaker|sole|rightful"
            r"|legitimate)\s+)*(?P<office>[a-z]+)\b",
            clause,
        )
        if not that and taken and taken["office"] in lx.ROLE_NOUNS | lx.TITLE_WORDS:
            # "who last year declared himself interim president": an office
            # taken, an act on oneself ("declared himself the winner" claims a
            # result, and is read on).
            return []
        second = re.match(r"\s+(?:and|or)\s+(?P<verb>[a-z]+(?:ed|s))\b", clause)
        if (
            not that
            and word in _FINDING_VERBS
            and second
            and second["verb"] not in lx.SPEECH_VERBS | lx.OBJECT_STATEMENT_VERBS
        ):
            # "rangers found and rescued two hikers": two acts on one object
            # ("discovered and denounced it" denounces).
            return []
        finding = (
            word in _FINDING_VERBS
            and fold(speaker.name).split()[-1:] != []
            and fold(speaker.name).split()[-1] in lx.RESEARCH_NOUNS
            and len(clause.split()) >= 3
            and not _DISCOVERY.match(clause)
        )
        verdict = word in ("found", "finds", "ruled", "rules") and _VERDICT.match(
            clause
        )
        # "Police estimated the turnout at only 30,000.": an estimate of a
        # figure is the sentence's statement.
        estimate = word in ("estimated", "estimates", "estimate") and re.match(
            r"\s+[^,.;:“”\"]{1,60}?\s+at\s+(?:(?:about|around|some|only|nearly|roughly"
            r"|more\s+than|less\s+than|at\s+least|up\s+to|over|under|just)\s+)?[\d$€£]",
            clause,
        )
        if (finding or verdict or estimate) and not that and not _clause_like(clause):
            # "A new study has found evidence of aggressive behavior …", "the
            # jury found him guilty of …": the finding is the sentence.
            a, b = trim(body, s_start, s_end, drop=" ")
            return [self._reported(a, b, speaker, word, via=via)]
        if (
            word in lx.CLAUSE_ONLY_VERBS
            and not that
            and (
                not _clause_like(clause)
                # "Staff discovered a suspicious object and called police": a
                # second verb of the subject's after "and", no clause's own.
                or not _clause_like(
                    re.sub(
                        r"(?<=\S)\s+and\s+(?:then\s+)?[a-z]+ed\b.*$",
                        "",
                        clause,
                        flags=re.S,
                    )
                )
            )
            # "Early results show the BJP winning the first majority": a
            # subject and its participle after "show" are the finding.
            and not (
                word in ("show", "shows", "showed", "shown")
                and re.match(
                    r"\s+(?:the\s+|an?\s+)?(?:[A-Z][\w’'\-]*\s+|[a-z][\w’'\-]*\s+){0,3}?"
                    r"(?:winning|leading|losing|trailing|gaining|falling|rising|ahead"
                    r"|behind)\b",
                    clause,
                )
            )
        ):
            return []
        as_opening = (
            _AS_OPENING.match(body, s_start, verb.start())
            or _correspondent_from(body, s_start, verb, s_end)
        ) and _AS_REPORTS_COMMA.match(clause)
        if that:
            a, b = trim(body, offset + skip + that.end(), s_end, drop=" ,;:.")
            extendable = True
        elif as_opening:
            # "As Ann Lee reports from Dover, the bridge is closed": the clause
            # after the opening "As X reports," is what X reports.
            a, b = trim(body, offset + skip + as_opening.end(), s_end, drop=" ,;:.")
            extendable = True
            as_clause = a
        elif word in _REPORTS_A_REPORT and _REPORTED_SPEAKER.match(clause):
            # "The news agency reports a police spokesman told journalists …":
            # what the outlet reports is another's words, a clause without
            # "that", not an object.
            a, b = trim(body, offset + skip, s_end, drop=" ,;:.")
            outer = self._reported(a, b, speaker, word, via=via, extendable=True)
            # The nested speaker's own words, relayed by the one reporting.
            reported = _REPORTED_SPEAKER.match(clause)
            inner = [
                statement
                for statement in self._leading(a, b, [])
                if statement.start > a
                and fold(statement.speaker) != fold(speaker.name)
                and statement.speaker_kind != "media_outlet"
            ]
            if reported["relative"] and reported["verb"] in ("says", "said"):
                # "reports the secretary-general, who is overseeing the talks
                # in Geneva, Switzerland, says …": the subject before the
                # relative clause, not a place inside it.
                at = offset + skip + reported.start("who")
                who = self.speaker(reported["who"], at)
                holder = self.person_by_role(reported["who"].split()[-1], at)
                if holder is not None and (
                    who is None or fold(who.name) == fold(speaker.name)
                ):
                    # "reports the U-N secretary-general, who …, says": the
                    # holder of the office the story named before.
                    who = Speaker(holder.name, "person", reported["who"])
                if who is None or fold(who.name) == fold(speaker.name):
                    # A new speaker described by the relative clause.
                    noun = re.sub(r"^(?:the|a|an)\s+", "", reported["who"], flags=re.I)
                    who = Speaker(noun, "person", reported["who"])
                c, d = trim(
                    body,
                    offset
                    + skip
                    + reported.end()
                    + len(
                        re.match(
                            r"\s*(?:that\s+)?",
                            body[offset + skip + reported.end() : s_end],
                        )[0]
                    ),
                    s_end,
                    drop=" ,;:.",
                )
                inner = (
                    [self._reported(c, d, who, reported["verb"])]
                    if who is not None and d - c >= 10
                    else []
                )
            if speaker.kind == "media_outlet" or self.is_outlet(speaker.name):
                for statement in inner:
                    statement.via = statement.via or speaker.name
            return [outer, *inner]
        elif word in lx.OBJECT_STATEMENT_VERBS or (
            len(clause.split()) < 3
            # "said it rained", "said sales rose": a subject and its verb.
            and not _TWO_WORD_CLAUSE.fullmatch(clause.strip(" .!?,"))
        ):
            if word not in lx.OBJECT_STATEMENT_VERBS:
                return []
            if (
                word.startswith("testif")
                and not re.search(
                    r"\b(?:that|regarding|about|concerning|how|why)\b", clause
                )
                and re.match(
                    r"(?:\s+(?:this|last|on|early|late|later)\s+\w+)*\s+(?:before|in\s+front\s+of"
                    r"|at)\s+[^,;:“”\"]*(?:\s+on\s+[^,;:“”\"]*)?[.!]?\s*$",
                    clause,
                )
            ):
                # "The Secretary testified this morning before the Senate
                # committee on the budget.": an appearance, what was said
                # untold.
                return []
            a, b = trim(body, s_start, s_end, drop=" ")
            time_clause = _TIME_CLAUSE.search(body[s_start : verb.start()])
            if time_clause and time_clause.start() > 0:
                # "Crowds cheered Sunday, after President Ann Lee announced her
                # resignation.": the announcement is the clause, not the
                # crowds' cheering.
                a = s_start + time_clause.end()
            elif time_clause:
                # "After Ann Lee announced her resignation, crowds cheered."
                main = re.search(r",\s+(?=\w)", body[verb.end() : s_end])
                if main:
                    a, b = s_start + time_clause.end(), verb.end() + main.start()
            extendable = False
            later = re.search(
                r",?\s+(?:after|before|when|because|since)\s+(?=[A-Z])",
                body[verb.end() : b],
            )
            if later and not time_clause:
                # "A court announced the recount on Monday after Prime Minister
                # Nouri al-Maliki claimed widespread fraud.": the clause after
                # "after" is a report of its own, not part of this one.
                second = [
                    statement
                    for statement in self._leading(verb.end() + later.end(), s_end, [])
                    if statement.start >= verb.end() + later.end()
                ]
                if second:
                    b = verb.end() + later.start()
                    if b - a >= 10:
                        first = self._reported(
                            a, b, speaker, word, via=via, extendable=False
                        )
                        return [first, *second]
        else:
            a, b = trim(body, offset + skip, s_end, drop=" ,;:.")
            extendable = True
        if b - a < 10:
            return []
        if (
            re.search(r"\s(?:saying|adding|stating|declaring)\s*[,:]?\s*$", body[a:b])
            and not that
            and word not in lx.STANCE_VERBS
            and re.match(r"[\s,:]*[“\"]", body[b : b + 6])
        ):
            # "explained the decision to ban the players saying, “…”": the
            # participle introduces the quotation; the words before it are
            # what was explained, a topic.
            return []
        if (
            word in lx.OBJECT_STATEMENT_VERBS
            and not that
            and re.fullmatch(r"\s*(?:\S+\s+){0,4}\S+\s*:\s*", body[verb.end() : b])
            and re.match(r"\s*[“\"]", body[b : b + 4])
        ):
            # "Ann Lee declared the party's aim: “To win the city.”": a short
            # object before a colon names what the quotation says; the words
            # are the quotation's, the lead-in no statement of its own.
            return []
        found = [self._reported(a, b, speaker, word, via=via, extendable=extendable)]
        if as_clause is not None:
            # "As Ann Lee reports, the speech was overshadowed by the council,
            # which said …": the correspondent's clause may hold another's
            # statement, which is read as it would be without the opening.
            found += [
                s
                for s in self._leading(as_clause, b, [])
                if s.start >= as_clause and fold(s.speaker) != fold(speaker.name)
            ]
        return found

    def _plea(self, s_start, s_end, inside) -> list[Statement]:
        """A plea is an admission made in court: "Agee, 43, of Newark, pleaded
        guilty to …", "X entered guilty pleas …" — the whole sentence is the
        defendant's statement."""
        if inside:
            return []
        sentence = self.body[s_start:s_end]
        plea = _PLEA.search(sentence)
        if plea is None:
            return []
        chunk = self._subject_chunk(sentence[: plea.start()])
        if not chunk:
            return []
        speaker = self.speaker(chunk, s_start + plea.start())
        if (
            speaker is None
            or speaker.kind != "person"
            or fold(speaker.name) in ("jr", "sr", "ii", "iii")
        ):
            return []
        a, b = trim(self.body, s_start, s_end, drop=" ")
        return [self._reported(a, b, speaker, plea.group(0).strip())]

    def _continued(self, s_start, s_end, inside) -> list[Statement]:
        """Sentences that go on reporting the previous statement's source."""
        if not self.statements:
            return []
        body = self.body
        last = self.statements[-1]
        if re.match(r"what\s", last.text, flags=re.I) and last.end - last.start < 120:
            # "… closed because of what officials call credible threats.": a
            # naming inside the reporter's sentence has nothing to go on with.
            return []
        sentence = body[s_start:s_end]
        accordingly = re.match(r"\s*Accordingly,\s*", sentence)
        if accordingly and not last.is_direct_quote:
            a, b = trim(body, s_start + accordingly.end(), s_end, drop=" ,;:.")
            return [
                self._reported(
                    a,
                    b,
                    _speaker_of(last),
                    "accordingly",
                    via=last.via,
                    extendable=True,
                )
            ]
        # Only unnamed or relayed sources: a named source's next sentence is far
        # more often the reporter's own background than more of the statement.
        head_word = fold(last.speaker).split()[-1] if last.speaker.split() else ""
        findings = (
            # A study's or officials' findings go on sentence after sentence:
            # "The report says … Higher temperatures could lead to …" — a
            # forecast or a figure, not narration about the study itself.
            (head_word in lx.RESEARCH_NOUNS or head_word in _FINDING_SOURCES)
            # "Officials consider the fire to be an accident.": a view held,
            # no findings that go on.
            and last.cue not in ("consider", "considers", "considered")
            and re.search(_FINDING_MARK, sentence)
            and not re.search(
                r"\b(?:stud(?:y|ies)|reports?|survey|researchers?|scientists?|VOA)\b",
                sentence,
                flags=re.I,
            )
        )
        # A sentence that opens with a connective of argument ("Instead, …",
        # "However, …", "So …") right after a reported clause goes on with
        # the source's reasoning, whoever the source is.
        connective = bool(
            _CONNECTIVE.match(sentence)
            # "However the China Earthquake Networks Center …": a new source.
            and not re.match(
                r"(?:\s*(?:the|a|an|The|A|An|[a-z]\w*))?\s+[A-Z][a-z]",
                sentence[_CONNECTIVE.match(sentence).end() - 1 :],
            )
            and not inside
            and not _VERB_RE.search(sentence)
            and last.end - last.start >= 20
            # "However, investigators will be interviewing …": people who
            # act in the sentence are its subject, not the source's reasoning.
            and not _acting_people(sentence[_CONNECTIVE.match(sentence).end() - 1 :])
        )
        # "Ann Lee says the plan failed. But it will be tried again.": a
        # contrast right after what a source said goes on with the source's
        # account — not a question the reporter asks, nor a short remark of
        # the narration's ("But problems arose.").
        contrast = bool(
            _CONTRAST.match(sentence)
            and not re.match(
                r"(?:\s*(?:the|a|an|The|A|An|[a-z]\w*))?\s+[A-Z][a-z]",
                sentence[_CONTRAST.match(sentence).end() - 1 :],
            )
            and last.cue in _PLAIN_SAYING
            and not inside
            and not _VERB_RE.search(sentence)
            and not sentence.rstrip().endswith("?")
            # "But rescuers have since cleared the road": what happened after.
            and not re.search(r"\b(?:has|have|had)\s+since\b", sentence)
            and len(sentence.split()) >= 6
            and last.end - last.start >= 20
        )
        # A document's finding ("The report also revealed that …", "The order
        # also found that …") goes on in the sentences after it in its
        # paragraph that attribute nothing themselves.
        document_finding = (
            head_word in _DOCUMENTS
            # A study's next sentences are more often about how it was done.
            and head_word
            not in ("study", "studies", "survey", "surveys", "polls", "data", "figures")
            and last.cue in _DOCUMENT_FINDINGS
            and not inside
            and not any(
                not _not_a_report(sentence[: verb.start()], verb.group(0))
                for verb in _VERB_RE.finditer(sentence)
            )
            and not re.search(
                r"\b(?:stud(?:y|ies)|survey|researchers?|scientists?)\b",
                sentence,
                flags=re.I,
            )
        )
        # An agency's figures go on in the next sentence's figures: "The WHO
        # says almost 80 percent of babies are vaccinated. But 20 percent are
        # not protected."
        figures = (
            last.speaker_kind in ("organisation", "government_body", "person")
            and re.search(_AMOUNT, last.text)
            and re.search(_AMOUNT, sentence)
            and not inside
            # "However the China Earthquake Networks Center …": a new source.
            and not re.search(r"\s[A-Z][a-z]+\s+[A-Z]", sentence)
            and not _VERB_RE.search(sentence)
        )
        # A list of what the reported clause named goes on with it: "Perez
        # says hotels are hiring. They include positions in restaurants." /
        # "Such places include …" / "Those items have included …".
        enumeration = bool(
            re.match(
                r"\s*(?:They|These|Those|That|Such)(?:\s+[a-z]+){0,2}?\s+"
                r"(?:also\s+)?(?:have\s+|has\s+)?include[sd]?\b",
                sentence,
            )
            and not inside
            and not _VERB_RE.search(sentence)
        )
        # A share of what the clause counted goes on with it: "Lee says 20
        # million children are not vaccinated. Most of them live in Asia."
        share = bool(
            re.match(
                r"\s*(?:(?:Just\s+)?(?:Over|Under|About|Nearly|Almost|More\s+than"
                r"|Less\s+than|Fewer\s+than)\s+)?(?:Most|Many|Some|Half|All|None"
                r"|[\w\-]+\s+percent|[\d,]+)\s+of\s+(?:them|those|these)\b",
                sentence,
                flags=re.I,
            )
            and re.search(_AMOUNT + r"|\d", last.text)
            and not inside
            and not _VERB_RE.search(sentence)
        )
        # "Opponents accuse the president of …": a stance taken in a sentence
        # of its own is not a report the next sentence goes on with.
        stance = (
            not last.extendable
            and last.cue
            in lx.STANCE_VERBS
            | {"accuse", "accuses", "accused", "consider", "considers", "considered"}
            # "… praised the vote. But, they criticized …": the same source
            # as the subject goes on.
            and not re.match(
                r"\s*(?:(?:But|And|Yet|However|Also),?\s+)?(?:they|it|he|she)\s+[a-z]+",
                sentence,
            )
        )
        # "One witness reports seeing an explosion. The building had …": a
        # sentence that is itself the report, its source inside it, leaves the
        # next sentence to the narration.
        own_sentence = (
            not last.extendable
            and head_word
            and head_word in fold(" ".join(last.text.split()[:6])).split()
            # "… praised the vote. But, they criticized …": the subject again.
            and not re.match(
                r"\s*(?:(?:But|And|Yet|However|Also),?\s+)?(?:they|it|he|she)\s+[a-z]+",
                sentence,
                flags=re.I,
            )
        )
        if last.is_direct_quote or not (
            enumeration
            or share
            or (last.speaker_kind == "anonymous" and not stance and not own_sentence)
            or (last.via is not None and not stance)
            or findings
            or figures
            or document_finding
            or connective
            or contrast
            or (
                (
                    head_word in _LEGAL_DOCUMENTS
                    # "The SEC alleges that …": an agency's allegation goes on
                    # with the scheme it charges, as its complaint's account.
                    or (
                        last.cue.startswith("alleg")
                        and last.speaker_kind in ("organisation", "government_body")
                    )
                )
                # "He pleaded guilty to the indictment's counts, alleging that
                # …": a document named in passing, by a participle in another's
                # sentence, does not go on speaking.
                and not last.cue.endswith("ing")
                # The case's own course is the release's narration.
                and not re.search(
                    r"\b(?:today|yesterday|appear\w*|arraign\w*|if convicted|faces?"
                    r"|sentenc\w*|scheduled|arrested|pleaded|custody|prosecut\w*)\b",
                    sentence,
                    flags=re.I,
                )
            )
        ):
            return []
        if not self._follows(last, s_start):
            return []
        if _SHARE_OF.match(last.speaker_role) and re.match(
            rf"\s*(?:{_CONNECTIVE.pattern})?\s*(?:only\s+)?(?:{_SHARE.pattern})\s",
            sentence,
            flags=re.I,
        ):
            # "More than a third of the firms reported higher profits. Nearly
            # half the firms expect …": another share of the group is another
            # finding, not more of what the first share said.
            return []
        opening = len(sentence) - len(sentence.lstrip())
        parallel = re.match(
            r"\s*(?:[A-Z][\w’'\-]+\s+){1,3}(?P<verb>[a-z]+)\s+[^.;:]*?\d", sentence
        )
        if (
            last.speaker_kind in ("anonymous", "person")
            and any(
                s_start + opening <= person.position < s_start + opening + 3
                and len(person.name.split()) >= 2
                for person in self.persons
            )
            # "She said that Tom Roe won 54 percent. Bob Hale won 44 percent.":
            # the same verb and a figure for the next named is the same count.
            and not (
                figures
                and parallel
                and re.search(rf"\b{parallel['verb']}\s+[^.;:]*?\d", last.text)
            )
        ):
            # "…, at least one expert says. Ann Roe is with Acme Systems.": a
            # sentence about someone it names in full is narration.
            return []
        head = fold(last.speaker).split()[-1]
        if head in fold(" ".join(sentence.split()[:3])).split():
            # "Fire fighters were soon pulled out …" after what fire fighters
            # reported: a sentence about the source is narration, not more of it.
            return []
        for name in filter(None, (last.via,)):
            if fold(name) in fold(sentence):
                return []
        if last.extendable:
            last.end = trim(body, s_start, s_end, drop=" ")[1]
            last.text = body[last.start : last.end]
            return []
        a, b = trim(body, s_start, s_end, drop=" ")
        return [self._reported(a, b, _speaker_of(last), last.cue, via=last.via)]

    def _follows(self, last: Statement, s_start: int) -> bool:
        """Whether this sentence comes right after ``last``'s, in its paragraph:
        nothing between them but the rest of that sentence ("…, officials
        said.")."""
        gap = self.body[last.end : s_start]
        if "\n" in gap.strip(" "):
            return False
        if len(gap.strip(' .!?”"')) == 0:
            return True
        rest = gap.rstrip(' ”"')
        return (
            len(rest) < 120
            and rest.endswith((".", "!", "?"))
            and not re.search(r"[.!?][”\"]?\s", rest[:-1])
        )

    # -- helpers -------------------------------------------------------------------

    def _subject_chunk(self, region: str) -> str | None:
        """The subject of a verb from the text before it in its sentence."""
        region = region[region.rfind("\n") + 1 :]  # never across a paragraph
        # "DOVER, Del. -- Governor Ann Lee and Mayor Tom Roe announced": the
        # dateline is no part of the subject, however long the subject.
        region = _DATELINE.sub("", region)
        # A live blog's time stamp: "8:25 p.m.: Russia said …".
        region = re.sub(
            r"^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[:—–-]\s+",
            "",
            region,
        )
        for mark in '”"':
            if mark in region:
                region = region[region.rindex(mark) + 1 :]
        # "Ann Roe - who led the campaign - said": a parenthesis between
        # dashes before the verb is no part of the subject.
        region = _TRAILING_WORDS.sub(" ", region)
        # "Tom Roe, M.D., said": the credential after the name is no chunk;
        # nor is a lawmaker's party and state ("Sen. Ann Roe, R-Texas, said").
        region = _CREDENTIALS_AFTER.sub(" ", region)
        region = _PARTY_LABEL_AFTER.sub(" ", region)
        named = re.search(
            r"(?:^|\s)(?:[Tt]he|[Aa]n?)\s+(?:[a-z\-]+\s+){0,3}(?P<noun>[a-z]+)\s+[-–—]{1,2}\s+"
            r"(?P<name>[A-Z][\w’'.\-]*(?:\s+(?:of|for|and|the|[A-Z][\w’'.\-]*)){0,6})"
            r"\s+[-–—]{1,2}\s*$",
            region,
        )
        if named and (
            named["noun"] in _ORGANISATION_NOUNS
            or named["noun"] in lx.ROLE_NOUNS
            or named["noun"] in _PERSON_NOUNS
        ):
            # "The medical aid group - Doctors Without Borders - warns": the
            # name set off between dashes names the description before it.
            return named["name"]
        region = re.sub(
            r"\s+[-–—]{1,2}\s+[^-–—;:“”\"]{1,100}?\s+[-–—]{1,2}\s*$", " ", region
        )
        # "Secretary Ann Roe, M.D., said", "Tom Lee, Ph.D. announced": an
        # academic or professional degree after the name is no chunk of its
        # own; the name before it is the subject.
        region = re.sub(
            r"(?<=[A-Za-z’'\-])\s*,?\s+(?:M\.\s?D|Ph\.\s?D|D\.O|J\.D|M\.P\.H|D\.D\.S|R\.N"
            r"|Esq)\.?,?\s*$",
            " ",
            region,
        )
        listed = _listed_subject(region)
        if listed:
            return listed  # "A, B, and C, announced": all of them
        unset = re.search(
            r"(?<![\w’'.\-])(?<!,\s)(?P<name>(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]+)(?<![’']s)\s+"
            r"(?:the\s+)?(?P<role>[a-z]+)\s+(?:of|for|at|with)\s+[^,;:“”\"]{1,80},\s*$",
            region,
        )
        if (
            unset
            and unset["role"] in _ROLE_HEADS
            and not any(_organisation_word(w) for w in unset["name"].split())
        ):
            # "Colonel Ann Lee commander of the 5th Battalion, explains": a
            # role after a name with no comma before it (a script's or a
            # wire's copy), its description; the name is the subject.
            return unset["name"]
        # "Pfc. Ann Lee, a Dayton, Ohio, native and a medic, said": the home
        # town's state is inside the description, not a chunk of its own.
        region = re.sub(
            r",\s+([A-Z][\w.]*(?:\s+[A-Z][\w.]*)?),\s+(?=(?:native|resident)\b)",
            r" \1 ",
            region,
        )
        # "Lt. Col. Ann Lee, 328th BSB commander, from Pine Grove, Pa.,
        # praised": her home town and its state after the name are no chunk.
        for town in re.finditer(
            r",\s+(?:from|of)\s+(?:[A-Z][\w’'.\-]*\s+){0,2}[A-Z][\w’'\-]*", region
        ):
            state = _PAGE_STATE_AFTER.match(region, town.end())
            if state and re.fullmatch(r"\.?,\s*", region[state.end() :]):
                region = region[: town.start()] + ", "
                break
        # "Ann Lee, squad leader, from Akron, Ohio, said", "Tom Roe of Dover,
        # Del., said": where the speaker comes from, set off after the name or
        # its description, is no chunk of its own; the name before it speaks.
        region = _news_drop_home_town(region)
        # "Capt. Ann Lee, an officer with 1st Battalion, 12th Marines, said":
        # a unit and the unit above it are one description, not two chunks.
        region = re.sub(
            r"(\b(?:with|of|in|from)\s+\d+(?:st|nd|rd|th)\s+[A-Z][\w.]*"
            r"(?:\s+[A-Z][\w.]*)*),\s+(?=\d+(?:st|nd|rd|th)\s+[A-Z][\w.]*"
            r"(?:\s+[A-Z][\w.]*)*,\s*$)",
            r"\1 ",
            region,
        )
        body_antecedent = re.search(
            r"(?:^|\s)(?:of|for|from|at|with|by)\s+(?P<name>(?:the\s+)?[A-Z][\w’'.\-]*"
            r"(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w’'.\-]*)*),\s+which\s*$",
            region,
        )
        if body_antecedent and _organisation_word(body_antecedent["name"].split()[-1]):
            # "Tom Roe of the Green Party, which says …": "which" is the
            # party, not the person the party belongs to.
            return body_antecedent["name"]
        antecedent = re.search(
            r"(?<![\w’'.\-])(?P<name>(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]+)"
            # "Ann Lee, a doctor who told …": the description may run into
            # the relative pronoun with no comma before it.
            r"(?:,\s+(?P<desc>(?:the\s+|a\s+|an\s+)?[a-z][^,]*?))?,?\s+who\s*$",
            region,
        )
        if (
            antecedent
            and not any(_organisation_word(w) for w in antecedent["name"].split())
            and (
                antecedent["desc"] is None
                or (
                    len(antecedent["desc"].split()) <= 7
                    and any(
                        w in lx.ROLE_NOUNS | lx.TITLE_WORDS
                        for w in antecedent["desc"].split()
                    )
                )
            )
        ):
            # "mediated by Ann Lee, former head of the agency, who has stated
            # that": the relative clause's subject is the name it follows.
            return antecedent["name"]
        restricted = re.fullmatch(
            r"\s*(?P<group>(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther)\s+)?"
            r"(?:[A-Z][a-z]+\s+|[a-z]+\s+)?(?P<head>[a-z]+s))\s+who\s+"
            r"(?!(?:say|says|said|told|claim|claims)\b)[^,;:“”\"]{3,80}?\s*",
            region,
        )
        if restricted and restricted["head"] in _COMMON_HEADS:
            # "Western diplomats who visited the site said": the group the
            # relative clause picks out speaks, not a name inside the clause.
            return restricted["group"]
        opening = re.match(
            r"\s*(?P<name>(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]+),\s+(?:who|whose)\s"
            r"[^;“”\"]*,\s*$",
            region,
        )
        if opening and not any(_organisation_word(w) for w in opening["name"].split()):
            # "Tom Hale, who voted in his home town, Dover, says": the commas
            # inside the relative clause set off its own parts; the name it
            # opens after is the subject.
            return opening["name"]
        opening_group = re.match(
            r"\s*(?P<words>(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:[a-z][\w\-]*\s+){0,2}"
            r"[a-z][\w\-]*s),\s+(?:who|whose)\s[^;“”\"]*,\s*$",
            region,
        )
        if opening_group and fold(opening_group["words"]).split()[-1] in _COMMON_HEADS:
            # "The insurgents, who overran the port town, Kismayo, Sunday,
            # have said": the commas inside the relative clause set off its
            # own parts; the group it opens after is the subject.
            return opening_group["words"]
        group = re.search(
            r"(?P<words>(?:[\w’'\-]+\s+){0,5}[a-z][\w\-]*s),?\s+who"
            r"(?:\s+[^,;“”\"]+,\s+and)?\s*$",
            region,
        )
        if group:
            # "opposition from radical clerics who say …", "three witnesses
            # who described the killings, and said …", "a suit by two unions,
            # who argued that …": the group the relative clause is about.
            phrase = []
            for word in reversed(group["words"].split()):
                if word.lower() in _LINKING_WORDS | _BEFORE_A_GROUP:
                    break
                phrase.insert(0, word)
            if phrase and fold(phrase[-1]) in _COMMON_HEADS:
                return " ".join(phrase)
        relative = re.search(r",\s+(?:where|when)\s+([^,]+)$", region)
        if relative:
            # "the capital, Lima, where several towns reported": the relative
            # clause has a subject of its own.
            region = relative[1]
        listed = re.match(
            r"\s*((?:[A-Za-z][\w\-]*\s+){0,2}?[A-Za-z][\w\-]*s)\s+(?:from|at|of|in)\s+"
            r"(?:the\s+)?[A-Z][^,]*(?:,\s+(?:and\s+)?(?:the\s+)?[A-Z][^,]*)+\s*$",
            region,
        )
        if listed and fold(listed[1]).split()[-1] in _COMMON_HEADS:
            # "Researchers from University College London, the National
            # University of Colombia and Harvard found": the researchers.
            return listed[1]
        one_of = re.search(
            r"\b(?:[Oo]ne|[Aa]nother|[Ee]ach)\s+of\s+(?:the|its|their|his|her)\s+[^,]{1,60},"
            r"\s+(?P<name>(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+(?:[A-Z][\w’'.\-]*|of|for|and"
            r"|the)){0,8}),\s*$",
            region,
        )
        if one_of:
            # "one of the rebel groups, the Sudan Liberation Movement, says":
            # the one the apposition names.
            return one_of["name"]
        chunks = [
            c.strip()
            for c in region.split(",")
            if c.strip()
            and not re.match(r"(?:which|who|whose|where|when)\b", c.strip())
            and not _ADVERBIAL.match(
                re.sub(
                    r"^(?:also|and|but|so|then|later|earlier)\s+",
                    "",
                    c.strip(),
                    flags=re.I,
                )
            )
        ]
        if not chunks:
            return None
        aged = re.match(
            r"\s*(?P<name>(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]+),\s+\d{1,3},\s",
            region,
        )
        if aged and region.rstrip().endswith(","):
            # "Ann Lee, 39, of Dover, Delaware, a former clerk, pleaded": the
            # name before the age is the subject, whatever follows it.
            return aged["name"]
        while len(chunks) >= 3 and (
            re.fullmatch(r"(?:[A-Z]\.){2,}|[A-Z]\.[A-Z]", chunks[-1])
            or fold(chunks[-1]) in lx.PLACES
            or (
                fold(chunks[-1]).split()[-1] in lx.US_STATES
                # "Newport, Rhode Island, President Washington explained".
                and fold(chunks[-1]).split()[0] not in lx.TITLE_WORDS
            )
        ):
            # "an expert at the New America Foundation in Washington, D.C.,
            # says": the place's second half is no description.
            chunks.pop()
        second_office = (
            re.match(
                r"and\s+(?P<office>[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?\s+(?:of|for|at)\s",
                chunks[-1],
            )
            if len(chunks) >= 3
            else None
        )
        if (
            second_office
            and re.fullmatch(r"(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]+", chunks[0])
            and re.match(r"(?:the|a|an)\s+[a-z]", chunks[1])
            and (
                second_office["office"].lower() in lx.ROLE_NOUNS | lx.TITLE_WORDS
                # "Coordinator", "Administrator": an office by its ending.
                or re.search(r"(?:ator|ector|ager|dent|tant)$", second_office["office"])
            )
            and self.person_by_surname(chunks[0].split()[-1], len(self.body))
        ):
            # "Mike Omeri, the director general of the agency, and Coordinator
            # of the Information Center also says": a second office of the one
            # named, not a second speaker.
            return chunks[0]
        if (
            region.rstrip().endswith(",")
            and len(chunks) == 3
            and re.fullmatch(
                r"(?:" + _RANKS + r")?\s*(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]+",
                chunks[0],
            )
            and re.fullmatch(r"[a-z]+(?:\s+[a-z]+){0,2}", chunks[1])
            and chunks[1].split()[-1] in lx.ROLE_NOUNS
            and _capitalised(chunks[2].split()[0])
            and self.person_by_surname(chunks[0].split()[-1], len(self.body))
        ):
            # "Col. Drexel Heard, director, DMC, applauded", "Ann Lee,
            # commanding officer, Marine Corps Logistics Base Albany, said": a
            # signature's office and its body after the name; the name speaks.
            return chunks[0]
        long_description = (
            region.rstrip().endswith(",")
            and len(chunks) >= 3
            and re.fullmatch(r"(?:[A-Z][\w’'.\-]*\s+){0,3}[A-Z][\w’'\-]+", chunks[0])
            and self.person_by_surname(chunks[0].split()[-1], len(self.body))
            and re.match(r"(?:the|a|an)\s+[a-z]", chunks[1])
            and not any(re.match(r"(?:and|or)\s", c) for c in chunks[1:])
        )
        if long_description:
            # "Roe, the deputy director, operations, for the state agency,
            # said": a description whose own commas set off its parts; the
            # name before it speaks.
            chunks = chunks[:1]
        if region.rstrip().endswith(",") and len(chunks) >= 2:
            # "NAME, DESCRIPTION, said" or "DESCRIPTION, NAME, said": the
            # description starts with a small word, a title or a nationality.
            last = chunks[-1].split()
            first = last[0]
            if len(last) > 3 and last[0] in ("former", "then", "acting", "interim"):
                last = last[1:]  # "former Prime Minister Cellou Dalein Diallo"
            lowered = [w for w in last if not _capitalised(w)]
            if (
                lowered
                and last[: len(lowered)] == lowered
                and len(last) - len(lowered) >= 2
                and any(w in lx.ROLE_NOUNS | lx.TITLE_WORDS for w in lowered)
                and not any(w in _LINKING_WORDS for w in lowered)
                and not any(
                    _organisation_word(w) or re.search(r"[’']s?$", w)
                    for w in last[len(lowered) :]
                )
            ):
                # "His chief competitor, former foreign minister Abdullah
                # Abdullah, has said": the name after its lowercase title.
                last = last[len(lowered) :]
                first = last[0]
                chunks[-1] = " ".join(last)
            # "an Army prosecutor, Captain Joe Morrow, said": a title and a
            # full name after the description are the name, not a description.
            # "Professor George Grayson of the College of William and Mary":
            # a titled name, then where its holder works.
            core = last[
                : next((i for i, w in enumerate(last) if w in ("of", "at")), None)
            ]
            titled_name = (
                len(core) >= 3
                and all(_capitalised(w) or _name_particle(w) for w in core)
                and _capitalised(core[0])
                and len(_split_title(core)[0]) >= 2
                and len(_split_title(core)[1]) >= 1
            )
            before = chunks[-2].split()
            if (
                (
                    re.match(r"(?:a|an)\s", chunks[-2], flags=re.I)
                    # "The country's largest labor federation, the Nigerian
                    # Labor Congress, says": a description of a body by its
                    # head noun, then the body's name.
                    or (
                        re.match(r"the\s", chunks[-2], flags=re.I)
                        and fold(chunks[-2]).split()[-1] in _ORGANISATION_NOUNS
                        # "The chairman of the main opposition, the …
                        # Party, said": a person of the body speaks.
                        and not re.search(r"\sof\s", chunks[-2])
                    )
                    # "Yet one of the rebel groups, the Sudan Liberation
                    # Movement, says": one of a set of bodies, then its name.
                    or (
                        re.match(
                            r"(?:(?:yet|but|and|still|now)\s+)?(?:one|another)\s+of\s+"
                            r"(?:the|its|their)\s",
                            chunks[-2],
                            flags=re.I,
                        )
                        and re.sub(
                            r"ies$",
                            "y",
                            re.sub(r"(?<!ie)s$", "", fold(chunks[-2]).split()[-1]),
                        )
                        in _ORGANISATION_NOUNS
                    )
                )
                and re.match(r"the\s+[A-Z]", chunks[-1])
                and sum(_capitalised(w) for w in last[1:]) >= len(last[1:]) / 2
            ):
                # "An al-Qaida breakaway group, the Islamic State of Iraq and the
                # Levant, claimed": the name after the description speaks.
                before = []
                titled_name = True
            # "Ida Sawyer, Central Africa director at Human Rights Watch, said",
            # "Ann Roe, Politics Lecturer at Lakeside University, wrote": a
            # description with a role, in either case, after a bare name.
            named_then_role = (
                2 <= len(before) <= 4
                and all(_capitalised(w) for w in before)
                and not any(_organisation_word(w) for w in before)
                and any(w.lower() in lx.ROLE_NOUNS for w in last)
            )
            described = (
                bool(before)
                and named_then_role
                or (
                    not titled_name
                    and (
                        not _capitalised(first)
                        or first.lower()
                        in (lx.DETERMINERS | lx.TITLE_WORDS | lx.NATIONALITIES)
                    )
                )
            )
            chunk = chunks[-2] if described else chunks[-1]
            if (
                described
                and len(chunks) >= 3
                and re.match(r"(?:a|an)\s+[a-z]", chunk)
                and re.match(r"(?:a|an|the)\s+[a-z]", chunks[-1])
                and re.fullmatch(
                    r"(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]+", chunks[-3]
                )
                and not any(_organisation_word(w) for w in chunks[-3].split())
            ):
                # "Pory Vanna, a representative from Koh Pdao, a dolphin
                # site, told reporters": the second description is the place's;
                # the name before both speaks.
                chunk = chunks[-3]
        else:
            chunk = chunks[-1]
            if (
                len(chunks) >= 2
                and re.fullmatch(r"(?:[A-Z][\w’'\-]*\s+){0,2}[A-Z][\w’'\-]*", chunk)
                and self.person_by_surname(chunk.split()[-1], len(self.body)) is None
                and re.search(
                    r"^(?:[a-z]+\s+){0,2}[a-z]+s\s+(?:in|of|from|at)\s+[A-Z][\w’'\-]*"
                    r"(?:\s+[A-Z][\w’'\-]*)*$",
                    chunks[-2],
                )
            ):
                # "officials in Cape Town, South Africa warned": the country
                # completes the place; the officials speak.
                chunk = chunks[-2]
            elif (
                len(chunks) >= 2
                and (
                    re.match(r"(?:the|a|an)\s+", chunk)
                    # "Wolfgang Fink, visiting associate … in Pasadena says"
                    or chunk[:1].islower()
                )
                # "Mr. Secretary, as I told them, …": a subordinate clause
                # with a pronoun subject of its own, after a vocative.
                and not re.fullmatch(
                    r"(?:as|when|while|if|because|since|after|before|and|but|so)\s+"
                    r"(?:I|we|you|he|she|they)",
                    chunk,
                    flags=re.I,
                )
            ):
                # "Leroy Cain, the American manager of the mission said": the
                # description lost its closing comma; the name before it speaks.
                previous = chunks[-2].split()
                if (
                    len(previous) >= 2
                    and all(_capitalised(w) for w in previous)
                    and previous[0].lower() not in _NOT_NAME_STARTS
                ):
                    chunk = chunks[-2]
        if chunk != chunks[0] and self._news_name_then_descriptions(chunks):
            # "Ann Lee, Commander of the Joint Command said", "Ann Lee, of
            # the Policy Center, at Lakeside College, says": a person's name,
            # then only what describes her; she speaks.
            chunk = chunks[0]
        # "The decision comes after Volvo announced", "Though officials had
        # said": the subject follows the last subordinating word.
        parts = re.split(
            r"\b(?:after|before|when|while|because|since|although|though|until|if"
            r"|where|as|Though|Although|While|Because|Whereas|After|When|Before)\s+",
            chunk,
        )
        chunk = parts[-1] if parts[-1].strip() else chunk
        # "…, and on March 3 she said": a second clause of the sentence, its
        # time before its own subject.
        chunk = re.sub(
            r"^(?:and|but|yet|so)\s+(?=(?:in|at|on|after|during|before|later)\s)",
            "",
            chunk,
            flags=re.I,
        )
        missing_comma = re.fullmatch(
            r"(?:asked|questioned|pressed|in|at|on|after|during|before|for|with"
            r"|about|speaking|responding|replying|later)\s+(?P<words>.*?)\s+"
            r"(?P<pronoun>he|she|they)",
            chunk,
            flags=re.I,
        )
        if missing_comma and not re.search(
            r"\b(?:that|what|which|who|how|why)\b", missing_comma["words"]
        ):
            # "When asked about the economy he said", "In reply they said":
            # an opening phrase whose comma is missing, then the subject.
            chunk = missing_comma["pronoun"]
        opener = re.fullmatch(
            r"(?:In|At|On|During|After|Before|For|With|From|Throughout|Beyond|Across)"
            r"\s+(?P<words>.*\s[a-z][\w\-]*)\s+(?P<name>[A-Z][\w’'\-]+)",
            chunk,
        )
        if opener and not re.search(r"\b(?:that|what|which|who|how|why)\b", chunk):
            person = self.person_by_surname(opener["name"], len(self.body))
            if person is not None and person.name.split()[-1] == opener["name"]:
                # "In basic training and beyond Roe said": an opening phrase
                # whose comma is missing, then a surname the article gave.
                chunk = opener["name"]
        chunk = _LEADING_TIME.sub("", chunk)
        chunk = _TEMPORAL_TAIL.sub("", chunk)
        # "Nicolas Sarkozy Monday, in a speech …, stated": the day after the name.
        chunk = re.sub(
            r"(?<=[A-Za-z])\s+(?:(?:early|late)\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$",
            "",
            chunk,
        )
        chunk = re.sub(r"^(?:and|but|while|as|so|yet)\s+", "", chunk, flags=re.I)
        # "Ann Lee and Tom Roe both say": the subject before its quantifier.
        chunk = re.sub(r"(?<=\S)\s+(?:both|all)$", "", chunk)
        # "Senator Ann Lee (R-TN) and Speaker Tom Roe (R-IL) say": their parties.
        chunk = re.sub(r"\s*\([A-Z][\w.\-]{0,12}\)(?=\s+and\s)", "", chunk)
        chunk = re.sub(r"\s*\([A-Z][\w.\-]{0,12}\)$", "", chunk)
        # Two bodies' names, long as they are, are one subject.
        bodies = len(chunk.split()) <= 18 and re.fullmatch(
            rf"(?:[Tt]he\s+)?{_LIST_ITEM}\s+and\s+{_LIST_ITEM}", chunk
        )
        pair = (
            not bodies
            and 12 < len(chunk.split()) <= 40
            and re.fullmatch(
                r"((?:[A-Z][\w’'.\-]*|of|the|for)(?:\s+(?:[A-Z][\w’'.\-]*|of|the|for))*"
                r"\s+[A-Z][\w’'\-]+)\s+and\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+(?:[A-Z][\w’'.\-]*|of|the"
                r"|for))*",
                chunk,
            )
        )
        if pair and len(pair[1].split()) <= 12:
            # "Attorney General Ann Lee and U.S. Attorney for the District of
            # Montana Tom Roe announced": two offices and names; the first
            # speaks for both.
            chunk = pair[1]
        chunk = _news_name_not_place(chunk)
        affiliated = (
            _NEWS_NAME_OF_BODY.fullmatch(chunk)
            if chunk and len(chunk.split()) > 12 and not bodies
            else None
        )
        if affiliated and not any(
            _organisation_word(w) for w in affiliated["name"].split()
        ):
            # "African expert Ann Lee of the Royal Institute of International
            # Affairs in London told …": a long affiliation after the name.
            chunk = affiliated["who"]
        if not chunk or (len(chunk.split()) > 12 and not bodies):
            return None
        return chunk

    def _news_name_then_descriptions(self, chunks: list[str]) -> bool:
        """Whether ``chunks`` are a known person's full name, then only her
        descriptions: a role ("Commander of the Joint Command", "a member of
        the group"), where she works ("of the Policy Center", "at Lakeside
        College"), a group's name after its description, an alias ("or
        WANN")."""
        # "Gaza resident Ann Lee": a short description may come before.
        whole = re.fullmatch(
            r"(?:[A-Z][\w’'\-]*\s+)?(?:[a-z][\w’'\-]*\s+){0,2}"
            r"(?P<name>(?:[A-Z][\w’'.\-]*\s+){1,4}[A-Z][\w’'\-]+)",
            chunks[0],
        )
        if len(chunks) < 2 or whole is None:
            return False
        before = chunks[0][: whole.start("name")].split()
        if any(
            w.lower() in _PREPOSITIONS or _COMMON_ENDING.fullmatch(w.lower())
            for w in before
        ):
            return False  # "Joined by Ann Lee, the minister said"
        name = whole["name"].split()
        if any(_organisation_word(w) for w in chunks[0].split()):
            return False
        names, _ = _split_title(name)
        if len(names) < 2 or fold(names[-1]) in lx.PLACES | lx.US_STATES:
            return False
        person = self.person_by_surname(names[-1], len(self.body))
        if person is None or fold(person.name).split()[-1] != fold(names[-1]):
            return False
        roles = lx.ROLE_NOUNS | lx.TITLE_WORDS
        previous_described = False
        for chunk in chunks[1:]:
            words = chunk.split()
            lowered = [w.lower().strip(".,") for w in words]
            role = any(w in roles for w in lowered)
            if re.match(r"(?:of|at|from|with|for)\s+(?:the\s+)?[A-Z]", chunk):
                described = False
            elif re.match(r"(?:a|an|the)\s+[a-z]", chunk) and role:
                described = True
            elif (
                role
                and _capitalised(words[0])
                and not any(fold(p.name) in fold(chunk) for p in self.persons)
                and self.person_by_surname(words[-1].strip(".,"), len(self.body))
                is None
            ):
                described = False  # "Commander of the Joint Command"
            elif re.fullmatch(r"or\s+[A-Z][\w.\-]*", chunk):
                described = False  # "or WANN": an alias
            elif previous_described and re.fullmatch(
                r"(?:[A-Z][\w’'.\-]*\s+){0,5}[A-Z][\w’'.\-]*", chunk
            ):
                described = False  # "a member of a group, We Are Not Numbers"
            else:
                return False
            previous_described = described
        return True

    def _interview(self, opening: str) -> str | None:
        """ "In an interview with the BBC, X said …": relayed by the BBC."""
        if re.search(
            r"\binterview\b|\b(?:speaking|talking|spoke)\s+(?:to|with)\b"
            # "Ann Lee was quoted by Xinhua as saying …".
            r"|\bquoted\s+by\b",
            opening,
            flags=re.I,
        ):
            return self._relay(opening)
        return None

    def _relay(self, text: str) -> str | None:
        """The outlet in "told Meduza reporters", "to Reuters", "in an interview
        with Público", "spoke to the state broadcaster CCTV", "quoted by Xinhua"."""
        for match in re.finditer(
            # "confirmed to local radio station Magik 9": a descriptor of up
            # to three words, a name that may end in a number.
            r"(?:\btold|\bto|\bwith|\btells|\bby)\s+(?:the\s+)?((?:[a-z\-]+\s+){0,3})"
            r"((?:[A-Z][\w’'\-]*\s?)+(?:\d+\b)?)",
            text,
        ):
            descriptor = match.group(1).split()
            tokens = match.group(2).split()
            # "told the French News Agency": a nationality that is part of an
            # outlet's name, or a news agency by its own name.
            whole = " ".join(tokens)
            agency = bool(re.search(r"\bnews\s+agency$", fold(whole)))
            if len(tokens) > 1 and (agency or self.is_outlet(whole)):
                tokens = [whole]
            while len(tokens) > 1 and tokens[0].lower() in lx.NATIONALITIES:
                tokens = tokens[1:]
            while len(tokens) > 1 and tokens[-1].lower().strip(".,") in _DATE_WORDS:
                tokens = tokens[:-1]  # "told the BBC Sunday": when, not the name
            name = " ".join(tokens)
            described = bool(descriptor) and descriptor[-1] in lx.OUTLET_DESCRIPTORS
            if described or agency or self.is_outlet(name):
                if (
                    fold(name) == self.publisher
                    or f"the {fold(name)}" == self.publisher
                ):
                    return None
                return name
        return None


# A place as a dateline or a hometown writes it: "Akron, Ohio", "Laurens, S.C.",
# "Pine Grove, Pa.", "Dover" (its state or country after a comma, if any).
_NEWS_PLACE = (
    r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2}"
    r"(?:,\s+(?:(?:[A-Z]\.){2}|[A-Z][a-z]{1,4}\.|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))?"
)

# "…, from Akron, Ohio," or "Tom Roe of Dover, Del.," at the end of the words
# before a verb: a home town after a name or after its description.
_NEWS_HOME_TOWN = re.compile(
    r"(?:(?P<lead>(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]+)(?:,\s+|\s+)"
    r"|(?P<described>,\s+[^,]+),\s+)"
    rf"(?:of|from)\s+(?P<place>{_NEWS_PLACE})\s*,[\s,]*$"
)


def _news_drop_home_town(region: str) -> str:
    """``region`` without a home town after the name or its description."""
    found = _NEWS_HOME_TOWN.search(region)
    if found is None:
        return region
    words = (found["lead"] or "").split()[-2:] + found["place"].replace(
        ",", " "
    ).split()
    if any(
        _organisation_word(w) or w.lower().strip(".,") in lx.TITLE_WORDS | {"the"}
        for w in words
    ):
        return region  # "The Bank of England,": a body's name
    return region[: found.start()] + (found["lead"] or found["described"]) + ","


# "meteorologist Ann Lee in Denver", "Tom Roe of Dover": a full name, then
# where its bearer is or comes from.
_NEWS_NAME_IN_PLACE = re.compile(
    r"(?P<name>(?:[^\s]+\s+)*?(?:[A-Z][\w’'.\-]*\s+){1,2}[A-Z][\w’'\-]+)"
    r"\s+(?:in|of|from)\s+(?P<place>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})"
)


# The last word of a military unit's or a base's name ("14th Infantry
# Regiment", "Bagram Airfield"), of a tribal nation's ("Tohono O'odham
# Nation") or of an agency's second half ("Customs and Border Protection"):
# never a surname a later "he" could take up.
_NEWS_UNIT_LAST = frozenset(
    ["regiment", "battalion", "brigade", "squadron", "platoon", "detachment"]
    + ["corps", "division", "airfield", "airport", "nation", "protection"]
    + ["enforcement", "campaign"]
)

# "told VOA reporter Tom ", "in an interview with correspondent Ann ": the
# words before the name of a reporter whom someone spoke to.
_NEWS_REPORTER_TOLD = re.compile(
    r"\b(?:told|tells|to|with)\s+(?:the\s+)?(?:[A-Z][\w’'.\-]*\s+){0,5}"
    r"(?:[a-z]+\s+){0,2}(?:reporter|correspondent|interviewer)\s+"
    r"(?:[A-Z][\w’'.\-]*\s+){0,3}$"
)

_NEWS_STATE_ABBREVIATIONS = frozenset(lx.STATE_ABBREVIATIONS)


def _news_state_after(body: str, end: int) -> bool:
    """Whether ", STATE" (a U.S. state, its abbreviation, or a country) follows
    ``end``: "Fort Hale, Texas", "Glen Falls, N.Y.", "Pine Hill, Pa."."""
    after = re.match(
        r",\s+(?:(?P<initials>(?:[A-Z]\.){2})|(?P<short>[A-Z][a-z]{1,4})\."
        r"|(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))(?=[\s,.;:)]|$)",
        body[end : end + 40],
    )
    if after is None:
        return False
    if after["initials"]:
        return True
    if after["short"] and after["short"].lower() in _NEWS_STATE_ABBREVIATIONS:
        return True
    last = (after["name"] or after["short"]).split()[-1].lower()
    return last in lx.US_STATES or last in lx.PLACES


# "African expert Ann Lee of the Royal Institute of International Affairs in
# London": a description, a person's full name, then the body she is with (and
# where it is), all in capitals but its small words.
_NEWS_NAME_OF_BODY = re.compile(
    r"(?P<who>(?:[A-Za-z][\w\-]*\s+){0,3}?"
    r"(?P<name>(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'\-]+))"
    r"\s+(?:of|from|at|with)\s+(?:the\s+)?[A-Z][\w’'.\-]*"
    r"(?:\s+(?:[A-Z][\w’'.\-]*|of|for|and|the|on|in))*"
)


# An aside set off by dashes or commas between a verb and "that": "ruled — for
# the second time this week — that …", "said, once again, that …".
_NEWS_ASIDE_BEFORE_THAT = re.compile(
    r"\s*(?P<mark>[—–]|--|,)\s*[^,;:.!?—–“”\"]{2,60}?\s*(?P=mark)(?=\s*that\b)"
)


def _news_name_not_place(chunk: str) -> str:
    """ "meteorologist Ann Lee in Denver", "Tom Roe of Dover": a person's full
    name, then where they are or come from, names the person, not the place."""
    where = _NEWS_NAME_IN_PLACE.fullmatch(chunk)
    if (
        where
        and not any(
            _organisation_word(w) or w.lower().strip(".,") in lx.TITLE_WORDS
            for w in where["name"].split()[-3:] + where["place"].split()
        )
        and where["name"].split()[-1].lower() not in lx.PLACES | lx.US_STATES
    ):
        return chunk[: where.end("name")]
    return chunk


# "Louis Roe, Sr. of the district", "Tom Roe, III, said": the comma between
# a name and its generation, which would cut the name in two.
_GENERATION_COMMA = re.compile(
    r"(\b[A-Z][\w’'\-]*[a-z’'\-]),(?=[ \t]+(?:(?:Jr|Sr)\.|(?:II|III|IV)(?![\w.’'\-])))"
)


# "Ann Roe, M.D. of the clinic said", "…, Ann Roe, Ph.D., said.": a degree after
# a name, set off by a comma.
_DEGREE_COMMA = re.compile(
    rf"(?<=[a-z’'\-])(?:,[ \t]+{_CREDENTIAL}(?![\w.]))+(?:,(?=[ \t]+(?:{_VERBS})\b))?"
)


def _names_joined(text: str) -> str:
    """``text`` with the comma between a name and its generation ("Tom Roe,
    Jr.") read as a space, and a degree after a name ("Ann Roe, M.D.") read
    as blank, offsets unchanged: one name, not a name and a chunk "Jr." or
    "M.D." of its own."""
    text = _GENERATION_COMMA.sub(r"\1 ", text)
    return _DEGREE_COMMA.sub(lambda m: " " * len(m.group(0)), text)


# Words that a text set all in capitals writes in lower case when it is read
# back in mixed case (with the lexicon's verbs, determiners and nouns); any
# other word is taken as a name, as a wire script's capitals hide which are.
_COMMON_WORDS = frozenset(
    re.findall(
        r"[a-z]+",
        """a about above after again against ago all almost along already also
    although always am among an and another any are around as at away back
    be became because become been before began behind being below between
    both but by came can cannot come could day days did do does doing done
    down during each early either else end enough even ever every few first
    for former four from further get gets give given go goes going gone good
    got great had has have having he her here hers him his how however i if
    in into is it its just last late later least less like made make makes
    many may me might more most much must my near need needs never new next
    no nor not now of off often on once one only or other others our out
    over own part past people per place put rather really right same second
    see seen several shall she should since so some soon still such take
    taken than that the their them then there these they thing things this
    those though three through time times to today together told too toward
    two under until up upon us very was way we week weeks well were what
    when where whether which while who whom whose why will with within
    without would year years yet you your
    agreement angry army attack attacks ambush blood border campaign
    capital chief children city country crowd deal demonstrators embassy
    exchange fair flags force forces freeing group help hold home issue
    month months policy ethnic business foreign military economic dinner
    bring want wants provide provides start night moments terms range unity
    command sign ready hammer carry discuss intends significant appropriate
    enhance absolute counterpart sidelines believes wants should go hand
    over refusal persists
    agree agrees agreed disagree disagrees disagreed concur concurs concurred
    echo echoes echoed
    leader leaders life men mission mothers news officials peace
    peacekeeping plan police political process protest rebel rebels refusal
    return role security side sides slogan son streets summit support talks
    tearful thousands trial troops war women words world""",
    ),
)
# A word ending so is a common word, never a name: "-ing", "-ed", "-ly", "-tion".
_COMMON_ENDING = re.compile(
    r"[a-z]{3,}(?:ing|ed|ly|tion|tions|ment|ments|ness|ity|ities|ous|ive|ful|less"
    r"|ship|ism)"
)


# The head of a role after a name ("commander of the 5th Battalion"): a role
# noun or an office, never a function word that the title lists keep.
_ROLE_HEADS = (lx.ROLE_NOUNS | lx.TITLE_WORDS) - (
    _COMMON_WORDS | _PREPOSITIONS | lx.DETERMINERS
)


def _mixed_case(text: str) -> str | None:
    """A text set all in capitals ("INTRO: PRESIDENT CLINTON SAYS …", a
    broadcast script of the 1990s) in mixed case, letter for letter, so that
    its names stand out as names do; None for a text in mixed case."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 200 or sum(c.isupper() for c in letters) < 0.9 * len(letters):
        return None
    lower = (
        _COMMON_WORDS
        | lx.SPEECH_VERBS
        | lx.DETERMINERS
        | set(lx.PRONOUNS)
        | lx.LEADING_FILLERS
        | lx.ROLE_NOUNS
        | lx.TITLE_WORDS
        | lx.ANONYMOUS_HEADS
        | lx.STANCE_VERBS
        | lx.CLAUSE_ONLY_VERBS
        | lx.OBJECT_STATEMENT_VERBS
        | lx.LISTENER_VERBS
        | _PREPOSITIONS
        | _SCRIPT_VERBS
    ) - lx.NATIONALITIES

    def word(match: re.Match) -> str:
        token = match[0]
        folded = token.lower()
        if len(folded) != len(token) or not token.isupper():
            return token
        if folded == "i":
            return "I"
        if folded in lx.PLACES | lx.US_STATES | lx.ABBREVIATIONS:
            return token.capitalize()  # "France", "Texas", "Mr."
        if "-" in token and all(len(part) <= 2 for part in token.split("-")):
            return token  # "U-S", "P-K-K", "V-O-A": initials kept
        if folded in lower or _COMMON_ENDING.fullmatch(folded):
            return folded
        if folded in lx.NATIONALITIES:
            return token.capitalize()
        return "-".join(part.capitalize() for part in folded.split("-"))

    mixed = re.sub(
        r"\bUNITED\s+(?:STATES|NATIONS|KINGDOM|ARAB\s+EMIRATES)\b",
        lambda m: m[0].title(),
        text,
    )
    mixed = re.sub(r"(?<![\w’'])[A-Za-z][A-Za-z’']*(?:-[A-Za-z’']+)*", word, mixed)
    # "PFC DOUGLAS LANNING SAYS", "MAJOR ANN HOLDING": a title, a given name,
    # then a word that only its ending made common ("-ing", "-ed") is the
    # surname, as a title's name runs on.
    titles = (lx.TITLE_WORDS | {w.rstrip(".") for w in lx.ABBREVIATIONS}) - (
        _COMMON_WORDS | _PREPOSITIONS | lx.DETERMINERS
    )

    def surname(match: re.Match) -> str:
        last = match["last"]
        if match["title"].lower() not in titles or last in lower:
            return match[0]
        return match[0][: match.start("last") - match.start()] + last.capitalize()

    mixed = re.sub(
        r"(?<![\w’'])(?P<title>[A-Za-z]+)\s+[A-Z][a-z’']+\s+(?P<last>[a-z][a-z’']{2,})"
        r"(?![\w’'])",
        lambda m: surname(m) if _COMMON_ENDING.fullmatch(m["last"]) else m[0],
        mixed,
    )
    # A sentence's first word in capitals again: after a full stop, a colon,
    # a paragraph's start or a quotation mark.
    mixed = re.sub(
        r"(^|[.!?:]\s+|\n\s*|[“\"]\s*|//\s*)([a-z])",
        lambda m: m[1] + m[2].upper(),
        mixed,
    )
    # "PFC DOUGLAS LANNING SAYS", "MOHAMMED AHMED SAID": a surname with a
    # common word's ending, between a name and a verb of saying, is a name.
    mixed = re.sub(
        r"\b([A-Z][a-z]+\s)([a-z])([a-z]{2,}(?:ing|ed|ly))(?=\s+(?:says|said|adds"
        r"|added|tells|told|explains|explained|agrees|agreed)\b)",
        lambda m: m[1] + m[2].upper() + m[3],
        mixed,
    )
    if len(mixed) != len(text):
        return None
    # "/// ROE ACT ///", "/// END ACT ///": a script's markers stay in the
    # capitals a script sets them in, as a mixed-case script's are.
    for marker in re.finditer(r"(?:/\s?){3}[^/\n]{1,80}?(?:/\s?){3}", text):
        mixed = mixed[: marker.start()] + marker[0] + mixed[marker.end() :]
    return mixed


# Verbs a broadcast script puts after a speaker's name, set in capitals
# ("BRITISH MAJOR SIMON COX AGREES, SAYING …"): no part of the name.
_SCRIPT_VERBS = frozenset(
    [
        "agree",
        "agrees",
        "agreed",
        "disagree",
        "disagrees",
        "disagreed",
        "describes",
        "recalls",
        "hopes",
    ]
)


def _script_markers_blank(text: str) -> str:
    """A broadcast script's section markers blanked out, letter for letter:
    "INTRO:" over the anchor's lead and "TEXT:" over the correspondent's
    report head prose the programme's own voice reads, not a speaker's turn."""
    return re.sub(
        r"(?m)^([ \t]*)((?:INTRO|TEXT)[ \t]*:)",
        lambda m: m[1] + " " * len(m[2]),
        text,
    )


# A headline naming a kind of speech or document and, with it, its giver:
# "Remarks by Secretary Ann Lee at …", "Statement of Ann Lee on …", "Ann Lee's
# Remarks to …", "Keynote Address by …" (read as a page's heading would be).
def _HEAD_line(title: str | None) -> str | None:
    """A page's headline as one line of heading, when it may name a speech's
    or a document's giver; None for any other headline (a story's "Ann Lee
    says …", which names no giver of the page's words)."""
    if not title:
        return None
    line = re.sub(r"\s+", " ", title).strip()
    if not line or len(line.split()) > 40:
        return None
    if not (_SPEECH_OPENER.match(line) or _OWNED_KIND.search(line)):
        return None
    if not _heading_line(line):
        return None
    return line


def _HEAD_statements(
    title: str, body: str, publisher: str | None, found: list[Statement]
) -> list[Statement] | None:
    """The statements of a page whose body names no giver of its words, read
    under its headline as the heading above the body: the giver the headline
    names speaks the page. None when the headline names none; when the body,
    read alone (``found``), attributes words in its opening ("The port
    reopened, Mayor Tom Hale said."): a story under the headline, not the
    words it names; or when it already gives the headline's giver words of
    their own ("Ann Lee released the following statement: …"): its
    narration, not the headline, says whose the words are."""
    line = _HEAD_line(title)
    if line is None:
        return None
    opening = paragraphs(body)[:2]
    if opening and any(s.start < opening[-1][1] for s in found):
        return None
    offset = len(line) + 2
    reader = _Extractor(line + "\n\n" + body, publisher=publisher)
    statements = reader.run()
    if reader.heading is None or not reader.remarks:
        return None
    surname = fold(reader.heading.name).split()[-1]
    if any(surname in fold(s.speaker).split() for s in found):
        return None
    kept = []
    for statement in statements:
        if statement.start < offset:
            continue
        statement.start -= offset
        statement.end -= offset
        kept.append(statement)
    # The headline only adds the giver's words: what the body says alone of
    # anyone's stays as it was (a quotation inside the speech stays its
    # author's).
    mine = {(s.start, s.end, s.speaker) for s in kept}
    if any((s.start, s.end, s.speaker) not in mine for s in found):
        return None
    return kept


def _tex_quotes(body: str) -> str:
    """ "``We are ready,'' Lee said.": a wire's quotation marks typed as two
    backticks and two apostrophes, read as curly marks (each pair of
    characters becomes a mark and a space, so offsets are unchanged)."""
    if "``" not in body:
        return body
    return body.replace("``", " “").replace("''", "” ")


def extract(
    text: str, *, publisher: str | None = None, title: str | None = None
) -> list[Statement]:
    """Attributed statements in ``text``, in reading order.

    ``publisher`` is the outlet that published the text: statements it is told
    are first-hand, not relayed. ``title`` is the page's headline, read only
    to name the giver of a speech's or a statement's words when the text
    itself names none ("Remarks by Secretary Ann Lee at …" over a speech).
    """
    mixed = _mixed_case(text)
    # "would–be visitors", "Ann Ogden–Muse": a page that sets its hyphens as
    # en dashes (offsets unchanged).
    body = _script_markers_blank(_PAGE_WORD_DASH.sub("-", _names_joined(mixed or text)))
    body = _tex_quotes(body)
    reader = _Extractor(body, publisher=publisher)
    statements = reader.run()
    if title and reader.heading is None:
        headed = _HEAD_statements(title, body, publisher, statements)
        if headed is not None:
            statements = headed
    for statement in statements:
        # The words as the text gives them (in its capitals, its commas).
        statement.text = text[statement.start : statement.end]
    statements = [s for s in statements if not _object_unsaid(body, s)]
    if publisher:
        # "VOA reported last October that …": the publisher's own reporting is
        # narration (what it denies or announces as a party is not).
        own = {fold(publisher), fold("".join(w[0] for w in publisher.split()))}
        statements = [
            s
            for s in statements
            if not (fold(s.speaker) in own and s.cue in _OWN_REPORTING)
        ]
    return sorted(statements, key=lambda s: (s.start, s.end))


_FEELING = (
    r"(?:deep|grave|serious|strong|great|growing|some|its|his|her|their)?\s*"
    r"(?:concern|concerns|skepticism|scepticism|worry|worries|alarm|regret|sympathy"
    r"|condolences|dismay|outrage|sadness|frustration|disappointment)"
)


def _object_unsaid(body: str, statement: Statement) -> bool:
    """Whether a reported statement's verb took a feeling or an act for
    object, and so said nothing: "the State Department expressed skepticism
    about the plans", "the United Nations declared a famine", "the
    government declared a “Day of National Sovereignty”". A quotation, a
    colon or "that" after the verb keeps it ("expressed concern that …").
    (Verbs that say nothing of a plain object at all, "observed", "found",
    are ``lexicon.CLAUSE_ONLY_VERBS``.)"""
    cue = statement.cue.lower()
    if statement.is_direct_quote and not (
        # "The government declared a “Day of National Sovereignty”": a name
        # in quotation marks, no one's words.
        cue == "declared"
        and re.search(r"\bdeclared\s+(?:a|an|the)\s+[“\"]$", body[: statement.start])
    ):
        return False
    found = list(
        re.compile(rf"\b{re.escape(cue)}\b").finditer(
            body, max(0, statement.start - 200), statement.end
        )
    )
    inside = [m for m in found if m.start() >= statement.start]
    # The cue inside a whole-sentence span, else the last one before it in
    # the same sentence ("…, the agency declared." has none: its words came
    # first, and an earlier sentence's "declared a famine" is not its verb).
    before = [
        m
        for m in found
        if m.start() < statement.start
        and not re.search(r"[.!?][”\"]?\s", body[m.end() : statement.start])
    ]
    verb = inside[0] if inside else before[-1] if before else None
    if verb is None:
        return False
    after = body[verb.end() : verb.end() + 120]
    if re.match(r"\s*(?:that\b|[“\"”:]|,)", after):
        return False
    if cue in ("warning", "warned", "warns", "warn"):
        if re.search(
            r"\b(?:a|an|the|any|tsunami|storm|weather|flood)\s+$",
            body[max(0, verb.start() - 12) : verb.start()],
            flags=re.I,
        ):
            return True  # "issued a tsunami warning", "if there is a warning"
        if re.match(r"\s+(?:[\w’'\-]+\s+){0,3}?against\b", after):
            return True  # "warning them against losing sight of …": advice
        if re.match(r"\s+of\b", after):
            return False  # "warned of more aftershocks"
        # "in warning North Korea.": a listener and nothing said to him, the
        # sentence ending there ("warned on Tuesday: prices will rise" goes on).
        ends = re.match(r"([^,;.:!?]*)[.!?]", after)
        return bool(ends) and not _clause_like(ends[1]) and len(ends[1].split()) <= 4
    if cue == "expressed":
        return bool(
            re.match(
                rf"\s*{_FEELING}\s+(?:over|about|at|for|regarding|with|toward)\b", after
            )
        )
    if cue == "declared":
        # "declared a famine" and its kind are acts (_ACT_NOT_ASSERTION,
        # read where the verb is found); here only "declared a “Day …”".
        return bool(re.match(r"\s*(?:a|an)\s+[“\"]", after))
    return False


_OWN_REPORTING = frozenset(
    ["reported", "reports", "has reported", "learned", "reporting"]
)


__all__ = ["Quote", "Speaker", "Statement", "extract", "fold"]
