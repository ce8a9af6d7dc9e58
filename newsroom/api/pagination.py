"""Keyset (cursor) pagination: ``{"next", "previous", "results"}``.

A page is "the rows after the last one seen" in the queryset's own order, with the
primary key as the tiebreaker, so walking ``next`` visits every row exactly once
even while rows are added, and no page costs more than an index range scan: no
OFFSET, no COUNT. The cursor is opaque to clients (base64 JSON of the last row's
sort key and id).
"""

import base64
import binascii
import datetime as dt
import json
from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import models
from django.utils import timezone
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import BasePagination
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param


@dataclass(frozen=True)
class Cursor:
    value: object  # the sort key of the row the page starts after (or before)
    pk: int | str
    backwards: bool  # True for a "previous" link


class KeysetPagination(BasePagination):
    cursor_query_param = "cursor"
    page_size_query_param = "page_size"
    page_size = 50
    max_page_size = 200

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.page_size = self.get_page_size(request)
        self.key, self.descending = self.sort_key(queryset)
        cursor = self.decode_cursor(request, queryset)
        if queryset._fields and self.key != "pk" and self.key not in queryset._fields:
            # Rows as values(): the cursor needs the sort key among them.
            queryset = queryset.values(*queryset._fields, self.key)
        backwards = bool(cursor and cursor.backwards)
        if cursor:
            queryset = queryset.filter(self.after(cursor))
        rows = list(
            queryset.order_by(*self.order(reverse=backwards))[: self.page_size + 1]
        )
        more = len(rows) > self.page_size
        rows = rows[: self.page_size]
        if backwards:
            rows.reverse()
        # Going forwards there is a previous page whenever we came from a cursor;
        # going backwards there is always a next one (the page we came from).
        self.has_next = more if not backwards else True
        self.has_previous = bool(cursor) if not backwards else more
        self.first, self.last = (rows[0], rows[-1]) if rows else (None, None)
        return rows

    def get_paginated_response(self, data):
        return Response(
            {
                "next": self.link(self.last, backwards=False)
                if self.has_next
                else None,
                "previous": self.link(self.first, backwards=True)
                if self.has_previous
                else None,
                "results": data,
            }
        )

    # --- the order -------------------------------------------------------

    def sort_key(self, queryset) -> tuple[str, bool]:
        """The queryset's first ordering term (``-claimed_on``, ``confidence__rank``,
        ``-rank``…); the primary key breaks ties in the same direction, so that a
        two-column index such as (claimed_on DESC, id DESC) serves the page."""
        ordering = [o for o in queryset.query.order_by if isinstance(o, str)]
        first = ordering[0] if ordering else "-pk"
        key = first.lstrip("-")
        return ("pk" if key in ("pk", "id") else key), first.startswith("-")

    def order(self, *, reverse: bool) -> list[str]:
        descending = self.descending != reverse
        sign = "-" if descending else ""
        keys = [self.key] if self.key == "pk" else [self.key, "pk"]
        return [sign + k for k in keys]

    def after(self, cursor: Cursor) -> models.Q:
        """Rows strictly after ``cursor`` in the order walked.

        Written as ``key <= v AND (key < v OR pk < p)`` (for a descending walk) rather
        than ``key < v OR (key = v AND pk < p)``: the first clause is an index bound,
        so the database starts the scan at the cursor instead of filtering from the top.
        """
        descending = self.descending != cursor.backwards
        strict, loose = ("lt", "lte") if descending else ("gt", "gte")
        if self.key == "pk":
            return models.Q(**{f"pk__{strict}": cursor.pk})
        if cursor.value is None:
            return models.Q(**{f"{self.key}__isnull": True, f"pk__{strict}": cursor.pk})
        return models.Q(**{f"{self.key}__{loose}": cursor.value}) & (
            models.Q(**{f"{self.key}__{strict}": cursor.value})
            | models.Q(**{f"pk__{strict}": cursor.pk})
        )

    # --- query parameters ------------------------------------------------

    def problems(self, request) -> dict[str, list[str]]:
        """What is wrong with the paging parameters, for a 400 (empty: nothing)."""
        try:
            self.get_page_size(request)
        except ValidationError as exc:
            return exc.detail
        return {}

    def get_page_size(self, request) -> int:
        raw = request.query_params.get(self.page_size_query_param)
        if raw is None:
            return self.page_size
        try:
            size = int(raw)
        except ValueError:
            size = None
        if size is None or not 1 <= size <= self.max_page_size:
            raise ValidationError(
                {
                    self.page_size_query_param: [
                        f"Must be a whole number from 1 to {self.max_page_size}."
                    ]
                }
            )
        return size

    def decode_cursor(self, request, queryset) -> Cursor | None:
        raw = request.query_params.get(self.cursor_query_param)
        if not raw:
            return None
        try:
            data = json.loads(base64.urlsafe_b64decode(raw.encode("ascii")))
            pk = queryset.model._meta.pk.to_python(data["p"])
            value = (
                None
                if data["v"] is None
                else self.key_field(queryset).to_python(data["v"])
            )
            if isinstance(value, dt.datetime) and timezone.is_naive(value):
                # Ours always carry their offset: a date-time without one is a
                # cursor from another list (a claims date on the articles list).
                raise ValueError("naive date-time")
            return Cursor(value=value, pk=pk, backwards=bool(data.get("b")))
        except (
            ValueError,
            TypeError,
            KeyError,
            UnicodeEncodeError,
            binascii.Error,
            DjangoValidationError,
        ):
            raise ValidationError(
                {
                    self.cursor_query_param: [
                        "Invalid cursor: use the `next` or `previous` link as given."
                    ]
                }
            ) from None

    def key_field(self, queryset) -> models.Field:
        """The field the sort key names: a model field, or an annotation's type."""
        model = queryset.model
        if self.key == "pk":
            return model._meta.pk
        if self.key in queryset.query.annotations:
            return queryset.query.annotations[self.key].output_field
        field = None
        for part in self.key.split("__"):
            try:
                field = model._meta.get_field(part)
            except FieldDoesNotExist:
                return models.FloatField()
            model = field.related_model or model
        return field

    def link(self, row, *, backwards: bool) -> str | None:
        if row is None:
            url = self.request.build_absolute_uri()
            return remove_query_param(url, self.cursor_query_param)
        pk, value = self.row_key(row)
        payload = {"v": None if self.key == "pk" else _jsonable(value), "p": pk}
        if backwards:
            payload["b"] = 1
        token = base64.urlsafe_b64encode(
            json.dumps(payload, separators=(",", ":")).encode()
        ).decode()
        url = self.request.build_absolute_uri()
        return replace_query_param(url, self.cursor_query_param, token)

    def row_key(self, row) -> tuple:
        """(primary key, sort key value) of a row: a model instance, or a dict from
        ``values()`` (which names the primary key ``id``)."""
        if isinstance(row, dict):
            pk = row["id"]
            return pk, pk if self.key == "pk" else row[self.key]
        value = row
        for part in self.key.split("__") if self.key != "pk" else ["pk"]:
            value = getattr(value, part)
        return row.pk, value

    # --- schema ----------------------------------------------------------

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.cursor_query_param,
                "required": False,
                "in": "query",
                "description": "Opaque position: follow the `next` or `previous` link.",
                "schema": {"type": "string"},
            },
            {
                "name": self.page_size_query_param,
                "required": False,
                "in": "query",
                "description": f"Items per page (default {self.page_size}, "
                f"at most {self.max_page_size}).",
                "schema": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": self.max_page_size,
                    "default": self.page_size,
                },
            },
        ]

    def get_paginated_response_schema(self, schema):
        link = {"type": "string", "format": "uri", "nullable": True}
        return {
            "type": "object",
            "required": ["next", "previous", "results"],
            "properties": {"next": link, "previous": link, "results": schema},
        }


def _jsonable(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value
