"""Attachments of comments and messages: what the list and the conversation say about them,
and the image cache behind "Show picture".

Sync stores only metadata (``Item.attachments``, JSON). An image is downloaded when a person
asks for it (``load_image``, off the GUI thread), into ``<data folder>/attachments/`` as
``<item id>-<n>.img``, and read from there next time. Retention and "forget this person" delete
an item's cached files together with its text (``forget_cached``); ``prune`` removes whatever
the cache still holds for items that are gone, purged or without attachments.
"""
from __future__ import annotations

import json
import logging
import os
import weakref
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.connectors.jsonshape import as_list
from app.errors import NotFoundError, UsageError
from app.i18n import translate
from app.models import tables as t

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from app.services.workspace import Workspace

log = logging.getLogger(__name__)

KINDS = ("photo", "sticker", "gif", "video", "link", "file")
_cache_dirs: weakref.WeakKeyDictionary[Engine, Path] = weakref.WeakKeyDictionary()   # engine -> cache folder


def parse(raw: str | None) -> list[dict[str, Any]]:
    """The stored list, cleaned: unknown kinds become "file", non-http addresses are dropped."""
    if not raw:
        return []
    try:
        data = json.loads(raw)
    except ValueError:
        return []
    out = []
    for entry in as_list(data):
        if not isinstance(entry, dict):
            continue
        kind = entry.get("kind") if entry.get("kind") in KINDS else "file"
        clean = {"kind": kind}
        for key in ("image_url", "link"):
            value = entry.get(key)
            if isinstance(value, str) and value.lower().startswith(("https://", "http://")):
                clean[key] = value
        if isinstance(entry.get("title"), str):
            clean["title"] = entry["title"]
        out.append(clean)
    return out


def host_of(url: str | None) -> str:
    try:
        return (urlsplit(url or "").hostname or "").removeprefix("www.")
    except ValueError:
        return ""


def label(att: dict[str, Any]) -> str:
    """"Photo", "Sticker", "GIF", "Video", "Link: example.dk", "File": what the placeholder says."""
    kind = att.get("kind")
    if kind == "photo":
        return translate("Attachments", "Photo")
    if kind == "sticker":
        return translate("Attachments", "Sticker")
    if kind == "gif":
        return translate("Attachments", "GIF")
    if kind == "video":
        return translate("Attachments", "Video")
    if kind == "link":
        host = host_of(att.get("link"))
        return translate("Attachments", "Link: {host}").format(host=host) if host else translate("Attachments", "Link")
    return translate("Attachments", "File")


def summary(text: str, raw: str | None) -> str:
    """The text the list shows: an image-only comment reads "[Photo]" instead of nothing."""
    if (text or "").strip():
        return text
    labels = [label(a) for a in parse(raw)]
    return " ".join(f"[{x}]" for x in labels) if labels else text


# --- cache ---------------------------------------------------------------------------------

def cache_dir(ws: Workspace) -> Path | None:
    """``<data folder>/attachments`` (demo and training: in their own folder); None for a
    workspace without a data folder."""
    paths = getattr(ws, "paths", None)
    if paths is None:
        return None
    kind = getattr(ws, "kind", "main")
    base: Path = paths.data_dir if kind == "main" else paths.data_dir / kind
    return base / "attachments"


def register(ws: Workspace) -> None:
    """Remember where this workspace's database keeps its image cache, so retention and
    "forget this person" (which only get a database session) delete the files too."""
    folder = cache_dir(ws)
    if folder is not None:
        _cache_dirs[ws.db.engine] = folder


def _dir_for_session(session: Session) -> Path | None:
    try:
        engine = session.get_bind()
    except Exception:   # an unbound session: nothing cached through it
        return None
    return _cache_dirs.get(engine.engine)   # a Connection's Engine, or the Engine itself


def cached_path(folder: Path, item_id: int, index: int) -> Path:
    return folder / f"{int(item_id)}-{int(index)}.img"


def forget_cached(session: Session, item_ids: Iterable[int]) -> int:
    """Delete the cached images of these items; returns how many files went."""
    folder = _dir_for_session(session)
    if folder is None or not folder.is_dir():
        return 0
    wanted = {str(int(i)) for i in item_ids}
    removed = 0
    for path in folder.glob("*.img"):
        if path.name.split("-", 1)[0] in wanted:
            try:
                path.unlink()
                removed += 1
            except OSError as exc:
                log.warning("Could not delete a cached picture: %s", exc.strerror)
    return removed


def prune(ws: Workspace) -> int:
    """Remove cached images whose item is gone, purged or has no attachments any more."""
    folder = cache_dir(ws)
    if folder is None or not folder.is_dir():
        return 0
    files: dict[int, list[Path]] = {}
    for path in folder.glob("*.img"):
        head = path.name.split("-", 1)[0]
        if head.isdigit():
            files.setdefault(int(head), []).append(path)
    if not files:
        return 0
    with ws.db.session() as session:
        keep = set()
        ids = list(files)
        for start in range(0, len(ids), 500):
            keep |= {row[0] for row in session.execute(select(t.Item.id).where(
                t.Item.id.in_(ids[start:start + 500]), t.Item.purged.is_(False), t.Item.attachments.is_not(None)))}
    removed = 0
    for item_id, paths in files.items():
        if item_id in keep:
            continue
        for path in paths:
            try:
                path.unlink()
                removed += 1
            except OSError:
                pass
    return removed


def load_image(ws: Workspace, item_id: int, index: int) -> bytes:
    """The bytes of an item's attached picture: from the cache, else downloaded (a person asked
    for it). Raises UsageError/NotFoundError with words; never returns anything but an image
    type under 10 MB (checked again by the window with QImage)."""
    from app.connectors import base as cb
    from app.connectors.media import MAX_BYTES, fetch_image
    from app.services.errors import PICTURE, user_message

    with ws.db.session() as session:
        item = session.get(t.Item, item_id)
        if item is None or item.purged:
            raise NotFoundError(translate("Attachments", "This item is no longer in the cache."))
        found = parse(item.attachments)
    if not 0 <= index < len(found) or not found[index].get("image_url"):
        raise NotFoundError(translate("Attachments", "There is no picture to show for this attachment."))
    folder = cache_dir(ws)
    if folder is None:
        raise UsageError(translate("Attachments", "The picture could not be loaded; try again later."))
    path = cached_path(folder, item_id, index)
    if path.is_file() and 0 < path.stat().st_size <= MAX_BYTES:
        return path.read_bytes()
    if ws.offline_only:
        raise UsageError(translate("Attachments", "The demo and training workspaces have no real pictures; "
                                   "in your own inbox the picture is loaded from the platform."))
    try:
        data, _kind = fetch_image(found[index]["image_url"])
    except cb.ConnectorError as exc:
        raise UsageError(user_message(exc, doing=PICTURE)) from None
    folder.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return data
