"""Nordic-language text for search and answer memory: cheap language detection, tokens,
stop words and Snowball stems (Danish, Swedish, Norwegian, Finnish, English).

Everything here is local and deterministic: no model, no network. Stemming means "vej" finds
"vejen"/"vejene" and "skola" finds "skolan"/"skolor"; stop words keep "hej", "og", "jag" from
making every question look alike.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from typing import Any

import snowballstemmer

LANGUAGES = {"da": "danish", "sv": "swedish", "nb": "norwegian", "no": "norwegian",
             "fi": "finnish", "en": "english"}

# A few hundred of the commonest function words; enough to tell the languages apart on a
# sentence and to keep greetings and glue words out of similarity.
_STOP = {
    "da": """af alle andet at bare blev bliver da de dem den denne der deres det dette dig din
        dine disse du efter eller en end er et for fordi fra få går har hav havde have hej hende
        her hilsen hvad hvem hvor hvordan hvornår hvis hvorfor i ikke ind jeg jer jo kan kommer
        kunne man med meget men mig min mine mit må ned noget nogen nu når og også om op os over
        på sig sin sine skal skulle som så tak til ud under var vi vil ville være været venlig
        venlige hilsner vores vor jeres igen gerne lige godt allerede stadig bliver blevet
        hvorfor nogen nogle sådan selv kun gør gøre gjort""",
    "sv": """alla allt att av bara blev bli blir de dem den denna det detta dig din dina du där
        efter eller en ett fick finns för från får gör hade har hej hur hälsning i inte jag ju
        kan kommer kunde man med mig min mina mitt måste ni nu när och också om oss på sig sin
        sina ska skulle som så tack till ut under var vad varför vem vi vill vilken är än över
        vänlig vänliga hälsningar vår våra vårt era igen gärna bara redan fortfarande blivit
        någon några sådan själv gör göra gjort""",
    "nb": """alle at av bare ble bli blir da de dem den denne der deres det dette deg din dine du
        eller en er et etter for fordi fra får gjør har hadde hei hva hvem hvor hvordan hvorfor
        hvis i ikke inn jeg kan kommer kunne man med meg min mine mitt må ned noe noen nå når og
        også om opp oss over på seg sin sine skal skulle som så takk til ut under var vi vil
        være vennlig hilsen""",
    "fi": """ei en et ja jos kun kuin me mikä miksi milloin minä missä mitä mutta ne niin nyt ole
        olen on ovat se sen siitä sinä te tämä että kiitos hei terveisin""",
    "en": """a about after all also an and are as at be because been but by can could did do
        does for from had has have hello hi how i if in into is it its me my no not of on or our
        please so thank thanks that the their them then there they this to up was we were what
        when where which who why will with would you your regards""",
}
STOP_WORDS = {lang: frozenset(words.split()) for lang, words in _STOP.items()}
STOP_WORDS["no"] = STOP_WORDS["nb"]

# Letters that only one of the Scandinavian languages writes.
_MARKERS = {"da": set("æø"), "nb": set("æø"), "sv": set("äö"), "fi": set("äö")}
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Lower-case words (letters only), NFKC-normalised so full-width letters count too."""
    normal = unicodedata.normalize("NFKC", text or "").casefold()
    return _WORD.findall(normal)


def detect_language(text: str, default: str = "da") -> str:
    """The language of a short citizen text, by stop words and letters; `default` (usually the
    account's language) when the text says too little to decide."""
    words = tokens(text)
    if not words:
        return default
    scores: dict[str, float] = {}
    for lang in ("da", "sv", "nb", "fi", "en"):
        stop = STOP_WORDS[lang]
        scores[lang] = sum(1.0 for w in words if w in stop)
    letters = set("".join(words))
    for lang, marks in _MARKERS.items():
        scores[lang] += 0.5 * len(letters & marks)
    # Danish and Norwegian share most words; the account's own language settles a tie.
    best = max(scores.values())
    if best < 1.0:
        return default
    leaders = [lang for lang, score in scores.items() if score == best]
    return default if default in leaders else leaders[0]


_per_thread = threading.local()


def _stemmer(language: str) -> Any:   # snowballstemmer has no type hints
    """This thread's stemmer for ``language``. A Snowball stemmer keeps the word it is working
    on in the object, so two threads sharing one corrupt each other's word: a search typed in
    the window while a background job stemmed failed with an IndexError."""
    stemmers: dict[str, Any] | None = getattr(_per_thread, "stemmers", None)
    if stemmers is None:
        stemmers = _per_thread.stemmers = {}
    found = stemmers.get(language)
    if found is None:
        found = stemmers[language] = snowballstemmer.stemmer(LANGUAGES.get(language, "danish"))
    return found


@lru_cache(maxsize=200_000)
def stem(word: str, language: str) -> str:
    stemmer = _stemmer(language)
    out: str = stemmer.stemWord(word)
    # Swedish Snowball leaves the definite "-an" (skolan, gatan) alone; one step more makes
    # "skolan" meet "skola" and "skolor" at "skol".
    if language == "sv" and out == word and len(word) > 4 and word.endswith("an"):
        out = stemmer.stemWord(word[:-1])
    return out


def stems(text: str, language: str, *, keep_stop_words: bool = False) -> list[str]:
    """Stems of the content words of `text`, in order (duplicates kept)."""
    stop = STOP_WORDS.get(language, frozenset())
    return [stem(w, language) for w in tokens(text)
            if len(w) > 1 and (keep_stop_words or w not in stop)]


# --- inflected forms, for search ----------------------------------------------------------------
# Search keeps its plain word index (FTS5 / to_tsvector('simple')) and asks it for the forms of
# a word that share its stem: "vej" is searched as vej OR vejen OR vejene ... . The forms are
# the stem with the inflectional endings Snowball removes (commonest first; also after a
# doubled consonant: "kat" -> "katte"); each candidate is kept only if Snowball stems it back
# to the same stem, so nothing matches that stemming would not match.
_ENDINGS = {
    "da": "e en er et s ene erne ens es ets ers ede ende ere ernes enes eres ets eret erede",
    "sv": "a an en ar er or na s arna erna orna ans ens ars ors et at ad ade ande are arnas "
          "ernas ornas es as",
    "nb": "a e en er et s ene ane ar ens ets ers enes ede ende es as",
    "fi": "n a ä t ta tä na nä ssa ssä sta stä lla llä lta ltä lle ksi seen iin in ien jen "
          "ja jä issa issä ista istä illa illä ille ihin",
}
_ENDINGS["no"] = _ENDINGS["nb"]
_VOWELS = set("aeiouyæøåäö")
MAX_FORMS = 20


@lru_cache(maxsize=4096)
def inflections(word: str, language: str) -> tuple[str, ...]:
    """Other forms of `word` (lower-case) in `language` that Snowball stems to the same stem,
    commonest endings first: ("veje", "vejen", "vejene", ...) for Danish "vej". Empty for
    short words, stop words, words with digits and languages without a table."""
    word = word.casefold()
    table = _ENDINGS.get(language)
    if table is None or len(word) < 3 or not word.isalpha() or word in STOP_WORDS.get(language, ()):
        return ()
    root = stem(word, language)
    if len(root) < 2:
        return ()
    # A short stem may double its last consonant ("kat" -> "katte", "bus" -> "busser").
    bases = [root] if root[-1] in _VOWELS or len(root) > 4 else [root, root + root[-1]]
    forms: dict[str, None] = {}
    for ending in ("", *table.split()):
        for base in bases:
            form = base + ending
            if form != word and form not in forms and stem(form, language) == root:
                forms[form] = None
    return tuple(forms)[:MAX_FORMS]
