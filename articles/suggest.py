"""Suggested claims: the attribution engine's statements saved for review.

``suggest_claims`` is the one entry point: the admin action "Suggest claims",
``import_articles --suggest-claims`` and the tests all call it.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q

from articles.attribution import Candidate, Statement, extract, fold, match_source
from articles.models import Article, Claim
from editorial import permissions
from sources.models import Source, free_source_slug


def _candidates(article: Article, statements: list[Statement]) -> list[Source]:
    """Sources a statement could refer to, fetched in one query.

    Every source already cited in the article, and every source whose name or
    aliases contain the last word of a speaker or outlet ("Surovikin", "insider"):
    ``match_source`` then decides on folded names in Python.
    """
    words = set()
    for statement in statements:
        for name in (statement.speaker, statement.via):
            if name:
                last = name.split()[-1]
                words.add(last[:-1] if last.endswith("s") else last)
    query = Q(claims__article=article) | Q(relayed_claims__article=article)
    for word in words:
        query |= Q(name__icontains=word) | Q(aliases__icontains=word)
    return list(Source.objects.filter(query).distinct())


def _new_source_name(statement: Statement) -> str:
    name = statement.speaker
    if statement.speaker_kind == Source.Kind.ANONYMOUS:
        # "source" alone says nothing in a list of sources; say whose.
        name = name[:1].upper() + name[1:]
        if statement.via:
            name = f"{name} ({statement.via})"
    return name


class _Resolver:
    """Speaker names to Sources: existing ones first, new ones made once per run."""

    def __init__(self, sources: list[Source]):
        self.by_slug = {s.slug: s for s in sources}
        self.candidates = [Candidate(s.slug, tuple(s.names), s.kind) for s in sources]
        self.created: list[Source] = []

    def resolve(self, name: str, kind: str, *, role: str = "", display: str = ""):
        slug = match_source(name, kind, self.candidates)
        if slug is not None:
            return self.by_slug[slug]
        display = display or name
        source = Source.objects.create(
            name=display,
            slug=free_source_slug(display, length=180),
            kind=kind if kind in Source.Kind.values else Source.Kind.ORGANISATION,
            role=role[:300],
            aliases=name if fold(name) != fold(display) else "",
        )
        self.by_slug[source.slug] = source
        self.candidates.append(Candidate(source.slug, tuple(source.names), kind))
        self.created.append(source)
        return source


def _is_duplicate(statement, source, existing: list[Claim]) -> bool:
    return any(
        claim.source_id == source.pk
        and claim.start is not None
        and claim.start < statement.end
        and statement.start < claim.end
        for claim in existing
    )


@transaction.atomic
def suggest_claims(article: Article, *, user=None) -> list[Claim]:
    """Run the engine on ``article.body`` and save what it finds as suggested claims.

    The headline goes with the body: a speech's or a statement's page whose
    body never names its giver ("Remarks by Secretary Ann Lee at …") is read
    as that giver's words.

    Speakers and relaying outlets are matched to existing sources (slug, name
    or alias, ignoring case and diacritics; a person's surname; an unnamed
    source's description) or created with the kind the engine guessed. A
    statement overlapping a claim the article already has from the same source,
    whatever its review status, is not suggested again. Suggested claims are
    never public until an editor accepts them.
    """
    publisher = article.publisher.name if article.publisher_id else None
    statements = extract(article.body, publisher=publisher, title=article.headline)
    if not statements:
        return []
    resolver = _Resolver(_candidates(article, statements))
    existing = list(article.claims.all())
    created: list[Claim] = []
    for statement in statements:
        source = resolver.resolve(
            statement.speaker,
            statement.speaker_kind,
            role=statement.speaker_role,
            display=_new_source_name(statement),
        )
        if _is_duplicate(statement, source, existing):
            continue
        via = None
        if statement.via:
            via = resolver.resolve(statement.via, Source.Kind.MEDIA_OUTLET)
            if via.pk == source.pk:
                via = None
        claim = Claim(
            article=article,
            source=source,
            via=via,
            text=statement.text,
            start=statement.start,
            end=statement.end,
            is_direct_quote=statement.is_direct_quote,
            cue=statement.cue[:100],
            speaker_role=statement.speaker_role[:300],
            review_status=Claim.ReviewStatus.SUGGESTED,
        )
        claim._history_user = user
        claim._change_reason = "suggested by the attribution engine"
        claim.save()
        existing.append(claim)
        created.append(claim)
    return created


@transaction.atomic
def claims_review(*, claims, status: str, user) -> int:
    """Accept or reject suggested claims. Returns how many changed.

    Saved one by one as Claims, so that each decision is in the history with
    its author and passes the optimistic-locking check.
    """
    if status not in (Claim.ReviewStatus.ACCEPTED, Claim.ReviewStatus.REJECTED):
        raise ValueError(f"Not a review decision: {status!r}")
    pending = list(
        Claim.objects.filter(pk__in=[c.pk for c in claims])
        .suggested()
        .select_related("article")
    )
    # Accepting a claim on a published article puts it before readers: that is
    # publishing, which a Reporter may not do.
    public = [c for c in pending if c.article.is_public]
    if (
        status == Claim.ReviewStatus.ACCEPTED
        and public
        and not permissions.can_edit_public(user)
    ):
        raise PermissionDenied(
            f"{len(public)} of the selected claims are on published articles: "
            "only an editor can accept them."
        )
    changed = 0
    for claim in pending:
        claim.review_status = status
        claim._history_user = user
        claim._change_reason = f"review: {status}"
        claim.save()
        changed += 1
    return changed
