"""A separate Svarbox process that flushes the outbox: killed mid-send by the kill test,
raced against a twin by the two-workers test. The token comes in through the environment
into an in-memory keychain (the parent's keychain is not shared across processes)."""
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.secrets import MemoryStore  # noqa: E402
from app.services.outbound import outbox  # noqa: E402
from app.services.workspace import open_workspace  # noqa: E402


def main() -> int:
    data_dir, database_url = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else None)
    store = MemoryStore()
    for ref, token in json.loads(os.environ.get("SVARBOX_TEST_TOKENS", "{}")).items():
        store.set(ref, token)
    ws = open_workspace(data_dir, database_url or None, credentials=store, user="child")
    ready = os.environ.get("SVARBOX_TEST_READY_FILE")
    if ready:   # line the racers up: both start flushing at the same moment
        Path(ready + f".{os.getpid()}").write_text("ready")
        while not Path(ready).exists():
            pass
    results = outbox.flush(ws)
    print(json.dumps([r.to_json() for r in results]))
    ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
