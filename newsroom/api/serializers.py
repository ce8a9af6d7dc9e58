"""What the API returns, field by field.

The declared fields are the contract (and what the OpenAPI schema shows). The
representations are written out by hand from objects the viewsets have already
loaded with their relations: DRF's field-by-field machinery cost ~10 ms a page of
claims, this costs well under one. ``tests/test_api_shapes.py`` checks that the keys
written here are exactly the fields declared.
"""

from django.urls import reverse
from rest_framework import serializers

from articles.models import Article, ClaimRelation, Evidence, Topic
from newsroom.api import representations
from sources.models import Source


class Links:
    """Absolute URLs of API resources, built by string formatting from one
    ``reverse()`` per kind (a reverse per row would cost more than the row)."""

    def __init__(self, request):
        root = request.build_absolute_uri("/")[:-1]
        self.claims = root + reverse("api:claim-list")
        self.articles = root + reverse("api:article-list")
        self.sources = root + reverse("api:source-list")

    def claim(self, pk) -> str:
        return f"{self.claims}{pk}/"

    def article(self, slug) -> str:
        return f"{self.articles}{slug}/"

    def source(self, slug) -> str:
        return f"{self.sources}{slug}/"


class HandWritten(serializers.Serializer):
    """Read-only serializer whose ``represent(obj, links)`` builds the dict."""

    def to_representation(self, instance):
        return self.represent(instance, self.context["links"])


# --- small nested shapes ------------------------------------------------------


class SourceRefSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()
    kind = serializers.ChoiceField(choices=Source.Kind.choices)
    url = serializers.URLField()


class ArticleRefSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    headline = serializers.CharField()
    published_at = serializers.DateTimeField()
    url = serializers.URLField()


class ConfidenceRefSerializer(serializers.Serializer):
    code = serializers.CharField()
    label = serializers.CharField()
    rank = serializers.IntegerField()


class SpanSerializer(serializers.Serializer):
    start = serializers.IntegerField(help_text="Offset of the text in the body.")
    end = serializers.IntegerField()


class TopicSerializer(HandWritten):
    slug = serializers.SlugField()
    name = serializers.CharField()
    kind = serializers.ChoiceField(choices=Topic.Kind.choices)
    aliases = serializers.ListField(child=serializers.CharField())

    @staticmethod
    def represent(topic, links=None):
        return representations.topic(
            representations.row_of(topic, representations.TOPIC_FIELDS)
        )


class ConfidenceLevelSerializer(HandWritten):
    code = serializers.CharField()
    label = serializers.CharField()
    rank = serializers.IntegerField(help_text="Higher is more confident.")
    description = serializers.CharField()
    colour = serializers.CharField()
    rating_value = serializers.IntegerField(
        allow_null=True, help_text="schema.org ratingValue (5 best … 1); null: none."
    )

    @staticmethod
    def represent(level, links=None):
        return {
            "code": level.code,
            "label": level.label,
            "rank": level.rank,
            "description": level.description,
            "colour": level.colour,
            "rating_value": level.rating_value,
        }


# --- claims -------------------------------------------------------------------


class ClaimInArticleSerializer(HandWritten):
    """A claim as listed inside its article (the article itself left out)."""

    id = serializers.IntegerField()
    url = serializers.URLField()
    text = serializers.CharField()
    is_direct_quote = serializers.BooleanField()
    cue = serializers.CharField()
    claimed_on = serializers.DateField(allow_null=True)
    source = SourceRefSerializer()
    via = SourceRefSerializer(allow_null=True)
    confidence = ConfidenceRefSerializer()
    rationale = serializers.CharField()
    span = SpanSerializer(allow_null=True)
    updated_at = serializers.DateTimeField()

    @staticmethod
    def represent(claim, links):
        return representations.claim_in_article(
            representations.row_of(claim, representations.CLAIM_FIELDS), links
        )


class ClaimSerializer(ClaimInArticleSerializer):
    article = ArticleRefSerializer()

    @staticmethod
    def represent(claim, links):
        return representations.claim(
            representations.row_of(claim, representations.CLAIM_FIELDS), links
        )


class RelatedClaimSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=ClaimRelation.Kind.choices)
    direction = serializers.ChoiceField(
        choices=["outgoing", "incoming"],
        help_text="outgoing: this claim <kind> the other; incoming: the other <kind> this.",
    )
    note = serializers.CharField()
    claim = ClaimSerializer()


class EvidenceSerializer(serializers.Serializer):
    url = serializers.URLField()
    title = serializers.CharField()
    stance = serializers.ChoiceField(choices=Evidence.Stance.choices)
    note = serializers.CharField()


class ConfidenceChangeSerializer(serializers.Serializer):
    from_code = serializers.CharField(allow_null=True)
    to_code = serializers.CharField()
    rationale = serializers.CharField()
    at = serializers.DateTimeField()


class ClaimDetailSerializer(ClaimSerializer):
    """A claim with its relations to other public claims, its evidence and the
    recorded history of its confidence level (``confidence_changes`` is set by the
    viewset from ``articles.history.confidence_history``)."""

    speaker_role = serializers.CharField()
    relations = RelatedClaimSerializer(many=True)
    evidence = EvidenceSerializer(many=True)
    confidence_history = ConfidenceChangeSerializer(many=True)

    @staticmethod
    def represent(claim, links):
        data = ClaimSerializer.represent(claim, links)
        relations = [
            ("outgoing", relation, relation.to_claim)
            for relation in claim.public_relations_from
        ] + [
            ("incoming", relation, relation.from_claim)
            for relation in claim.public_relations_to
        ]
        data.update(
            speaker_role=claim.speaker_role,
            relations=[
                {
                    "kind": relation.kind,
                    "direction": direction,
                    "note": relation.note,
                    "claim": ClaimSerializer.represent(other, links),
                }
                for direction, relation, other in relations
            ],
            evidence=[
                {
                    "url": item.url,
                    "title": item.title,
                    "stance": item.stance,
                    "note": item.note,
                }
                for item in claim.evidence.all()
            ],
            confidence_history=[
                {
                    "from_code": change.from_code,
                    "to_code": change.to_code,
                    "rationale": change.rationale,
                    "at": change.at,
                }
                for change in claim.confidence_changes
            ],
        )
        return data


# --- articles -----------------------------------------------------------------


class ArticleSerializer(HandWritten):
    slug = serializers.SlugField()
    url = serializers.URLField()
    headline = serializers.CharField()
    standfirst = serializers.CharField()
    byline = serializers.CharField()
    publisher = SourceRefSerializer(allow_null=True)
    published_at = serializers.DateTimeField()
    language = serializers.CharField()
    topics = TopicSerializer(many=True)
    status = serializers.ChoiceField(choices=Article.PUBLIC_STATUSES)
    retraction_note = serializers.CharField()
    claim_count = serializers.IntegerField(help_text="Public (accepted) claims.")
    updated_at = serializers.DateTimeField()

    @staticmethod
    def represent(article, links):
        return representations.article(
            representations.row_of(article, representations.ARTICLE_FIELDS),
            [
                representations.row_of(topic, representations.TOPIC_FIELDS)
                for topic in article.topics.all()
            ],
            links,
        )


class ArticleDetailSerializer(ArticleSerializer):
    body = serializers.CharField(
        help_text="Plain text; paragraphs split by a blank line."
    )
    claims = ClaimInArticleSerializer(many=True)

    @staticmethod
    def represent(article, links):
        data = ArticleSerializer.represent(article, links)
        data["body"] = article.body
        data["claims"] = [
            ClaimInArticleSerializer.represent(claim, links)
            for claim in article.public_claims
        ]
        return data


# --- sources ------------------------------------------------------------------


class SourceSerializer(HandWritten):
    slug = serializers.SlugField()
    url = serializers.URLField()
    name = serializers.CharField()
    kind = serializers.ChoiceField(choices=Source.Kind.choices)
    role = serializers.CharField()
    affiliation = SourceRefSerializer(allow_null=True)
    country = serializers.CharField(help_text="ISO 3166-1 alpha-2, or empty.")
    aliases = serializers.ListField(child=serializers.CharField())
    reliability = serializers.ChoiceField(choices=Source.Reliability.choices)
    wikidata_id = serializers.CharField()
    updated_at = serializers.DateTimeField()

    @staticmethod
    def represent(source, links):
        # Only a public affiliation is named (prefetched as public_affiliation).
        affiliation = source.public_affiliation
        return representations.source(
            representations.row_of(source, representations.SOURCE_FIELDS),
            None
            if affiliation is None
            else representations.row_of(affiliation, ("slug", "name", "kind")),
            links,
        )


class ConfidenceCountSerializer(ConfidenceRefSerializer):
    count = serializers.IntegerField()


class MonthCountSerializer(serializers.Serializer):
    month = serializers.CharField(help_text="YYYY-MM")
    count = serializers.IntegerField()


class TrackRecordSerializer(serializers.Serializer):
    total = serializers.IntegerField()
    by_confidence = ConfidenceCountSerializer(many=True)
    by_month = MonthCountSerializer(many=True)


class SourceDetailSerializer(SourceSerializer):
    description = serializers.CharField()
    track_record = TrackRecordSerializer(
        help_text="Public claims the source made, by confidence level and by month."
    )

    @staticmethod
    def represent(source, links):
        data = SourceSerializer.represent(source, links)
        data["description"] = source.description
        data["track_record"] = source.track_record
        return data
