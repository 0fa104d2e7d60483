<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>Access</name>
    <message>
        <source>The password is empty.</source>
        <translation>Adgangskoden er tom.</translation>
    </message>
    <message>
        <source>account {name}</source>
        <translation>kontoen {name}</translation>
    </message>
    <message>
        <source>The database is not a team database (PostgreSQL) with a login name in its address.</source>
        <translation>Databasen er ikke en fælles teamdatabase (PostgreSQL) med et brugernavn i adressen.</translation>
    </message>
    <message>
        <source>Database password: </source>
        <translation>Adgangskode til databasen: </translation>
    </message>
    <message>
        <source>reader</source>
        <translation>læser</translation>
    </message>
    <message>
        <source>communicator</source>
        <translation>kommunikatør</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>udgiver</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>At svare</translation>
    </message>
    <message>
        <source>Hiding comments</source>
        <translation>At skjule kommentarer</translation>
    </message>
    <message>
        <source>Deleting comments</source>
        <translation>At slette kommentarer</translation>
    </message>
    <message>
        <source>Marking spam</source>
        <translation>At markere som spam</translation>
    </message>
    <message>
        <source>Writing notes</source>
        <translation>At skrive noter</translation>
    </message>
    <message>
        <source>Assigning items</source>
        <translation>At fordele henvendelser</translation>
    </message>
    <message>
        <source>Exporting a case</source>
        <translation>At eksportere en sag</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>At synkronisere</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>At udgive opslag</translation>
    </message>
    <message>
        <source>Approving posts</source>
        <translation>At godkende opslag</translation>
    </message>
    <message>
        <source>Muting, blocking and reporting authors</source>
        <translation>At gøre afsendere tavse, blokere og anmelde dem</translation>
    </message>
    <message>
        <source>Banning authors from the Page</source>
        <translation>Udelukkelse af personer fra siden</translation>
    </message>
    <message>
        <source>Forgetting a person</source>
        <translation>At glemme en person</translation>
    </message>
    <message>
        <source>Deleting old items</source>
        <translation>At slette gamle henvendelser</translation>
    </message>
    <message>
        <source>Managing roles</source>
        <translation>At styre roller</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>At læse revisionsloggen</translation>
    </message>
    <message>
        <source>Changing account settings</source>
        <translation>At ændre kontoens indstillinger</translation>
    </message>
    <message>
        <source>This</source>
        <translation>Dette</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>denne konto</translation>
    </message>
    <message>
        <source>{action} needs the {needed} role, and you have no role for {where}. Ask an administrator.</source>
        <translation>{action} kræver rollen {needed}, og du har ingen rolle for {where}. Spørg en administrator.</translation>
    </message>
    <message>
        <source>{action} needs the {needed} role; your role for {where} is {held}. Ask an administrator of {where}.</source>
        <translation>{action} kræver rollen {needed}; din rolle for {where} er {held}. Spørg en administrator for {where}.</translation>
    </message>
    <message>
        <source>Roles exist only on a team database (PostgreSQL); the local file is for one person.</source>
        <translation>Roller findes kun i en fælles teamdatabase (PostgreSQL); den lokale fil er til én person.</translation>
    </message>
    <message>
        <source>A login is 2 to 63 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter (not pg_ or svarbox_).</source>
        <translation>Et brugernavn er 2 til 63 små bogstaver, cifre, &apos;.&apos;, &apos;_&apos; eller &apos;-&apos; og starter med et bogstav (ikke pg_ eller svarbox_).</translation>
    </message>
    <message>
        <source>Give either an institution or an account.</source>
        <translation>Angiv enten en institution eller en konto.</translation>
    </message>
    <message>
        <source>There is no account {id} you may see.</source>
        <translation>Der er ingen konto {id}, som du må se.</translation>
    </message>
    <message>
        <source>There is no institution called {name}.</source>
        <translation>Der er ingen institution, der hedder {name}.</translation>
    </message>
    <message>
        <source>The database refused: only an administrator of that institution may change its roles.</source>
        <translation>Databasen afviste: kun en administrator for den institution må ændre dens roller.</translation>
    </message>
    <message>
        <source>Unknown role {role}; use reader, communicator, publisher or administrator.</source>
        <translation>Ukendt rolle {role}; brug reader, communicator, publisher eller administrator.</translation>
    </message>
    <message>
        <source>{login} has no role there that you may change.</source>
        <translation>{login} har ingen rolle dér, som du må ændre.</translation>
    </message>
</context>
<context>
    <name>AccessGate</name>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Revisionslog…</translation>
    </message>
    <message>
        <source>Who opened, answered, exported, hid, forgot or reassigned what</source>
        <translation>Hvem åbnede, besvarede, eksporterede, skjulte, glemte eller omfordelte hvad</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Connect an account</source>
        <translation>Tilslut en konto</translation>
    </message>
    <message>
        <source>Svarbox checks the token with the platform and keeps it in this computer&apos;s keychain, never in the database.</source>
        <translation>Svarbox kontrollerer tokenet hos platformen og gemmer det i denne computers nøglering – aldrig i databasen.</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <source>Leave empty for the platform&apos;s own address</source>
        <translation>Lad feltet stå tomt for at bruge platformens egen adresse</translation>
    </message>
    <message>
        <source>Sign in with the browser…</source>
        <translation>Log ind med browseren…</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Which platform the account is on</source>
        <translation>Den platform, kontoen ligger på</translation>
    </message>
    <message>
        <source>Name in Svarbox</source>
        <translation>Navn i Svarbox</translation>
    </message>
    <message>
        <source>For example: Viborg Kommune (Facebook)</source>
        <translation>For eksempel: Viborg Kommune (Facebook)</translation>
    </message>
    <message>
        <source>Owned by</source>
        <translation>Ejes af</translation>
    </message>
    <message>
        <source>The institution or department the account belongs to</source>
        <translation>Den institution eller afdeling, kontoen hører til</translation>
    </message>
    <message>
        <source>Page, organisation or channel id</source>
        <translation>Side-, organisations- eller kanal-id</translation>
    </message>
    <message>
        <source>Needed where the token alone does not say which page or channel</source>
        <translation>Skal udfyldes, hvis tokenet ikke selv angiver siden eller kanalen</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>The account&apos;s own username (Instagram, X)</source>
        <translation>Kontoens eget brugernavn (Instagram, X)</translation>
    </message>
    <message>
        <source>Response policy</source>
        <translation>Svarfrist</translation>
    </message>
    <message>
        <source>hours:24, workdays:2 or business_hours:8</source>
        <translation>hours:24, workdays:2 eller business_hours:8</translation>
    </message>
    <message>
        <source>Work calendar</source>
        <translation>Arbejdskalender</translation>
    </message>
    <message>
        <source>Whose public holidays count</source>
        <translation>Hvilket lands helligdage der gælder</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-adresse</translation>
    </message>
    <message>
        <source>Only for testing against another server</source>
        <translation>Kun til test mod en anden server</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Adgangstoken</translation>
    </message>
    <message>
        <source>Paste the token; it is not shown</source>
        <translation>Indsæt tokenet; det bliver ikke vist</translation>
    </message>
    <message>
        <source>App client id</source>
        <translation>Appens klient-id</translation>
    </message>
    <message>
        <source>Your municipality&apos;s app registration, for browser sign-in</source>
        <translation>Kommunens appregistrering, til login via browseren</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Forbindelsesstatus</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Tilslut</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Enter your Mastodon server&apos;s address under API address (for example https://social.example.dk) and sign in with the browser. Svarbox registers itself on that server; nothing has to be created in advance.</source>
        <translation>Skriv adressen på jeres Mastodon-server under API-adresse (for eksempel https://social.example.dk), og log ind med browseren. Svarbox registrerer sig selv på serveren; der skal ikke oprettes noget på forhånd.</translation>
    </message>
    <message>
        <source>Your server, for example https://social.example.dk</source>
        <translation>Jeres server, for eksempel https://social.example.dk</translation>
    </message>
    <message>
        <source>Enter your municipality&apos;s app client id first.</source>
        <translation>Indtast først kommunens klient-id for appen.</translation>
    </message>
    <message>
        <source>Enter the Google app&apos;s client secret too: Google requires it for desktop apps.</source>
        <translation>Indtast også Google-appens klienthemmelighed: Google kræver den for skrivebordsapps.</translation>
    </message>
    <message>
        <source>Waiting for the browser… approve Svarbox there.</source>
        <translation>Venter på browseren… godkend Svarbox dér.</translation>
    </message>
    <message>
        <source>Signed in. Press Connect to finish.</source>
        <translation>Du er logget ind. Tryk på Tilslut for at afslutte.</translation>
    </message>
    <message>
        <source>Enter the Mastodon server&apos;s address under API address first, for example https://social.example.dk.</source>
        <translation>Skriv først adressen på Mastodon-serveren under API-adresse, for eksempel https://social.example.dk.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Giv kontoen et navn.</translation>
    </message>
    <message>
        <source>Paste an access token or sign in with the browser.</source>
        <translation>Indsæt et adgangstoken, eller log ind med browseren.</translation>
    </message>
    <message>
        <source>Checking the token with the platform…</source>
        <translation>Kontrollerer tokenet hos platformen…</translation>
    </message>
    <message>
        <source>Connected {name}.</source>
        <translation>{name} er tilsluttet.</translation>
    </message>
    <message>
        <source>Something went wrong: {what}</source>
        <translation>Noget gik galt: {what}</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>The stored work calendar could not be read ({reason}); the country&apos;s defaults are shown and will be saved.</source>
        <translation>Den gemte arbejdskalender kunne ikke læses ({reason}); landets standardindstillinger vises og bliver gemt.</translation>
    </message>
    <message>
        <source>Choose at least one kind of holiday to close on.</source>
        <translation>Vælg mindst én type fridage, hvor der er lukket.</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Svartid</translation>
    </message>
    <message>
        <source>Response policy:</source>
        <translation>Svarfrist:</translation>
    </message>
    <message>
        <source>Response policy</source>
        <translation>Svarfrist</translation>
    </message>
    <message>
        <source>Follow-up after a holding reply:</source>
        <translation>Opfølgning efter foreløbigt svar:</translation>
    </message>
    <message>
        <source>Follow-up policy</source>
        <translation>Frist for opfølgning</translation>
    </message>
    <message>
        <source>Work calendar</source>
        <translation>Arbejdskalender</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Tidszone:</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>Lukket på:</translation>
    </message>
    <message>
        <source>Also the country&apos;s eves and half days</source>
        <translation>Også landets helligaftener og halve dage</translation>
    </message>
    <message>
        <source>Country&apos;s eves and half days</source>
        <translation>Landets helligaftener og halve dage</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Åbningstider</translation>
    </message>
    <message>
        <source>Opening hours on {day}</source>
        <translation>Åbningstider om {day}</translation>
    </message>
    <message>
        <source>Write them as HH:MM-HH:MM, e.g. 08:00-16:00.</source>
        <translation>Skriv dem som TT:MM-TT:MM, fx 08:00-16:00.</translation>
    </message>
    <message>
        <source>Extra closed dates</source>
        <translation>Ekstra lukkedage</translation>
    </message>
    <message>
        <source>Closed date to add</source>
        <translation>Lukkedag, der skal tilføjes</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Add closed date</source>
        <translation>Tilføj lukkedag</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove the selected closed dates</source>
        <translation>Fjern de valgte lukkedage</translation>
    </message>
    <message>
        <source>Special opening hours on a date</source>
        <translation>Særlige åbningstider på en dato</translation>
    </message>
    <message>
        <source>Date with special opening hours</source>
        <translation>Dato med særlige åbningstider</translation>
    </message>
    <message>
        <source>Opening hours on that date</source>
        <translation>Åbningstider på den dato</translation>
    </message>
    <message>
        <source>Add special opening hours</source>
        <translation>Tilføj særlige åbningstider</translation>
    </message>
    <message>
        <source>Dates with special opening hours</source>
        <translation>Datoer med særlige åbningstider</translation>
    </message>
    <message>
        <source>Remove the selected special opening hours</source>
        <translation>Fjern de valgte særlige åbningstider</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>Kontoen findes ikke længere.</translation>
    </message>
    <message>
        <source>There is no account named {name}.</source>
        <translation>Der er ingen konto med navnet {name}.</translation>
    </message>
    <message>
        <source>The platform did not accept the token (expired or revoked).</source>
        <translation>Platformen accepterede ikke tokenet (udløbet eller tilbagekaldt).</translation>
    </message>
    <message>
        <source>The token lacks a permission: {reason}</source>
        <translation>Tokenet mangler en tilladelse: {reason}</translation>
    </message>
    <message>
        <source>The platform cannot be reached; check the network.</source>
        <translation>Platformen kan ikke nås; tjek netværket.</translation>
    </message>
    <message>
        <source>The platform answered with an error: {reason}</source>
        <translation>Platformen svarede med en fejl: {reason}</translation>
    </message>
    <message>
        <source>Bluesky needs the account&apos;s handle (for example kommune.bsky.social) with the app password.</source>
        <translation>Bluesky skal bruge kontoens brugernavn (for eksempel kommune.bsky.social) sammen med app-adgangskoden.</translation>
    </message>
    <message>
        <source>Bluesky did not accept the handle and app password.</source>
        <translation>Bluesky godkendte ikke brugernavnet og app-adgangskoden.</translation>
    </message>
    <message>
        <source>Mastodon needs the server&apos;s address, for example --base-url https://social.example.dk.</source>
        <translation>Mastodon skal bruge serverens adresse, for eksempel --base-url https://social.example.dk.</translation>
    </message>
    <message>
        <source>Unknown platform {platform}; use one of: {choices}.</source>
        <translation>Ukendt platform {platform}; brug en af disse: {choices}.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>En konto skal have et navn.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow {platform} accounts (allowed: {choices}).</source>
        <translation>Jeres organisations politik tillader ikke konti på {platform} (tilladt: {choices}).</translation>
    </message>
    <message>
        <source>A platform address must use https.</source>
        <translation>En platformsadresse skal bruge https.</translation>
    </message>
    <message>
        <source>A token is needed to connect {platform}.</source>
        <translation>Der skal bruges et token for at tilslutte {platform}.</translation>
    </message>
    <message>
        <source>An account named {name} already exists.</source>
        <translation>Der findes allerede en konto med navnet {name}.</translation>
    </message>
    <message>
        <source>No token for {name} in your keychain; reconnect the account.</source>
        <translation>Der er intet token til {name} i din nøglering; tilslut kontoen igen.</translation>
    </message>
    <message>
        <source>Your keychain has no token for {name}; connect it on this computer to send from it.</source>
        <translation>Din nøglering har intet token til {name}; tilslut kontoen på denne computer for at sende fra den.</translation>
    </message>
    <message>
        <source>A LinkedIn API version looks like 202607 (year and month).</source>
        <translation>En LinkedIn API-version skrives som 202607 (år og måned).</translation>
    </message>
    <message>
        <source>At most {n} keywords can be monitored.</source>
        <translation>Der kan højst overvåges {n} søgeord.</translation>
    </message>
    <message>
        <source>A keyword can be at most 100 characters long.</source>
        <translation>Et søgeord må højst være på 100 tegn.</translation>
    </message>
    <message>
        <source>Instagram login is facebook or instagram.</source>
        <translation>Instagram-login er facebook eller instagram.</translation>
    </message>
    <message>
        <source>A Facebook Page id is a number.</source>
        <translation>Et id for en Facebook-side er et tal.</translation>
    </message>
    <message>
        <source>Use on or off.</source>
        <translation>Brug on eller off.</translation>
    </message>
    <message>
        <source>Unknown account setting {key}.</source>
        <translation>Ukendt kontoindstilling {key}.</translation>
    </message>
    <message>
        <source>{key} does not apply to a {platform} account.</source>
        <translation>{key} gælder ikke for en {platform}-konto.</translation>
    </message>
    <message>
        <source>Enter the Mastodon server&apos;s address first, for example https://social.example.dk.</source>
        <translation>Skriv først adressen på Mastodon-serveren, for eksempel https://social.example.dk.</translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message>
        <source>Internal note</source>
        <translation>Intern note</translation>
    </message>
    <message>
        <source>A note for your team (never sent to the citizen):</source>
        <translation>En note til dit team (sendes aldrig til borgeren):</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Noten er tilføjet.</translation>
    </message>
    <message>
        <source>Hiding – waiting to be sent.</source>
        <translation>Skjuler – venter på at blive sendt.</translation>
    </message>
    <message>
        <source>Unhiding – waiting to be sent.</source>
        <translation>Viser igen – venter på at blive sendt.</translation>
    </message>
    <message>
        <source>Deleting – waiting to be sent.</source>
        <translation>Sletter – venter på at blive sendt.</translation>
    </message>
    <message>
        <source>Rejecting – waiting to be sent.</source>
        <translation>Afviser – venter på at blive sendt.</translation>
    </message>
    <message>
        <source>Marked as needing no reply.</source>
        <translation>Markeret som: intet svar nødvendigt.</translation>
    </message>
    <message>
        <source>Reopened; the clock runs again.</source>
        <translation>Genåbnet; uret kører igen.</translation>
    </message>
    <message>
        <source>Delete on the platform?</source>
        <translation>Slet på platformen?</translation>
    </message>
    <message>
        <source>Delete this comment by {author} on {platform}? This cannot be undone.</source>
        <translation>Vil du slette denne kommentar fra {author} på {platform}? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(ukendt)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Af&amp;vis …</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>S&amp;kjul</translation>
    </message>
    <message>
        <source>&amp;Approve (publish)</source>
        <translation>&amp;Godkend (offentliggør)</translation>
    </message>
    <message>
        <source>&amp;Unhide</source>
        <translation>&amp;Vis igen</translation>
    </message>
    <message>
        <source>Publishing – waiting to be sent.</source>
        <translation>Offentliggør – venter på at blive sendt.</translation>
    </message>
    <message>
        <source>Muting the author – waiting to be sent.</source>
        <translation>Afsenderen gøres tavs – venter på at blive sendt.</translation>
    </message>
    <message>
        <source>Blocking the author – waiting to be sent.</source>
        <translation>Afsenderen blokeres – venter på at blive sendt.</translation>
    </message>
    <message>
        <source>Report to {platform}&apos;s moderators</source>
        <translation>Anmeld til moderatorerne på {platform}</translation>
    </message>
    <message>
        <source>Why are you reporting this post by {author}? The moderators of {platform} read this (at most 1000 characters):</source>
        <translation>Hvorfor anmelder du dette opslag fra {author}? Moderatorerne på {platform} læser begrundelsen (højst 1000 tegn):</translation>
    </message>
    <message>
        <source>Report – waiting to be sent.</source>
        <translation>Anmeldelse – venter på at blive sendt.</translation>
    </message>
    <message>
        <source>Reject as spam on YouTube?</source>
        <translation>Afvis som spam på YouTube?</translation>
    </message>
    <message>
        <source>Rejecting hides the comment and all its replies for good. You can also ban its author from the channel.</source>
        <translation>Afvisning skjuler kommentaren og alle svar på den for altid. Du kan også udelukke forfatteren fra kanalen.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <source>Reject and ban the author</source>
        <translation>Afvis og udeluk forfatteren</translation>
    </message>
    <message>
        <source>Hide as spam on {platform}?</source>
        <translation>Skjul som spam på {platform}?</translation>
    </message>
    <message>
        <source>The comment is hidden on {platform} and recorded as spam. You can also ban {author} from the Page: a banned person can no longer comment on the Page&apos;s posts or message the Page. The ban can be lifted later (Unban).</source>
        <translation>Kommentaren skjules på {platform} og registreres som spam. Du kan også udelukke {author} fra siden: en udelukket person kan ikke længere kommentere sidens opslag eller skrive til siden. Udelukkelsen kan ophæves senere (Ophæv udelukkelse).</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>Hide and ban the author</source>
        <translation>Skjul og udeluk afsenderen</translation>
    </message>
    <message>
        <source>Spam – hiding on the platform, waiting to be sent.</source>
        <translation>Spam – skjules på platformen, venter på at blive sendt.</translation>
    </message>
    <message>
        <source>Spam – hiding the comment and banning its author from the Page, waiting to be sent.</source>
        <translation>Spam – kommentaren skjules og afsenderen udelukkes fra siden, venter på at blive sendt.</translation>
    </message>
    <message>
        <source>Lifting the ban – waiting to be sent.</source>
        <translation>Udelukkelsen ophæves – venter på at blive sendt.</translation>
    </message>
    <message>
        <source>Send the referral?</source>
        <translation>Send henvisningen?</translation>
    </message>
    <message>
        <source>This reply goes to {author} and the item is recorded as referred:

{text}</source>
        <translation>Dette svar sendes til {author}, og henvendelsen registreres som henvist:

{text}</translation>
    </message>
    <message>
        <source>Referral queued; it is sent in the background.</source>
        <translation>Henvisningen er sat i kø og sendes i baggrunden.</translation>
    </message>
    <message>
        <source>Document the case in the records system</source>
        <translation>Journalisér sagen i journalsystemet</translation>
    </message>
    <message>
        <source>Referred. To document the case:

1. ✓ The referral to the case channel is on its way to {author}.
2. Add an internal note if the case has a number or a caseworker.
3. Export the conversation as a case record (PDF and JSON) and file it in the records system.</source>
        <translation>Henvist. Sådan journaliserer du sagen:

1. ✓ Henvisningen til den officielle kanal er på vej til {author}.
2. Skriv en intern note, hvis sagen har et sagsnummer eller en sagsbehandler.
3. Eksportér samtalen som sagsakt (PDF og JSON), og læg den i journalsystemet.</translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation>borgeren</translation>
    </message>
    <message>
        <source>Export as case record…</source>
        <translation>Eksportér som sagsdokumentation…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
    <message>
        <source>Block the author?</source>
        <translation>Bloker afsenderen?</translation>
    </message>
    <message>
        <source>Block {author} on {platform}? The account no longer sees their posts and they cannot reply to it; they can see that they are blocked. Unblock on {platform} itself.</source>
        <translation>Bloker {author} på {platform}? Kontoen ser ikke længere personens opslag, og personen kan ikke svare kontoen. Personen kan se, at de er blokeret. Blokeringen ophæves på selve {platform}.</translation>
    </message>
    <message>
        <source>Reject on YouTube?</source>
        <translation>Afvis på YouTube?</translation>
    </message>
    <message>
        <source>Rejecting hides the comment and all its replies for good. Continue?</source>
        <translation>Afvisning skjuler kommentaren og alle dens svar permanent. Vil du fortsætte?</translation>
    </message>
    <message>
        <source>Fill in before sending: {names}.</source>
        <translation>Udfyld før afsendelse: {names}.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>Svaret er tomt.</translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation>Send alligevel?</translation>
    </message>
    <message>
        <source>The checker found problems in this reply:

{problems}

Send it anyway?</source>
        <translation>Svartjekket fandt problemer i dette svar:

{problems}

Vil du sende det alligevel?</translation>
    </message>
    <message>
        <source>Holding reply queued; it is sent in the background.</source>
        <translation>Det foreløbige svar er sat i kø; det sendes i baggrunden.</translation>
    </message>
    <message>
        <source>Reply queued; it is sent in the background.</source>
        <translation>Svaret er sat i kø; det sendes i baggrunden.</translation>
    </message>
    <message>
        <source>Sending in {n} seconds – Undo takes it back.</source>
        <translation>Sendes om {n} sekunder – Fortryd tager det tilbage.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Take the reply back before it is sent</source>
        <translation>Tag svaret tilbage, før det sendes</translation>
    </message>
    <message>
        <source>Undone; nothing was sent.</source>
        <translation>Fortrudt – intet blev sendt.</translation>
    </message>
    <message>
        <source>Assign anyway?</source>
        <translation>Tildel alligevel?</translation>
    </message>
    <message>
        <source>{problem}

Assign it to them anyway?</source>
        <translation>{problem}

Vil du tildele den alligevel?</translation>
    </message>
    <message>
        <source>Not assigned.</source>
        <translation>Ikke tildelt.</translation>
    </message>
    <message>
        <source>Answer anyway?</source>
        <translation>Svar alligevel?</translation>
    </message>
    <message>
        <source>{problem}

Send your reply anyway?</source>
        <translation>{problem}

Vil du sende dit svar alligevel?</translation>
    </message>
    <message>
        <source>Not sent; your text is kept.</source>
        <translation>Ikke sendt; din tekst er gemt.</translation>
    </message>
    <message>
        <source>Trying again.</source>
        <translation>Prøver igen.</translation>
    </message>
    <message>
        <source>Discard?</source>
        <translation>Kassér?</translation>
    </message>
    <message>
        <source>Do not send this action? The item goes back to where it was.</source>
        <translation>Vil du droppe at sende denne handling? Henvendelsen vender tilbage til sin tidligere status.</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>Kasseret.</translation>
    </message>
    <message>
        <source>Case record saved: {pdf} and {json}</source>
        <translation>Sagsdokumentationen er gemt: {pdf} og {json}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Åbn mappe</translation>
    </message>
    <message>
        <source>Show the folder in the file manager</source>
        <translation>Vis mappen i filhåndteringen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Skjul denne meddelelse</translation>
    </message>
    <message>
        <source>Writing the case record…</source>
        <translation>Skriver sagsdokumentationen…</translation>
    </message>
    <message>
        <source>Forget this person?</source>
        <translation>Glem denne person?</translation>
    </message>
    <message>
        <source>Forget {author} on {account}?

Every item by {author} on {account} kept in Svarbox is anonymised: the text, the name and the link are removed, open items are closed as needing no reply, and actions waiting to be sent for them are discarded. The name {author} is also removed from every other text Svarbox keeps (other items, replies, notes), on every account.

This cannot be undone. Nothing changes on {platform} itself.</source>
        <translation>Vil du glemme {author} på {account}?

Alle henvendelser fra {author} på {account}, som Svarbox har gemt, bliver anonymiseret: Teksten, navnet og linket fjernes, åbne henvendelser lukkes som ikke krævende svar, og handlinger, der venter på at blive sendt for dem, kasseres. Navnet {author} fjernes også fra alle andre tekster, Svarbox gemmer (andre henvendelser, svar, noter), på alle konti.

Det kan ikke fortrydes. Intet ændres på selve {platform}.</translation>
    </message>
    <message numerus="yes">
        <source>Forgotten: %n item(s) anonymised.</source>
        <translation>
            <numerusform>Glemt: %n henvendelse er anonymiseret.</numerusform>
            <numerusform>Glemt: %n henvendelser er anonymiseret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Not possible while the team database cannot be reached; replies, holding replies and hiding are kept on this computer, the rest has to wait.</source>
        <translation>Ikke muligt, mens teamdatabasen ikke kan nås; svar, foreløbige svar og skjulning gemmes på denne computer, resten må vente.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Kontoen findes ikke længere.</translation>
    </message>
    <message>
        <source>No case channel is set for this account&apos;s institution; add it in Settings before referring.</source>
        <translation>Der er ikke angivet en officiel kanal for kontoens institution. Tilføj den under Indstillinger, før du henviser.</translation>
    </message>
    <message>
        <source>There is no referral template; add one in Templates.</source>
        <translation>Der er ingen skabelon til henvisning. Tilføj en under Skabeloner.</translation>
    </message>
    <message>
        <source>The referral template needs values Svarbox does not have ({names}); write the referral in the composer instead.</source>
        <translation>Skabelonen til henvisning mangler oplysninger, som Svarbox ikke har ({names}). Skriv i stedet henvisningen i svarfeltet.</translation>
    </message>
    <message>
        <source>The referral template is longer than {platform} allows ({limit} characters); write a shorter referral in the composer.</source>
        <translation>Skabelonen til henvisning er længere, end {platform} tillader ({limit} tegn). Skriv en kortere henvisning i svarfeltet.</translation>
    </message>
    <message>
        <source>That action is not possible for this item.</source>
        <translation>Den handling er ikke mulig for denne henvendelse.</translation>
    </message>
    <message>
        <source>This is the account&apos;s own post; it can only be deleted.</source>
        <translation>Det er kontoens eget opslag – det kan kun slettes.</translation>
    </message>
    <message>
        <source>A direct message cannot be hidden on the platform; mark it as needing no reply instead.</source>
        <translation>En privat besked kan ikke skjules på platformen. Markér den i stedet som ikke krævende svar.</translation>
    </message>
    <message>
        <source>X lets the account hide only replies in conversations it started; this post is not one of them.</source>
        <translation>X lader kun kontoen skjule svar i samtaler, den selv har startet – det gælder ikke dette opslag.</translation>
    </message>
    <message>
        <source>X lets the account delete only its own posts.</source>
        <translation>X lader kun kontoen slette sine egne opslag.</translation>
    </message>
    <message>
        <source>YouTube lets only a comment&apos;s author delete it; reject it instead.</source>
        <translation>På YouTube kan kun forfatteren slette en kommentar – afvis den i stedet.</translation>
    </message>
    <message>
        <source>Bluesky lets the account hide only replies in threads it started; mute, block or report the author instead.</source>
        <translation>På Bluesky kan kontoen kun skjule svar i tråde, den selv har startet. Gør i stedet afsenderen tavs, bloker eller anmeld personen.</translation>
    </message>
    <message>
        <source>Mastodon has no way to hide a post; mute, block or report the author instead.</source>
        <translation>Mastodon kan ikke skjule et opslag. Gør i stedet afsenderen tavs, bloker eller anmeld personen.</translation>
    </message>
    <message>
        <source>Svarbox can mute, block and report only on Bluesky and Mastodon; on {platform} do it on the platform itself.</source>
        <translation>Svarbox kan kun gøre tavs, blokere og anmelde på Bluesky og Mastodon. På {platform} skal det gøres på selve platformen.</translation>
    </message>
    <message>
        <source>LinkedIn cannot hide comments; delete it or mark it as needing no reply.</source>
        <translation>LinkedIn kan ikke skjule kommentarer. Slet den, eller markér den som ikke krævende svar.</translation>
    </message>
    <message>
        <source>The referral is sent as a reply, and the platform does not allow one here; mark it as needing no reply and refer on the platform itself.</source>
        <translation>Henvisningen sendes som et svar, og platformen tillader ikke svar her. Markér den som ikke krævende svar, og henvis direkte på platformen.</translation>
    </message>
    <message>
        <source>The platform&apos;s reply window for this conversation has closed; answer through the official case channel instead.</source>
        <translation>Platformens svarfrist for denne samtale er udløbet. Svar i stedet via den officielle kanal.</translation>
    </message>
    <message>
        <source>Kept on this computer; it goes to the outbox when the team database is back.</source>
        <translation>Gemt på denne computer; lægges i udbakken, når teamdatabasen er tilbage.</translation>
    </message>
    <message>
        <source>Instagram has no way for an app to ban or restrict an account; hide the comment instead (restricting is done in the Instagram app).</source>
        <translation>Instagram giver ikke apps mulighed for at udelukke eller begrænse en konto; skjul kommentaren i stedet (begrænsning sker i Instagram-appen).</translation>
    </message>
    <message>
        <source>On YouTube the author is banned together with rejecting a comment: use Spam and choose “Reject and ban the author”.</source>
        <translation>På YouTube udelukkes afsenderen sammen med afvisningen af en kommentar: brug Spam og vælg »Afvis og udeluk afsenderen«.</translation>
    </message>
    <message>
        <source>{platform} has no bans by an account; block the author instead.</source>
        <translation>{platform} har ingen udelukkelse fra en konto; blokér afsenderen i stedet.</translation>
    </message>
    <message>
        <source>{platform} does not let Svarbox ban an author.</source>
        <translation>{platform} lader ikke Svarbox udelukke en afsender.</translation>
    </message>
    <message>
        <source>Only the author of a comment can be banned from the Page.</source>
        <translation>Kun afsenderen af en kommentar kan udelukkes fra siden.</translation>
    </message>
    <message>
        <source>Facebook did not tell Svarbox who wrote this comment, so its author cannot be banned from the Page; hide the comment instead.</source>
        <translation>Facebook har ikke oplyst Svarbox, hvem der skrev kommentaren, så afsenderen kan ikke udelukkes fra siden; skjul kommentaren i stedet.</translation>
    </message>
    <message>
        <source>Svarbox has not banned this author from the Page.</source>
        <translation>Svarbox har ikke udelukket denne afsender fra siden.</translation>
    </message>
    <message>
        <source>This author is already banned from the Page (or the ban is on its way).</source>
        <translation>Afsenderen er allerede udelukket fra siden (eller udelukkelsen er på vej).</translation>
    </message>
    <message>
        <source>Banning needs the team database, which cannot be reached; mark the item as spam now and ban the author later.</source>
        <translation>Udelukkelse kræver teamdatabasen, som ikke kan nås; markér emnet som spam nu, og udeluk afsenderen senere.</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Show picture</source>
        <translation>Vis billede</translation>
    </message>
    <message>
        <source>Load this picture from the platform (kept in your data folder until the item is purged)</source>
        <translation>Hent billedet fra platformen (gemmes i din datamappe, indtil henvendelsen slettes)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Henter…</translation>
    </message>
    <message>
        <source>Pictures can be loaded in the main window only.</source>
        <translation>Billeder kan kun hentes i hovedvinduet.</translation>
    </message>
    <message>
        <source>This is not a picture Svarbox can show, or it is larger than 10 MB.</source>
        <translation>Det er ikke et billede, Svarbox kan vise, eller det fylder mere end 10 MB.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Link: {host}</source>
        <translation>Link: {host}</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>This item is no longer in the cache.</source>
        <translation>Denne henvendelse er ikke længere i cachen.</translation>
    </message>
    <message>
        <source>There is no picture to show for this attachment.</source>
        <translation>Der er intet billede at vise for denne vedhæftning.</translation>
    </message>
    <message>
        <source>The picture could not be loaded; try again later.</source>
        <translation>Billedet kunne ikke hentes; prøv igen senere.</translation>
    </message>
    <message>
        <source>The demo and training workspaces have no real pictures; in your own inbox the picture is loaded from the platform.</source>
        <translation>Demo- og træningsmiljøet har ingen rigtige billeder; i jeres egen indbakke hentes billedet fra platformen.</translation>
    </message>
    <message>
        <source>The picture is larger than 10 MB; open it on the platform instead.</source>
        <translation>Billedet fylder mere end 10 MB; åbn det på platformen i stedet.</translation>
    </message>
    <message>
        <source>The platform sent something that is not a picture; it is not shown.</source>
        <translation>Platformen sendte noget, der ikke er et billede; det vises ikke.</translation>
    </message>
    <message>
        <source>The picture could not be loaded: no connection to the platform.</source>
        <translation>Billedet kunne ikke hentes: ingen forbindelse til platformen.</translation>
    </message>
    <message>
        <source>The platform no longer gives this picture (the link has expired or it was removed). Sync again, or open it on the platform.</source>
        <translation>Platformen udleverer ikke længere billedet (linket er udløbet, eller billedet er fjernet). Synkronisér igen, eller åbn det på platformen.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>{value} is not a date; write e.g. 2026-12-01 or 2026-12-01T08:00.</source>
        <translation>{value} er ikke en dato; skriv f.eks. 2026-12-01 eller 2026-12-01T08:00.</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>åbnet</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>besvaret</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>eksporteret</translation>
    </message>
    <message>
        <source>hid</source>
        <translation>skjult</translation>
    </message>
    <message>
        <source>forgot</source>
        <translation>glemt</translation>
    </message>
    <message>
        <source>reassigned</source>
        <translation>omfordelt</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roller</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andet</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit log</source>
        <translation>Revisionslog</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Hvad skete der</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Gem som &amp;CSV…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Henvendelse</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Save the audit log</source>
        <translation>Gem revisionsloggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n hændelse</numerusform>
            <numerusform>%n hændelser</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log cannot be read.</source>
        <translation>Revisionsloggen kan ikke læses.</translation>
    </message>
    <message>
        <source>The file cannot be written: {reason}</source>
        <translation>Filen kan ikke skrives: {reason}</translation>
    </message>
    <message>
        <source>Saved {count} events to {path}.</source>
        <translation>Gemte {count} hændelser i {path}.</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>{done} of {total} done.</source>
        <translation>{done} af {total} udført.</translation>
    </message>
    <message>
        <source>{n} not possible: {reason}</source>
        <translation>{n} ikke muligt: {reason}</translation>
    </message>
    <message>
        <source>Not a bulk action: {action}</source>
        <translation>Ikke en handling for flere ad gangen: {action}</translation>
    </message>
    <message>
        <source>Choose the template to close the items with.</source>
        <translation>Vælg den skabelon, henvendelserne skal lukkes med.</translation>
    </message>
</context>
<context>
    <name>BulkController</name>
    <message>
        <source>&amp;Selection</source>
        <translation>&amp;Markerede</translation>
    </message>
    <message>
        <source>Hide all selected</source>
        <translation>Skjul alle markerede</translation>
    </message>
    <message>
        <source>Hiding</source>
        <translation>Skjuler</translation>
    </message>
    <message>
        <source>Mark all selected as spam</source>
        <translation>Markér alle markerede som spam</translation>
    </message>
    <message>
        <source>Marking as spam</source>
        <translation>Markerer som spam</translation>
    </message>
    <message>
        <source>No reply needed for all selected</source>
        <translation>Intet svar nødvendigt for alle markerede</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Lukker</translation>
    </message>
    <message>
        <source>Mark selected read</source>
        <translation>Markér markerede som læst</translation>
    </message>
    <message>
        <source>Marking read</source>
        <translation>Markerer som læst</translation>
    </message>
    <message>
        <source>Mark selected unread</source>
        <translation>Markér markerede som ulæst</translation>
    </message>
    <message>
        <source>Marking unread</source>
        <translation>Markerer som ulæst</translation>
    </message>
    <message>
        <source>Mark all in this view read</source>
        <translation>Markér alt i denne visning som læst</translation>
    </message>
    <message>
        <source>Assign all selected to…</source>
        <translation>Tildel alle markerede til …</translation>
    </message>
    <message>
        <source>Close all selected with a template…</source>
        <translation>Luk alle markerede med en skabelon …</translation>
    </message>
    <message>
        <source>Topics in this view…</source>
        <translation>Emner i denne visning …</translation>
    </message>
    <message>
        <source>The view&apos;s items grouped by what they are about; answer or close a group at once</source>
        <translation>Visningens henvendelser samlet efter, hvad de handler om – svar på eller luk en hel gruppe på én gang</translation>
    </message>
    <message>
        <source>Show failed actions</source>
        <translation>Vis mislykkede handlinger</translation>
    </message>
    <message>
        <source>Select one or more items first.</source>
        <translation>Markér først en eller flere henvendelser.</translation>
    </message>
    <message>
        <source>{doing}: {done} of {total}…</source>
        <translation>{doing}: {done} af {total} …</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked read.</source>
        <translation>
            <numerusform>%n henvendelse markeret som læst.</numerusform>
            <numerusform>%n henvendelser markeret som læst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tildel</translation>
    </message>
    <message>
        <source>Assign the selected items to (empty: nobody):</source>
        <translation>Tildel de markerede henvendelser til (tomt: ingen):</translation>
    </message>
    <message>
        <source>Assigning</source>
        <translation>Tildeler</translation>
    </message>
    <message>
        <source>Assign anyway?</source>
        <translation>Tildel alligevel?</translation>
    </message>
    <message>
        <source>{problem}

Assign them anyway?</source>
        <translation>{problem}

Vil du tildele dem alligevel?</translation>
    </message>
    <message>
        <source>Not assigned.</source>
        <translation>Ikke tildelt.</translation>
    </message>
    <message>
        <source>There are no templates yet.</source>
        <translation>Der er endnu ingen skabeloner.</translation>
    </message>
    <message>
        <source>Close with a template</source>
        <translation>Luk med en skabelon</translation>
    </message>
    <message>
        <source>Each selected item gets this template as its reply (filled in for its author), with your signature:</source>
        <translation>Hver markeret henvendelse får denne skabelon som svar (udfyldt til forfatteren) med din signatur:</translation>
    </message>
    <message>
        <source>Send to all selected?</source>
        <translation>Send til alle markerede?</translation>
    </message>
    <message>
        <source>Send “{name}” as the reply to {n} items?</source>
        <translation>Send “{name}” som svar på {n} henvendelser?</translation>
    </message>
    <message>
        <source>Replying</source>
        <translation>Svarer</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Token (not shown): </source>
        <translation>Token (vises ikke): </translation>
    </message>
    <message>
        <source>No token given; pass it on standard input with --token-stdin.</source>
        <translation>Der er ikke angivet noget token; send det via standardinput med --token-stdin.</translation>
    </message>
    <message>
        <source>Browser sign-in here is for Mastodon and needs --base-url.</source>
        <translation>Login via browseren gælder her kun Mastodon og kræver --base-url.</translation>
    </message>
    <message>
        <source>Connected {name} ({platform}).</source>
        <translation>{name} ({platform}) er tilsluttet.</translation>
    </message>
    <message>
        <source>Facebook browser sign-in needs the Meta App ID: --app-id.</source>
        <translation>Log ind med browseren på Facebook kræver Meta-appens App ID: --app-id.</translation>
    </message>
    <message>
        <source>Meta App secret (not shown, not kept): </source>
        <translation>Meta-appens App secret (vises ikke, gemmes ikke): </translation>
    </message>
    <message>
        <source>Approve Svarbox in the browser; if it does not open, visit:
{url}</source>
        <translation>Godkend Svarbox i browseren. Hvis den ikke åbner, så gå til:
{url}</translation>
    </message>
    <message>
        <source>Paste the whole address of Facebook&apos;s Success page: </source>
        <translation>Indsæt hele adressen på Facebooks Success-side: </translation>
    </message>
    <message>
        <source>Signed in for the Page {page} ({id}).</source>
        <translation>Logget ind for siden {page} ({id}).</translation>
    </message>
    <message>
        <source>Instagram browser sign-in needs the Instagram App ID: --app-id.</source>
        <translation>Log ind på Instagram via browseren kræver Instagram-appens app-id: --app-id.</translation>
    </message>
    <message>
        <source>Instagram app secret (not shown, not kept): </source>
        <translation>Instagram-appens app secret (vises ikke, gemmes ikke): </translation>
    </message>
    <message>
        <source>Allow Svarbox in the browser; if it does not open, visit:
{url}</source>
        <translation>Tillad Svarbox i browseren. Hvis den ikke åbner, så gå til:
{url}</translation>
    </message>
    <message>
        <source>Paste the whole address the browser ended on: </source>
        <translation>Indsæt hele adressen, browseren endte på: </translation>
    </message>
    <message>
        <source>Signed in as {account} ({id}).</source>
        <translation>Logget ind som {account} ({id}).</translation>
    </message>
    <message>
        <source>Paste the code the server shows: </source>
        <translation>Indsæt den kode, serveren viser: </translation>
    </message>
    <message>
        <source>No accounts yet; connect one with: svarbox accounts add --help</source>
        <translation>Ingen konti endnu; tilslut en med: svarbox accounts add --help</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>tilsluttet</translation>
    </message>
    <message>
        <source>needs reconnecting</source>
        <translation>skal tilsluttes igen</translation>
    </message>
    <message>
        <source>paused by the platform</source>
        <translation>sat på pause af platformen</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>sync failed</source>
        <translation>synkronisering mislykkedes</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} er fjernet.</translation>
    </message>
    <message>
        <source>{name}: the token works ({who}, id {id}).</source>
        <translation>{name}: tokenet virker ({who}, id {id}).</translation>
    </message>
    <message>
        <source>Reconnected {name}.</source>
        <translation>{name} er tilsluttet igen.</translation>
    </message>
    <message>
        <source>Nothing to change; see svarbox accounts set --help.</source>
        <translation>Intet at ændre; se svarbox accounts set --help.</translation>
    </message>
    <message>
        <source>There is no account named {name}.</source>
        <translation>Der er ingen konto med navnet {name}.</translation>
    </message>
    <message>
        <source>Queued reply #{id}.</source>
        <translation>Svar #{id} er sat i kø.</translation>
    </message>
    <message>
        <source>Deleting cannot be undone; add --yes to delete item {id}.</source>
        <translation>Sletning kan ikke fortrydes; tilføj --yes for at slette henvendelse {id}.</translation>
    </message>
    <message>
        <source>Delete item {id} on its platform? This cannot be undone. [y/N] </source>
        <translation>Slet henvendelse {id} på platformen? Det kan ikke fortrydes. [j/N] </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Intet blev slettet.</translation>
    </message>
    <message>
        <source>Sending in {n} seconds; press Ctrl+C to undo.</source>
        <translation>Sendes om {n} sekunder – tryk Ctrl+C for at fortryde.</translation>
    </message>
    <message>
        <source>Undone; nothing was sent and the item is back where it was.</source>
        <translation>Fortrudt – intet blev sendt, og henvendelsen er tilbage, hvor den var.</translation>
    </message>
    <message>
        <source>A ban is felt by the author; add --yes to ban the author of item {id} from the Page.</source>
        <translation>Afsenderen mærker en udelukkelse; tilføj --yes for at udelukke afsenderen af emne {id} fra siden.</translation>
    </message>
    <message>
        <source>Ban the author of item {id} from the Page? [y/N] </source>
        <translation>Udeluk afsenderen af emne {id} fra siden? [j/N] </translation>
    </message>
    <message>
        <source>Nobody was banned.</source>
        <translation>Ingen blev udelukket.</translation>
    </message>
    <message>
        <source>Blocking is visible to the author; add --yes to block the author of item {id}.</source>
        <translation>Afsenderen kan se blokeringen. Tilføj --yes for at blokere afsenderen af henvendelse {id}.</translation>
    </message>
    <message>
        <source>Block the author of item {id} on its platform? [y/N] </source>
        <translation>Bloker afsenderen af henvendelse {id} på platformen? [j/N] </translation>
    </message>
    <message>
        <source>Nobody was blocked.</source>
        <translation>Ingen blev blokeret.</translation>
    </message>
    <message>
        <source>Queued {action} #{id}.</source>
        <translation>{action} #{id} er sat i kø.</translation>
    </message>
    <message>
        <source>Name the action: svarbox outbox {command} ID (see svarbox outbox --failed).</source>
        <translation>Angiv handlingen: svarbox outbox {command} ID (se svarbox outbox --failed).</translation>
    </message>
    <message>
        <source>Give the new text with --text.</source>
        <translation>Angiv den nye tekst med --text.</translation>
    </message>
    <message>
        <source>Discarded #{id}; the item is back where it was.</source>
        <translation>#{id} er kasseret – henvendelsen er tilbage, hvor den var.</translation>
    </message>
    <message>
        <source>Queued #{id} again.</source>
        <translation>#{id} er sat i kø igen.</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Intet at sende.</translation>
    </message>
    <message>
        <source>No failed actions.</source>
        <translation>Ingen mislykkede handlinger.</translation>
    </message>
    <message>
        <source>There is no institution named {name}.</source>
        <translation>Der er ingen institution med navnet {name}.</translation>
    </message>
    <message>
        <source>{name}: {status}, {new} new, {answered} answered on the platform</source>
        <translation>{name}: {status}, {new} nye, {answered} besvaret på platformen</translation>
    </message>
    <message>
        <source>Imported {added} new and {updated} changed templates.</source>
        <translation>Importerede {added} nye og {updated} ændrede skabeloner.</translation>
    </message>
    <message>
        <source>Exported {count} templates to {file}.</source>
        <translation>Eksporterede {count} skabeloner til {file}.</translation>
    </message>
    <message>
        <source>“{text}” is not a time such as 2026-12-24 09:00.</source>
        <translation>“{text}” er ikke et tidspunkt som 2026-12-24 09:00.</translation>
    </message>
    <message>
        <source>Give one --alt text for each --image: every image needs a description.</source>
        <translation>Angiv én --alt-tekst for hvert --image: hvert billede skal have en beskrivelse.</translation>
    </message>
    <message>
        <source>(needs a running Svarbox at that time)</source>
        <translation>(kræver at Svarbox kører på det tidspunkt)</translation>
    </message>
    <message>
        <source>Wrote {count} entries to {file}.</source>
        <translation>Skrev {count} aftaler til {file}.</translation>
    </message>
    <message>
        <source>Post {id} approved; it is scheduled.</source>
        <translation>Opslag {id} er godkendt og planlagt.</translation>
    </message>
    <message>
        <source>Post {id} rejected.</source>
        <translation>Opslag {id} er afvist.</translation>
    </message>
    <message>
        <source>Svarbox worker running; log: {path}</source>
        <translation>Svarbox-arbejderen kører; log: {path}</translation>
    </message>
    <message>
        <source>Published per account and week:</source>
        <translation>Udgivet pr. konto og uge:</translation>
    </message>
    <message>
        <source>Comments per post:</source>
        <translation>Kommentarer pr. opslag:</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2026-12-24.</source>
        <translation>Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-12-24.</translation>
    </message>
    <message numerus="yes">
        <source>Away until {date}; %n item(s) went back to the team.</source>
        <translation>
            <numerusform>Væk til {date}; %n henvendelse gik tilbage til teamet.</numerusform>
            <numerusform>Væk til {date}; %n henvendelser gik tilbage til teamet.</numerusform>
        </translation>
    </message>
    <message>
        <source>New items on {account}: {mode}.</source>
        <translation>Nye henvendelser på {account}: {mode}.</translation>
    </message>
    <message>
        <source>Name one or more items, or a view with --view.</source>
        <translation>Angiv en eller flere henvendelser eller en visning med --view.</translation>
    </message>
    <message>
        <source>Item {id}: {reason}</source>
        <translation>Henvendelse {id}: {reason}</translation>
    </message>
    <message>
        <source>Add --anyway to assign to them all the same.</source>
        <translation>Tilføj --anyway for at tildele alligevel.</translation>
    </message>
    <message>
        <source>{n} failed at the platform; the items are back where they were (svarbox outbox --failed).</source>
        <translation>{n} mislykkedes på platformen – henvendelserne er tilbage, hvor de var (svarbox outbox --failed).</translation>
    </message>
    <message>
        <source>Note added to item {id}.</source>
        <translation>Intern note tilføjet til henvendelse {id}.</translation>
    </message>
    <message>
        <source>Queued private reply #{id}.</source>
        <translation>Privat svar #{id} er sat i kø.</translation>
    </message>
    <message>
        <source>There is no template called {name}; `svarbox templates` lists them.</source>
        <translation>Der er ingen skabelon med navnet {name}; `svarbox templates` viser dem.</translation>
    </message>
    <message>
        <source>Several templates are called {name}; choose one with --language ({langs}).</source>
        <translation>Flere skabeloner hedder {name}; vælg én med --language ({langs}).</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>idea</source>
        <translation>idé</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>kladde</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>afventer godkendelse</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>udgives</translation>
    </message>
    <message>
        <source>published</source>
        <translation>udgivet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fejlet</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afvist</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Hjemmeside</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Nyhedsbrev</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Skilte</translation>
    </message>
    <message>
        <source>Planning calendar</source>
        <translation>Planlægningskalender</translation>
    </message>
</context>
<context>
    <name>CalendarWidget</name>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Forrige periode</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Næste periode</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Campaign or label</source>
        <translation>Kampagne eller mærkat</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>Anden kanal…</translation>
    </message>
    <message>
        <source>Plan web, newsletter, press or signs next to the posts</source>
        <translation>Planlæg hjemmeside, nyhedsbrev, presse eller skilte ved siden af opslagene</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Eksportér .ics…</translation>
    </message>
    <message>
        <source>Save the calendar for Outlook or another calendar to import or subscribe to</source>
        <translation>Gem kalenderen, så Outlook eller en anden kalender kan importere eller abonnere på den</translation>
    </message>
    <message>
        <source>New post…</source>
        <translation>Nyt opslag…</translation>
    </message>
    <message>
        <source>Compose a post for one or more accounts</source>
        <translation>Skriv et opslag til en eller flere konti</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle konti</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Alle institutioner</translation>
    </message>
    <message>
        <source>All campaigns and labels</source>
        <translation>Alle kampagner og mærkater</translation>
    </message>
    <message>
        <source>Week {week}: {first} – {last}</source>
        <translation>Uge {week}: {first} – {last}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marts</translation>
    </message>
    <message>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>august</translation>
    </message>
    <message>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <source>December</source>
        <translation>december</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>man</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tir</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tor</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lør</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>søn</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n post(s) go out only if Svarbox is running at that time (this window or svarbox worker): their platforms cannot schedule.</source>
        <translation>
            <numerusform>⚠ %n opslag udgives kun, hvis Svarbox kører på det tidspunkt (dette vindue eller svarbox worker): platformen kan ikke selv planlægge.</numerusform>
            <numerusform>⚠ %n opslag udgives kun, hvis Svarbox kører på det tidspunkt (dette vindue eller svarbox worker): platformene kan ikke selv planlægge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goes out only if Svarbox is running at that time.</source>
        <translation>Udgives kun, hvis Svarbox kører på det tidspunkt.</translation>
    </message>
    <message>
        <source>Comment: {text}</source>
        <translation>Kommentar: {text}</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkend</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Afvis…</translation>
    </message>
    <message>
        <source>Schedule or propose</source>
        <translation>Planlæg eller foreslå</translation>
    </message>
    <message>
        <source>Open on the platform</source>
        <translation>Åbn på platformen</translation>
    </message>
    <message>
        <source>Reject the post</source>
        <translation>Afvis opslaget</translation>
    </message>
    <message>
        <source>Why? The colleague sees this.</source>
        <translation>Hvorfor? Kollegaen kan se begrundelsen.</translation>
    </message>
    <message>
        <source>Give the entry a title.</source>
        <translation>Giv aftalen en titel.</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Eksportér kalenderen</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The calendar could not be saved: {reason}</source>
        <translation>Kalenderen kunne ikke gemmes: {reason}</translation>
    </message>
</context>
<context>
    <name>CaseApprovalDialog</name>
    <message>
        <source>Turn this conversation into a training case</source>
        <translation>Gør samtalen til en træningscase</translation>
    </message>
    <message>
        <source>Check that nothing in the case identifies a person or a place. Nothing is saved until you approve.</source>
        <translation>Tjek, at intet i casen kan identificere en person eller et sted. Intet gemmes, før du godkender.</translation>
    </message>
    <message>
        <source>Anonymised case</source>
        <translation>Anonymiseret case</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation>Erstatninger</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Erstattet med</translation>
    </message>
    <message>
        <source>Places to remove</source>
        <translation>Steder der skal fjernes</translation>
    </message>
    <message>
        <source>Places to remove, separated by commas</source>
        <translation>Steder der skal fjernes, adskilt med komma</translation>
    </message>
    <message>
        <source>Remove these places</source>
        <translation>Fjern disse steder</translation>
    </message>
    <message>
        <source>Approve and save…</source>
        <translation>Godkend og gem…</translation>
    </message>
    <message>
        <source>Approve and save</source>
        <translation>Godkend og gem</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadresse</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Brugernavn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>Written in capitals: this reads as shouting.</source>
        <translation>Skrevet med store bogstaver: det virker som råb.</translation>
    </message>
    <message>
        <source>Unknown language “{language}”; use one of: {names}.</source>
        <translation>Ukendt sprog “{language}”; brug et af disse: {names}.</translation>
    </message>
    <message>
        <source>This looks like a Danish CPR number. Never publish personal identity numbers.</source>
        <translation>Det ligner et dansk CPR-nummer. Offentliggør aldrig CPR-numre.</translation>
    </message>
    <message>
        <source>This may be a Danish CPR number (a real birth date; newer numbers have no check digit). Never publish personal identity numbers.</source>
        <translation>Det kan være et dansk CPR-nummer (en rigtig fødselsdato; nyere numre har intet kontrolciffer). Offentliggør aldrig CPR-numre.</translation>
    </message>
    <message>
        <source>This looks like a Swedish personnummer. Never publish personal identity numbers.</source>
        <translation>Det ligner et svensk personnummer. Offentliggør aldrig personnumre.</translation>
    </message>
    <message>
        <source>This looks like a Swedish samordningsnummer. Never publish personal identity numbers.</source>
        <translation>Det ligner et svensk samordningsnummer. Offentliggør aldrig personnumre.</translation>
    </message>
    <message>
        <source>Link without https: use the secure https:// address.</source>
        <translation>Link uden https: brug den sikre https://-adresse.</translation>
    </message>
    <message>
        <source>E-mail address in a public reply: if it belongs to a private person, continue in a private message.</source>
        <translation>E-mailadresse i et offentligt svar: hvis den tilhører en privatperson, så fortsæt i en privat besked.</translation>
    </message>
    <message>
        <source>Phone number in a public reply: make sure it is not a private person&apos;s number.</source>
        <translation>Telefonnummer i et offentligt svar: sørg for, at det ikke er en privatpersons nummer.</translation>
    </message>
    <message>
        <source>An invisible character (U+{code}) that X refuses: the post would fail. Remove it.</source>
        <translation>Et usynligt tegn (U+{code}), som X afviser: opslaget vil fejle. Fjern det.</translation>
    </message>
    <message>
        <source>{length} weighted characters; {platform} allows {limit}. Shorten the reply by {over}.</source>
        <translation>{length} vægtede tegn; {platform} tillader {limit}. Forkort svaret med {over}.</translation>
    </message>
    <message>
        <source>{length} characters; {platform} allows {limit}. Shorten the reply by {over}.</source>
        <translation>{length} tegn; {platform} tillader {limit}. Forkort svaret med {over}.</translation>
    </message>
    <message>
        <source>The reply starts cold: open with a greeting, e.g. “{example}”.</source>
        <translation>Svaret starter brat: indled med en hilsen, fx “{example}”.</translation>
    </message>
    <message>
        <source>Your signature appears more than once.</source>
        <translation>Din signatur står i svaret mere end én gang.</translation>
    </message>
    <message>
        <source>The reply does not end with your signature “{signature}”.</source>
        <translation>Svaret slutter ikke med din signatur “{signature}”.</translation>
    </message>
    <message>
        <source>The answer comes after the promised time: say sorry for the wait.</source>
        <translation>Svaret kommer senere end lovet: sig undskyld for ventetiden.</translation>
    </message>
    <message>
        <source>Unknown platform “{platform}”; use one of: {names}.</source>
        <translation>Ukendt platform “{platform}”; brug en af disse: {names}.</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>A class needs a session folder (--class-folder) or a team database (--class-database).</source>
        <translation>Et hold skal have en holdmappe (--class-folder) eller en teamdatabase (--class-database).</translation>
    </message>
    <message>
        <source>“{code}” is not a class code (4–12 letters and digits).</source>
        <translation>“{code}” er ikke en holdkode (4–12 bogstaver og tal).</translation>
    </message>
    <message>
        <source>The session folder {folder} cannot be written ({reason}).</source>
        <translation>Der kan ikke skrives i holdmappen {folder} ({reason}).</translation>
    </message>
    <message>
        <source>A class with the code {code} already exists.</source>
        <translation>Der findes allerede et hold med koden {code}.</translation>
    </message>
    <message>
        <source>The pack has no scenarios to play.</source>
        <translation>Pakken har ingen scenarier at afspille.</translation>
    </message>
    <message>
        <source>The class {code} cannot be read.</source>
        <translation>Holdet {code} kan ikke læses.</translation>
    </message>
    <message>
        <source>Trainee {n}</source>
        <translation>Kursist {n}</translation>
    </message>
    <message>
        <source>Write your name to join the class.</source>
        <translation>Skriv dit navn for at komme med på holdet.</translation>
    </message>
    <message>
        <source>There is no class with the code {code}.</source>
        <translation>Der er intet hold med koden {code}.</translation>
    </message>
    <message>
        <source>The class {code} has finished.</source>
        <translation>Holdet {code} er afsluttet.</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Underviser</translation>
    </message>
    <message>
        <source>The trainer chose your answer as the model answer.</source>
        <translation>Underviseren valgte dit svar som modelsvar.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Holding reply</source>
        <translation>Foreløbigt svar</translation>
    </message>
    <message>
        <source>No reply needed</source>
        <translation>Intet svar nødvendigt</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Skjult</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Intet svar endnu</translation>
    </message>
</context>
<context>
    <name>Collab</name>
    <message>
        <source>{name} already answered this at {time}.</source>
        <translation>{name} har allerede besvaret denne kl. {time}.</translation>
    </message>
    <message>
        <source>{name} already answered this; the answer is waiting in the outbox.</source>
        <translation>{name} har allerede besvaret denne; svaret venter i udbakken.</translation>
    </message>
    <message>
        <source>This was already answered on {platform} itself.</source>
        <translation>Henvendelsen er allerede besvaret direkte på {platform}.</translation>
    </message>
    <message>
        <source>{name} already marked this as answered at {time}.</source>
        <translation>{name} har allerede markeret denne som besvaret kl. {time}.</translation>
    </message>
    <message>
        <source>{name} is answering this right now.</source>
        <translation>{name} er ved at besvare denne lige nu.</translation>
    </message>
    <message>
        <source>{name} assigned an item to you.</source>
        <translation>{name} har tildelt dig en henvendelse.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Composer</source>
        <extracomment>Emitted when which actions are possible changes, so the window&apos;s menu follows. The person started writing on this item (typed, or inserted a template): claim it. The person read the team warning and chose to write anyway.</extracomment>
        <translation>Svarfelt</translation>
    </message>
    <message>
        <source>Write and send the reply to the selected item</source>
        <translation>Skriv og send svaret på den valgte henvendelse</translation>
    </message>
    <message>
        <source>Write anyway</source>
        <translation>Skriv alligevel</translation>
    </message>
    <message>
        <source>Answer this item although a colleague is on it; sending asks once more</source>
        <translation>Besvar henvendelsen, selvom en kollega er i gang med den; du bliver spurgt igen, når du sender</translation>
    </message>
    <message>
        <source>Insert a template – type to search</source>
        <translation>Indsæt en skabelon – skriv for at søge</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Skabelon</translation>
    </message>
    <message>
        <source>Type words from a template&apos;s name, category or text, then press Enter to insert it</source>
        <translation>Skriv ord fra en skabelons navn, kategori eller tekst, og tryk på Enter for at indsætte den</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Søg i skabeloner</translation>
    </message>
    <message>
        <source>Matching templates</source>
        <translation>Skabeloner, der passer</translation>
    </message>
    <message>
        <source>Templates whose name matches what you typed</source>
        <translation>Skabeloner, hvis navn passer til det, du har skrevet</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Skabeloner</translation>
    </message>
    <message>
        <source>All templates, by category</source>
        <translation>Alle skabeloner, efter kategori</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Svartekst</translation>
    </message>
    <message>
        <source>Your reply. Your signature is added automatically. Ctrl+Enter sends.</source>
        <translation>Dit svar. Din signatur tilføjes automatisk. Ctrl+Enter sender.</translation>
    </message>
    <message>
        <source>Write a reply, or pick a template above…</source>
        <translation>Skriv et svar, eller vælg en skabelon ovenfor…</translation>
    </message>
    <message>
        <source>Preview – what will be sent</source>
        <translation>Forhåndsvisning – det, der bliver sendt</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>The reply exactly as it will be sent, signature included</source>
        <translation>Svaret præcis, som det bliver sendt, inklusive signatur</translation>
    </message>
    <message>
        <source>Checker findings</source>
        <translation>Svartjek</translation>
    </message>
    <message>
        <source>Problems found in the reply; errors must be confirmed before sending</source>
        <translation>Problemer fundet i svaret; fejl skal bekræftes før afsendelse</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Send svar</translation>
    </message>
    <message>
        <source>Queue the reply with your signature (Ctrl+Enter)</source>
        <translation>Sæt svaret i kø med din signatur (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send holding reply</source>
        <translation>Send foreløbigt svar</translation>
    </message>
    <message>
        <source>Send a holding reply now; the follow-up deadline starts</source>
        <translation>Send et foreløbigt svar nu; fristen for opfølgning begynder at løbe</translation>
    </message>
    <message>
        <source>Send as private message</source>
        <translation>Send som privat besked</translation>
    </message>
    <message>
        <source>Send the text as a private message to the commenter instead of a public reply</source>
        <translation>Send teksten som en privat besked til den, der skrev kommentaren, i stedet for et offentligt svar</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>Tilføj intern note</translation>
    </message>
    <message>
        <source>A note only your team sees (N)</source>
        <translation>En note, som kun dit team kan se (N)</translation>
    </message>
    <message>
        <source>No reply needed</source>
        <translation>Intet svar nødvendigt</translation>
    </message>
    <message>
        <source>Stop the clock without answering (E)</source>
        <translation>Stop uret uden at svare (E)</translation>
    </message>
    <message>
        <source>Refer to case channel</source>
        <translation>Henvis til sagskanal</translation>
    </message>
    <message>
        <source>Mark as referred to the official case channel</source>
        <translation>Markér som henvist til den officielle sagskanal</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <source>Hide the comment on the platform (H)</source>
        <translation>Skjul kommentaren på platformen (H)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <source>Reject the comment on YouTube (hides it and its replies for good)</source>
        <translation>Afvis kommentaren på YouTube (skjuler den og dens svar permanent)</translation>
    </message>
    <message>
        <source>Unhide</source>
        <translation>Vis igen</translation>
    </message>
    <message>
        <source>Show the comment again (U)</source>
        <translation>Vis kommentaren igen (U)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Delete the comment on the platform</source>
        <translation>Slet kommentaren på platformen</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Mark as spam and stop the clock (S)</source>
        <translation>Markér som spam, og stop uret (S)</translation>
    </message>
    <message>
        <source>Mark as spam</source>
        <translation>Markér som spam</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>Ingen henvendelse valgt</translation>
    </message>
    <message>
        <source>Reply to {author} on {account}</source>
        <translation>Svar til {author} på {account}</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(ukendt)</translation>
    </message>
    <message>
        <source>Suggested: {template}</source>
        <translation>Forslag: {template}</translation>
    </message>
    <message>
        <source>Value for {{{name}}} in the reply</source>
        <translation>Værdi for {{{name}}} i svaret</translation>
    </message>
    <message>
        <source>Needed before sending</source>
        <translation>Skal udfyldes før afsendelse</translation>
    </message>
    <message>
        <source>{length} / {limit} weighted</source>
        <translation>{length} / {limit} vægtede</translation>
    </message>
    <message>
        <source>{length} / {limit}</source>
        <translation>{length} / {limit}</translation>
    </message>
    <message>
        <source>{platform} allows {limit} characters; this reply uses {length}.</source>
        <translation>{platform} tillader {limit} tegn; dette svar bruger {length}.</translation>
    </message>
    <message>
        <source>Character count</source>
        <translation>Antal tegn</translation>
    </message>
    <message>
        <source>Fill in before sending: {names}</source>
        <translation>Udfyld før afsendelse: {names}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advarsel</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Fill in {names} first</source>
        <translation>Udfyld først {names}</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>Enter a number greater than zero.</source>
        <translation>Indtast et tal, der er større end nul.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created or written ({reason}).</source>
        <translation>Datamappen {path} kan ikke oprettes eller skrives til ({reason}).</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Indtast et helt tal.</translation>
    </message>
    <message>
        <source>Choose Danish, Swedish or English.</source>
        <translation>Vælg dansk, svensk eller engelsk.</translation>
    </message>
    <message>
        <source>Use a sqlite:/// or postgresql+psycopg:// address.</source>
        <translation>Brug en sqlite:///- eller postgresql+psycopg://-adresse.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as DK, SE, NO or FI.</source>
        <translation>Brug en landekode på to bogstaver, fx DK, SE, NO eller FI.</translation>
    </message>
    <message>
        <source>{value} is not a date like 2026-12-24.</source>
        <translation>{value} er ikke en dato som 2026-12-24.</translation>
    </message>
    <message>
        <source>Unknown platform {platform}; use one of: {choices}.</source>
        <translation>Ukendt platform {platform}; brug en af disse: {choices}.</translation>
    </message>
    <message>
        <source>An update feed address must use https.</source>
        <translation>Adressen til opdateringer skal bruge https.</translation>
    </message>
    <message>
        <source>There is no setting called {key}.</source>
        <translation>Der er ingen indstilling, der hedder {key}.</translation>
    </message>
    <message>
        <source>{key} is a personal setting, kept in each person&apos;s own settings file.</source>
        <translation>{key} er en personlig indstilling, som gemmes i hver persons egen indstillingsfil.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>Held for review by YouTube: the channel&apos;s settings hold comments like this until someone publishes or rejects them. Nobody else sees it yet.</source>
        <translation>Tilbageholdt til gennemsyn af YouTube: kanalens indstillinger holder kommentarer som denne tilbage, indtil nogen offentliggør eller afviser dem. Ingen andre kan se den endnu.</translation>
    </message>
    <message>
        <source>YouTube thinks this is likely spam and holds it back. Publish it if it is not, or reject it.</source>
        <translation>YouTube vurderer, at dette sandsynligvis er spam, og holder det tilbage. Offentliggør det, hvis det ikke er spam, ellers afvis det.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <extracomment>&quot;Export as case record…&quot; from the header (the window asks where and writes it).</extracomment>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>The post, the messages of the thread and the replies already given</source>
        <translation>Opslaget, trådens beskeder og de svar, der allerede er givet</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Beskeder</translation>
    </message>
    <message>
        <source>The messages of the thread, oldest first</source>
        <translation>Trådens beskeder, ældste først</translation>
    </message>
    <message>
        <source>Select an item to see its conversation.</source>
        <translation>Vælg en henvendelse for at se samtalen.</translation>
    </message>
    <message>
        <source>Action failed: {reason} The item is back where it was.</source>
        <translation>Handlingen mislykkedes: {reason} Henvendelsen er tilbage, hvor den var.</translation>
    </message>
    <message>
        <source>the platform refused it.</source>
        <translation>platformen afviste den.</translation>
    </message>
    <message>
        <source>Original post by {author}</source>
        <translation>Oprindeligt opslag fra {author}</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>kontoen</translation>
    </message>
    <message>
        <source>Original post</source>
        <translation>Oprindeligt opslag</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Reply to a comment</source>
        <translation>Svar på en kommentar</translation>
    </message>
    <message>
        <source>Direct message</source>
        <translation>Direkte besked</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Omtale</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Anbefaling</translation>
    </message>
    <message>
        <source>{kind} on {account}</source>
        <translation>{kind} på {account}</translation>
    </message>
    <message>
        <source>Open on {platform}</source>
        <translation>Åbn på {platform}</translation>
    </message>
    <message>
        <source>Opens {url} in your web browser</source>
        <translation>Åbner {url} i din webbrowser</translation>
    </message>
    <message>
        <source>Export as case record…</source>
        <translation>Eksportér som sagsdokumentation…</translation>
    </message>
    <message>
        <source>Export as case record</source>
        <translation>Eksportér som sagsdokumentation</translation>
    </message>
    <message>
        <source>Save this conversation as PDF and JSON for the records system</source>
        <translation>Gem samtalen som PDF og JSON til journalsystemet</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Holding reply sent, follow-up due</source>
        <translation>Foreløbigt svar sendt, opfølgning mangler</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvaret</translation>
    </message>
    <message>
        <source>No reply needed</source>
        <translation>Intet svar nødvendigt</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Skjult</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>Markeret som spam</translation>
    </message>
    <message>
        <source>Referred to the case channel</source>
        <translation>Henvist til sagskanalen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Hidden on the platform</source>
        <translation>Skjult på platformen</translation>
    </message>
    <message>
        <source>handled by {name}</source>
        <translation>behandlet af {name}</translation>
    </message>
    <message>
        <source>assigned to {name}</source>
        <translation>tildelt {name}</translation>
    </message>
    <message>
        <source>Platform reply window</source>
        <translation>Platformens svarvindue</translation>
    </message>
    <message>
        <source>{colleague} is answering</source>
        <translation>{colleague} er ved at svare</translation>
    </message>
    <message>
        <source>{countdown} ({due})</source>
        <translation>{countdown} ({due})</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Uret er stoppet</translation>
    </message>
    <message>
        <source>This text contains a CPR number. Hide it to protect the citizen.</source>
        <translation>Teksten indeholder et CPR-nummer. Skjul den for at beskytte borgeren.</translation>
    </message>
    <message>
        <source>This text may contain a CPR number. Hide it to protect the citizen.</source>
        <translation>Teksten indeholder muligvis et CPR-nummer. Skjul den for at beskytte borgeren.</translation>
    </message>
    <message>
        <source>This text contains a personnummer. Hide it to protect the citizen.</source>
        <translation>Teksten indeholder et svensk personnummer. Skjul den for at beskytte borgeren.</translation>
    </message>
    <message>
        <source>This text contains a samordningsnummer. Hide it to protect the citizen.</source>
        <translation>Teksten indeholder et svensk samordningsnummer. Skjul den for at beskytte borgeren.</translation>
    </message>
    <message>
        <source>This text contains an ID number (CPR or personnummer). Hide it to protect the citizen.</source>
        <translation>Teksten indeholder et personnummer (CPR-nummer eller svensk personnummer). Skjul den for at beskytte borgeren.</translation>
    </message>
    <message>
        <source>Hide it</source>
        <translation>Skjul den</translation>
    </message>
    <message>
        <source>Hide this comment on the platform because it shows an ID number</source>
        <translation>Skjul kommentaren på platformen, fordi den viser et personnummer</translation>
    </message>
    <message>
        <source>Message text, shown exactly as written</source>
        <translation>Beskedens tekst, vist præcis som den er skrevet</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(ukendt)</translation>
    </message>
    <message>
        <source>Internal note by {name} · {when}</source>
        <translation>Intern note fra {name} · {when}</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>venter på at blive sendt</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>sendes</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>ikke sendt</translation>
    </message>
    <message>
        <source>needs your attention</source>
        <translation>kræver din opmærksomhed</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sendt</translation>
    </message>
    <message>
        <source>Reply by {name} via Svarbox · {when} · {state}</source>
        <translation>Svar fra {name} via Svarbox · {when} · {state}</translation>
    </message>
    <message>
        <source>us</source>
        <translation>os</translation>
    </message>
    <message>
        <source>Our reply on the platform · {when}</source>
        <translation>Vores svar på platformen · {when}</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>denne henvendelse</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>skjult</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>besvaret</translation>
    </message>
    <message>
        <source>The selected item</source>
        <translation>Den valgte henvendelse</translation>
    </message>
    <message>
        <source>{name} muted the author on {platform}.</source>
        <translation>{name} gjorde afsenderen tavs på {platform}.</translation>
    </message>
    <message>
        <source>{name} blocked the author on {platform}.</source>
        <translation>{name} blokerede afsenderen på {platform}.</translation>
    </message>
    <message>
        <source>{name} reported this post to the moderators of {platform}.</source>
        <translation>{name} anmeldte opslaget til moderatorerne på {platform}.</translation>
    </message>
    <message>
        <source>{name} banned the author from the Page on {platform}.</source>
        <translation>{name} udelukkede afsenderen fra siden på {platform}.</translation>
    </message>
    <message>
        <source>{name} lifted the author&apos;s ban from the Page on {platform}.</source>
        <translation>{name} ophævede afsenderens udelukkelse fra siden på {platform}.</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Ophæv udelukkelse</translation>
    </message>
    <message>
        <source>Lift the ban: the author may comment on the Page again</source>
        <translation>Ophæv udelukkelsen: afsenderen kan igen kommentere på siden</translation>
    </message>
    <message>
        <source>Mute the author</source>
        <translation>Gør afsenderen tavs</translation>
    </message>
    <message>
        <source>Block the author</source>
        <translation>Bloker afsenderen</translation>
    </message>
    <message>
        <source>Ban the author from the Page</source>
        <translation>Udeluk afsenderen fra siden</translation>
    </message>
    <message>
        <source>Lift the ban</source>
        <translation>Ophæv udelukkelsen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Skjulning</translation>
    </message>
    <message>
        <source>Unhide</source>
        <translation>Vis igen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sletning</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Anmeldelse</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Afvisning</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Offentliggør</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <source>{action} by {name} · {state}</source>
        <translation>{action} bestilt af {name} · {state}</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Try sending this again now</source>
        <translation>Prøv at sende dette igen nu</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Take this reply back into the composer to change it</source>
        <translation>Tag svaret tilbage i svarfeltet for at ændre det</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kassér</translation>
    </message>
    <message>
        <source>Do not send this; the item goes back to where it was</source>
        <translation>Send ikke dette; henvendelsen vender tilbage til sin tidligere status</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Mon</source>
        <translation>man</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tir</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tor</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lør</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>søn</translation>
    </message>
    <message>
        <source>tomorrow {time}</source>
        <translation>i morgen {time}</translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation>i går {time}</translation>
    </message>
    <message>
        <source>{weekday} {time}</source>
        <translation>{weekday} {time}</translation>
    </message>
    <message>
        <source>{day}/{month} {time}</source>
        <translation>{day}/{month} {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} t {minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>%n min overdue</source>
        <translation>
            <numerusform>%n min for sent</numerusform>
            <numerusform>%n min for sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h overdue</source>
        <translation>
            <numerusform>%n t for sent</numerusform>
            <numerusform>%n t for sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d overdue</source>
        <translation>
            <numerusform>%n d for sent</numerusform>
            <numerusform>%n d for sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Due {moment}</source>
        <translation>Svarfrist {moment}</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Inden for fristen</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Forfalder snart</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>{urgency}: {countdown}</source>
        <translation>{urgency}: {countdown}</translation>
    </message>
    <message>
        <source>Messenger&apos;s 7-day human-agent window closed {moment}; answer through the case channel</source>
        <translation>Messengers 7-dages vindue for personlig betjening lukkede {moment}; svar via sagskanalen</translation>
    </message>
    <message>
        <source>Messenger&apos;s reply window closed {moment}; answer through the case channel</source>
        <translation>Messengers svarvindue lukkede {moment}; svar via sagskanalen</translation>
    </message>
    <message>
        <source>Messenger human-agent window (7 days): {left} left (closes {moment})</source>
        <translation>Messenger-vindue for personlig betjening (7 dage): {left} tilbage (lukker {moment})</translation>
    </message>
    <message>
        <source>Messenger window: {left} left (closes {moment})</source>
        <translation>Messenger-vindue: {left} tilbage (lukker {moment})</translation>
    </message>
    <message>
        <source>then the human-agent tag until {moment}</source>
        <translation>derefter med tagget for personlig betjening til {moment}</translation>
    </message>
    <message>
        <source>closes before our deadline</source>
        <translation>lukker før vores svarfrist</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} d {hours} t</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Error details</source>
        <translation>Fejloplysninger</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiér oplysninger</translation>
    </message>
    <message>
        <source>Copy the error details to the clipboard</source>
        <translation>Kopiér fejloplysningerne til udklipsholderen</translation>
    </message>
    <message>
        <source>Svarbox: unexpected problem</source>
        <translation>Svarbox: uventet problem</translation>
    </message>
    <message>
        <source>Svarbox ran into a problem it did not expect. Your work is safe: everything already saved, including replies waiting in the outbox, stays saved.

Please copy the details below and send them to your IT support. Then carry on; if the problem comes back, restart Svarbox.</source>
        <translation>Svarbox løb ind i et uventet problem. Dit arbejde er i sikkerhed: Alt, der allerede er gemt, også svar, der venter i udbakken, forbliver gemt.

Kopiér venligst oplysningerne nedenfor, og send dem til jeres it-support. Fortsæt derefter arbejdet; hvis problemet kommer igen, så genstart Svarbox.</translation>
    </message>
    <message>
        <source>Technical details for IT support; select and copy them, or use Copy details</source>
        <translation>Tekniske oplysninger til it-support; markér og kopiér dem, eller brug Kopiér oplysninger</translation>
    </message>
    <message>
        <source>The log file is at: {path}</source>
        <translation>Logfilen ligger her: {path}</translation>
    </message>
    <message>
        <source>No log file could be written on this computer.</source>
        <translation>Der kunne ikke skrives en logfil på denne computer.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Åbn logmappen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopieret</translation>
    </message>
</context>
<context>
    <name>Crisis</name>
    <message>
        <source>Unusual activity on {account}</source>
        <translation>Usædvanlig aktivitet på {account}</translation>
    </message>
    <message>
        <source>{count} items in the last hour on {account}; usually {usual} an hour. Check whether a story is spreading.</source>
        <translation>{count} henvendelser i den seneste time på {account}; normalt {usual} i timen. Tjek, om en historie er ved at sprede sig.</translation>
    </message>
    <message>
        <source>A topic is spreading: {topic}</source>
        <translation>Et emne breder sig: {topic}</translation>
    </message>
    <message>
        <source>{count} items about {topic} in the last hour on {accounts} ({institution}); usually {usual} an hour.</source>
        <translation>{count} henvendelser om {topic} den seneste time på {accounts} ({institution}); normalt {usual} i timen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk holding {folder} is full; free some space there. Nothing was lost, but nothing new can be saved until then.</source>
        <translation>Disken med {folder} er fuld; frigør plads der. Intet er gået tabt, men der kan ikke gemmes noget nyt, før der er plads.</translation>
    </message>
    <message>
        <source>The database is locked by another program; close it (or the other Svarbox) and try again.</source>
        <translation>Databasen er låst af et andet program; luk det (eller den anden Svarbox), og prøv igen.</translation>
    </message>
    <message>
        <source>The database file is read-only; Svarbox needs permission to write to it.</source>
        <translation>Databasefilen er skrivebeskyttet; Svarbox skal have tilladelse til at skrive i den.</translation>
    </message>
    <message>
        <source>The disk is full; free some space. Nothing was lost, but nothing new can be saved until then.</source>
        <translation>Disken er fuld; frigør noget plads. Intet er gået tabt, men der kan ikke gemmes noget nyt, før der er plads igen.</translation>
    </message>
    <message>
        <source>The database file is damaged. Svarbox has not changed it; restore the .bak copy next to it or start afresh.</source>
        <translation>Databasefilen er beskadiget. Svarbox har ikke ændret den; gendan .bak-kopien, der ligger ved siden af, eller start forfra.</translation>
    </message>
    <message>
        <source>The database file cannot be opened; check that its folder exists and can be written.</source>
        <translation>Databasefilen kan ikke åbnes; tjek, at dens mappe findes og kan skrives til.</translation>
    </message>
    <message>
        <source>Your role does not allow this change here; ask an administrator of the institution.</source>
        <translation>Din rolle tillader ikke denne ændring her; spørg en administrator for institutionen.</translation>
    </message>
    <message>
        <source>The team database&apos;s certificate could not be verified against the organisation&apos;s root certificate (sslrootcert); Svarbox does not connect unverified.</source>
        <translation>Teamdatabasens certifikat kunne ikke bekræftes mod organisationens rodcertifikat (sslrootcert); Svarbox forbinder ikke ubekræftet.</translation>
    </message>
    <message>
        <source>The team database did not accept your login; store your database password with `svarbox team password` or ask an administrator.</source>
        <translation>Teamdatabasen godtog ikke dit login; gem din databaseadgangskode med `svarbox team password`, eller spørg en administrator.</translation>
    </message>
    <message>
        <source>The team database cannot be reached; check the network and the database address.</source>
        <translation>Teamdatabasen kan ikke nås; tjek netværket og databaseadressen.</translation>
    </message>
    <message>
        <source>The database file cannot be read; check its permissions.</source>
        <translation>Databasefilen kan ikke læses; tjek filens rettigheder.</translation>
    </message>
    <message>
        <source>The database file {file} is damaged. Svarbox has not changed it. Copies made before upgrades are in the same folder: {names}. Open the folder to restore one, or start afresh (the damaged file is kept).</source>
        <translation>Databasefilen {file} er beskadiget. Svarbox har ikke ændret den. Kopier taget før opdateringer ligger i samme mappe: {names}. Åbn mappen for at genskabe en af dem, eller start forfra (den beskadigede fil gemmes).</translation>
    </message>
    <message>
        <source>The database file {file} is damaged. Svarbox has not changed it, and there is no backup copy of it. Open the folder to look at it, or start afresh (the damaged file is kept).</source>
        <translation>Databasefilen {file} er beskadiget. Svarbox har ikke ændret den, og der findes ingen sikkerhedskopi af den. Åbn mappen for at se på den, eller start forfra (den beskadigede fil gemmes).</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Svarbox (schema {rev}); update Svarbox to open it.</source>
        <translation>Databasen er lavet af en nyere version af Svarbox (skema {rev}); opdater Svarbox for at åbne den.</translation>
    </message>
    <message>
        <source>The team database needs an upgrade that only its owner can run; ask IT to start this Svarbox version once with the owner&apos;s login.</source>
        <translation>Teamdatabasen skal opgraderes, og det kan kun dens ejer gøre; bed IT om at starte denne version af Svarbox én gang med ejerens login.</translation>
    </message>
    <message>
        <source>Svarbox could not upgrade the database to this version. Nothing was lost: the database is as it was, and a copy was made first ({backup}). Start the previous version of Svarbox, or send the log to IT.</source>
        <translation>Svarbox kunne ikke opdatere databasen til denne version. Intet er gået tabt: databasen er som før, og der blev taget en kopi først ({backup}). Start den tidligere version af Svarbox, eller send loggen til IT.</translation>
    </message>
    <message>
        <source>Svarbox could not upgrade the database to this version. Nothing was lost: the database is as it was. Start the previous version of Svarbox, or send the log to IT.</source>
        <translation>Svarbox kunne ikke opdatere databasen til denne version. Intet er gået tabt: databasen er som før. Start den tidligere version af Svarbox, eller send loggen til IT.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>The database cannot be opened – Svarbox</source>
        <extracomment>Replaced in tests: opens the file manager on the folder.</extracomment>
        <translation>Databasen kan ikke åbnes – Svarbox</translation>
    </message>
    <message>
        <source>Backup copies in the folder</source>
        <translation>Sikkerhedskopier i mappen</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Åbn mappen</translation>
    </message>
    <message>
        <source>Start afresh (keep the damaged file)</source>
        <translation>Start forfra (gem den beskadigede fil)</translation>
    </message>
    <message>
        <source>The damaged file is renamed and kept in the folder; Svarbox starts with an empty cache</source>
        <translation>Den beskadigede fil får et nyt navn og bliver i mappen; Svarbox starter med en tom cache</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The platform asks Svarbox to slow down; it tries again a little later.</source>
        <translation>Platformen beder Svarbox om at sætte farten ned; der prøves igen om lidt.</translation>
    </message>
    <message>
        <source>The platform has a temporary problem ({reason}); Svarbox tries again later.</source>
        <translation>Platformen har et midlertidigt problem ({reason}); Svarbox prøver igen senere.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Give --pdf FILE, --json FILE or both.</source>
        <translation>Angiv --pdf FIL, --json FIL eller begge.</translation>
    </message>
    <message>
        <source>The file cannot be written: {reason}</source>
        <translation>Filen kan ikke skrives: {reason}</translation>
    </message>
    <message>
        <source>Exported {at} by {who} · Svarbox {version}</source>
        <translation>Eksporteret {at} af {who} · Svarbox {version}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} af {pages}</translation>
    </message>
    <message>
        <source>Case record · {account} · case item {id}</source>
        <translation>Sagsdokumentation · {account} · henvendelse {id}</translation>
    </message>
    <message>
        <source>Case record: conversation on {platform}</source>
        <translation>Sagsdokumentation: samtale på {platform}</translation>
    </message>
    <message>
        <source>For the records: exported from Svarbox&apos;s cache. Times are local time ({zone}).</source>
        <translation>Til journalisering: eksporteret fra Svarbox&apos; cache. Tidspunkter er angivet i lokal tid ({zone}).</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Case item</source>
        <translation>Henvendelse</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Eksporteret</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Eksporteret af</translation>
    </message>
    <message>
        <source>Svarbox version</source>
        <translation>Svarbox-version</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Opslag</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Beskeder</translation>
    </message>
    <message>
        <source>(unknown author)</source>
        <translation>(ukendt afsender)</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>borger</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>intern note</translation>
    </message>
    <message>
        <source>our holding reply</source>
        <translation>vores foreløbige svar</translation>
    </message>
    <message>
        <source>our reply</source>
        <translation>vores svar</translation>
    </message>
    <message>
        <source>{kind}, sent by {person} via Svarbox</source>
        <translation>{kind}, sendt af {person} via Svarbox</translation>
    </message>
    <message>
        <source>{kind}, written on the platform</source>
        <translation>{kind}, skrevet på platformen</translation>
    </message>
    <message>
        <source>item {id}</source>
        <translation>henvendelse {id}</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation>status: {status}</translation>
    </message>
    <message>
        <source>({when} by {who})</source>
        <translation>({when} af {who})</translation>
    </message>
    <message>
        <source>hidden on the platform</source>
        <translation>skjult på platformen</translation>
    </message>
    <message>
        <source>[text removed from the cache by the retention rule]</source>
        <translation>[teksten er fjernet fra cachen efter reglen for opbevaring]</translation>
    </message>
    <message>
        <source>Choose a PDF file, a JSON file or both.</source>
        <translation>Vælg en PDF-fil, en JSON-fil eller begge.</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path} is not a regular file (a link, pipe or device); choose another file name.</source>
        <translation>{path} er ikke en almindelig fil (men et link, en pipe eller en enhed); vælg et andet filnavn.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; free some space there and try again. Nothing was written.</source>
        <translation>Disken med {folder} er fuld; frigør plads der, og prøv igen. Der blev ikke skrevet noget.</translation>
    </message>
</context>
<context>
    <name>FirstPaint</name>
    <message>
        <source>Due</source>
        <translation>Svarfrist</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Opening Svarbox…</source>
        <translation>Åbner Svarbox…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Svarbox</source>
        <translation>Velkommen til Svarbox</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <source>Before your first reply: your name signs every public reply and every case export, so citizens and colleagues see who answered.</source>
        <translation>Før dit første svar: Dit navn står under alle offentlige svar og alle sagseksporter, så borgere og kolleger kan se, hvem der har svaret.</translation>
    </message>
    <message>
        <source>Replies and case exports are signed with your name. Enter it to continue.</source>
        <translation>Svar og sagseksporter underskrives med dit navn. Skriv det for at fortsætte.</translation>
    </message>
    <message>
        <source>e.g. Mette Jensen</source>
        <translation>fx Mette Jensen</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Dit &amp;navn:</translation>
    </message>
    <message>
        <source>e.g. Viborg Kommune – Kommunikation</source>
        <translation>fx Viborg Kommune – Kommunikation</translation>
    </message>
    <message>
        <source>Unit or organisation</source>
        <translation>Afdeling eller organisation</translation>
    </message>
    <message>
        <source>&amp;Unit or organisation:</source>
        <translation>&amp;Afdeling eller organisation:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>e.g. viborg.dk/kontakt or 87 87 87 87</source>
        <translation>fx viborg.dk/kontakt eller 87 87 87 87</translation>
    </message>
    <message>
        <source>Official case channel</source>
        <translation>Officiel sagskanal</translation>
    </message>
    <message>
        <source>Official &amp;case channel:</source>
        <translation>Officiel &amp;sagskanal:</translation>
    </message>
    <message>
        <source>Try the &amp;demo workspace</source>
        <translation>Prøv &amp;demo-arbejdsområdet</translation>
    </message>
    <message>
        <source>Practise on made-up messages; nothing reaches a platform</source>
        <translation>Øv dig på opdigtede beskeder – intet når ud på en platform</translation>
    </message>
    <message>
        <source>&amp;Connect an account…</source>
        <translation>&amp;Tilslut en konto…</translation>
    </message>
    <message>
        <source>Connect your Facebook page, Instagram, X, LinkedIn or YouTube</source>
        <translation>Tilslut jeres Facebook-side, Instagram, X, LinkedIn eller YouTube</translation>
    </message>
    <message>
        <source>Your replies cannot be sent until your name is set.</source>
        <translation>Dine svar kan ikke sendes, før dit navn er udfyldt.</translation>
    </message>
    <message>
        <source>Your replies will end with: {signature}</source>
        <translation>Dine svar slutter med: {signature}</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>The date is in the past.</source>
        <translation>Datoen ligger i fortiden.</translation>
    </message>
    <message>
        <source>Back with the team: {name} is away until {date}.</source>
        <translation>Tilbage til teamet: {name} er væk til og med {date}.</translation>
    </message>
    <message>
        <source>{name} is away until {date}; an item assigned to them waits for someone who is not there.</source>
        <translation>{name} er væk til og med {date}; en henvendelse, der tildeles vedkommende, venter på en, der ikke er her.</translation>
    </message>
    <message>
        <source>A hand-over note cannot be empty.</source>
        <translation>En overdragelsesnote kan ikke være tom.</translation>
    </message>
</context>
<context>
    <name>HandoverController</name>
    <message>
        <source>S&amp;hift</source>
        <translation>&amp;Vagt</translation>
    </message>
    <message>
        <source>Write a hand-over note…</source>
        <translation>Skriv en overdragelsesnote …</translation>
    </message>
    <message>
        <source>I&apos;m away until…</source>
        <translation>Jeg er væk til og med …</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Jeg er tilbage</translation>
    </message>
    <message>
        <source>Hand-over note</source>
        <translation>Overdragelsesnote</translation>
    </message>
    <message>
        <source>What should the next person know? (Shown when a colleague opens Svarbox.)</source>
        <translation>Hvad skal den næste vide? (Vises, når en kollega åbner Svarbox.)</translation>
    </message>
    <message>
        <source>Hand-over note saved.</source>
        <translation>Overdragelsesnoten er gemt.</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Væk</translation>
    </message>
    <message>
        <source>Away until (last day, YYYY-MM-DD)? Your open assigned items go back to the team.</source>
        <translation>Væk til og med (sidste dag, ÅÅÅÅ-MM-DD)? Dine åbne tildelte henvendelser går tilbage til teamet.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2026-12-24.</source>
        <translation>Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-12-24.</translation>
    </message>
    <message numerus="yes">
        <source>Marked away; %n item(s) went back to the team.</source>
        <translation>
            <numerusform>Markeret som væk – %n henvendelse gik tilbage til teamet.</numerusform>
            <numerusform>Markeret som væk – %n henvendelser gik tilbage til teamet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome back.</source>
        <translation>Velkommen tilbage.</translation>
    </message>
    <message>
        <source>Hand-over from {author} ({time}): {text}</source>
        <translation>Overdragelse fra {author} ({time}): {text}</translation>
    </message>
    <message numerus="yes">
        <source>(%n earlier note(s) too.)</source>
        <translation>
            <numerusform>(og %n tidligere note.)</numerusform>
            <numerusform>(og %n tidligere noter.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Forstået</translation>
    </message>
    <message>
        <source>Hide the hand-over note</source>
        <translation>Skjul overdragelsesnoten</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>All open</source>
        <translation>Alle åbne</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Forfalder i dag</translation>
    </message>
    <message>
        <source>Waiting for follow-up</source>
        <translation>Venter på opfølgning</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvaret</translation>
    </message>
    <message>
        <source>Hidden and spam</source>
        <translation>Skjult og spam</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Omtaler</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Tildelt mig</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>Tilbageholdt til gennemsyn</translation>
    </message>
    <message>
        <source>Failed actions</source>
        <translation>Mislykkede handlinger</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alt</translation>
    </message>
</context>
<context>
    <name>InboxController</name>
    <message>
        <source>{name} – open items</source>
        <translation>{name} – åbne henvendelser</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this view</source>
        <translation>
            <numerusform>%n henvendelse i denne visning</numerusform>
            <numerusform>%n henvendelser i denne visning</numerusform>
        </translation>
    </message>
    <message>
        <source>New on {account}</source>
        <translation>Nyt på {account}</translation>
    </message>
    <message>
        <source>From {author}</source>
        <translation>Fra {author}</translation>
    </message>
    <message numerus="yes">
        <source>%n more new item(s).</source>
        <translation>
            <numerusform>%n ny henvendelse mere.</numerusform>
            <numerusform>%n nye henvendelser mere.</numerusform>
        </translation>
    </message>
    <message>
        <source>This conversation cannot be loaded while the team database cannot be reached.</source>
        <translation>Samtalen kan ikke hentes, mens holdets database ikke kan nås.</translation>
    </message>
    <message>
        <source>Read-only: only this message is shown; the rest of the conversation needs the team database.</source>
        <translation>Skrivebeskyttet: kun denne besked vises; resten af samtalen kræver holdets database.</translation>
    </message>
    <message>
        <source>This item is no longer in the cache.</source>
        <translation>Denne henvendelse er ikke længere i cachen.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>The platforms cannot be reached. You are working from the saved copy; last successful sync at {time}. Replies wait in the outbox until the connection is back.</source>
        <translation>Platformene kan ikke nås. Du arbejder i den gemte kopi; seneste vellykkede synkronisering: {time}. Svar venter i udbakken, indtil forbindelsen er tilbage.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Sync every account now (F5)</source>
        <translation>Synkroniser alle konti nu (F5)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent.</source>
        <translation>
            <numerusform>%n venter på at blive sendt.</numerusform>
            <numerusform>%n venter på at blive sendt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send nu</translation>
    </message>
    <message>
        <source>Try to send waiting actions now</source>
        <translation>Prøv at sende ventende handlinger nu</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation>
            <numerusform>%n handling venter på at blive sendt</numerusform>
            <numerusform>%n handlinger venter på at blive sendt</numerusform>
        </translation>
    </message>
    <message>
        <source>Svarbox</source>
        <translation>Svarbox</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(ukendt)</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) failed; the items are back where they were – retry, edit or discard them in Failed actions.</source>
        <translation>
            <numerusform>%n handling mislykkedes – henvendelsen er tilbage, hvor den var. Prøv igen, ret eller kassér den under Mislykkede handlinger.</numerusform>
            <numerusform>%n handlinger mislykkedes – henvendelserne er tilbage, hvor de var. Prøv igen, ret eller kassér dem under Mislykkede handlinger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show failed</source>
        <translation>Vis mislykkede</translation>
    </message>
    <message>
        <source>Open the Failed actions view</source>
        <translation>Åbn visningen Mislykkede handlinger</translation>
    </message>
    <message>
        <source>{overdue}; {soon}.</source>
        <translation>{overdue}; {soon}.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) became overdue</source>
        <translation>
            <numerusform>%n henvendelse er nu for sent besvaret</numerusform>
            <numerusform>%n henvendelser er nu for sent besvaret</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due within a working hour</source>
        <translation>
            <numerusform>%n skal besvares inden for en arbejdstime</numerusform>
            <numerusform>%n skal besvares inden for en arbejdstime</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: {author}</source>
        <translation>Overskredet: {author}</translation>
    </message>
    <message>
        <source>An item on {account} is past its deadline.</source>
        <translation>En henvendelse på {account} har overskredet svarfristen.</translation>
    </message>
    <message>
        <source>Due soon: {author}</source>
        <translation>Forfalder snart: {author}</translation>
    </message>
    <message>
        <source>An item on {account} is due within one working hour.</source>
        <translation>En henvendelse på {account} forfalder inden for en arbejdstime.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Answered</source>
        <extracomment>A header was clicked: (ViewSpec.sort key, descending). The window re-runs the query.</extracomment>
        <translation>Besvaret</translation>
    </message>
    <message>
        <source>No reply needed</source>
        <translation>Intet svar nødvendigt</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Skjult</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Holding reply sent</source>
        <translation>Foreløbigt svar sendt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Svarfrist</translation>
    </message>
    <message>
        <source>{column} (click to sort)</source>
        <translation>{column} (klik for at sortere)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(ukendt)</translation>
    </message>
    <message>
        <source>{colleague} is answering</source>
        <translation>{colleague} er ved at svare</translation>
    </message>
    <message>
        <source>{account} ({platform})</source>
        <translation>{account} ({platform})</translation>
    </message>
    <message>
        <source>{author} – the text contains an ID number</source>
        <translation>{author} – teksten indeholder et personnummer</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>I kø</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Ikke sendt</translation>
    </message>
</context>
<context>
    <name>Items</name>
    <message>
        <source>There is no item {id}.</source>
        <translation>Der er ingen henvendelse {id}.</translation>
    </message>
    <message>
        <source>Unknown action: {action}</source>
        <translation>Ukendt handling: {action}</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>En note kan ikke være tom.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>demo workspace – Svarbox</source>
        <extracomment>(account id, items stored so far) from a sync running in the pool.</extracomment>
        <translation>demo-arbejdsområde – Svarbox</translation>
    </message>
    <message>
        <source>training – Svarbox</source>
        <translation>træning – Svarbox</translation>
    </message>
    <message>
        <source>Search text and authors (Ctrl+F)</source>
        <translation>Søg i tekst og afsendere (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Shows only items of this view whose text or author contains these words</source>
        <translation>Viser kun de henvendelser i visningen, hvor teksten eller afsenderen indeholder disse ord</translation>
    </message>
    <message>
        <source>Search the current view (Ctrl+F); Esc clears</source>
        <translation>Søg i den aktuelle visning (Ctrl+F); Esc rydder</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <source>Items of the chosen view, soonest deadline first. J and K move, R replies, H hides.</source>
        <translation>Henvendelser i den valgte visning, tidligste svarfrist først. J og K flytter, R svarer, H skjuler.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Click a column to sort by it</source>
        <translation>Klik på en kolonne for at sortere efter den</translation>
    </message>
    <message>
        <source>Resize panes</source>
        <translation>Tilpas rudernes størrelse</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkroniser nu</translation>
    </message>
    <message>
        <source>Fetch new items from every account</source>
        <translation>Hent nye henvendelser fra alle konti</translation>
    </message>
    <message>
        <source>Send &amp;waiting actions</source>
        <translation>Send &amp;ventende handlinger</translation>
    </message>
    <message>
        <source>Try to send everything waiting in the outbox now</source>
        <translation>Prøv at sende alt, der venter i udbakken, nu</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Rapporter…</translation>
    </message>
    <message>
        <source>Response times and on-time rate per account, with CSV export</source>
        <translation>Svartider og andel besvaret inden for fristen pr. konto, med CSV-eksport</translation>
    </message>
    <message>
        <source>Planning &amp;calendar</source>
        <translation>&amp;Planlægningskalender</translation>
    </message>
    <message>
        <source>Plan, approve and publish posts; see what needs a running Svarbox</source>
        <translation>Planlæg, godkend og udgiv opslag; se hvad der kræver, at Svarbox kører</translation>
    </message>
    <message>
        <source>Reply &amp;templates…</source>
        <translation>Svars&amp;kabeloner…</translation>
    </message>
    <message>
        <source>Edit, import and export the team&apos;s reply templates</source>
        <translation>Redigér, importér og eksportér holdets svarskabeloner</translation>
    </message>
    <message>
        <source>&amp;Connect an account…</source>
        <translation>&amp;Tilslut en konto…</translation>
    </message>
    <message>
        <source>Connect a Facebook Page, Instagram, X, LinkedIn or YouTube account</source>
        <translation>Tilslut en Facebook-side eller en Instagram-, X-, LinkedIn- eller YouTube-konto</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>Your name, signature, language, sync, notifications and accounts</source>
        <translation>Dit navn, din signatur, sprog, synkronisering, notifikationer og konti</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Søg…</translation>
    </message>
    <message>
        <source>Search the text and authors of this view</source>
        <translation>Søg i tekst og afsendere i denne visning</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>&amp;Næste henvendelse</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>&amp;Forrige henvendelse</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Gå til &amp;listen</translation>
    </message>
    <message>
        <source>Go to the na&amp;vigator</source>
        <translation>Gå til na&amp;vigatoren</translation>
    </message>
    <message>
        <source>&amp;Reload the list</source>
        <translation>&amp;Genindlæs listen</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>H&amp;envendelse</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Svar</translation>
    </message>
    <message>
        <source>Write a reply in the composer</source>
        <translation>Skriv et svar i svarfeltet</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Send svar</translation>
    </message>
    <message>
        <source>Send the reply with your signature</source>
        <translation>Send svaret med din signatur</translation>
    </message>
    <message>
        <source>Send &amp;holding reply</source>
        <translation>Send &amp;foreløbigt svar</translation>
    </message>
    <message>
        <source>No reply &amp;needed</source>
        <translation>&amp;Intet svar nødvendigt</translation>
    </message>
    <message>
        <source>Re&amp;fer to case channel</source>
        <translation>&amp;Henvis til sagskanal</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>S&amp;kjul</translation>
    </message>
    <message>
        <source>Hide the comment on the platform</source>
        <translation>Skjul kommentaren på platformen</translation>
    </message>
    <message>
        <source>&amp;Unhide</source>
        <translation>&amp;Vis igen</translation>
    </message>
    <message>
        <source>&amp;Delete on the platform…</source>
        <translation>S&amp;let på platformen…</translation>
    </message>
    <message>
        <source>Mark as &amp;spam</source>
        <translation>Markér som s&amp;pam</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Genåbn</translation>
    </message>
    <message>
        <source>Start the clock again</source>
        <translation>Start uret igen</translation>
    </message>
    <message>
        <source>Add internal &amp;note…</source>
        <translation>Tilføj intern &amp;note…</translation>
    </message>
    <message>
        <source>&amp;Open on the platform</source>
        <translation>&amp;Åbn på platformen</translation>
    </message>
    <message>
        <source>Insert &amp;template…</source>
        <translation>Indsæt sk&amp;abelon…</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;Tildel til…</translation>
    </message>
    <message>
        <source>Give this item to a colleague</source>
        <translation>Giv henvendelsen til en kollega</translation>
    </message>
    <message>
        <source>Unassi&amp;gn</source>
        <translation>Fjern til&amp;deling</translation>
    </message>
    <message>
        <source>E&amp;xport as case record…</source>
        <translation>&amp;Eksportér som sagsdokumentation…</translation>
    </message>
    <message>
        <source>Save the conversation as PDF and JSON for the records system</source>
        <translation>Gem samtalen som PDF og JSON til journalsystemet</translation>
    </message>
    <message>
        <source>Make a training &amp;case…</source>
        <translation>Lav en &amp;træningscase…</translation>
    </message>
    <message>
        <source>Forget this &amp;person…</source>
        <translation>Glem denne pe&amp;rson…</translation>
    </message>
    <message>
        <source>Remove this author&apos;s items and name from Svarbox (a request to be forgotten)</source>
        <translation>Fjern afsenderens henvendelser og navn fra Svarbox (en anmodning om at blive glemt)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Træning</translation>
    </message>
    <message>
        <source>Show my &amp;score</source>
        <translation>Vis mine &amp;point</translation>
    </message>
    <message>
        <source>Score the answers given so far</source>
        <translation>Giv point for de svar, der er givet indtil nu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>The demo and training workspaces never connect to a real platform. Start Svarbox without --demo to connect an account.</source>
        <translation>Demo- og træningsarbejdsområderne forbinder aldrig til en rigtig platform. Start Svarbox uden --demo for at tilslutte en konto.</translation>
    </message>
    <message>
        <source>Unsent actions</source>
        <translation>Ikke-sendte handlinger</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) have not been sent yet. Keep them and send them the next time Svarbox starts?</source>
        <translation>
            <numerusform>%n handling er ikke sendt endnu. Vil du beholde den og sende den, næste gang Svarbox starter?</numerusform>
            <numerusform>%n handlinger er ikke sendt endnu. Vil du beholde dem og sende dem, næste gang Svarbox starter?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep for next start</source>
        <translation>Behold til næste start</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Kassér dem</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Export as case record</source>
        <translation>Eksportér som sagsdokumentation</translation>
    </message>
    <message>
        <source>Replace your draft?</source>
        <translation>Erstat dit udkast?</translation>
    </message>
    <message>
        <source>The reply you have started will be replaced by the earlier answer.</source>
        <translation>Det svar, du er begyndt på, bliver erstattet af det tidligere svar.</translation>
    </message>
    <message>
        <source>Case record – a PDF and a JSON file with the same name (*.pdf)</source>
        <translation>Sagsdokumentation – en PDF- og en JSON-fil med samme navn (*.pdf)</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Skjul denne meddelelse</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
</context>
<context>
    <name>ManualEntryDialog</name>
    <message>
        <source>New calendar entry</source>
        <translation>Ny aftale i kalenderen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
</context>
<context>
    <name>MastodonCodePanel</name>
    <message>
        <source>Sign in with a code instead…</source>
        <translation>Log ind med en kode i stedet…</translation>
    </message>
    <message>
        <source>When the browser runs on another computer (for example a remote desktop): the server shows a code to paste here</source>
        <translation>Når browseren kører på en anden computer (for eksempel et fjernskrivebord): serveren viser en kode, som indsættes her</translation>
    </message>
    <message>
        <source>Code from the server</source>
        <translation>Kode fra serveren</translation>
    </message>
    <message>
        <source>The authorization code the Mastodon server showed</source>
        <translation>Den godkendelseskode, Mastodon-serveren viste</translation>
    </message>
    <message>
        <source>Finish sign-in</source>
        <translation>Afslut log ind</translation>
    </message>
    <message>
        <source>Registering Svarbox on the server…</source>
        <translation>Registrerer Svarbox på serveren …</translation>
    </message>
    <message>
        <source>Approve Svarbox in the browser, then paste the code the server shows.</source>
        <translation>Godkend Svarbox i browseren, og indsæt så den kode, serveren viser.</translation>
    </message>
    <message>
        <source>Start with &quot;Sign in with a code instead…&quot;.</source>
        <translation>Start med &quot;Log ind med en kode i stedet…&quot;.</translation>
    </message>
    <message>
        <source>Signed in. Press Connect to finish.</source>
        <translation>Du er logget ind. Tryk på Tilslut for at afslutte.</translation>
    </message>
</context>
<context>
    <name>MemoryPanel</name>
    <message>
        <source>Answered before</source>
        <translation>Besvaret før</translation>
    </message>
    <message>
        <source>No similar question has been answered before.</source>
        <translation>Der er ikke svaret på et lignende spørgsmål før.</translation>
    </message>
    <message>
        <source>Answered by {name}, {date}</source>
        <translation>Besvaret af {name}, {date}</translation>
    </message>
    <message>
        <source>another institution</source>
        <translation>en anden institution</translation>
    </message>
    <message>
        <source>Use this answer</source>
        <translation>Brug dette svar</translation>
    </message>
    <message>
        <source>Puts this answer into the reply, with the new person&apos;s name and your own signature</source>
        <translation>Sætter svaret ind i dit svar med den nye borgers navn og din egen signatur</translation>
    </message>
</context>
<context>
    <name>MetaSignIn</name>
    <message>
        <source>Enter the municipality&apos;s Meta App ID first.</source>
        <translation>Skriv først kommunens Meta App ID.</translation>
    </message>
    <message>
        <source>Enter the Instagram App ID first.</source>
        <translation>Indtast først Instagram-appens app-id.</translation>
    </message>
    <message>
        <source>Enter the Instagram app secret: Instagram needs it to finish the sign-in. It is used once and not kept.</source>
        <translation>Indtast Instagram-appens app secret: Instagram skal bruge den for at afslutte login. Den bruges én gang og gemmes ikke.</translation>
    </message>
    <message>
        <source>Enter the Meta app&apos;s App secret: Facebook needs it to make the sign-in last. It is used once and not kept.</source>
        <translation>Skriv Meta-appens App secret: Facebook kræver den for at gøre login langvarigt. Den bruges én gang og gemmes ikke.</translation>
    </message>
</context>
<context>
    <name>MetaSignInPanel</name>
    <message>
        <source>Sign in with the municipality&apos;s own Meta app: its App ID goes in &quot;App client id&quot;, its App secret below. In the app, under Facebook Login → Settings → Valid OAuth Redirect URIs, register exactly: {url}</source>
        <translation>Log ind med kommunens egen Meta-app: dens App ID skrives i &quot;Appens klient-id&quot; og dens App secret herunder. I appen under Facebook Login → Settings → Valid OAuth Redirect URIs skal præcis denne adresse være registreret: {url}</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>App secret</translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation>Omdirigerings-URL</translation>
    </message>
    <message>
        <source>Exactly as registered in the app&apos;s Business login settings</source>
        <translation>Præcis som registreret i appens indstillinger for Business login</translation>
    </message>
    <message>
        <source>Used once to make the sign-in last; not kept</source>
        <translation>Bruges én gang til at gøre login langvarigt; gemmes ikke</translation>
    </message>
    <message>
        <source>Address the browser ended on</source>
        <translation>Adressen, browseren endte på</translation>
    </message>
    <message>
        <source>Paste the whole address from the browser&apos;s address bar</source>
        <translation>Indsæt hele adressen fra browserens adresselinje</translation>
    </message>
    <message>
        <source>Sign in with Instagram Login, in the municipality&apos;s own Meta app: its Instagram App ID goes in &quot;App client id&quot;, its Instagram app secret below. Under Instagram → API setup with Instagram login → Business login settings → OAuth redirect URIs, register the redirect URL below exactly (for example {url}).</source>
        <translation>Log ind med Instagram Login i kommunens egen Meta-app: Instagram-appens app-id skal i &quot;App client id&quot;, dens Instagram app secret herunder. Under Instagram → API setup with Instagram login → Business login settings → OAuth redirect URIs skal omdirigerings-URL&apos;en herunder registreres præcist (for eksempel {url}).</translation>
    </message>
    <message>
        <source>Allow Svarbox in the browser. Instagram then sends the browser to the redirect URL, which may show an error page: that is expected. Copy the whole address from the address bar and paste it here.</source>
        <translation>Tillad Svarbox i browseren. Instagram sender derefter browseren videre til omdirigerings-URL&apos;en, som kan vise en fejlside: det er forventet. Kopiér hele adressen fra adresselinjen, og indsæt den her.</translation>
    </message>
    <message>
        <source>Approve Svarbox in the browser. Facebook then shows a page that says &quot;Success&quot;: copy that page&apos;s whole address from the address bar and paste it here.</source>
        <translation>Godkend Svarbox i browseren. Facebook viser derefter en side, hvor der står &quot;Success&quot;: kopiér hele sidens adresse fra adresselinjen, og indsæt den her.</translation>
    </message>
    <message>
        <source>Asking Instagram for the account&apos;s token…</source>
        <translation>Beder Instagram om kontoens token…</translation>
    </message>
    <message>
        <source>Signed in as {account}. Press Connect to finish.</source>
        <translation>Logget ind som {account}. Tryk på Tilslut for at afslutte.</translation>
    </message>
    <message>
        <source>Finish sign-in</source>
        <translation>Afslut log ind</translation>
    </message>
    <message>
        <source>Enter the Instagram app secret too: Instagram needs it to finish the sign-in.</source>
        <translation>Indtast også Instagram-appens app secret: Instagram skal bruge den for at afslutte login.</translation>
    </message>
    <message>
        <source>Enter the Meta app&apos;s App secret too: Facebook needs it to make the sign-in last.</source>
        <translation>Skriv også Meta-appens App secret: Facebook kræver den for at gøre login langvarigt.</translation>
    </message>
    <message>
        <source>Waiting for the browser… approve Svarbox there, then paste the address.</source>
        <translation>Venter på browseren … godkend Svarbox dér, og indsæt så adressen.</translation>
    </message>
    <message>
        <source>Start with &quot;Sign in with the browser…&quot;.</source>
        <translation>Start med &quot;Log ind med browseren…&quot;.</translation>
    </message>
    <message>
        <source>Asking Facebook for the Page&apos;s token…</source>
        <translation>Beder Facebook om sidens token …</translation>
    </message>
    <message>
        <source>Signed in for the Page {page}. Press Connect to finish.</source>
        <translation>Logget ind for siden {page}. Tryk på Tilslut for at afslutte.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Navigator</source>
        <extracomment>The chosen view changed: a dict of ViewSpec fields (view, account_id, institution_id).</extracomment>
        <translation>Navigator</translation>
    </message>
    <message>
        <source>Saved views and accounts with their counts of open and overdue items</source>
        <translation>Gemte visninger og konti med antal åbne henvendelser og henvendelser over tid</translation>
    </message>
    <message>
        <source>Reconnect account…</source>
        <translation>Tilslut konto igen…</translation>
    </message>
    <message>
        <source>Reconnect account</source>
        <translation>Tilslut konto igen</translation>
    </message>
    <message>
        <source>Sign in again to the platform for the selected account</source>
        <translation>Log ind på platformen igen for den valgte konto</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visninger</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <source>{account} ({platform}) – {status}</source>
        <translation>{account} ({platform}) – {status}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>{account} – {status}</source>
        <translation>{account} – {status}</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n item(s)</source>
        <translation>
            <numerusform>Synkroniserer… %n henvendelse</numerusform>
            <numerusform>Synkroniserer… %n henvendelser</numerusform>
        </translation>
    </message>
    <message>
        <source>{label} ({unread})</source>
        <translation>{label} ({unread})</translation>
    </message>
    <message>
        <source>Needs reconnecting</source>
        <translation>Skal tilsluttes igen</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Sat på pause til kl. {time}</translation>
    </message>
    <message>
        <source>Offline – last sync {time}</source>
        <translation>Offline – sidst synkroniseret {time}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synkronisering mislykkedes</translation>
    </message>
    <message>
        <source>Synced {time}</source>
        <translation>Synkroniseret {time}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Ikke synkroniseret endnu</translation>
    </message>
    <message>
        <source>{label}: {total} open, {overdue} overdue</source>
        <translation>{label}: {total} åbne, {overdue} over tid</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ulæst</numerusform>
            <numerusform>%n ulæste</numerusform>
        </translation>
    </message>
    <message>
        <source>No institution</source>
        <translation>Ingen institution</translation>
    </message>
    <message>
        <source>Sync this account now</source>
        <translation>Synkroniser denne konto nu</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Tilslut igen…</translation>
    </message>
    <message>
        <source>Platform settings…</source>
        <translation>Platformsindstillinger…</translation>
    </message>
    <message>
        <source>Notify about new items</source>
        <translation>Giv besked om nye henvendelser</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>In working hours</source>
        <translation>I arbejdstiden</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Altid</translation>
    </message>
    <message>
        <source>off</source>
        <translation>fra</translation>
    </message>
    <message>
        <source>in working hours</source>
        <translation>i arbejdstiden</translation>
    </message>
    <message>
        <source>always</source>
        <translation>altid</translation>
    </message>
    <message>
        <source>Notifications for new items on {account}: {mode}.</source>
        <translation>Besked om nye henvendelser på {account}: {mode}.</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Choose off, working-hours or always.</source>
        <translation>Vælg off, working-hours eller always.</translation>
    </message>
    <message>
        <source>There is no account called {name}.</source>
        <translation>Der er ingen konto ved navn {name}.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The answer from the platform was cut off; Svarbox checks whether it arrived before trying again.</source>
        <translation>Svaret fra platformen blev afbrudt; Svarbox tjekker, om det kom frem, før det prøver igen.</translation>
    </message>
    <message>
        <source>Unknown action: {action}</source>
        <translation>Ukendt handling: {action}</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>Svaret er tomt.</translation>
    </message>
    <message>
        <source>The reply is {length} characters; {platform} allows {limit}.</source>
        <translation>Svaret er på {length} tegn; {platform} tillader {limit}.</translation>
    </message>
    <message>
        <source>{platform} does not allow replies from Svarbox.</source>
        <translation>{platform} tillader ikke svar fra Svarbox.</translation>
    </message>
    <message>
        <source>Instagram does not allow replies to a hidden comment; unhide it first.</source>
        <translation>Instagram tillader ikke svar på en skjult kommentar; vis den igen først.</translation>
    </message>
    <message>
        <source>Answer on X: X lets apps reply only to posts that mention or quote the account, so this keyword hit can be answered on x.com only.</source>
        <translation>Svar på X: X lader kun apps svare på opslag, der nævner eller citerer kontoen, så dette søgeordshit kan kun besvares på x.com.</translation>
    </message>
    <message>
        <source>YouTube threads are flat: reply to the first comment of the thread instead.</source>
        <translation>YouTube-tråde er flade: svar i stedet på trådens første kommentar.</translation>
    </message>
    <message>
        <source>The platform does not allow a reply to this item.</source>
        <translation>Platformen tillader ikke svar på denne henvendelse.</translation>
    </message>
    <message>
        <source>Messenger&apos;s 7-day human-agent window closed at {time}; answer through the official case channel instead.</source>
        <translation>Messengers vindue på 7 dage for medarbejdersvar lukkede {time}; svar via den officielle sagskanal i stedet.</translation>
    </message>
    <message>
        <source>Messenger&apos;s 24-hour reply window closed at {time}; answer through the official case channel instead.</source>
        <translation>Messengers svarvindue på 24 timer lukkede {time}; svar i stedet via den officielle sagskanal.</translation>
    </message>
    <message>
        <source>The reply has no signature.</source>
        <translation>Svaret har ingen signatur.</translation>
    </message>
    <message>
        <source>You have no signature yet; add one in Settings.</source>
        <translation>Du har ingen signatur endnu; tilføj en under Indstillinger.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>{platform} does not allow this action ({action}).</source>
        <translation>{platform} tillader ikke denne handling ({action}).</translation>
    </message>
    <message>
        <source>A private reply answers a comment; this is not one.</source>
        <translation>Et privat svar besvarer en kommentar; dette er ikke en kommentar.</translation>
    </message>
    <message>
        <source>A private reply is possible only within 7 days of the comment.</source>
        <translation>Et privat svar kan kun sendes inden for 7 dage efter kommentaren.</translation>
    </message>
    <message>
        <source>This comment already has a private reply; the platform allows one.</source>
        <translation>Denne kommentar har allerede fået et privat svar; platformen tillader kun ét.</translation>
    </message>
    <message>
        <source>The reply needs confirming: {problem}</source>
        <translation>Svaret skal bekræftes: {problem}</translation>
    </message>
    <message>
        <source>Svarbox does not know who wrote this, so the author cannot be muted, blocked, reported or banned.</source>
        <translation>Svarbox ved ikke, hvem der har skrevet dette, så afsenderen kan ikke gøres tavs, blokeres, anmeldes eller udelukkes.</translation>
    </message>
    <message>
        <source>The report&apos;s comment is longer than {limit} characters.</source>
        <translation>Begrundelsen for anmeldelsen er længere end {limit} tegn.</translation>
    </message>
    <message>
        <source>Too late to undo: the reply is already being sent.</source>
        <translation>For sent at fortryde – svaret er allerede ved at blive sendt.</translation>
    </message>
    <message>
        <source>There is no outbox action {id}.</source>
        <translation>Der er ingen handling {id} i udbakken.</translation>
    </message>
    <message>
        <source>Only failed or waiting actions can be retried.</source>
        <translation>Kun mislykkede eller ventende handlinger kan prøves igen.</translation>
    </message>
    <message>
        <source>Only a reply that is waiting or failed can be edited.</source>
        <translation>Kun et svar, der venter eller er mislykket, kan redigeres.</translation>
    </message>
    <message>
        <source>This reply already reached the platform.</source>
        <translation>Dette svar er allerede nået frem til platformen.</translation>
    </message>
    <message>
        <source>This action has already been sent or is being sent.</source>
        <translation>Denne handling er allerede sendt eller ved at blive sendt.</translation>
    </message>
    <message>
        <source>Discarded before it was published.</source>
        <translation>Kasseret før det blev udgivet.</translation>
    </message>
    <message>
        <source>Rate limited by the platform; will try again at {time}.</source>
        <translation>Platformen begrænser antallet af forespørgsler; prøver igen kl. {time}.</translation>
    </message>
    <message>
        <source>Offline; will be sent when the platform can be reached.</source>
        <translation>Offline; sendes, når platformen kan nås.</translation>
    </message>
    <message>
        <source>The account needs reconnecting before this can be sent.</source>
        <translation>Kontoen skal tilsluttes igen, før dette kan sendes.</translation>
    </message>
    <message>
        <source>The platform refused it: {reason}</source>
        <translation>Platformen afviste det: {reason}</translation>
    </message>
</context>
<context>
    <name>PlatformReasons</name>
    <message>
        <source>It no longer exists on the platform (deleted by its author or by the platform).</source>
        <translation>Det findes ikke længere på platformen (slettet af afsenderen eller af platformen).</translation>
    </message>
    <message>
        <source>The platform&apos;s time window for answering this message has closed; answer in the official case channel instead.</source>
        <translation>Platformens frist for at svare på beskeden er udløbet; svar i stedet via den officielle sagskanal.</translation>
    </message>
    <message>
        <source>The platform does not let the account delete this; it may only delete its own posts.</source>
        <translation>Platformen lader ikke kontoen slette dette; den må kun slette sine egne opslag.</translation>
    </message>
    <message>
        <source>The platform does not let the account hide this.</source>
        <translation>Platformen lader ikke kontoen skjule dette.</translation>
    </message>
    <message>
        <source>The image is too large for the platform.</source>
        <translation>Billedet er for stort til platformen.</translation>
    </message>
    <message>
        <source>The post has more images than the platform takes.</source>
        <translation>Opslaget har flere billeder, end platformen tager imod.</translation>
    </message>
    <message>
        <source>Every image needs an alt text (a description for screen readers).</source>
        <translation>Hvert billede skal have en alternativ tekst (en beskrivelse til skærmlæsere).</translation>
    </message>
    <message>
        <source>The platform does not take this type of file.</source>
        <translation>Platformen tager ikke imod denne filtype.</translation>
    </message>
    <message>
        <source>The platform does not take an empty reply.</source>
        <translation>Platformen tager ikke imod et tomt svar.</translation>
    </message>
    <message>
        <source>The text is longer than the platform allows.</source>
        <translation>Teksten er længere, end platformen tillader.</translation>
    </message>
    <message>
        <source>The platform refused it as a copy of an earlier reply.</source>
        <translation>Platformen afviste det som en kopi af et tidligere svar.</translation>
    </message>
    <message>
        <source>The platform refused the post as a copy of one already published; change the text to publish it again.</source>
        <translation>Platformen afviste opslaget som en kopi af et, der allerede er offentliggjort. Ret teksten for at offentliggøre det igen.</translation>
    </message>
    <message>
        <source>The platform asks us to slow down; it will be tried again later.</source>
        <translation>Platformen beder os sætte tempoet ned; der prøves igen senere.</translation>
    </message>
    <message>
        <source>The account&apos;s allowance on the platform is used up for now.</source>
        <translation>Kontoens forbrug på platformen er opbrugt indtil videre.</translation>
    </message>
    <message>
        <source>The platform only allows a reply where the account was mentioned or invited to reply.</source>
        <translation>Platformen tillader kun et svar, hvor kontoen er nævnt eller inviteret til at svare.</translation>
    </message>
    <message>
        <source>A rejected comment cannot be published again.</source>
        <translation>En afvist kommentar kan ikke offentliggøres igen.</translation>
    </message>
    <message>
        <source>The platform no longer supports the version of its interface Svarbox uses; update Svarbox.</source>
        <translation>Platformen understøtter ikke længere den version af dens grænseflade, som Svarbox bruger; opdater Svarbox.</translation>
    </message>
    <message>
        <source>The platform no longer accepts this account&apos;s sign-in (expired or revoked): reconnect the account.</source>
        <translation>Platformen godtager ikke længere kontoens login (udløbet eller tilbagekaldt): forbind kontoen igen.</translation>
    </message>
    <message>
        <source>The platform did not permit this: the account lacks a permission or a role.</source>
        <translation>Platformen tillod det ikke: kontoen mangler en tilladelse eller en rolle.</translation>
    </message>
    <message>
        <source>The platform does not allow this here.</source>
        <translation>Platformen tillader ikke dette her.</translation>
    </message>
    <message>
        <source>The platform cannot be reached; check the network.</source>
        <translation>Platformen kan ikke nås; tjek netværket.</translation>
    </message>
    <message>
        <source>The platform had a temporary problem; it will be tried again.</source>
        <translation>Platformen havde et midlertidigt problem; der prøves igen.</translation>
    </message>
    <message>
        <source>The platform sent an answer Svarbox could not read.</source>
        <translation>Platformen sendte et svar, som Svarbox ikke kunne læse.</translation>
    </message>
    <message>
        <source>The platform refused it.</source>
        <translation>Platformen afviste det.</translation>
    </message>
    <message>
        <source>{reason} The platform&apos;s own words: “{words}”</source>
        <translation>{reason} Platformens egne ord: “{words}”</translation>
    </message>
</context>
<context>
    <name>PlatformSettingsDialog</name>
    <message>
        <source>Platform settings: {name}</source>
        <translation>Platformsindstillinger: {name}</translation>
    </message>
</context>
<context>
    <name>PlatformSetupPanel</name>
    <message>
        <source>X only returns to addresses registered exactly in your X app. Under User authentication settings &gt; Callback URI, register all of these:</source>
        <translation>X vender kun tilbage til adresser, der er registreret præcis sådan i jeres X-app. Under User authentication settings &gt; Callback URI skal I registrere alle disse:</translation>
    </message>
    <message>
        <source>Callback URLs to register at X</source>
        <translation>Callback-adresser, der skal registreres hos X</translation>
    </message>
    <message>
        <source>For example: svømmehal, Viborg Kommune</source>
        <translation>For eksempel: svømmehal, Viborg Kommune</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Søgeord</translation>
    </message>
    <message>
        <source>Comma-separated searches on X</source>
        <translation>Søgninger på X, adskilt med komma</translation>
    </message>
    <message>
        <source>Monitor the keywords (X charges for every post it returns)</source>
        <translation>Overvåg søgeordene (X tager betaling for hvert opslag, den returnerer)</translation>
    </message>
    <message>
        <source>Keyword monitoring</source>
        <translation>Overvågning af søgeord</translation>
    </message>
    <message>
        <source>Mentions a day</source>
        <translation>Omtaler pr. dag</translation>
    </message>
    <message>
        <source>Expected mentions of the account a day</source>
        <translation>Forventet antal omtaler af kontoen pr. dag</translation>
    </message>
    <message>
        <source>Keyword hits a day</source>
        <translation>Søgeordshits pr. dag</translation>
    </message>
    <message>
        <source>Expected posts found by the keywords a day</source>
        <translation>Forventet antal opslag fundet via søgeordene pr. dag</translation>
    </message>
    <message>
        <source>Replies a day</source>
        <translation>Svar pr. dag</translation>
    </message>
    <message>
        <source>Expected replies from Svarbox a day</source>
        <translation>Forventet antal svar fra Svarbox pr. dag</translation>
    </message>
    <message>
        <source>Estimated monthly cost at X</source>
        <translation>Anslået månedlig udgift hos X</translation>
    </message>
    <message>
        <source>Since February 2026 X lets apps reply only to posts that mention or quote the account. Keyword hits that do not are shown as &quot;answer on X&quot;.</source>
        <translation>Siden februar 2026 lader X kun apps svare på opslag, der nævner eller citerer kontoen. Søgeordshits, der ikke gør det, vises som &quot;svar på X&quot;.</translation>
    </message>
    <message>
        <source>X&apos;s reply rule</source>
        <translation>X&apos;s regel for svar</translation>
    </message>
    <message>
        <source>App client secret</source>
        <translation>Appens klienthemmelighed</translation>
    </message>
    <message>
        <source>The desktop OAuth client&apos;s secret from Google Cloud; kept in the keychain</source>
        <translation>Hemmeligheden for skrivebords-OAuth-klienten fra Google Cloud; gemmes i nøgleringen</translation>
    </message>
    <message>
        <source>If the Google app&apos;s publishing status is &quot;Testing&quot;, Google withdraws the sign-in after 7 days and the account must be connected again. Publish the app (&quot;In production&quot;) to keep it connected.</source>
        <translation>Hvis Google-appens publiceringsstatus er &quot;Testing&quot;, trækker Google login tilbage efter 7 dage, og kontoen skal tilsluttes igen. Publicér appen (&quot;In production&quot;), så forbindelsen holder.</translation>
    </message>
    <message>
        <source>Google&apos;s 7-day limit for apps in Testing</source>
        <translation>Googles grænse på 7 dage for apps i Testing</translation>
    </message>
    <message>
        <source>LinkedIn API version</source>
        <translation>LinkedIn API-version</translation>
    </message>
    <message>
        <source>Leave empty for the version Svarbox is tested with</source>
        <translation>Lad feltet stå tomt for at bruge den version, Svarbox er testet med</translation>
    </message>
    <message>
        <source>The Page has Messenger&apos;s Human Agent permission (answers up to 7 days)</source>
        <translation>Siden har Messengers Human Agent-tilladelse (svar op til 7 dage)</translation>
    </message>
    <message>
        <source>Messenger human agent tag</source>
        <translation>Messengers Human Agent-tag</translation>
    </message>
    <message>
        <source>The token comes from Instagram Login (graph.instagram.com); Svarbox renews it before its 60 days run out</source>
        <translation>Tokenet kommer fra Instagram Login (graph.instagram.com); Svarbox fornyer det, før de 60 dage er gået</translation>
    </message>
    <message>
        <source>Instagram Login</source>
        <translation>Instagram Login</translation>
    </message>
    <message>
        <source>Linked Facebook Page id</source>
        <translation>Id for den tilknyttede Facebook-side</translation>
    </message>
    <message>
        <source>Needed for private replies with Facebook Login</source>
        <translation>Skal bruges til private svar med Facebook Login</translation>
    </message>
    <message>
        <source>Rough cost at X: about {usd} US dollars a month (X&apos;s pay-per-use prices; check your X developer console).</source>
        <translation>Omtrentlig udgift hos X: ca. {usd} amerikanske dollars om måneden (X&apos;s priser pr. brug; tjek jeres X developer console).</translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>{organisation} IT ({source})</source>
        <translation>{organisation} IT ({source})</translation>
    </message>
    <message>
        <source>your IT department ({source})</source>
        <translation>jeres IT-afdeling ({source})</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>ukendt nøgle</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>forventede true eller false</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>forventede en liste af tekster</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>forventede et helt tal</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>forventede en tekst</translation>
    </message>
    <message>
        <source>Policy {source}: {key} ignored ({reason}).</source>
        <translation>Politik {source}: {key} er ignoreret ({reason}).</translation>
    </message>
    <message>
        <source>Policy {source}: &quot;locked&quot; must be a list of keys or true; nothing is locked.</source>
        <translation>Politik {source}: &quot;locked&quot; skal være en liste af nøgler eller true; intet er låst.</translation>
    </message>
    <message>
        <source>The policy file {path} cannot be read ({reason}); the defaults apply.</source>
        <translation>Politikfilen {path} kan ikke læses ({reason}); standardværdierne gælder.</translation>
    </message>
    <message>
        <source>The policy file {path} is not valid JSON (line {line}, column {column}); the defaults apply.</source>
        <translation>Politikfilen {path} er ikke gyldig JSON (linje {line}, kolonne {column}); standardværdierne gælder.</translation>
    </message>
    <message>
        <source>The policy file {path} must hold one JSON object of keys and values; the defaults apply.</source>
        <translation>Politikfilen {path} skal indeholde ét JSON-objekt med nøgler og værdier; standardværdierne gælder.</translation>
    </message>
    <message>
        <source>{label} is set by {who} and cannot be changed here.</source>
        <translation>{label} er fastlagt af {who} og kan ikke ændres her.</translation>
    </message>
</context>
<context>
    <name>PolicyLock</name>
    <message>
        <source>Locked: set by {who}.</source>
        <translation>Låst: fastlagt af {who}.</translation>
    </message>
</context>
<context>
    <name>PostComposer</name>
    <message>
        <source>New post</source>
        <translation>Nyt opslag</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Ingen skabelon</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Skabelon</translation>
    </message>
    <message>
        <source>Text for every account</source>
        <translation>Tekst til alle konti</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Link to the web page</source>
        <translation>Link til websiden</translation>
    </message>
    <message>
        <source>Image file or public https address</source>
        <translation>Billedfil eller offentlig https-adresse</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Billede</translation>
    </message>
    <message>
        <source>Describe the image for people who cannot see it (required)</source>
        <translation>Beskriv billedet for dem, der ikke kan se det (skal udfyldes)</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativ tekst</translation>
    </message>
    <message>
        <source>Add another image</source>
        <translation>Tilføj endnu et billede</translation>
    </message>
    <message>
        <source>Images of the post</source>
        <translation>Opslagets billeder</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Fjern billede</translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation>Udgiv</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Mærkat</translation>
    </message>
    <message>
        <source>Preview per platform</source>
        <translation>Forhåndsvisning pr. platform</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Gem som kladde</translation>
    </message>
    <message>
        <source>Schedule or propose</source>
        <translation>Planlæg eller foreslå</translation>
    </message>
    <message>
        <source>Text for {account}</source>
        <translation>Tekst til {account}</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Vælg et billede</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Billeder (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <source>Give the image and its alt text first.</source>
        <translation>Angiv først billedet og dets alternative tekst.</translation>
    </message>
    <message>
        <source>{length} of {limit} characters</source>
        <translation>{length} af {limit} tegn</translation>
    </message>
    <message>
        <source>Choose at least one account.</source>
        <translation>Vælg mindst én konto.</translation>
    </message>
</context>
<context>
    <name>PostReportPanel</name>
    <message>
        <source>Published per account and week</source>
        <translation>Udgivet pr. konto og uge</translation>
    </message>
    <message>
        <source>Published posts per account and week</source>
        <translation>Udgivne opslag pr. konto og uge</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Opslag</translation>
    </message>
    <message>
        <source>Comments each post brought</source>
        <translation>Kommentarer til hvert opslag</translation>
    </message>
    <message>
        <source>Comments per published post</source>
        <translation>Kommentarer pr. udgivet opslag</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Udgivet</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Opslag</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Stadig åbne</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Beregner …</translation>
    </message>
    <message>
        <source>{posts} posts published in the period; they brought {comments} comments, {open} still open.</source>
        <translation>Opslag udgivet i perioden: {posts}. Kommentarer til dem: {comments}, heraf stadig åbne: {open}.</translation>
    </message>
    <message>
        <source>Week {week}, {year}</source>
        <translation>Uge {week}, {year}</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
</context>
<context>
    <name>Posts</name>
    <message>
        <source>YouTube has no API for publishing posts: publish on YouTube Studio and plan it here as a manual entry.</source>
        <translation>YouTube har ingen API til at udgive opslag: udgiv i YouTube Studio og planlæg det her som en manuel aftale.</translation>
    </message>
    <message>
        <source>The post for {account} is empty.</source>
        <translation>Opslaget til {account} er tomt.</translation>
    </message>
    <message>
        <source>The post for {account} is {length} characters; {platform} allows {limit}.</source>
        <translation>Opslaget til {account} er på {length} tegn; {platform} tillader {limit}.</translation>
    </message>
    <message numerus="yes">
        <source>{platform} takes at most %n image(s) in a post.</source>
        <translation>
            <numerusform>{platform} tager højst %n billede i et opslag.</numerusform>
            <numerusform>{platform} tager højst %n billeder i et opslag.</numerusform>
        </translation>
    </message>
    <message>
        <source>The image {name} has no alt text; describe it for people who cannot see it.</source>
        <translation>Billedet {name} mangler alternativ tekst; beskriv det for dem, der ikke kan se det.</translation>
    </message>
    <message>
        <source>{platform} does not take this image format: {name}.</source>
        <translation>{platform} tager ikke imod dette billedformat: {name}.</translation>
    </message>
    <message>
        <source>The image file {name} does not exist.</source>
        <translation>Billedfilen {name} findes ikke.</translation>
    </message>
    <message>
        <source>{platform} needs the image as a file on this computer, not a web address.</source>
        <translation>{platform} skal have billedet som en fil på denne computer, ikke som en webadresse.</translation>
    </message>
    <message>
        <source>Instagram posts need an image.</source>
        <translation>Opslag på Instagram skal have et billede.</translation>
    </message>
    <message>
        <source>Instagram fetches the image from a public web address (https://...); put it on the website and give that address.</source>
        <translation>Instagram henter billedet fra en offentlig webadresse (https://...); læg det på hjemmesiden og angiv adressen.</translation>
    </message>
    <message>
        <source>The publishing time has already passed.</source>
        <translation>Tidspunktet for udgivelse er allerede passeret.</translation>
    </message>
    <message>
        <source>Each post on X costs credits (about ${price} per post).</source>
        <translation>Hvert opslag på X koster credits (ca. ${price} pr. opslag).</translation>
    </message>
    <message>
        <source>No link to a permanent web page; people will ask where to read more.</source>
        <translation>Intet link til en fast webside; folk vil spørge, hvor de kan læse mere.</translation>
    </message>
    <message>
        <source>{platform} cannot schedule posts itself: Svarbox must be running at that time (a window or svarbox worker).</source>
        <translation>{platform} kan ikke selv planlægge opslag: Svarbox skal køre på det tidspunkt (et vindue eller svarbox worker).</translation>
    </message>
    <message>
        <source>Publishing here requires a passed course: “{pack}”.</source>
        <translation>Udgivelse her kræver et bestået kursus: “{pack}”.</translation>
    </message>
    <message>
        <source>There is no account {id}.</source>
        <translation>Der er ingen konto {id}.</translation>
    </message>
    <message>
        <source>There is no account called “{name}”.</source>
        <translation>Der er ingen konto med navnet “{name}”.</translation>
    </message>
    <message>
        <source>Unknown channel “{channel}”; use one of: {names}.</source>
        <translation>Ukendt kanal “{channel}”; brug en af: {names}.</translation>
    </message>
    <message>
        <source>There is no post {id}.</source>
        <translation>Der er intet opslag {id}.</translation>
    </message>
    <message>
        <source>Only an idea, a draft, a failed or a rejected post can be submitted.</source>
        <translation>Kun en idé, en kladde eller et fejlet eller afvist opslag kan sendes videre.</translation>
    </message>
    <message>
        <source>Only a post awaiting approval can be approved.</source>
        <translation>Kun et opslag, der afventer godkendelse, kan godkendes.</translation>
    </message>
    <message>
        <source>You may not publish on {account}; ask one of its publishers.</source>
        <translation>Du må ikke udgive på {account}; spørg en af kontoens udgivere.</translation>
    </message>
    <message>
        <source>Only a post awaiting approval can be rejected.</source>
        <translation>Kun et opslag, der afventer godkendelse, kan afvises.</translation>
    </message>
    <message>
        <source>Say why the post is rejected, so the colleague can fix it.</source>
        <translation>Skriv hvorfor opslaget afvises, så kollegaen kan rette det.</translation>
    </message>
    <message>
        <source>This post is already with the platform and cannot be changed here.</source>
        <translation>Opslaget er allerede sendt til platformen og kan ikke ændres her.</translation>
    </message>
    <message>
        <source>The post awaits approval by a publisher of the account.</source>
        <translation>Opslaget afventer godkendelse fra en af kontoens udgivere.</translation>
    </message>
    <message>
        <source>Only a scheduled post can be published now.</source>
        <translation>Kun et planlagt opslag kan udgives nu.</translation>
    </message>
    <message>
        <source>Another Svarbox has already taken this post.</source>
        <translation>En anden Svarbox har allerede taget dette opslag.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Set your name first: public replies and exports are signed with it. Run svarbox with --user &quot;Your Name&quot; or set it in the window (File &gt; Settings…).</source>
        <translation>Angiv først dit navn: Offentlige svar og eksporter underskrives med det. Kør svarbox med --user &quot;Dit Navn&quot;, eller angiv det i vinduet (Filer &gt; Indstillinger…).</translation>
    </message>
    <message>
        <source>Enter your name; it signs your replies.</source>
        <translation>Skriv dit navn – det står under dine svar.</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <source>Time taken</source>
        <translation>Tidsforbrug</translation>
    </message>
    <message>
        <source>No checker findings</source>
        <translation>Tjekkeren fandt intet</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation>Modelsvar</translation>
    </message>
    <message>
        <source>Not the model</source>
        <translation>Ikke modelsvar</translation>
    </message>
    <message>
        <source>Projector – Svarbox</source>
        <translation>Projektor – Svarbox</translation>
    </message>
    <message>
        <source>Hide names</source>
        <translation>Skjul navne</translation>
    </message>
    <message>
        <source>Answers side by side</source>
        <translation>Svarene side om side</translation>
    </message>
    <message>
        <source>Trainer&apos;s comment:</source>
        <translation>Underviserens kommentar:</translation>
    </message>
    <message>
        <source>Trainer&apos;s comment</source>
        <translation>Underviserens kommentar</translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation>Gem kommentar</translation>
    </message>
</context>
<context>
    <name>PublisherBox</name>
    <message>
        <source>Everyone who uses Svarbox may publish on this account.</source>
        <translation>Alle, der bruger Svarbox, må udgive på denne konto.</translation>
    </message>
    <message>
        <source>You are not on the list: after saving, your posts here wait for a publisher&apos;s approval.</source>
        <translation>Du står ikke på listen: Når du har gemt, skal dine opslag her godkendes af en udgiver.</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Udgivelse</translation>
    </message>
    <message>
        <source>Who may publish posts on this account. Others can write a post here; it waits for one of these publishers to approve it. Leave the list empty to let everyone publish.</source>
        <translation>Hvem der må udgive opslag på denne konto. Andre kan skrive et opslag her; det venter så på, at en af udgiverne godkender det. Lad listen være tom, hvis alle må udgive.</translation>
    </message>
    <message>
        <source>Name of a colleague, as in Svarbox</source>
        <translation>Navn på en kollega, som i Svarbox</translation>
    </message>
    <message>
        <source>Publisher to add</source>
        <translation>Udgiver, der skal tilføjes</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Add publisher</source>
        <translation>Tilføj udgiver</translation>
    </message>
    <message>
        <source>Publishers of this account</source>
        <translation>Udgivere på denne konto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove the selected publishers</source>
        <translation>Fjern de valgte udgivere</translation>
    </message>
    <message>
        <source>Requires the course:</source>
        <translation>Kræver kurset:</translation>
    </message>
    <message>
        <source>Training course required to publish</source>
        <translation>Kursus, der kræves for at udgive</translation>
    </message>
    <message>
        <source>No course required</source>
        <translation>Intet kursus krævet</translation>
    </message>
    <message>
        <source>A publisher must hold a certificate of this training pack.</source>
        <translation>En udgiver skal have et kursusbevis for denne træningspakke.</translation>
    </message>
</context>
<context>
    <name>Publishers</name>
    <message>
        <source>A name may be at most {limit} characters.</source>
        <translation>Et navn må højst være {limit} tegn.</translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Reports – Svarbox</source>
        <translation>Rapporter – Svarbox</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Denne uge</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Sidste uge</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Denne måned</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Sidste måned</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Valgfri periode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>T&amp;il</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konti</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <source>All accounts, one institution&apos;s or one account</source>
        <translation>Alle konti, én institutions konti eller én konto</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle konti</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportér CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Eksportér CSV</translation>
    </message>
    <message>
        <source>Save the table as a CSV file for a spreadsheet</source>
        <translation>Gem tabellen som en CSV-fil til et regneark</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Rapporttabel</translation>
    </message>
    <message>
        <source>One row per account and a total row</source>
        <translation>Én række pr. konto og en række med totaler</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Resize chart and table</source>
        <translation>Tilpas størrelsen på diagram og tabel</translation>
    </message>
    <message>
        <source>{institution} – all its accounts</source>
        <translation>{institution} – alle dens konti</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Beregner…</translation>
    </message>
    <message>
        <source>{first} to {last}: {received} items received, {pct} answered on time, {overdue} overdue now.</source>
        <translation>{first} til {last}: {received} henvendelser modtaget, {pct} besvaret inden for fristen, {overdue} over tid lige nu.</translation>
    </message>
    <message>
        <source>none measured yet –</source>
        <translation>ingen målt endnu –</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, kommasepareret (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Danish and Swedish spreadsheets, semicolon-separated (*.csv)</source>
        <translation>CSV til danske og svenske regneark, semikolonsepareret (*.csv)</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Eksportér rapporten som CSV</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gemt: {path}</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Filen kunne ikke skrives: {reason}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Invalid date &apos;{text}&apos;; write YYYY-MM-DD or an ISO moment such as 2026-03-01T00:00:00+01:00.</source>
        <translation>Ugyldig dato &apos;{text}&apos;; skriv ÅÅÅÅ-MM-DD eller et ISO-tidspunkt som 2026-03-01T00:00:00+01:00.</translation>
    </message>
    <message>
        <source>Give the period as --since and --until, --week or --month.</source>
        <translation>Angiv perioden med --since og --until, --week eller --month.</translation>
    </message>
    <message>
        <source>Invalid week &apos;{text}&apos;; write it as 2026-W14.</source>
        <translation>Ugyldig uge &apos;{text}&apos;; skriv den som 2026-W14.</translation>
    </message>
    <message>
        <source>Invalid month &apos;{text}&apos;; write it as 2026-03.</source>
        <translation>Ugyldig måned &apos;{text}&apos;; skriv den som 2026-03.</translation>
    </message>
    <message>
        <source>Give both --since and --until.</source>
        <translation>Angiv både --since og --until.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutter, før den begynder.</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;{zone}&apos;; use an IANA name such as Europe/Copenhagen.</source>
        <translation>Ukendt tidszone &apos;{zone}&apos;; brug et IANA-navn som Europe/Copenhagen.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>{items} handled items and {own} of our replies are older than {days} days and would be purged.</source>
        <translation>{items} behandlede henvendelser og {own} af vores svar er ældre end {days} dage og ville blive slettet.</translation>
    </message>
    <message>
        <source>Purged {items} items and {own} of our replies (older than {days} days); {notes} notes deleted, {threads} threads cleared.</source>
        <translation>Slettede {items} henvendelser og {own} af vores svar (ældre end {days} dage); {notes} noter slettet, {threads} tråde ryddet.</translation>
    </message>
    <message>
        <source>Name the person: --author NAME or --author-id ID.</source>
        <translation>Angiv personen: --author NAVN eller --author-id ID.</translation>
    </message>
    <message>
        <source>Removed {items} items ({closed} were still open), {notes} notes and the name from {texts} other texts.</source>
        <translation>Fjernede {items} henvendelser ({closed} var stadig åbne), {notes} noter og navnet fra {texts} andre tekster.</translation>
    </message>
    <message>
        <source>Name the person: an author name or an author id.</source>
        <translation>Angiv personen: et afsendernavn eller et afsender-id.</translation>
    </message>
    <message>
        <source>There is no account {id}.</source>
        <translation>Der er ingen konto {id}.</translation>
    </message>
    <message>
        <source>[name removed]</source>
        <translation>[navn fjernet]</translation>
    </message>
</context>
<context>
    <name>ScenarioEditorWindow</name>
    <message>
        <source>Training scenarios – Svarbox</source>
        <translation>Træningsscenarier – Svarbox</translation>
    </message>
    <message>
        <source>Empty: the default for the pack&apos;s language</source>
        <translation>Tom: standard for pakkens sprog</translation>
    </message>
    <message>
        <source>Pack name</source>
        <translation>Pakkens navn</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Case channel for referrals</source>
        <translation>Sagskanal ved henvisning</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Gem…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Save the training pack</source>
        <translation>Gem træningspakken</translation>
    </message>
    <message>
        <source>Training pack (*.json)</source>
        <translation>Træningspakke (*.json)</translation>
    </message>
    <message>
        <source>The pack could not be written: {reason}</source>
        <translation>Pakken kunne ikke gemmes: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gemt: {path}</translation>
    </message>
</context>
<context>
    <name>ScenarioForm</name>
    <message>
        <source>Greet the resident</source>
        <translation>Hils på borgeren</translation>
    </message>
    <message>
        <source>Sign with the signature</source>
        <translation>Skriv under med signaturen</translation>
    </message>
    <message>
        <source>Answer the question</source>
        <translation>Besvar spørgsmålet</translation>
    </message>
    <message>
        <source>Send a holding reply</source>
        <translation>Send et foreløbigt svar</translation>
    </message>
    <message>
        <source>Refer to the case channel</source>
        <translation>Henvis til sagskanalen</translation>
    </message>
    <message>
        <source>Link to the web page</source>
        <translation>Link til websiden</translation>
    </message>
    <message>
        <source>Say thank you</source>
        <translation>Sig tak</translation>
    </message>
    <message>
        <source>Stay calm and factual</source>
        <translation>Bevar roen, og hold dig til sagen</translation>
    </message>
    <message>
        <source>Hide it</source>
        <translation>Skjul den</translation>
    </message>
    <message>
        <source>Mark it as spam</source>
        <translation>Markér som spam</translation>
    </message>
    <message>
        <source>Report the threat</source>
        <translation>Anmeld truslen</translation>
    </message>
    <message>
        <source>Apologise for the wait</source>
        <translation>Beklag ventetiden</translation>
    </message>
    <message>
        <source>Repeat no personal data</source>
        <translation>Gentag ingen personoplysninger</translation>
    </message>
    <message>
        <source>Answer in a private message</source>
        <translation>Svar i en privat besked</translation>
    </message>
    <message>
        <source>Leave it unanswered</source>
        <translation>Lad den stå ubesvaret</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Privat besked</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Omtale</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <source> seconds</source>
        <translation> sekunder</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <source>Arrives after</source>
        <translation>Kommer efter</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>Forventet svartype</translation>
    </message>
    <message>
        <source>Expected handling</source>
        <translation>Forventet håndtering</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Tip</translation>
    </message>
    <message>
        <source>Feedback if handled wrongly</source>
        <translation>Feedback ved forkert håndtering</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>No system keychain is available, so the token was not saved. Svarbox never stores tokens in plain text.</source>
        <translation>Systemets nøglering er ikke tilgængelig, så tokenet blev ikke gemt. Svarbox gemmer aldrig tokens i klartekst.</translation>
    </message>
    <message>
        <source>The system keychain refused the request ({reason}).</source>
        <translation>Systemets nøglering afviste anmodningen ({reason}).</translation>
    </message>
    <message>
        <source>A stored token is incomplete in the keychain; reconnect the account.</source>
        <translation>Et gemt token i nøgleringen er ufuldstændigt; tilslut kontoen igen.</translation>
    </message>
    <message>
        <source>This token is too long to keep in the keychain ({count} characters).</source>
        <translation>Tokenet er for langt til at blive gemt i nøgleringen ({count} tegn).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your name</source>
        <translation>Dit navn</translation>
    </message>
    <message>
        <source>Shown to colleagues and used in signatures.</source>
        <translation>Vises for kolleger og bruges i signaturer.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Appended to every reply. Placeholders: {my_first_name}, {my_name}, {institution}, {account_name}.</source>
        <translation>Tilføjes under hvert svar. Pladsholdere: {my_first_name}, {my_name}, {institution}, {account_name}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Empty follows the system language.</source>
        <translation>Hvis feltet er tomt, bruges systemets sprog.</translation>
    </message>
    <message>
        <source>Sync every (minutes)</source>
        <translation>Synkroniseringsinterval (minutter)</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Skrivebordsnotifikationer</translation>
    </message>
    <message>
        <source>Warn when an item is within one working hour of its deadline or overdue.</source>
        <translation>Advar, når der er under en arbejdstime til en henvendelses svarfrist, eller når den er overskredet.</translation>
    </message>
    <message>
        <source>Keep handled items (days)</source>
        <translation>Behold behandlede henvendelser (dage)</translation>
    </message>
    <message>
        <source>After this, text and author of handled items are removed from the cache.</source>
        <translation>Derefter fjernes tekst og afsender for behandlede henvendelser fra cachen.</translation>
    </message>
    <message>
        <source>Default response policy</source>
        <translation>Standardsvarfrist</translation>
    </message>
    <message>
        <source>Default follow-up policy</source>
        <translation>Standardfrist for opfølgning</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisationens navn</translation>
    </message>
    <message>
        <source>Our own e-mail domains</source>
        <translation>Vores egne e-maildomæner</translation>
    </message>
    <message>
        <source>Comma-separated; addresses there are not flagged as private data.</source>
        <translation>Adskil med komma; adresser på disse domæner markeres ikke som private oplysninger.</translation>
    </message>
    <message>
        <source>Official case channel</source>
        <translation>Officiel sagskanal</translation>
    </message>
    <message>
        <source>Where referrals point, e.g. a web form address or phone number.</source>
        <translation>Hvor henvisninger peger hen, fx adressen på en webformular eller et telefonnummer.</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>Databaseadresse</translation>
    </message>
    <message>
        <source>Empty uses the local file; a team uses postgresql+psycopg://…</source>
        <translation>Hvis feltet er tomt, bruges den lokale fil; et team bruger postgresql+psycopg://…</translation>
    </message>
    <message>
        <source>Calendar country for new accounts</source>
        <translation>Kalenderland for nye konti</translation>
    </message>
    <message>
        <source>Days the organisation is closed</source>
        <translation>Dage hvor organisationen har lukket</translation>
    </message>
    <message>
        <source>Platforms that may be connected</source>
        <translation>Platforme der må tilsluttes</translation>
    </message>
    <message>
        <source>Empty allows every platform.</source>
        <translation>Tom tillader alle platforme.</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Telemetri</translation>
    </message>
    <message>
        <source>Svarbox sends no usage data; IT may assert that here.</source>
        <translation>Svarbox sender ingen brugsdata; IT kan fastslå det her.</translation>
    </message>
    <message>
        <source>Update feed</source>
        <translation>Adresse til opdateringer</translation>
    </message>
    <message>
        <source>Where Svarbox looks for a newer version; empty turns the notice off.</source>
        <translation>Hvor Svarbox ser efter en nyere version; tom slår beskeden fra.</translation>
    </message>
    <message>
        <source>Proxy configuration file (PAC)</source>
        <translation>Proxykonfigurationsfil (PAC)</translation>
    </message>
    <message>
        <source>Empty uses the operating system&apos;s proxy settings.</source>
        <translation>Tom bruger styresystemets proxyindstillinger.</translation>
    </message>
    <message>
        <source>Find the proxy by WPAD</source>
        <translation>Find proxyen via WPAD</translation>
    </message>
    <message>
        <source>Your settings could not be saved ({reason}).</source>
        <translation>Dine indstillinger kunne ikke gemmes ({reason}).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Personal</source>
        <translation>Personligt</translation>
    </message>
    <message>
        <source>Team rules</source>
        <translation>Teamregler</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifikationer</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatliv</translation>
    </message>
    <message>
        <source>Response policies and referrals</source>
        <translation>Svarfrister og henvisninger</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Teamdatabase</translation>
    </message>
    <message>
        <source>Same as Windows</source>
        <translation>Samme som Windows</translation>
    </message>
    <message>
        <source>Same as macOS</source>
        <translation>Samme som macOS</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Samme som systemet</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Helligdage</translation>
    </message>
    <message>
        <source>Optional holidays</source>
        <translation>Valgfrie fridage</translation>
    </message>
    <message>
        <source>De facto holidays</source>
        <translation>De facto-fridage</translation>
    </message>
    <message>
        <source>Bank holidays</source>
        <translation>Bankfridage</translation>
    </message>
    <message>
        <source>School holidays</source>
        <translation>Skoleferier</translation>
    </message>
    <message>
        <source>Half days</source>
        <translation>Halve dage</translation>
    </message>
    <message>
        <source>Unofficial holidays</source>
        <translation>Uofficielle fridage</translation>
    </message>
    <message>
        <source>Working-day observances</source>
        <translation>Mærkedage på arbejdsdage</translation>
    </message>
    <message>
        <source>Catholic holidays</source>
        <translation>Katolske helligdage</translation>
    </message>
    <message>
        <source>Government holidays</source>
        <translation>Fridage for statsansatte</translation>
    </message>
    <message>
        <source>Constitution Day, Christmas Eve, New Year&apos;s Eve</source>
        <translation>Grundlovsdag, juleaften, nytårsaften</translation>
    </message>
    <message>
        <source>Midsummer Eve, Christmas Eve, New Year&apos;s Eve</source>
        <translation>Midsommeraften, juleaften, nytårsaften</translation>
    </message>
    <message>
        <source>Christmas Eve and New Year&apos;s Eve closed; Constitution Day (5 June) open until 12:00</source>
        <translation>Lukket juleaftensdag og nytårsaftensdag; grundlovsdag (5. juni) åbent til kl. 12.00</translation>
    </message>
    <message>
        <source>Closing at 14:00 on Twelfth Night, Maundy Thursday, Walpurgis Night and All Saints&apos; Eve</source>
        <translation>Lukker kl. 14.00 helligtrekongersaften, skærtorsdag, valborgsaften og allehelgensaften</translation>
    </message>
    <message>
        <source>Christmas Eve, New Year&apos;s Eve and the Wednesday before Maundy Thursday close at 12:00</source>
        <translation>Juleaftensdag, nytårsaftensdag og onsdag før skærtorsdag lukker kl. 12.00</translation>
    </message>
    <message>
        <source>Svarbox knows no eves or half days for this country.</source>
        <translation>Svarbox kender ingen helligaftener eller halve dage for dette land.</translation>
    </message>
    <message>
        <source>Applies to everyone on the team.</source>
        <translation>Gælder for alle i teamet.</translation>
    </message>
    <message>
        <source>hours:H, workdays:N or business_hours:H, e.g. workdays:2</source>
        <translation>hours:H, workdays:N eller business_hours:H, fx workdays:2</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konti</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Ret de markerede felter først.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>No accounts are connected yet. Connect one with File → Connect an account; its response policy and work calendar can then be set here.</source>
        <translation>Der er endnu ikke tilsluttet nogen konti. Tilslut en med Filer → Tilslut en konto; derefter kan du indstille kontoens svarfrist og arbejdskalender her.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>No token for this account in your keychain; reconnect it.</source>
        <translation>Der er intet token til denne konto i din nøglering; tilslut den igen.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Kontoen findes ikke længere.</translation>
    </message>
    <message>
        <source>Paused by the platform until {time}.</source>
        <translation>Sat på pause af platformen til kl. {time}.</translation>
    </message>
    <message>
        <source>A colleague&apos;s Svarbox is syncing this account.</source>
        <translation>En kollegas Svarbox synkroniserer denne konto.</translation>
    </message>
    <message>
        <source>A colleague&apos;s Svarbox took over syncing this account.</source>
        <translation>En kollegas Svarbox har overtaget synkroniseringen af denne konto.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <source>Last sync {time}</source>
        <translation>Sidst synkroniseret kl. {time}</translation>
    </message>
    <message>
        <source>Reconnect {account}</source>
        <translation>Tilslut {account} igen</translation>
    </message>
    <message>
        <source>Paste a new access token for {account}. It goes straight to your keychain.</source>
        <translation>Indsæt et nyt adgangstoken til {account}. Det gemmes direkte i din nøglering.</translation>
    </message>
    <message>
        <source>{account} is connected again.</source>
        <translation>{account} er tilsluttet igen.</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>{colleague} is answering this right now</source>
        <translation>{colleague} er ved at besvare denne lige nu</translation>
    </message>
    <message>
        <source>Kept on this computer; it goes to the outbox when the team database is back.</source>
        <translation>Gemt på denne computer; lægges i udbakken, når teamdatabasen er tilbage.</translation>
    </message>
    <message>
        <source>The team database cannot be reached – read-only; your actions are kept on this computer (since {time}).</source>
        <translation>Teamdatabasen kan ikke nås – skrivebeskyttet; dine handlinger gemmes på denne computer (siden kl. {time}).</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) kept.</source>
        <translation>
            <numerusform>%n handling gemt.</numerusform>
            <numerusform>%n handlinger gemt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last try {time}.</source>
        <translation>Seneste forsøg kl. {time}.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <source>Try to reach the team database now</source>
        <translation>Prøv at få forbindelse til teamdatabasen nu</translation>
    </message>
    <message numerus="yes">
        <source>The team database is back; %n kept action(s) moved to the outbox.</source>
        <translation>
            <numerusform>Teamdatabasen er tilbage; %n gemt handling er flyttet til udbakken.</numerusform>
            <numerusform>Teamdatabasen er tilbage; %n gemte handlinger er flyttet til udbakken.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team database is back.</source>
        <translation>Teamdatabasen er tilbage.</translation>
    </message>
    <message>
        <source>A kept action could not be sent: {reason}</source>
        <translation>En gemt handling kunne ikke sendes: {reason}</translation>
    </message>
    <message>
        <source>Kept action not sent</source>
        <translation>Gemt handling ikke sendt</translation>
    </message>
    <message>
        <source>An action you wrote while the team database was away was not sent:

{reason}

Send it anyway?</source>
        <translation>En handling, du lavede, mens teamdatabasen var væk, blev ikke sendt:

{reason}

Vil du sende den alligevel?</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Tildelt dig</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were assigned to you.</source>
        <translation>
            <numerusform>%n henvendelse er tildelt dig.</numerusform>
            <numerusform>%n henvendelser er tildelt dig.</numerusform>
        </translation>
    </message>
    <message>
        <source>{who} assigned you an item</source>
        <translation>{who} har tildelt dig en henvendelse</translation>
    </message>
    <message>
        <source>Assigned to {name}.</source>
        <translation>Tildelt {name}.</translation>
    </message>
    <message>
        <source>No longer assigned.</source>
        <translation>Ikke længere tildelt.</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Tildel til</translation>
    </message>
    <message>
        <source>Colleague to assign this item to (pick or type a name):</source>
        <translation>Kollega, som henvendelsen skal tildeles (vælg eller skriv et navn):</translation>
    </message>
    <message>
        <source>Search every account for this topic</source>
        <translation>Søg efter emnet på alle konti</translation>
    </message>
    <message>
        <source>A topic is spreading: {n} items about {topic} in the last hour on {accounts}</source>
        <translation>Et emne breder sig: {n} henvendelser om {topic} den seneste time på {accounts}</translation>
    </message>
    <message numerus="yes">
        <source>(%n other account(s) unusually busy too.)</source>
        <translation>
            <numerusform>(%n anden konto har også usædvanlig travlt.)</numerusform>
            <numerusform>(%n andre konti har også usædvanlig travlt.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the items</source>
        <translation>Vis henvendelserne</translation>
    </message>
    <message>
        <source>Show this account&apos;s items, newest first</source>
        <translation>Vis kontoens henvendelser, nyeste først</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Hide this warning</source>
        <translation>Skjul denne advarsel</translation>
    </message>
    <message>
        <source>Unusual activity on {account}: {n} items in the last hour, usually {u}</source>
        <translation>Usædvanlig aktivitet på {account}: {n} henvendelser i den seneste time, normalt {u}</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Reply templates</source>
        <translation>Svarskabeloner</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>Importér skabeloner</translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation>Eksportér skabeloner</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle sprog</translation>
    </message>
    <message>
        <source>Show templates in language</source>
        <translation>Vis skabeloner på sproget</translation>
    </message>
    <message>
        <source>Find a template</source>
        <translation>Find en skabelon</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Skabeloner</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Indsæt pladsholder</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Eksempel</translation>
    </message>
    <message>
        <source>Example with sample values</source>
        <translation>Eksempel med prøveværdier</translation>
    </message>
    <message>
        <source>Template status</source>
        <translation>Skabelonens status</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importér…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Ny skabelon</translation>
    </message>
    <message>
        <source>Hi {author_first_name}!</source>
        <translation>Hej {author_first_name}!</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gemt.</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>{name} er slettet.</translation>
    </message>
    <message>
        <source>Imported {added} new and {updated} changed templates.</source>
        <translation>Importerede {added} nye og {updated} ændrede skabeloner.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Eksporteret til {path}.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Holding reply</source>
        <translation>Foreløbigt svar</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Refer to the official case channel</source>
        <translation>Henvis til den officielle sagskanal</translation>
    </message>
    <message>
        <source>Link to the permanent web page</source>
        <translation>Link til den faste webside</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>Critical citizen</source>
        <translation>Kritisk borger</translation>
    </message>
    <message>
        <source>Spam or threat response</source>
        <translation>Svar på spam eller trusler</translation>
    </message>
    <message>
        <source>Apology for a late answer</source>
        <translation>Undskyldning for sent svar</translation>
    </message>
    <message>
        <source>Citizen&apos;s first name</source>
        <translation>Borgerens fornavn</translation>
    </message>
    <message>
        <source>Citizen&apos;s name</source>
        <translation>Borgerens navn</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontonavn</translation>
    </message>
    <message>
        <source>Institution or department</source>
        <translation>Institution eller afdeling</translation>
    </message>
    <message>
        <source>Link to the web page</source>
        <translation>Link til websiden</translation>
    </message>
    <message>
        <source>Official case channel</source>
        <translation>Officiel sagskanal</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>Mit navn</translation>
    </message>
    <message>
        <source>My first name</source>
        <translation>Mit fornavn</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>When we will answer</source>
        <translation>Hvornår vi svarer</translation>
    </message>
    <message>
        <source>Contact (phone or address)</source>
        <translation>Kontakt (telefon eller adresse)</translation>
    </message>
    <message>
        <source>Fill in before sending: {names}.</source>
        <translation>Udfyld før afsendelse: {names}.</translation>
    </message>
    <message>
        <source>Unmatched “{brace}” at character {pos}: write placeholders as {{name}} and a literal brace as “{brace}{brace}”.</source>
        <translation>Uparret “{brace}” ved tegn {pos}: skriv pladsholdere som {{name}} og en krølleparentes, der skal stå i teksten, som “{brace}{brace}”.</translation>
    </message>
    <message>
        <source>not a Svarbox template file (expected &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>ikke en skabelonfil fra Svarbox (forventede &quot;format&quot;: &quot;{format}&quot;).</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number.</source>
        <translation>&quot;version&quot; skal være et helt tal.</translation>
    </message>
    <message>
        <source>made by a newer Svarbox (version {version}); update Svarbox to import it.</source>
        <translation>lavet af en nyere Svarbox (version {version}); opdater Svarbox for at importere den.</translation>
    </message>
    <message>
        <source>&quot;templates&quot; must be a list.</source>
        <translation>&quot;templates&quot; skal være en liste.</translation>
    </message>
    <message>
        <source>template {n}</source>
        <translation>skabelon {n}</translation>
    </message>
    <message>
        <source>{where} is not an object.</source>
        <translation>{where} er ikke et objekt.</translation>
    </message>
    <message>
        <source>{where} needs a non-empty text &quot;{key}&quot;.</source>
        <translation>{where} skal have en tekst i &quot;{key}&quot;, der ikke er tom.</translation>
    </message>
    <message>
        <source>{where} has unknown category “{category}” (use one of: {names}).</source>
        <translation>{where} har den ukendte kategori “{category}” (brug en af disse: {names}).</translation>
    </message>
    <message>
        <source>{where} has unknown language “{language}” (use one of: {names}).</source>
        <translation>{where} har det ukendte sprog “{language}” (brug et af disse: {names}).</translation>
    </message>
    <message>
        <source>{where} appears twice for language “{language}”.</source>
        <translation>{where} forekommer to gange for sproget “{language}”.</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}: filen findes ikke.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({error}).</source>
        <translation>{path}: kan ikke læses ({error}).</translation>
    </message>
    <message>
        <source>{path}: not valid JSON (line {line}, column {column}: {error}).</source>
        <translation>{path}: ikke gyldig JSON (linje {line}, kolonne {column}: {error}).</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({error}).</source>
        <translation>{path}: kan ikke skrives ({error}).</translation>
    </message>
    <message>
        <source>A template needs a name and a text.</source>
        <translation>En skabelon skal have et navn og en tekst.</translation>
    </message>
    <message>
        <source>Unknown template category: {category}</source>
        <translation>Ukendt skabelonkategori: {category}</translation>
    </message>
    <message>
        <source>There is no template {name} ({language}).</source>
        <translation>Der er ingen skabelon {name} ({language}).</translation>
    </message>
</context>
<context>
    <name>TopicsWindow</name>
    <message>
        <source>Topics</source>
        <translation>Emner</translation>
    </message>
    <message>
        <source>Topics in this view</source>
        <translation>Emner i denne visning</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <source>Group the view&apos;s items again</source>
        <translation>Saml visningens henvendelser i emner igen</translation>
    </message>
    <message>
        <source>Items grouped by what they are about: the same street or place, or an uncommon word they share. Open a topic to see its items, then answer them all with one template or close them in one go.</source>
        <translation>Henvendelserne er samlet efter, hvad de handler om: samme gade eller sted eller et sjældent ord, de har til fælles. Åbn et emne for at se henvendelserne, og svar dem alle med én skabelon eller luk dem på én gang.</translation>
    </message>
    <message>
        <source>The largest topics first; select one to see its items</source>
        <translation>De største emner først – vælg et for at se henvendelserne</translation>
    </message>
    <message>
        <source>Items about this topic</source>
        <translation>Henvendelser om dette emne</translation>
    </message>
    <message>
        <source>Double-click an item to show it in the inbox</source>
        <translation>Dobbeltklik på en henvendelse for at vise den i indbakken</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Afsender</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Skabelon:</translation>
    </message>
    <message>
        <source>Template for answering every item of the topic</source>
        <translation>Skabelon til svar på alle henvendelser om emnet</translation>
    </message>
    <message>
        <source>The templates that fit the topic best come first</source>
        <translation>De skabeloner, der passer bedst til emnet, står øverst</translation>
    </message>
    <message>
        <source>Answer all</source>
        <translation>Svar alle</translation>
    </message>
    <message>
        <source>Answer every item of the topic with this template</source>
        <translation>Svar alle henvendelser om emnet med denne skabelon</translation>
    </message>
    <message>
        <source>Show in the inbox</source>
        <translation>Vis i indbakken</translation>
    </message>
    <message>
        <source>Show the selected item in the inbox</source>
        <translation>Vis den valgte henvendelse i indbakken</translation>
    </message>
    <message>
        <source>No reply needed for all</source>
        <translation>Intet svar nødvendigt for alle</translation>
    </message>
    <message>
        <source>Close every item of the topic without a reply</source>
        <translation>Luk alle henvendelser om emnet uden svar</translation>
    </message>
    <message>
        <source>Topics in “{view}”</source>
        <translation>Emner i “{view}”</translation>
    </message>
    <message>
        <source>Grouping…</source>
        <translation>Samler i emner …</translation>
    </message>
    <message numerus="yes">
        <source>%n about {topic}</source>
        <translation>
            <numerusform>%n om {topic}</numerusform>
            <numerusform>%n om {topic}</numerusform>
        </translation>
    </message>
    <message>
        <source>Same street or place</source>
        <translation>Samme gade eller sted</translation>
    </message>
    <message>
        <source>Comments on the same post that share a word</source>
        <translation>Kommentarer til samme opslag, der har et ord til fælles</translation>
    </message>
    <message>
        <source>A word they share</source>
        <translation>Et ord, de har til fælles</translation>
    </message>
    <message>
        <source>No topics here: no two items of this view share a place or an uncommon word.</source>
        <translation>Ingen emner her: ingen henvendelser i denne visning deler et sted eller et sjældent ord.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(ukendt)</translation>
    </message>
    <message>
        <source>Suggested: {template}</source>
        <translation>Forslag: {template}</translation>
    </message>
    <message>
        <source>This item is no longer in the view.</source>
        <translation>Henvendelsen er ikke længere i visningen.</translation>
    </message>
    <message>
        <source>Answer the whole topic?</source>
        <translation>Svar på hele emnet?</translation>
    </message>
    <message>
        <source>Send “{name}” as the reply to {n} items (filled in for each author, with your signature)?</source>
        <translation>Send “{name}” som svar på {n} henvendelser (udfyldt for hver afsender og med din signatur)?</translation>
    </message>
    <message>
        <source>Answering {n} items…</source>
        <translation>Svarer på {n} henvendelser …</translation>
    </message>
    <message>
        <source>Replying</source>
        <translation>Svarer</translation>
    </message>
    <message>
        <source>Close the whole topic?</source>
        <translation>Luk hele emnet?</translation>
    </message>
    <message>
        <source>Mark {n} items as “no reply needed”?</source>
        <translation>Markér {n} henvendelser som “intet svar nødvendigt”?</translation>
    </message>
    <message>
        <source>Closing {n} items…</source>
        <translation>Lukker {n} henvendelser …</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Lukker</translation>
    </message>
</context>
<context>
    <name>TrainerConsole</name>
    <message>
        <source>Classroom {code} – Svarbox</source>
        <translation>Hold {code} – Svarbox</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>Holdkode</translation>
    </message>
    <message>
        <source>Trainees who have joined</source>
        <translation>Kursister, der er med</translation>
    </message>
    <message>
        <source>Start the class</source>
        <translation>Start holdet</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Next message</source>
        <translation>Næste besked</translation>
    </message>
    <message>
        <source>Next message every</source>
        <translation>Næste besked hver</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuelt</translation>
    </message>
    <message>
        <source>Pace in seconds</source>
        <translation>Tempo i sekunder</translation>
    </message>
    <message>
        <source>Hide names</source>
        <translation>Skjul navne</translation>
    </message>
    <message>
        <source>Projector view</source>
        <translation>Projektorvisning</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>Waiting for trainees to join</source>
        <translation>Venter på, at kursisterne logger på</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Sat på pause</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Joined: {n}</source>
        <translation>Med på holdet: {n}</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>har svaret</translation>
    </message>
    <message>
        <source>{n} messages in the pack</source>
        <translation>{n} beskeder i pakken</translation>
    </message>
    <message>
        <source>No message sent yet</source>
        <translation>Ingen besked sendt endnu</translation>
    </message>
    <message>
        <source>Message {i} of {n} · {answered} of {joined} answered</source>
        <translation>Besked {i} af {n} · {answered} af {joined} har svaret</translation>
    </message>
    <message>
        <source>For the trainer: {hint}</source>
        <translation>Til underviseren: {hint}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsæt</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>The training pack {path} cannot be read ({reason}).</source>
        <translation>Træningspakken {path} kan ikke læses ({reason}).</translation>
    </message>
    <message>
        <source>The training pack {path} is not valid JSON.</source>
        <translation>Træningspakken {path} er ikke gyldig JSON.</translation>
    </message>
    <message>
        <source>{path} is not a Svarbox training pack.</source>
        <translation>{path} er ikke en træningspakke til Svarbox.</translation>
    </message>
    <message>
        <source>A scenario in {path} is incomplete ({field}).</source>
        <translation>Et scenarie i {path} er ufuldstændigt ({field}).</translation>
    </message>
    <message>
        <source>Training runs only in the training workspace.</source>
        <translation>Træning kører kun i træningsarbejdsområdet.</translation>
    </message>
    <message>
        <source>Not handled.</source>
        <translation>Ikke behandlet.</translation>
    </message>
    <message>
        <source>This is not a Svarbox training pack.</source>
        <translation>Det er ikke en Svarbox-træningspakke.</translation>
    </message>
    <message>
        <source>The pack needs a name.</source>
        <translation>Pakken skal have et navn.</translation>
    </message>
    <message>
        <source>Scenario {n} has no ID.</source>
        <translation>Scenarie {n} mangler et ID.</translation>
    </message>
    <message>
        <source>Scenario {n} has no author.</source>
        <translation>Scenarie {n} mangler en afsender.</translation>
    </message>
    <message>
        <source>Scenario {n} has no message.</source>
        <translation>Scenarie {n} mangler en besked.</translation>
    </message>
    <message>
        <source>Two scenarios have the ID {id}.</source>
        <translation>To scenarier har ID&apos;et {id}.</translation>
    </message>
    <message>
        <source>Scenario {id} has an unknown platform or kind.</source>
        <translation>Scenarie {id} har en ukendt platform eller type.</translation>
    </message>
    <message>
        <source>Scenario {id}: only Messenger has private messages.</source>
        <translation>Scenarie {id}: kun Messenger har private beskeder.</translation>
    </message>
    <message>
        <source>Scenario {id} has an impossible timing.</source>
        <translation>Scenarie {id} har en umulig timing.</translation>
    </message>
    <message>
        <source>The pack has no scenarios.</source>
        <translation>Pakken har ingen scenarier.</translation>
    </message>
    <message>
        <source>The item is gone.</source>
        <translation>Henvendelsen findes ikke længere.</translation>
    </message>
    <message>
        <source>{trainee} has not passed {pack} yet ({percent} %), so there is no certificate.</source>
        <translation>{trainee} har ikke bestået {pack} endnu ({percent} %), så der er intet kursusbevis.</translation>
    </message>
    <message>
        <source>Only a passed pack gives a certificate.</source>
        <translation>Kun en bestået pakke giver et kursusbevis.</translation>
    </message>
    <message>
        <source>Add the case to a training pack</source>
        <translation>Føj casen til en træningspakke</translation>
    </message>
    <message>
        <source>Training pack (*.json)</source>
        <translation>Træningspakke (*.json)</translation>
    </message>
</context>
<context>
    <name>TrainingSummaryWindow</name>
    <message>
        <source>Training summary – Svarbox</source>
        <translation>Træningsoversigt – Svarbox</translation>
    </message>
    <message>
        <source>Training summary</source>
        <translation>Træningsoversigt</translation>
    </message>
    <message>
        <source>{total} of {maximum} points</source>
        <translation>{total} af {maximum} point</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenarie</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Svarfrist</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Scores per scenario</source>
        <translation>Point pr. scenarie</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestået</translation>
    </message>
    <message>
        <source>not passed yet (needs {pct} %)</source>
        <translation>ikke bestået endnu (kræver {pct} %)</translation>
    </message>
    <message>
        <source>{pct} % · {handled} of {count} scenarios handled · {verdict}</source>
        <translation>{pct} % · {handled} af {count} scenarier håndteret · {verdict}</translation>
    </message>
    <message>
        <source>Earlier sessions: {scores}</source>
        <translation>Tidligere forløb: {scores}</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Tone</translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation>CPR-numre</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Håndtering</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Each scenario with its points per criterion, the total and feedback</source>
        <translation>Hvert scenarie med point pr. kriterium, i alt og feedback</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Godt klaret.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>of {maximum}</source>
        <translation>af {maximum}</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>ikke relevant</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Save the summary as a JSON and a CSV file</source>
        <translation>Gem oversigten som en JSON- og en CSV-fil</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>Kursusbevis…</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Kursusbevis</translation>
    </message>
    <message>
        <source>Save a PDF certificate for a passed pack</source>
        <translation>Gem et kursusbevis som PDF for en bestået pakke</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>{column}: {points} of {maximum}</source>
        <translation>{column}: {points} af {maximum}</translation>
    </message>
    <message>
        <source>{column}: not applicable</source>
        <translation>{column}: ikke relevant</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Holding reply</source>
        <translation>Foreløbigt svar</translation>
    </message>
    <message>
        <source>No reply needed</source>
        <translation>Intet svar nødvendigt</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Henvist</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Skjult</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afvist</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Not handled</source>
        <translation>Ikke behandlet</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Gem kursusbeviset</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The certificate could not be written: {reason}</source>
        <translation>Kursusbeviset kunne ikke gemmes: {reason}</translation>
    </message>
    <message>
        <source>Certificate saved: {path}</source>
        <translation>Kursusbevis gemt: {path}</translation>
    </message>
    <message>
        <source>Certificate saved, but the team record could not be written: {reason}</source>
        <translation>Kursusbeviset er gemt, men registreringen i teamdatabasen kunne ikke gemmes: {reason}</translation>
    </message>
    <message>
        <source>Export the training summary</source>
        <translation>Eksportér træningsoversigten</translation>
    </message>
    <message>
        <source>JSON and CSV with the same name (*.json)</source>
        <translation>JSON og CSV med samme navn (*.json)</translation>
    </message>
    <message>
        <source>Saved {json} and {csv}</source>
        <translation>Gemt: {json} og {csv}</translation>
    </message>
    <message>
        <source>The files could not be written: {reason}</source>
        <translation>Filerne kunne ikke skrives: {reason}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Svarbox</source>
        <translation>Vis Svarbox</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkroniser nu</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message numerus="yes">
        <source>Svarbox – %n overdue</source>
        <translation>
            <numerusform>Svarbox – %n over tid</numerusform>
            <numerusform>Svarbox – %n over tid</numerusform>
        </translation>
    </message>
    <message>
        <source>Svarbox – nothing overdue</source>
        <translation>Svarbox – intet over tid</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n ulæst</numerusform>
            <numerusform>%n ulæste</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Svarbox {version} is available.</source>
        <translation>Svarbox {version} er tilgængelig.</translation>
    </message>
    <message>
        <source>Download page</source>
        <translation>Downloadside</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <source>No notice for this version again</source>
        <translation>Ingen besked om denne version igen</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>Weekly chart</source>
        <translation>Ugediagram</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Beregner…</translation>
    </message>
    <message>
        <source>No items in this period.</source>
        <translation>Ingen henvendelser i denne periode.</translation>
    </message>
    <message>
        <source>Week {week}: {n} items, {pct} on time</source>
        <translation>Uge {week}: {n} henvendelser, {pct} til tiden</translation>
    </message>
    <message>
        <source>no deadline passed</source>
        <translation>ingen frist udløbet</translation>
    </message>
    <message>
        <source>Items received</source>
        <translation>Modtagne henvendelser</translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation>Til tiden (%)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Til tiden</translation>
    </message>
    <message>
        <source>W{week}</source>
        <translation>U{week}</translation>
    </message>
    <message>
        <source>Week {week} (from {start}): {n} items received, {pct} on time</source>
        <translation>Uge {week} (fra {start}): {n} henvendelser modtaget, {pct} til tiden</translation>
    </message>
    <message>
        <source>no deadline passed yet,</source>
        <translation>ingen frist udløbet endnu,</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Your name is set. Check the signature in the preview, then send.</source>
        <translation>Dit navn er gemt. Tjek underskriften i forhåndsvisningen, og send så.</translation>
    </message>
</context>
</TS>
