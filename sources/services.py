"""Writes on sources that span several models."""

from collections.abc import Sequence
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction

from editorial import audit, permissions
from editorial.models import AuditEntry
from sources.models import Source, fold

# Descriptive fields a survivor inherits from a duplicate when its own are empty.
FILLABLE_FIELDS = ("role", "country", "description", "wikidata_id")


@dataclass(frozen=True)
class MergeResult:
    survivor: Source
    merged_names: list[str]
    claims: int  # claims moved as claimant
    relayed: int  # claims moved as relay (via)
    members: int  # sources re-affiliated
    articles: int  # articles whose publisher changed


def _save_by(obj, user, reason: str):
    # Object by object, so that every change is in the history with its author.
    obj._history_user = user
    obj._change_reason = reason
    obj.save()


@transaction.atomic
def merge_sources(
    *, survivor: Source, duplicates: Sequence[Source], user
) -> MergeResult:
    """Merge ``duplicates`` into ``survivor``: their claims (as claimant and as
    relay), members and published articles move to the survivor, their names
    become its aliases, empty details are filled from them, and they are deleted.
    All or nothing; every change is recorded in the history."""
    from articles.models import Article, Claim

    # The admin offers the action to editors only; refuse anyone else here too.
    # (``user=None``: a script or command acting for the newsroom itself.)
    if user is not None and not permissions.can_merge(user):
        raise PermissionDenied("Only editors can merge sources.")
    dup_ids = {d.pk for d in duplicates} - {survivor.pk}
    if not dup_ids:
        raise ValidationError("Choose at least one source to merge into the survivor.")
    # Lock the sources taking part so that no one re-points a claim at a
    # duplicate while it is being merged away.
    locked = {
        s.pk: s
        for s in Source.objects.select_for_update().filter(
            pk__in={*dup_ids, survivor.pk}
        )
    }
    survivor = locked[survivor.pk]
    dups = sorted((locked[pk] for pk in dup_ids if pk in locked), key=lambda s: s.pk)
    if len(dups) != len(dup_ids):
        raise ValidationError("A source to merge no longer exists.")
    names = ", ".join(d.name for d in dups)
    reason = f"merged {names} into {survivor.name}"
    if (
        survivor.kind != Source.Kind.MEDIA_OUTLET
        and Article.objects.filter(publisher_id__in=dup_ids).exists()
    ):
        raise ValidationError(
            f"{survivor.name} is not a media outlet, but a source merged into it "
            "publishes articles: choose the outlet as the survivor."
        )

    claims = relayed = 0
    moving = Claim.objects.select_related("article").select_for_update(of=("self",))
    for claim in moving.filter(source_id__in=dup_ids):
        claim.source = survivor
        if claim.via_id == survivor.pk:
            claim.via = None  # the survivor relaying itself is first-hand
        _save_by(claim, user, reason)
        claims += 1
    for claim in moving.filter(via_id__in=dup_ids):
        claim.via = None if claim.source_id == survivor.pk else survivor
        _save_by(claim, user, reason)
        relayed += 1

    members = 0
    for member in Source.objects.filter(affiliation_id__in=dup_ids).exclude(
        pk__in=dup_ids
    ):
        member.affiliation = None if member.pk == survivor.pk else survivor
        _save_by(member, user, reason)
        members += 1
    if survivor.affiliation_id in dup_ids:
        survivor.affiliation = None

    articles = 0
    for article in Article.objects.filter(publisher_id__in=dup_ids):
        article.publisher = survivor
        _save_by(article, user, reason)
        articles += 1

    known = {fold(name) for name in survivor.names}
    aliases = survivor.alias_list
    for dup in dups:
        for name in dup.names:
            if fold(name) not in known:
                known.add(fold(name))
                aliases.append(name)
        for field in FILLABLE_FIELDS:
            if not getattr(survivor, field) and getattr(dup, field):
                setattr(survivor, field, getattr(dup, field))
        if survivor.affiliation_id is None and dup.affiliation_id not in (
            *dup_ids,
            survivor.pk,
        ):
            survivor.affiliation_id = dup.affiliation_id
    survivor.aliases = "\n".join(aliases)

    for dup in dups:
        if dup.affiliation_id in dup_ids:
            # A duplicate affiliated to another one would protect it from deletion.
            dup.affiliation = None
            _save_by(dup, user, reason)
    for dup in dups:
        dup._history_user = user
        dup._change_reason = f"merged into {survivor.name}"
        dup.delete()
    _save_by(survivor, user, reason)
    audit.record(
        action=AuditEntry.Action.MERGE,
        target=survivor,
        user=user,
        detail=f"{reason}: {claims} claim(s), {relayed} relayed, {members} member(s), "
        f"{articles} article(s) moved",
    )
    return MergeResult(
        survivor=survivor,
        merged_names=[d.name for d in dups],
        claims=claims,
        relayed=relayed,
        members=members,
        articles=articles,
    )
