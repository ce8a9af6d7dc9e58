"""Constraints and validation of the archive's models."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from articles.models import Article, Claim, ClaimRelation
from articles.tests.factories import ArticleFactory, ClaimFactory, TopicFactory
from editorial.tracking import untracked_writes_allowed
from sources.tests.factories import OutletFactory, SourceFactory

pytestmark = pytest.mark.django_db


def _integrity_error(fn):
    # Bare updates skip history on purpose here: the database itself must refuse.
    with (
        untracked_writes_allowed(),
        pytest.raises(IntegrityError),
        transaction.atomic(),
    ):
        fn()


class TestDatabaseConstraints:
    def test_article_slug_is_unique(self):
        """Two articles cannot share a slug."""
        ArticleFactory(slug="same")
        _integrity_error(lambda: ArticleFactory(slug="same"))

    def test_article_url_is_unique_when_present(self):
        """Two articles cannot share a URL, but any number may have none."""
        ArticleFactory(url="https://example.org/a")
        _integrity_error(lambda: ArticleFactory(url="https://example.org/a"))
        ArticleFactory(url="")
        ArticleFactory(url="")
        assert Article.objects.filter(url__isnull=True).count() == 2

    def test_source_slug_is_unique(self):
        """Two sources cannot share a slug."""
        SourceFactory(slug="dup")
        _integrity_error(lambda: SourceFactory(slug="dup"))

    def test_claim_start_before_end(self):
        """The database refuses a claim whose start is not before its end."""
        claim = ClaimFactory()
        _integrity_error(
            lambda: Claim.objects.filter(pk=claim.pk).update(start=10, end=10)
        )

    def test_claim_offsets_both_or_neither(self):
        """The database refuses a claim with only one offset."""
        claim = ClaimFactory()
        _integrity_error(lambda: Claim.objects.filter(pk=claim.pk).update(end=None))

    def test_claim_source_differs_from_via(self):
        """The database refuses a claim relayed by its own source."""
        claim = ClaimFactory()
        _integrity_error(
            lambda: Claim.objects.filter(pk=claim.pk).update(via=claim.source)
        )

    def test_retracted_article_needs_note(self):
        """The database refuses a retracted article without a note."""
        article = ArticleFactory()
        _integrity_error(
            lambda: Article.objects.filter(pk=article.pk).update(status="retracted")
        )

    def test_published_article_needs_date(self):
        """The database refuses a published article without a publication date."""
        _integrity_error(lambda: ArticleFactory(published_at=None))

    def test_claim_relation_not_to_itself(self):
        """A claim cannot be related to itself."""
        claim = ClaimFactory()
        _integrity_error(
            lambda: ClaimRelation.objects.create(
                from_claim=claim, to_claim=claim, kind="repeats"
            )
        )


class TestValidation:
    def test_publisher_must_be_a_media_outlet(self):
        """An article's publisher that is not a media outlet is a validation error."""
        article = ArticleFactory.build(publisher=SourceFactory(kind="person"))
        with pytest.raises(ValidationError) as error:
            article.full_clean()
        assert "publisher" in error.value.message_dict

    def test_media_outlet_publisher_is_valid(self):
        """A media outlet is accepted as publisher."""
        ArticleFactory.build(publisher=OutletFactory()).full_clean()

    def test_source_country_must_be_iso_code(self):
        """A country that is not two capital letters is refused."""
        source = SourceFactory.build(country="Russia")
        with pytest.raises(ValidationError) as error:
            source.full_clean()
        assert "country" in error.value.message_dict

    def test_source_aliases_are_deduplicated(self):
        """Cleaning a source drops repeated aliases and the name itself, ignoring case."""
        source = SourceFactory.build(
            name="Sergey Shoigu", aliases="Shoigu\nshoigu\nSERGEY SHOIGU\n\nSchoigu"
        )
        source.full_clean()
        assert source.alias_list == ["Shoigu", "Schoigu"]

    def test_claim_offsets_found_from_text(self):
        """Cleaning a claim without offsets finds its text in the body."""
        article = ArticleFactory(body="Alpha said one thing.\n\nBeta said another.")
        claim = Claim(
            article=article, source=SourceFactory(), text="Beta said another."
        )
        claim.full_clean()
        assert (claim.start, claim.end) == (23, 41)

    def test_claim_text_found_despite_quote_style(self):
        """Straight quotes typed by an editor match the body's curly ones."""
        article = ArticleFactory(body="He called it “very negative” today.")
        claim = Claim(article=article, source=SourceFactory(), text='"very negative"')
        claim.full_clean()
        assert claim.text == "“very negative”"
        assert article.body[claim.start : claim.end] == claim.text

    def test_claim_text_not_in_body_is_an_error(self):
        """A claim whose text is not in the body is a validation error on its text."""
        article = ArticleFactory()
        claim = Claim(article=article, source=SourceFactory(), text="Never written.")
        with pytest.raises(ValidationError) as error:
            claim.full_clean()
        assert "not in the article body" in error.value.message_dict["text"][0]

    def test_ambiguous_claim_text_is_an_error(self):
        """A text found twice needs a start offset to say which."""
        article = ArticleFactory(body="Yes. Yes.")
        claim = Claim(article=article, source=SourceFactory(), text="Yes.")
        with pytest.raises(ValidationError) as error:
            claim.full_clean()
        assert "2 times" in error.value.message_dict["text"][0]

    def test_mismatched_offsets_are_corrected_to_the_text(self):
        """Offsets that miss the text are moved to where the text is."""
        article = ArticleFactory(body="One. Two. Three.")
        claim = Claim(
            article=article, source=SourceFactory(), text="Two.", start=0, end=4
        )
        claim.full_clean()
        assert (claim.start, claim.end) == (5, 9)

    def test_offsets_beyond_body_are_an_error(self):
        """Offsets past the end of the body are an error naming the body's length."""
        article = ArticleFactory(body="Short.")
        claim = Claim(
            article=article, source=SourceFactory(), text="Short.", start=0, end=99
        )
        with pytest.raises(ValidationError) as error:
            claim.full_clean()
        assert "6" in error.value.message_dict["end"][0]

    def test_save_refuses_offsets_that_do_not_match(self):
        """Saving a claim whose offsets point elsewhere raises, never stores a mismatch."""
        article = ArticleFactory(body="One. Two.")
        claim = Claim(
            article=article, source=SourceFactory(), text="Two.", start=0, end=4
        )
        with pytest.raises(ValidationError):
            claim.save()
        assert not Claim.objects.exists()

    def test_paraphrase_has_no_offsets(self):
        """A paraphrase keeps its text and drops its offsets."""
        article = ArticleFactory()
        claim = Claim(
            article=article,
            source=SourceFactory(),
            text="In short: soon.",
            is_paraphrase=True,
        )
        claim.full_clean()
        claim.save()
        assert claim.start is None and claim.end is None

    def test_claimed_on_defaults_to_article_date(self):
        """A claim without a date takes its article's publication date."""
        article = ArticleFactory(
            published_at=dt.datetime(2022, 11, 9, 18, tzinfo=dt.UTC)
        )
        claim = ClaimFactory(article=article)
        assert claim.claimed_on == dt.date(2022, 11, 9)

    def test_confidence_defaults_to_cannot_be_judged(self):
        """A new claim is graded 6, cannot be judged."""
        assert ClaimFactory().confidence.label == "Cannot be judged"


class TestDeletion:
    def test_source_with_claims_cannot_be_deleted(self):
        """Deleting a source that has claims is refused."""
        claim = ClaimFactory()
        with pytest.raises(ProtectedError):
            claim.source.delete()

    def test_relaying_source_cannot_be_deleted(self):
        """Deleting a source that relays a claim is refused."""
        claim = ClaimFactory(via=SourceFactory())
        with pytest.raises(ProtectedError):
            claim.via.delete()

    def test_publisher_cannot_be_deleted(self):
        """Deleting a source that publishes articles is refused."""
        article = ArticleFactory(publisher=OutletFactory())
        with pytest.raises(ProtectedError):
            article.publisher.delete()

    def test_published_article_cannot_be_deleted(self):
        """Deleting a published article is refused: it is retracted instead."""
        claim = ClaimFactory()
        with pytest.raises(ValidationError):
            claim.article.delete()
        assert Claim.objects.filter(pk=claim.pk).exists()

    def test_draft_article_can_be_deleted_with_its_claims(self):
        """A draft is deleted with its claims."""
        claim = ClaimFactory(article=ArticleFactory(status="draft"))
        claim.article.delete()
        assert not Claim.objects.exists()


class TestVisibility:
    def test_public_claims_are_accepted_on_public_articles(self):
        """Only accepted claims on published or retracted articles are public."""
        visible = ClaimFactory()
        retracted = ClaimFactory(
            article=ArticleFactory(status="retracted", retraction_note="Wrong.")
        )
        ClaimFactory(article=ArticleFactory(status="draft"))
        ClaimFactory(article=ArticleFactory(status="in_review"))
        ClaimFactory(review_status="suggested")
        ClaimFactory(review_status="rejected")
        assert set(Claim.objects.public()) == {visible, retracted}

    def test_listed_articles_leave_out_retracted(self):
        """Public lists show published articles only."""
        published = ArticleFactory()
        ArticleFactory(status="retracted", retraction_note="Wrong.")
        ArticleFactory(status="draft")
        assert list(Article.objects.listed()) == [published]

    def test_source_named_only_in_drafts_is_not_public(self):
        """A source quoted only in a draft is not public; one quoted in print is."""
        hidden = ClaimFactory(article=ArticleFactory(status="draft")).source
        shown = ClaimFactory().source
        from sources.models import Source

        assert set(Source.objects.public()) == {shown}
        assert hidden not in Source.objects.public()

    def test_topic_only_on_drafts_is_not_public(self):
        """A topic of drafts only is not public."""
        from articles.models import Topic

        hidden, shown = TopicFactory(), TopicFactory()
        ArticleFactory(status="draft").topics.add(hidden)
        ArticleFactory().topics.add(shown)
        assert list(Topic.objects.public()) == [shown]
