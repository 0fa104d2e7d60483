"""Records export: a conversation that became a case, as PDF and JSON, for the records system.

Municipal rules (Malmö's for one) say a case handled on social media is documented in the
records system afterwards (Platina, ESDH, ...). ``export_case`` writes what happened: the post
or conversation, every message with its author and time, our replies with who sent them, and
the platform links; the JSON file holds the same content and the metadata a records system
wants (account, institution, platform, item ids, exported_at, exported_by, Svarbox version).

What is exported (decided here):
- a direct-message conversation: every message of the conversation;
- a comment, reply or mention: only its own branch — the top comment it belongs to and every
  reply under it (ours included) — plus the post as context. Other citizens' comments on the
  same post are not part of the case and stay out of the records system;
- our replies: those sent (synced back from the platform, or sent by Svarbox and not synced
  yet); replies still waiting or failed in the outbox were never seen by the citizen and are
  left out; replies written on the platform itself show "sent on the platform";
- internal notes only when asked for (``include_notes``): they are the team's working notes.

Citizen text is printed as plain text: nothing in it is read as markup or as a page-number
placeholder. The PDF embeds DejaVu Sans (Latin, æøå äöå and most symbols) with Noto Emoji
(monochrome outlines) as fallback; a character neither font has is printed as U+FFFD (�) and
the JSON keeps the exact text. Emoji sequences (skin tones, ZWJ families) print as their parts:
fpdf2 joins them only with text shaping (uharfbuzz), which Svarbox does not depend on.
"""
from __future__ import annotations

import functools
import json
import os
import unicodedata
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import __version__, clock
from app.fileio import write_atomic
from app.i18n import current_language, translate
from app.models import tables as t
from app.resources import resource_path
from app.services.inbound.calendar import calendar_from_json
from app.services.inbound.items import audit, get_item

FORMAT = "svarbox-case-export"
FORMAT_VERSION = 1
FONT_FILES = {"regular": "DejaVuSans.ttf", "bold": "DejaVuSans-Bold.ttf", "emoji": "NotoEmoji-Regular.ttf"}
REPLACEMENT = "\ufffd"
PLATFORM_NAMES = {"facebook": "Facebook", "instagram": "Instagram", "x": "X", "linkedin": "LinkedIn",
                  "youtube": "YouTube", "bluesky": "Bluesky",
                  "mastodon": "Mastodon", "demo": "Demo"}


def fonts_dir() -> Path:
    return resource_path("fonts")


# ---------------------------------------------------------------- the content

@dataclass
class ExportMessage:
    """One entry of the conversation, in time order."""
    role: str                     # citizen | ours | note
    at: datetime
    text: str
    author: str | None
    item_id: int | None = None
    external_id: str | None = None
    parent_external_id: str | None = None
    kind: str | None = None
    author_id: str | None = None
    url: str | None = None
    status: str | None = None
    is_hidden: bool = False
    purged: bool = False
    handled_at: datetime | None = None
    handled_by: str | None = None
    sent_by: str | None = None    # the communicator, for replies sent through Svarbox
    via: str | None = None        # svarbox | platform (ours), None otherwise
    action: str | None = None     # reply | holding_reply (ours via Svarbox)
    outbox_id: int | None = None


@dataclass
class CaseExport:
    item_id: int
    item_ids: list[int]
    account: dict[str, Any]
    institution: dict[str, Any] | None
    platform: str
    timezone: str
    thread: dict[str, Any] | None
    messages: list[ExportMessage]
    exported_at: datetime
    exported_by: str
    scope: str                    # conversation | branch | item
    svarbox_version: str = __version__
    include_notes: bool = False

    def local(self, moment: datetime | None) -> str | None:
        return moment.astimezone(ZoneInfo(self.timezone)).isoformat() if moment else None

    def to_json(self) -> dict[str, Any]:
        messages = []
        for m in self.messages:
            data = asdict(m)
            data["at"] = self.local(m.at)
            data["handled_at"] = self.local(m.handled_at)
            messages.append(data)
        thread = dict(self.thread) if self.thread else None
        if thread:
            thread["created_at"] = self.local(thread.get("created_at"))
        return {"format": FORMAT, "format_version": FORMAT_VERSION,
                "svarbox_version": self.svarbox_version,
                "exported_at": self.local(self.exported_at), "exported_by": self.exported_by,
                "item_id": self.item_id, "item_ids": self.item_ids, "scope": self.scope,
                "account": self.account, "institution": self.institution,
                "platform": self.platform, "timezone": self.timezone,
                "includes_notes": self.include_notes, "thread": thread, "messages": messages}


def _branch(items: list[t.Item], item: t.Item) -> list[t.Item]:
    """The top comment ``item`` hangs under and everything below it."""
    by_ext = {i.external_id: i for i in items}
    root, seen = item, {item.external_id}
    while root.parent_external_id in by_ext and root.parent_external_id not in seen:
        root = by_ext[root.parent_external_id]
        seen.add(root.external_id)
    children: dict[str, list[t.Item]] = {}
    for i in items:
        if i.parent_external_id:
            children.setdefault(i.parent_external_id, []).append(i)
    picked, queue = [], [root]
    done = set()
    while queue:
        current = queue.pop()
        if current.id in done:
            continue
        done.add(current.id)
        picked.append(current)
        queue.extend(children.get(current.external_id, []))
    return picked


def collect_case(session: Session, item_id: int, actor: str, now: datetime | None = None,
                 include_notes: bool = False, exported_by: str | None = None) -> CaseExport:
    """Gather what ``export_case`` writes (no file, no audit)."""
    item = get_item(session, item_id)
    account = session.get_one(t.Account, item.account_id)
    institution = session.get(t.Institution, account.institution_id) if account.institution_id else None
    thread = session.get(t.Thread, item.thread_id) if item.thread_id else None
    if thread is None:
        chosen, scope = [item], "item"
    else:
        items = list(session.scalars(select(t.Item).where(t.Item.thread_id == thread.id)))
        if item.kind == "message" or thread.kind == "conversation":
            chosen, scope = items, "conversation"
        else:
            chosen, scope = _branch(items, item), "branch"
    chosen.sort(key=lambda i: (i.received_at, i.id))
    ids = [i.id for i in chosen]
    own_by_ext = {i.external_id: i for i in chosen if i.status == t.STATUS_OWN}

    messages: list[ExportMessage] = []
    by_item: dict[int, ExportMessage] = {}
    for i in chosen:
        own = i.status == t.STATUS_OWN
        m = ExportMessage(
            role="ours" if own else "citizen", at=i.received_at, text=i.text or "",
            author=i.author_name if not own else (i.author_name or account.name), item_id=i.id,
            external_id=i.external_id, parent_external_id=i.parent_external_id, kind=i.kind,
            author_id=None if own else i.author_id, url=i.url, status=None if own else i.status,
            is_hidden=i.is_hidden, purged=i.purged, handled_at=None if own else i.handled_at,
            handled_by=None if own else i.handled_by, via="platform" if own else None)
        messages.append(m)
        by_item[i.id] = m
    citizen_ids = [i.id for i in chosen if i.status != t.STATUS_OWN]
    if citizen_ids:
        actions = session.scalars(select(t.OutboxAction).where(
            t.OutboxAction.item_id.in_(citizen_ids), t.OutboxAction.action.in_(("reply", "holding_reply", "refer")),
            t.OutboxAction.state == t.OUTBOX_SENT).order_by(t.OutboxAction.id))
        for action in actions:
            synced = own_by_ext.get(action.result_external_id or "")
            if synced is not None:
                m = by_item[synced.id]
                m.via, m.sent_by, m.action, m.outbox_id = "svarbox", action.author, action.action, action.id
                continue
            parent = session.get(t.Item, action.item_id) if action.item_id is not None else None
            messages.append(ExportMessage(
                role="ours", at=action.sent_at or action.created_at, text=action.text or "",
                author=account.name, kind="reply", sent_by=action.author, via="svarbox",
                action=action.action, outbox_id=action.id,
                parent_external_id=parent.external_id if parent is not None else None,
                external_id=action.result_external_id))
        if include_notes:
            for note in session.scalars(select(t.Note).where(t.Note.item_id.in_(citizen_ids))):
                messages.append(ExportMessage(role="note", at=note.created_at, text=note.text,
                                              author=note.author, item_id=note.item_id))
    messages.sort(key=lambda m: (m.at, m.role == "note"))
    zone = calendar_from_json(account.calendar or "{}").zone.key
    return CaseExport(
        item_id=item.id, item_ids=ids,
        account={"id": account.id, "name": account.name, "platform": account.platform,
                 "external_id": account.external_id, "handle": account.handle},
        institution={"id": institution.id, "name": institution.name} if institution else None,
        platform=account.platform, timezone=zone,
        thread={"id": thread.id, "external_id": thread.external_id, "kind": thread.kind,
                "text": thread.text or "", "author": thread.author_name, "url": thread.url,
                "created_at": thread.created_at} if thread else None,
        messages=messages, exported_at=now or clock.now(), exported_by=exported_by or actor,
        scope=scope, include_notes=include_notes)


# ---------------------------------------------------------------- writing files

def render_json(case: CaseExport) -> bytes:
    return (json.dumps(case.to_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@functools.lru_cache(maxsize=1)
def _coverage() -> frozenset[int]:
    """Code points the bundled fonts can draw."""
    from fontTools.ttLib import TTFont

    points: set[int] = set()
    for name in FONT_FILES.values():
        font = TTFont(str(fonts_dir() / name), lazy=True)
        points.update(font.getBestCmap())
        font.close()
    return frozenset(points)


def printable(text: str) -> str:
    """Citizen text made safe to print: newlines kept, a tab as a space, other control characters
    dropped, characters no bundled font has replaced by U+FFFD."""
    covered = _coverage()
    out = []
    for ch in text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "):
        if ch == "\n":
            out.append(ch)
        elif unicodedata.category(ch) == "Cc":
            continue
        elif ord(ch) in covered:
            out.append(ch)
        elif unicodedata.category(ch) in ("Cf", "Mn") and ord(ch) not in covered:
            continue   # invisible joiners and marks the fonts lack: drop, not a visible �
        else:
            out.append(REPLACEMENT)
    return "".join(out)


def render_pdf(case: CaseExport) -> bytes:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos
    from fpdf.util import Padding

    zone = ZoneInfo(case.timezone)
    platform = PLATFORM_NAMES.get(case.platform, case.platform)
    exported = case.exported_at.astimezone(zone)
    footer_text = translate("Export", "Exported {at} by {who} · Svarbox {version}").format(
        at=exported.strftime("%Y-%m-%d %H:%M"), who=case.exported_by, version=case.svarbox_version)
    page_label = translate("Export", "Page {page} of {pages}")

    running_head = translate("Export", "Case record · {account} · case item {id}").format(
        account=case.account["name"], id=case.item_id)

    class CasePDF(FPDF):
        def header(self) -> None:
            if self.page_no() == 1:
                return
            # Later pages say whose record they belong to when printed or split apart.
            # fpdf2 takes None for "no alias" though it types the attribute as str
            previous, self.str_alias_nb_pages = self.str_alias_nb_pages, None  # type: ignore[assignment]
            self.set_font("DejaVu", size=7.5)
            self.set_text_color(110)
            self.cell(0, 4, printable(running_head), new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
            self.str_alias_nb_pages = previous

        def footer(self) -> None:
            # The page-total placeholder is live only here (and at output): citizen text
            # containing "{nb}" must print as written.
            previous, self.str_alias_nb_pages = self.str_alias_nb_pages, "{nb}"
            self.set_y(-14)
            self.set_font("DejaVu", size=7.5)
            self.set_text_color(110)
            self.cell(0, 5, printable(footer_text), align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, page_label.format(page=self.page_no(), pages="{nb}"), align="R")
            self.str_alias_nb_pages = previous

    pdf = CasePDF(format="A4", unit="mm")
    pdf.str_alias_nb_pages = None  # type: ignore[assignment]  # no alias (as above)
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=20)
    folder = fonts_dir()
    pdf.add_font("DejaVu", "", str(folder / FONT_FILES["regular"]))
    pdf.add_font("DejaVu", "B", str(folder / FONT_FILES["bold"]))
    pdf.add_font("NotoEmoji", "", str(folder / FONT_FILES["emoji"]))
    pdf.set_fallback_fonts(["NotoEmoji"], exact_match=False)
    title = translate("Export", "Case record: conversation on {platform}").format(platform=platform)
    pdf.set_title(title)
    pdf.set_author(case.exported_by)
    pdf.set_subject(f"{case.account['name']} · {', '.join(map(str, case.item_ids))}")
    pdf.set_creator(f"Svarbox {case.svarbox_version}")
    pdf.set_creation_date(case.exported_at)
    pdf.set_lang({"da": "da-DK", "sv": "sv-SE"}.get(current_language(), "en"))
    pdf.add_page()
    width = pdf.epw

    def local(moment: datetime | None) -> str:
        return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M") if moment else "–"

    def text_block(text: str, size: float = 10, bold: bool = False, color: tuple[int, int, int] = (0, 0, 0),
                   fill: tuple[Any, ...] | None = None, height: float = 5) -> None:
        pdf.set_font("DejaVu", "B" if bold else "", size)
        pdf.set_text_color(*color)
        if fill:
            pdf.set_fill_color(*fill)
        pdf.multi_cell(width, height, printable(text), fill=bool(fill), markdown=False, align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT, padding=Padding.new((1.2, 2)) if fill else 0)

    def link_line(url: str | None) -> None:
        if not url:
            return
        pdf.set_font("DejaVu", size=8)
        pdf.set_text_color(30, 70, 160)
        pdf.multi_cell(width, 4, printable(url), link=url if url.startswith(("https://", "http://")) else "",
                       markdown=False, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    # Title and metadata table.
    text_block(title, size=16, bold=True, height=8)
    pdf.ln(1)
    text_block(translate("Export", "For the records: exported from Svarbox's cache. Times are "
                         "local time ({zone}).").format(zone=case.timezone), size=8.5, color=(90, 90, 90),
               height=4.2)
    pdf.ln(3)
    meta = [
        (translate("Export", "Account"), case.account["name"]),
        (translate("Export", "Institution"), case.institution["name"] if case.institution else "–"),
        (translate("Export", "Platform"), platform),
        (translate("Export", "Case item"), f"{case.item_id}"),
        (translate("Export", "Items"), ", ".join(map(str, case.item_ids))),
        (translate("Export", "Exported"), f"{exported:%Y-%m-%d %H:%M} ({exported:%z})"),
        (translate("Export", "Exported by"), case.exported_by),
        (translate("Export", "Svarbox version"), case.svarbox_version),
    ]
    if case.thread and case.thread.get("url"):
        meta.append((translate("Export", "Link"), case.thread["url"]))
    label_w = 38
    for label, value in meta:
        pdf.set_font("DejaVu", "B", 9)
        pdf.set_text_color(60, 60, 60)
        pdf.cell(label_w, 5.2, printable(label))
        pdf.set_font("DejaVu", "", 9)
        pdf.set_text_color(0)
        pdf.multi_cell(width - label_w, 5.2, printable(str(value)), markdown=False,
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_draw_color(180)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + width, pdf.get_y())
    pdf.ln(4)

    if case.thread and (case.thread.get("text") or case.thread.get("author")):
        heading = (translate("Export", "Conversation") if case.scope == "conversation"
                   else translate("Export", "Post"))
        text_block(heading, size=12, bold=True, height=6)
        byline = " · ".join(filter(None, [case.thread.get("author"), local(case.thread.get("created_at"))
                                          if case.thread.get("created_at") else None]))
        if byline:
            text_block(byline, size=8.5, color=(90, 90, 90), height=4.5)
        if case.thread.get("text"):
            text_block(case.thread["text"], size=10, fill=(242, 242, 242))
        pdf.ln(4)

    text_block(translate("Export", "Messages"), size=12, bold=True, height=6)
    pdf.ln(1)
    for m in case.messages:
        if m.role == "citizen":
            who = m.author or translate("Export", "(unknown author)")
            role = translate("Export", "citizen")
        elif m.role == "note":
            who = m.author or ""
            role = translate("Export", "internal note")
        else:
            who = m.author or case.account["name"]
            kind = (translate("Export", "our holding reply") if m.action == "holding_reply"
                    else translate("Export", "our reply"))
            role = (translate("Export", "{kind}, sent by {person} via Svarbox").format(kind=kind, person=m.sent_by)
                    if m.via == "svarbox" and m.sent_by
                    else translate("Export", "{kind}, written on the platform").format(kind=kind))
        if pdf.will_page_break(22):
            pdf.add_page()
        text_block(f"{who} — {role}", size=9.5, bold=True, height=5)
        details = [local(m.at)]
        if m.item_id is not None and m.role != "note":
            details.append(translate("Export", "item {id}").format(id=m.item_id))
        if m.role == "citizen" and m.status:
            status = translate("Export", "status: {status}").format(status=m.status)
            if m.handled_at:
                status += " " + translate("Export", "({when} by {who})").format(
                    when=local(m.handled_at), who=m.handled_by or "–")
            details.append(status)
        if m.is_hidden:
            details.append(translate("Export", "hidden on the platform"))
        text_block(" · ".join(details), size=8, color=(90, 90, 90), height=4.2)
        pdf.ln(0.8)
        body = m.text if not m.purged else translate("Export", "[text removed from the cache by the retention rule]")
        fill = {"citizen": (255, 255, 255), "ours": (231, 240, 250), "note": (253, 246, 220)}[m.role]
        text_block(body or "–", size=10, fill=fill)
        link_line(m.url)
        pdf.ln(3.5)
    pdf.str_alias_nb_pages = "{nb}"   # fpdf2 fills in the page totals only when set
    return bytes(pdf.output())


def export_case(session: Session, item_id: int, actor: str, *, pdf_path: str | os.PathLike[str] | None = None,
                json_path: str | os.PathLike[str] | None = None, include_notes: bool = False,
                now: datetime | None = None, exported_by: str | None = None) -> CaseExport:
    """Write the PDF and/or JSON record of the case ``item_id`` belongs to, and audit it.

    The audit event ("exported") keeps the item ids and formats, never text or names."""
    if pdf_path is None and json_path is None:
        from app.errors import UsageError
        raise UsageError(translate("Export", "Choose a PDF file, a JSON file or both."))
    case = collect_case(session, item_id, actor, now=now, include_notes=include_notes,
                        exported_by=exported_by)
    # Both files or neither: render first, and take the PDF back if the JSON cannot be written.
    pdf = render_pdf(case) if pdf_path is not None else None
    data = render_json(case) if json_path is not None else None
    formats = []
    if pdf is not None and pdf_path is not None:
        write_atomic(pdf_path, pdf)
        formats.append("pdf")
    if data is not None and json_path is not None:
        try:
            write_atomic(json_path, data)
        except BaseException:
            if pdf is not None and pdf_path is not None:
                Path(pdf_path).unlink(missing_ok=True)
            raise
        formats.append("json")
    audit(session, actor, "exported", item_id=case.item_id, account_id=case.account["id"],
          formats=formats, item_ids=case.item_ids, scope=case.scope, notes=include_notes)
    return case
