"""A platform's media CDN on 127.0.0.1: the signed, expiring picture links that Graph
(``attachment.media.image.src``, Messenger ``image_data.url``), X (``includes.media[].url``) and
LinkedIn hand out.

It says no the way the real ones do:
- an expired link answers 403 (Meta's CDN links carry an ``oe=`` expiry and are refused after
  it: "URLs are ephemeral and may expire", see the StoryAttachment notes of
  https://developers.facebook.com/docs/graph-api/reference/story-attachment);
- an unknown one 404.
It also records whether a client sent a token, which Svarbox must never do to a CDN host.
"""
from __future__ import annotations

import struct
import zlib

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from tests.fakes.server import FakePlatform


def png_bytes(width: int = 4, height: int = 3, rgb=(15, 92, 99)) -> bytes:
    """A real, small PNG (so QImage decodes it)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


class FakeCdn(FakePlatform):
    @property
    def rules(self) -> list[Rule]:
        return [Rule("/media/<name>", methods=["GET"], endpoint="get_media")]

    def __init__(self):
        super().__init__()
        self.files: dict[str, tuple[bytes, str]] = {}
        self.expired: set[str] = set()
        self.hide_length: set[str] = set()     # stream without Content-Length (chunked)

    def add(self, name: str, data: bytes, content_type: str = "image/png") -> str:
        with self.lock:
            self.files[name] = (data, content_type)
        return name

    def get_media(self, request: Request, name: str) -> Response:
        if name in self.expired:
            return Response("URL signature expired", status=403, content_type="text/plain")
        if name not in self.files:
            return Response("Not found", status=404, content_type="text/plain")
        data, kind = self.files[name]
        if name in self.hide_length:
            return Response(iter([data[i:i + 65536] for i in range(0, len(data), 65536)]), content_type=kind,
                            direct_passthrough=True)
        return Response(data, content_type=kind)

    def token_sent(self) -> bool:
        return any("Authorization" in r.headers or "access_token" in r.args for r in self.requests)
