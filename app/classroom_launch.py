"""Starting a classroom from the command line (issue 22).

Trainer:  ``svarbox --teach da-crisis --class-folder S:\\Kursus`` (or ``--class-database URL``)
opens the trainer's console on a new class with a fresh class code.
Editor:   ``svarbox --edit-pack my-pack.json`` opens the scenario editor (a new pack if the
file does not exist yet).
Trainee:  ``svarbox --training da --class K7PX2M --class-folder S:\\Kursus --user "Anna Holm"``
joins that class from the trainee's own training workspace; the class's pack replaces the
``--training`` pack, and the messages arrive when the trainer pushes them.
"""
from __future__ import annotations

from app.errors import UsageError
from app.i18n import translate


def transport_for(args, code: str):
    from app.services.training import classroom
    folder = getattr(args, "class_folder", None)
    url = getattr(args, "class_database", None)
    if folder:
        return classroom.FolderTransport(folder, code)
    if url:
        from app.models import db as dbmod
        return classroom.DatabaseTransport(dbmod.open_url(url), code)
    raise UsageError(translate("Classroom", "A class needs a session folder (--class-folder) or a team "
                                            "database (--class-database)."))


def join_class(args, ws) -> dict | None:
    """For the trainee's training workspace: join and return the ``ws.extras["training"]`` dict."""
    code = getattr(args, "class_code", None)
    if not code:
        return None
    from app import clock
    from app.services.training import classroom
    from app.services.training import packs as training
    name = args.user or ws.settings.get("user.name") or ""
    session = classroom.TraineeSession.join(transport_for(args, code), name, clock.now())
    pack = session.pack()
    training.prepare(ws, pack)
    return {"pack": pack, "started_at": clock.now(), "classroom": session}


def run_teacher(args) -> int:
    """The trainer's console on a new class; returns the exit code of the Qt loop."""
    import json
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from app import clock
    from app.services.training import classroom
    from app.services.training import packs as training
    from app.ui.dialogs.classroom_console import TrainerConsole
    spec = args.teach
    path = training.packs_dir() / f"{spec}.json"
    if not path.is_file():
        path = Path(spec)
    training.load_pack(str(path))        # refuses a broken pack in words before anything starts
    data = json.loads(path.read_text(encoding="utf-8"))
    code = classroom.normalise_code(args.class_code) if getattr(args, "class_code", None) else classroom.new_code()
    trainer = classroom.TrainerSession.start(transport_for(args, code), data, clock.now())
    console = TrainerConsole(trainer)
    console.resize(1366, 768)
    console.show()
    return QApplication.instance().exec()


def open_editor(path):
    """The scenario editor on ``path``: its pack, or a new one saved there."""
    from pathlib import Path

    from app.services.training import training_cases
    from app.ui.dialogs.scenario_editor import ScenarioEditorWindow
    path = Path(path)
    data = training_cases.read_pack(path) if path.exists() else training_cases.new_pack(name=path.stem)
    return ScenarioEditorWindow(data, path)


def run_editor(args) -> int:
    from PySide6.QtWidgets import QApplication
    editor = open_editor(args.edit_pack)
    editor.show()
    return QApplication.instance().exec()
