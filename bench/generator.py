"""Realistic Svarbox caches of any size, generated fast, cached under ``bench/data/``.

``ensure_cache(size)`` returns the data folder of a cache with ``size`` rows in ``items``
(citizen items plus our own replies synced back from the platforms), spread over 50
accounts of 20 Danish and Swedish institutions, with threads, authors and Danish/Swedish
text. About 70 % of the citizen items are handled (answered, no reply needed, referred,
hidden, spam, deleted); the rest are open (new, or waiting for a follow-up after a holding
reply), most of them overdue by now.

How it stays fast (1M rows in well under two minutes on a 2-core box):

1. The database is created by the real code: ``open_workspace(data_dir)`` runs the Alembic
   migrations, and institutions and accounts are added through the ORM.
2. Threads and items are written with plain ``sqlite3.executemany`` in id order. For the
   bulk load the items indexes and triggers (FTS, kept counts) are dropped, and re-created from
   their exact DDL as read from ``sqlite_master`` afterwards; the FTS5 index is filled with
   FTS5's own ``'rebuild'`` command, then merged into one segment with ``'optimize'``, and the
   navigator's kept counts are counted afresh (``item_counts.refill``). The
   schema is compared before and after, so the result is exactly what the migrations made.
3. Deadlines come from the real engine (``app.services.inbound.items.first_due_for`` and
   ``followup_due_for``) for every item. No memoisation is needed: the engine costs about
   6 µs per item because the calendar memoises its open intervals. The values are the ones
   ``recompute_deadlines`` would compute, so recomputing them is a no-op on the data.

Times are relative to the moment of generation (``meta.json`` records it). A cache is keyed
by size and ``GENERATOR_VERSION``: change the generator, bump the version.

Usage: ``python bench/generator.py 10000 100000 1000000`` (or import ``ensure_cache``).
"""
from __future__ import annotations

import gc
import json
import os
import random
import shutil
import sqlite3
import sys
import time
import zlib
from bisect import bisect
from datetime import datetime, timedelta, timezone
from itertools import accumulate
from pathlib import Path
from types import SimpleNamespace

# BENCH_APP_ROOT: measure another checkout of the app (e.g. a patched copy) with these caches.
ROOT = Path(os.environ.get("BENCH_APP_ROOT") or Path(__file__).resolve().parent.parent)
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

GENERATOR_VERSION = 2                  # 2: FTS5 'optimize' after 'rebuild'
DATA_DIR = Path(os.environ.get("BENCH_DATA_DIR") or Path(__file__).resolve().parent / "data")
DB_FILE = "svarbox.sqlite3"
BENCH_USER = "Mette Kjeldsen"          # the communicator of the "Assigned to me" view
COMMON_WORD = "kommune"                # in roughly a fifth of the texts (da "kommune", sv "kommunen")
RARE_WORD = "Skærbækvej"               # in 1 text of 50,000 (20 in a million)
RARE_EVERY = 50_000
OWN_SHARE = 0.10                       # rows that are our own replies synced back
HANDLED_SHARE = 0.70                   # of the citizen items
SPAN_DAYS = 3 * 365                    # history kept in the cache
SEED = 20261121

# --- institutions and accounts -----------------------------------------------------------

INSTITUTIONS = [
    # name, country, website
    ("Viborg Kommune – Kommunikation", "DK", "https://viborg.dk"),
    ("Viborg Bibliotekerne", "DK", "https://viborgbib.dk"),
    ("Aarhus Kommune – Borgerservice", "DK", "https://aarhus.dk"),
    ("Aarhus Kommune – Teknik og Miljø", "DK", "https://aarhus.dk/tmf"),
    ("Odense Kommune", "DK", "https://odense.dk"),
    ("Odense Letbane", "DK", "https://odenseletbane.dk"),
    ("Esbjerg Kommune", "DK", "https://esbjerg.dk"),
    ("Hjørring Kommune – Skoler", "DK", "https://hjoerring.dk/skoler"),
    ("Roskilde Kommune", "DK", "https://roskilde.dk"),
    ("Roskilde Bibliotekerne", "DK", "https://roskildebib.dk"),
    ("Sønderborg Kommune", "DK", "https://sonderborg.dk"),
    ("Frederiksberg Forsyning", "DK", "https://frb-forsyning.dk"),
    ("Malmö stad – Kommunikation", "SE", "https://malmo.se"),
    ("Rosengårdsskolan", "SE", "https://malmo.se/rosengardsskolan"),
    ("Göteborgs Stad", "SE", "https://goteborg.se"),
    ("Göteborgs Stadsbibliotek", "SE", "https://goteborg.se/bibliotek"),
    ("Uppsala kommun", "SE", "https://uppsala.se"),
    ("Lunds kommun – Kultur", "SE", "https://lund.se/kultur"),
    ("Helsingborgs stad", "SE", "https://helsingborg.se"),
    ("Växjö kommun – Vatten och avfall", "SE", "https://vaxjo.se"),
]
PLATFORMS = ("facebook", "instagram", "x", "linkedin", "youtube")
DK_POLICIES = ("workdays:2", "hours:24", "business_hours:8")
# 50 accounts: the first institutions (the big municipal units) have several channels.
ACCOUNT_PLAN = [5, 2, 4, 3, 4, 2, 3, 2, 3, 2, 2, 2, 4, 2, 3, 2, 2, 1, 1, 1]
assert sum(ACCOUNT_PLAN) == 50 and len(ACCOUNT_PLAN) == len(INSTITUTIONS)

# --- people --------------------------------------------------------------------------------

DA_FIRST = ("Søren Birthe Karsten Hanne Peter Maja Lise Henrik Mette Jonas Signe Anders Kirsten "
            "Jens Lene Niels Pia Rasmus Camilla Morten Anne Thomas Susanne Lars Tina Bo Dorthe "
            "Mads Louise Kasper Ida Frederik Helle Martin Rikke Jesper Gitte Mikkel Charlotte "
            "Christian Bente Jakob Marianne Ole Hanna Emil Sofie Torben Line").split()
DA_LAST = ("Madsen Holm Lund Søgaard Vinther Kjær Dahl Poulsen Nielsen Jensen Hansen Pedersen "
           "Andersen Christensen Larsen Sørensen Rasmussen Jørgensen Petersen Kristensen Olsen "
           "Thomsen Møller Mortensen Bach Schmidt Eriksen Frandsen Lauridsen Mikkelsen Bertelsen "
           "Overgaard Skov Vestergaard Damgaard Højgaard Lindholm Brøndum Kjeldsen Gregersen").split()
SV_FIRST = ("Anna Erik Johanna Ali Sanna Lars Karin Anders Maria Per Eva Johan Lena Mikael "
            "Kerstin Fredrik Ingrid Oskar Elin Gustav Sara Nils Emma Magnus Linnea Björn Ebba "
            "Mohammed Amira Hampus Maja Viktor Astrid Henrik Sofia Pontus Agneta Jonas Frida").split()
SV_LAST = ("Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson "
           "Gustafsson Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson "
           "Magnusson Lindström Olofsson Lindqvist Lindgren Berg Axelsson Bergström Lundberg "
           "Lind Lundgren Mattsson Berglund Fredriksson Sandberg Henriksson Åberg Ekström").split()

# --- words ---------------------------------------------------------------------------------

DA_PLACES = ("Bjerringbro Karup Stoholm Tjele Ørum Skive Hald Ege Overlund Randers Brabrand "
             "Viby Hasle Risskov Tilst Dalum Vollsmose Bolbro Tarup Hjallerup Sindal Hirtshals "
             "Jyllinge Viby Gundsø Nordborg Augustenborg Gråsten Sundeved Valby").split()
SV_PLACES = ("Rosengård Limhamn Husie Oxie Fosie Kirseberg Hyllie Majorna Angered Frölunda "
             "Hisingen Biskopsgården Gottsunda Sävja Gränby Luthagen Norra Fäladen Dalby "
             "Södra Sandby Råå Drottninghög Teleborg Araby Öster").split()
DA_STREETS = ("Skovvej Ellekærvej Randersvej Søndergade Nørregade Vestergade Banegårdsgade "
              "Kirkevej Møllevej Industrivej Engvej Birkevej Bøgevej Ahornvej Grønnegade "
              "Stationsvej Parkvej Skolevej Bakkevej Åvej").split()
SV_STREETS = ("Storgatan Kungsgatan Drottninggatan Skolgatan Kyrkogatan Järnvägsgatan "
              "Parkvägen Björkvägen Ringvägen Industrigatan Östra Förstadsgatan Amiralsgatan "
              "Södra Vägen Linnégatan Vasagatan").split()

DA_SENTENCES = (
    "Hej. Vores skraldespand er ikke blevet tømt siden {day}, og nu flyder det over.",
    "Hvornår kommer de så på {street} i {place}?",
    "Jeg kan ikke finde det i kalenderen på kommunens hjemmeside.",
    "14 dage med madaffald om sommeren? Det kommer til at lugte langt væk.",
    "Skal man selv bestille ny beholder til pap, eller kommer den automatisk?",
    "Det her er simpelthen for dårligt. Tredje gang på to år at I graver {street} op.",
    "Hvem i kommunen har planlagt omkørslen ved {place}?",
    "Tak for en god dag på biblioteket i {place} – børnene elskede det.",
    "Er biblioteket i {place} åbent {day}?",
    "Hvorfor er der ikke ryddet sne på cykelstien langs {street}?",
    "Min søn har ikke fået plads i SFO endnu. Hvem kan jeg kontakte?",
    "Vi har ventet på svar fra kommunen i over tre uger nu.",
    "Bussen mod {place} kom slet ikke i morges, og ingen sagde noget.",
    "Super god idé med sms-påmindelse om tømning.",
    "Kan I oplyse, hvornår vejarbejdet på {street} er færdigt?",
    "Jeg har sendt en ansøgning om byggetilladelse for to måneder siden og hørt intet.",
    "Gatelyset på {street} har været slukket i en uge. Det er farligt for børnene.",
    "Hvornår åbner svømmehallen i {place} igen efter renoveringen?",
    "Der ligger storskrald på fortovet ved {street} {number}, som ingen har hentet.",
    "Tusind tak for hjælpen i borgerservice {day}!",
    "Kommunen burde lytte mere til borgerne i {place}.",
    "Er der stadig ledige pladser på sommerholdet for børn?",
    "Hvad koster det at få hentet haveaffald?",
    "Parkeringen ved skolen på {street} er et kaos hver morgen kl. {hour}.",
    "Linket i opslaget virker ikke på min telefon.",
    "Hvornår kommer der svar på min klage over støj fra {street}?",
    "Jeg bor i {place} og vil gerne høre mere om den nye lokalplan.",
    "Hvorfor skal vi betale mere for vand, når kvaliteten ikke er blevet bedre?",
    "Dejligt at se, at legepladsen i {place} endelig bliver renoveret.",
    "Kan man stadig melde sig til borgermødet på {day}?",
)
SV_SENTENCES = (
    "Hej! Soptunnan på {street} i {place} har inte tömts sedan {day}.",
    "När kommer kommunen att laga gatubelysningen på {street}?",
    "Varför har ingen plogat cykelvägen längs {street}? Det är livsfarligt.",
    "Tack för en fin dag på biblioteket i {place}!",
    "Har biblioteket i {place} öppet på {day}?",
    "Min dotter har fortfarande ingen plats på förskolan. Vem ska jag ringa?",
    "Vi har väntat på svar från kommunen i över tre veckor nu.",
    "Bussen mot {place} kom inte i morse och ingen informerade oss.",
    "När blir vägarbetet på {street} klart?",
    "Jag skickade in en bygglovsansökan för två månader sedan och har inte hört något.",
    "Det ligger grovsopor på trottoaren vid {street} {number} som ingen hämtar.",
    "Stort tack till kontaktcenter för hjälpen i går!",
    "Kommunen borde lyssna mer på oss som bor i {place}.",
    "Finns det platser kvar på sommarlägret för barn?",
    "Vad kostar det att få trädgårdsavfall hämtat?",
    "Parkeringen vid skolan på {street} är kaos varje morgon klockan {hour}.",
    "Länken i inlägget fungerar inte på min telefon.",
    "När får jag svar på mitt klagomål om buller från {street}?",
    "Jag bor i {place} och vill veta mer om den nya detaljplanen.",
    "Varför ska vi betala mer för vattnet när kvaliteten inte blivit bättre?",
    "Härligt att lekplatsen i {place} äntligen rustas upp.",
    "Går det fortfarande att anmäla sig till medborgardialogen på {day}?",
    "Simhallen i {place} har varit stängd i månader. När öppnar den igen?",
    "Fantastiskt jobbat med den nya cykelbanan!",
    "Varför står det inget om detta på kommunens hemsida?",
)
DA_COMMON = "Har kommunen overhovedet tænkt over det?"
SV_COMMON = "Vad tänker kommunen göra åt det?"
DA_DAYS = ("mandag tirsdag onsdag torsdag fredag lørdag søndag "
           "onsdag_i_sidste_uge").replace("_", " ").split(" ")
SV_DAYS = "måndag tisdag onsdag torsdag fredag lördag söndag".split()
EMOJI = ("", "", "", "", " 🙄", " 👍", " 😡", " 🙏", " ❤️", " 🤢")
DA_REPLIES = ("Hej {first}. Tak for din henvendelse – vi har sendt den videre til de rette "
              "kolleger, og du hører fra os hurtigst muligt. /{staff}, {inst}",
              "Hej {first}. Det er vi kede af at høre. Skriv gerne din adresse i en privat "
              "besked, så ser vi på det med det samme. /{staff}",
              "Hej {first}. Svaret er ja – du skal ikke gøre noget. God dag! /{staff}")
SV_REPLIES = ("Hej {first}! Tack för att du hör av dig. Vi har skickat frågan vidare och "
              "återkommer så snart vi kan. /{staff}, {inst}",
              "Hej {first}. Vad tråkigt att höra. Skicka gärna din adress i ett privat "
              "meddelande så tittar vi på det direkt. /{staff}",
              "Hej {first}! Svaret är ja – du behöver inte göra något. Ha en fin dag! /{staff}")

KIND_MIX = {
    "facebook": (("comment", 0.58), ("reply", 0.22), ("message", 0.20)),
    "instagram": (("comment", 0.75), ("reply", 0.25)),
    "x": (("mention", 0.80), ("reply", 0.20)),
    "linkedin": (("comment", 0.85), ("reply", 0.15)),
    "youtube": (("comment", 0.70), ("reply", 0.30)),
}
# Handled statuses and their share of the handled items.
HANDLED_MIX = (("answered", 0.80), ("no_reply", 0.09), ("referred", 0.03), ("hidden", 0.05),
               ("spam", 0.025), ("deleted", 0.005))
ITEM_COLUMNS = ("id", "account_id", "thread_id", "external_id", "parent_external_id", "kind",
                "author_id", "author_name", "text", "url", "received_at", "status", "is_hidden",
                "can_reply", "moderation_status", "has_id_number", "first_due_at",
                "followup_due_at", "due_at", "holding_sent_at", "handled_at", "handled_by",
                "answered_late", "assigned_to", "outbox_state", "notified_soon",
                "notified_overdue", "purged", "cached_at")
THREAD_COLUMNS = ("id", "account_id", "external_id", "kind", "text", "author_name", "url",
                  "created_at")


def utcnow() -> datetime:
    from app import clock        # the test clock under pytest, the system clock in a bench run
    return clock.now()


def fmt(moment: datetime | None) -> str | None:
    """A moment as SQLAlchemy's SQLite DateTime stores it (naive UTC, microseconds)."""
    if moment is None:
        return None
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")


def cache_dir(size: int) -> Path:
    return DATA_DIR / f"cache-{size}-g{GENERATOR_VERSION}"


def db_path(size: int) -> Path:
    return cache_dir(size) / DB_FILE


def read_meta(size: int) -> dict:
    return json.loads((cache_dir(size) / "meta.json").read_text(encoding="utf-8"))


def ensure_cache(size: int, log=print) -> Path:
    """The data folder of a generated cache of ``size`` item rows (generated once)."""
    folder = cache_dir(size)
    if (folder / "meta.json").exists() and (folder / DB_FILE).exists():
        return folder
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    tmp = DATA_DIR / f".tmp-{size}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    started = time.perf_counter()
    meta = generate(tmp, size, log=log)
    meta["generation_seconds"] = round(time.perf_counter() - started, 1)
    (tmp / "meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    tmp.rename(folder)
    log(f"generated {size:,} items in {meta['generation_seconds']} s -> {folder}")
    return folder


def retention_dir(size: int) -> Path:
    return DATA_DIR / f"cache-{size}-g{GENERATOR_VERSION}-retention"


def ensure_retention_cache(size: int, log=print) -> Path:
    """The generated cache after the retention rule has run once (made once, from a copy).

    A window opened on a cache purges handled items older than the retention period shortly
    after start (90 days by default): their text and author are emptied, the rows stay. On the
    generated cache (three years, denser towards now) that is most of the handled items, which
    then open Everything by deadline and every view sorted oldest first. The search benchmark
    measures that state too; it is made here with the real rule (``retention.purge_expired``
    with the workspace's retention period), never on the generated cache itself."""
    folder = retention_dir(size)
    if (folder / "meta.json").exists() and (folder / DB_FILE).exists():
        return folder
    source = ensure_cache(size, log=log)
    tmp = DATA_DIR / f".tmp-retention-{size}-{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    started = time.perf_counter()
    src, dst = sqlite3.connect(str(source / DB_FILE)), sqlite3.connect(str(tmp / DB_FILE))
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    from app.models.db import open_url
    from app.services.records import retention

    db = open_url(f"sqlite:///{tmp / DB_FILE}")
    try:
        with db.session() as session:
            days = retention.retention_days(session)
            result = retention.purge_expired(session, days, utcnow())
    finally:
        db.dispose()
    meta = json.loads((source / "meta.json").read_text(encoding="utf-8"))
    meta["retention"] = result.to_json()
    meta["retention_seconds"] = round(time.perf_counter() - started, 1)
    (tmp / "meta.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    tmp.rename(folder)
    log(f"retention purged {result.items:,} items, {result.own_replies:,} own replies in "
        f"{meta['retention_seconds']} s -> {folder}")
    return folder


# --- generation -------------------------------------------------------------------------

def _create_accounts(data_dir: Path, rng: random.Random, now: datetime) -> list[SimpleNamespace]:
    """Institutions and accounts through the real workspace (migrations) and the ORM."""
    from app.models import tables as t
    from app.secrets import MemoryStore
    from app.services.workspace import open_workspace

    ws = open_workspace(str(data_dir), credentials=MemoryStore(), user=BENCH_USER)
    accounts = []
    try:
        with ws.db.session() as s:
            n = 0
            for (name, country, website), count in zip(INSTITUTIONS, ACCOUNT_PLAN):
                inst = t.Institution(name=name, website=website, case_channel=f"{website}/kontakt")
                s.add(inst)
                s.flush()
                for k in range(count):
                    idx = n + k
                    platform = PLATFORMS[idx % len(PLATFORMS)] if k else "facebook"
                    short = name.split(" –")[0]
                    policy = "hours:24" if country == "SE" else DK_POLICIES[idx % len(DK_POLICIES)]
                    acc = t.Account(
                        name=f"{short} · {platform.capitalize()} {idx + 1}", platform=platform,
                        institution_id=inst.id, external_id=str(10_000_000 + idx),
                        handle=f"{short.split()[0].lower()}{idx + 1}", policy=policy,
                        followup_policy="workdays:2",
                        calendar=json.dumps({"country": country}),
                        language="sv" if country == "SE" else "da", sync_interval_minutes=5,
                        enabled=True, options="{}", status="ok", last_sync_at=now,
                        last_sync_ok_at=now, created_at=now - timedelta(days=SPAN_DAYS + 30))
                    s.add(acc)
                    s.flush()
                    first_names = SV_FIRST if country == "SE" else DA_FIRST
                    staff = ([BENCH_USER] if idx < 3 else []) + [rng.choice(first_names) for _ in range(3)]
                    accounts.append(SimpleNamespace(
                        id=acc.id, name=acc.name, platform=platform, country=country,
                        policy=policy, followup_policy="workdays:2", calendar=acc.calendar,
                        institution=name, staff=staff, external_id=acc.external_id))
                n += count
    finally:
        ws.close()
    return accounts


def _weights(n: int, skew: float = 0.9) -> list[float]:
    raw = [1.0 / (i + 1) ** skew for i in range(n)]
    return list(accumulate(raw))


def _pick(rng: random.Random, mix) -> str:
    x = rng.random()
    acc = 0.0
    for value, share in mix:
        acc += share
        if x < acc:
            return value
    return mix[-1][0]


class _Texts:
    """Danish and Swedish comments from sentence templates; a common word in ~1/5."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def citizen(self, lang: str, rare: bool) -> tuple[str, bool]:
        rng = self.rng
        da = lang == "da"
        sentences, places, streets, days = ((DA_SENTENCES, DA_PLACES, DA_STREETS, DA_DAYS) if da
                                            else (SV_SENTENCES, SV_PLACES, SV_STREETS, SV_DAYS))
        parts = []
        for _ in range(rng.choice((1, 1, 2, 2, 2, 3, 4))):
            parts.append(rng.choice(sentences).format(
                street=rng.choice(streets), place=rng.choice(places), day=rng.choice(days),
                number=rng.randint(1, 120), hour=rng.choice(("7.45", "8.00", "8.15"))))
        if rng.random() < 0.12:
            parts.append(DA_COMMON if da else SV_COMMON)
        if rare:
            parts.insert(0, f"Vi bor på {RARE_WORD} {rng.randint(1, 60)}.")
        id_number = rng.random() < 0.002
        if id_number:
            parts.append("mit cpr er 010203-1234" if da else "mitt personnummer är 19850101-1234")
        text = " ".join(parts) + rng.choice(EMOJI)
        return text, id_number


def generate(data_dir: Path, size: int, log=print) -> dict:
    from app.services.inbound.items import first_due_for, followup_due_for

    data_dir.mkdir(parents=True)
    # A million live tuples make every cyclic-GC pass walk them all: the build went
    # quadratic (137 s instead of ~60 s for 1M). Nothing here forms cycles.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _generate(data_dir, size, log, first_due_for, followup_due_for)
    finally:
        if gc_was_enabled:
            gc.enable()


def _generate(data_dir: Path, size: int, log, first_due_for, followup_due_for) -> dict:
    rng = random.Random(SEED + size)
    now = utcnow().replace(microsecond=0)
    accounts = _create_accounts(data_dir, rng, now)
    path = data_dir / DB_FILE
    t0 = time.perf_counter()

    conn = sqlite3.connect(str(path), isolation_level=None)
    schema_before = _schema(conn)
    saved = [(name, sql) for kind, name, sql in conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE tbl_name = 'items' "
        "AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name")]
    for name, sql in saved:
        kind = "TRIGGER" if sql.upper().startswith("CREATE TRIGGER") else "INDEX"
        conn.execute(f"DROP {kind} {name}")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-1000000")
    conn.execute("PRAGMA temp_store=MEMORY")

    cum = _weights(len(accounts))
    total_w = cum[-1]
    texts = _Texts(rng)
    n_own_target = int(size * OWN_SHARE)
    n_citizen = size - n_own_target
    span = SPAN_DAYS * 86400.0
    names_da = [f"{f} {l}" for f in DA_FIRST for l in DA_LAST]
    names_sv = [f"{f} {l}" for f in SV_FIRST for l in SV_LAST]
    threads: dict[tuple[int, str], list] = {}
    rows: list[tuple] = []
    own_budget = n_own_target
    answered_seen = 0
    counts = {"own": 0}
    rare_left = max(1, size // RARE_EVERY)
    rare_rows = set(rng.sample(range(n_citizen), min(rare_left, n_citizen)))

    for i in range(n_citizen):
        acc = accounts[bisect(cum, rng.random() * total_w)]
        da = acc.country == "DK"
        # Denser towards now: a growing channel.
        age = span * (rng.random() ** 1.6)
        received = now - timedelta(seconds=age)
        kind = _pick(rng, KIND_MIX[acc.platform])
        author = rng.choice(names_da if da else names_sv)
        author_id = f"{acc.id}-{zlib.crc32(author.encode())}"
        if kind == "message":
            thread_ext = f"t_{acc.external_id}_{author_id}"
            thread_kind = "conversation"
        else:
            # One post every ~36 hours per account; comments come in under the latest posts.
            post_no = int((span - age) // (36 * 3600)) - rng.choice((0, 0, 0, 1, 2))
            thread_ext = f"{acc.external_id}_{max(post_no, 0)}"
            thread_kind = {"x": "tweet", "youtube": "video"}.get(acc.platform, "post")
        thread = threads.get((acc.id, thread_ext))
        if thread is None:
            thread = [len(threads) + 1, acc.id, thread_ext, thread_kind, received, acc.platform, da]
            threads[(acc.id, thread_ext)] = thread
        elif received < thread[4]:
            thread[4] = received
        text, id_number = texts.citizen("da" if da else "sv", i in rare_rows)
        ext = f"{thread_ext}_{i}"
        parent = f"{thread_ext}_{rng.randint(0, i)}" if kind == "reply" and i else None
        # Status: recent items are more often still open; 70 % handled overall.
        open_p = (1 - HANDLED_SHARE) * (2.2 if age < 30 * 86400 else 0.86)
        first_due = first_due_for(acc, received)
        holding_at = followup = handled_at = handled_by = late = None
        assigned = None
        if rng.random() < open_p:
            status = "holding" if rng.random() < 0.12 else "new"
            if status == "holding":
                holding_at = received + timedelta(minutes=rng.randint(20, 600))
                if holding_at > now:
                    holding_at = now
                followup = followup_due_for(acc, holding_at)
                due = followup
            else:
                due = first_due
            if rng.random() < 0.03:
                assigned = rng.choice(acc.staff)
        else:
            status = _pick(rng, HANDLED_MIX)
            due = None
            if status == "answered" and rng.random() < 0.08:
                holding_at = received + timedelta(minutes=rng.randint(20, 600))
                followup = followup_due_for(acc, holding_at)
            handled_at = received + timedelta(minutes=rng.expovariate(1 / 600.0) + 3)
            if handled_at > now:
                handled_at = now
            handled_by = rng.choice(acc.staff)
            late = (handled_at > first_due) if status == "answered" else None
            if status == "answered":
                answered_seen += 1
        counts[status] = counts.get(status, 0) + 1
        hidden = status in ("hidden", "spam")
        rows.append((received, acc.id, thread, ext, parent, kind, author_id, author, text,
                     f"https://{acc.platform}.example/{acc.external_id}/{ext}", status, hidden,
                     1, None, id_number, first_due, followup, due, holding_at, handled_at,
                     handled_by, late, assigned, "sent" if status == "answered" and rng.random() < 0.3 else None,
                     due is not None and due < now, due is not None and due < now))
        # Our reply, synced back from the platform (part of the thread, not work).
        if status == "answered" and own_budget > 0 and handled_at is not None:
            own_budget -= 1
            staff = handled_by or acc.staff[0]
            reply_text = rng.choice(DA_REPLIES if da else SV_REPLIES).format(
                first=author.split()[0], staff=staff.split()[0], inst=acc.institution)
            rows.append((handled_at, acc.id, thread, f"{ext}_r", ext,
                         "message" if kind == "message" else "reply", acc.external_id,
                         acc.name, reply_text, None, "own", False, 1, None, False, None, None,
                         None, None, None, None, None, None, None, False, False))
            counts["own"] += 1
    rows.sort(key=lambda r: r[0])
    log(f"  {size:,}: rows built in {time.perf_counter() - t0:.1f} s")

    thread_rows = []
    for (acc_id, ext), (tid, _a, _e, kind, created, platform, da) in threads.items():
        post = ("Nyt fra kommunen: læs mere om ændringerne på vores hjemmeside." if da
                else "Nytt från kommunen: läs mer om förändringarna på vår hemsida.")
        thread_rows.append((tid, acc_id, ext, kind, "" if kind == "conversation" else post,
                            None, f"https://{platform}.example/{ext}",
                            fmt(created - timedelta(minutes=30))))
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO threads ({', '.join(THREAD_COLUMNS)}) VALUES "
                     f"({', '.join('?' * len(THREAD_COLUMNS))})", thread_rows)
    cached = fmt(now)
    sql = (f"INSERT INTO items ({', '.join(ITEM_COLUMNS)}) VALUES "
           f"({', '.join('?' * len(ITEM_COLUMNS))})")
    batch = []
    for item_id, r in enumerate(rows, start=1):
        (received, acc_id, thread, ext, parent, kind, author_id, author, text, url, status, hidden,
         can_reply, moderation, id_number, first_due, followup, due, holding_at, handled_at,
         handled_by, late, assigned, outbox_state, n_soon, n_over) = r
        batch.append((item_id, acc_id, thread[0], ext, parent, kind, author_id, author, text, url,
                      fmt(received), status, int(hidden), can_reply, moderation, int(id_number),
                      fmt(first_due), fmt(followup), fmt(due), fmt(holding_at), fmt(handled_at),
                      handled_by, None if late is None else int(late), assigned, outbox_state,
                      int(n_soon), int(n_over), 0, cached))
        if len(batch) >= 50_000:
            conn.executemany(sql, batch)
            batch.clear()
    if batch:
        conn.executemany(sql, batch)
    conn.execute("COMMIT")
    log(f"  {size:,}: rows stored in {time.perf_counter() - t0:.1f} s")
    conn.execute("BEGIN")
    for name, ddl in saved:
        if not ddl.upper().startswith("CREATE TRIGGER"):
            conn.execute(ddl)
    conn.execute("INSERT INTO items_fts(items_fts) VALUES ('rebuild')")
    # Merge the rebuild's segments into one b-tree, as a long-lived cache ends up after FTS5's
    # automerge: with dozens of unmerged segments every insert and every MATCH pays for them
    # (raw ingest fell from ~16k/s to ~2k/s), so ingest would not be measured in a steady state.
    conn.execute("INSERT INTO items_fts(items_fts) VALUES ('optimize')")
    for name, ddl in saved:
        if ddl.upper().startswith("CREATE TRIGGER"):
            conn.execute(ddl)
    # The navigator's kept counts (migration 0013_counts5_item_counts) missed the bulk load
    # with their triggers: count them afresh, as the migration does.
    from app.services.inbound import item_counts
    item_counts.refill(conn)
    conn.execute("COMMIT")
    log(f"  {size:,}: indexes and FTS built in {time.perf_counter() - t0:.1f} s")
    schema_after = _schema(conn)
    if schema_after != schema_before:
        raise RuntimeError("generated schema differs from the migrated one: "
                           f"{set(schema_before) ^ set(schema_after)}")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()

    rare = sum(1 for r in rows if RARE_WORD in r[8])
    common = sum(1 for r in rows if COMMON_WORD in r[8].lower())
    per_account: dict[int, int] = {}
    for r in rows:
        per_account[r[1]] = per_account.get(r[1], 0) + 1
    biggest = max(per_account, key=per_account.get)
    median_acc = sorted(per_account, key=per_account.get)[len(per_account) // 2]
    return {
        "size": size, "generator_version": GENERATOR_VERSION, "seed": SEED + size,
        "generated_at": now.isoformat(), "items": len(rows), "threads": len(thread_rows),
        "accounts": len(accounts), "institutions": len(INSTITUTIONS), "statuses": counts,
        "handled_share_of_citizen_items": round(
            sum(v for k, v in counts.items() if k not in ("new", "holding", "own"))
            / max(1, sum(v for k, v in counts.items() if k != "own")), 3),
        "common_word": COMMON_WORD, "common_word_rows": common,
        "rare_word": RARE_WORD, "rare_word_rows": rare,
        "biggest_account_id": biggest, "biggest_account_items": per_account[biggest],
        "median_account_id": median_acc, "median_account_items": per_account[median_acc],
        "bench_user": BENCH_USER,
        "db_bytes": path.stat().st_size,
    }


def _schema(conn: sqlite3.Connection) -> list[tuple]:
    return sorted(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))


def main(argv: list[str]) -> int:
    sizes = [int(a.replace("_", "")) for a in argv] or [10_000, 100_000, 1_000_000]
    for size in sizes:
        folder = ensure_cache(size)
        print(json.dumps(read_meta(size), indent=2))
        print(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
