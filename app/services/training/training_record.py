"""What stays after a training session: scores per trainee across sessions, the PDF
certificate for a passed pack, and (team mode) the certificate record that the publishing
permission can require.

The score store is one JSON file written atomically (a temporary file, then a rename), so a
crash or a second window never leaves half a file behind.
"""
from __future__ import annotations

import json
import os
import tempfile
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app import clock
from app.errors import UsageError
from app.i18n import translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.models.db import Database
    from app.models.tables import TrainingCertificate
    from app.services.training.packs import Summary

STORE_FORMAT = "svarbox-training-scores"


def write_json_atomic(path: Path, data: object) -> None:
    """Write JSON so that readers see the old file or the new one, never a torn one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=str(path.parent))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def read_json(path: Path, default: Any = None) -> Any:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return default
    except (OSError, ValueError):
        return default


class ScoreStore:
    """Every scored session per trainee: ``record(summary)``, ``history(trainee)``."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    def _load(self) -> dict[str, Any]:
        data = read_json(self.path, None)
        if not isinstance(data, dict) or data.get("format") != STORE_FORMAT:
            return {"format": STORE_FORMAT, "version": 1, "sessions": []}
        return data

    def record(self, summary: Summary, now: datetime | None = None, session_code: str | None = None) -> dict[str, Any]:
        now = now or clock.now()
        entry = {"trainee": summary.trainee, "pack": summary.pack, "language": summary.language,
                 "at": now.isoformat(), "total": summary.total, "maximum": summary.maximum,
                 "percent": summary.percent, "passed": summary.passed, "session": session_code,
                 "criteria": {c: {"points": p, "maximum": m} for c, (p, m) in summary.criterion_totals().items()}}
        data = self._load()
        if session_code:
            # Scoring the same session again updates its entry instead of adding another.
            data["sessions"] = [s for s in data["sessions"] if not (
                s.get("session") == session_code and s.get("trainee") == summary.trainee
                and s.get("pack") == summary.pack)]
        data["sessions"].append(entry)
        write_json_atomic(self.path, data)
        return entry

    def history(self, trainee: str | None = None) -> list[dict[str, Any]]:
        sessions: list[dict[str, Any]] = self._load()["sessions"]
        if trainee is None:
            return sessions
        key = trainee.casefold().strip()
        return [s for s in sessions if str(s.get("trainee", "")).casefold().strip() == key]

    def trainees(self) -> list[str]:
        return sorted({s["trainee"] for s in self._load()["sessions"]}, key=str.casefold)


# --- certificates --------------------------------------------------------------------------

CERT_TEXT = {
    "da": {"title": "Kursusbevis", "intro": "Hermed bekræftes, at", "passed": "har gennemført og bestået træningen",
           "score": "Resultat: {total} af {maximum} point ({percent} %)", "date": "Dato: {date}",
           "footer": "Udstedt af Svarbox-træningen. Beståelseskrav: {pass_percent} % af de mulige point."},
    "sv": {"title": "Kursintyg", "intro": "Härmed intygas att", "passed": "har genomfört och godkänts i utbildningen",
           "score": "Resultat: {total} av {maximum} poäng ({percent} %)", "date": "Datum: {date}",
           "footer": "Utfärdat av Svarbox-utbildningen. Godkänt kräver {pass_percent} % av möjliga poäng."},
    "en": {"title": "Certificate", "intro": "This certifies that", "passed": "has completed and passed the training",
           "score": "Score: {total} of {maximum} points ({percent} %)", "date": "Date: {date}",
           "footer": "Issued by Svarbox training. Passing requires {pass_percent} % of the possible points."},
}


def render_certificate(summary: Summary, issued_at: datetime | None = None) -> bytes:
    """A one-page A4 landscape PDF in the pack's language. Refuses a pack that was not passed."""
    from fpdf import FPDF

    from app.services.records.export import FONT_FILES, fonts_dir, printable

    if not summary.passed:
        raise UsageError(translate("Training", "{trainee} has not passed {pack} yet ({percent} %), so there is no "
                                               "certificate.").format(trainee=summary.trainee, pack=summary.pack,
                                                                      percent=summary.percent))
    issued_at = issued_at or clock.now()
    text = CERT_TEXT.get(summary.language, CERT_TEXT["en"])
    pdf = FPDF(orientation="L", format="A4", unit="mm")
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(False)
    folder = fonts_dir()
    pdf.add_font("DejaVu", "", str(folder / FONT_FILES["regular"]))
    pdf.add_font("DejaVu", "B", str(folder / FONT_FILES["bold"]))
    pdf.set_title(f"{text['title']} · {summary.trainee}")
    pdf.set_creator("Svarbox")
    pdf.set_creation_date(issued_at)
    pdf.add_page()
    pdf.set_draw_color(23, 58, 102)
    pdf.set_line_width(1.2)
    pdf.rect(12, 12, pdf.w - 24, pdf.h - 24)
    width = pdf.epw

    def line(value: str, size: float, bold: bool = False, gap: float = 6) -> None:
        pdf.set_font("DejaVu", "B" if bold else "", size)
        pdf.multi_cell(width, size * 0.5, printable(value), align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    pdf.set_y(38)
    pdf.set_text_color(23, 58, 102)
    line(text["title"], 34, bold=True, gap=10)
    pdf.set_text_color(0)
    line(text["intro"], 15)
    line(summary.trainee, 28, bold=True)
    line(text["passed"], 15, gap=3)
    line(f"»{summary.pack}«", 17, bold=True, gap=10)
    line(text["score"].format(total=summary.total, maximum=summary.maximum, percent=summary.percent), 14, gap=2)
    line(text["date"].format(date=issued_at.astimezone(clock.local_zone()).date().isoformat()), 14)
    pdf.set_y(pdf.h - 38)
    pdf.set_text_color(110)
    line(text["footer"].format(pass_percent=summary.pass_percent), 9, gap=0)
    return bytes(pdf.output())


def save_certificate(summary: Summary, path: str | os.PathLike[str], issued_at: datetime | None = None) -> Path:
    data = render_certificate(summary, issued_at)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return path


def record_certificate(session: Session, summary: Summary,
                       issued_at: datetime | None = None) -> TrainingCertificate:
    """Team mode: store the passed pack so that the publishing permission can require it."""
    from app.models import tables as t
    if not summary.passed:
        raise UsageError(translate("Training", "Only a passed pack gives a certificate."))
    row = t.TrainingCertificate(trainee=summary.trainee, pack=summary.pack, language=summary.language,
                                points=summary.total, maximum=summary.maximum, percent=summary.percent,
                                issued_at=issued_at or clock.now())
    session.add(row)
    session.flush()
    return row


def record_certificate_in(db: Database, summary: Summary, issued_at: datetime | None = None) -> None:
    with db.session() as session:
        record_certificate(session, summary, issued_at)


def has_certificate(session: Session, trainee: str, pack: str | None = None) -> bool:
    """What the publishing permission asks: has this person passed (this pack / any pack)?"""
    from app.models import tables as t
    query = select(t.TrainingCertificate.id).where(t.TrainingCertificate.trainee == trainee)
    if pack is not None:
        query = query.where(t.TrainingCertificate.pack == pack)
    return session.scalar(query.limit(1)) is not None
