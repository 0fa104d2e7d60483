"""Mastodon: mute, block and report an item's author (issue 20), mixed into MastodonConnector.

POST /api/v1/accounts/:id/mute and /block, POST /api/v1/reports (docs.joinmastodon.org
methods/accounts, methods/reports); GET /api/v1/accounts/relationships tells what is already so.
"""
from __future__ import annotations

from typing import Any

import requests

from app.connectors.base import Permanent, Target


class MastodonAuthorActions:
    """Uses the connector's ``_object``, ``_request`` and ``me`` (declared here for the types)."""

    def _request(self, method: str, path: str, *, params: dict[str, Any] | list[tuple[str, str]] | None = None,
                 data: dict[str, Any] | None = None,
                 headers: dict[str, Any] | None = None) -> tuple[object, requests.Response]:
        raise NotImplementedError

    def _object(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        raise NotImplementedError

    def me(self) -> str:
        raise NotImplementedError

    def mute(self, account_id: str) -> None:
        self._object("POST", f"/api/v1/accounts/{account_id}/mute")

    def block(self, account_id: str) -> None:
        self._object("POST", f"/api/v1/accounts/{account_id}/block")

    def report(self, account_id: str, status_ids: list[str], comment: str = "",
               forward: bool = False) -> str:
        """A report to the server's moderators (``POST /api/v1/reports``); returns its id."""
        data: list[tuple[str, str]] = [("account_id", account_id), ("comment", comment[:1000]),
                                       ("forward", "true" if forward else "false")]
        data += [("status_ids[]", sid) for sid in status_ids]
        body = self._object("POST", "/api/v1/reports", data=data)
        return str(body.get("id") or "")

    # The outbox's door: the item's author, from the item (``Target.author_id``).
    def _author_of(self, target: Target) -> str:
        if not target.author_id:
            raise Permanent("Svarbox does not know who wrote this post on Mastodon.", code="no-author")
        if target.author_id == self.me():
            raise Permanent("This is the account's own post.", code="own-post")
        return target.author_id

    def mute_author(self, target: Target) -> None:
        self.mute(self._author_of(target))

    def block_author(self, target: Target) -> None:
        self.block(self._author_of(target))

    def report_item(self, target: Target, comment: str = "") -> str:
        """The post and its author to the server's moderators. ``forward`` stays off: a copy to
        a remote author's own server is a separate decision (methods/reports#post)."""
        return self.report(self._author_of(target), [target.external_id], comment)

    def author_state(self, target: Target) -> dict[str, Any]:
        """``GET /api/v1/accounts/relationships``: {"muted": bool, "blocking": bool}."""
        body, _response = self._request("GET", "/api/v1/accounts/relationships",
                                        params=[("id[]", target.author_id or "")])
        rel = body[0] if isinstance(body, list) and body and isinstance(body[0], dict) else {}
        return {"muted": bool(rel.get("muting")), "blocking": bool(rel.get("blocking"))}
