"""A separate Svarbox process that runs the scheduler tick (posts.run_due): killed
mid-publish by the kill test, raced against a twin by the lease test."""
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.secrets import MemoryStore  # noqa: E402
from app.services.outbound import scheduler  # noqa: E402
from app.services.workspace import open_workspace  # noqa: E402


def main() -> int:
    data_dir, database_url = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else None)
    store = MemoryStore()
    for ref, token in json.loads(os.environ.get("SVARBOX_TEST_TOKENS", "{}")).items():
        store.set(ref, token)
    ws = open_workspace(data_dir, database_url or None, credentials=store, user="child")
    ready = os.environ.get("SVARBOX_TEST_READY_FILE")
    if ready:
        Path(ready + f".{os.getpid()}").write_text("ready")
        while not Path(ready).exists():
            pass
    published = scheduler.run_due(ws)
    print(json.dumps(published))
    ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
