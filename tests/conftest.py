import os
import sys
from pathlib import Path

# Widgets render for real without a display; the keychain defaults to nothing real.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SVARBOX_LANG", "en")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# PostgreSQL fixtures (pg_server, pg_url, db_url parametrised over SQLite and PostgreSQL).
pytest_plugins = ["tests.team.pgfixtures"]
