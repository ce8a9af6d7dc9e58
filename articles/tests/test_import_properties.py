"""Property tests: whatever a line holds, the importer answers with messages,
never with an unhandled exception, and never leaves part of a failed import."""

import io
import json

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from articles.models import Article, Claim
from articles.tests.helpers import archive_counts

PROPERTY_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

GOOD = {
    "url": "https://example.org/good",
    "headline": "A good line",
    "body": "The mayor said the fountain works.",
    "claims": [{"text": "the fountain works", "source": "The Mayor"}],
}

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
# Values that reach the deeper checks: the archive's own field names.
FIELDS = ["url", "slug", "standfirst", "byline", "publisher"]
FIELDS += ["published_at", "language", "topics", "status", "retraction_note"]
FIELDS += ["sources", "claims", "body_format"]
# Texts and sources that can be found, so that lines also get past the checks.
claim_texts = st.sampled_from(["the fountain works", "The mayor", "works"]) | st.text()
source_refs = st.sampled_from(
    ["the-mayor", "The Mayor", "THE MAYÖR", {"name": "A Clerk", "kind": "person"}]
)
claim_like = st.fixed_dictionaries(
    {"text": claim_texts, "source": source_refs | json_values},
    optional={
        key: json_values | st.text()
        for key in ["via", "start", "end", "confidence", "cue", "is_paraphrase"]
        + ["claimed_on", "review_status", "is_direct_quote", "speaker_role"]
        + ["evidence", "relations"]
    },
)
bodies = st.sampled_from(
    [GOOD["body"], "<p>The mayor said <b>the fountain works</b>.</p><p>Works.</p>"]
) | st.text(max_size=200)
article_like = st.fixed_dictionaries(
    {"headline": st.text(max_size=40) | json_values, "body": bodies},
    optional={
        **{key: json_values for key in FIELDS},
        "claims": st.lists(claim_like, max_size=3),
        "sources": st.lists(
            st.dictionaries(
                st.sampled_from(["name", "slug", "kind", "aliases", "affiliation"]),
                json_values,
            ),
            max_size=3,
        ),
    },
)


def run(raw_lines: list[bytes], *args) -> int:
    """Exit status of an import of ``raw_lines``; 2 when lines were refused."""
    stdin = io.BytesIO(b"\n".join(raw_lines) + b"\n")
    try:
        call_command(
            "import_articles",
            "-",
            *args,
            stdin=stdin,
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )
    except CommandError as exc:
        # Lines left out are refused lines; relations left out are not.
        return 2 if "bad line(s)" in str(exc) else exc.returncode
    return 0


def assert_all_or_nothing(raw: bytes):
    """A good line followed by ``raw``: both written, or neither."""
    before = archive_counts()
    code = run([json.dumps(GOOD).encode(), raw])
    event("written" if code == 0 else "refused")
    if code == 0:
        assert Article.objects.filter(url=GOOD["url"]).exists()
        Claim.objects.all().delete()
        Article.objects.all().delete()
    else:
        assert archive_counts() == before


@pytest.mark.django_db
@PROPERTY_SETTINGS
@given(value=json_values)
def test_arbitrary_json_never_crashes_nor_half_writes(value):
    """Any JSON value on a line gives messages, and a failure writes nothing."""
    assert_all_or_nothing(json.dumps(value).encode())


@pytest.mark.django_db
@PROPERTY_SETTINGS
@given(value=article_like)
def test_article_shaped_json_never_crashes_nor_half_writes(value):
    """Objects with the archive's field names and arbitrary values behave too."""
    assert_all_or_nothing(json.dumps(value).encode())


@pytest.mark.django_db
@PROPERTY_SETTINGS
@given(raw=st.binary(max_size=200).filter(lambda b: b"\n" not in b))
def test_arbitrary_bytes_never_crash_nor_half_write(raw):
    """A line of arbitrary bytes (not UTF-8, not JSON) is reported, not raised."""
    assert_all_or_nothing(raw)


@pytest.mark.django_db
@PROPERTY_SETTINGS
@given(value=article_like)
def test_continue_on_error_writes_the_good_line_and_nothing_of_a_bad_one(value):
    """With --continue-on-error a refused line leaves the archive as the good
    line alone would have left it."""
    with transaction.atomic():
        run([json.dumps(GOOD).encode()])
        good_alone = archive_counts()
        transaction.set_rollback(True)
    code = run(
        [json.dumps(GOOD).encode(), json.dumps(value).encode()], "--continue-on-error"
    )
    assert Article.objects.filter(url=GOOD["url"]).exists()
    if code == 2:  # the second line was refused
        assert archive_counts() == good_alone
    with transaction.atomic():
        Claim.objects.all().delete()
        Article.objects.all().delete()


words = st.text(
    alphabet=st.characters(codec="utf-8", categories=["L", "N"]), min_size=1, max_size=8
)
sentences = st.lists(words, min_size=2, max_size=6).map(lambda w: " ".join(w) + ".")


@st.composite
def valid_records(draw):
    """Lines that pass every check: varied text, names, topics and claims."""
    paragraphs = draw(st.lists(sentences, min_size=1, max_size=4, unique=True))
    body = "\n\n".join(paragraphs)
    names = st.sampled_from(["Zoë Ålund", "zoe alund", "José Núñez", "Ann Lee"])
    claims = []
    for text in draw(st.lists(st.sampled_from(paragraphs), max_size=3, unique=True)):
        if body.count(text) == 1:
            claims.append(
                {
                    "text": text,
                    "source": draw(names),
                    "confidence": draw(st.sampled_from("123456")),
                    "is_direct_quote": draw(st.booleans()),
                }
            )
    return {
        "url": f"https://example.org/{draw(st.integers(0, 3))}",
        "headline": draw(sentences),
        "body": body,
        "publisher": draw(st.sampled_from(["Le Monde", "Daily Star", None])),
        "published_at": "2024-05-01T10:00:00+02:00",
        "status": draw(st.sampled_from(["draft", "published"])),
        "topics": draw(st.lists(st.sampled_from(["Élections", "Energy"]), max_size=2)),
        "claims": claims,
    }


@pytest.mark.django_db
@PROPERTY_SETTINGS
@given(
    records=st.lists(
        valid_records(), min_size=1, max_size=4, unique_by=lambda r: r["url"]
    )
)
def test_importing_valid_lines_twice_changes_nothing_the_second_time(records):
    """Whatever valid lines a file holds (one per article), a second import
    writes nothing. (A file that changes an article twice changes it again.)"""
    lines = [json.dumps(record).encode() for record in records]
    assert run(lines) == 0
    before = archive_counts()
    assert run(lines) == 0
    assert archive_counts() == before
