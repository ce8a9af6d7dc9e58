import io
import json

import pytest
from django.core.management import CommandError, call_command


class ImportRun:
    """The outcome of one ``import_articles`` run."""

    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err


def _encode(line) -> bytes:
    if isinstance(line, bytes):
        return line
    if isinstance(line, str):
        return line.encode()
    return json.dumps(line).encode()


@pytest.fixture
def run_import(tmp_path):
    """Run import_articles on lines (dicts, JSON text or raw bytes) from a file."""

    def run(lines, *args) -> ImportRun:
        path = tmp_path / "in.jsonl"
        path.write_bytes(b"".join(_encode(line) + b"\n" for line in lines))
        out, err = io.StringIO(), io.StringIO()
        try:
            call_command("import_articles", str(path), *args, stdout=out, stderr=err)
        except CommandError as exc:
            return ImportRun(exc.returncode, out.getvalue(), err.getvalue() + str(exc))
        return ImportRun(0, out.getvalue(), err.getvalue())

    return run
