"""Bluesky: mute, block and report an item's author (issue 20), mixed into BlueskyConnector.

muteActor is private to the account; a block is a public ``app.bsky.graph.block`` record in
the account's repo; a report goes to Bluesky's moderation service through the PDS
(``atproto-proxy``). Lexicons: app.bsky.graph.muteActor, app.bsky.graph.block,
com.atproto.moderation.createReport.
"""
from __future__ import annotations

from typing import Any

from app import clock
from app.connectors.atproto import _iso, parse_at_uri
from app.connectors.base import Permanent, Target
from app.connectors.jsonshape import as_dict

BLOCK = "app.bsky.graph.block"
# Bluesky's own moderation service, where the Bluesky app sends reports (atproto-proxy header:
# "<service DID>#<service id>", atproto.com/specs/xrpc#service-proxying).
MODERATION_PROXY = "did:plc:ar7c4by46qjdydhdevvrndac#atproto_labeler"
# com.atproto.moderation.defs#reasonType: "other" with the person's words in ``reason``
# (maxGraphemes 2000); the lexicon's other values are spam, violation, misleading, sexual, rude.
REPORT_REASON = "com.atproto.moderation.defs#reasonOther"
REPORT_REASON_MAX = 2000


class BlueskyAuthorActions:
    """Uses the connector's ``_call``, ``me`` and ``_post_view`` (declared here for the types)."""

    def _call(self, method: str, nsid: str, *, params: dict[str, Any] | None = None,
              json_body: dict[str, Any] | None = None, headers: dict[str, str] | None = None) -> dict[str, Any]:
        raise NotImplementedError

    def me(self) -> str:
        raise NotImplementedError

    def _post_view(self, uri: str) -> dict[str, Any] | None:
        raise NotImplementedError

    def _author_did(self, target: Target) -> str:
        did = target.author_id or parse_at_uri(target.external_id)[0]
        if not did or not did.startswith("did:"):
            raise Permanent("Svarbox does not know who wrote this post on Bluesky.", code="no-author")
        if did == self.me():
            raise Permanent("This is the account's own post.", code="own-post")
        return did

    def mute_author(self, target: Target) -> None:
        """``app.bsky.graph.muteActor``: private; muting twice is no error."""
        self._call("POST", "app.bsky.graph.muteActor", json_body={"actor": self._author_did(target)})

    def block_author(self, target: Target) -> str:
        """An ``app.bsky.graph.block`` record (key: a TID) in our repo; returns its URI. A second
        block record would be a duplicate, so an existing block is kept."""
        did = self._author_did(target)
        existing = self.author_state(target).get("blocking")
        if isinstance(existing, str) and existing:
            return existing
        body = self._call("POST", "com.atproto.repo.createRecord", json_body={
            "repo": self.me(), "collection": BLOCK,
            "record": {"$type": BLOCK, "subject": did, "createdAt": _iso(clock.now())}})
        return str(body.get("uri") or "")

    def report_item(self, target: Target, comment: str = "") -> str:
        """``com.atproto.moderation.createReport`` about the post (a strong ref needs its CID,
        read from the AppView); returns the report's id."""
        self._author_did(target)
        view = self._post_view(target.external_id)
        if view is None or not view.get("cid"):
            raise Permanent("The post is no longer on Bluesky; there is nothing to report.", code="not-found")
        reason = comment.strip()
        if len(reason) > REPORT_REASON_MAX:
            reason = reason[:REPORT_REASON_MAX]
        body = self._call("POST", "com.atproto.moderation.createReport", headers={"atproto-proxy": MODERATION_PROXY},
                          json_body={"reasonType": REPORT_REASON, "reason": reason,
                                     "subject": {"$type": "com.atproto.repo.strongRef",
                                                 "uri": target.external_id, "cid": view["cid"]}})
        return str(body.get("id") or "")

    def author_state(self, target: Target) -> dict[str, Any]:
        """``app.bsky.actor.getProfile``'s ``viewer``: {"muted": bool, "blocking": uri or None}."""
        did = target.author_id or parse_at_uri(target.external_id)[0]
        body = self._call("GET", "app.bsky.actor.getProfile", params={"actor": did})
        viewer = as_dict(body.get("viewer"))
        return {"muted": bool(viewer.get("muted")), "blocking": viewer.get("blocking") or None}
