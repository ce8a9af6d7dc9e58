"""Inserting many rows, with their history, as fast as the database allows.

``bulk_create`` spends most of a large import preparing values field by field
and, on PostgreSQL, adapting them into arrays. On PostgreSQL the functions here
take ids from the table's sequence in one query and stream the rows with COPY;
elsewhere they use ``bulk_create``. ``insert_with_history`` writes simple-history's
historical rows beside the objects, as its ``bulk_create_with_history`` does,
from the values already prepared for the objects: bulk writes never skip the
history.
"""

import contextlib
import functools
import operator
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from django.db import DEFAULT_DB_ALIAS, connections, models
from django.db.models import signals
from django.db.models.base import ModelState
from django.utils import timezone
from psycopg import pq
from psycopg._copy_base import format_row_binary  # psycopg's own COPY formatter
from psycopg.adapt import Transformer
from simple_history.utils import get_change_reason_from_object

M = TypeVar("M", bound=models.Model)


def build(model: type[M], values: dict[str, Any]) -> M:
    """``model(**values)`` with ``values`` by attname (``source_id``), and the
    other fields at their defaults, several times faster (keyword arguments cost
    most of the time of building tens of thousands of rows).

    A new object's fields are plain attributes: they are filled in directly, as
    ``Model.__init__`` would fill them one ``setattr`` at a time, when nothing
    listens to ``pre_init``/``post_init`` for the model; otherwise through
    Django's positional fast path, the one it uses for rows read from the
    database.
    """
    constants, factories = _defaults(model)
    row = constants.copy()
    row.update(values)
    for attname, default in factories:
        if attname not in values:
            row[attname] = default()
    if not _plain_init(model):
        return model(*(row[f.attname] for f in model._meta.concrete_fields))
    obj = model.__new__(model)
    obj._state = ModelState()
    obj.__dict__.update(row)
    return obj


@functools.cache
def _defaults(model) -> tuple[dict[str, Any], list[tuple[str, Any]]]:
    """A model's field defaults: those that are one fixed value (no default,
    or a constant one), read once, and the callables to call for each object
    (``default=timezone.now``, ``default=dict``), as ``Field.get_default``
    would."""
    constants, factories = {}, []
    for field in model._meta.concrete_fields:
        if field.has_default() and callable(field.default):
            factories.append((field.attname, field.default))
        else:
            constants[field.attname] = field.get_default()
    return constants, factories


def _plain_init(model) -> bool:
    # Not cached: a receiver may be connected later (django-concurrency does so
    # for some version fields).
    return (
        model.__init__ is models.Model.__init__
        and not signals.pre_init.has_listeners(model)
        and not signals.post_init.has_listeners(model)
    )


def insert(model: type[models.Model], objs: Sequence[models.Model]) -> None:
    """Insert new ``objs`` of ``model`` and set their primary keys."""
    _insert(model, objs)


def insert_with_history(
    model: type[models.Model], objs: Sequence[models.Model], *, user, date
) -> list[int]:
    """Insert new ``objs`` and a "+" historical row for each, dated ``date``.

    Returns the ids of the historical rows, in the order of ``objs``.
    """
    history_model = model.history.model
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.vendor != "postgresql":
        model._base_manager.bulk_create(objs)
        rows = history_rows(model, objs, history_type="+", user=user, date=date)
        history_model._base_manager.bulk_create(rows)
        return [row.pk for row in rows]
    rows = _insert(model, objs)
    if not objs:
        return []
    reasons = [get_change_reason_from_object(obj) for obj in objs]
    with connection.cursor() as cursor:
        return _copy_history(cursor, model, rows, reasons, user=user, date=date)


def insert_values(model: type[models.Model], values: Sequence[dict]) -> list[int]:
    """Insert new rows of ``model``, each given as ``build()`` takes it (a dict
    by attname, the other fields at their defaults); their ids, in order.

    On PostgreSQL no model instance is made: the COPY rows are written straight
    from the values. Elsewhere the objects are built and ``bulk_create``d.
    """
    if not values:
        return []
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.vendor != "postgresql":
        objs = [build(model, row) for row in values]
        model._base_manager.bulk_create(objs)
        return [obj.pk for obj in objs]
    with connection.cursor() as cursor:
        ids, rows = _value_rows(cursor, model, values)
        _copy(cursor, model, model._meta.concrete_fields, rows)
    return ids


def insert_values_with_history(
    model: type[models.Model], values: Sequence[dict], *, user, date
) -> list[int]:
    """``insert_values``, with a "+" historical row for each row, dated ``date``,
    as ``insert_with_history`` writes them; the ids of the rows (not of their
    historical rows), in order."""
    if not values:
        return []
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.vendor != "postgresql":
        objs = [build(model, row) for row in values]
        insert_with_history(model, objs, user=user, date=date)
        return [obj.pk for obj in objs]
    with connection.cursor() as cursor:
        ids, rows = _value_rows(cursor, model, values)
        _copy(cursor, model, model._meta.concrete_fields, rows)
        # A new row has no change reason (get_change_reason_from_object of the
        # object build() would make).
        _copy_history(cursor, model, rows, None, user=user, date=date)
    return ids


def _copy_history(cursor, model, rows, reasons, *, user, date) -> list[int]:
    """COPY a "+" historical row for each of ``rows`` (the database values of
    new objects, in the order of the model's concrete fields), with the change
    reasons ``reasons`` (None: none); the historical rows' ids."""
    history_model = model.history.model
    picks, columns, own = _history_layout(model)
    user_id = user.pk if user is not None else None
    ids = _next_ids(cursor, history_model, len(rows))
    constant = {
        "history_date": date,
        "history_type": "+",
        "history_user_id": user_id,
        "history_change_reason": None,
    }
    # Each historical row: the object's row at the tracked fields, then the
    # history's own columns (its id and change reason vary by row).
    tail = [constant.get(attname) for attname in own]
    at_id = own.index("history_id")
    at_reason = own.index("history_change_reason")
    pick = operator.itemgetter(*picks)
    history = []
    for n, (row, history_id) in enumerate(zip(rows, ids, strict=True)):
        extra = tail.copy()
        extra[at_id] = history_id
        if reasons is not None:
            extra[at_reason] = reasons[n]
        history.append([*pick(row), *extra])
    _copy(cursor, history_model, columns, history)
    return ids


@functools.cache
def _history_layout(model) -> tuple[list[int], list, list[str]]:
    """For a model's historical rows: the positions, in the model's concrete
    fields, of the fields its history tracks (in the historical model's order);
    the historical model's columns, those fields first, then its own; and the
    attnames of its own."""
    history_model = model.history.model
    position = {f.attname: i for i, f in enumerate(model._meta.concrete_fields)}
    tracked = {f.attname for f in history_model.tracked_fields}
    fields = history_model._meta.concrete_fields
    copied = [f for f in fields if f.attname in tracked]
    own = [f for f in fields if f.attname not in tracked]
    picks = [position[f.attname] for f in copied]
    return picks, [*copied, *own], [f.attname for f in own]


def history_rows(
    model: type[models.Model],
    objs: Sequence[models.Model],
    *,
    history_type: str,
    user,
    date,
) -> list[models.Model]:
    """Historical rows ("+" created, "~" changed) of ``objs``, not yet saved.

    Mirrors simple-history's ``HistoryManager.bulk_history_create``.
    """
    history_model = model.history.model
    tracked = history_model.tracked_fields
    return [
        history_model(
            history_date=getattr(obj, "_history_date", date),
            history_user=getattr(obj, "_history_user", user),
            history_change_reason=get_change_reason_from_object(obj),
            history_type=history_type,
            **{field.attname: getattr(obj, field.attname) for field in tracked},
        )
        for obj in objs
    ]


def _insert(model, objs) -> list[list]:
    """Insert ``objs``; on PostgreSQL, the database values of each, in the
    order of the model's concrete fields."""
    if not objs:
        return []
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.vendor != "postgresql":
        model._base_manager.bulk_create(objs)
        return []
    attnames, pk_attname, stamped, prepared = _layout(model)
    relations = _relations(model)
    # created_at and updated_at: one clock reading for the rows of one statement
    # (pre_save reads the clock per row and field).
    now = timezone.now() if stamped else None
    alias = connection.alias
    rows = []
    with connection.cursor() as cursor:
        ids = _next_ids(cursor, model, len(objs))
        for obj, pk in zip(objs, ids, strict=True):
            state = obj._state
            if relations and state.fields_cache:  # related objects assigned
                _prepare_relations(obj, relations)
            values = obj.__dict__
            values[pk_attname] = pk
            for attname in stamped:
                values[attname] = now
            row = [values[attname] for attname in attnames]
            for i, f in prepared:
                row[i] = f.get_db_prep_save(f.pre_save(obj, True), connection)
            rows.append(row)
            state.adding = False
            state.db = alias
        _copy(cursor, model, model._meta.concrete_fields, rows)
    return rows


def _value_rows(cursor, model, values: Sequence[dict]) -> tuple[list[int], list[list]]:
    """Ids for new rows given as dicts by attname, and the database values of
    each, as ``_insert`` makes them from the objects ``build()`` would make."""
    attnames, pk_attname, stamped, prepared = _layout(model)
    constants, factories = _defaults(model)
    now = timezone.now() if stamped else None
    connection = cursor.db
    ids = _next_ids(cursor, model, len(values))
    # The fields prepared by their own pre_save (a version number) read and set
    # attributes: they are given one object whose attributes are each row's.
    shell = model.__new__(model)
    state = ModelState()
    rows = []
    for given, pk in zip(values, ids, strict=True):
        row_values = constants.copy()
        row_values.update(given)
        for attname, default in factories:
            if attname not in given:
                row_values[attname] = default()
        row_values[pk_attname] = pk
        for attname in stamped:
            row_values[attname] = now
        if prepared:
            row_values["_state"] = state
            shell.__dict__ = row_values
            row = [row_values[attname] for attname in attnames]
            for i, f in prepared:
                row[i] = f.get_db_prep_save(f.pre_save(shell, True), connection)
        else:
            row = [row_values[attname] for attname in attnames]
        rows.append(row)
    return ids, rows


@functools.cache
def _layout(model) -> tuple[list[str], str, list[str], list[tuple[int, Any]]]:
    """A model's concrete fields for a COPY: their attnames, the primary key's,
    the timestamps set on insert (auto_now, auto_now_add), and the fields that
    need Django's preparation, with their positions."""
    fields = model._meta.concrete_fields
    stamped = [f.attname for f in fields if _is_timestamp(f)]
    prepared = [
        (i, f)
        for i, f in enumerate(fields)
        if not _is_plain(f) and not _is_timestamp(f)
    ]
    return [f.attname for f in fields], model._meta.pk.attname, stamped, prepared


@functools.cache
def _relations(model) -> list:
    return [f for f in model._meta.concrete_fields if f.is_relation]


def _prepare_relations(obj, relations):
    """``Model._prepare_related_fields_for_save()`` for an insert, for foreign
    keys only (the models written here have no generic relations), at a
    fraction of its cost: refuse an unsaved related object, and take the id of
    one saved since it was assigned."""
    for field in relations:
        if not field.is_cached(obj):
            continue
        related = field.get_cached_value(obj)
        if related is None:
            continue
        if related.pk is None:
            raise ValueError(
                f"insert() prohibited to prevent data loss due to unsaved "
                f"related object '{field.name}'."
            )
        target = getattr(related, field.target_field.attname)
        value = getattr(obj, field.attname)
        if value in field.empty_values:
            setattr(obj, field.attname, target)
        elif value != target:
            field.delete_cached_value(obj)


# Fields whose Python value psycopg adapts as it is: preparing them field by
# field (Django's pre_save and get_db_prep_save) was half the cost of an insert.
_PLAIN_FIELDS = (
    models.AutoField,
    models.BigAutoField,
    models.BooleanField,
    models.CharField,  # and SlugField, URLField
    models.DateField,  # DateTimeField too, unless it is auto_now(_add)
    models.ForeignKey,
    models.IntegerField,  # and the positive, small and big ones
    models.TextField,
)


def _is_timestamp(field) -> bool:
    return type(field) is models.DateTimeField and (
        field.auto_now or field.auto_now_add
    )


def _is_plain(field) -> bool:
    if type(field).__module__.split(".")[0] != "django":
        return False  # a third-party field (a version number) prepares itself
    if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
        return False
    return isinstance(field, _PLAIN_FIELDS)


def _next_ids(cursor, model, count: int) -> list[int]:
    pool = _id_pool.get(model)
    if pool is not None and len(pool) >= count:
        ids, _id_pool[model] = pool[:count], pool[count:]
        return ids
    return _take_ids(cursor, [(model, count)])[model]


def _take_ids(cursor, wanted: list[tuple[type[models.Model], int]]) -> dict:
    """``count`` ids of each model's sequence, in one query, by model."""
    # The sequence by name: nextval(pg_get_serial_sequence(...)) looks the
    # sequence up again for every row, which made this query 8 times slower.
    # Straight to psycopg: taking ids never waits for deferred COPYs (below).
    raw = cursor.cursor
    name = cursor.db.settings_dict["NAME"]
    parts, params = [], []
    for index, (model, count) in enumerate(wanted):
        parts.append(
            f"SELECT {index}, nextval(%s::regclass) FROM generate_series(1, %s)"
        )
        params += [_sequence(raw, model, name), count]
    raw.execute(" UNION ALL ".join(parts), params)
    ids = {model: [] for model, _ in wanted}
    for index, value in raw.fetchall():
        ids[wanted[index][0]].append(value)
    return ids


_SEQUENCES: dict[tuple[str, str, str], str] = {}

# Ids taken ahead by ids_ahead(), by model; _next_ids hands them out first.
_id_pool: dict[type[models.Model], list[int]] = {}


@contextlib.contextmanager
def ids_ahead(counts: dict[type[models.Model], int]) -> Iterator[None]:
    """Take up to ``counts[model]`` ids of each model's sequence now, in one
    query, for the inserts made inside the block: those then send nothing to
    the database until their COPYs run (so they can be prepared while the
    connection is busy with another batch's). PostgreSQL only; ids left over
    are dropped at the end of the block (a sequence never hands them out again).
    """
    wanted = [(model, n) for model, n in counts.items() if n > 0]
    connection = connections[DEFAULT_DB_ALIAS]
    if wanted and connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            _id_pool.update(_take_ids(cursor, wanted))
    try:
        yield
    finally:
        for model, _ in wanted:
            _id_pool.pop(model, None)


def _sequence(raw, model, database: str) -> str:
    meta = model._meta
    key = (database, meta.db_table, meta.pk.column)
    if key not in _SEQUENCES:
        raw.execute(
            "SELECT pg_get_serial_sequence(%s, %s)", [meta.db_table, meta.pk.column]
        )
        _SEQUENCES[key] = raw.fetchone()[0]
    return _SEQUENCES[key]


# COPYs held back by deferred_copies(), as (statement, data), in order.
_deferred: list[tuple[str, bytearray]] | None = None
# Whether statements inside deferred_copies() leave the held COPYs held.
_reads_only = False


@contextlib.contextmanager
def deferred_copies(
    *, reads_only: bool = False
) -> Iterator[list[tuple[str, bytearray]]]:
    """Hold back the COPYs made inside the block, in order, instead of running
    them: the caller runs them with ``run_copies`` (in another thread, say, so
    that PostgreSQL writes one batch while Python prepares the next).

    Any other statement sent through Django inside the block first runs the
    COPYs held so far (a read after a write sees it): ``copies_first`` is the
    execute wrapper that does it, installed by the caller. With
    ``reads_only`` the caller promises that the block's statements only read
    what is already written, and the COPYs stay held whatever runs. On an
    exception the held COPYs are dropped.
    """
    global _deferred, _reads_only
    outer, _deferred = _deferred, []
    outer_reads_only, _reads_only = _reads_only, reads_only
    try:
        yield _deferred
    except BaseException:
        _deferred.clear()
        raise
    finally:
        _deferred, _reads_only = outer, outer_reads_only


_SAVEPOINT_STATEMENTS = ("SAVEPOINT", "RELEASE SAVEPOINT", "ROLLBACK TO SAVEPOINT")


def copies_first(execute, sql, params, many, context):
    """Execute wrapper: run the deferred COPYs before any statement but a
    savepoint's (which cannot depend on them; a rollback drops them anyway)."""
    if _deferred and not _reads_only and not sql.startswith(_SAVEPOINT_STATEMENTS):
        pending = _deferred[:]
        _deferred.clear()
        with context["connection"].wrap_database_errors:
            run_copies(context["connection"].connection, pending)
    return execute(sql, params, many, context)


def run_copies(pgconn, copies: Sequence[tuple[str, bytearray]]) -> None:
    """Run COPYs, each with its data in COPY's binary format (``copy_data``), on a
    psycopg connection: those held back by ``deferred_copies``, or one now."""
    with pgconn.cursor() as cursor:
        for statement, data in copies:
            with cursor.copy(statement) as copy:
                copy.write(data)


def copy_data(pgconn, rows, types: Sequence[int]) -> bytearray:
    """``rows`` in COPY's binary format, formatted as psycopg's ``write_row``
    would after ``set_types(types)`` (its own formatter and binary dumpers, in
    C), here rather than in the thread that sends them: that thread then only
    waits on the network and does not compete for the interpreter with the
    planning of the next batch.

    ``types``: the oids of the columns' types (PostgreSQL applies no cast to
    binary data). Binary rather than text: PostgreSQL parses nothing (a
    date-time's text took it longer than its eight bytes), and dumping a
    date-time as text took a third of the formatting here."""
    transformer = Transformer(pgconn)
    transformer.set_dumper_types(types, pq.Format.BINARY)
    data = bytearray(_BINARY_SIGNATURE)
    for row in rows:
        format_row_binary(row, transformer, data)
    data += b"\xff\xff"  # the trailer
    return data


_BINARY_SIGNATURE = b"PGCOPY\n\xff\r\n\0" + b"\x00\x00\x00\x00" + b"\x00\x00\x00\x00"

# The type of each column, by database and table (read once).
_COLUMN_TYPES: dict[tuple[str, str], dict[str, int]] = {}


def _column_types(cursor, table: str) -> dict[str, int]:
    key = (cursor.db.settings_dict["NAME"], table)
    if key not in _COLUMN_TYPES:
        raw = cursor.cursor
        raw.execute(
            "SELECT attname, atttypid FROM pg_attribute"
            " WHERE attrelid = %s::regclass AND attnum > 0 AND NOT attisdropped",
            [cursor.db.ops.quote_name(table)],
        )
        _COLUMN_TYPES[key] = dict(raw.fetchall())
    return _COLUMN_TYPES[key]


def _copy(cursor, model, fields, rows):
    quote = cursor.db.ops.quote_name
    table = model._meta.db_table
    columns = ", ".join(quote(f.column) for f in fields)
    statement = f"COPY {quote(table)} ({columns}) FROM STDIN (FORMAT BINARY)"
    with cursor.db.wrap_database_errors:
        types = _column_types(cursor, table)
        data = copy_data(cursor.db.connection, rows, [types[f.column] for f in fields])
    if _deferred is not None:
        _deferred.append((statement, data))
        return
    with cursor.db.wrap_database_errors:  # Django's errors, as for a query
        run_copies(cursor.db.connection, [(statement, data)])
