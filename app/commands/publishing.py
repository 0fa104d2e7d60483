"""`svarbox post`, `svarbox calendar`, `svarbox approve-post`, `svarbox reject-post`, `svarbox worker`:
publishing and planning from scripts, with the same checks as the window (services.posts)."""
from __future__ import annotations

from datetime import datetime, timedelta

from app.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("post", help="compose a post for one or more accounts; publish now or at a moment")
    p.add_argument("--account", action="append", required=True, metavar="ACCOUNT",
                   help="account name or id (repeat for several accounts)")
    p.add_argument("--text", required=True, help="the post's text (the same for every account)")
    p.add_argument("--link", help="the permanent web page the post points to")
    p.add_argument("--image", action="append", default=[], metavar="FILE_OR_URL",
                   help="an image file (or a public https address; Instagram needs one)")
    p.add_argument("--alt", action="append", default=[], metavar="TEXT", help="alt text, one per --image (required)")
    p.add_argument("--at", metavar="TIME", help="when: 2026-12-24T09:00+01:00, or '2026-12-24 09:00' local time")
    p.add_argument("--campaign", help="the campaign it belongs to, for the calendar's filter")
    p.add_argument("--label", help="a free label, for the calendar's filter")
    p.add_argument("--draft", action="store_true", help="only save it as a draft")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(func=run_post)

    c = sub.add_parser("calendar", help="the planning calendar: list, JSON or an .ics file")
    c.add_argument("--from", dest="start", metavar="DATE", help="first day (default: today)")
    c.add_argument("--to", dest="end", metavar="DATE", help="last day (default: four weeks on)")
    c.add_argument("--account", action="append", default=[], help="only this account (repeatable)")
    c.add_argument("--campaign", help="only this campaign")
    c.add_argument("--label", help="only this label")
    c.add_argument("--json", action="store_true", help="print the entries as JSON")
    c.add_argument("--ics", metavar="FILE", help="write the calendar as iCalendar (import or subscribe)")
    c.set_defaults(func=run_calendar)

    # approve/reject are the item verbs (issue 16: YouTube held comments); posts have their own.
    a = sub.add_parser("approve-post", help="approve a post awaiting approval")
    a.add_argument("post", type=int, metavar="POST", help="the post's number (svarbox calendar shows it)")
    a.add_argument("--comment", help="a note to the colleague who proposed it")
    a.set_defaults(func=run_approve)
    r = sub.add_parser("reject-post", help="reject a post awaiting approval, saying why")
    r.add_argument("post", type=int, metavar="POST", help="the post's number (svarbox calendar shows it)")
    r.add_argument("--comment", required=True, help="why, for the colleague who proposed it")
    r.set_defaults(func=run_reject)

    rep = sub.add_parser("post-report", help="posts published per account and week, and the comments each brought")
    rep.add_argument("--from", dest="start", metavar="DATE", help="first day of the report")
    rep.add_argument("--to", dest="end", metavar="DATE", help="last day of the report")
    rep.add_argument("--json", action="store_true", help="print the report as JSON")
    rep.set_defaults(func=run_post_report)

    w = sub.add_parser("worker", help="run sync, the outbox and scheduled posts without a window until stopped")
    w.add_argument("--interval", type=_seconds, default=60.0, help="seconds between rounds (0.1 to 86400; "
                                                                   "default 60)")
    w.add_argument("--no-sync", action="store_true", help="only the outbox and scheduled posts")
    w.add_argument("--once", action="store_true", help="one round, then exit")
    w.set_defaults(func=run_worker)


def _seconds(value: str) -> float:
    """A worker interval: a tenth of a second to a day. A negative, zero or endless one (-5, nan, 1e309)
    would spin the loop or never come round again."""
    import argparse
    import math
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a number of seconds") from None
    if not math.isfinite(seconds) or not 0.1 <= seconds <= 86400:
        raise argparse.ArgumentTypeError(f"{value} is out of range; use 0.1 to 86400 seconds")
    return seconds


def parse_time(text: str) -> datetime:
    from app import clock
    from app.errors import UsageError
    value = text.strip()
    try:
        return clock.parse_moment(value.replace(" ", "T", 1))
    except ValueError:
        pass
    try:
        naive = datetime.fromisoformat(value.replace(" ", "T", 1))
    except ValueError:
        raise UsageError(translate("CLI", "“{text}” is not a time such as 2026-12-24 09:00.").format(text=text)) from None  # noqa: E501
    if naive.tzinfo is None:
        return naive.replace(tzinfo=clock.local_zone())
    return naive


def _images(args) -> list[dict]:
    from app.errors import UsageError
    if len(args.alt) != len(args.image):
        raise UsageError(translate("CLI", "Give one --alt text for each --image: every image needs a description."))
    out = []
    for ref, alt in zip(args.image, args.alt):
        if ref.startswith(("http://", "https://")):
            out.append({"path": None, "url": ref, "alt": alt})
        else:
            from pathlib import Path
            out.append({"path": str(Path(ref).expanduser().resolve()), "url": None, "alt": alt})
    return out


def run_post(args) -> int:
    from app.commands._common import print_json, workspace_from_args
    from app.models import tables as t
    from app.services.outbound import outbox, posts

    at = parse_time(args.at) if args.at else None
    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            accounts = [posts.find_account(session, ref) for ref in args.account]
            images = _images(args)
            for account in accounts:
                check = posts.check_post(account.platform, args.text, link=args.link, images=images, at=at,
                                         language=account.language, account_name=account.name)
                for warning in check.warnings:
                    print(f"{account.name}: {warning}")
            ids = posts.compose(session, ws.user, {a.id: args.text for a in accounts}, link=args.link, images=images,
                                at=at, campaign=args.campaign, label=args.label,
                                status=t.POST_DRAFT if args.draft else t.POST_SCHEDULED)
            statuses = {}
            if not args.draft:
                for post_id in ids:
                    statuses[post_id] = posts.submit(session, post_id, ws.user)
        if not args.draft and at is None:
            posts.queue_due(ws)
            outbox.flush(ws)
        with ws.db.session() as session:
            rows = [r for r in posts.list_posts(session) if r.id in ids]
        if args.json:
            print_json([r.to_json() for r in rows])
        else:
            for row in rows:
                line = f"#{row.id} {row.account_name}: {row.status}"
                if row.permalink:
                    line += f" {row.permalink}"
                if row.last_error:
                    line += f" ({row.last_error})"
                if row.needs_running_client and row.scheduled_at:
                    line += " " + translate("CLI", "(needs a running Svarbox at that time)")
                print(line)
        return 0 if all(r.status not in (t.POST_FAILED,) for r in rows) else 1
    finally:
        ws.close()


def run_calendar(args) -> int:
    from app import clock
    from app.commands._common import print_json, workspace_from_args
    from app.services.outbound import ics, posts

    start = parse_time(args.start) if args.start else None
    end = parse_time(args.end) if args.end else None
    if end is not None and args.end and len(args.end.strip()) <= 10:
        end += timedelta(days=1)    # --to DATE includes that day
    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            ids = [posts.find_account(session, a).id for a in args.account] or None
            rows = posts.list_posts(session, start=start, end=end, account_ids=ids, campaign=args.campaign,
                                    label=args.label, include_unscheduled=False)
        if args.ics:
            from app.fileio import write_atomic
            write_atomic(args.ics, ics.to_ics(rows).encode("utf-8"))
            print(translate("CLI", "Wrote {count} entries to {file}.").format(count=sum(1 for r in rows if r.scheduled_at),  # noqa: E501
                                                               file=args.ics))
        elif args.json:
            print_json([r.to_json() for r in rows])
        else:
            zone = clock.local_zone()
            for row in rows:
                when = row.scheduled_at.astimezone(zone).strftime("%Y-%m-%d %H:%M") if row.scheduled_at else "-"
                where = row.account_name or row.channel
                flag = " !" if row.needs_running_client else ""
                print(f"{when}  #{row.id} {where}: {row.status}{flag}  {row.text.splitlines()[0][:60] if row.text else ''}")  # noqa: E501
        return 0
    finally:
        ws.close()


def run_approve(args) -> int:
    from app.commands._common import workspace_from_args
    from app.services.outbound import posts
    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            posts.approve(session, args.post, ws.user, args.comment)
        print(translate("CLI", "Post {id} approved; it is scheduled.").format(id=args.post))
        return 0
    finally:
        ws.close()


def run_reject(args) -> int:
    from app.commands._common import workspace_from_args
    from app.services.outbound import posts
    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            posts.reject(session, args.post, ws.user, args.comment)
        print(translate("CLI", "Post {id} rejected.").format(id=args.post))
        return 0
    finally:
        ws.close()


def run_worker(args) -> int:
    from app.commands._common import workspace_from_args
    from app.logs import setup_logging
    from app.services.outbound.worker import Worker
    ws = workspace_from_args(args)
    try:
        path = setup_logging(ws.paths, console=False)
        print(translate("CLI", "Svarbox worker running; log: {path}").format(path=path), flush=True)
        worker = Worker(ws, interval=args.interval, sync=not args.no_sync)
        worker.install_signal_handlers()
        return worker.run(max_ticks=1 if args.once else None)
    finally:
        ws.close()


def run_post_report(args) -> int:
    from app.commands._common import print_json, workspace_from_args
    from app.services.records import post_reports

    start = parse_time(args.start) if args.start else None
    end = parse_time(args.end) if args.end else None
    if end is not None and len(args.end.strip()) <= 10:
        end += timedelta(days=1)
    ws = workspace_from_args(args)
    try:
        with ws.db.session() as session:
            weeks = post_reports.published_per_week(session, start, end)
            per_post = post_reports.comments_per_post(session, start, end)
        if args.json:
            print_json({"weeks": [w.to_json() for w in weeks], "posts": [p.to_json() for p in per_post]})
        else:
            print(translate("CLI", "Published per account and week:"))
            for w in weeks:
                print(f"  {w.week}  {w.account}: {w.published}")
            print(translate("CLI", "Comments per post:"))
            for p in per_post:
                print(f"  #{p.post_id} {p.account}: {p.comments} ({p.open_comments} open)  {p.text[:60]}")
        return 0
    finally:
        ws.close()
