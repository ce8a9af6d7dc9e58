"""The editorial permissions, by name, and who holds them.

Reporters add and edit drafts and claims; Editors also publish, retract, grade
confidence and merge sources; superusers hold every permission.
"""

PUBLISH = "editorial.publish_article"
RETRACT = "editorial.retract_article"
GRADE = "editorial.grade_claim"
DELETE_ACCEPTED_CLAIM = "editorial.delete_accepted_claim"
MERGE = "editorial.merge_sources"


def can_publish(user) -> bool:
    return user.has_perm(PUBLISH)


def can_retract(user) -> bool:
    return user.has_perm(RETRACT)


def can_grade(user) -> bool:
    return user.has_perm(GRADE)


def can_delete_accepted_claim(user) -> bool:
    return user.has_perm(DELETE_ACCEPTED_CLAIM)


def can_merge(user) -> bool:
    return user.has_perm(MERGE)


def can_edit_public(user) -> bool:
    """Whether the user may change what readers already see. Editing a published
    article or its claims is publishing, so it takes the publish permission."""
    return can_publish(user)
