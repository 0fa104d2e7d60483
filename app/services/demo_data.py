"""The demo workspace's seeded items: who wrote what on which demo post, and what state it
should be in when the demo opens. Pure data for ``app.services.demo``.
"""
from __future__ import annotations

from dataclasses import dataclass

# --- the seeded items ------------------------------------------------------------------------
#
# ``when`` is what the item should be at ``now``:
#   overdue / today / calm  -> open (new), first deadline passed / later today / after today
#   holding                 -> a holding reply was sent; the follow-up deadline runs
#   answered / late         -> answered in time / after the deadline (our reply in the thread)
#   no_reply / referred / hidden / spam -> handled, clock stopped
# ``age`` is the preferred age in hours (the search for a fitting received time starts there),
# ``after`` the hours between receipt and handling.

@dataclass(frozen=True)
class Seed:
    key: str
    account: str
    thread: str
    author: str
    text: str
    when: str
    age: float
    kind: str | None = None           # default: comment (mention on X, message in a conversation)
    parent: str | None = None         # key of the item this replies to
    reply: str | None = None          # our reply (answered, late, holding, referred)
    by: str | None = None             # who handled it (default: the institution's first staff)
    after: float = 2.0
    moderation: str | None = None
    note: tuple[str, str] | None = None   # (author, text)
    assigned: str | None = None


SEEDS: tuple[Seed, ...] = (
    # Viborg Kommune, Facebook: the new waste collection schedule
    Seed("affald-1", "viborg-fb", "affald", "Søren Madsen",
         "Hej. Vores skraldespand er ikke blevet tømt siden onsdag i sidste uge, og nu flyder det "
         "over 🤢 Vi bor på Skovvej 14 i Bjerringbro. Hvad gør vi?", "overdue", 80),
    Seed("affald-8", "viborg-fb", "affald", "Ole Bach",
         "Samme her på Skovvej 20. Ringede til genbrugspladsen men de sagde bare vi skulle skrive "
         "her 🙄", "overdue", 70, kind="reply", parent="affald-1"),
    Seed("affald-2", "viborg-fb", "affald", "Birthe Holm",
         "Hvornår kommer de så på Ellekærvej? Kan ikke finde det i kalenderen på hjemmesiden",
         "today", 50),
    Seed("affald-3", "viborg-fb", "affald", "Karsten Lund",
         "14 dage med madaffald om sommeren?? Det kommer til at stinke langt væk. Har nogen "
         "overhovedet tænkt over det", "calm", 4),
    Seed("affald-4", "viborg-fb", "affald", "Tjen Penge Hjemmefra",
         "Tjen 5000 kr om dagen hjemmefra 💰💰 Jeg gjorde det og nu tjener jeg mere end min chef!! "
         "Se her 👉 https://tjen-hurtigt.example/dk", "spam", 40, after=0.5),
    Seed("affald-5", "viborg-fb", "affald", "Hanne Søgaard",
         "Skal man selv bestille ny beholder til pap, eller kommer den automatisk?", "answered", 30,
         reply="Hej Hanne. Den nye beholder til papir og pap bliver kørt ud automatisk i løbet af "
               "de næste to uger – du skal ikke gøre noget. /Mette, Viborg Kommune", after=3),
    Seed("affald-6", "viborg-fb", "affald", "Peter Vinther",
         "mit cpr er 010203-1234 kan I se om vi er tilmeldt sms ordningen? har ikke fået nogen "
         "beskeder", "today", 52,
         note=("Jonas", "Indeholder CPR-nummer: skjul kommentaren og svar i en privat besked.")),
    Seed("affald-7", "viborg-fb", "affald", "Maja Kjær",
         "Linket i opslaget virker ikke på min telefon?? Der står bare <b>x</b><script>alert(1)"
         "</script> når jeg trykker", "calm", 2),
    Seed("affald-9", "viborg-fb", "affald", "Lise Dahl", "Super god ide med sms påmindelse 👍",
         "no_reply", 26, after=1),
    # Viborg Kommune, Facebook: road works
    Seed("vej-1", "viborg-fb", "vejarbejde", "Henrik Poulsen",
         "Det her er simpelthen for dårligt!!! Tredje gang på to år at I graver Randersvej op. Hvem "
         "planlægger det her?? Jeg har brugt 25 min på at komme på arbejde i morges. Spild af vores "
         "skattekroner 😡", "overdue", 75),
    Seed("vej-2", "viborg-fb", "vejarbejde", "Mads Thygesen",
         "Enig. Og hvorfor kan man ikke arbejde om aftenen i stedet?", "calm", 5, kind="reply",
         parent="vej-1"),
    Seed("vej-3", "viborg-fb", "vejarbejde", "Anne-Mette Lauridsen",
         "Hvorfor er der ikke skiltet omkørsel for cyklister? Min datter cykler til skole ad "
         "Randersvej og i dag skulle hun ud på kørebanen", "holding", 28,
         reply="Hej Anne-Mette. Tak fordi du siger til – det er vigtigt. Vi har sendt din besked "
               "videre til entreprenøren og vender tilbage, så snart vi ved, hvornår skiltningen "
               "bliver rettet. /Jonas, Viborg Kommune", by="Jonas", after=2),
    Seed("vej-4", "viborg-fb", "vejarbejde", "Kenneth R",
         "Hvis jeres folk spærrer min indkørsel én gang til, så kommer jeg ud med koben og så skal "
         "I se hvad der sker. Jeg ved godt hvem jeres formand er og hvor han bor.", "today", 49,
         note=("Mette", "Trussel: skærmbillede gemt og sendt til sikkerhedskoordinatoren. Slet ikke "
                        "kommentaren før vi har talt med politiet."),
         assigned="Mette"),
    Seed("vej-5", "viborg-fb", "vejarbejde", "Jette Nørgaard",
         "Hvor længe varer det? Står der 6 uger eller 6 måneder? 😅", "answered", 46,
         reply="Hej Jette. Det er 6 uger, så arbejdet forventes færdigt om halvanden måned. Du kan "
               "følge med på viborg.dk/vejarbejde. /Mette, Viborg Kommune", after=5),
    Seed("vej-6", "viborg-fb", "vejarbejde", "Kurt Bilgaard",
         "I er nogle kæmpe idioter allesammen, luk jer inde og smid nøglen væk", "hidden", 44,
         by="Jonas", after=1),
    # Viborg Kommune, Messenger
    Seed("msg-1", "viborg-fb", "conv-boligstoette", "Lone Kristensen",
         "Hej. Jeg har søgt boligstøtte i januar men har stadig ikke hørt noget, og min husleje er "
         "steget. Min søn er flyttet hjemmefra så vi er kun 2 nu. Kan I se hvor langt min sag er? "
         "Jeg bor på Sct. Mathias Gade 12, 2. th.", "calm", 3),
    Seed("msg-2", "viborg-fb", "conv-trailer", "Ahmad Rahimi",
         "Hej 🙂 kan man låne en trailer på genbrugspladsen på Bruunshåbvej, og skal man booke "
         "den?", "calm", 2),
    Seed("msg-3", "viborg-fb", "conv-trailer", "Ahmad Rahimi", "Og er det gratis?", "calm", 1.5),
    Seed("msg-4", "viborg-fb", "conv-hoereapparat", "Jørgen Aagaard",
         "Jeg har fået afslag på tilskud til høreapparat og vil gerne klage. Hvordan gør jeg det?",
         "referred", 27,
         reply="Hej Jørgen. Vi kan desværre ikke behandle personlige sager her på Messenger. Skriv "
               "sikkert til os via viborg.dk/kontakt, så sender vi din klage videre til "
               "Borgerservice med det samme. /Mette, Viborg Kommune", after=1.5),
    # Viborg Kommune, LinkedIn: a job posting
    Seed("li-1", "viborg-li", "job", "Camilla Fog",
         "Spændende stilling! Er det en fuldtidsstilling, og er der mulighed for delvis "
         "hjemmearbejde?", "today", 50),
    Seed("li-2", "viborg-li", "job", "Rasmus Kirk",
         "Hvem kan man ringe til for at høre mere om stillingen?", "answered", 22,
         reply="Hej Rasmus. Kontaktpersonen og telefonnummeret står i stillingsopslaget på "
               "viborg.dk/job – ring endelig. /Mette, Viborg Kommune", after=4),
    Seed("li-3", "viborg-li", "job", "Trine Eskildsen",
         "Tillykke med de flotte resultater i kommunikationsafdelingen 👏 Del gerne!", "no_reply",
         20),
    Seed("li-4", "viborg-li", "job", "Nikolaj Brix",
         "Kan man søge, selvom man ikke har en kommunikationsuddannelse, men 8 års erfaring som "
         "journalist?", "calm", 6),
    # Viborg Kommune, YouTube: the city council meeting
    Seed("yt-1", "viborg-yt", "byraad", "Poul Erik Rasmussen",
         "Hvornår i videoen behandles punkt 7 om skolestrukturen i Karup?", "overdue", 78),
    Seed("yt-2", "viborg-yt", "byraad", "Preben Kjeldsen",
         "Borgmesteren lyver jo bare, det ved alle. Kan ikke tage jer seriøst.", "calm", 3,
         moderation="heldForReview",
         note=("Jonas", "Holdt tilbage af YouTube. Grov, men ikke ulovlig – godkend eller afvis?")),
    Seed("yt-3", "viborg-yt", "byraad", "Gitte Holst",
         "Lyden forsvinder fra ca. 1:23:40 og resten af mødet 😕", "answered", 45,
         reply="Hej Gitte. Tak! Vi har desværre mistet lyden i de sidste 20 minutter. Referatet "
               "ligger på viborg.dk/byraad. /Jonas, Viborg Kommune", by="Jonas", after=6),
    Seed("yt-4", "viborg-yt", "byraad", "Bent Juul", "Godt at man kan følge med hjemmefra 👍",
         "no_reply", 44),
    Seed("yt-5", "viborg-yt", "byraad", "KasinoBonusKing",
         "🔥🔥 Gratis spins uden indbetaling – kun i dag ➡️ https://bonus-kings.example/dk",
         "spam", 30, moderation="likelySpam", after=0.5),
    # Viborg Bibliotekerne, Instagram
    Seed("vbib-1", "vbib-ig", "sommerbogen", "mor_til_3_viborg",
         "Kan min søn på 5 være med? Han elsker at få læst højt 🥰", "today", 51),
    Seed("vbib-2", "vbib-ig", "sommerbogen", "sofie.lykke", "😍😍📚📚", "no_reply", 20),
    Seed("vbib-3", "vbib-ig", "sommerbogen", "jens_bjerringbro",
         "Hvornår åbner Bjerringbro bibliotek igen efter ombygningen??", "overdue", 90),
    Seed("vbib-4", "vbib-ig", "sommerbogen", "free.followers.now",
         "Want 10k followers? 🔥 DM us or visit https://followerz-boost.example 🔥", "spam", 24,
         after=0.3),
    Seed("vbib-5", "vbib-ig", "sommerbogen", "karina.aa",
         "Skal bøgerne være fra biblioteket eller kan man også læse sine egne?", "answered", 29,
         reply="Hej Karina! Alle bøger tæller – også dem I har derhjemme 📚 /Signe, Viborg "
               "Bibliotekerne", after=2),
    Seed("vbib-6", "vbib-ig", "strik", "strikkeglad_ulla",
         "Kommer der også en strikkecafé i Stoholm? 🧶", "calm", 7),
    # Malmö stad, Facebook: Föreningsgatan closed for bikes
    Seed("mfb-1", "malmo-fb", "cykel", "Johan Persson",
         "Fyra veckor?? Det var ju samma sak i höstas. Varför kan ni aldrig samordna era grävjobb? "
         "Jag cyklar med två barn i lådcykeln och Kristianstadsgatan är livsfarlig i rusningstid 😡",
         "overdue", 60),
    Seed("mfb-2", "malmo-fb", "cykel", "Malin Ek", "Gäller avstängningen även gående?", "today",
         22),
    Seed("mfb-3", "malmo-fb", "cykel", "Lars-Göran Nilsson",
         "Typiskt Malmö stad. Pengar till allt utom det som behövs.", "calm", 2),
    Seed("mfb-4", "malmo-fb", "cykel", "Sara Andersson", "Kommer buss 5 att påverkas?", "late",
         50, reply="Hej Sara! Förlåt att svaret dröjde. Nej, buss 5 kör som vanligt. Ha en fin "
                   "dag! /Johanna, Malmö stad", after=30),
    Seed("mfb-8", "malmo-fb", "cykel", "Snabba Pengar SE",
         "Tjäna 3000 kr om dagen hemifrån 💸 Klicka här https://snabba-pengar.example", "spam", 20,
         after=0.5),
    # Malmö stad, Facebook: building permits
    Seed("mfb-5", "malmo-fb", "bygglov", "Mikael Berg",
         "Hej, jag väntar på besked om bygglov för ett uterum på Kvarngatan 7, ärende 2023-004512. "
         "Har väntat i 14 veckor nu. Kan ni kolla vad som händer? Mitt personnummer är "
         "19811218-9876", "today", 20,
         note=("Ali", "Innehåller personnummer. Dölj kommentaren och hänvisa till kontaktcenter – "
                      "pågående ärenden hanteras inte här.")),
    Seed("mfb-6", "malmo-fb", "bygglov", "Anna Svensson",
         "Behöver man bygglov för en friggebod på 15 kvm?", "answered", 26,
         reply="Hej Anna! En friggebod på högst 15 kvm behöver inte bygglov om den står minst 4,5 "
               "meter från tomtgränsen. Läs mer på malmo.se/bygglov. /Ali, Malmö stad", by="Ali",
         after=3),
    Seed("mfb-7", "malmo-fb", "bygglov", "Emil Johansson", "<3 snyggt med e-tjänst äntligen",
         "no_reply", 25),
    # Malmö stad, Messenger (handled by kontaktcenter like mail, per Malmö's policy)
    Seed("mmsg-1", "malmo-fb", "conv-kontaktcenter", "Fatima Hassan",
         "Hej! Vilka tider har kontaktcenter öppet i helgen? Jag behöver hjälp med mitt "
         "parkeringstillstånd 🙏", "calm", 1),
    Seed("mmsg-2", "malmo-fb", "conv-staket", "Erik Lindqvist",
         "Hej, jag har fått ett föreläggande om att riva mitt staket och vill överklaga. Kan ni "
         "hjälpa mig med det här?", "referred", 30,
         reply="Hej Erik! Det här är ett ärende som behöver gå via våra ordinarie kanaler. Skicka "
               "ditt överklagande via malmo.se/overklaga eller kontakta kontaktcenter, så hjälper de "
               "dig vidare. /Johanna, Malmö stad", after=2),
    # Malmö stad, X mentions
    Seed("x-1", "malmo-x", "lundavagen", "@cykelmalin",
         "@malmostad När blir cykelbanan klar? Och varför är omledningen inte skyltad vid "
         "Nobeltorget??", "today", 21),
    Seed("x-2", "malmo-x", "sophamtning", "@mollanbo",
         "@malmostad tre veckor utan sophämtning på Möllan nu. Det luktar som en soptipp på "
         "gården. Skäms!! 🤬", "overdue", 55),
    Seed("x-3", "malmo-x", "lundavagen", "@ystadvagen_per",
         "@malmostad Tack för snabb hjälp med gatlyset på Ystadvägen! 💡", "no_reply", 23),
    Seed("x-4", "malmo-x", "lundavagen", "@kristina_malmo",
         "@malmostad finns det någon karta över omledningarna?", "answered", 27,
         reply="Hej Kristina! Ja, kartan finns på malmo.se/lundavagen 🗺️ /Johanna", after=1),
    Seed("x-5", "malmo-x", "lundavagen", "@sanningen_sverige", "@malmostad ni är ett skämt",
         "calm", 1),
    # Rosengårdsskolan, Instagram: open house
    Seed("rs-1", "rosengard-ig", "oppethus", "amira.k", "Behöver man anmäla sig i förväg?",
         "today", 20),
    Seed("rs-2", "rosengard-ig", "oppethus", "pappa_till_leo",
         "Finns det modersmålsundervisning i arabiska och somaliska?", "calm", 3),
    Seed("rs-3", "rosengard-ig", "oppethus", "hodan.abdi",
         "Kommer det finnas tolk på mötet? Min mamma pratar inte så bra svenska", "holding", 20,
         reply="Hej Hodan! Bra fråga – vi kollar med rektorn och återkommer så snart vi vet. "
               "/Sanna, Rosengårdsskolan", after=2),
    Seed("rs-4", "rosengard-ig", "oppethus", "linnea_7c", "Rosengårdsskolan bästa skolan!!! ❤️❤️",
         "no_reply", 18),
    Seed("rs-5", "rosengard-ig", "oppethus", "zeynep.y", "Vilken tid slutar det?", "answered", 26,
         reply="Hej! Vi håller på till 19.30. Välkommen! /Sanna, Rosengårdsskolan", after=2),
    # Viborg Kommune, Bluesky: winter bathing
    Seed("bsky-1", "viborg-bsky", "vinterbadning", "Lene Skov",
         "Er badebroen handicapvenlig? Min mand sidder i kørestol men vil gerne med 🙂", "today", 30,
         kind="reply"),
    Seed("bsky-2", "viborg-bsky", "vinterbadning", "Rasmus Bjerre",
         "Kan man købe klippekort til saunaen?", "answered", 28, kind="reply",
         reply="Hej Rasmus. Ja, klippekort til 10 gange kan købes på viborg.dk/vinterbad. /Mette, Viborg Kommune",
         after=2),
    # Malmö stad, Mastodon: the city library's new opening hours
    Seed("masto-1", "malmo-masto", "stadsbiblioteket", "Elsa Nyberg",
         "@malmostad gäller kvällsöppet även barnavdelningen?", "calm", 3, kind="mention"),
    Seed("masto-2", "malmo-masto", "stadsbiblioteket", "Kalle Dahl",
         "@malmostad bra initiativ, tack!", "no_reply", 22, kind="mention"),
)
