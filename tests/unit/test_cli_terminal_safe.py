"""Issue 14.9, CLI: citizen text printed by the CLI cannot drive the terminal."""
import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import update

from app.commands._terminal import json_safe, terminal_safe
from app.models import tables as t

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = "\x1b]0;pwned\x07\x1b]52;c;ZXZpbA==\x07\x1b[31mred\x1b[0m \u202eevil\u202c \u2066iso\u2069\x9b2J\rkept"
BAD = ("\x1b", "\x07", "\x9b", "\u202e", "\u202c", "\u2066", "\u2069", "\r")


def test_terminal_safe_strips_sequences_and_overrides():
    clean = terminal_safe(HOSTILE)
    assert clean == "red evil isokept"
    assert terminal_safe("Hej Åse, æøå\tok\n") == "Hej Åse, æøå\tok\n"
    assert json.loads(json_safe(json.dumps({"t": HOSTILE}, ensure_ascii=False)))["t"] == HOSTILE


def cli(data_dir, *args):
    return subprocess.run([sys.executable, "-m", "app", "--data-dir", str(data_dir), "--demo",
                           "--user", "Mette Jensen", *args], cwd=ROOT, capture_output=True, timeout=120)


def test_inbox_output_never_carries_escapes(tmp_path):
    assert cli(tmp_path, "inbox", "--json").returncode == 0      # creates the demo workspace
    from app.services.workspace import open_workspace
    ws = open_workspace(str(tmp_path), demo=True, user="Mette Jensen")
    with ws.db.session() as s:
        s.execute(update(t.Item).values(text=HOSTILE, author_name="\x1b[2J\u202eevil"))
    ws.close()
    text = cli(tmp_path, "inbox")
    assert text.returncode == 0, text.stderr
    out = text.stdout.decode("utf-8")
    assert "red evil iso" in out and "pwned" not in out
    assert not any(ch in out for ch in BAD)
    raw = cli(tmp_path, "inbox", "--json")
    out = raw.stdout.decode("utf-8")
    assert not any(ch in out for ch in BAD)
    assert json.loads(out)[0]["text"] == HOSTILE          # JSON stays faithful, as escapes
