"""A fake OAuth 2.0 authorisation server (X or Google shaped) on 127.0.0.1: the consent page
redirects straight back with a code; the token endpoint checks the PKCE verifier."""
from __future__ import annotations

import base64
import hashlib
import secrets
from urllib.parse import urlencode

from werkzeug.routing import Rule
from werkzeug.utils import redirect

from tests.fakes.server import FakePlatform, json_response


class FakeOAuth(FakePlatform):
    rules = [Rule("/authorize", endpoint="authorize", methods=["GET"]),
             Rule("/token", endpoint="token", methods=["POST"])]

    def __init__(self, client_id: str = "svarbox-client", grant: bool = True,
                 registered_redirects: set[str] | None = None, client_secret: str | None = None):
        super().__init__()
        self.client_id = client_id
        self.grant = grant
        # X: only callback URLs registered exactly in the app are accepted, port included
        # (docs.x.com, Developer Apps > Callback URLs); anything else gets an error page and no
        # redirect. None = any loopback port, as Google allows for desktop clients.
        self.registered_redirects = registered_redirects
        self.refused_redirects: list[str] = []
        # Google desktop clients: the token endpoint requires client_secret for both the code
        # exchange and refresh (developers.google.com/identity/protocols/oauth2/native-app);
        # a request without it answers 400 invalid_request "client_secret is missing.".
        self.client_secret = client_secret
        self.codes: dict[str, dict] = {}
        self.issued: list[str] = []
        self.refresh_tokens: dict[str, str] = {}

    def authorize(self, request):
        args = request.args
        assert args["client_id"] == self.client_id and args["code_challenge_method"] == "S256"
        if self.registered_redirects is not None and args.get("redirect_uri") not in self.registered_redirects:
            self.refused_redirects.append(args.get("redirect_uri", ""))
            from werkzeug.wrappers import Response
            return Response("<p>Something went wrong. You weren't able to give access to the App. "
                            "Go back and try logging in again.</p>", status=400, content_type="text/html")
        if not self.grant:
            return redirect(f"{args['redirect_uri']}?{urlencode({'error': 'access_denied', 'state': args['state']})}")
        code = secrets.token_urlsafe(8)
        self.codes[code] = {"challenge": args["code_challenge"], "redirect_uri": args["redirect_uri"],
                            "scope": args["scope"]}
        return redirect(f"{args['redirect_uri']}?{urlencode({'code': code, 'state': args['state']})}")

    def _tokens(self):
        access, refresh = f"access-{secrets.token_hex(6)}", f"refresh-{secrets.token_hex(6)}"
        self.issued.append(access)
        self.refresh_tokens[refresh] = access
        return json_response({"token_type": "bearer", "access_token": access, "refresh_token": refresh,
                              "expires_in": 7200, "scope": "tweet.read offline.access"})

    def token(self, request):
        form = request.form
        if self.client_secret is not None:
            given = form.get("client_secret") or (request.authorization.password if request.authorization else None)
            if not given:
                return json_response({"error": "invalid_request", "error_description": "client_secret is missing."},
                                     400)
            if given != self.client_secret:
                return json_response({"error": "invalid_client", "error_description": "Unauthorized"}, 401)
        if form.get("grant_type") == "authorization_code":
            entry = self.codes.pop(form.get("code", ""), None)
            verifier = form.get("code_verifier", "")
            challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
            if entry is None or entry["challenge"] != challenge or entry["redirect_uri"] != form.get("redirect_uri"):
                return json_response({"error": "invalid_grant", "error_description": "bad code or verifier"}, 400)
            return self._tokens()
        if form.get("grant_type") == "refresh_token":
            if form.get("refresh_token") not in self.refresh_tokens:
                return json_response({"error": "invalid_grant"}, 400)
            del self.refresh_tokens[form["refresh_token"]]      # rotating refresh tokens, as X does
            return self._tokens()
        return json_response({"error": "unsupported_grant_type"}, 400)
