"""Fixtures of the distributed-mode tests: real Redis and PostgreSQL servers."""

from tests.support.services import postgres_server, postgres_url, redis_server, redis_url  # noqa: F401
