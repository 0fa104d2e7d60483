"""A fault-injecting HTTP proxy in front of one fake platform (raw sockets on 127.0.0.1).

Each request it receives is, by a seeded draw, passed through untouched or hit by a fault:

    latency          the answer comes late (up to ``max_latency`` seconds)
    reset-mid-body   the request reached the platform; half the answer arrives, then a TCP RST
    truncated-json   the request reached the platform; the answer's JSON is cut off
    5xx-burst        this and the next few requests get a gateway's 502/503 page
    429-reset        a 429 storm that says when it ends (Retry-After, x-rate-limit-reset)
    429-bare         a 429 storm that says nothing about when to come back
    hang-before      the connection is accepted and never answered (nothing reached the platform)
    hang-after       the platform stored the request; its answer never comes

A hang lasts until the client gives up (the connectors' read timeout) or ``hang_limit``.
The proxy also watches that the client honours a 429's reset: a request of the same method
to the same platform before the announced moment (by the app clock) is recorded in
``early`` and fails the run.
"""
from __future__ import annotations

import json
import random
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from werkzeug.http import http_date

from app import clock as app_clock

KINDS = ("latency", "reset-mid-body", "truncated-json", "5xx-burst", "429-reset", "429-bare",
         "hang-before", "hang-after")


@dataclass
class FaultPlan:
    rate: float = 0.25                         # share of requests that meet a fault
    weights: dict = field(default_factory=lambda: {
        "latency": 4, "reset-mid-body": 3, "truncated-json": 3, "5xx-burst": 2, "429-reset": 2,
        "429-bare": 1, "hang-before": 0.15, "hang-after": 0.15})
    max_latency: float = 0.6
    hang_limit: float = 45.0
    reset_seconds: tuple = (20, 120)           # how far ahead a 429 says to come back
    methods: tuple | None = None               # only requests of these methods meet faults


class FaultProxy:
    def __init__(self, upstream_port: int, platform: str, rng: random.Random, plan: FaultPlan,
                 stats: dict):
        self.upstream, self.platform, self.rng, self.plan = upstream_port, platform, rng, plan
        self.stats = stats                     # fault kind -> count, shared by every proxy
        self.enabled = False
        self.early: list[str] = []             # requests sent before a 429's announced reset
        self._resets: dict[str, datetime] = {}
        self._burst = 0
        self._lock = threading.Lock()
        self._sock = socket.socket()
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen(64)
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._stopping = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    # --- control ---------------------------------------------------------------------------
    def set_enabled(self, on: bool) -> None:
        with self._lock:
            self.enabled = on
            self._burst = 0
            if not on:
                self._resets.clear()           # faults off means "time has passed": storms are over

    def stop(self) -> None:
        self._stopping.set()
        self._sock.close()

    # --- serving ---------------------------------------------------------------------------
    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _draw(self, method: str, path: str = "") -> str | None:
        with self._lock:
            reset = self._resets.get(method)
            if reset is not None:
                if app_clock.now() < reset - timedelta(seconds=2):
                    self.early.append(f"{self.platform} {method} {path[:80]} at {app_clock.now():%H:%M:%S}, "
                                      f"before the announced reset {reset:%H:%M:%S}")
                else:
                    del self._resets[method]
            if not self.enabled:
                return None
            if self.plan.methods and method not in self.plan.methods:
                return None
            if self._burst > 0:
                self._burst -= 1
                return "5xx-burst"
            if self.rng.random() >= self.plan.rate:
                return None
            kinds = list(self.plan.weights)
            kind = self.rng.choices(kinds, [self.plan.weights[k] for k in kinds])[0]
            if kind == "5xx-burst":
                self._burst = self.rng.randint(1, 4)
            self.stats[kind] = self.stats.get(kind, 0) + 1
            return kind

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(self.plan.hang_limit)
            try:
                request = _read_request(conn)
            except (OSError, ValueError):
                return
            if request is None:
                return
            method, path = (request.split(b"\r\n", 1)[0].decode("latin-1").split(" ") + ["", ""])[:2]
            kind = self._draw(method, path)
            try:
                if kind == "hang-before":
                    _hang(conn, self.plan.hang_limit)
                    return
                if kind == "5xx-burst":
                    status = self.rng.choice([(502, "Bad Gateway"), (503, "Service Unavailable")])
                    conn.sendall(_response(status, b"<html><body>Upstream unavailable</body></html>",
                                           "text/html"))
                    return
                if kind in ("429-reset", "429-bare"):
                    conn.sendall(self._too_many(method, with_reset=kind == "429-reset"))
                    return
                answer = self._forward(request)
                if kind == "latency":
                    time.sleep(self.rng.uniform(0.0, self.plan.max_latency))
                elif kind == "hang-after":
                    _hang(conn, self.plan.hang_limit)
                    return
                elif kind == "reset-mid-body":
                    conn.sendall(answer[:max(len(answer) // 2, 1)])
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return                     # closing with linger 0 sends the RST
                elif kind == "truncated-json":
                    answer = _truncate(answer)
                conn.sendall(answer)
            except OSError:
                return

    def _forward(self, request: bytes) -> bytes:
        with socket.create_connection(("127.0.0.1", self.upstream), timeout=60) as up:
            up.sendall(request)
            chunks = []
            while True:
                chunk = up.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        return b"".join(chunks)

    def _too_many(self, method: str, with_reset: bool) -> bytes:
        headers = {}
        if with_reset:
            seconds = self.rng.randint(*self.plan.reset_seconds)
            reset = app_clock.now() + timedelta(seconds=seconds)
            with self._lock:
                self._resets[method] = max(self._resets.get(method, reset), reset)
            # Retry-After is the HTTP standard (Graph, YouTube); X announces the reset moment
            # as epoch seconds in x-rate-limit-reset.
            headers = {"Retry-After": str(seconds), "x-rate-limit-reset": str(int(reset.timestamp())),
                       "x-rate-limit-remaining": "0"}
        if self.platform == "x":      # X's own 429 body (problem+json), as its API sends it
            body = json.dumps({"title": "Too Many Requests", "detail": "Too Many Requests",
                               "type": "about:blank", "status": 429}).encode()
            return _response((429, "Too Many Requests"), body, "application/json", headers)
        # Elsewhere a 429 storm comes from the network path (a gateway or CDN): a plain page.
        return _response((429, "Too Many Requests"), b"Too Many Requests", "text/plain", headers)


def _hang(conn: socket.socket, limit: float) -> None:
    """Hold the connection open without answering until the client gives up or ``limit``."""
    conn.settimeout(limit)
    try:
        while conn.recv(4096):
            pass
    except OSError:
        pass


def _read_request(conn: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    lines = head.split(b"\r\n")
    kept = [lines[0]]
    for line in lines[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
        if name.strip().lower() == b"connection":
            continue
        kept.append(line)
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            raise ValueError("request body cut off")
        body += chunk
    kept.append(b"Connection: close")          # one request per upstream connection
    return b"\r\n".join(kept) + b"\r\n\r\n" + body


def _response(status: tuple[int, str], body: bytes, content_type: str, headers: dict | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status[0]} {status[1]}", f"Content-Type: {content_type}",
             f"Content-Length: {len(body)}", f"Date: {http_date(app_clock.now())}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def _truncate(answer: bytes) -> bytes:
    """The same answer with its body cut in half (Content-Length fixed, so HTTP is intact)."""
    head, _, body = answer.partition(b"\r\n\r\n")
    if len(body) < 2:
        return answer
    cut = body[: len(body) // 2]
    lines = [line for line in head.split(b"\r\n")
             if not line.lower().startswith((b"content-length:", b"transfer-encoding:"))]
    lines.append(f"Content-Length: {len(cut)}".encode())
    return b"\r\n".join(lines) + b"\r\n\r\n" + cut
