"""Seed the confidence scale: the Admiralty (NATO) information-credibility grades."""

from django.db import migrations

# code, label, rank, description, colour, ClaimReview ratingValue.
# Colours are badge backgrounds chosen to carry white text at WCAG AA contrast.
LEVELS = [
    ("1", "Confirmed", 5, "Confirmed by other independent sources.", "#1a7f37", 5),
    (
        "2",
        "Probably true",
        4,
        "Not confirmed; logical in itself and consistent with other information.",
        "#2f6f4f",
        4,
    ),
    (
        "3",
        "Possibly true",
        3,
        "Not confirmed; reasonably logical in itself; agrees with some other information.",
        "#7a5d00",
        3,
    ),
    (
        "4",
        "Doubtful",
        2,
        "Not confirmed; possible but not logical; there is no other information.",
        "#b35900",
        2,
    ),
    (
        "5",
        "Improbable",
        1,
        "Not confirmed; not logical in itself; contradicted by other information.",
        "#b42318",
        1,
    ),
    (
        "6",
        "Cannot be judged",
        0,
        "There is no basis for evaluating the validity of the information.",
        "#5c6370",
        None,
    ),
]


def seed(apps, schema_editor):
    ConfidenceLevel = apps.get_model("articles", "ConfidenceLevel")
    for code, label, rank, description, colour, rating in LEVELS:
        ConfidenceLevel.objects.update_or_create(
            code=code,
            defaults={
                "label": label,
                "rank": rank,
                "description": description,
                "colour": colour,
                "rating_value": rating,
            },
        )


def unseed(apps, schema_editor):
    ConfidenceLevel = apps.get_model("articles", "ConfidenceLevel")
    ConfidenceLevel.objects.filter(code__in=[level[0] for level in LEVELS]).delete()


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
