"""The demo platform's data: its accounts, their posts and conversations, and the live
script of comments that "arrive" while a demo runs. Pure data (no behaviour), kept apart
from ``app.connectors.demo`` so the connector reads as code; ``app.services.demo`` seeds
the cache from the same catalogue, so both speak about the same posts.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


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
    DemoAccount("viborg-bsky", "did:plc:demoviborgkommune00417", "bluesky", "Viborg Kommune (Bluesky)",
                "viborg.dk", "da", "https://bsky.app/profile/viborg.dk"),
    DemoAccount("malmo-masto", "109000000000000417", "mastodon", "Malmö stad (Mastodon)",
                "malmostad", "sv", "https://social.malmo.se/@malmostad"),
)

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
THREADS += (
    DemoThread(
        "vinterbadning", "viborg-bsky",
        "at://did:plc:demoviborgkommune00417/app.bsky.feed.post/3lbdemovinter2", "post",
        "🥶 Vinterbadning i Søndersø\n\nFra 1. november er badebroen ved Borgvold åben hele vinteren, "
        "og saunaen kan bookes på viborg.dk/vinterbad. Husk: bad aldrig alene.",
        "https://bsky.app/profile/viborg.dk/post/3lbdemovinter2"),
    DemoThread(
        "stadsbiblioteket", "malmo-masto", "113000000000000417", "post",
        "📚 Stadsbiblioteket har från och med i dag öppet till kl. 20 på torsdagar. Välkommen in "
        "och läs, plugga eller bara värm dig en stund! malmo.se/stadsbiblioteket",
        "https://social.malmo.se/@malmostad/113000000000000417"),
)

# (thread key or "conv" for a new Messenger conversation, author, text[, moderation status])
_LIVE: dict[str, list[tuple[Any, ...]]] = {
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
    "viborg-bsky": [
        ("vinterbadning", "Anne Kathrine", "Skal man være medlem af en klub for at bruge badebroen?"),
        ("vinterbadning", "Mads Ølgaard", "Er der livredder på om morgenen? 🏊"),
        ("vinterbadning", "kirsten.bsky.social", "Fedt! Kan saunaen bookes af en skoleklasse?"),
        ("vinterbadning", "Bo Rask", "Hvad koster saunaen pr. gang?"),
    ],
    "malmo-masto": [
        ("stadsbiblioteket", "Lina Fors", "@malmostad gäller de nya tiderna även Garaget?"),
        ("stadsbiblioteket", "Johan E.", "@malmostad äntligen! Kan man låna ut böcker i automaten efter 19?"),
        ("stadsbiblioteket", "Sofia Ahmadi", "@malmostad finns det grupprum att boka på kvällen?"),
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
