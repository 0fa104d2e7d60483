# Two commands do all the set-up on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
# Byte-code caches make every CLI call and test subprocess start faster.
unexport PYTHONDONTWRITEBYTECODE
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run demo lint test test-moments test-fast translations lupdate bench dist self-test screenshots clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e ".[test,postgres]"
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: $(STAMP) translations
	$(PY) -m app

demo: $(STAMP) translations
	$(PY) -m app --demo

# The whole suite. The keychain tests need a Secret Service: where dbus and gnome-keyring
# are installed (CI installs them), the run happens inside a private D-Bus session with an
# unlocked keyring.
lint: $(STAMP)
	$(VENV)/bin/ruff check app tests tools
	$(VENV)/bin/mypy

test: $(STAMP) translations lint
	@if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then \
		dbus-run-session -- bash tools/with-keyring.sh $(PY) -m pytest -rs $(PYTEST_ARGS); \
	else \
		$(PY) -m pytest -rs $(PYTEST_ARGS); \
	fi

# The time-sensitive suites again at hostile moments (Friday 15:59, Sunday night, Christmas Eve,
# the October DST night, New Year's Eve, Monday morning) under Debian's faketime.
test-moments: $(STAMP) translations
	bash tools/hostile-moments.sh $(PY)

lupdate: $(STAMP)
	$(PY) tools/lupdate.py

bench: $(STAMP)
	$(PY) bench/run.py

dist: $(STAMP) translations
	$(PY) -m pip install -q -e ".[dist]"
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec
	$(MAKE) dist-check

self-test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m app --self-test

screenshots: $(STAMP) translations
	for lang in da sv en; do SVARBOX_LANG=$$lang QT_QPA_PLATFORM=offscreen $(PY) tools/screenshot.py docs/screenshot-inbox-$$lang.png; done
	cp docs/screenshot-inbox-en.png docs/screenshot-inbox.png

clean:
	rm -rf build dist .pytest_cache

# --- IT rollout (issue 17): the bundle's two programs, installers, their validation ----------
# dist-check: both programs are in the one folder and the console one passes the self-test
# (inside a private D-Bus session with an unlocked keyring where one can run, as `make test`).
# installers: the per-user NSIS installer and the per-machine MSI from dist/svarbox (built by
# `make dist`; INSTALLER_SOURCE may point at another folder of the same layout);
# installers-check: the MSI's tables and properties (msiinfo) and the NSIS installer's content.
.PHONY: dist-check installers installers-check
INSTALLER_SOURCE ?= dist/svarbox
dist-check:
	test -x dist/svarbox/svarbox && test -x dist/svarbox/svarbox-cli
	./dist/svarbox/svarbox-cli --version
	@if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then \
		QT_QPA_PLATFORM=offscreen dbus-run-session -- bash tools/with-keyring.sh ./dist/svarbox/svarbox-cli --self-test; \
	else \
		QT_QPA_PLATFORM=offscreen ./dist/svarbox/svarbox-cli --self-test; \
	fi

INSTALLER_FLAGS ?=
installers: $(STAMP)
	$(PY) installer/build.py --source $(INSTALLER_SOURCE) --out dist/installers $(INSTALLER_FLAGS)

installers-check: installers
	$(PY) installer/check.py dist/installers --source $(INSTALLER_SOURCE)

# --- chaos: proof under faults (issue 23) ----------------------------------------------------
# `make chaos`: the short run (tests/chaos, a few minutes). `make chaos LONG=1`: the long run,
# KILLS random SIGKILLs per store (default 1000) on SQLite and PostgreSQL, then again with the
# fault-injecting proxy in front of every platform and the environment faults (a full disk on
# SQLite, the database server stopped on PostgreSQL; tools/chaos/envfaults.py, needs root);
# its summary goes to tools/chaos/last-long-run.json.
.PHONY: chaos
KILLS ?= 1000
chaos: $(STAMP) translations
ifdef LONG
	$(PY) -m tools.chaos.run --db both --kills $(KILLS) --json tools/chaos/last-long-run.json
	$(PY) -m tools.chaos.run --db both --kills $(KILLS) --faults --json tools/chaos/last-long-run-faults.json
else
	SVARBOX_CHAOS=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider tests/chaos
endif
# --- end chaos --------------------------------------------------------------------------------
