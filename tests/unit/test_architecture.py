"""The house stays standing: every module imports, and the layers keep to themselves
(no Qt under models, connectors or services; no HTTP or SQL in the UI)."""
import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import app

APP_DIR = Path(app.__file__).resolve().parent
FORBIDDEN = {
    "models": {"PySide6", "requests"},
    "connectors": {"PySide6", "sqlalchemy"},
    "services": {"PySide6", "requests"},
    "ui": {"requests", "sqlalchemy"},
}


def modules():
    for info in pkgutil.walk_packages([str(APP_DIR)], prefix="app."):
        if ".migrations" in info.name or info.name == "app.__main__":
            continue
        yield info.name


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    roots = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("name", sorted(modules()))
def test_every_module_imports(name):
    importlib.import_module(name)


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_boundaries(layer):
    offenders = {}
    for path in (APP_DIR / layer).rglob("*.py"):
        if "migrations" in path.parts:
            continue
        bad = imported_roots(path) & FORBIDDEN[layer]
        if bad:
            offenders[str(path.relative_to(APP_DIR))] = sorted(bad)
    assert offenders == {}


def test_services_and_connectors_reach_ui_only_through_callbacks():
    for layer in ("models", "connectors", "services"):
        for path in (APP_DIR / layer).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "from app.ui" not in text and "import app.ui" not in text, path


def test_no_rich_text_with_citizen_text():
    """setHtml / RichText may appear only where the text is escaped first (checked by name)."""
    for path in (APP_DIR / "ui").rglob("*.py"):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "setHtml(" in line or "RichText" in line:
                assert "escape" in line or "# safe:" in line, f"{path.name}:{lineno}: {line.strip()}"
