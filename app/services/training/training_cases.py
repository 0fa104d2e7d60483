"""Packs as files the trainer edits: validate and save a pack, and turn a real conversation
from the inbox into an anonymised training case (app.services.content.anonymise does the stripping;
the trainer approves the result and every replacement before anything is saved)."""
from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.errors import UsageError
from app.i18n import translate
from app.models import tables as t
from app.services.content.anonymise import Replacement, case_from_conversation

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

PLATFORMS = ("facebook", "messenger", "instagram", "x", "linkedin", "youtube", "bluesky", "mastodon")
KINDS = ("comment", "message", "mention")
# Platforms whose items include mentions (posts that name the account outside its own threads).
MENTION_PLATFORMS = ("x", "bluesky", "mastodon")
# The expected-handling codes of the pack format (the editor shows a label for each).
EXPECTATIONS = ("greet", "sign", "answer", "holding-reply", "refer", "link", "thank", "stay-calm", "hide",
                "mark-spam", "report-threat", "apologise", "no-personal-data", "private-message", "no-reply")


def new_pack(language: str = "da", name: str = "") -> dict[str, Any]:
    return {"format": "svarbox-training", "version": 1, "name": name, "language": language,
            "description": "", "scenarios": []}


def validate_pack(data: dict[str, Any]) -> None:
    """Raise UsageError with words for what a pack lacks; the same rules load_pack applies."""
    from app.services.training import packs as training
    if not isinstance(data, dict) or data.get("format") != "svarbox-training":
        raise UsageError(translate("Training", "This is not a Svarbox training pack."))
    if not str(data.get("name", "")).strip():
        raise UsageError(translate("Training", "The pack needs a name."))
    seen = set()
    for number, s in enumerate(data.get("scenarios") or [], start=1):
        missing: dict[str, Callable[[], str]] = {"id": lambda: translate("Training", "Scenario {n} has no ID."),
                   "author": lambda: translate("Training", "Scenario {n} has no author."),
                   "text": lambda: translate("Training", "Scenario {n} has no message.")}
        for key, sentence in missing.items():
            if not str(s.get(key, "")).strip():
                raise UsageError(sentence().format(n=number))
        if s["id"] in seen:
            raise UsageError(translate("Training", "Two scenarios have the ID {id}.").format(id=s["id"]))
        seen.add(s["id"])
        if s.get("platform") not in PLATFORMS or s.get("kind") not in KINDS:
            raise UsageError(translate("Training", "Scenario {id} has an unknown platform or kind.").format(id=s["id"]))
        if (s["kind"] == "message") != (s["platform"] == "messenger"):
            raise UsageError(translate("Training", "Scenario {id}: only Messenger has private messages.")
                             .format(id=s["id"]))
        try:
            if int(s.get("arrive_after_s", 0)) < 0 or int(s.get("deadline_s", 180)) <= 0:
                raise ValueError
        except (TypeError, ValueError):
            raise UsageError(translate("Training", "Scenario {id} has an impossible timing.").format(id=s["id"])) from None  # noqa: E501
    if not data.get("scenarios"):
        raise UsageError(translate("Training", "The pack has no scenarios."))
    training.merge_rubric(training.default_rubric(), data.get("rubric"))


def save_pack(data: dict[str, Any], path: str | os.PathLike[str]) -> Path:
    """Validate, sort by arrival, and write atomically (never half a pack on the shared drive)."""
    validate_pack(data)
    data = dict(data)
    data["scenarios"] = sorted(data["scenarios"], key=lambda s: int(s.get("arrive_after_s", 0)))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=str(path.parent))
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    os.replace(tmp, path)
    return path


def read_pack(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The raw pack JSON for the editor (load_pack's checks first, so a broken file is refused in words)."""
    from app.services.training import packs as training
    training.load_pack(str(path))
    loaded: dict[str, Any] = json.loads(Path(path).read_text(encoding="utf-8"))   # a JSON object
    return loaded


def conversation_of(session: Session, item_id: int) -> dict[str, Any]:
    """The citizen messages of an item's conversation, oldest first, with what a case needs."""
    item = session.get(t.Item, item_id)
    if item is None:
        raise UsageError(translate("Training", "The item is gone."))
    account = session.get_one(t.Account, item.account_id)
    query = select(t.Item).where(t.Item.thread_id == item.thread_id) if item.thread_id else \
        select(t.Item).where(t.Item.id == item.id)
    items = [i for i in session.scalars(query.order_by(t.Item.received_at, t.Item.id)) if i.status != t.STATUS_OWN]
    platform = "messenger" if item.kind == "message" else account.platform
    kind = item.kind if item.kind in KINDS else "comment"
    if platform == "messenger":
        kind = "message"
    elif kind == "message" or (kind == "mention" and platform not in MENTION_PLATFORMS):
        kind = "comment"
    return {"messages": [(i.author_name or "", i.text or "") for i in items], "platform": platform,
            "kind": kind, "language": account.language or "da"}


def case_for_item(session: Session, item_id: int, *, places: Iterable[str] = (), case_id: str = "case-1",
                  expected_category: str = "answer") -> tuple[dict[str, Any], list[Replacement]]:
    conv = conversation_of(session, item_id)
    if conv["platform"] not in PLATFORMS:
        conv["platform"], conv["kind"] = "facebook", "comment"
    scenario, replacements = case_from_conversation(
        conv["messages"], language=conv["language"] if conv["language"] in ("da", "sv", "en") else "en",
        platform=conv["platform"], kind=conv["kind"], places=places, expected_category=expected_category,
        case_id=case_id)
    scenario.setdefault("policy", "workdays:2")
    scenario.setdefault("deadline_s", 180)
    return scenario, replacements


def add_case_to_pack(path: str | os.PathLike[str], scenario: dict[str, Any], language: str = "da") -> Path:
    """Append an approved case to a pack file (a new pack if the file does not exist yet)."""
    path = Path(path)
    data = read_pack(path) if path.exists() else new_pack(language, path.stem)
    ids = {s["id"] for s in data["scenarios"]}
    scenario = dict(scenario)
    base, n = scenario["id"], 1
    while scenario["id"] in ids:
        n += 1
        scenario["id"] = f"{base}-{n}"
    if data["scenarios"]:
        scenario["arrive_after_s"] = max(int(s.get("arrive_after_s", 0)) for s in data["scenarios"]) + 60
    data["scenarios"].append(scenario)
    return save_pack(data, path)
