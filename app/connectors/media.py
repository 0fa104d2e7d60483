"""Loading one attached image, on a person's request, with the same HTTP session set-up as the
connectors (timeouts, the IT policy's proxy/PAC, the system's certificates).

No token is sent: the picture addresses the platforms hand out are signed, expiring CDN links
(Meta's ``oe=`` expiry, pbs.twimg.com, media.licdn.com) and a token must never travel to a host
that is not the API. Only image bytes come back: the answer's content type must be a raster
image type Qt reads, and anything over ``MAX_BYTES`` is refused before it is all read.
"""
from __future__ import annotations

import requests

from app.connectors.base import Offline, Permanent, Transient
from app.connectors.http import make_session

MAX_BYTES = 10 * 1024 * 1024
IMAGE_TYPES = ("image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp")


def fetch_image(url: str, session: requests.Session | None = None, max_bytes: int = MAX_BYTES) -> tuple[bytes, str]:
    """(bytes, content type) of the image at ``url``; Permanent with words when refused."""
    if not url.lower().startswith(("https://", "http://")):
        raise Permanent("Only web addresses (https) are loaded.", code="not-http")
    session = session or make_session()
    try:
        response = session.get(url, stream=True, allow_redirects=True)
    except requests.ConnectionError as exc:
        raise Offline(f"The picture could not be reached ({exc.__class__.__name__}).") from None
    except requests.RequestException as exc:
        raise Transient(f"The picture could not be loaded ({exc.__class__.__name__}).") from None
    with response:
        if response.status_code in (403, 404, 410):
            raise Permanent("The platform no longer gives this picture (its link has expired or it was "
                            "removed). Sync again for a fresh link.", code=str(response.status_code))
        if response.status_code >= 400:
            raise Transient(f"The platform answered HTTP {response.status_code} for the picture.",
                            code=str(response.status_code))
        kind = (response.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if kind not in IMAGE_TYPES:
            raise Permanent(f"This is not a picture (the platform sent {kind or 'no type'}); it is not shown.",
                            code="not-image")
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            raise Permanent("The picture is larger than 10 MB; open it on the platform instead.", code="too-large")
        data = bytearray()
        try:
            for chunk in response.iter_content(64 * 1024):
                data += chunk
                if len(data) > max_bytes:
                    raise Permanent("The picture is larger than 10 MB; open it on the platform instead.",
                                    code="too-large")
        except requests.RequestException as exc:
            raise Transient(f"The picture could not be loaded ({exc.__class__.__name__}).") from None
    return bytes(data), kind
