"""Publishing on the demo platform (the demo workspace and training): the post is
remembered in the demo platform's state file like a reply, so the outbox's exactly-once
check (``find``) works after a restart too. Nothing leaves the computer; a demo post has no
web address."""
from __future__ import annotations

from datetime import datetime
from typing import Any

from app.connectors.base import Permanent


def demo_publish(connector: Any, draft: Any) -> tuple[str, str | None]:
    from app.connectors.demo_state import iso

    connector._maybe_fail("publish", False)
    if not draft.text.strip() and not draft.images:
        raise Permanent("The post is empty.", code="empty")
    with connector._store.lock:
        data = connector._store.load()
        state, _ = connector._account_state(data)
        number = int(data.get("next_post", 1))
        data["next_post"] = number + 1
        post_id = f"demo-p-{number}"
        state.setdefault("posts", []).append({"id": post_id, "text": draft.text, "link": draft.link,
                                              "images": len(draft.images), "at": iso(connector._now())})
        connector._store.save(data)
    connector._maybe_fail("publish", True)
    return (post_id, None)


def demo_find(connector: Any, draft: Any, since: datetime) -> tuple[str, str | None] | None:
    from app.connectors.demo_state import parse_iso

    for post in reversed(connector._read().get("posts", [])):
        if post["text"].strip() == draft.text.strip() and parse_iso(post["at"]) >= since:
            return (post["id"], None)
    return None
