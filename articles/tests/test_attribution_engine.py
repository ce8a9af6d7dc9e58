"""The attribution engine: patterns, coreference, and the curated seed article."""

import json
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from articles.attribution import Candidate, extract, match_source

DEMO = Path(__file__).resolve().parents[1] / "demo" / "kherson.jsonl"


def _demo():
    return json.loads(DEMO.read_text(encoding="utf-8").splitlines()[0])


def _candidates(record):
    return [
        Candidate(s["slug"], (s["name"], *s.get("aliases", [])), s["kind"])
        for s in record["sources"]
    ]


def _one(text, **kwargs):
    found = extract(text, **kwargs)
    assert len(found) == 1, found
    return found[0]


def test_seed_reproduces_every_curated_claim():
    """Every claim of the curated demo is found with its exact text, speaker and via."""
    record = _demo()
    candidates = _candidates(record)
    found = [
        (
            s.text,
            match_source(s.speaker, s.speaker_kind, candidates),
            s.via and match_source(s.via, "media_outlet", candidates),
            s.is_direct_quote,
        )
        for s in extract(record["body"])
    ]
    for claim in record["claims"]:
        expected = (
            claim["text"],
            claim["source"],
            claim.get("via"),
            claim["is_direct_quote"],
        )
        assert expected in found, claim["text"]
    assert len(found) == len(record["claims"])


def test_seed_offsets_point_at_the_text():
    """Every statement's offsets slice its text out of the body."""
    body = _demo()["body"]
    for statement in extract(body):
        assert body[statement.start : statement.end] == statement.text


def test_quote_then_speaker_curly():
    """“…,” X said: the words inside the marks, without the trailing comma."""
    s = _one("“The bridge will reopen in May,” Mayor Anna Berg said.")
    assert (s.text, s.speaker, s.cue, s.is_direct_quote) == (
        "The bridge will reopen in May",
        "Anna Berg",
        "said",
        True,
    )
    assert s.speaker_role == "Mayor"


def test_quote_then_inverted_speaker_straight():
    """Straight quotes then said X with a title: the inverted attribution."""
    s = _one('"We will appeal the ruling," said U.S. Attorney Josh Hurwit.')
    assert (s.text, s.speaker, s.is_direct_quote) == (
        "We will appeal the ruling",
        "Josh Hurwit",
        True,
    )


def test_speaker_colon_quote():
    """X said: “…” attributes the quotation that follows."""
    s = _one(
        "The commissioner, Peace Abdallah, said: “The gang poured petrol on the door.”"
    )
    assert s.speaker == "Peace Abdallah"
    assert s.text == "The gang poured petrol on the door."


def test_quote_spanning_sentences_gives_one_statement_per_sentence():
    """A quotation of two sentences is two statements by the same speaker."""
    found = extract("“Prices rose. Wages did not,” the economist Ada Lind said.")
    assert [s.text for s in found] == ["Prices rose.", "Wages did not"]
    assert {s.speaker for s in found} == {"Ada Lind"}


def test_following_unattributed_quote_keeps_the_speaker():
    """A quotation right after an attributed one continues the same speaker."""
    found = extract("“We were ready,” said coach Tom Hale. “The second half was ours.”")
    assert [s.speaker for s in found] == ["Tom Hale", "Tom Hale"]


def test_split_quote_around_the_attribution():
    """“A,” X said, “B.” gives both halves to X."""
    found = extract("“We tried,” Lena Ross said, “but the water came too fast.”")
    assert [s.speaker for s in found] == ["Lena Ross", "Lena Ross"]


def test_according_to_leading_and_trailing():
    """according to X, CLAUSE and CLAUSE, according to X both give the clause."""
    lead = _one("According to the police, the fire started in the kitchen.")
    assert (lead.text, lead.speaker, lead.cue) == (
        "the fire started in the kitchen",
        "police",
        "according to",
    )
    trail = _one("The fire started in the kitchen, according to fire chief Ron Dale.")
    assert (trail.text, trail.speaker) == (
        "The fire started in the kitchen",
        "Ron Dale",
    )


def test_said_that_and_said_without_that():
    """X said that CLAUSE and X said CLAUSE give the reported clause."""
    s = _one("Prime Minister Ella Storm said that the budget would be balanced.")
    assert (s.text, s.speaker, s.is_direct_quote) == (
        "the budget would be balanced",
        "Ella Storm",
        False,
    )
    s = _one("Officials said the road would stay closed until Friday.")
    assert (s.text, s.speaker_kind) == (
        "the road would stay closed until Friday",
        "anonymous",
    )


def test_clause_then_speaker_said():
    """CLAUSE, X said. gives the clause before the comma."""
    s = _one("Two people were taken to hospital, police said on Monday.")
    assert (s.text, s.speaker, s.cue) == (
        "Two people were taken to hospital",
        "police",
        "said",
    )


def test_writes_inverted():
    """CLAUSE, writes X. names the outlet as the speaker."""
    s = _one("Turnout was the lowest in decades, writes the Guardian.")
    assert (s.speaker, s.speaker_kind, s.cue) == ("Guardian", "media_outlet", "writes")


def test_told_outlet_is_the_via():
    """A source told Meduza: the statement is relayed via Meduza."""
    s = _one("A source told Meduza that the plan was drafted in October.")
    assert (s.speaker, s.speaker_kind, s.via, s.text) == (
        "source",
        "anonymous",
        "Meduza",
        "the plan was drafted in October",
    )


def test_told_reporters_is_not_a_via():
    """X told reporters names no outlet."""
    s = _one("Chief Inspector Mark Tell told reporters that two men were arrested.")
    assert (s.speaker, s.via) == ("Mark Tell", None)


def test_announced_object_is_the_whole_sentence():
    """X announced OBJECT: the statement is the sentence itself."""
    s = _one("The ministry announced the closure of three embassies.")
    assert s.text == "The ministry announced the closure of three embassies."
    assert (s.speaker, s.speaker_kind, s.cue) == (
        "ministry",
        "government_body",
        "announced",
    )


def test_surname_and_pronoun_resolve_to_the_person_introduced():
    """Later mentions (surname, he) resolve to the full name introduced earlier."""
    text = (
        "Health Minister Karl Vidal visited the hospital on Monday.\n\n"
        "“We need more nurses,” Vidal said. He said that funding would double."
    )
    assert [s.speaker for s in extract(text)] == ["Karl Vidal", "Karl Vidal"]


def test_the_general_resolves_to_the_general():
    """The general resolves to the person introduced as a general."""
    text = (
        "Sergey Surovikin, Russian army general, visited the front.\n\n"
        "The general said that the line would hold."
    )
    assert _one(text).speaker == "Sergey Surovikin"


def test_demonstrative_resolves_to_its_antecedent():
    """These contacts resolve to the contacts the article mentioned before."""
    text = (
        "The outlet still has contacts in the Kremlin. "
        "These contacts confirmed to Reuters the existence of a list."
    )
    s = _one(text)
    assert (s.speaker, s.via) == ("contacts in the Kremlin", "Reuters")


def test_anonymous_sources_inherit_the_relaying_outlet():
    """An unnamed source after a relayed statement speaks through the same outlet."""
    text = (
        "A source told Reuters that talks had stalled. "
        "Another insider explains that a deal is still possible."
    )
    assert [s.via for s in extract(text)] == ["Reuters", "Reuters"]


def test_publisher_is_not_a_via():
    """Told the publisher itself: first-hand, no via."""
    s = _one(
        "Mayor Jo Park told Wikinews that the vote was fair.", publisher="Wikinews"
    )
    assert s.via is None


def test_scare_quotes_are_not_direct_quotes():
    """A short quoted phrase inside a sentence is not a quotation by anyone."""
    assert extract("The plan was called a “checklist” by some.") == []


def test_no_attribution_no_statement():
    """Narrative sentences give nothing."""
    assert (
        extract("Russian troops are withdrawing from Kherson. It rained all day.") == []
    )


@pytest.mark.parametrize(
    ("name", "kind", "slug"),
    [
        ("Sergey Surovikin", "person", "sergey-surovikin"),
        ("Surovikin", "person", "sergey-surovikin"),
        ("Sergei Shoigu", "person", "sergey-shoigu"),
        ("Kremlin", "government_body", "kremlin"),
        ("the Kremlin", "government_body", "kremlin"),
        ("Kremlin insider", "anonymous", "kremlin-insiders"),
        ("source", "anonymous", "unnamed-source-told-meduza"),
        ("Volodymyr Zelenskyy", "person", None),
    ],
)
def test_match_source(name, kind, slug):
    """Speakers match known sources by name, alias, surname or head noun."""
    assert match_source(name, kind, _candidates(_demo())) == slug


def test_evaluation_set_is_complete_and_consistent():
    """Every annotated article loads (its statements are in its body) with provenance."""
    from articles.attribution.evaluate import EVAL_DIR, SPLITS, load

    articles = [load(path) for path in sorted(EVAL_DIR.glob("*.txt"))]
    real = [a for a in articles if "seed" not in a.path.name]
    assert len(real) >= 20
    for article in articles:
        assert {"url", "date", "licence", "split"} <= set(article.meta), article.path
        assert article.meta["split"] in SPLITS
    # A held-out split big enough to measure on: a set is usually some 27
    # articles; the thirty-third has 13 (the stored pages ran out while it
    # was gathered).
    held_out = [a for a in articles if a.meta["split"] == "test"]
    assert len(held_out) >= 10
    assert sum(len(a.gold) for a in held_out) >= 80


def test_the_harness_scores_a_range_of_files(capsys):
    """--files FIRST-LAST scores only the files so numbered (one held-out set
    of several in a split); a malformed range is refused by name."""
    from articles.attribution.evaluate import main

    assert main(["--files", "0-0"]) == 0
    rows = [
        line
        for line in capsys.readouterr().out.splitlines()
        if line.startswith("| ") and not line.startswith(("| split", "|---"))
    ]
    assert rows == [
        "| dev | 1 | 14 | 14 | 1.000 | 1.000 | 1.000 |",
        "| all | 1 | 14 | 14 | 1.000 | 1.000 | 1.000 |",
    ]
    with pytest.raises(SystemExit):
        main(["--files", "2100"])
    assert "--files: expected FIRST-LAST" in capsys.readouterr().err


def test_second_annotations_are_of_the_same_articles():
    """Each independent second annotation (eval/second/) loads, and its body is
    byte for byte the set's, so agreement is measured on the same text."""
    from articles.attribution.evaluate import EVAL_DIR, load

    second = sorted((EVAL_DIR.parent / "second").glob("*.txt"))
    assert len(second) >= 80
    for path in second:
        theirs, ours = load(path), load(EVAL_DIR / path.name)
        assert theirs.body == ours.body, path.name
        assert theirs.gold, path.name


def test_evaluation_scores_the_seed_perfectly():
    """The harness gives the seed full speaker precision and recall."""
    from articles.attribution.evaluate import EVAL_DIR, load, score

    tally = score(load(EVAL_DIR / "00_seed_kherson.txt"))
    assert (tally.found_right, tally.found, tally.gold_right, tally.gold) == (
        14,
        14,
        14,
        14,
    )


def test_an_annotated_via_may_list_other_names():
    """A via annotated with alternatives ("Associated Press / AP") accepts
    each; no annotated via accepts only none."""
    from articles.attribution.evaluate import same_via

    assert same_via("AP", "Associated Press / AP")
    assert same_via("associated press", "Associated Press / AP")
    assert not same_via("Reuters", "Associated Press / AP")
    assert not same_via(None, "Associated Press / AP")
    assert same_via(None, None)
    assert not same_via("Reuters", None)


def test_same_speaker_ignores_articles_case_and_plurals():
    """Speaker names compare without articles, case or plural, and by full name."""
    from articles.attribution.evaluate import same_speaker

    assert same_speaker("the Kremlin insiders", ["Kremlin insider"])
    assert same_speaker("Sergey Shoigu", ["Shoigu"])
    assert not same_speaker("Sergey Surovikin", ["Sergey Shoigu"])
    # A comma before a generation is no word of the name.
    assert same_speaker("James Agee Jr.", ["James Agee, Jr."])
    assert not same_speaker("James Agee Jr.", ["James Agee Sr."])


_PIECES = [
    "said",
    "says",
    "told",
    "what he called",
    "John Smith welcomed",
    "Police in Kent",
    "according to",
    "He",
    "She",
    "It",
    "They",
    "Mr.",
    "Dr.",
    "U.S.",
    "Smith",
    "John Smith",
    "the minister",
    "Reuters",
    "“",
    "”",
    '"',
    "‘",
    "’",
    ",",
    ".",
    ":",
    "—",
    "\n",
    "\n\n",
    "that",
    "BARACK OBAMA:",
    "The following is a statement from",
    "researchers found",
    "a source",
    "Friday",
    "in",
    "of",
    "on",
    "for",
    "and",
    "the",
    "a",
    "report",
    "Update",
    "Severe Acute",
    "is rejecting",
    "(",
    ")",
    "'s",
    " ",
]


@settings(max_examples=300, deadline=None)
@example(["John Smith welcomed", "what he called", "peace", "."])
@example(["“", "what he called", "x", "”"])
# A title-case phrase after "on" at the very start of the text: the office
# reader once looked three words back from it and raised IndexError.
@example(["Update", "on", "Severe Acute", "Respiratory", "Syndrome"])
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=12), max_size=60))
def test_the_engine_never_raises_and_its_offsets_hold(pieces):
    """On any text, news-like or not, every statement's text is the body at
    its offsets, and nothing raises."""
    body = " ".join(pieces)
    for statement in extract(body, publisher="Voice of America"):
        assert 0 <= statement.start < statement.end <= len(body)
        assert body[statement.start : statement.end] == statement.text
        assert statement.speaker
