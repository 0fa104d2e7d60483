"""Shared set-up for the publishing tests: one fake per platform, an account connected
through the real service path, posts composed through services.posts."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.models import tables as t
from app.secrets import MemoryStore
from app.services import accounts
from app.services.workspace import open_workspace
from tests.fakes import publish_fakes as pf
from tests.fakes import publish_fakes_social as ps
from tests.fakes.graph_fake import api_base

TOKEN = "tok-Publish-123"


@dataclass
class PubCase:
    platform: str
    make_fake: Callable[[], object]
    base_url: Callable[[object, object], str]
    external_id: Callable[[object], str | None]
    handle: Callable[[object], str | None] = lambda f: None
    image_kind: str = "path"      # "path": a local file; "url": a public https address


def cases() -> list[PubCase]:
    return [
        PubCase("facebook", lambda: pf.PublishingFacebook(token=TOKEN), lambda f, s: api_base(s), lambda f: f.page_id),
        PubCase("x", pf.PublishingX, lambda f, s: s.url + "/2", lambda f: f.me, handle=lambda f: "kommune"),
        PubCase("linkedin", pf.PublishingLinkedIn, lambda f, s: s.url + "/rest", lambda f: f.org),
        PubCase("instagram", lambda: pf.PublishingInstagram(token=TOKEN), lambda f, s: api_base(s),
                lambda f: f.user_id, handle=lambda f: f.username, image_kind="url"),
        # Bluesky: the "token" is the app password, exchanged for a session when connecting.
        PubCase("bluesky", lambda: ps.PublishingBluesky(app_password=TOKEN), lambda f, s: s.url, lambda f: None,
                handle=lambda f: f.users[f.me]["handle"]),
        PubCase("mastodon", lambda: ps.PublishingMastodon(token=TOKEN), lambda f, s: s.url, lambda f: None),
    ]


class Env:
    def __init__(self, tmp_path: Path, case: PubCase, fake, server, *, database_url: str | None = None,
                 user: str = "Mette Jensen"):
        self.case, self.fake, self.tmp = case, fake, tmp_path
        self.store = MemoryStore()
        self.ws = open_workspace(str(tmp_path), database_url, credentials=self.store, user=user)
        info = accounts.add_account(self.ws, platform=case.platform, name=f"Aarby {case.platform}", token=TOKEN,
                                    institution="Aarby Kommune", base_url=case.base_url(fake, server),
                                    external_id=case.external_id(fake), handle=case.handle(fake), policy="hours:24")
        self.account_id = info.id
        with self.ws.db.session() as s:
            self.ref = s.get(t.Account, info.id).credential_ref

    def image(self, name: str = "plan.jpg", alt: str = "Kort over vejarbejdet på Storegade") -> dict:
        if self.case.image_kind == "url":
            return {"path": None, "url": f"https://www.aarby.dk/billeder/{name}", "alt": alt}
        path = self.tmp / name
        path.write_bytes(pf.TINY_JPEG if name.endswith(".jpg") else pf.TINY_PNG)
        return {"path": str(path), "alt": alt, "url": None}
