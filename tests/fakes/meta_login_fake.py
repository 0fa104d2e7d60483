"""Facebook Login on the fake Graph server: the login dialog (standing in for www.facebook.com),
the long-lived token exchange and ``/me/accounts``, refusing what Meta refuses.

Sources, beside each rule: "Manually Build a Login Flow" (developers.facebook.com/documentation/
facebook-login/guides/advanced/manual-flow), "Get Long-Lived Tokens" (.../guides/access-tokens/
get-long-lived), Strict Mode for redirect URIs (developers.facebook.com/blog/post/2017/12/18/
strict-uri-matching) and "Requiring HTTPS for Facebook Login" (.../blog/post/2018/06/08/
enforce-https-facebook-login), the User accounts edge (graph-api/reference/user/accounts).

The dialog approves at once for the Page's admin (``admin_user``), as a person clicking
"Continue" would, and answers with the redirect the browser would follow.
"""
from __future__ import annotations

import secrets
from urllib.parse import urlencode, urlsplit

from werkzeug.routing import Rule
from werkzeug.wrappers import Request, Response

from tests.fakes.graph_fake import API_PREFIX, FakeFacebook, graph_error_response
from tests.fakes.server import json_response

LOGIN_SUCCESS = "https://www.facebook.com/connect/login_success.html"


class FacebookLoginFake(FakeFacebook):
    @property
    def rules(self) -> list[Rule]:
        return [Rule(f"{API_PREFIX}/dialog/oauth", methods=["GET"], endpoint="login_dialog"),
                Rule(f"{API_PREFIX}/oauth/access_token", methods=["GET"], endpoint="exchange_token"),
                Rule(f"{API_PREFIX}/me/accounts", methods=["GET"], endpoint="me_accounts")] + super().rules

    def __init__(self, app_id: str = "1234567890", app_secret: str = "meta-app-secret", **kwargs):
        super().__init__(**kwargs)
        # The app as set up in the App Dashboard (Facebook Login → Settings → Valid OAuth
        # Redirect URIs) and its mode: "live" or "development".
        self.apps = {app_id: {"secret": app_secret, "redirect_uris": [LOGIN_SUCCESS], "mode": "live"}}
        self.denied = False            # the person presses "Cancel" instead of "Continue"
        self.issued: list[str] = []    # short-lived tokens handed out by the dialog

    def token_of(self, request: Request) -> str | None:
        # The dialog and the token exchange take no access token (they make one): let them past
        # the base class's token check; each checks its own parameters below.
        if request.path in (f"{API_PREFIX}/dialog/oauth", f"{API_PREFIX}/oauth/access_token"):
            return next(iter(self.valid_tokens), None)
        return super().token_of(request)

    def login_dialog(self, request: Request) -> Response:
        a = request.args
        app = self.apps.get(a.get("client_id", ""))
        if app is None:   # manual flow: client_id is the App ID from the App Dashboard
            return Response("Invalid App ID: The provided app ID does not look like a valid app ID.", status=400)
        redirect = a.get("redirect_uri", "")
        # Strict Mode: the redirect URI must be listed exactly (no prefix matching).
        if redirect not in app["redirect_uris"]:
            return Response("URL blocked: This redirect failed because the redirect URI is not whitelisted in the "
                            "app's Client OAuth Settings.", status=400)
        # Enforce HTTPS: plain http only for localhost, and only in development mode.
        host = urlsplit(redirect).hostname or ""
        if redirect.startswith("http://") and not (host in ("localhost", "127.0.0.1") and app["mode"] == "development"):
            return Response("Insecure Login Blocked: You can't get an access token or log in to this app from an "
                            "insecure page.", status=400)
        response_type = a.get("response_type", "code")
        state = a.get("state", "")
        if self.denied:
            target = redirect + "?" + urlencode({"error": "access_denied", "error_code": "200",
                                                 "error_description": "Permissions error",
                                                 "error_reason": "user_denied", "state": state})
        elif response_type == "token":
            short = "EAAshort" + secrets.token_urlsafe(16)
            self.add_user_token(short, long_lived=False)
            self.issued.append(short)
            target = redirect + "#" + urlencode({"access_token": short, "data_access_expiration_time": "1999999999",
                                                 "expires_in": "5183", "state": state})
        else:
            return Response("This fake serves the desktop flow: response_type=token.", status=400)
        return Response("", status=302, headers={"Location": target})

    def exchange_token(self, request: Request) -> Response:
        a = request.args
        app = self.apps.get(a.get("client_id", ""))
        if a.get("grant_type") != "fb_exchange_token":
            return graph_error_response(100, "Invalid grant_type: only fb_exchange_token is served here")
        # Get Long-Lived Tokens: client_id, client_secret and fb_exchange_token are required;
        # Graph answers a missing or wrong secret with OAuthException code 1 / 101.
        if app is None:
            return graph_error_response(101, "Error validating application. Invalid application ID.")
        if not a.get("client_secret"):
            return graph_error_response(1, "Missing client_secret parameter.")
        if a["client_secret"] != app["secret"]:
            return graph_error_response(1, "Error validating client secret.")
        short = a.get("fb_exchange_token", "")
        kind = self.token_kinds.get(short)
        if kind is None or kind["type"] != "USER":
            return graph_error_response(190, "Invalid OAuth access token - Cannot parse access token")
        long = "EAAlong" + secrets.token_urlsafe(16)
        self.add_user_token(long, long_lived=True)
        return json_response({"access_token": long, "token_type": "bearer", "expires_in": 5183944})

    def me_accounts(self, request: Request) -> Response:
        kind = self._token_kind(request)
        # user/accounts: a User token; the Pages the person has a task on, each with its Page
        # token (no expiry when the User token is long-lived, as /{page-id}?fields=access_token).
        if kind["type"] != "USER":
            return graph_error_response(190, "(#190) This method must be called with a User access token")
        page_token = f"page-token-from-{self.token_of(request)}"
        self.valid_tokens.add(page_token)
        self.token_kinds[page_token] = {"type": "PAGE",
                                        "expires_at": 0 if kind.get("long_lived") else kind["expires_at"]}
        pages = [{"id": self.page_id, "name": self.page_name, "access_token": page_token,
                  "tasks": ["ANALYZE", "ADVERTISE", "MESSAGING", "MODERATE", "CREATE_CONTENT", "MANAGE"]}]
        return json_response({"data": pages, "paging": {"cursors": {"before": "QVFIUm", "after": "QVFIUm"}}})
