"""Business Login for Instagram on the fake Instagram server: the authorization window
(standing in for www.instagram.com/oauth/authorize), the code exchange (api.instagram.com/
oauth/access_token), the long-lived token (graph.instagram.com/access_token) and, inherited from
FakeInstagram, its renewal (refresh_access_token), refusing what Meta refuses.

Sources, beside each rule: "Business Login for Instagram" (developers.facebook.com/docs/
instagram-platform/instagram-api-with-instagram-login/business-login), the reference pages
oauth-authorize, oauth-access-token, access_token and refresh_access_token
(developers.facebook.com/docs/instagram-platform/reference/...).

The window approves at once (``denied`` makes the person press "Cancel" instead) and answers
with the redirect the browser would follow.
"""
from __future__ import annotations

import secrets
from datetime import timedelta
from urllib.parse import urlencode

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from tests.fakes.graph_fake import API_PREFIX, FakeInstagram, _now, graph_error_response
from tests.fakes.server import json_response

REQUIRED_SCOPE = "instagram_business_basic"
CODE_LIFETIME = timedelta(hours=1)
SHORT_LIFETIME = timedelta(hours=1)
LONG_LIFETIME_SECONDS = 5183944


def _oauth_error(message: str, code: int = 400, error_type: str = "OAuthException") -> Response:
    """api.instagram.com's error shape (not Graph's): {"error_type", "code", "error_message"}."""
    return json_response({"error_type": error_type, "code": code, "error_message": message}, code)


class InstagramLoginFake(FakeInstagram):
    @property
    def rules(self) -> list[Rule]:
        return [Rule("/oauth/authorize", methods=["GET"], endpoint="authorize"),
                Rule("/oauth/access_token", methods=["POST"], endpoint="code_exchange")] + super().rules

    def __init__(self, app_id: str = "990602627938098", app_secret: str = "ig-app-secret",
                 redirect_uris: tuple[str, ...] = ("https://localhost/",), **kwargs):
        super().__init__(**kwargs)
        self.instagram_login = True
        # The app as set up in the App Dashboard (Instagram → API setup with Instagram login →
        # Business login settings → OAuth redirect URIs).
        self.apps = {app_id: {"secret": app_secret, "redirect_uris": list(redirect_uris)}}
        self.denied = False
        self.codes: dict[str, dict] = {}
        self.short_tokens: dict[str, object] = {}     # token -> issued at
        self.long_tokens: list[str] = []

    def token_of(self, request: Request) -> str | None:
        # The window and the two exchanges make tokens rather than take one: past the base
        # class's token check; each checks its own parameters below.
        if request.path in ("/oauth/authorize", "/oauth/access_token", f"{API_PREFIX}/access_token"):
            return next(iter(self.valid_tokens), None)
        return super().token_of(request)

    def authorize(self, request: Request) -> Response:
        a = request.args
        app = self.apps.get(a.get("client_id", ""))
        if app is None:     # oauth-authorize: client_id is the Instagram App ID
            return Response("Invalid request: the app ID is not valid.", status=400)
        redirect = a.get("redirect_uri", "")
        # oauth-authorize: redirect_uri must exactly match one of the valid OAuth redirect URIs.
        if redirect not in app["redirect_uris"]:
            return Response("Invalid redirect_uri: this redirect URI is not in the app's list of valid OAuth "
                            "redirect URIs.", status=400)
        if a.get("response_type") != "code":    # oauth-authorize: "Set this value to code."
            return Response("Invalid response_type: only code is supported.", status=400)
        # business-login: instagram_business_basic is required; the old business_* values
        # stopped working on 27 January 2025.
        scopes = [s for s in a.get("scope", "").replace(" ", ",").split(",") if s]
        if REQUIRED_SCOPE not in scopes or any(s.startswith("business_") for s in scopes):
            return Response("Invalid scope: instagram_business_basic is required.", status=400)
        state = a.get("state", "")
        if self.denied:   # business-login, "Canceled authorization"
            query = {"error": "access_denied", "error_reason": "user_denied",
                     "error_description": "The user denied your request", "state": state}
            return Response("", status=302, headers={"Location": redirect + "?" + urlencode(query) + "#_"})
        code = "AQ" + secrets.token_urlsafe(24)
        self.codes[code] = {"app_id": a["client_id"], "redirect_uri": redirect, "issued": _now(), "used": False}
        # business-login: "we append #_ to the end of the redirect URI, but it is not part of the code".
        return Response("", status=302, headers={"Location": redirect + "?" + urlencode({"code": code, "state": state})
                                                  + "#_"})

    def code_exchange(self, request: Request) -> Response:
        f = request.form
        if f.get("grant_type") != "authorization_code":
            return _oauth_error("Invalid grant_type: only authorization_code is supported")
        app = self.apps.get(f.get("client_id", ""))
        if app is None:
            return _oauth_error("Invalid client_id")
        # oauth-access-token: client_secret is required and must be the app's.
        if not f.get("client_secret"):
            return _oauth_error("Missing required field client_secret")
        if f["client_secret"] != app["secret"]:
            return _oauth_error("Invalid Client Secret")
        entry = self.codes.get(f.get("code", ""))
        # business-login: the code is valid for 1 hour and can be used only once.
        if entry is None or entry["used"] or entry["app_id"] != f["client_id"]:
            return _oauth_error("Matching code was not found or was already used.")
        if _now() - entry["issued"] > CODE_LIFETIME:
            return _oauth_error("This authorization code has expired.")
        # oauth-access-token: redirect_uri must be the one used in the authorization request.
        if f.get("redirect_uri") != entry["redirect_uri"]:
            return _oauth_error("Error validating verification code. Please make sure your redirect_uri is "
                                "identical to the one you used in the OAuth dialog request")
        entry["used"] = True
        short = "IGshort" + secrets.token_urlsafe(16)
        self.short_tokens[short] = _now()
        return json_response({"data": [{"access_token": short, "user_id": self.user_id,
                                        "permissions": "instagram_business_basic,instagram_business_manage_comments,"
                                                       "instagram_business_manage_messages"}]})

    def get_node(self, request: Request, node_id: str) -> Response:
        if node_id == "access_token":
            return self._exchange_long(request)
        return super().get_node(request, node_id)

    def _exchange_long(self, request: Request) -> Response:
        a = request.args
        # access_token reference: grant_type=ig_exchange_token, client_secret and a valid
        # (unexpired) short-lived token are required.
        if a.get("grant_type") != "ig_exchange_token":
            return graph_error_response(100, "(#100) grant_type must be ig_exchange_token")
        if not any(a.get("client_secret") == app["secret"] for app in self.apps.values()):
            return graph_error_response(101, "Error validating client secret.")
        issued = self.short_tokens.get(a.get("access_token", ""))
        if issued is None or _now() - issued > SHORT_LIFETIME:
            return graph_error_response(190, "Invalid OAuth access token - Cannot parse access token")
        long = "IGlong" + secrets.token_urlsafe(16)
        self.valid_tokens.add(long)
        self.token_issued[long] = _now()      # refresh_access_token: refused until 24 h old
        self.long_tokens.append(long)
        return json_response({"access_token": long, "token_type": "bearer", "expires_in": LONG_LIFETIME_SECONDS})
