"""Issue 22: the class of three trainees over the team's PostgreSQL (classroom_docs)."""
from __future__ import annotations

import pytest

from app.models import db as dbmod
from app.services.training import classroom
from tests.unit.test_classroom import run_class_of_three

pg = pytest.mark.postgres


@pg
def test_a_class_of_three_on_postgresql(pg_url, tmp_path):
    code = classroom.new_code()
    databases = []

    def transport():
        # Every party has its own connection, as on its own laptop.
        db = dbmod.open_url(pg_url)
        databases.append(db)
        return classroom.DatabaseTransport(db, code)
    try:
        assert run_class_of_three(transport, tmp_path) == code
        docs = databases[0]
        with docs.session() as s:
            from sqlalchemy import func, select

            from app.models import tables as t
            assert s.scalar(select(func.count()).select_from(t.ClassroomDoc).where(t.ClassroomDoc.code == code)) == 4
    finally:
        for db in databases:
            db.dispose()
