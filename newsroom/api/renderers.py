"""Response formats: JSON (orjson), ClaimReview JSON-LD, and CSV (streamed)."""

import csv
import datetime as dt

import orjson
from rest_framework.renderers import BaseRenderer


def _default(value):
    # Lazy translation strings, ErrorDetail and the like.
    return str(value)


class ORJSONRenderer(BaseRenderer):
    media_type = "application/json"
    format = "json"
    charset = None  # JSON is UTF-8 by definition

    def render(self, data, accepted_media_type=None, renderer_context=None):
        if data is None:
            return b""
        return orjson.dumps(data, default=_default)


class JSONLDRenderer(ORJSONRenderer):
    """schema.org JSON-LD (``?format=jsonld`` or ``Accept: application/ld+json``)."""

    media_type = "application/ld+json"
    format = "jsonld"


class CSVRenderer(BaseRenderer):
    """Announces ``?format=csv`` to content negotiation; the list views stream the
    rows themselves (see ``csv_rows``), so a large export never sits in memory.
    Errors (a 400 for a bad filter) are rendered here as one line of text."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return orjson.dumps(data, default=_default)


class _Echo:
    def write(self, value):
        return value


# Cells a spreadsheet would run as a formula ("=HYPERLINK(...)").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    value = str(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def csv_rows(columns: list[str], rows):
    """Yield CSV lines: a header of ``columns``, then one line per flat dict."""
    writer = csv.writer(_Echo())
    yield writer.writerow(columns)
    for row in rows:
        yield writer.writerow([_cell(row[c]) for c in columns])
