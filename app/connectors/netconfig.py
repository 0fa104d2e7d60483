"""The network as a municipal laptop has it: the system proxy (static or PAC/WPAD) and the
operating system's certificate store.

- Certificates: ``truststore`` verifies with the OS store (Windows certificate store, macOS
  keychain, the distribution's CA bundle on Linux), so an organisation's TLS-inspection root
  that IT rolled out is trusted without any Svarbox setting.
- Proxy, in order: the ``HTTPS_PROXY``/``HTTP_PROXY``/``NO_PROXY`` environment (requests reads
  it); a PAC file -- the policy's ``network.pac_url``, else ``SVARBOX_PAC_URL``, else the OS's
  auto-config address (Windows' "Use setup script", macOS' proxy settings), else WPAD when policy
  turns ``network.wpad`` on; else the static system proxy, which requests already reads from
  the Windows registry / macOS settings through ``urllib.request.getproxies``.

``pypac`` evaluates the PAC file (it is maintained, pure Python on top of the ``dukpy`` JS
engine, and keeps connectors Qt-free; Qt's QNetworkProxyFactory would need a QApplication).
The PAC file is fetched once per process; a broken one is reported and requests go direct.
"""
from __future__ import annotations

import logging
import os
import ssl
import threading
import urllib.request
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

PAC_ENV = "SVARBOX_PAC_URL"
# Proxy servers serve PAC files under many types; an address IT names is trusted to be one.
PAC_CONTENT_TYPES = ["application/x-ns-proxy-autoconfig", "application/x-javascript-config",
                     "application/javascript", "text/javascript", "application/x-javascript", "text/plain",
                     "application/octet-stream"]


def _policy_value(key: str, default: object) -> object:
    try:
        from app import policy
        return policy.load().values.get(key, default)
    except Exception:  # a damaged policy must never stop the network layer
        return default


def tls_context() -> ssl.SSLContext:
    """An SSL context verifying against the operating system's certificate store."""
    import truststore  # a dependency; imported late, off the cold-start path

    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


def certificate_store() -> str:
    """In words: which certificate store verifies connections (for the self-test)."""
    import sys
    if sys.platform == "win32":
        return "Windows certificate store (truststore)"
    if sys.platform == "darwin":
        return "macOS keychain (truststore)"
    paths = ssl.get_default_verify_paths()
    return f"OpenSSL store {paths.cafile or paths.capath or 'default'} (truststore)"


def redact(proxy_url: str | None) -> str:
    """A proxy address fit for a message: any user name and password removed."""
    if not proxy_url:
        return ""
    parts = urlsplit(proxy_url if "://" in proxy_url else "http://" + proxy_url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, "", "", ""))


@dataclass
class ProxyStatus:
    pac_url: str = ""            # where the PAC file came from, if any
    problem: str = ""            # why the PAC file could not be used
    static: dict[str, Any] = field(default_factory=dict)   # scheme -> proxy from the environment/OS


class _PacState:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.loaded = False
        self.resolver = None
        self.status = ProxyStatus()


_state = _PacState()


def reset() -> None:
    """Forget the fetched PAC file (tests; a changed network)."""
    global _state
    _state = _PacState()


def _load_pac() -> None:
    status = ProxyStatus(static={k: redact(v) for k, v in urllib.request.getproxies().items()
                                 if k in ("http", "https")})
    url = str(_policy_value("network.pac_url", "") or os.environ.get(PAC_ENV, ""))
    wpad = bool(_policy_value("network.wpad", False))
    resolver = None
    try:
        import pypac
        from pypac.resolver import ProxyResolver

        if url:
            pac = pypac.get_pac(url=url, timeout=3, allowed_content_types=PAC_CONTENT_TYPES)
            if pac is None:
                status.problem = f"The proxy configuration file {url} could not be downloaded; connecting directly."
        else:
            pac = pypac.get_pac(from_os_settings=True, from_dns=wpad, timeout=2)
            url = "OS proxy settings" + (" / WPAD" if wpad else "") if pac is not None else ""
        status.pac_url = url if pac is not None else ""
        if pac is not None:
            resolver = ProxyResolver(pac)
    except Exception as exc:  # MalformedPacError, a JS error: report it, go direct
        status.problem = f"The proxy configuration file {url or 'from the OS'} cannot be used ({type(exc).__name__})."
    if status.problem:
        log.warning("%s", status.problem)
    _state.resolver, _state.status, _state.loaded = resolver, status, True


def proxy_status() -> ProxyStatus:
    with _state.lock:
        if not _state.loaded:
            _load_pac()
        return _state.status


def _environment_proxy() -> bool:
    return any(os.environ.get(name) for name in ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy",
                                                 "ALL_PROXY", "all_proxy"))


def proxies_for(url: str) -> dict[str, Any] | None:
    """The ``proxies`` argument for requests, or None to let requests use the environment and
    the OS's static proxy. ``{"http": None, "https": None}`` means "direct" (the PAC said so)."""
    if _environment_proxy():
        return None          # an explicit setting beats the PAC file
    with _state.lock:
        if not _state.loaded:
            _load_pac()
        resolver = _state.resolver
    if resolver is None:
        return None
    try:
        return resolver.get_proxy_for_requests(url)
    except Exception as exc:  # no proxy left to try, or the PAC script failed for this URL
        log.warning("the PAC file gave no usable proxy for %s (%s)", urlsplit(url).hostname, type(exc).__name__)
        return None


def proxy_in_use(url: str, session_proxies: dict[str, Any] | None = None) -> str:
    """Which proxy a request to ``url`` goes through, redacted, or "" when direct."""
    import requests.utils

    proxies = dict(session_proxies or {})
    resolved = proxies_for(url)
    if resolved is not None:
        proxies.update({k: v for k, v in resolved.items() if v})
        if not any(resolved.values()):
            return ""
    else:
        proxies.update(requests.utils.get_environ_proxies(url))
    return redact(requests.utils.select_proxy(url, proxies))


# --- messages that name the culprit ---------------------------------------------------------

def _innermost(exc: BaseException) -> BaseException:
    seen = set()
    while True:
        nxt = exc.__cause__ or exc.__context__
        for arg in getattr(exc, "args", ()):
            if isinstance(arg, BaseException):
                nxt = arg
                break
        reason = getattr(exc, "reason", None)
        if isinstance(reason, BaseException):
            nxt = reason
        if nxt is None or id(nxt) in seen:
            return exc
        seen.add(id(exc))
        exc = nxt


def certificate_message(url: str, exc: BaseException) -> str:
    """Why TLS failed, naming the host and the certificate problem (never the URL's query)."""
    host = urlsplit(url).hostname or url
    inner = _innermost(exc)
    detail = getattr(inner, "verify_message", None) or getattr(inner, "reason", None) or str(inner)
    if isinstance(inner, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(exc):
        return (f"The certificate of {host} is not trusted by this computer ({detail}). If your organisation "
                f"inspects encrypted traffic, IT must install its root certificate in the system's certificate "
                f"store ({certificate_store()}).")
    return f"The secure connection to {host} failed ({detail})."


def proxy_message(url: str, session: requests.Session, exc: BaseException) -> str:
    """Why the proxy failed, naming it (without any password in its address)."""
    proxy = proxy_in_use(url, getattr(session, "proxies", None)) or "the system proxy"
    inner = _innermost(exc)
    text = str(inner)
    if "407" in text:
        reason = "it asks for a sign-in Svarbox cannot give"
    elif "403" in text or "Tunnel connection failed" in text:
        reason = "it refused the connection: " + text.rsplit(":", 1)[-1].strip()
    else:
        reason = "it could not be reached"
    host = urlsplit(url).hostname or url
    return f"{host} could not be reached through the proxy {proxy}: {reason}. Ask IT to allow {host} through it."
