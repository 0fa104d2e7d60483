"""The demo platform: a connector that answers like a platform, entirely locally.

The demo workspace (``svarbox --demo``) and trainers use it for every account, whatever
platform the account impersonates. It never opens a socket: there is no HTTP here at all.

- ``fetch`` plays a deterministic script of ~20 Danish or Swedish items per account. Item
  *i* arrives a few minutes after item *i-1*, counted from the moment this account's demo
  state was created, so a running demo gets something new on most syncs. The cursor is JSON
  with how many scripted items and own replies were delivered, so a resumed sync never
  repeats one.
- Writes (reply, hide, reject, delete) are remembered in a JSON state file (written
  atomically; a per-file lock serialises the writers of one process) so the outbox's
  exactly-once checks (``find_own_reply``, ``get_state``) still work after a restart.
  Without a state file the state lives in memory.
- ``fail_next`` lets tests make the next call fail, before or after the write took effect
  (the "request sent, answer lost" case the outbox must survive).

The catalogue of demo accounts and threads lives here too, so the seeded demo database
(``app.services.demo``) and the live script speak about the same posts.
"""
from __future__ import annotations

import json
import logging
import os
import threading
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Iterator

from app.connectors.base import (AccountIdentity, Attachment, Capability, ConnectorConfig, ConnectorError,
                                 FetchedItem, FetchedThread, ItemKind, Page, Permanent, Platform,
                                 SentReply, Target)
from app.fileio import write_atomic
from app import clock as app_clock

log = logging.getLogger(__name__)

STATE_FILE = "demo-platform.json"
STATE_VERSION = 1
PAGE_SIZE = 5
SCRIPT_LENGTH = 20

_C = Capability
CAPABILITIES: dict[str, frozenset[Capability]] = {
    "facebook": frozenset({_C.REPLY, _C.MESSAGE, _C.HIDE, _C.UNHIDE, _C.DELETE}),
    "instagram": frozenset({_C.REPLY, _C.MESSAGE, _C.HIDE, _C.UNHIDE, _C.DELETE}),
    "x": frozenset({_C.REPLY, _C.HIDE, _C.UNHIDE}),
    "linkedin": frozenset({_C.REPLY, _C.DELETE}),
    "youtube": frozenset({_C.REPLY, _C.REJECT, _C.HIDE, _C.UNHIDE}),
    "demo": frozenset(Capability),
}
REPLY_LIMITS: dict[str, int] = {
    "facebook": 8000, "instagram": 2200, "x": 280, "linkedin": 1250, "youtube": 10000,
    "demo": 2000,
}
MESSAGE_LIMIT = 2000   # Messenger



def state_file_in(folder: Path) -> Path:
    """Where the demo platform keeps its state inside a workspace's data folder."""
    return Path(folder) / STATE_FILE


# --- the catalogue: demo accounts and their posts -----------------------------------------

@dataclass(frozen=True)
class DemoAccount:
    key: str
    external_id: str
    platform: str            # the platform it impersonates
    name: str
    handle: str | None
    language: str            # "da" | "sv"
    profile_url: str


@dataclass(frozen=True)
class DemoThread:
    key: str                 # unique across the catalogue
    account_key: str
    external_id: str
    kind: str                # post | media | tweet | video | share | conversation
    text: str
    url: str
    author_name: str | None = None


ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount("viborg-fb", "demo-fb-104729384756", "facebook", "Viborg Kommune (Facebook)",
                "viborgkommune", "da", "https://www.facebook.com/viborgkommune"),
    DemoAccount("viborg-li", "urn:li:organization:90210417", "linkedin", "Viborg Kommune (LinkedIn)",
                "viborg-kommune", "da", "https://www.linkedin.com/company/viborg-kommune"),
    DemoAccount("viborg-yt", "UCdemoViborgByraad00000001", "youtube", "Viborg Kommune (YouTube)",
                "@viborgkommune", "da", "https://www.youtube.com/@viborgkommune"),
    DemoAccount("vbib-ig", "17841400000000417", "instagram", "Viborg Bibliotekerne (Instagram)",
                "viborgbibliotekerne", "da", "https://www.instagram.com/viborgbibliotekerne"),
    DemoAccount("malmo-fb", "demo-fb-200459871234", "facebook", "Malmö stad (Facebook)",
                "malmostad", "sv", "https://www.facebook.com/malmostad"),
    DemoAccount("malmo-x", "1500000000000000417", "x", "Malmö stad (X)",
                "malmostad", "sv", "https://x.com/malmostad"),
    DemoAccount("rosengard-ig", "17841400000000918", "instagram", "Rosengårdsskolan (Instagram)",
                "rosengardsskolan", "sv", "https://www.instagram.com/rosengardsskolan"),
)
ACCOUNTS_BY_ID = {a.external_id: a for a in ACCOUNTS}
ACCOUNTS_BY_KEY = {a.key: a for a in ACCOUNTS}

THREADS: tuple[DemoThread, ...] = (
    DemoThread(
        "affald", "viborg-fb", "104729384756_5012", "post",
        "♻️ Ny tømmeordning for dagrenovation\n\nFra næste måned tømmes restaffald og madaffald "
        "hver 14. dag, og papir/pap hver 4. uge. Din nye tømmekalender kan ses på viborg.dk/affald "
        "– og du kan tilmelde dig sms-påmindelser samme sted.\n\nHar du spørgsmål, så skriv "
        "endelig herunder 👇",
        "https://www.facebook.com/viborgkommune/posts/pfbid02demoAffald5012"),
    DemoThread(
        "vejarbejde", "viborg-fb", "104729384756_5013", "post",
        "🚧 Vejarbejde på Randersvej\n\nFra mandag og ca. 6 uger frem fornyer vi kloak og asfalt på "
        "Randersvej mellem Vestergade og Tingvej. Der er ensrettet trafik mod centrum, og busserne "
        "kører omkring ad Gl. Randersvej. Vi beklager ulejligheden.\n\nLæs mere: viborg.dk/vejarbejde",
        "https://www.facebook.com/viborgkommune/posts/pfbid02demoVejarb5013"),
    DemoThread("conv-boligstoette", "viborg-fb", "t_demo_100001", "conversation", "",
               "https://business.facebook.com/latest/inbox/all?selected_item_id=t_demo_100001",
               "Lone Kristensen"),
    DemoThread("conv-trailer", "viborg-fb", "t_demo_100002", "conversation", "",
               "https://business.facebook.com/latest/inbox/all?selected_item_id=t_demo_100002",
               "Ahmad Rahimi"),
    DemoThread("conv-hoereapparat", "viborg-fb", "t_demo_100003", "conversation", "",
               "https://business.facebook.com/latest/inbox/all?selected_item_id=t_demo_100003",
               "Jørgen Aagaard"),
    DemoThread(
        "job", "viborg-li", "urn:li:share:7301000000000000417", "share",
        "Vil du fortælle de gode historier fra Viborg? 📣\n\nViborg Kommune søger en "
        "kommunikationskonsulent til Kommunikation & Digitalisering. Du bliver en del af et team på "
        "otte, der driver kommunens sociale medier, viborg.dk og presseindsatsen.\n\n"
        "Ansøgningsfrist om tre uger. Læs mere og søg på viborg.dk/job",
        "https://www.linkedin.com/feed/update/urn:li:share:7301000000000000417"),
    DemoThread(
        "byraad", "viborg-yt", "dEmObYr4d01", "video",
        "Byrådsmøde i Viborg Kommune – optagelse af onsdagens møde. Dagsorden og bilag finder du på "
        "viborg.dk/byraad. Tidskoder: 00:02 Godkendelse af dagsorden · 00:41 Budgetopfølgning · "
        "01:12 Skolestruktur i Karup",
        "https://www.youtube.com/watch?v=dEmObYr4d01"),
    DemoThread(
        "sommerbogen", "vbib-ig", "17900000000000417", "media",
        "☀️📚 Sommerbogen er tilbage! Alle børn mellem 6 og 12 år kan være med: læs tre bøger, "
        "skriv en lille anmeldelse og vær med i lodtrækningen om billetter til sommerfesten på "
        "Viborg Bibliotek. Tilmeld dig på dit bibliotek eller på viborgbib.dk "
        "#sommerbogen #viborgbibliotekerne",
        "https://www.instagram.com/p/C7demoSommer/"),
    DemoThread(
        "strik", "vbib-ig", "17900000000000418", "media",
        "Lørdagsåbent med strik & snak 🧶 Hver lørdag kl. 10-13 i læsesalen på Viborg Bibliotek. "
        "Tag dit strikketøj med – vi sørger for kaffen ☕",
        "https://www.instagram.com/p/C7demoStrik/"),
    DemoThread(
        "cykel", "malmo-fb", "200459871234_8801", "post",
        "🚲 Föreningsgatan stängs för cykeltrafik\n\nFrån måndag och ungefär fyra veckor framåt byter "
        "VA SYD ledningar under Föreningsgatan mellan Södra Förstadsgatan och Davidshallstorg. "
        "Cykeltrafiken leds om via Kristianstadsgatan. Vi ber om ursäkt för besväret!\n\n"
        "Mer information: malmo.se/trafikstorningar",
        "https://www.facebook.com/malmostad/posts/pfbid02demoCykel8801"),
    DemoThread(
        "bygglov", "malmo-fb", "200459871234_8802", "post",
        "Visste du att du kan söka bygglov digitalt? 🏡 På malmo.se/bygglov hittar du e-tjänsten, "
        "checklistor och svar på de vanligaste frågorna. Har du frågor om ett pågående ärende når "
        "du bygglovsavdelningen via kontaktcenter.",
        "https://www.facebook.com/malmostad/posts/pfbid02demoBygglov8802"),
    DemoThread("conv-kontaktcenter", "malmo-fb", "t_demo_200001", "conversation", "",
               "https://business.facebook.com/latest/inbox/all?selected_item_id=t_demo_200001",
               "Fatima Hassan"),
    DemoThread("conv-staket", "malmo-fb", "t_demo_200002", "conversation", "",
               "https://business.facebook.com/latest/inbox/all?selected_item_id=t_demo_200002",
               "Erik Lindqvist"),
    DemoThread(
        "lundavagen", "malmo-x", "1895000000000000417", "tweet",
        "Nu startar arbetet med den nya cykelbanan längs Lundavägen 🚲 Räkna med omledningar under "
        "våren. Mer info: malmo.se/lundavagen",
        "https://x.com/malmostad/status/1895000000000000417"),
    DemoThread(
        "sophamtning", "malmo-x", "1895000000000000418", "tweet",
        "Driftinfo: sophämtningen är försenad i Möllevången och Sofielund på grund av sjukdom bland "
        "personalen. Vi tar igen det så snart vi kan. Mer info: malmo.se/avfall",
        "https://x.com/malmostad/status/1895000000000000418"),
    DemoThread(
        "oppethus", "rosengard-ig", "17900000000000918", "media",
        "🎉 Öppet hus på Rosengårdsskolan på torsdag kl. 17.30–19.30! Kom och träffa lärare och "
        "elever, se våra nya NO-salar och fika med oss ☕ Alla blivande sjuor och deras föräldrar är "
        "välkomna. #rosengårdsskolan #malmö",
        "https://www.instagram.com/p/C7demoOppetHus/"),
)
THREADS_BY_KEY = {t.key: t for t in THREADS}


# --- the live script: what "arrives" while the demo runs ----------------------------------

@dataclass(frozen=True)
class ScriptedItem:
    index: int
    external_id: str
    thread: DemoThread
    kind: ItemKind
    author_name: str
    text: str
    minutes_after_start: int
    moderation_status: str | None = None
    can_reply: bool = True
    attachments: tuple = ()

    @property
    def author_id(self) -> str:
        return "demo-u-" + format(zlib.crc32(self.author_name.encode()), "08x")


def linkedin_member(name: str) -> str:
    """A stable, made-up member URN for a demo LinkedIn commenter (LinkedIn gives no names)."""
    return "urn:li:person:demo" + format(zlib.crc32(name.encode()), "08x")


# (thread key or "conv" for a new Messenger conversation, author, text[, moderation status])
_LIVE: dict[str, list[tuple]] = {
    "viborg-fb": [
        ("affald", "Kirsten Mørk", "Hvad gør man med gamle malerspande? Må de komme i restaffald?"),
        ("vejarbejde", "Allan Westergaard", "Nu har der stået en gravemaskine uden at lave noget i 3 dage 🙄 Hvad venter I på?"),
        ("conv", "Dorthe Friis", "Hej! Min mor på plejehjemmet har fået en regning for vask af tøj, og jeg forstår ikke hvad den dækker. Kan I hjælpe? Hun hedder Inger Friis."),
        ("affald", "Michael Holm", "Er der nogen der ved om storskrald også ændres?"),
        ("vejarbejde", "Susanne Bech", "Tak for info! Godt at det bliver lavet ordentligt denne gang 👍"),
        ("affald", "Kasper N", "hvorfor skal jeg betale for en ny spand når den gamle virker fint??"),
        ("conv", "Omar Haddad", "Hej, hvornår har Borgerservice åbent på torsdag?"),
        ("vejarbejde", "Flemming Krogh", "Der ligger en stor sten midt på cykelstien ved rundkørslen, nogen kommer til skade 😬"),
        ("affald", "Pia Sørensen", "Vi har fået to madaffaldsspande men ingen til pap. Hvad gør vi?"),
        ("affald", "Hurtige Penge DK", "Jeg tjente 7000 kr i går med denne app 😱 https://tjen-nemt.example/dk"),
        ("vejarbejde", "Rikke Vad", "Bliver der lukket for vandet mens I graver?"),
        ("review+", "Jonna Kjær", "Super hjælpsomme folk i Borgerservice. Mit pas var klar på 10 minutter 👍"),
        ("conv", "Niels Overgaard", "Jeg vil gerne klage over min sagsbehandler i jobcentret. Hvem skal jeg skrive til?"),
    ],
    "viborg-li": [
        ("job", "Camilla Hjort", "Er der en lønramme for stillingen?"),
        ("job", "Jesper Kvist", "Hvornår forventer I at holde samtaler?"),
        ("job", "Louise Brandt", "Delt med mit netværk 🙌"),
        ("job", "Thomas Winther", "Kan ansøgningen sendes på engelsk?"),
        ("job", "Marianne Bak", "Fedt at se en kommune satse på kommunikation!"),
        ("job", "Søren Iversen", "Er der krav om kørekort? Jeg bor i Aarhus og tager toget."),
        ("job", "Helle Munk", "Er stillingen tidsbegrænset?"),
        ("job", "Anders Frost", "Hvem er nærmeste leder?"),
    ],
    "viborg-yt": [
        ("byraad", "Hans Jørgen Bro", "Hvor kan jeg finde bilagene til punkt 4?"),
        ("byraad", "Lene Dam", "Hvorfor er der ikke undertekster? Min far er hørehæmmet og kan ikke følge med"),
        ("byraad", "Preben K", "Alle politikere er korrupte og burde fyres allesammen", "heldForReview"),
        ("byraad", "Ida Mose", "Hvornår bliver næste møde streamet?"),
        ("byraad", "Torben Lykke", "Det her er en skandale, I stemmer bare alt igennem uden debat"),
        ("byraad", "Karen Smed", "Kan man se afstemningen om budgettet et sted?"),
        ("byraad", "Gratis Spins 2024", "🎰 Gratis spins uden indbetaling ➡️ https://spins-nu.example", "likelySpam"),
        ("byraad", "Erik Bundgaard", "Findes mødet også som podcast?"),
    ],
    "vbib-ig": [
        ("sommerbogen", "louise.k.viborg", "Hvornår starter det?"),
        ("sommerbogen", "anton_9aar", "Må man læse tegneserier? 😄"),
        ("sommerbogen", "mette.bogorm", "Min datter læste 10 bøger sidste år 📚❤️"),
        ("strik", "ulla.strikker", "Må man tage sit barnebarn med? Hun er 11 og vil gerne lære at strikke 🧶"),
        ("sommerbogen", "far_til_tvillinger", "Er der også noget for teenagere?"),
        ("sommerbogen", "karup_mor", "Kan man hente sommerbogen-kortet på Karup bibliotek?"),
        ("strik", "garn.og.kaffe", "🙌🙌"),
        ("dm", "louise.k.viborg", "Hej! Kan man også låne e-bøger med Sommerbogen-kortet?"),
        ("tag", "karup_mor", "Første tur på Karup bibliotek i sommerferien 📚 @viborgbibliotekerne"),
        ("sommerbogen", "familien.nygaard", "Hvad hvis man er på ferie i 3 uger? Kan man stadig nå det?"),
    ],
    "malmo-fb": [
        ("cykel", "Petra Holmberg", "Hur länge blir det avstängt egentligen?"),
        ("cykel", "Gunnar Åberg", "Äntligen! Ledningarna har läckt i åratal"),
        ("conv", "Yasmin Al-Sayed", "Hej, jag har fått en parkeringsbot fast jag hade tillstånd. Vem ska jag kontakta?"),
        ("cykel", "Ebba Strand", "Varför informerades inte vi som bor på Föreningsgatan med en lapp i brevlådan?"),
        ("cykel", "Oskar Lund", "Kristianstadsgatan har inga lampor på cykelbanan, det är farligt när det är mörkt 😬"),
        ("conv", "Birgitta Ek", "Hej! Har kontaktcenter öppet under mellandagarna?"),
        ("bygglov", "Daniel Sjöberg", "Hur lång handläggningstid har bygglov just nu?"),
        ("bygglov", "Snabba Pengar SE", "Tjäna pengar hemifrån! 💰 https://snabbcash.example/se"),
        ("bygglov", "Inger Wallin", "Bra info, tack!"),
        ("conv", "Reza Karimi", "Jag behöver hjälp med min ansökan om ekonomiskt bistånd, min handläggare svarar inte."),
        ("review-", "Anders Lind", "Väntade 40 minuter i telefonkön till kontaktcenter och fick sedan inget svar."),
    ],
    "malmo-x": [
        ("lundavagen", "@cyklande_emma", "@malmostad varför är cykelbanan vid Lundavägen avstängd igen?"),
        ("sophamtning", "@sofielund_bo", "@malmostad sopbilen har inte kommit än på Sofielund 🙄"),
        ("lundavagen", "@morgonpendlaren", "@malmostad tack för snabb snöröjning i morse ❄️👏"),
        ("lundavagen", "@simma_i_malmo", "@malmostad när öppnar Hylliebadet igen?"),
        ("lundavagen", "@nobeltorget", "@malmostad omledningsskylten vid Nobeltorget pekar åt fel håll 😂"),
        ("lundavagen", "@ungdom_malmo", "@malmostad hur söker man feriejobb i sommar?"),
        ("sophamtning", "@amiralsgatan45", "@malmostad gatlyktan utanför Amiralsgatan 45 har varit trasig i två veckor"),
        ("lundavagen", "@elbil_malmo", "@malmostad finns det laddstolpar vid Mobilia?"),
    ],
    "rosengard-ig": [
        ("oppethus", "nour.family", "Får syskon följa med?"),
        ("oppethus", "allergimamman", "Blir det fika för allergiker också? 🥜"),
        ("oppethus", "mohammed.a", "Vi kommer! 😊"),
        ("oppethus", "pappa.jonas", "Kan man prata med rektorn där?"),
        ("oppethus", "elin_b", "Finns det parkering vid skolan?"),
        ("oppethus", "hamza.7a", "Vilka språkval finns det i årskurs 7?"),
        ("oppethus", "farmor.eva", "Blir det ett öppet hus i vår också?"),
        ("oppethus", "aisha.m", "Finns inbjudan på arabiska någonstans?"),
    ],
}

# Fill every account's script to SCRIPT_LENGTH with everyday comments in its language.
_GENERIC = {
    "da": [
        ("Bente Lauritsen", "Tak for god service 👍"),
        ("Jacob Dahl", "Hvor kan jeg læse mere om det?"),
        ("Yvonne Krag", "Hvem kan jeg ringe til om det her?"),
        ("Martin Skov", "Hvorfor står det ikke på hjemmesiden?"),
        ("Gurli Mikkelsen", "Fint initiativ!"),
        ("Steen Hvid", "Hvornår kommer der mere info?"),
        ("Olga Petrova", "Can I get this in English? My Danish is not so good yet"),
        ("Randi Toft", "Jeg har skrevet til jer før uden at få svar 😞"),
        ("Ib Hansen", "Super 👏👏"),
        ("Tina Stoholm", "Gælder det også i Stoholm?"),
        ("Frederik Bay", "Er det noget man skal tilmelde sig?"),
        ("Connie Krog", "Tak for svaret i går, det hjalp!"),
    ],
    "sv": [
        ("Lena Forsberg", "Tack för bra service 👍"),
        ("Ahmed Yusuf", "Var kan jag läsa mer om det här?"),
        ("Karin Blom", "Vem kan jag ringa om det här?"),
        ("Nils Hedlund", "Varför står det inget på hemsidan?"),
        ("Maria Ståhl", "Bra initiativ!"),
        ("Tove Lindahl", "När kommer det mer information?"),
        ("John Smith", "Is there any information in English?"),
        ("Rut Bergman", "Jag har mejlat er två gånger utan att få svar 😞"),
        ("Viktor Nyström", "Toppen 👏👏"),
        ("Sanna Öberg", "Gäller det här även Limhamn?"),
        ("Hassan Omar", "Måste man anmäla sig?"),
        ("Elsa Dahlgren", "Tack för svaret igår, det hjälpte!"),
    ],
}

_KIND_BY_PLATFORM = {"x": ItemKind.MENTION}

# Attachments as each platform gives them: metadata only; the demo never loads a picture.
_DEMO_PICTURES = "https://demo.svarbox.invalid/media/"
_ATTACHMENTS: dict[tuple[str, str], tuple[Attachment, ...]] = {
    ("viborg-fb", "Flemming Krogh"): (Attachment("photo", image_url=_DEMO_PICTURES + "sten-cykelsti.jpg"),),
    ("viborg-fb", "Susanne Bech"): (Attachment("sticker", image_url=_DEMO_PICTURES + "sticker-thumbs.png"),),
    ("malmo-x", "@amiralsgatan45"): (Attachment("photo", image_url=_DEMO_PICTURES + "gatlykta.jpg"),),
    ("malmo-fb", "Daniel Sjöberg"): (Attachment("link", link="https://malmo.se/bygglov", title="Bygglov"),),
}


def _gap_minutes(external_id: str, index: int) -> int:
    """3 to 7 minutes between arrivals, the same on every run for the same account."""
    return 3 + zlib.crc32(f"{external_id}:{index}".encode()) % 5


def _fallback_account(external_id: str, platform: str, language: str, name: str | None,
                      handle: str | None) -> tuple[DemoAccount, DemoThread]:
    short = format(zlib.crc32(external_id.encode()), "08x")
    account = DemoAccount(f"acct-{short}", external_id, platform, name or "Demo", handle,
                          language, f"https://demo.invalid/{short}")
    text = ("Velkommen til demo-kanalen 👋 Skriv en kommentar herunder." if language == "da"
            else "Välkommen till demokanalen 👋 Skriv en kommentar här nedanför.")
    thread = DemoThread(f"{short}-welcome", account.key, f"demo-{short}-post-1", "post", text,
                        f"https://demo.invalid/{short}/post-1")
    return account, thread


def build_script(account: DemoAccount, default_thread: DemoThread | None = None) -> list[ScriptedItem]:
    """The ordered live items of one account (deterministic)."""
    specific = _LIVE.get(account.key, [])
    generic = _GENERIC["sv" if account.language == "sv" else "da"]
    rows: list[tuple] = list(specific)
    main_thread = default_thread or next(
        (t for t in THREADS if t.account_key == account.key and t.kind != "conversation"), None)
    i = 0
    while len(rows) < SCRIPT_LENGTH:
        author, text = generic[(i + len(specific)) % len(generic)]
        if account.platform == "x":
            author = "@" + author.lower().replace(" ", "_")
            text = f"@{account.handle or 'demo'} {text}"
        rows.append((main_thread.key if main_thread else "", author, text))
        i += 1
    script: list[ScriptedItem] = []
    minutes = 0
    short = account.key
    for index, row in enumerate(rows[:SCRIPT_LENGTH]):
        thread_key, author, text = row[:3]
        moderation = row[3] if len(row) > 3 else None
        minutes += _gap_minutes(account.external_id, index)
        ext = f"live-{short}-{index + 1:02d}"
        can_reply = True
        if thread_key == "dm":
            # Instagram direct messages (Messenger API for Instagram).
            kind = ItemKind.MESSAGE
            thread = DemoThread(f"{short}-live-dm-{index + 1:02d}", account.key,
                                f"aWdf_live_{short}_{index + 1:02d}", "conversation", "",
                                "https://www.instagram.com/direct/inbox/", author)
        elif thread_key == "tag":
            # A post by someone else that tags the account: the API offers no way to answer it.
            kind, can_reply = ItemKind.MENTION, False
            media_id = "1791" + format(zlib.crc32(f"{short}{index}".encode()), "010d")
            thread = DemoThread(f"{short}-live-tag-{index + 1:02d}", account.key, media_id, "media", "",
                                f"https://www.instagram.com/p/T{media_id[-6:]}/", author)
        elif thread_key in ("review+", "review-"):
            # A Page recommendation: its story is what the Page comments on.
            kind = ItemKind.REVIEW
            story = f"{account.external_id}_rev{index + 1:02d}"
            thread = DemoThread(f"{short}-live-review-{index + 1:02d}", account.key, story, "review",
                                "👍" if thread_key == "review+" else "👎",
                                f"{account.profile_url}/reviews", author)
        elif thread_key == "conv":
            kind = ItemKind.MESSAGE
            thread = DemoThread(f"{short}-live-conv-{index + 1:02d}", account.key,
                                f"t_live_{short}_{index + 1:02d}", "conversation", "",
                                f"https://business.facebook.com/latest/inbox/all?selected_item_id="
                                f"t_live_{short}_{index + 1:02d}", author)
        else:
            thread = THREADS_BY_KEY.get(thread_key) or main_thread
            kind = _KIND_BY_PLATFORM.get(account.platform, ItemKind.COMMENT)
        script.append(ScriptedItem(index, ext, thread, kind, author, text, minutes, moderation, can_reply,
                                   _ATTACHMENTS.get((account.key, author), ())))
    return script


# --- state -----------------------------------------------------------------------------------

_FILE_LOCKS: dict[str, threading.RLock] = {}
_FILE_LOCKS_GUARD = threading.Lock()


def _lock_for(path: Path) -> threading.RLock:
    key = str(path.resolve())
    with _FILE_LOCKS_GUARD:
        return _FILE_LOCKS.setdefault(key, threading.RLock())


def _empty_state() -> dict:
    return {"version": STATE_VERSION, "next_reply": 1, "accounts": {}}


class _StateStore:
    """The demo platform's memory: a JSON file (atomic writes) or a dict in memory."""

    def __init__(self, path: Path | None):
        self.path = Path(path) if path is not None else None
        self.lock = _lock_for(self.path) if self.path is not None else threading.RLock()
        self._memory = _empty_state()

    def load(self) -> dict:
        if self.path is None:
            return self._memory
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return _empty_state()
        try:
            data = json.loads(raw)
            if not isinstance(data, dict) or not isinstance(data.get("accounts"), dict):
                raise ValueError("not a demo state object")
        except ValueError:
            # A damaged demo state only costs the demo its history; keep the file for a look.
            aside = self.path.with_name(self.path.name + ".damaged")
            log.warning("Demo platform state %s is damaged; starting afresh (kept as %s)",
                        self.path, aside)
            os.replace(self.path, aside)
            return _empty_state()
        data.setdefault("next_reply", 1)
        return data

    def save(self, data: dict) -> None:
        if self.path is None:
            self._memory = data
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))


def _iso(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat()


def _parse_iso(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


# --- the connector -------------------------------------------------------------------------

@dataclass
class _Failure:
    error: ConnectorError
    op: str | None
    after_write: bool


class DemoConnector:
    """A platform that lives on this computer. Implements ``app.connectors.base.Connector``."""

    is_demo = True
    # Class attributes describe the plain "demo" platform (the registry reads them without an
    # instance); an instance impersonating a platform overrides them.
    platform = Platform.DEMO
    capabilities = CAPABILITIES["demo"]
    reply_limit = REPLY_LIMITS["demo"]

    def __init__(self, config: ConnectorConfig, session: Any = None, *, platform: str = "demo",
                 state_path: Path | None = None,
                 clock: Callable[[], datetime] | None = None):
        # ``session`` is accepted for the same call shape as the HTTP connectors, never used.
        del session
        key = str(getattr(platform, "value", platform)).lower()
        if key not in CAPABILITIES:
            raise ValueError(f"the demo platform cannot impersonate {platform!r}")
        self.config = config
        self.platform = Platform(key)
        self.capabilities = CAPABILITIES[key]
        self.reply_limit = REPLY_LIMITS[key]
        self.message_limit = MESSAGE_LIMIT
        self._clock = clock or app_clock.now
        self._store = _StateStore(state_path)
        self._failures: list[_Failure] = []
        external_id = config.account_external_id or "demo"
        known = ACCOUNTS_BY_ID.get(external_id)
        if known is not None:
            self.account = known
            self._script = build_script(known)
        else:
            account, thread = _fallback_account(
                external_id, key, str(config.extra.get("language", "da")),
                config.extra.get("name"), config.handle)
            self.account = account
            self._script = build_script(account, thread)

    # ---- test knobs

    def fail_next(self, error: ConnectorError, *, op: str | None = None,
                  after_write: bool = False) -> None:
        """Make the next call (of ``op``, e.g. "reply", or any) raise ``error``. With
        ``after_write`` the write takes effect first: the answer is lost, not the request."""
        self._failures.append(_Failure(error, op, after_write))

    def _maybe_fail(self, op: str, after_write: bool) -> None:
        for failure in self._failures:
            if failure.op in (None, op) and failure.after_write == after_write:
                self._failures.remove(failure)
                raise failure.error

    # ---- state helpers

    @property
    def external_id(self) -> str:
        return self.account.external_id

    def _now(self) -> datetime:
        now = self._clock()
        if now.tzinfo is None:
            raise ValueError("the demo clock must return aware datetimes")
        return now.astimezone(timezone.utc)

    def _account_state(self, data: dict) -> tuple[dict, bool]:
        accounts = data.setdefault("accounts", {})
        state = accounts.get(self.external_id)
        created = state is None
        if created:
            state = accounts[self.external_id] = {
                "created_at": _iso(self._now()), "replies": [], "hidden": [], "deleted": [],
                "rejected": []}
        return state, created

    def _read(self) -> dict:
        """This account's state, created (and saved) on first contact."""
        with self._store.lock:
            data = self._store.load()
            state, created = self._account_state(data)
            if created:
                self._store.save(data)
            return json.loads(json.dumps(state))

    def started_at(self) -> datetime:
        """When this account's demo platform began its script."""
        return _parse_iso(self._read()["created_at"])

    def arrival_of(self, item: ScriptedItem, started: datetime | None = None) -> datetime:
        return (started or self.started_at()) + timedelta(minutes=item.minutes_after_start)

    @property
    def script(self) -> list[ScriptedItem]:
        return list(self._script)

    # ---- reading

    def whoami(self) -> AccountIdentity:
        self._maybe_fail("whoami", False)
        return AccountIdentity(self.external_id, self.account.name,
                               self.config.handle or self.account.handle)

    def _scripted_item(self, item: ScriptedItem, started: datetime, hidden: set[str],
                       deleted: set[str]) -> FetchedItem | None:
        if item.external_id in deleted:
            return None
        return FetchedItem(
            external_id=item.external_id, thread_external_id=item.thread.external_id,
            kind=item.kind, text=item.text, received_at=self.arrival_of(item, started),
            # LinkedIn names commenters only by member URN (names need restricted permissions):
            # the demo must not show a name the real API cannot give.
            author_id=(linkedin_member(item.author_name) if self.account.platform == "linkedin" else item.author_id),
            author_name=None if self.account.platform == "linkedin" else item.author_name,
            url=self._item_url(item.thread, item.external_id),
            is_hidden=item.external_id in hidden, moderation_status=item.moderation_status,
            can_reply=item.can_reply, attachments=list(item.attachments))

    def _own_item(self, reply: dict) -> FetchedItem:
        kind = ItemKind.MESSAGE if reply.get("kind") == ItemKind.MESSAGE.value else ItemKind.REPLY
        return FetchedItem(
            external_id=reply["id"], thread_external_id=reply["thread"], kind=kind,
            text=reply["text"], received_at=_parse_iso(reply["at"]), author_id=self.external_id,
            author_name=self.account.name, parent_external_id=reply["target"],
            url=self._item_url(self._thread_for(reply["thread"]), reply["id"]), is_own=True)

    def _thread_for(self, external_id: str) -> DemoThread | None:
        for item in self._script:
            if item.thread.external_id == external_id:
                return item.thread
        return next((t for t in THREADS if t.external_id == external_id), None)

    def _item_url(self, thread: DemoThread | None, item_id: str) -> str | None:
        if thread is None:
            return None
        joiner = "&" if "?" in thread.url else "?"
        return f"{thread.url}{joiner}comment_id={item_id}"

    @staticmethod
    def _fetched_thread(thread: DemoThread) -> FetchedThread:
        return FetchedThread(thread.external_id, thread.kind, thread.text, thread.author_name,
                             thread.url)

    @staticmethod
    def _parse_cursor(cursor: str | None) -> tuple[int, int]:
        if not cursor:
            return 0, 0
        try:
            data = json.loads(cursor)
            return max(0, int(data.get("delivered", 0))), max(0, int(data.get("own", 0)))
        except (ValueError, TypeError, AttributeError):
            # Like a platform that forgot an old cursor: start over; sync de-duplicates by id.
            log.warning("Ignoring an unreadable demo cursor")
            return 0, 0

    @staticmethod
    def _cursor(delivered: int, own: int) -> str:
        return json.dumps({"delivered": delivered, "own": own})

    def fetch(self, cursor: str | None,
              progress: Callable[[int], None] | None = None) -> Iterator[Page]:
        self._maybe_fail("fetch", False)
        state = self._read()
        now = self._now()
        started = _parse_iso(state["created_at"])
        hidden, deleted = set(state["hidden"]), set(state["deleted"])
        delivered, own_seen = self._parse_cursor(cursor)
        # Entries in order: scripted items that have arrived, then our own replies since.
        entries: list[tuple[str, Any]] = []
        position = delivered
        for item in self._script[delivered:]:
            if self.arrival_of(item, started) > now:
                break
            entries.append(("script", item))
        replies = state["replies"][own_seen:]
        entries.extend(("own", reply) for reply in replies)
        if not entries:
            yield Page(cursor=self._cursor(delivered, own_seen))
            return
        own = own_seen
        done = 0
        for start in range(0, len(entries), PAGE_SIZE):
            page = Page()
            seen_threads: set[str] = set()
            for what, entry in entries[start:start + PAGE_SIZE]:
                if what == "script":
                    position += 1
                    fetched = self._scripted_item(entry, started, hidden, deleted)
                    thread = entry.thread
                else:
                    own += 1
                    if entry["id"] in deleted:
                        continue
                    fetched = self._own_item(entry)
                    thread = self._thread_for(entry["thread"])
                if fetched is None:
                    continue
                page.items.append(fetched)
                if thread is not None and thread.external_id not in seen_threads:
                    seen_threads.add(thread.external_id)
                    page.threads.append(self._fetched_thread(thread))
            page.cursor = self._cursor(position, own)
            done += len(page.items)
            if progress:
                progress(done)
            yield page

    def fetch_thread(self, thread_external_id: str) -> list[FetchedItem]:
        self._maybe_fail("fetch_thread", False)
        state = self._read()
        now = self._now()
        started = _parse_iso(state["created_at"])
        hidden, deleted = set(state["hidden"]), set(state["deleted"])
        items = [self._scripted_item(i, started, hidden, deleted) for i in self._script
                 if i.thread.external_id == thread_external_id and self.arrival_of(i, started) <= now]
        items += [self._own_item(r) for r in state["replies"]
                  if r["thread"] == thread_external_id and r["id"] not in deleted]
        return sorted((i for i in items if i is not None), key=lambda i: i.received_at)

    # ---- writing

    def _require(self, capability: Capability, what: str) -> None:
        if capability not in self.capabilities:
            raise Permanent(f"{self.platform.value} does not allow {what} here.", code="not_supported")

    def _check_text(self, target: Target, text: str) -> int:
        if not text or not text.strip():
            raise Permanent("A reply cannot be empty.", code="empty")
        if target.kind == ItemKind.MESSAGE:
            self._require(Capability.MESSAGE, "direct messages")
            limit = self.message_limit
        else:
            self._require(Capability.REPLY, "replies")
            limit = self.reply_limit
        length = len(text)
        if self.platform == Platform.X:
            # X counts weighted characters; same rule as the composer's counter.
            from app.connectors.textlimits import weighted_length
            length = weighted_length("x", text)
        if length > limit:
            raise Permanent(f"The reply is {length} characters; the limit is {limit}.",
                            code="too_long")
        return limit

    def reply(self, target: Target, text: str) -> SentReply:
        self._maybe_fail("reply", False)
        self._check_text(target, text)
        with self._store.lock:
            data = self._store.load()
            state, _ = self._account_state(data)
            if target.external_id in state["deleted"]:
                raise Permanent("The comment no longer exists.", code="not_found")
            number = int(data.get("next_reply", 1))
            data["next_reply"] = number + 1
            reply_id = f"demo-r-{number}"
            state["replies"].append({
                "id": reply_id, "target": target.external_id,
                "thread": target.thread_external_id, "kind": ItemKind(target.kind).value,
                "text": text, "at": _iso(self._now())})
            self._store.save(data)
        self._maybe_fail("reply", True)
        return SentReply(reply_id)

    def set_hidden(self, target: Target, hidden: bool) -> None:
        self._maybe_fail("set_hidden", False)
        if hidden:
            if Capability.HIDE not in self.capabilities and Capability.REJECT not in self.capabilities:
                self._require(Capability.HIDE, "hiding comments")
        else:
            self._require(Capability.UNHIDE, "unhiding comments")
        with self._store.lock:
            data = self._store.load()
            state, _ = self._account_state(data)
            if target.external_id in state["deleted"]:
                raise Permanent("The comment no longer exists.", code="not_found")
            if not hidden and target.external_id in state.setdefault("rejected", []):
                raise Permanent("A rejected comment cannot be published again.", code="rejected")
            ids = [i for i in state["hidden"] if i != target.external_id]
            if hidden:
                ids.append(target.external_id)
            state["hidden"] = ids
            self._store.save(data)
        self._maybe_fail("set_hidden", True)

    def reject(self, target: Target) -> None:
        """YouTube's "reject": hidden for good (the outbox calls this when it exists)."""
        self._maybe_fail("reject", False)
        self._require(Capability.REJECT, "rejecting comments")
        with self._store.lock:
            data = self._store.load()
            state, _ = self._account_state(data)
            if target.external_id in state["deleted"]:
                raise Permanent("The comment no longer exists.", code="not_found")
            if target.external_id not in state["hidden"]:
                state["hidden"].append(target.external_id)
            rejected = state.setdefault("rejected", [])
            if target.external_id not in rejected:
                rejected.append(target.external_id)
            self._store.save(data)
        self._maybe_fail("reject", True)

    def delete(self, target: Target) -> None:
        self._maybe_fail("delete", False)
        self._require(Capability.DELETE, "deleting comments")
        with self._store.lock:
            data = self._store.load()
            state, _ = self._account_state(data)
            if target.external_id in state["deleted"]:
                raise Permanent("The comment no longer exists.", code="not_found")
            state["deleted"].append(target.external_id)
            state["hidden"] = [i for i in state["hidden"] if i != target.external_id]
            self._store.save(data)
        self._maybe_fail("delete", True)

    # ---- exactly-once support

    def find_own_reply(self, target: Target, text: str, since: datetime) -> str | None:
        self._maybe_fail("find_own_reply", False)
        state = self._read()
        wanted = text.strip()
        deleted = set(state["deleted"])
        for reply in reversed(state["replies"]):
            if (reply["target"] == target.external_id and reply["text"].strip() == wanted
                    and reply["id"] not in deleted and _parse_iso(reply["at"]) >= since):
                return reply["id"]
        return None

    def get_state(self, target: Target) -> dict:
        self._maybe_fail("get_state", False)
        state = self._read()
        exists = target.external_id not in state["deleted"]
        return {"exists": exists, "hidden": (target.external_id in state["hidden"]) if exists else None}

    def replies(self) -> list[dict]:
        """Every reply this account posted on the demo platform (for tests and trainers)."""
        return self._read()["replies"]


def reset_state(path: Path) -> None:
    """Forget everything the demo platform remembers (scripts start again on next contact)."""
    path = Path(path)
    with _lock_for(path):
        try:
            path.unlink()
        except FileNotFoundError:
            pass
