"""Log files: secrets redacted in every form, rotation, citizens' text kept out at INFO."""
from __future__ import annotations

import logging

import pytest

from app import logs
from app.logs import citizen_text, log_citizen_text, redact, setup_logging

FB_TOKEN = "EAABsbCS1iHgBAKZCZBZCpZAaZBZCZAZBZCZAZBZCZAZBZCZAZBZAZD1234"
X_BEARER = "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid%2BULvsea4JtiGRiSDSJSI%3DEUifiRBkKG5E2XzMDjRfl76ZC9Ub0wnz4XsNiRVBChTYbJcE3F"  # noqa: E501
GOOGLE = "ya29.a0AfH6SMBx3kQ9J3oFQ2ZpLw8yTgX5nR7vK1mD4sH6jC0bN9eQ"
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
SHORT = "s3cr3t"   # too short to look opaque: only caught by its name or header


@pytest.mark.parametrize("text, secret", [
    (f"Authorization: Bearer {SHORT}", SHORT),
    (f"authorization: OAuth {SHORT}", SHORT),
    (f"Proxy-Authorization: Basic {SHORT}", SHORT),
    (f"headers={{'Authorization': 'Bearer {SHORT}', 'Accept': 'application/json'}}", SHORT),
    (f'{{"Authorization": "Bearer {SHORT}"}}', SHORT),
    (f"sent bearer {SHORT} to the platform", SHORT),
    (f"GET https://graph.facebook.com/v19.0/me?fields=id&access_token={SHORT}&limit=5", SHORT),
    (f"POST /oauth/access_token?client_id=1&client_secret={SHORT}&fb_exchange_token={SHORT}", SHORT),
    (f"refresh_token={SHORT}", SHORT),
    (f"?appsecret_proof={SHORT}", SHORT),
    (f"/debug_token?input_token={SHORT}", SHORT),
    (f'{{"access_token": "{SHORT}", "token_type": "bearer", "expires_in": 5183944}}', SHORT),
    (f"{{'refresh_token': '{SHORT}'}}", SHORT),
    (f"Cookie: session={SHORT}; csrftoken=abc", SHORT),
    (f"postgresql+psycopg://svarbox:{SHORT}@db.kommune.dk:5432/svarbox", SHORT),
    (f"the token {FB_TOKEN} expired", FB_TOKEN),
    (f"bearer for X: {X_BEARER}", X_BEARER),
    (f"google said {GOOGLE}", GOOGLE[10:]),
    (f"id_token {JWT}", JWT.split(".")[1]),
    (f"x-api-key: {SHORT}", SHORT),
])
def test_secrets_are_redacted_in_every_form(text, secret):
    out = redact(text)
    assert secret not in out
    assert "[redacted]" in out


@pytest.mark.parametrize("text", [
    'File "/work/main/.venv/lib/python3.11/site-packages/sqlalchemy/orm/session.py", line 1234, in _flush',
    "comment 123456789012345_987654321098765 received at 2026-03-14T12:00:00+01:00",
    "sync of account 3 (Viborg Kommune) done: 25 items, 2 answered elsewhere",
    "def test_every_module_imports_and_the_layers_keep_to_themselves",
    "key=sync:3 latest_only=True",
])
def test_ordinary_log_lines_are_left_alone(text):
    assert redact(text) == text


@pytest.fixture
def clean_logging():
    root = logging.getLogger()
    # Another test may have started the window, which leaves its own log handler behind.
    for handler in [h for h in root.handlers if getattr(h, "_svarbox", False)]:
        root.removeHandler(handler)
        handler.close()
    level, handlers = root.level, list(root.handlers)
    yield
    for handler in [h for h in root.handlers if getattr(h, "_svarbox", False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(level)
    assert root.handlers == handlers


def test_records_are_redacted_on_their_way_to_the_file(tmp_path, clean_logging, monkeypatch):
    monkeypatch.delenv("SVARBOX_LOG_LEVEL", raising=False)
    path = setup_logging(tmp_path)
    assert path == tmp_path / "svarbox.log"
    log = logging.getLogger("svarbox.connectors.graph")
    log.info("GET %s", f"https://graph.facebook.com/me?access_token={SHORT}")
    log.warning("request headers %s", {"Authorization": f"Bearer {SHORT}"})
    try:
        raise RuntimeError(f"platform refused token {FB_TOKEN}")
    except RuntimeError:
        log.exception("sync failed")
    logging.getLogger("urllib3").error("url=%(url)s", {"url": f"https://x.test/?token={SHORT}"})
    text = path.read_text(encoding="utf-8")
    assert SHORT not in text and FB_TOKEN not in text
    assert text.count("[redacted]") >= 4
    assert "RuntimeError" in text and "sync failed" in text


def test_log_files_rotate(tmp_path, clean_logging, monkeypatch):
    assert (logs.MAX_BYTES, logs.BACKUP_COUNT) == (1_000_000, 5)
    monkeypatch.setattr(logs, "MAX_BYTES", 4_000)         # same mechanism, smaller files
    path = setup_logging(tmp_path)
    log = logging.getLogger("svarbox.test")
    for n in range(400):
        log.info("line %d %s", n, "x" * 80)
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["svarbox.log"] + [f"svarbox.log.{i}" for i in range(1, 6)]
    assert all((tmp_path / name).stat().st_size <= 4_000 for name in files)
    assert "line 399" in path.read_text(encoding="utf-8")


def test_citizen_text_is_never_logged_at_info(tmp_path, clean_logging, monkeypatch):
    monkeypatch.delenv("SVARBOX_LOG_LEVEL", raising=False)
    words = "Min søn blev mobbet i skolen i dag, ring til mig"
    path = setup_logging(tmp_path, level="INFO")
    log = logging.getLogger("svarbox.sync")
    log_citizen_text(log, "item %d text", words, 42)              # the convention: DEBUG only
    log.info("item %d: %s", 43, citizen_text(words))             # a mistake the filter catches
    log.warning(citizen_text(words))
    text = path.read_text(encoding="utf-8")
    assert words not in text
    assert "item 43: [citizen text withheld" in text

    path = setup_logging(tmp_path, level="DEBUG")                 # troubleshooting, on purpose
    log_citizen_text(log, "item %d text", words, 44)
    assert f"item 44 text: {words}" in path.read_text(encoding="utf-8")


def test_setup_twice_does_not_double_the_lines(tmp_path, clean_logging):
    setup_logging(tmp_path)
    path = setup_logging(tmp_path)
    logging.getLogger("svarbox").warning("once")
    assert path.read_text(encoding="utf-8").count("once") == 1


def test_unwritable_log_folder_falls_back_to_the_temp_folder(tmp_path, clean_logging):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    path = setup_logging(blocker / "logs")
    assert path is not None and path.name == "svarbox.log"
    assert blocker not in path.parents


def test_paths_object_gives_the_data_folder_logs(tmp_path, clean_logging):
    from app.config import resolve_paths
    paths = resolve_paths(str(tmp_path))
    assert setup_logging(paths) == tmp_path / "logs" / "svarbox.log"
