"""Issue 16 point 10 for the CLI: at a terminal a reply waits the undo seconds (Ctrl+C undoes);
`--now` sends at once, and so does a script (no terminal)."""
import json
import sys

from app.cli import main


def test_reply_now_skips_the_undo_wait_at_a_terminal(tmp_path, capsys, monkeypatch):
    def cli(*args):
        code = main(["--data-dir", str(tmp_path), "--demo", "--user", "Mette Jensen", *args])
        return code, capsys.readouterr().out

    (tmp_path / "settings.json").write_text(json.dumps({"outbox.undo_seconds": 30}))
    items = [i for i in json.loads(cli("inbox", "--view", "open", "--json")[1])
             if i["platform"] == "facebook" and i["kind"] == "comment" and i["status"] == "new"][:2]
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    code, out = cli("reply", str(items[0]["id"]), "--text", "Tak, vi kigger på det.", "--now")
    assert code == 0 and "Sending in" not in out and ": sent" in out
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)       # a script
    code, out = cli("reply", str(items[1]["id"]), "--text", "Tak, vi kigger på det.")
    assert code == 0 and "Sending in" not in out and ": sent" in out
