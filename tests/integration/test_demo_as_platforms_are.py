"""The demo workspace shows each platform as it really is: LinkedIn gives commenters' member ids,
never their names (resolving names needs restricted permissions), so the demo shows none."""
from sqlalchemy import select

from app.connectors import demo as demo_platform
from app.connectors.base import ConnectorConfig
from app.models import tables as t
from app.services.demo import ensure_demo_data
from app.services.workspace import open_workspace


def test_demo_linkedin_items_carry_member_urns_not_names(tmp_path):
    ws = open_workspace(data_dir=str(tmp_path), demo=True, seed_demo=False)
    try:
        assert ensure_demo_data(ws) is True
        with ws.db.session() as s:
            rows = s.execute(select(t.Item.author_id, t.Item.author_name, t.Item.status).join(t.Account)
                             .where(t.Account.platform == "linkedin")).all()
            others = s.execute(select(t.Item.author_name).join(t.Account)
                               .where(t.Account.platform == "facebook", t.Item.status != t.STATUS_OWN)).all()
        citizen = [r for r in rows if r.status != t.STATUS_OWN]
        assert citizen and all(r.author_name is None and r.author_id.startswith("urn:li:person:") for r in citizen)
        assert any(name for (name,) in others)          # Facebook does give names
    finally:
        ws.close()


def test_demo_linkedin_live_feed_gives_no_names(tmp_path):
    account = next(a for a in demo_platform.ACCOUNTS if a.platform == "linkedin")
    from datetime import timedelta

    from app import clock as app_clock
    state = tmp_path / "demo-platform.json"
    list(demo_platform.DemoConnector(ConnectorConfig(account.external_id, ""), platform="linkedin",
                                     state_path=state).fetch(None))          # the feed starts now
    later = demo_platform.DemoConnector(ConnectorConfig(account.external_id, ""), platform="linkedin",
                                        state_path=state, clock=lambda: app_clock.now() + timedelta(days=3))
    items = [i for page in later.fetch(None) for i in page.items if not i.is_own]
    assert items and all(i.author_name is None and i.author_id.startswith("urn:li:person:") for i in items)
