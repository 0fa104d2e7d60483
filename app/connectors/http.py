"""requests.Session factory and the shared response handling of all connectors."""
from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import requests
from requests.adapters import HTTPAdapter

from app import __version__, clock
from app.connectors import netconfig
from app.connectors.base import Malformed, Offline, Transient

log = logging.getLogger(__name__)

Timeout = float | tuple[float, float]   # seconds; or (connect, read)
DEFAULT_TIMEOUT: Timeout = (5.0, 30.0)   # connect, read
USER_AGENT = f"Svarbox/{__version__} (+municipal moderation client)"


class _TimeoutSession(requests.Session):
    """A session whose every request has a timeout: a hung platform must not hang a worker."""

    def __init__(self, timeout: Timeout = DEFAULT_TIMEOUT) -> None:
        super().__init__()
        self._timeout = timeout

    def request(self, method: str, url: str, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        kwargs.setdefault("timeout", self._timeout)
        if self.trust_env and kwargs.get("proxies") is None and not self.proxies:
            proxies = netconfig.proxies_for(url)   # the PAC file's choice, if there is one
            if proxies is not None:
                kwargs["proxies"] = proxies
        return super().request(method, url, **kwargs)


class _SystemTrustAdapter(HTTPAdapter):
    """Verifies TLS with the operating system's certificate store (netconfig.tls_context),
    also through a proxy's CONNECT tunnel."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("ssl_context", netconfig.tls_context())
        return super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        proxy_kwargs.setdefault("ssl_context", self.poolmanager.connection_pool_kw.get("ssl_context"))
        return super().proxy_manager_for(proxy, **proxy_kwargs)


def make_session(timeout: Timeout = DEFAULT_TIMEOUT) -> requests.Session:
    """No automatic retries here: the sync/outbox layers own backoff and rate-limit waits."""
    session = _TimeoutSession(timeout)
    adapter = _SystemTrustAdapter(max_retries=0, pool_connections=4, pool_maxsize=4)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = USER_AGENT
    return session


def send(session: requests.Session, method: str, url: str, **kwargs: Any) -> requests.Response:
    """Send a request, turning network failures into typed connector errors.

    Never includes the URL's query (which may carry a token) in messages."""
    try:
        return session.request(method, url, **kwargs)
    except requests.exceptions.ProxyError as exc:
        raise Offline(netconfig.proxy_message(url, session, exc)) from None
    except requests.exceptions.SSLError as exc:
        raise Offline(netconfig.certificate_message(url, exc)) from None
    except requests.ConnectionError:
        raise Offline("The platform could not be reached (no network or it refused the connection).") from None
    except requests.Timeout:
        raise Transient("The platform did not answer in time.") from None
    except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError):
        raise Transient("The connection broke off in the middle of the platform's answer; "
                        "Svarbox tries again at the next sync.") from None
    except requests.RequestException as exc:
        raise Transient(f"The request failed: {type(exc).__name__}.") from None


def parse_json(response: requests.Response) -> Any:
    if response.status_code == 204 or not response.content:
        return {}
    try:
        return response.json()
    except (ValueError, json.JSONDecodeError):
        raise Malformed(f"The platform sent a reply that is not valid JSON (HTTP {response.status_code}).") from None


def retry_after_to_datetime(value: str | None, now: datetime | None = None) -> datetime | None:
    """Parse a Retry-After header: delta seconds or an HTTP date."""
    if not value:
        return None
    now = now or clock.now()
    value = value.strip()
    if value.isdigit():
        from datetime import timedelta
        return now + timedelta(seconds=int(value))
    from email.utils import parsedate_to_datetime
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def call_json(session: requests.Session, method: str, url: str, token: str,
              error_for: Callable[[requests.Response, str], Exception], platform: str, *,
              params: dict[str, Any] | None = None, json_body: dict[str, Any] | None = None,
              headers: dict[str, Any] | None = None) -> tuple[dict[str, Any], requests.Response]:
    """One bearer-token call to a JSON API: typed error for a non-2xx answer (via the
    platform's ``error_for(response, token)``), Malformed for anything but a JSON object."""
    from app.connectors.base import Malformed

    response = send(session, method, url, params=params, json=json_body,
                    headers={"Authorization": f"Bearer {token}", **(headers or {})})
    if not 200 <= response.status_code < 300:
        raise error_for(response, token)
    body = parse_json(response)
    if not isinstance(body, dict):
        raise Malformed(f"{platform} sent an unexpected reply (HTTP {response.status_code}).")
    return body, response
