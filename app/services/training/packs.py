"""Training mode: scenario packs played into a training workspace, answers scored.

A trainer runs ``svarbox --training da``; citizen messages from the pack arrive on a timer
in a workspace of its own (its own SQLite file, the demo platform, no network). Each
scenario has a training deadline (3 minutes after it arrives unless the pack says
otherwise: a quarter-hour shift cannot wait two working days).

Answers are scored against a rubric that is data (resources/training/rubric.json, which a
pack may override under its own "rubric" key). Each criterion counts only where it makes
sense, so a correctly hidden spam comment is not given (or denied) points for a signature
nobody wrote:

* deadline: handled within the training deadline (always);
* signature: the reply ends with the writer's signature, exactly once (only if text was written);
* tone: the etiquette checker finds no error and few warnings (only if text was written);
* id_numbers: an ID number in the citizen's text is out of public view and not repeated
  (only where the scenario contains one or expects "no-personal-data");
* handling: the right kind of answer -- a template of the expected category, or the expected
  moderation (hide, spam) for spam and threats (always);
* referral: referred to the case channel (only where the scenario expects it).

The maximum is the sum of the applicable criteria, and every criterion carries one sentence
of feedback in the pack's language. Everything is read back from the workspace's own records
(outbox rows, audit events), so the score is what happened, not what the window remembered.
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
from app.resources import resource_path
from app.services.inbound import items as item_service

DEFAULT_DEADLINE_S = 180
CRITERIA = ("deadline", "signature", "tone", "id_numbers", "handling", "referral")
# Hiding spam on the platform is as right as marking it: both take it out of public view.
MODERATION_EXPECTS = {"hide": ("hide", "spam", "reject", "delete"), "mark-spam": ("spam", "hide", "reject", "delete")}


def packs_dir() -> Path:
    return resource_path("training")


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
    # Optional per-criterion feedback written for this scenario: {"referral": {"miss": "..."}}.
    feedback: dict = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Pack:
    name: str
    language: str
    description: str
    scenarios: tuple[Scenario, ...]
    rubric: dict = field(default_factory=dict, compare=False, hash=False)


def default_rubric() -> dict:
    return json.loads((packs_dir() / "rubric.json").read_text(encoding="utf-8"))


def merge_rubric(base: dict, override: dict | None) -> dict:
    """The pack's own rubric over the shipped one, key by key (points or single sentences)."""
    if not override:
        return base
    out = dict(base)
    for key, value in override.items():
        out[key] = merge_rubric(base.get(key, {}), value) if isinstance(value, dict) and isinstance(
            base.get(key), dict) else value
    return out


def load_pack(spec: str) -> Pack:
    """``spec`` is a shipped pack's name (da, sv, en, da-crisis, ...) or a path to a pack JSON file."""
    shipped = packs_dir() / f"{spec}.json"
    path = shipped if spec and "/" not in spec and "\\" not in spec and shipped.is_file() \
        and spec != "rubric" else Path(spec)
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
            hint=s.get("hint", ""), deadline_s=int(s.get("deadline_s", DEFAULT_DEADLINE_S)),
            feedback=dict(s.get("feedback") or {}))
            for s in data["scenarios"])
        rubric = merge_rubric(default_rubric(), data.get("rubric"))
        for name in CRITERIA:
            int(rubric["criteria"][name]["points"])
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise UsageError(translate("Training", "A scenario in {path} is incomplete ({field}).")
                         .format(path=path, field=exc)) from None
    return Pack(data.get("name", path.stem), data.get("language", "da"), data.get("description", ""),
                scenarios, rubric)


def shipped_packs() -> list[Path]:
    """Every pack JSON shipped in resources/training (the rubric is not a pack)."""
    return sorted(p for p in packs_dir().glob("*.json") if p.name != "rubric.json")


# --- playing a pack ------------------------------------------------------------------------

def _account_name(pack: Pack, platform: str) -> str:
    label = {"facebook": "Facebook", "messenger": "Messenger", "instagram": "Instagram", "x": "X",
             "linkedin": "LinkedIn", "youtube": "YouTube", "bluesky": "Bluesky",
             "mastodon": "Mastodon"}.get(platform, platform)
    return f"{translate('Training', 'Training')} ({label})"


# The training institution's case channel, in the pack's language (where a referral points).
TRAINING_CASE_CHANNEL = {"da": "Digital Post til kommunen via borger.dk",
                         "sv": "kommunens e-tjänst för synpunkter och frågor",
                         "en": "the council's online contact form"}


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
        if not (inst.case_channel or "").strip():
            # "Refer to case channel" needs one (it is refused without); a trainee practises it too.
            inst.case_channel = TRAINING_CASE_CHANNEL.get(pack.language, TRAINING_CASE_CHANNEL["en"])
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
    due = {s.id: started_at + timedelta(seconds=s.arrive_after_s) for s in pack.scenarios
           if started_at + timedelta(seconds=s.arrive_after_s) <= now}
    return release_pushed(ws, pack, due)


def release_pushed(ws, pack: Pack, arrivals: dict[str, datetime]) -> list[int]:
    """Insert the given scenarios (id -> arrival time) that are not in yet. Returns new ids.
    A classroom uses it directly: a message arrives when the trainer pushes it."""
    from app.services.content.idnumbers import find_id_numbers
    new_ids = []
    with ws.db.session() as session:
        accounts = {a.platform: a for a in session.scalars(select(t.Account))}
        present = set(session.scalars(select(t.Item.external_id)))
        for s in pack.scenarios:
            if s.id in present or s.id not in arrivals:
                continue
            account = accounts["facebook" if s.platform == "messenger" else s.platform]
            received = arrivals[s.id]
            thread = t.Thread(account_id=account.id, external_id=f"thread-{s.id}",
                              kind="conversation" if s.kind == "message" else "post", text="")
            session.add(thread)
            session.flush()
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
    # Only the criteria that apply to this scenario (and this answer) have a key here.
    points: dict[str, int] = field(default_factory=dict)
    maximum: dict[str, int] = field(default_factory=dict)
    feedback: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.points.values())

    @property
    def possible(self) -> int:
        return sum(self.maximum.values())

    def applies(self, criterion: str) -> bool:
        return criterion in self.maximum


@dataclass
class Summary:
    pack: str
    trainee: str
    scores: list[ScenarioScore]
    language: str = "en"
    pass_percent: int = 75

    @property
    def total(self) -> int:
        return sum(s.total for s in self.scores)

    @property
    def maximum(self) -> int:
        return sum(s.possible for s in self.scores)

    @property
    def percent(self) -> int:
        return round(100 * self.total / self.maximum) if self.maximum else 0

    @property
    def passed(self) -> bool:
        return bool(self.maximum) and self.percent >= self.pass_percent

    def criterion_totals(self) -> dict[str, tuple[int, int]]:
        """(points, maximum) per criterion over every scenario it applies to."""
        return {c: (sum(s.points.get(c, 0) for s in self.scores), sum(s.maximum.get(c, 0) for s in self.scores))
                for c in CRITERIA}

    def to_json(self) -> dict:
        return {"pack": self.pack, "trainee": self.trainee, "language": self.language, "total": self.total,
                "maximum": self.maximum, "percent": self.percent, "passed": self.passed,
                "pass_percent": self.pass_percent,
                "criteria": {c: {"points": p, "maximum": m} for c, (p, m) in self.criterion_totals().items()},
                "scenarios": [dict(asdict(s), total=s.total, possible=s.possible,
                                   not_applicable=[c for c in CRITERIA if not s.applies(c)]) for s in self.scores]}

    def to_csv(self) -> str:
        """One row per scenario, a column per criterion; "n/a" where a criterion does not apply."""
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["scenario", "author", "platform", "action", "seconds", *CRITERIA, "total", "maximum",
                         "feedback", "notes"])
        for s in self.scores:
            writer.writerow([s.scenario_id, s.author, s.platform, s.action or "",
                             "" if s.seconds_to_answer is None else round(s.seconds_to_answer),
                             *[s.points[c] if s.applies(c) else "n/a" for c in CRITERIA], s.total, s.possible,
                             " | ".join(s.feedback[c] for c in CRITERIA if c in s.feedback), " | ".join(s.notes)])
        totals = self.criterion_totals()
        writer.writerow(["total", "", "", "", "", *[totals[c][0] if totals[c][1] else "n/a" for c in CRITERIA],
                         self.total, self.maximum, "", ""])
        return out.getvalue()


def _expected_moderation(s: Scenario) -> tuple[str, ...] | None:
    for key in ("mark-spam", "hide"):
        if key in s.expect:
            return MODERATION_EXPECTS[key]
    return None


def applicable_criteria(s: Scenario, wrote_text: bool) -> list[str]:
    """Which criteria a scenario is scored on: text-only criteria need text that was written,
    ID numbers need one in the scenario, the referral needs a scenario that expects it."""
    from app.services.content.idnumbers import find_id_numbers
    out = ["deadline"]
    if wrote_text:
        out += ["signature", "tone"]
    if find_id_numbers(s.text) or "no-personal-data" in s.expect:
        out.append("id_numbers")
    out.append("handling")
    if "refer" in s.expect or s.expected_category == "referral":
        out.append("referral")
    return out


def feedback_sentence(pack: Pack, s: Scenario, criterion: str, state: str) -> str:
    """The scenario's own sentence if its author wrote one, else the rubric's in the pack's language."""
    own = (s.feedback.get(criterion) or {}).get(state) if isinstance(s.feedback.get(criterion), dict) else None
    if own:
        return own
    rubric = pack.rubric or default_rubric()
    texts = rubric.get("feedback", {})
    lang = texts.get(pack.language) or texts.get("en", {})
    entry = lang.get(criterion, {})
    return entry.get(state) or entry.get("miss" if state == "partial" else state, "")


def score(ws, pack: Pack, trainee: str, signature: str) -> Summary:
    """Score every scenario that has arrived, from the workspace's records."""
    from app.services.content.checker import check
    from app.services.content.idnumbers import find_id_numbers
    from app.services.content.signatures import count_signature

    rubric = pack.rubric or default_rubric()
    crit = rubric["criteria"]
    points_of = {c: int(crit[c]["points"]) for c in CRITERIA}
    lang_texts = rubric.get("feedback", {}).get(pack.language) or rubric.get("feedback", {}).get("en", {})
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
            texts = [r.text or "" for r in replies]
            first = actions[0] if actions else None
            result = ScenarioScore(s.id, s.author, s.platform, first is not None,
                                   first.action if first else None,
                                   (first.at - item.received_at).total_seconds() if first else None)
            applicable = applicable_criteria(s, wrote_text=bool(texts))
            result.maximum = {c: points_of[c] for c in applicable}

            def give(criterion: str, state: str, points: int | None = None, result=result, s=s) -> None:
                result.points[criterion] = (points_of[criterion] if state == "ok" else 0) if points is None else points
                result.feedback[criterion] = feedback_sentence(pack, s, criterion, state)

            if first is None:
                for c in applicable:
                    give(c, "miss")
                result.notes.append(lang_texts.get("not_handled") or translate("Training", "Not handled."))
                scores.append(result)
                continue
            on_time = result.seconds_to_answer <= s.deadline_s
            give("deadline", "ok" if on_time else "miss")
            done = {e.action for e in actions}
            if texts:
                text = texts[0]
                give("signature", "ok" if count_signature(text, signature) == 1 else "miss")
                findings = check(text, platform=s.platform if s.platform != "messenger" else "facebook",
                                 language=pack.language, signature=signature, is_late=not on_time,
                                 public=s.kind != "message", kind=s.kind)
                errors = [f for f in findings if f.severity == "error"]
                warnings = [f for f in findings if f.severity == "warning"]
                if errors:
                    give("tone", "miss")
                elif warnings:
                    per = int(crit["tone"].get("per_warning", 10))
                    give("tone", "partial", max(points_of["tone"] - per * len(warnings), 0))
                else:
                    give("tone", "ok")
                result.notes += [f.message for f in errors + warnings]
            if "id_numbers" in applicable:
                out_of_view = s.kind == "message" or bool(done & {"hide", "spam", "reject", "delete"})
                repeated = any(find_id_numbers(x) for x in texts)
                give("id_numbers", "ok" if out_of_view and not repeated else "miss")
            moderation = _expected_moderation(s)
            if moderation is not None:
                ok = bool(done & set(moderation))
            else:
                ok = s.expected_category in categories or (s.expected_category == "referral" and "refer" in done) \
                    or (s.expected_category == "holding" and "holding_reply" in done)
            give("handling", "ok" if ok else "miss")
            if "referral" in applicable:
                give("referral", "ok" if "refer" in done or "referral" in categories else "miss")
            scores.append(result)
    return Summary(pack.name, trainee, scores, pack.language, int(rubric.get("pass_percent", 75)))
