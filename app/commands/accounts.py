"""`svarbox accounts add|list|remove|test|reconnect`."""
from __future__ import annotations

import getpass
import sys

from app.connectors.base import Platform
from app.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("accounts", help="connect, list, test and remove accounts")
    s = p.add_subparsers(dest="accounts_command", metavar="ACTION", required=True)
    add = s.add_parser("add", help="connect an account (the token goes to the OS keychain)")
    add.add_argument("--platform", required=True, choices=[p.value for p in Platform], help="which platform")
    add.add_argument("--name", required=True, help="the account's name in Svarbox (unique)")
    add.add_argument("--institution", help="who owns the account, e.g. a school or the library")
    add.add_argument("--external-id", help="page, organisation or channel id where the token alone does not say")
    add.add_argument("--handle", help="the account's username (Instagram, X); Bluesky: the handle to sign in "
                     "with, the app password then goes on standard input")
    add.add_argument("--base-url", help="API address (default: the platform's); Mastodon: the server, "
                     "e.g. https://social.example.dk")
    add.add_argument("--policy", help="response policy, e.g. hours:24 or workdays:2")
    add.add_argument("--followup-policy", help="deadline after a holding reply, e.g. workdays:2")
    add.add_argument("--country", default="DK", help="work calendar country (DK, SE, NO, FI, ...)")
    add.add_argument("--keywords", help="comma-separated searches to monitor (X)")
    add.add_argument("--token-stdin", action="store_true", help="read the token from standard input")
    add.add_argument("--browser", action="store_true",
                     help="sign in with the browser instead of a token: Mastodon (registers Svarbox on the server) "
                     "or Facebook (with --app-id; the app secret and then the address of Facebook's Success page "
                     "are asked for, or read from standard input) or Instagram with Instagram Login (with --app-id, "
                     "the Instagram App ID; the Instagram app secret and then the address the browser ended on)")
    add.add_argument("--app-id", help="Facebook or Instagram browser sign-in: the Meta app's (Instagram) App ID")
    add.add_argument("--redirect-uri", help="Instagram browser sign-in: the redirect URL exactly as registered "
                     "in the app's Business login settings (default https://localhost/)")
    add.add_argument("--login", choices=["facebook", "instagram"],
                     help="Instagram with a pasted token: which login the token comes from")
    add.add_argument("--code", action="store_true",
                     help="Mastodon browser sign-in when the browser cannot reach this computer (remote desktop): "
                     "the server shows a code to paste here")
    add.add_argument("--login-base", help=argparse_suppress())     # tests: the fake's login dialog
    add.add_argument("--token-url", help=argparse_suppress())      # tests: the fake's code exchange
    add.add_argument("--no-verify", action="store_true", help=argparse_suppress())
    add.set_defaults(func=run_add)
    lst = s.add_parser("list", help="list accounts")
    lst.add_argument("--json", action="store_true", help="print as JSON")
    lst.set_defaults(func=run_list)
    rm = s.add_parser("remove", help="remove an account, its cached items and its keychain entry")
    rm.add_argument("name", help="the account's name")
    rm.set_defaults(func=run_remove)
    test = s.add_parser("test", help="check the stored token against the platform")
    test.add_argument("name", help="the account's name")
    test.set_defaults(func=run_test)
    rec = s.add_parser("reconnect", help="replace an account's token")
    rec.add_argument("name", help="the account's name")
    rec.add_argument("--token-stdin", action="store_true", help="read the new token from standard input")
    rec.set_defaults(func=run_reconnect)
    st = s.add_parser("set", help="change an account's platform settings")
    st.add_argument("name", help="the account's name")
    st.add_argument("--linkedin-version", help="LinkedIn API version, e.g. 202607 (empty: Svarbox's pinned one)")
    st.add_argument("--keywords", help="comma-separated X searches (empty: none)")
    st.add_argument("--keyword-monitoring", choices=["on", "off"], help="search X for the keywords (paid reads)")
    st.add_argument("--human-agent", choices=["on", "off"],
                    help="the Facebook Page has Messenger's HUMAN_AGENT permission (answers up to 7 days)")
    st.add_argument("--page-id", help="Instagram (Facebook Login): the linked Facebook Page's id, for private replies")
    st.add_argument("--login", choices=["facebook", "instagram"], help="Instagram: which login the token comes from")
    st.set_defaults(func=run_set)


def argparse_suppress():
    import argparse
    return argparse.SUPPRESS


def _read_token(from_stdin: bool) -> str:
    if from_stdin:
        token = sys.stdin.readline().strip()
    elif sys.stdin.isatty():
        token = getpass.getpass(translate("CLI", "Token (not shown): ")).strip()
    else:
        token = ""
    return token


def run_add(args) -> int:
    from app.commands._common import workspace_from_args
    from app.errors import UsageError
    from app.services import accounts as svc
    ws = workspace_from_args(args)
    options = {"login": "instagram"} if args.platform == "instagram" and args.login == "instagram" else None
    try:
        if getattr(args, "browser", False) and args.platform == "facebook":
            token, args.external_id = _facebook_browser(args)
        elif getattr(args, "browser", False) and args.platform == "instagram":
            token, options = _instagram_browser(args)
        elif getattr(args, "browser", False) and args.platform == "mastodon" and args.code:
            token = _mastodon_code(args)
        elif getattr(args, "browser", False):
            if args.platform != "mastodon" or not args.base_url:
                raise UsageError(translate("CLI", "Browser sign-in here is for Mastodon and needs --base-url."))
            import webbrowser
            token = svc.mastodon_browser_sign_in(args.base_url, webbrowser.open)
        else:
            token = None if args.platform == "demo" else _read_token(args.token_stdin)
        if args.platform != "demo" and not token:
            raise UsageError(translate("CLI", "No token given; pass it on standard input with --token-stdin."))
        info = svc.add_account(
            ws, platform=args.platform, name=args.name, token=token, institution=args.institution,
            external_id=args.external_id, base_url=args.base_url, policy=args.policy,
            followup_policy=args.followup_policy, country=args.country, handle=args.handle,
            keywords=[k.strip() for k in args.keywords.split(",") if k.strip()] if args.keywords else None,
            verify=not args.no_verify, options=options)
        print(translate("CLI", "Connected {name} ({platform}).").format(name=info.name, platform=info.platform))
    finally:
        ws.close()
    return 0


def open_browser(url: str) -> None:
    import webbrowser
    webbrowser.open(url)


def _ask(prompt: str, secret: bool = False) -> str:
    if sys.stdin.isatty():
        return (getpass.getpass(prompt) if secret else input(prompt)).strip()
    return sys.stdin.readline().strip()


def _facebook_browser(args) -> tuple[str, str]:
    """Facebook Login's manual flow at a terminal (app/connectors/meta_login.py): the Page's
    own token and id; the app secret is used once and not kept."""
    from app.errors import UsageError
    from app.services import meta_signin
    if not args.app_id:
        raise UsageError(translate("CLI", "Facebook browser sign-in needs the Meta App ID: --app-id."))
    login = meta_signin.start(args.app_id, dialog_base=args.login_base)
    secret = _ask(translate("CLI", "Meta App secret (not shown, not kept): "), secret=True)
    if not secret:     # refused before a browser opens for nothing
        raise UsageError(translate("MetaSignIn", "Enter the Meta app's App secret: Facebook needs it to make "
                                   "the sign-in last. It is used once and not kept."))
    print(translate("CLI", "Approve Svarbox in the browser; if it does not open, visit:\n{url}").format(url=login.url),
          flush=True)
    open_browser(login.url)
    address = _ask(translate("CLI", "Paste the whole address of Facebook's Success page: "), secret=True)
    page = meta_signin.finish(login, address, secret, args.external_id, base_url=args.base_url)
    print(translate("CLI", "Signed in for the Page {page} ({id}).").format(page=page.page_name, id=page.page_id))
    return page.page_token, page.page_id


def _instagram_browser(args) -> tuple[str, dict]:
    """Business Login for Instagram at a terminal (app/connectors/instagram_login.py): the 60-day
    token, with the account's user_id and username filled in; the app secret is used once."""
    from app.errors import UsageError
    from app.services import meta_signin
    if not args.app_id:
        raise UsageError(translate("CLI", "Instagram browser sign-in needs the Instagram App ID: --app-id."))
    login = meta_signin.instagram_start(args.app_id, args.redirect_uri, authorize_url=args.login_base)
    secret = _ask(translate("CLI", "Instagram app secret (not shown, not kept): "), secret=True)
    if not secret:     # refused before a browser opens for nothing
        raise UsageError(translate("MetaSignIn", "Enter the Instagram app secret: Instagram needs it to finish "
                                   "the sign-in. It is used once and not kept."))
    print(translate("CLI", "Allow Svarbox in the browser; if it does not open, visit:\n{url}").format(url=login.url),
          flush=True)
    open_browser(login.url)
    address = _ask(translate("CLI", "Paste the whole address the browser ended on: "), secret=True)
    signed = meta_signin.instagram_finish(login, address, secret, token_url=args.token_url, base_url=args.base_url)
    args.external_id, args.handle = signed.user_id, signed.username or args.handle
    print(translate("CLI", "Signed in as {account} ({id}).").format(account=signed.username or signed.user_id,
                                                                   id=signed.user_id))
    return signed.token, {"login": "instagram", "token_obtained_at": signed.obtained_at.isoformat()}


def _mastodon_code(args) -> str:
    """Mastodon's out-of-band sign-in at a terminal: open the consent page, paste the code."""
    from app.services import mastodon_signin
    started = mastodon_signin.start(args.base_url or "")
    print(translate("CLI", "Approve Svarbox in the browser; if it does not open, visit:\n{url}").format(
        url=started.url), flush=True)
    open_browser(started.url)
    return mastodon_signin.finish(started, _ask(translate("CLI", "Paste the code the server shows: ")))


def run_list(args) -> int:
    from app.commands._common import print_json, workspace_from_args
    from app.services import accounts as svc
    ws = workspace_from_args(args)
    try:
        infos = svc.list_accounts(ws)
        if args.json:
            print_json([i.to_json() for i in infos])
        elif not infos:
            print(translate("CLI", "No accounts yet; connect one with: svarbox accounts add --help"))
        else:
            for i in infos:
                print(f"{i.name:30} {i.platform:10} {(i.institution or '-')[:30]:30} {i.policy:14} "
                      f"{status_words(i.status)}")
    finally:
        ws.close()
    return 0


def status_words(status: str) -> str:
    """An account's sync state in words (``--json`` keeps the stored code)."""
    words = {"ok": translate("CLI", "connected"), "needs_reconnect": translate("CLI", "needs reconnecting"),
             "paused": translate("CLI", "paused by the platform"), "offline": translate("CLI", "offline"),
             "error": translate("CLI", "sync failed")}
    return words.get(status, status)


def run_remove(args) -> int:
    from app.commands._common import workspace_from_args
    from app.services import accounts as svc
    ws = workspace_from_args(args)
    try:
        svc.remove_account(ws, args.name)
        print(translate("CLI", "Removed {name}.").format(name=args.name))
    finally:
        ws.close()
    return 0


def run_test(args) -> int:
    from app.commands._common import workspace_from_args
    from app.services import accounts as svc
    ws = workspace_from_args(args)
    try:
        identity = svc.test_account(ws, args.name)
        print(translate("CLI", "{name}: the token works ({who}, id {id}).").format(
            name=args.name, who=identity.name, id=identity.external_id))
    finally:
        ws.close()
    return 0


def run_reconnect(args) -> int:
    from app.commands._common import workspace_from_args
    from app.errors import UsageError
    from app.services import accounts as svc
    ws = workspace_from_args(args)
    try:
        token = _read_token(args.token_stdin)
        if not token:
            raise UsageError(translate("CLI", "No token given; pass it on standard input with --token-stdin."))
        svc.reconnect(ws, args.name, token)
        print(translate("CLI", "Reconnected {name}.").format(name=args.name))
    finally:
        ws.close()
    return 0


def run_set(args) -> int:
    from app.commands._common import print_json, workspace_from_args
    from app.errors import UsageError
    from app.services import platform_options
    changes = {key: getattr(args, key) for key in ("linkedin_version", "keywords", "keyword_monitoring", "human_agent", "page_id", "login")  # noqa: E501
               if getattr(args, key) is not None}
    if not changes:
        raise UsageError(translate("CLI", "Nothing to change; see svarbox accounts set --help."))
    ws = workspace_from_args(args)
    try:
        options = platform_options.set_options(ws, args.name, **changes)
        print_json({k: v for k, v in options.items() if k != "oauth"})
    finally:
        ws.close()
    return 0
