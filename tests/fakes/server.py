"""A real HTTP server on 127.0.0.1 for fake platforms.

Each fake platform is a ``FakePlatform`` subclass: a werkzeug WSGI app with in-memory state
that answers like the real API (see shared/design/platforms.md). Tests start it with
``FakeServer(platform)`` (a context manager) and point the connector's base URL at ``.url``.

Fault injection: ``platform.inject(response_factory, times=1, path_contains=None)`` makes the
next matching requests answer with the given werkzeug Response (expired token, rate limit,
5xx, malformed JSON) before normal service resumes.
"""
from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from werkzeug.http import http_date
from werkzeug.routing import Map, Rule
from werkzeug.serving import WSGIRequestHandler, make_server
from werkzeug.wrappers import Request, Response

from app import clock as app_clock


def json_response(payload, status: int = 200, headers: dict | None = None) -> Response:
    return Response(json.dumps(payload), status=status, headers=headers or {},
                    content_type="application/json")


@dataclass
class _Fault:
    factory: Callable[[Request], Response]
    times: int
    path_contains: str | None = None
    method: str | None = None
    after: int = 0          # let this many matching requests through first


@dataclass
class LoggedRequest:
    method: str
    path: str
    args: dict
    form: dict
    json: object
    headers: dict = field(default_factory=dict)


class FakePlatform:
    """Base class: subclasses fill ``rules`` with werkzeug Rules whose endpoint is a method
    name, and implement those methods as ``def name(self, request, **values) -> Response``."""

    rules: list[Rule] = []

    def __init__(self):
        self.lock = threading.RLock()
        self.requests: list[LoggedRequest] = []
        self._faults: list[_Fault] = []
        self._map = Map([rule.empty() for rule in self.rules], strict_slashes=False)
        self.valid_tokens: set[str] = set()
        # Called after a successful write (non-GET) is stored and before its answer leaves:
        # the kill tests use it to SIGKILL the sending process at exactly that moment.
        self.on_write: Callable[[Request], None] | None = None

    # --- fault injection ------------------------------------------------------------
    def inject(self, factory: Callable[[Request], Response] | Response, times: int = 1,
               path_contains: str | None = None, method: str | None = None, after: int = 0) -> None:
        f = factory if callable(factory) and not isinstance(factory, Response) else (lambda _r, resp=factory: resp)
        with self.lock:
            self._faults.append(_Fault(f, times, path_contains, method, after))

    def clear_faults(self) -> None:
        with self.lock:
            self._faults.clear()

    def _take_fault(self, request: Request):
        with self.lock:
            for fault in self._faults:
                if fault.path_contains and fault.path_contains not in request.path:
                    continue
                if fault.method and fault.method != request.method:
                    continue
                if fault.after > 0:
                    fault.after -= 1
                    return None
                fault.times -= 1
                if fault.times <= 0:
                    self._faults.remove(fault)
                return fault.factory(request)
        return None

    # --- helpers for subclasses -----------------------------------------------------
    def token_of(self, request: Request) -> str | None:
        auth = request.headers.get("Authorization", "")
        if auth.lower().startswith("bearer "):
            return auth[7:].strip()
        return request.args.get("access_token") or request.form.get("access_token")

    def unauthorized(self, request: Request) -> Response:
        """Override: the platform's own 'invalid token' answer."""
        return json_response({"error": "unauthorized"}, 401)

    def not_found(self, request: Request) -> Response:
        return json_response({"error": "not found"}, 404)

    # --- WSGI -----------------------------------------------------------------------
    def __call__(self, environ, start_response):
        request = Request(environ)
        body = None
        if request.mimetype == "application/json":
            try:
                body = json.loads(request.get_data(as_text=True) or "null")
            except ValueError:
                body = None
        with self.lock:
            self.requests.append(LoggedRequest(request.method, request.path, request.args.to_dict(),
                                               request.form.to_dict(), body,
                                               {k: v for k, v in request.headers.items()}))
        response = self._take_fault(request)
        if response is None:
            if self.valid_tokens and self.token_of(request) not in self.valid_tokens:
                response = self.unauthorized(request)
            else:
                adapter = self._map.bind_to_environ(environ)
                try:
                    endpoint, values = adapter.match()
                except Exception:
                    response = self.not_found(request)
                else:
                    with self.lock:
                        response = getattr(self, endpoint)(request, **values)
                    if self.on_write and request.method != "GET" and response.status_code < 400:
                        self.on_write(request)
        return response(environ, start_response)


class _ClockedHandler(WSGIRequestHandler):
    """The platform's clock is the test's clock: connectors read the Date header as the
    server's "now" (sync cursors), so it must not come from the wall clock."""

    def date_time_string(self, timestamp=None):
        return http_date(app_clock.now()) if timestamp is None else super().date_time_string(timestamp)


class FakeServer:
    """Serve a FakePlatform on 127.0.0.1 on a free port, in a daemon thread."""

    def __init__(self, app: FakePlatform, host: str = "127.0.0.1", port: int = 0):
        self.app = app
        self._server = make_server(host, port, app, threaded=True, request_handler=_ClockedHandler)
        self.port = self._server.server_port
        self.url = f"http://{host}:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    def start(self) -> "FakeServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> "FakeServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
