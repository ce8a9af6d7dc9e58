"""The Reporter and Editor groups and their permissions (see editorial.permissions)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CRUD = ("view", "add", "change", "delete")

REPORTER = {
    "articles": {
        "article": ("view", "add", "change", "delete"),  # delete: drafts only
        "claim": ("view", "add", "change", "delete"),  # delete: not accepted ones
        "claimrelation": CRUD,
        "evidence": CRUD,
        "topic": ("view", "add", "change"),
        "confidencelevel": ("view",),
    },
    "sources": {"source": ("view", "add", "change")},
    "editorial": {},
}

EDITOR = {
    "articles": {
        **REPORTER["articles"],
        "topic": CRUD,
    },
    "sources": {"source": CRUD},
    "editorial": {
        "auditentry": ("view",),
        "": (
            "publish_article",
            "retract_article",
            "grade_claim",
            "delete_accepted_claim",
            "merge_sources",
        ),
    },
}


def codenames(spec):
    for app_label, models in spec.items():
        for model, actions in models.items():
            for action in actions:
                codename = f"{action}_{model}" if model else action
                yield app_label, codename


def create_roles(apps, schema_editor):
    # Permissions are normally created after all migrations ran; make sure the
    # ones the groups need exist now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    assign_roles(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


def assign_roles(Group, Permission):
    """Make both groups hold exactly their permissions (also used by the tests to
    restore the roles after a transactional test's flush)."""
    for name, spec in (("Reporter", REPORTER), ("Editor", EDITOR)):
        group, _ = Group.objects.get_or_create(name=name)
        perms = [
            Permission.objects.get(content_type__app_label=app, codename=codename)
            for app, codename in codenames(spec)
        ]
        group.permissions.set(perms)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=["Reporter", "Editor"]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("editorial", "0001_initial"),
        ("articles", "0002_seed_confidence_levels"),
        ("sources", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
