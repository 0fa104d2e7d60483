# The newest revision in versions/. Start-up compares the database's revision with this and
# imports Alembic only when they differ (Alembic's import is a good part of a cold start).
# tests/unit/test_db.py checks that it matches Alembic's own idea of the head.
HEAD = "0017_recomp7_one_counts_trigger"
