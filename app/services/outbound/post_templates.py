"""Starting points for posts (issue 19): service information, closures, events, in Danish,
Swedish and English. {placeholders} are filled by the writer; the link to the permanent web
page is part of every template, as Varberg's guidelines ask."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PostTemplate:
    key: str
    language: str
    name: str
    body: str


TEMPLATES = (
    PostTemplate("service", "da", "Serviceinformation",
                 "Fra {dato} ændrer vi {hvad}. Det betyder, at {betydning}.\nLæs mere: {link}"),
    PostTemplate("closure", "da", "Lukning",
                 "{sted} holder lukket {hvornår} på grund af {årsag}. Vi åbner igen {åbner}.\nSe åbningstider: {link}"),
    PostTemplate("event", "da", "Arrangement",
                 "Kom til {arrangement} {hvornår} på {sted}. {kort_beskrivelse}\nProgram og tilmelding: {link}"),
    PostTemplate("service", "sv", "Serviceinformation",
                 "Från {datum} ändrar vi {vad}. Det betyder att {betydelse}.\nLäs mer: {link}"),
    PostTemplate("closure", "sv", "Stängt",
                 "{plats} har stängt {när} på grund av {orsak}. Vi öppnar igen {öppnar}.\nSe öppettider: {link}"),
    PostTemplate("event", "sv", "Evenemang",
                 "Välkommen till {evenemang} {när} på {plats}. {kort_beskrivning}\nProgram och anmälan: {link}"),
    PostTemplate("service", "en", "Service information",
                 "From {date} we are changing {what}. This means {meaning}.\nRead more: {link}"),
    PostTemplate("closure", "en", "Closure",
                 "{place} is closed {when} because of {reason}. We open again {reopens}.\nOpening hours: {link}"),
    PostTemplate("event", "en", "Event",
                 "Join us for {event} {when} at {place}. {short_description}\nProgramme and sign-up: {link}"),
)


def templates_for(language: str) -> list[PostTemplate]:
    found = [t for t in TEMPLATES if t.language == language]
    return found or [t for t in TEMPLATES if t.language == "en"]
