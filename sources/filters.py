import django_filters
from django.core.validators import RegexValidator

from articles.filters import (
    MultipleChoiceFilter,
    PublicFilterSet,
    SearchFilter,
    SlugsFilter,
    public_sources,
)
from sources.models import Source


class SourceFilter(PublicFilterSet):
    kind = MultipleChoiceFilter(
        choices=Source.Kind.choices,
        label="Kind",
    )
    reliability = MultipleChoiceFilter(
        choices=Source.Reliability.choices,
        label="Reliability",
    )
    affiliation = SlugsFilter(
        field_name="affiliation_id",
        queryset=public_sources,
        noun="affiliation",
        label="Affiliated to",
    )
    country = django_filters.CharFilter(
        method="filter_country",
        label="Country (ISO code)",
        help_text="ISO 3166-1 alpha-2 code, e.g. RU.",
        validators=[
            RegexValidator(
                r"^[A-Za-z]{2}$", "Use a two-letter ISO 3166-1 code, e.g. RU."
            )
        ],
    )
    q = SearchFilter(label="Name or alias")

    class Meta:
        model = Source
        fields = []

    def filter_country(self, queryset, name, value):
        return queryset.filter(country=value.upper()) if value else queryset
