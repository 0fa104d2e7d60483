"""`svarbox spam ID --ban` (one flag name for YouTube and Facebook) and `svarbox ban|unban ID`,
on the demo workspace, through the same door as the window (issue 16, point 3)."""
import json

from app.cli import main


def test_spam_ban_then_unban_on_facebook_and_refused_on_instagram(tmp_path, capsys):
    def cli(*args):
        code = main(["--data-dir", str(tmp_path), "--demo", "--user", "Mette Jensen", *args])
        out = capsys.readouterr()
        return code, out.out + out.err

    open_items = json.loads(cli("inbox", "--view", "open", "--json")[1])
    fb = next(i for i in open_items if i["platform"] == "facebook" and i["kind"] == "comment"
              and i["status"] == "new" and i.get("author"))
    ig = next(i for i in open_items if i["platform"] == "instagram" and i["kind"] == "comment" and i["status"] == "new")
    code, out = cli("spam", str(fb["id"]), "--ban")
    assert code == 0 and "1 of 1 done" in out
    box = json.loads(cli("outbox", "--json")[1])
    assert sorted((a["action"], a["state"]) for a in box if a["item_id"] == fb["id"]) == [("ban", "sent"),
                                                                                         ("spam", "sent")]
    code, out = cli("spam", str(ig["id"]), "--ban")
    assert code == 1 and "Instagram has no way" in out and "Traceback" not in out
    code, out = cli("ban", str(fb["id"]), "--yes")
    assert code == 2 and "already banned" in out
    code, out = cli("unban", str(fb["id"]))
    assert code == 0 and "Queued unban" in out
    box = json.loads(cli("outbox", "--json")[1])
    assert [a["state"] for a in box if a["item_id"] == fb["id"] and a["action"] == "unban"] == ["sent"]
