#!/usr/bin/env bash
# Run the time-sensitive suites again at hostile moments (issue 13): the app's clock starts at
# the moment (SVARBOX_TEST_NOW) and the whole process lives there too (Debian's faketime), so a
# stray wall-clock read shows up as a failure instead of passing on a lucky weekday.
# Usage: tools/hostile-moments.sh PYTHON [pytest args...]
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${1:?python}"; shift || true
if ! command -v faketime >/dev/null 2>&1; then
  echo "hostile-moments: faketime is not installed (Debian package faketime); not run" >&2
  [ "${CI:-}" = "true" ] && exit 1 || exit 0
fi
SUITES=(tests/unit/test_deadlines.py tests/unit/test_calendar.py tests/unit/test_notify.py
        tests/unit/test_countdown.py tests/unit/test_reports.py tests/unit/test_training.py
        tests/unit/test_training_packs.py tests/unit/test_crisis.py tests/unit/test_demo.py
        tests/ui/test_main_window.py tests/ui/test_training_ui.py tests/ui/test_report_window.py)
# Europe/Copenhagen: label, local wall time for faketime, the same moment with its offset.
MOMENTS=(
  "Friday 15:59|2026-12-11 15:59:00|2026-12-11T15:59:00+01:00"
  "Sunday 23:30|2026-12-13 23:30:00|2026-12-13T23:30:00+01:00"
  "Christmas Eve 09:00|2026-12-24 09:00:00|2026-12-24T09:00:00+01:00"
  "October DST night 02:30 (the second one, winter time)|2026-10-25 02:30:00|2026-10-25T02:30:00+01:00"
  "New Year's Eve 23:59:30|2026-12-31 23:59:30|2026-12-31T23:59:30+01:00"
  "Monday 08:00 after an overdue Friday|2026-12-14 08:00:00|2026-12-14T08:00:00+01:00"
)
export TZ=Europe/Copenhagen
# Children (CLI and worker tests) keep the parent's faked time instead of starting over.
export FAKETIME_DONT_RESET=1
# The moments are independent processes: run as many at once as there are cores (CI has two),
# each into its own log, printed in order afterwards.
jobs="${MOMENT_JOBS:-$(nproc 2>/dev/null || echo 1)}"
logs="$(mktemp -d)"
pids=()
i=0
for entry in "${MOMENTS[@]}"; do
  IFS='|' read -r label wall iso <<<"$entry"
  (
    echo "== at $label ($iso)"
    if SVARBOX_TEST_NOW="$iso" faketime "$wall" "$PY" -m pytest -q -p no:cacheprovider "$@" "${SUITES[@]}"; then
      echo "ok" > "$logs/$i.status"
    else
      echo "!! failed at $label ($iso)"; echo "failed" > "$logs/$i.status"
    fi
  ) > "$logs/$i.log" 2>&1 &
  pids+=($!)
  i=$((i + 1))
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do sleep 1; done
done
wait "${pids[@]}" || true
status=0
for n in $(seq 0 $((i - 1))); do
  cat "$logs/$n.log"
  [ "$(cat "$logs/$n.status" 2>/dev/null)" = "ok" ] || status=1
done
rm -rf "$logs"
exit $status
