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


# --- the import graph -------------------------------------------------------------------------
#
# Edges are every import statement inside app/, at module level AND inside functions: a lazy
# import only postpones a circle to the first call, it does not remove it, so both count.
# Imports under ``if TYPE_CHECKING:`` are ignored (they never run). A cycle is reported as
# the strongly connected component that contains it.

def _module_name(path: Path) -> str:
    parts = list(path.relative_to(APP_DIR.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _app_modules() -> dict[str, Path]:
    return {_module_name(p): p for p in APP_DIR.rglob("*.py") if "migrations" not in p.parts}


def _imports_of(path: Path, known: dict[str, Path]) -> set[str]:
    """The app modules ``path`` imports (a name imported from a package that is itself a
    module counts as that module: ``from app.services import outbox``)."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]

    def resolve(dotted: str) -> str | None:
        while dotted and dotted not in known:
            dotted = dotted.rpartition(".")[0]
        return dotted or None

    found: set[str] = set()

    def visit(nodes) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
                visit(node.orelse)
                continue
            if isinstance(node, ast.Import):
                found.update(filter(None, (resolve(a.name) for a in node.names)))
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    module = ".".join(base + ([node.module] if node.module else []))
                else:
                    module = node.module or ""
                for alias in node.names:
                    full = f"{module}.{alias.name}"
                    target = full if full in known else resolve(module)
                    if target:
                        found.add(target)
            visit(ast.iter_child_nodes(node))

    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    found.discard(name)
    return {m for m in found if m.startswith("app")}


def import_graph() -> dict[str, set[str]]:
    known = _app_modules()
    return {name: _imports_of(path, known) for name, path in known.items()}


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in graph:
                    continue
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    cycles.append(sorted(component))
    return cycles


def test_the_cycle_finder_finds_a_cycle():
    graph = {"app.a": {"app.b"}, "app.b": {"app.c"}, "app.c": {"app.a"}, "app.d": {"app.a"}}
    assert import_cycles(graph) == [["app.a", "app.b", "app.c"]]
    assert import_cycles({"app.a": {"app.b"}, "app.b": set()}) == []


def test_the_graph_sees_lazy_and_relative_imports():
    graph = import_graph()
    assert "app.services.outbound.connections" in graph["app.services.outbound.outbox"]     # a function-level import
    assert "app.models.tables" in graph["app.services.outbound.outbox"]


def test_no_import_cycles_inside_app():
    assert import_cycles(import_graph()) == []


def test_no_upward_imports():
    """config and connectors sit below services: they never import them (nor the UI)."""
    graph = import_graph()
    offenders = {name: sorted(m for m in deps if m.startswith(("app.services", "app.ui")))
                 for name, deps in graph.items()
                 if name == "app.config" or name.startswith(("app.connectors", "app.models"))}
    assert {k: v for k, v in offenders.items() if v} == {}


WALL_CLOCK = ("datetime.now(", "datetime.utcnow(", ".utcnow(", "date.today(", "time.time(")


def test_only_app_clock_reads_the_wall_clock():
    offenders = []
    for path in APP_DIR.rglob("*.py"):
        if path == APP_DIR / "clock.py":
            continue
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if any(call in code for call in WALL_CLOCK):
                offenders.append(f"{path.relative_to(APP_DIR)}:{lineno}: {line.strip()}")
    assert offenders == []


def test_no_import_error_fallbacks_for_modules_that_ship():
    offenders = [str(p.relative_to(APP_DIR)) for p in APP_DIR.rglob("*.py")
                 if "except ImportError" in p.read_text(encoding="utf-8")]
    assert offenders == []


# Where the UI still opens a session itself. The task runner's run_in_session is the door;
# the page fetch of visible rows is synchronous by design. The report window's report job and
# the template editor's synchronous saves are not moved yet: this list may only shrink.
UI_SESSIONS_ALLOWED = {"tasks.py", "report_window.py", "template_editor.py",
                       # Written in parallel with the door (issues 19, 22, 24) and not moved yet:
                       # their reads and saves are small, but they belong on run_in_session.
                       "post_composer.py", "calendar_window.py", "access_ui.py",
                       "audit_window.py"}


def test_the_ui_opens_no_database_session_itself():
    offenders = []
    for path in (APP_DIR / "ui").rglob("*.py"):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if ".session()" in line and path.name not in UI_SESSIONS_ALLOWED and "# page fetch" not in line:
                offenders.append(f"{path.name}:{lineno}: {line.strip()}")
    assert offenders == []
