import sys

from app.stdio import ensure_streams

# The windowed Svarbox.exe has no console: give it null streams before anything prints.
sys._svarbox_null_streams = ensure_streams()

from app.cli import main  # noqa: E402

raise SystemExit(main())
