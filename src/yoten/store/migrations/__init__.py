"""Alembic migrations for the yoten store, applied automatically on open."""
