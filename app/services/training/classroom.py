"""A classroom (issue 22): a trainer runs one pack for a whole class at once.

The trainer starts a session under a class code; each trainee joins from their own training
workspace; the trainer pushes the next message to everybody, pauses, resumes and paces; each
trainee's client puts the pushed messages into its own training workspace and reports the
answers read back from that workspace's records (outbox, audit), with the checker's findings
and the time taken. The projector view shows the answers to one message side by side.

Transport is a small document store with two implementations:

* ``FolderTransport``: a session folder on a shared drive. Every document is a JSON file
  written atomically (temporary file + rename), and each party writes only its own files --
  the trainer ``session.json``, a trainee ``trainees/<id>.json`` -- so there are no write
  conflicts for a shared drive to get wrong; readers see an old or a new file, never half.
* ``DatabaseTransport``: the same documents as rows of ``classroom_docs`` in the team's
  PostgreSQL (or any Svarbox database), one row per document, replaced in one transaction.

Nothing here reads the wall clock: every call takes ``now``.
"""
from __future__ import annotations

import json
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.errors import UsageError
from app.i18n import translate
from app.services.training.training_record import read_json, write_json_atomic

if TYPE_CHECKING:
    from app.models.db import Database
    from app.services.training.packs import Pack
    from app.services.workspace import Workspace

FORMAT = "svarbox-classroom"
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"     # no 0/O or 1/I to misread from a projector
_CODE = re.compile(r"^[A-Z0-9]{4,12}$")
_TRAINEE_ID = re.compile(r"^[a-z0-9-]{1,40}$")


def new_code(length: int = 6) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def normalise_code(code: str) -> str:
    code = (code or "").strip().upper().replace(" ", "").replace("-", "")
    if not _CODE.match(code):
        raise UsageError(translate("Classroom", "“{code}” is not a class code (4–12 letters and digits).")
                         .format(code=code))
    return code


def trainee_id_for(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                  .replace("ä", "ae").replace("ö", "oe")).strip("-")[:30]
    return f"{slug or 'trainee'}-{secrets.token_hex(3)}"


# --- transports ------------------------------------------------------------------------------

class FolderTransport:
    """``<root>/<CODE>/session.json`` and ``<root>/<CODE>/trainees/<id>.json``."""

    def __init__(self, root: str | Path, code: str) -> None:
        self.code = normalise_code(code)
        self.folder = Path(root) / self.code

    def _path(self, key: str) -> Path:
        if key == "session":
            return self.folder / "session.json"
        kind, _, ident = key.partition("/")
        if kind != "trainee" or not _TRAINEE_ID.match(ident):
            raise ValueError(key)
        return self.folder / "trainees" / f"{ident}.json"

    def exists(self) -> bool:
        return (self.folder / "session.json").is_file()

    def get(self, key: str) -> dict[str, Any] | None:
        data = read_json(self._path(key))
        return data if isinstance(data, dict) else None

    def put(self, key: str, data: dict[str, Any]) -> None:
        try:
            write_json_atomic(self._path(key), data)
        except OSError as exc:
            raise UsageError(translate("Classroom", "The session folder {folder} cannot be written ({reason}).")
                             .format(folder=self.folder, reason=exc.strerror or type(exc).__name__)) from None

    def trainee_docs(self) -> list[dict[str, Any]]:
        folder = self.folder / "trainees"
        docs = [read_json(p) for p in sorted(folder.glob("*.json"))] if folder.is_dir() else []
        return [d for d in docs if isinstance(d, dict) and d.get("id")]


class DatabaseTransport:
    """The same documents in ``classroom_docs`` of a Svarbox database (the team's PostgreSQL)."""

    def __init__(self, db: Database, code: str) -> None:
        self.db = db
        self.code = normalise_code(code)

    def exists(self) -> bool:
        return self.get("session") is not None

    def get(self, key: str) -> dict[str, Any] | None:
        from sqlalchemy import select

        from app.models import tables as t
        with self.db.session() as session:
            body = session.scalar(select(t.ClassroomDoc.body).where(t.ClassroomDoc.code == self.code,
                                                                   t.ClassroomDoc.key == key))
        try:
            data = json.loads(body) if body else None
        except ValueError:
            return None
        return data if isinstance(data, dict) else None

    def put(self, key: str, data: dict[str, Any]) -> None:
        from sqlalchemy import select

        from app import clock
        from app.models import tables as t
        body = json.dumps(data, ensure_ascii=False)
        with self.db.session() as session:
            row = session.scalar(select(t.ClassroomDoc).where(t.ClassroomDoc.code == self.code,
                                                             t.ClassroomDoc.key == key))
            if row is None:
                session.add(t.ClassroomDoc(code=self.code, key=key, body=body, updated_at=clock.now()))
            else:
                row.body, row.updated_at = body, clock.now()

    def trainee_docs(self) -> list[dict[str, Any]]:
        from sqlalchemy import select

        from app.models import tables as t
        with self.db.session() as session:
            bodies = list(session.scalars(select(t.ClassroomDoc.body).where(
                t.ClassroomDoc.code == self.code, t.ClassroomDoc.key.like("trainee/%")).order_by(t.ClassroomDoc.key)))
        docs = []
        for body in bodies:
            try:
                doc = json.loads(body)
            except ValueError:
                continue
            if isinstance(doc, dict) and doc.get("id"):
                docs.append(doc)
        return docs


# Where a class lives: a shared folder, or the team database.
Transport = FolderTransport | DatabaseTransport


# --- what the projector shows ----------------------------------------------------------------

@dataclass
class Answer:
    trainee_id: str
    name: str              # the trainee's name, or "Trainee 2" when names are hidden
    action: str | None
    text: str
    seconds: float | None
    findings: list[dict[str, Any]] = field(default_factory=list)
    model: bool = False


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def _parse(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


class TrainerSession:
    """The trainer's side. ``TrainerSession.start(transport, pack_data, now)`` opens a class."""

    def __init__(self, transport: Transport) -> None:
        self.transport = transport

    @classmethod
    def start(cls, transport: Transport, pack_data: dict[str, Any], now: datetime, *,
              pace_s: int = 0) -> "TrainerSession":
        if transport.exists():
            raise UsageError(translate("Classroom", "A class with the code {code} already exists.")
                             .format(code=transport.code))
        if not pack_data.get("scenarios"):
            raise UsageError(translate("Classroom", "The pack has no scenarios to play."))
        doc = {"format": FORMAT, "version": 1, "code": transport.code, "created_at": _iso(now), "state": "waiting",
               "pack": pack_data, "pushed": [], "hide_names": False, "pace_s": int(pace_s), "models": {},
               "comments": {}, "revision": 1}
        transport.put("session", doc)
        return cls(transport)

    @property
    def doc(self) -> dict[str, Any]:
        doc: dict[str, Any] | None = self.transport.get("session")
        if not doc or doc.get("format") != FORMAT:
            raise UsageError(translate("Classroom", "The class {code} cannot be read.").format(code=self.transport.code))  # noqa: E501
        return doc

    def _update(self, change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
        doc = self.doc
        change(doc)
        doc["revision"] = int(doc.get("revision", 0)) + 1
        self.transport.put("session", doc)
        return doc

    # --- pacing

    def begin(self, now: datetime) -> None:
        """Start the class: the first message goes out to everybody."""
        if self.doc["state"] != "waiting":
            return
        self._update(lambda d: d.update(state="running", started_at=_iso(now)))
        self.push_next(now)

    def pause(self) -> None:
        self._update(lambda d: d.update(state="paused") if d["state"] == "running" else None)

    def resume(self) -> None:
        self._update(lambda d: d.update(state="running") if d["state"] == "paused" else None)

    def set_pace(self, seconds: int) -> None:
        self._update(lambda d: d.update(pace_s=max(0, int(seconds))))

    def set_hide_names(self, hide: bool) -> None:
        self._update(lambda d: d.update(hide_names=bool(hide)))

    def push_next(self, now: datetime) -> str | None:
        """Send the next scenario to everybody at once; None when paused or nothing is left."""
        doc = self.doc
        if doc["state"] != "running":
            return None
        scenarios = doc["pack"]["scenarios"]
        if len(doc["pushed"]) >= len(scenarios):
            self._update(lambda d: d.update(state="finished"))
            return None
        scenario_id: str = scenarios[len(doc["pushed"])]["id"]
        self._update(lambda d: d["pushed"].append({"id": scenario_id, "at": _iso(now)}))
        return scenario_id

    def due_for_next(self, now: datetime) -> bool:
        """With a pace set, whether the current message has had its time."""
        doc = self.doc
        if doc["state"] != "running" or not doc.get("pace_s") or not doc["pushed"]:
            return False
        last = _parse(doc["pushed"][-1]["at"])
        return last is not None and (now - last).total_seconds() >= doc["pace_s"]

    def current(self) -> dict[str, Any] | None:
        doc = self.doc
        if not doc["pushed"]:
            return None
        wanted = doc["pushed"][-1]["id"]
        return next((s for s in doc["pack"]["scenarios"] if s["id"] == wanted), None)

    # --- the room

    def roster(self) -> list[dict[str, Any]]:
        """Who joined, oldest first, with how many pushed messages each has answered."""
        docs = sorted(self.transport.trainee_docs(), key=lambda d: (d.get("joined_at", ""), d["id"]))
        return [{"id": d["id"], "name": d.get("name", ""), "joined_at": d.get("joined_at"),
                 "answered": len(d.get("answers", {})), "seen_at": d.get("seen_at")} for d in docs]

    def answers(self, scenario_id: str) -> list[Answer]:
        doc = self.doc
        hide = doc.get("hide_names")
        model = doc.get("models", {}).get(scenario_id)
        out = []
        for number, trainee in enumerate(self.roster(), start=1):
            t_doc = self.transport.get(f"trainee/{trainee['id']}") or {}
            a = t_doc.get("answers", {}).get(scenario_id)
            name = translate("Classroom", "Trainee {n}").format(n=number) if hide else trainee["name"]
            if a is None:
                out.append(Answer(trainee["id"], name, None, "", None, [], False))
                continue
            out.append(Answer(trainee["id"], name, a.get("action"), a.get("text") or "", a.get("seconds"),
                              list(a.get("findings") or []), model == trainee["id"]))
        return out

    def mark_model(self, scenario_id: str, trainee_id: str | None) -> None:
        def change(d: dict[str, Any]) -> None:
            if trainee_id:
                d.setdefault("models", {})[scenario_id] = trainee_id
            else:
                d.setdefault("models", {}).pop(scenario_id, None)
        self._update(change)

    def comment(self, scenario_id: str, text: str) -> None:
        self._update(lambda d: d.setdefault("comments", {}).__setitem__(scenario_id, text.strip()))

    def finish(self) -> None:
        self._update(lambda d: d.update(state="finished"))


class TraineeSession:
    """A trainee's side: join, take the pushed messages into the training workspace, report answers."""

    def __init__(self, transport: Transport, trainee_id: str, name: str) -> None:
        self.transport = transport
        self.trainee_id = trainee_id
        self.name = name

    @classmethod
    def join(cls, transport: Transport, name: str, now: datetime, trainee_id: str | None = None) -> "TraineeSession":
        name = (name or "").strip()
        if not name:
            raise UsageError(translate("Classroom", "Write your name to join the class."))
        session = transport.get("session")
        if not session or session.get("format") != FORMAT:
            raise UsageError(translate("Classroom", "There is no class with the code {code}.").format(code=transport.code))  # noqa: E501
        if session.get("state") == "finished":
            raise UsageError(translate("Classroom", "The class {code} has finished.").format(code=transport.code))
        trainee_id = trainee_id or trainee_id_for(name)
        existing = transport.get(f"trainee/{trainee_id}")
        doc = existing or {"id": trainee_id, "name": name, "joined_at": _iso(now), "answers": {}}
        doc["seen_at"] = _iso(now)
        transport.put(f"trainee/{trainee_id}", doc)
        return cls(transport, trainee_id, name)

    def session(self) -> dict[str, Any]:
        doc: dict[str, Any] | None = self.transport.get("session")
        if not doc:
            raise UsageError(translate("Classroom", "The class {code} cannot be read.").format(code=self.transport.code))  # noqa: E501
        return doc

    def pack(self) -> Pack:
        """The class's pack as a training.Pack (the trainer sends it, the trainee needs no file)."""
        import tempfile

        from app.services.training import packs as training
        data = self.session()["pack"]
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "class-pack.json"
            path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            return training.load_pack(str(path))

    def pushed(self) -> list[tuple[str, datetime]]:
        out: list[tuple[str, datetime]] = []
        for p in self.session().get("pushed", []):
            at = _parse(p["at"])
            if at:
                out.append((p["id"], at))
        return out

    def release_into(self, ws: Workspace, pack: Pack) -> list[int]:
        """Put every pushed message into the trainee's training workspace, arriving when it was pushed."""
        from app.services.training import packs as training
        return training.release_pushed(ws, pack, dict(self.pushed()))

    def report(self, ws: Workspace, pack: Pack, signature: str, now: datetime) -> dict[str, Any]:
        """Read the answers from the workspace's records and publish them to the trainer."""
        answers = answers_from_workspace(ws, pack, signature)
        doc = self.transport.get(f"trainee/{self.trainee_id}") or {"id": self.trainee_id, "name": self.name,
                                                                    "joined_at": _iso(now)}
        doc["answers"] = answers
        doc["seen_at"] = _iso(now)
        self.transport.put(f"trainee/{self.trainee_id}", doc)
        return answers

    def trainer_notes(self) -> dict[str, Any]:
        """The trainer's comments and model answers, for the trainee to read after the message."""
        doc = self.session()
        return {"comments": doc.get("comments", {}), "models": doc.get("models", {})}

    def take_notes_into(self, ws: Workspace, now: datetime) -> list[int]:
        """The trainer's comment on a message (and "your answer is the model answer") become an
        internal note on that message in the trainee's training workspace, once each: the
        trainee reads it in the conversation, where the answer was written. Returns the ids of
        the items that got a note."""
        from sqlalchemy import select

        from app.models import tables as t
        notes = self.trainer_notes()
        trainer = translate("Classroom", "Trainer")
        wanted: dict[str, list[str]] = {}
        for scenario_id, comment in notes["comments"].items():
            if str(comment or "").strip():
                wanted.setdefault(scenario_id, []).append(str(comment).strip())
        for scenario_id, trainee_id in notes["models"].items():
            if trainee_id == self.trainee_id:
                wanted.setdefault(scenario_id, []).append(
                    translate("Classroom", "The trainer chose your answer as the model answer."))
        changed = []
        with ws.db.session() as session:
            for scenario_id, texts in wanted.items():
                item = session.scalar(select(t.Item).where(t.Item.external_id == scenario_id))
                if item is None:
                    continue
                have = set(session.scalars(select(t.Note.text).where(t.Note.item_id == item.id,
                                                                      t.Note.author == trainer)))
                new = [x for x in texts if x not in have]
                for text in new:
                    session.add(t.Note(item_id=item.id, author=trainer, text=text, created_at=now))
                if new:
                    changed.append(item.id)
        return changed


def answers_from_workspace(ws: Workspace, pack: Pack, signature: str) -> dict[str, Any]:
    """Per handled scenario: the first action, the reply text, the seconds it took and the
    checker's findings -- from the outbox and audit records, like training.score."""
    from sqlalchemy import select

    from app.models import tables as t
    from app.services.content.checker import check
    from app.services.inbound import items as item_service
    from app.services.training.packs import TEXT_ACTIONS

    out = {}
    with ws.db.session() as session:
        items = {i.external_id: i for i in session.scalars(select(t.Item).where(t.Item.status != t.STATUS_OWN))}
        for s in pack.scenarios:
            item = items.get(s.id)
            if item is None:
                continue
            first = session.scalar(select(t.AuditEvent).where(
                t.AuditEvent.item_id == item.id, t.AuditEvent.action.in_(tuple(item_service.ACTION_STATUS)))
                .order_by(t.AuditEvent.at, t.AuditEvent.id).limit(1))
            if first is None:
                continue
            reply = session.scalar(select(t.OutboxAction).where(
                t.OutboxAction.item_id == item.id, t.OutboxAction.action.in_(TEXT_ACTIONS),
                t.OutboxAction.state != t.OUTBOX_DISCARDED).order_by(t.OutboxAction.id).limit(1))
            text = (reply.text or "") if reply is not None else ""
            seconds = (first.at - item.received_at).total_seconds()
            findings = []
            if text:
                findings = [{"severity": f.severity, "message": f.message} for f in check(
                    text, platform=s.platform if s.platform != "messenger" else "facebook", language=pack.language,
                    signature=signature, is_late=seconds > s.deadline_s, public=s.kind != "message", kind=s.kind)]
            out[s.id] = {"action": first.action, "text": text, "seconds": round(seconds, 1), "findings": findings}
    return out


def classroom_round(ws: Workspace, info: dict[str, Any], signature: str, now: datetime) -> list[int]:
    """One poll of a trainee's window: take in what the trainer pushed, send back the answers,
    take the trainer's comments as notes. Returns the ids of the items that arrived or changed."""
    session: TraineeSession = info["classroom"]
    new_ids = session.release_into(ws, info["pack"])
    session.report(ws, info["pack"], signature, now)
    return new_ids + [i for i in session.take_notes_into(ws, now) if i not in new_ids]
