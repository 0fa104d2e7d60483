"""Malmö: permission to publish on the main accounts requires the course. An account that
names a training pack lets only people holding that pack's certificate publish."""
from __future__ import annotations

from app import clock as app_clock
from app.models import tables as t
from app.services.outbound import posts
from tests.factories import make_account, open_test_database


def test_publishing_needs_the_named_course(request, tmp_path):
    db = open_test_database(request, tmp_path)
    try:
        with db.session() as s:
            account = make_account(s, "Malmö stad (Facebook)", country="SE")
            posts.set_publishers(s, account.id, ["Sara Lind", "Omar Haddad"], "admin",
                                 course_pack="Sociala medier för Malmö stad")
            assert "Sociala medier för Malmö stad" in posts.course_status(account)
            assert not posts.may_publish(s, account, "Sara Lind")          # no certificate yet
            s.add(t.TrainingCertificate(trainee="Sara Lind", pack="Sociala medier för Malmö stad",
                                        language="sv", points=80, maximum=100, percent=80,
                                        issued_at=app_clock.now()))
            s.add(t.TrainingCertificate(trainee="Omar Haddad", pack="Ett annat paket", language="sv",
                                        points=90, maximum=100, percent=90, issued_at=app_clock.now()))
            s.flush()
            assert posts.may_publish(s, account, "Sara Lind")
            assert not posts.may_publish(s, account, "Omar Haddad")       # the wrong course
            assert not posts.may_publish(s, account, "Eva Berg")          # not a publisher at all
            posts.set_publishers(s, account.id, [], "admin", course_pack="")
            assert posts.may_publish(s, account, "Eva Berg") and posts.course_status(account) is None
    finally:
        db.dispose()
