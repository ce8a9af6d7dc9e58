"""Templated probes: the engine on invented sentences in the newswire's common shapes.

    .venv/bin/python bench/attribution_probes.py [SHAPE [N]]

Builds every combination of a list of subjects (titled names, particles, party labels,
appositives, organisations, unnamed sources), verbs of saying and sentence shapes ("S
said that C", "C, S said", "“Q,” S said", "“Q,” said S", "S said: “Q”", "According
to S, C") and counts, by shape, verb and subject, where the engine does not give the
expected speaker a statement covering the expected words. With SHAPE it also prints
the first N failures of that shape.

This is how the tenth session found gaps no held-out set had pointed to ("Senate
Majority Leader Harry Reid" registered as no person, "Sen. Ann Lee, R-Texas, said",
"…, Ann Lee, 45, said.", "tweeted"): shapes a reader annotates the same way in any
article, so a fix for one generalises, unlike a rule written from one set's errors.
Printed on 26 Nov 2026 at the end of that session: 8,834 sentences, 384 failures, every
one of them "posted on X" (193; left out: "posted" reports nothing more often than not)
or "a spokesman for the ministry" (191 more; the engine names him "spokesman for the
ministry", which the harness's matching does not take for "spokesman"). A new subject,
verb or shape added here shows at once whether the engine reads it.

``ONE_OFFS`` holds the eleventh session's probes of shapes the templates do not build
(a judgement in a bare adjective, "what X of Y calls", correspondents' lead-ins,
relative clauses of another's view, texts that "read", statements made as nouns …);
printed first, with the ones still missed (4 of 32 on 27 Nov 2026, the templates still
384 of 8,834).
"""

import collections
import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from articles.attribution import extract  # noqa: E402
from articles.attribution.evaluate import same_speaker  # noqa: E402

SUBJECTS = [  # (the subject as written, the speaker expected)
    ("Brig. Gen. Ann Roe", "Ann Roe"),
    ("Lt. Gov. Tom Hale", "Tom Hale"),
    ("Ursula von der Leyen", "Ursula von der Leyen"),
    ("Recep Tayyip Erdoğan", "Recep Tayyip Erdoğan"),
    ("Luiz Inácio Lula da Silva", "Luiz Inácio Lula da Silva"),
    ("Kim Jong Un", "Kim Jong Un"),
    ("Mohammed bin Salman", "Mohammed bin Salman"),
    ("Jean-Pierre Lacroix", "Jean-Pierre Lacroix"),
    ("Ann O'Neill", "Ann O'Neill"),
    ("Dr. Maria Van Kerkhove", "Maria Van Kerkhove"),
    ("Rep. Alexandria Ocasio-Cortez", "Alexandria Ocasio-Cortez"),
    ("U.N. Secretary-General Antonio Guterres", "Antonio Guterres"),
    ("White House press secretary Karine Jean-Pierre", "Karine Jean-Pierre"),
    ("Pentagon spokesman John Kirby", "John Kirby"),
    ("Former President Barack Obama", "Barack Obama"),
    ("German Chancellor Olaf Scholz", "Olaf Scholz"),
    ("Senate Majority Leader Harry Reid", "Harry Reid"),
    ("Sen. Ann Roe, R-Texas,", "Ann Roe"),
    ("Ann Roe, a spokeswoman for the ministry,", "Ann Roe"),
    ("Ann Roe, 45,", "Ann Roe"),
    ("Ann Roe, who heads the agency,", "Ann Roe"),
    ("the World Bank", "World Bank"),
    ("Amnesty International", "Amnesty International"),
    ("the Pentagon", "Pentagon"),
    ("the State Department", "State Department"),
    ("Human Rights Watch", "Human Rights Watch"),
    ("the Kremlin", "Kremlin"),
    ("the U.S. Geological Survey", "U.S. Geological Survey"),
    (
        "the Centers for Disease Control and Prevention",
        "Centers for Disease Control and Prevention",
    ),
    ("a senior administration official", "senior administration official"),
    ("two U.S. officials", "U.S. officials"),
    ("two sources familiar with the matter", "sources"),
    ("police", "police"),
    ("local officials", "officials"),
    ("a spokesman for the ministry", "spokesman"),
    ("witnesses", "witnesses"),
    ("an eyewitness", "eyewitness"),
    ("the company", "company"),
    ("the researchers", "researchers"),
]
VERBS = [
    "said",
    "says",
    "told reporters",
    "added",
    "explained",
    "noted",
    "warned",
    "argued",
    "insisted",
    "acknowledged",
    "admitted",
    "claimed",
    "confirmed",
    "announced",
    "stressed",
    "emphasized",
    "wrote",
    "testified",
    "recalled",
    "predicted",
    "estimated",
    "conceded",
    "asserted",
    "maintained",
    "contended",
    "reiterated",
    "cautioned",
    "observed",
    "remarked",
    "declared",
    "alleged",
    "reported",
    "tweeted",
    "posted on X",
    "told VOA",
    "said Tuesday",
    "said in a statement",
    "said on Tuesday",
    "told the Associated Press",
]
CLAUSE = "the bridge would reopen next month"
QUOTE = "We are ready to reopen the bridge"


def shapes(subject: str, verb: str):
    opening = subject[0].upper() + subject[1:]
    yield "S V that C", f"{opening} {verb} that {CLAUSE}.", CLAUSE
    yield "S V C", f"{opening} {verb} {CLAUSE}.", CLAUSE
    yield (
        "C, S V",
        f"The bridge is closed. It will reopen next month, {subject} {verb}.",
        ("It will reopen next month"),
    )
    yield "Q, S V", f"“{QUOTE},” {subject} {verb}.", QUOTE
    if "," not in subject and verb.split()[0] not in ("told", "posted", "tweeted"):
        yield "Q, V S", f"“{QUOTE},” {verb.split()[0]} {subject}.", QUOTE
    yield "S V: Q", f"{opening} {verb}: “{QUOTE}.”", QUOTE
    if verb == "said":
        yield "Acc S, C", f"According to {subject}, {CLAUSE}.", CLAUSE


# One-off newswire shapes the eleventh session probed beyond the templates
# (sentence, speaker a reader gives, words the statement must cover). Those
# the engine still misses stay listed, so a later session sees them fail.
ONE_OFFS = [
    ("Ann Roe called the delay unacceptable.", "Ann Roe", "delay unacceptable"),
    (
        "Ann Roe, leader of the party, urged the world to monitor what she called "
        "abuses by the police.",
        "Ann Roe",
        "abuses by the police",
    ),
    (
        "That led to what Ann Roe of Human Rights Watch calls an inadequate response.",
        "Ann Roe",
        "inadequate response",
    ),
    (
        "The death toll has climbed to 52, according to records from five hospitals.",
        "records",
        "death toll",
    ),
    ("According to The Press one video shows two students.", "Press", "two students"),
    (
        "But as VOA's Ann Lee reports from Kabul, the talks have stalled.",
        "Ann Lee",
        "talks have stalled",
    ),
    (
        "Stefan Bos reports from Budapest, the agency is in the old palace.",
        "Stefan Bos",
        "old palace",
    ),
    (
        "The rebels, who officials say have killed dozens, retreated.",
        "officials",
        "killed dozens",
    ),
    ("The bridge is unsafe, the report said.", "report", "bridge is unsafe"),
    (
        "Ann Roe informed the federation that she would not play.",
        "Ann Roe",
        "would not play",
    ),
    ("The statement read, in part: “We are ready.”", "statement", "We are ready"),
    (
        "Western experts believe Hezbollah gets support from Iran.",
        "Western experts",
        "Hezbollah gets support",
    ),
    (
        "Ranking Member Sam Graves (MO-07): “This is big news.”",
        "Sam Graves",
        "big news",
    ),
    ("Mugabe is vowing that the opposition will never rule.", "Mugabe", "never rule"),
    (
        "Journalists watching the vote say turnout appeared low.",
        "Journalists",
        "turnout appeared low",
    ),
    (
        "Weldon quoted North Korean officials as saying they built the weapons.",
        "North Korean officials",
        "built the weapons",
    ),
    (
        "Ann Roe made the formal announcement that the vote would be held.",
        "Ann Roe",
        "vote would be held",
    ),
    (
        "Ann Roe, a teacher, spoke first. “We are ready,” the teacher said.",
        "Ann Roe",
        "We are ready",
    ),
    ("The announcer says the test produced no radiation.", "announcer", "no radiation"),
    (
        "South Korea's ministry of national defense says a launcher was seen.",
        "South Korea's ministry of national defense",
        "launcher was seen",
    ),
    (
        "The militant group al-Shabab said it carried out the attack.",
        "al-Shabab",
        "carried out the attack",
    ),
    (
        "KABUL, Afghanistan (AFPS) — “We are ready,” Ann Roe said.",
        "Ann Roe",
        "We are ready",
    ),
    (
        "“We are ready,” said one resident, who asked not to be named.",
        "resident",
        "We are ready",
    ),
    ("“We are ready,” said a voter who gave her name as Fona.", "Fona", "We are ready"),
    (
        "The newspaper reported that the bridge would reopen.",
        "newspaper",
        "would reopen",
    ),
    ("Ann Roe claims to suffer from a rare disease.", "Ann Roe", "rare disease"),
    (
        "Ann Roe is reported to have said the bridge would reopen.",
        "Ann Roe",
        "would reopen",
    ),
    ("“Will it reopen?” Ann Roe asked.", "Ann Roe", "Will it reopen"),
    # Still missed on 27 Nov 2026 (the first is a view stated with an adjective,
    # "state" and "agrees" misread more than they gain on the seen splits):
    ("Ann Roe is confident that the bridge will reopen.", "Ann Roe", "will reopen"),
    ("Other reports state that he is in a coma.", "reports", "in a coma"),
    (
        "The United Nations agrees that the land is Syrian.",
        "United Nations",
        "land is Syrian",
    ),
    ("An autopsy revealed that he had drowned.", "autopsy", "had drowned"),
]


def main(argv: list[str]) -> int:
    missed = [
        (text, [(s.speaker, s.text) for s in extract(text)])
        for text, speaker, words in ONE_OFFS
        if not any(
            words in s.text and same_speaker(s.speaker, [speaker])
            for s in extract(text)
        )
    ]
    print(f"one-off shapes: {len(ONE_OFFS)}, missed {len(missed)}")
    for text, found in missed:
        print(f"  {text!r} -> {found}")
    failures: collections.Counter = collections.Counter()
    totals: collections.Counter = collections.Counter()
    examples = collections.defaultdict(list)
    for (subject, speaker), verb in itertools.product(SUBJECTS, VERBS):
        for shape, text, words in shapes(subject, verb):
            found = extract(text)
            right = any(
                words in s.text and same_speaker(s.speaker, [speaker]) for s in found
            )
            for key in (("shape", shape), ("verb", verb), ("subject", subject)):
                totals[key] += 1
                failures[key] += not right
            if not right:
                examples[shape].append((text, [(s.speaker, s.text) for s in found]))
    sentences = sum(n for (dim, _), n in totals.items() if dim == "shape")
    failed = sum(n for (dim, _), n in failures.items() if dim == "shape")
    print(f"{sentences} sentences, {failed} failures")
    for dimension in ("shape", "verb", "subject"):
        print(f"by {dimension}:")
        keys = [k for k in totals if k[0] == dimension and failures[k]]
        for key in sorted(keys, key=lambda k: -failures[k] / totals[k]):
            print(f"  {failures[key]:4}/{totals[key]:4}  {key[1]}")
    if argv:
        for example in examples[argv[0]][: int(argv[1]) if len(argv) > 1 else 20]:
            print(example)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
