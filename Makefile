# Two commands do all the set-up on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
# Byte-code caches make every CLI call and test subprocess start faster.
unexport PYTHONDONTWRITEBYTECODE
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run demo test test-fast translations lupdate bench dist self-test screenshots clean

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
test: $(STAMP) translations
	@if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then \
		dbus-run-session -- bash tools/with-keyring.sh $(PY) -m pytest -rs $(PYTEST_ARGS); \
	else \
		$(PY) -m pytest -rs $(PYTEST_ARGS); \
	fi

lupdate: $(STAMP)
	$(PY) tools/lupdate.py

bench: $(STAMP)
	$(PY) bench/run.py

dist: $(STAMP) translations
	$(PY) -m pip install -q -e ".[dist]"
	$(VENV)/bin/pyinstaller --noconfirm --clean build.spec
	QT_QPA_PLATFORM=offscreen ./dist/svarbox/svarbox --self-test

self-test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m app --self-test

screenshots: $(STAMP) translations
	for lang in da sv en; do SVARBOX_LANG=$$lang QT_QPA_PLATFORM=offscreen $(PY) tools/screenshot.py docs/screenshot-inbox-$$lang.png; done
	cp docs/screenshot-inbox-en.png docs/screenshot-inbox.png

clean:
	rm -rf build dist .pytest_cache
