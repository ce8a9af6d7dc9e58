import django_filters

from articles.filters import SearchFilter, SlugsFilter, public_sources
from sources.models import Source


class SourceFilter(django_filters.FilterSet):
    kind = django_filters.MultipleChoiceFilter(
        choices=Source.Kind.choices, label="Kind"
    )
    reliability = django_filters.MultipleChoiceFilter(
        choices=Source.Reliability.choices, label="Reliability"
    )
    affiliation = SlugsFilter(
        field_name="affiliation_id",
        queryset=public_sources,
        noun="affiliation",
        label="Affiliated to",
    )
    country = django_filters.CharFilter(
        method="filter_country", label="Country (ISO code)"
    )
    q = SearchFilter(label="Name or alias")

    class Meta:
        model = Source
        fields = []

    def filter_country(self, queryset, name, value):
        return queryset.filter(country=value.strip().upper()) if value else queryset
