"""Who may publish on which account (issue 19, point 6), for the settings window.

The setting lives in the account's options (``publishers``, ``publish_course_pack``; see
``posts.may_publish``); this module reads and writes it for a workspace, so the window opens
no session itself. An empty list means everyone who uses Svarbox may publish there.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from app.errors import UsageError
from app.i18n import translate
from app.models import tables as t
from app.services.outbound import posts

if TYPE_CHECKING:
    from app.services.workspace import Workspace

NAME_MAX = 200      # tables: users' names are String(200) (Post.author, approved_by)


@dataclass
class PublisherSetting:
    account_id: int
    names: list[str]
    course_pack: str | None


def load(ws: Workspace) -> dict[int, PublisherSetting]:
    with ws.db.session() as session:
        return {a.id: PublisherSetting(a.id, posts.publishers(a), posts._options(a).get("publish_course_pack"))
                for a in session.scalars(select(t.Account))}


def clean_names(names: list[str]) -> list[str]:
    """The names as stored: trimmed, each once (case-insensitively), in the given order."""
    out: list[str] = []
    for name in names:
        name = " ".join(name.split())
        if not name:
            continue
        if len(name) > NAME_MAX:
            raise UsageError(translate("Publishers", "A name may be at most {limit} characters.")
                             .format(limit=NAME_MAX))
        if name.casefold() not in {n.casefold() for n in out}:
            out.append(name)
    return out


def save(ws: Workspace, account_id: int, names: list[str], course_pack: str | None, actor: str) -> bool:
    """Store the setting when it changed (audited as ``post_publishers_set``); True if it did."""
    names = clean_names(names)
    pack = (course_pack or "").strip()
    with ws.db.session() as session:
        account = session.get(t.Account, account_id)
        if account is None:
            raise UsageError(translate("Posts", "There is no account {id}.").format(id=account_id))
        if posts.publishers(account) == names and (posts._options(account).get("publish_course_pack") or "") == pack:
            return False
        posts.set_publishers(session, account_id, names, actor, course_pack=pack)
    return True


def course_choices() -> list[str]:
    """The names of the shipped training packs (a certificate records the pack's name)."""
    from app.services.training.packs import load_pack, shipped_packs

    names = []
    for path in shipped_packs():
        try:
            names.append(load_pack(str(path)).name)
        except UsageError:
            continue
    return sorted(set(names), key=str.casefold)
