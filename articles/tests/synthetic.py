"""Synthetic JSON Lines articles for import tests and the import benchmark.

Deterministic for a given seed: a pool of people affiliated to organisations,
outlets that publish and relay, topics, and bodies built from sentences so that
every claim's text is found exactly once in its body.
"""

import datetime as dt
import random
from collections.abc import Iterator

ORGANISATIONS = [f"Ministry of Affairs {i}" for i in range(20)]
OUTLETS = [f"Daily Courier {i}" for i in range(10)]
FIRST = ["Anna", "Boris", "Chloé", "Dmitri", "Émile", "Farah", "Gustav", "Hana"]
LAST = ["Kovalenko", "Müller", "Okafor", "Petrova", "Quispe", "Rossi", "Sato"]
VERBS = ["said", "told reporters", "confirmed", "announced", "wrote"]
TOPICS = [("economy", "Economy"), ("elections", "Elections"), ("energy", "Energy")]


def people() -> list[dict]:
    return [
        {
            "slug": f"{first}-{last}-{n}".lower().replace("é", "e").replace("ü", "u"),
            "name": f"{first} {last} {n}",
            "kind": "person",
            "role": f"Spokesperson no. {n}",
            "affiliation": f"org-{n % len(ORGANISATIONS)}",
            "country": "GB",
            "aliases": [f"{last} {n}"],
            "description": "",
            "reliability": "C",
        }
        for n, (first, last) in enumerate(
            (f, la) for f in FIRST for la in LAST for _ in range(4)
        )
    ]


def organisations() -> list[dict]:
    return [
        {
            "slug": f"org-{i}",
            "name": name,
            "kind": "government_body",
            "country": "FR",
            "reliability": "B",
        }
        for i, name in enumerate(ORGANISATIONS)
    ]


def synthetic_records(
    count: int, *, claims: int = 5, seed: int = 0, start: int = 0
) -> Iterator[dict]:
    """``count`` article records (dicts), each with ``claims`` claims."""
    rng = random.Random(seed)
    persons = people()
    orgs = organisations()
    day = dt.datetime(2024, 1, 1, 9, tzinfo=dt.UTC)
    for n in range(start, start + count):
        speakers = rng.sample(persons, k=min(3, len(persons)))
        outlet = OUTLETS[n % len(OUTLETS)]
        sentences = []
        claim_list = []
        for c in range(claims):
            speaker = speakers[c % len(speakers)]
            statement = (
                f"The figure for item {n}-{c} rose by {rng.randint(1, 99)} per cent"
            )
            sentences.append(f"{statement}, {speaker['name']} {rng.choice(VERBS)}.")
            claim = {
                "text": statement,
                "source": speaker["slug"],
                "cue": "said",
                "is_direct_quote": c % 2 == 0,
                "confidence": str(1 + (n + c) % 6),
                "rationale": "Checked against the published tables." if c % 3 else "",
            }
            if c % 4 == 3:
                claim["via"] = "daily-courier-" + str((n + 1) % len(OUTLETS))
            claim_list.append(claim)
            sentences.append(f"Background sentence {rng.randint(0, 10**6)} about it.")
        paragraphs = [
            " ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)
        ]
        used = {s["slug"] for s in speakers}
        yield {
            "url": f"https://news.example.org/{n // 1000}/story-{n}",
            "headline": f"Story number {n} about item {n}",
            "standfirst": f"What happened to item {n}.",
            "body": "\n\n".join(paragraphs),
            "byline": rng.choice(FIRST) + " " + rng.choice(LAST),
            "publisher": outlet,
            "published_at": (day + dt.timedelta(minutes=37 * n)).isoformat(),
            "language": "en",
            "topics": [
                {"slug": slug, "name": name, "kind": "subject"}
                for slug, name in rng.sample(TOPICS, k=2)
            ],
            "status": "published" if n % 5 else "draft",
            "sources": [
                *[
                    o
                    for o in orgs
                    if any(p["affiliation"] == o["slug"] for p in speakers)
                ],
                *[p for p in persons if p["slug"] in used],
                *[
                    {
                        "slug": f"daily-courier-{i}",
                        "name": OUTLETS[i],
                        "kind": "media_outlet",
                    }
                    for i in range(len(OUTLETS))
                    if any(c.get("via") == f"daily-courier-{i}" for c in claim_list)
                ],
            ],
            "claims": claim_list,
        }
