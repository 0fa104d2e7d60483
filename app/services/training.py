"""Training mode: scenario packs played into a training workspace, answers scored.

A trainer runs ``svarbox --training da``; citizen messages from the pack arrive on a timer
in a workspace of its own (its own SQLite file, the demo platform, no network). Each
scenario has a training deadline (3 minutes after it arrives unless the pack says
otherwise: a quarter-hour shift cannot wait two working days), and each answer is scored on
four things a trainer can explain on a projector:

* deadline: handled within the training deadline;
* signature: a public reply ends with the writer's signature, exactly once;
* checker: the etiquette checker finds no error (an ID number in public, too long) and no
  warning (shouting, missing greeting, private data, ...);
* template: the right kind of answer: a template of the expected category, or the
  expected moderation (hide, spam) for spam, threats and exposed ID numbers.

Everything is read back from the workspace's own records (outbox rows, audit events), so the
score is what happened, not what the window remembered.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from app import clock
from app.errors import UsageError
from app.i18n import translate
from app.models import tables as t
from app.services import items as item_service

DEFAULT_DEADLINE_S = 180
POINTS = {"deadline": 25, "signature": 25, "checker": 25, "template": 25}
# Hiding spam on the platform is as right as marking it: both take it out of public view.
MODERATION_EXPECTS = {"hide": ("hide", "spam", "reject", "delete"), "mark-spam": ("spam", "hide", "reject", "delete")}


def packs_dir() -> Path:
    import sys
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent.parent
    return root / "resources" / "training"


@dataclass(frozen=True)
class Scenario:
    id: str
    platform: str
    kind: str
    author: str
    text: str
    arrive_after_s: int
    policy: str
    expected_category: str
    expect: tuple[str, ...]
    hint: str
    deadline_s: int = DEFAULT_DEADLINE_S


@dataclass(frozen=True)
class Pack:
    name: str
    language: str
    description: str
    scenarios: tuple[Scenario, ...]


def load_pack(spec: str) -> Pack:
    """``spec`` is a shipped pack's language (da, sv, en) or a path to a pack JSON file."""
    path = packs_dir() / f"{spec}.json" if spec in ("da", "sv", "en") else Path(spec)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(translate("Training", "The training pack {path} cannot be read ({reason}).")
                         .format(path=path, reason=exc.strerror or type(exc).__name__)) from None
    except ValueError:
        raise UsageError(translate("Training", "The training pack {path} is not valid JSON.").format(path=path)) from None  # noqa: E501
    if not isinstance(data, dict) or data.get("format") != "svarbox-training":
        raise UsageError(translate("Training", "{path} is not a Svarbox training pack.").format(path=path))
    try:
        scenarios = tuple(Scenario(
            id=str(s["id"]), platform=s["platform"], kind=s["kind"], author=s["author"], text=s["text"],
            arrive_after_s=int(s["arrive_after_s"]), policy=s.get("policy", "workdays:2"),
            expected_category=s["expected_category"], expect=tuple(s.get("expect", ())),
            hint=s.get("hint", ""), deadline_s=int(s.get("deadline_s", DEFAULT_DEADLINE_S)))
            for s in data["scenarios"])
    except (KeyError, TypeError, ValueError) as exc:
        raise UsageError(translate("Training", "A scenario in {path} is incomplete ({field}).")
                         .format(path=path, field=exc)) from None
    return Pack(data.get("name", path.stem), data.get("language", "da"), data.get("description", ""),
                scenarios)


# --- playing a pack ------------------------------------------------------------------------

def _account_name(pack: Pack, platform: str) -> str:
    label = {"facebook": "Facebook", "messenger": "Messenger", "instagram": "Instagram", "x": "X",
             "linkedin": "LinkedIn", "youtube": "YouTube", "bluesky": "Bluesky",
             "mastodon": "Mastodon"}.get(platform, platform)
    return f"{translate('Training', 'Training')} ({label})"


def prepare(ws, pack: Pack) -> None:
    """Create the training institution and one account per platform the pack uses."""
    if ws.kind != "training":
        raise UsageError(translate("Training", "Training runs only in the training workspace."))
    country = {"da": "DK", "sv": "SE"}.get(pack.language, "DK")
    with ws.db.session() as session:
        inst = session.scalar(select(t.Institution).where(t.Institution.name == pack.name))
        if inst is None:
            inst = t.Institution(name=pack.name)
            session.add(inst)
            session.flush()
        for platform in sorted({"facebook" if s.platform == "messenger" else s.platform for s in pack.scenarios}):
            name = _account_name(pack, platform)
            if session.scalar(select(t.Account.id).where(t.Account.name == name)) is None:
                session.add(t.Account(name=name, platform=platform, institution_id=inst.id,
                                      external_id=f"training-{platform}", policy="workdays:2",
                                      followup_policy="workdays:2", calendar=json.dumps({"country": country}),
                                      language=pack.language, options=json.dumps({"demo": True, "training": True})))


def release_due(ws, pack: Pack, started_at: datetime, now: datetime | None = None) -> list[int]:
    """Insert every scenario whose time has come and which is not in yet. Returns new ids."""
    now = now or clock.now()
    new_ids = []
    with ws.db.session() as session:
        accounts = {a.platform: a for a in session.scalars(select(t.Account))}
        present = set(session.scalars(select(t.Item.external_id)))
        for s in pack.scenarios:
            if s.id in present or started_at + timedelta(seconds=s.arrive_after_s) > now:
                continue
            account = accounts["facebook" if s.platform == "messenger" else s.platform]
            received = started_at + timedelta(seconds=s.arrive_after_s)
            thread = t.Thread(account_id=account.id, external_id=f"thread-{s.id}",
                              kind="conversation" if s.kind == "message" else "post", text="")
            session.add(thread)
            session.flush()
            from app.services.idnumbers import find_id_numbers
            due = received + timedelta(seconds=s.deadline_s)
            item = t.Item(account_id=account.id, thread_id=thread.id, external_id=s.id, kind=s.kind,
                          author_id=f"trainee-citizen-{s.id}", author_name=s.author, text=s.text,
                          received_at=received, status=t.STATUS_NEW, first_due_at=due, due_at=due,
                          has_id_number=bool(find_id_numbers(s.text)))
            session.add(item)
            session.flush()
            new_ids.append(item.id)
    return new_ids


def record_template_use(session, item_id: int, category: str, actor: str) -> None:
    """The composer tells which kind of template was used; training scores it."""
    item = item_service.get_item(session, item_id)
    item_service.audit(session, actor, "template_used", item_id=item_id, account_id=item.account_id,
                       category=category)


# --- scoring -------------------------------------------------------------------------------

@dataclass
class ScenarioScore:
    scenario_id: str
    author: str
    platform: str
    handled: bool
    action: str | None
    seconds_to_answer: float | None
    points: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.points.values())


@dataclass
class Summary:
    pack: str
    trainee: str
    scores: list[ScenarioScore]

    @property
    def total(self) -> int:
        return sum(s.total for s in self.scores)

    @property
    def maximum(self) -> int:
        return sum(POINTS.values()) * len(self.scores)

    def to_json(self) -> dict:
        return {"pack": self.pack, "trainee": self.trainee, "total": self.total, "maximum": self.maximum,
                "scenarios": [dict(asdict(s), total=s.total) for s in self.scores]}

    def to_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["scenario", "author", "platform", "action", "seconds", *POINTS, "total", "notes"])
        for s in self.scores:
            writer.writerow([s.scenario_id, s.author, s.platform, s.action or "",
                             "" if s.seconds_to_answer is None else round(s.seconds_to_answer),
                             *[s.points.get(k, 0) for k in POINTS], s.total, " | ".join(s.notes)])
        writer.writerow(["total", "", "", "", "", "", "", "", "", self.total, ""])
        return out.getvalue()


def _expected_moderation(s: Scenario) -> tuple[str, ...] | None:
    for key in ("mark-spam", "hide"):
        if key in s.expect:
            return MODERATION_EXPECTS[key]
    return None


def score(ws, pack: Pack, trainee: str, signature: str) -> Summary:
    """Score every scenario that has arrived, from the workspace's records."""
    from app.services.checker import check
    from app.services.signatures import count_signature

    scores = []
    with ws.db.session() as session:
        items = {i.external_id: i for i in session.scalars(select(t.Item).where(t.Item.status != t.STATUS_OWN))}
        for s in pack.scenarios:
            item = items.get(s.id)
            if item is None:
                continue
            events = list(session.scalars(select(t.AuditEvent).where(t.AuditEvent.item_id == item.id)
                                          .order_by(t.AuditEvent.at, t.AuditEvent.id)))
            actions = [e for e in events if e.action in item_service.ACTION_STATUS]
            categories = [json.loads(e.details).get("category") for e in events if e.action == "template_used"]
            replies = list(session.scalars(select(t.OutboxAction).where(
                t.OutboxAction.item_id == item.id, t.OutboxAction.action.in_(("reply", "holding_reply")),
                t.OutboxAction.state != t.OUTBOX_DISCARDED)))
            first = actions[0] if actions else None
            result = ScenarioScore(s.id, s.author, s.platform, first is not None,
                                   first.action if first else None,
                                   (first.at - item.received_at).total_seconds() if first else None)
            if first is None:
                result.points = {k: 0 for k in POINTS}
                result.notes.append(translate("Training", "Not handled."))
                scores.append(result)
                continue
            on_time = result.seconds_to_answer <= s.deadline_s
            result.points["deadline"] = POINTS["deadline"] if on_time else 0
            if not on_time:
                result.notes.append(translate("Training", "Handled after the deadline."))
            moderation = _expected_moderation(s)
            done = {e.action for e in actions}
            if replies:
                text = replies[0].text or ""
                signed = count_signature(text, signature) == 1
                result.points["signature"] = POINTS["signature"] if signed else 0
                if not signed:
                    result.notes.append(translate("Training", "The reply is not signed exactly once."))
                findings = check(text, platform=s.platform if s.platform != "messenger" else "facebook",
                                 language=pack.language, signature=signature, is_late=not on_time,
                                 public=s.kind != "message", kind=s.kind)
                errors = [f for f in findings if f.severity == "error"]
                warnings = [f for f in findings if f.severity == "warning"]
                result.points["checker"] = 0 if errors else max(POINTS["checker"] - 10 * len(warnings), 0)
                result.notes += [f.message for f in errors + warnings]
            else:
                # No public reply: nothing to sign or check, which is right for spam and threats.
                right = moderation is not None or "no_reply" in done or "refer" in done
                result.points["signature"] = POINTS["signature"] if right else 0
                result.points["checker"] = POINTS["checker"] if right else 0
            if moderation is not None:
                ok = bool(done & set(moderation))
                if not ok:
                    result.notes.append(translate("Training", "This should have been hidden."))
            else:
                ok = s.expected_category in categories or (s.expected_category == "referral" and "refer" in done) \
                    or (s.expected_category == "holding" and "holding_reply" in done)
                if not ok:
                    result.notes.append(translate("Training", "A different kind of answer was expected."))
            result.points["template"] = POINTS["template"] if ok else 0
            scores.append(result)
    return Summary(pack.name, trainee, scores)
