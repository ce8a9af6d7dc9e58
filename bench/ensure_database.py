"""Create the PostgreSQL database a DATABASE_URL names, if it does not exist yet.

    python bench/ensure_database.py postgres://postgres@127.0.0.1:5432/nr_bench

Connects to the server's ``postgres`` database with the same user, host and port.
"""

import sys
from urllib.parse import unquote, urlsplit

import psycopg
from psycopg import sql


def main(url: str) -> None:
    parts = urlsplit(url)
    name = unquote(parts.path.lstrip("/"))
    if parts.scheme not in ("postgres", "postgresql") or not name:
        sys.exit(f"{url}: not a PostgreSQL URL with a database name")
    server = parts._replace(path="/postgres").geturl()
    with psycopg.connect(server, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(
                sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
            )
            print(f"Created the database {name}.")


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] in ("-h", "--help"):
        sys.exit(__doc__.strip())
    main(sys.argv[1])
