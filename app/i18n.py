"""Translation for code outside ``app.ui``.

Qt-free modules call ``translate("Context", "Source text")``; pyside6-lupdate picks these
calls up like ``QCoreApplication.translate``. At run time the text goes through Qt's
translators once ``install()`` has loaded them (window and CLI alike); before that, or where
Qt is not importable, the English source text is returned.
"""
from __future__ import annotations

import locale
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

LANGUAGES = ("da", "sv", "en")
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"

_qt_translate = None
_installed: list = []  # keep QTranslator objects alive, Qt does not own them
_current = "en"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    if _qt_translate is None:
        return text.replace("%n", str(n)) if n >= 0 else text
    return _qt_translate(context, text, disambiguation, n)


_by_language: dict[str, object] = {}


def translate_in(language: str | None, context: str, text: str) -> str:
    """``text`` in ``language`` whatever language is installed (None: the installed one)."""
    if language is None or (language == _current and _qt_translate is not None):
        return translate(context, text)
    if language not in LANGUAGES or language == "en":
        return text
    translator = _by_language.get(language)
    if translator is None:
        from PySide6.QtCore import QTranslator
        translator = QTranslator()
        translator.load(str(translations_dir() / f"svarbox_{language}.qm"))
        _by_language[language] = translator
    return translator.translate(context, text) or text  # type: ignore[attr-defined]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (Qt's name, for lupdate)
    """Mark text for translation where it is declared; translate it where it is shown."""
    return text


def current_language() -> str:
    return _current


def system_language() -> str:
    """The OS locale's language if we ship it, else English."""
    for var in ("SVARBOX_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value:
            code = value.split(".")[0].split("_")[0].lower()
            return code if code in LANGUAGES else "en"
    try:
        code = (locale.getlocale()[0] or "en").split("_")[0].lower()
    except ValueError:
        code = "en"
    return code if code in LANGUAGES else "en"


def translations_dir() -> Path:
    # PyInstaller unpacks resources next to the executable (sys._MEIPASS).
    import sys

    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "resources" / "translations"
    return TRANSLATIONS_DIR


def install(language: str | None = None) -> str:
    """Load Svarbox's and Qt's own translations for ``language`` (None: follow the OS)."""
    global _qt_translate, _current
    lang = language if language in LANGUAGES else system_language()
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    app = QCoreApplication.instance()
    if app is None:  # CLI use: a core application is enough for translators
        app = QCoreApplication([])
        _installed.append(app)
    for old in [t for t in _installed if isinstance(t, QTranslator)]:
        QCoreApplication.removeTranslator(old)
        _installed.remove(old)
    # English too: its catalogue holds the plural forms ("%n item(s)" -> "1 item", "2 items").
    ours = QTranslator()
    if ours.load(str(translations_dir() / f"svarbox_{lang}.qm")):
        QCoreApplication.installTranslator(ours)
        _installed.append(ours)
    if lang != "en":
        qtbase = QTranslator()
        if qtbase.load(QLocale(lang), "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(qtbase)
            _installed.append(qtbase)
    QLocale.setDefault(QLocale({"da": QLocale.Language.Danish, "sv": QLocale.Language.Swedish}
                               .get(lang, QLocale.Language.English),
                               {"da": QLocale.Country.Denmark, "sv": QLocale.Country.Sweden}
                               .get(lang, QLocale.Country.UnitedKingdom)))
    _qt_translate = QCoreApplication.translate
    _current = lang
    return lang


@contextmanager
def language_for_command(language: str | None) -> Iterator[str]:
    """Translate through Svarbox's catalogue for ``language`` (None: the OS) while a command
    runs, without a Qt application: a CLI command must not create one (a script pays no Qt
    start-up, and in-process callers such as tests may create their own later). The previous
    translation comes back afterwards."""
    global _qt_translate, _current
    lang = language if language in LANGUAGES else system_language()
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    loaded = translator.load(str(translations_dir() / f"svarbox_{lang}.qm"))

    def translated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        # QTranslator leaves %n to QCoreApplication.translate, which is not used here.
        out = (translator.translate(context, text, disambiguation, n) if loaded else "") or text
        return out.replace("%n", str(n)) if n >= 0 else out

    previous = _qt_translate, _current
    _qt_translate, _current = translated, lang
    try:
        yield lang
    finally:
        _qt_translate, _current = previous


def platform_name(key: str) -> str:
    """A platform's name as people write it (the demo platform's in their language)."""
    return {"facebook": "Facebook", "messenger": "Messenger", "instagram": "Instagram", "x": "X",
            "linkedin": "LinkedIn", "youtube": "YouTube", "bluesky": "Bluesky",
            "mastodon": "Mastodon", "demo": translate("Outbox", "Demo")}.get(key, key)
