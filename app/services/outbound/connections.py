"""The connector an account talks through: the one factory for sync, the outbox and actions.

Kept apart from ``services.sync`` so the outbox and the actions service can reach a platform
without importing the sync machinery (and sync without importing them back).
"""
from __future__ import annotations

import json
from typing import Any

from app.connectors import base as cb
from app.errors import CredentialError
from app.i18n import translate
from app.models import tables as t
from app.services.workspace import Workspace

# --- connectors ----------------------------------------------------------------------------

def account_options(account: t.Account) -> dict[str, Any]:
    try:
        loaded: dict[str, Any] = json.loads(account.options or "{}")   # a JSON object
        return loaded
    except ValueError:
        return {}


def connector_for(ws: Workspace, account: t.Account) -> cb.Connector:
    """The connector an account syncs and sends through. Demo and training workspaces only ever
    get the local demo platform, whatever the account's platform says."""
    options = account_options(account)
    config = cb.ConnectorConfig(account_external_id=account.external_id, token="",
                                base_url=account.base_url, handle=account.handle, extra=options)
    if ws.offline_only or account.platform == cb.Platform.DEMO.value or options.get("demo"):
        from app.connectors.demo import DemoConnector
        state = ws.paths.data_dir / ws.kind / "demo-platform.json" if ws.kind != "main" else \
            ws.paths.data_dir / "demo-platform.json"
        return DemoConnector(config, platform=account.platform, state_path=state)
    from app.connectors.registry import create_connector
    token = ws.credentials.get(account.credential_ref) if account.credential_ref else None
    if not token:
        raise cb.AuthExpired(translate("Sync", "No token for this account in your keychain; "
                                       "reconnect it."), code="no-token")
    config.token = token
    if account.platform == cb.Platform.BLUESKY.value:
        # Bluesky sessions last hours: the connector renews them and hands the rotated pair
        # back here, into the keychain.
        from app.secrets import refresh_ref
        ref = account.credential_ref
        assert ref is not None   # the token above was read under it
        try:
            config.refresh_token = ws.credentials.get(refresh_ref(ref))
        except CredentialError:
            config.refresh_token = None

        def save_tokens(access: str, refresh: str | None, ref: str = ref) -> None:
            ws.credentials.set(ref, access)
            if refresh:
                ws.credentials.set(refresh_ref(ref), refresh)

        config.on_tokens = save_tokens
    return create_connector(cb.Platform(account.platform), config)
