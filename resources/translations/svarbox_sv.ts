<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Access</name>
    <message>
        <source>The password is empty.</source>
        <translation>Lösenordet är tomt.</translation>
    </message>
    <message>
        <source>account {name}</source>
        <translation>kontot {name}</translation>
    </message>
    <message>
        <source>The database is not a team database (PostgreSQL) with a login name in its address.</source>
        <translation>Databasen är inte en gemensam teamdatabas (PostgreSQL) med ett användarnamn i adressen.</translation>
    </message>
    <message>
        <source>Database password: </source>
        <translation>Lösenord till databasen: </translation>
    </message>
    <message>
        <source>reader</source>
        <translation>läsare</translation>
    </message>
    <message>
        <source>communicator</source>
        <translation>kommunikatör</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>publicist</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administratör</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Att svara</translation>
    </message>
    <message>
        <source>Hiding comments</source>
        <translation>Att dölja kommentarer</translation>
    </message>
    <message>
        <source>Deleting comments</source>
        <translation>Att radera kommentarer</translation>
    </message>
    <message>
        <source>Marking spam</source>
        <translation>Att markera som skräp</translation>
    </message>
    <message>
        <source>Writing notes</source>
        <translation>Att skriva anteckningar</translation>
    </message>
    <message>
        <source>Assigning items</source>
        <translation>Att fördela ärenden</translation>
    </message>
    <message>
        <source>Exporting a case</source>
        <translation>Att exportera ett ärende</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Att synkronisera</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Att publicera inlägg</translation>
    </message>
    <message>
        <source>Approving posts</source>
        <translation>Att godkänna inlägg</translation>
    </message>
    <message>
        <source>Muting, blocking and reporting authors</source>
        <translation>Att tysta, blockera och anmäla avsändare</translation>
    </message>
    <message>
        <source>Banning authors from the Page</source>
        <translation>Blockering av personer från sidan</translation>
    </message>
    <message>
        <source>Forgetting a person</source>
        <translation>Att glömma en person</translation>
    </message>
    <message>
        <source>Deleting old items</source>
        <translation>Att radera gamla ärenden</translation>
    </message>
    <message>
        <source>Managing roles</source>
        <translation>Att hantera roller</translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation>Att läsa granskningsloggen</translation>
    </message>
    <message>
        <source>Changing account settings</source>
        <translation>Att ändra kontots inställningar</translation>
    </message>
    <message>
        <source>This</source>
        <translation>Detta</translation>
    </message>
    <message>
        <source>this account</source>
        <translation>detta konto</translation>
    </message>
    <message>
        <source>{action} needs the {needed} role, and you have no role for {where}. Ask an administrator.</source>
        <translation>{action} kräver rollen {needed}, och du har ingen roll för {where}. Fråga en administratör.</translation>
    </message>
    <message>
        <source>{action} needs the {needed} role; your role for {where} is {held}. Ask an administrator of {where}.</source>
        <translation>{action} kräver rollen {needed}; din roll för {where} är {held}. Fråga en administratör för {where}.</translation>
    </message>
    <message>
        <source>Roles exist only on a team database (PostgreSQL); the local file is for one person.</source>
        <translation>Roller finns bara i en gemensam teamdatabas (PostgreSQL); den lokala filen är för en person.</translation>
    </message>
    <message>
        <source>A login is 2 to 63 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter (not pg_ or svarbox_).</source>
        <translation>Ett användarnamn är 2 till 63 små bokstäver, siffror, &apos;.&apos;, &apos;_&apos; eller &apos;-&apos; och börjar med en bokstav (inte pg_ eller svarbox_).</translation>
    </message>
    <message>
        <source>Give either an institution or an account.</source>
        <translation>Ange antingen en verksamhet eller ett konto.</translation>
    </message>
    <message>
        <source>There is no account {id} you may see.</source>
        <translation>Det finns inget konto {id} som du får se.</translation>
    </message>
    <message>
        <source>There is no institution called {name}.</source>
        <translation>Det finns ingen verksamhet som heter {name}.</translation>
    </message>
    <message>
        <source>The database refused: only an administrator of that institution may change its roles.</source>
        <translation>Databasen nekade: bara en administratör för den verksamheten får ändra dess roller.</translation>
    </message>
    <message>
        <source>Unknown role {role}; use reader, communicator, publisher or administrator.</source>
        <translation>Okänd roll {role}; använd reader, communicator, publisher eller administrator.</translation>
    </message>
    <message>
        <source>{login} has no role there that you may change.</source>
        <translation>{login} har ingen roll där som du får ändra.</translation>
    </message>
</context>
<context>
    <name>AccessGate</name>
    <message>
        <source>Audit &amp;log…</source>
        <translation>&amp;Granskningslogg…</translation>
    </message>
    <message>
        <source>Who opened, answered, exported, hid, forgot or reassigned what</source>
        <translation>Vem öppnade, besvarade, exporterade, dolde, glömde eller omfördelade vad</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Connect an account</source>
        <translation>Anslut ett konto</translation>
    </message>
    <message>
        <source>Svarbox checks the token with the platform and keeps it in this computer&apos;s keychain, never in the database.</source>
        <translation>Svarbox kontrollerar token hos plattformen och sparar den i systemets nyckelring på den här datorn, aldrig i databasen.</translation>
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
        <translation>Lämna tomt för plattformens egen adress</translation>
    </message>
    <message>
        <source>Sign in with the browser…</source>
        <translation>Logga in med webbläsaren…</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Which platform the account is on</source>
        <translation>Vilken plattform kontot finns på</translation>
    </message>
    <message>
        <source>Name in Svarbox</source>
        <translation>Namn i Svarbox</translation>
    </message>
    <message>
        <source>For example: Viborg Kommune (Facebook)</source>
        <translation>Till exempel: Växjö kommun (Facebook)</translation>
    </message>
    <message>
        <source>Owned by</source>
        <translation>Ägs av</translation>
    </message>
    <message>
        <source>The institution or department the account belongs to</source>
        <translation>Verksamheten eller avdelningen som kontot tillhör</translation>
    </message>
    <message>
        <source>Page, organisation or channel id</source>
        <translation>Id för sida, organisation eller kanal</translation>
    </message>
    <message>
        <source>Needed where the token alone does not say which page or channel</source>
        <translation>Behövs när token inte i sig visar vilken sida eller kanal det gäller</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>The account&apos;s own username (Instagram, X)</source>
        <translation>Kontots eget användarnamn (Instagram, X)</translation>
    </message>
    <message>
        <source>Response policy</source>
        <translation>Svarstidsregel</translation>
    </message>
    <message>
        <source>hours:24, workdays:2 or business_hours:8</source>
        <translation>hours:24, workdays:2 eller business_hours:8</translation>
    </message>
    <message>
        <source>Work calendar</source>
        <translation>Arbetskalender</translation>
    </message>
    <message>
        <source>Whose public holidays count</source>
        <translation>Vilket lands helgdagar som gäller</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-adress</translation>
    </message>
    <message>
        <source>Only for testing against another server</source>
        <translation>Bara för test mot en annan server</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Åtkomsttoken</translation>
    </message>
    <message>
        <source>Paste the token; it is not shown</source>
        <translation>Klistra in token; den visas inte</translation>
    </message>
    <message>
        <source>App client id</source>
        <translation>Appens klient-id</translation>
    </message>
    <message>
        <source>Your municipality&apos;s app registration, for browser sign-in</source>
        <translation>Kommunens appregistrering, för inloggning med webbläsaren</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Anslutningsstatus</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Anslut</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Enter your Mastodon server&apos;s address under API address (for example https://social.example.dk) and sign in with the browser. Svarbox registers itself on that server; nothing has to be created in advance.</source>
        <translation>Ange adressen till er Mastodon-server under API-adress (till exempel https://social.example.dk) och logga in med webbläsaren. Svarbox registrerar sig själv på servern; inget behöver skapas i förväg.</translation>
    </message>
    <message>
        <source>Your server, for example https://social.example.dk</source>
        <translation>Er server, till exempel https://social.example.dk</translation>
    </message>
    <message>
        <source>Enter your municipality&apos;s app client id first.</source>
        <translation>Ange först kommunens klient-id för appen.</translation>
    </message>
    <message>
        <source>Enter the Google app&apos;s client secret too: Google requires it for desktop apps.</source>
        <translation>Ange även Google-appens klienthemlighet: Google kräver den för skrivbordsappar.</translation>
    </message>
    <message>
        <source>Waiting for the browser… approve Svarbox there.</source>
        <translation>Väntar på webbläsaren… godkänn Svarbox där.</translation>
    </message>
    <message>
        <source>Signed in. Press Connect to finish.</source>
        <translation>Inloggad. Klicka på Anslut för att slutföra.</translation>
    </message>
    <message>
        <source>Enter the Mastodon server&apos;s address under API address first, for example https://social.example.dk.</source>
        <translation>Ange först Mastodon-serverns adress under API-adress, till exempel https://social.example.dk.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Ge kontot ett namn.</translation>
    </message>
    <message>
        <source>Paste an access token or sign in with the browser.</source>
        <translation>Klistra in en åtkomsttoken eller logga in med webbläsaren.</translation>
    </message>
    <message>
        <source>Checking the token with the platform…</source>
        <translation>Kontrollerar token hos plattformen…</translation>
    </message>
    <message>
        <source>Connected {name}.</source>
        <translation>{name} är anslutet.</translation>
    </message>
    <message>
        <source>Something went wrong: {what}</source>
        <translation>Något gick fel: {what}</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>The stored work calendar could not be read ({reason}); the country&apos;s defaults are shown and will be saved.</source>
        <translation>Den sparade arbetskalendern kunde inte läsas ({reason}); landets standardinställningar visas och kommer att sparas.</translation>
    </message>
    <message>
        <source>Choose at least one kind of holiday to close on.</source>
        <translation>Välj minst en typ av helgdag då det är stängt.</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Svarstid</translation>
    </message>
    <message>
        <source>Response policy:</source>
        <translation>Svarstidsregel:</translation>
    </message>
    <message>
        <source>Response policy</source>
        <translation>Svarstidsregel</translation>
    </message>
    <message>
        <source>Follow-up after a holding reply:</source>
        <translation>Uppföljning efter tillfälligt svar:</translation>
    </message>
    <message>
        <source>Follow-up policy</source>
        <translation>Uppföljningsregel</translation>
    </message>
    <message>
        <source>Work calendar</source>
        <translation>Arbetskalender</translation>
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
        <translation>Tidszon:</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>Stängt på:</translation>
    </message>
    <message>
        <source>Also the country&apos;s eves and half days</source>
        <translation>Även landets aftnar och halvdagar</translation>
    </message>
    <message>
        <source>Country&apos;s eves and half days</source>
        <translation>Landets aftnar och halvdagar</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öppettider</translation>
    </message>
    <message>
        <source>Opening hours on {day}</source>
        <translation>Öppettider på {day}</translation>
    </message>
    <message>
        <source>Write them as HH:MM-HH:MM, e.g. 08:00-16:00.</source>
        <translation>Skriv dem som TT:MM-TT:MM, t.ex. 08:00-16:00.</translation>
    </message>
    <message>
        <source>Extra closed dates</source>
        <translation>Extra stängda dagar</translation>
    </message>
    <message>
        <source>Closed date to add</source>
        <translation>Stängd dag att lägga till</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Add closed date</source>
        <translation>Lägg till stängd dag</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the selected closed dates</source>
        <translation>Ta bort de markerade stängda dagarna</translation>
    </message>
    <message>
        <source>Special opening hours on a date</source>
        <translation>Avvikande öppettider en viss dag</translation>
    </message>
    <message>
        <source>Date with special opening hours</source>
        <translation>Dag med avvikande öppettider</translation>
    </message>
    <message>
        <source>Opening hours on that date</source>
        <translation>Öppettider den dagen</translation>
    </message>
    <message>
        <source>Add special opening hours</source>
        <translation>Lägg till avvikande öppettider</translation>
    </message>
    <message>
        <source>Dates with special opening hours</source>
        <translation>Dagar med avvikande öppettider</translation>
    </message>
    <message>
        <source>Remove the selected special opening hours</source>
        <translation>Ta bort de markerade avvikande öppettiderna</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>The account no longer exists.</source>
        <translation>Kontot finns inte längre.</translation>
    </message>
    <message>
        <source>There is no account named {name}.</source>
        <translation>Det finns inget konto som heter {name}.</translation>
    </message>
    <message>
        <source>The platform did not accept the token (expired or revoked).</source>
        <translation>Plattformen godkände inte token (den har gått ut eller återkallats).</translation>
    </message>
    <message>
        <source>The token lacks a permission: {reason}</source>
        <translation>Token saknar en behörighet: {reason}</translation>
    </message>
    <message>
        <source>The platform cannot be reached; check the network.</source>
        <translation>Det går inte att nå plattformen; kontrollera nätverket.</translation>
    </message>
    <message>
        <source>The platform answered with an error: {reason}</source>
        <translation>Plattformen svarade med ett fel: {reason}</translation>
    </message>
    <message>
        <source>Bluesky needs the account&apos;s handle (for example kommune.bsky.social) with the app password.</source>
        <translation>Bluesky behöver kontots användarnamn (till exempel kommun.bsky.social) tillsammans med applösenordet.</translation>
    </message>
    <message>
        <source>Bluesky did not accept the handle and app password.</source>
        <translation>Bluesky godkände inte användarnamnet och applösenordet.</translation>
    </message>
    <message>
        <source>Mastodon needs the server&apos;s address, for example --base-url https://social.example.dk.</source>
        <translation>Mastodon behöver serverns adress, till exempel --base-url https://social.example.dk.</translation>
    </message>
    <message>
        <source>Unknown platform {platform}; use one of: {choices}.</source>
        <translation>Okänd plattform {platform}; använd någon av: {choices}.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Ett konto måste ha ett namn.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow {platform} accounts (allowed: {choices}).</source>
        <translation>Organisationens policy tillåter inte konton på {platform} (tillåtna: {choices}).</translation>
    </message>
    <message>
        <source>A platform address must use https.</source>
        <translation>En plattformsadress måste använda https.</translation>
    </message>
    <message>
        <source>A token is needed to connect {platform}.</source>
        <translation>Det behövs en token för att ansluta {platform}.</translation>
    </message>
    <message>
        <source>An account named {name} already exists.</source>
        <translation>Det finns redan ett konto som heter {name}.</translation>
    </message>
    <message>
        <source>No token for {name} in your keychain; reconnect the account.</source>
        <translation>Ingen token för {name} i systemets nyckelring; anslut kontot igen.</translation>
    </message>
    <message>
        <source>Your keychain has no token for {name}; connect it on this computer to send from it.</source>
        <translation>Systemets nyckelring saknar token för {name}; anslut kontot på den här datorn för att skicka från det.</translation>
    </message>
    <message>
        <source>A LinkedIn API version looks like 202607 (year and month).</source>
        <translation>En LinkedIn API-version skrivs som 202607 (år och månad).</translation>
    </message>
    <message>
        <source>At most {n} keywords can be monitored.</source>
        <translation>Högst {n} sökord kan bevakas.</translation>
    </message>
    <message>
        <source>A keyword can be at most 100 characters long.</source>
        <translation>Ett sökord får vara högst 100 tecken långt.</translation>
    </message>
    <message>
        <source>Instagram login is facebook or instagram.</source>
        <translation>Instagram-inloggning är facebook eller instagram.</translation>
    </message>
    <message>
        <source>A Facebook Page id is a number.</source>
        <translation>Ett id för en Facebook-sida är ett nummer.</translation>
    </message>
    <message>
        <source>Use on or off.</source>
        <translation>Använd on eller off.</translation>
    </message>
    <message>
        <source>Unknown account setting {key}.</source>
        <translation>Okänd kontoinställning {key}.</translation>
    </message>
    <message>
        <source>{key} does not apply to a {platform} account.</source>
        <translation>{key} gäller inte för ett {platform}-konto.</translation>
    </message>
    <message>
        <source>Enter the Mastodon server&apos;s address first, for example https://social.example.dk.</source>
        <translation>Ange först Mastodon-serverns adress, till exempel https://social.example.dk.</translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message>
        <source>Internal note</source>
        <translation>Intern anteckning</translation>
    </message>
    <message>
        <source>A note for your team (never sent to the citizen):</source>
        <translation>En anteckning för ditt team (skickas aldrig till invånaren):</translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation>Anteckningen har lagts till.</translation>
    </message>
    <message>
        <source>Hiding – waiting to be sent.</source>
        <translation>Döljs – väntar på att skickas.</translation>
    </message>
    <message>
        <source>Unhiding – waiting to be sent.</source>
        <translation>Visas igen – väntar på att skickas.</translation>
    </message>
    <message>
        <source>Deleting – waiting to be sent.</source>
        <translation>Raderas – väntar på att skickas.</translation>
    </message>
    <message>
        <source>Rejecting – waiting to be sent.</source>
        <translation>Avvisas – väntar på att skickas.</translation>
    </message>
    <message>
        <source>Marked as needing no reply.</source>
        <translation>Markerat: inget svar behövs.</translation>
    </message>
    <message>
        <source>Reopened; the clock runs again.</source>
        <translation>Öppnat igen; klockan går igen.</translation>
    </message>
    <message>
        <source>Delete on the platform?</source>
        <translation>Radera på plattformen?</translation>
    </message>
    <message>
        <source>Delete this comment by {author} on {platform}? This cannot be undone.</source>
        <translation>Vill du radera kommentaren från {author} på {platform}? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(okänd)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Av&amp;visa …</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Dölj</translation>
    </message>
    <message>
        <source>&amp;Approve (publish)</source>
        <translation>&amp;Godkänn (publicera)</translation>
    </message>
    <message>
        <source>&amp;Unhide</source>
        <translation>&amp;Visa igen</translation>
    </message>
    <message>
        <source>Publishing – waiting to be sent.</source>
        <translation>Publicerar – väntar på att skickas.</translation>
    </message>
    <message>
        <source>Muting the author – waiting to be sent.</source>
        <translation>Avsändaren tystas – väntar på att skickas.</translation>
    </message>
    <message>
        <source>Blocking the author – waiting to be sent.</source>
        <translation>Avsändaren blockeras – väntar på att skickas.</translation>
    </message>
    <message>
        <source>Report to {platform}&apos;s moderators</source>
        <translation>Anmäl till moderatorerna på {platform}</translation>
    </message>
    <message>
        <source>Why are you reporting this post by {author}? The moderators of {platform} read this (at most 1000 characters):</source>
        <translation>Varför anmäler du inlägget från {author}? Moderatorerna på {platform} läser motiveringen (högst 1000 tecken):</translation>
    </message>
    <message>
        <source>Report – waiting to be sent.</source>
        <translation>Anmälan – väntar på att skickas.</translation>
    </message>
    <message>
        <source>Reject as spam on YouTube?</source>
        <translation>Avvisa som skräppost på YouTube?</translation>
    </message>
    <message>
        <source>Rejecting hides the comment and all its replies for good. You can also ban its author from the channel.</source>
        <translation>Att avvisa döljer kommentaren och alla svar på den för gott. Du kan också stänga av skribenten från kanalen.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Avvisa</translation>
    </message>
    <message>
        <source>Reject and ban the author</source>
        <translation>Avvisa och stäng av skribenten</translation>
    </message>
    <message>
        <source>Hide as spam on {platform}?</source>
        <translation>Dölj som skräppost på {platform}?</translation>
    </message>
    <message>
        <source>The comment is hidden on {platform} and recorded as spam. You can also ban {author} from the Page: a banned person can no longer comment on the Page&apos;s posts or message the Page. The ban can be lifted later (Unban).</source>
        <translation>Kommentaren döljs på {platform} och registreras som skräppost. Du kan också blockera {author} från sidan: en blockerad person kan inte längre kommentera sidans inlägg eller skriva till sidan. Blockeringen kan hävas senare (Häv blockering).</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>Hide and ban the author</source>
        <translation>Dölj och blockera avsändaren</translation>
    </message>
    <message>
        <source>Spam – hiding on the platform, waiting to be sent.</source>
        <translation>Skräppost – döljs på plattformen, väntar på att skickas.</translation>
    </message>
    <message>
        <source>Spam – hiding the comment and banning its author from the Page, waiting to be sent.</source>
        <translation>Skräppost – kommentaren döljs och avsändaren blockeras från sidan, väntar på att skickas.</translation>
    </message>
    <message>
        <source>Lifting the ban – waiting to be sent.</source>
        <translation>Blockeringen hävs – väntar på att skickas.</translation>
    </message>
    <message>
        <source>Send the referral?</source>
        <translation>Skicka hänvisningen?</translation>
    </message>
    <message>
        <source>This reply goes to {author} and the item is recorded as referred:

{text}</source>
        <translation>Det här svaret skickas till {author} och ärendet registreras som hänvisat:

{text}</translation>
    </message>
    <message>
        <source>Referral queued; it is sent in the background.</source>
        <translation>Hänvisningen ligger i kö och skickas i bakgrunden.</translation>
    </message>
    <message>
        <source>Document the case in the records system</source>
        <translation>Diarieför ärendet i ärendehanteringssystemet</translation>
    </message>
    <message>
        <source>Referred. To document the case:

1. ✓ The referral to the case channel is on its way to {author}.
2. Add an internal note if the case has a number or a caseworker.
3. Export the conversation as a case record (PDF and JSON) and file it in the records system.</source>
        <translation>Hänvisat. Så här diarieför du ärendet:

1. ✓ Hänvisningen till den officiella kanalen är på väg till {author}.
2. Skriv en intern anteckning om ärendet har ett diarienummer eller en handläggare.
3. Exportera konversationen som ärendeakt (PDF och JSON) och lägg in den i ärendehanteringssystemet.</translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation>invånaren</translation>
    </message>
    <message>
        <source>Export as case record…</source>
        <translation>Exportera som ärendeunderlag…</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <source>Block the author?</source>
        <translation>Blockera avsändaren?</translation>
    </message>
    <message>
        <source>Block {author} on {platform}? The account no longer sees their posts and they cannot reply to it; they can see that they are blocked. Unblock on {platform} itself.</source>
        <translation>Blockera {author} på {platform}? Kontot ser inte längre personens inlägg och personen kan inte svara kontot. Personen kan se att den är blockerad. Blockeringen hävs på {platform}.</translation>
    </message>
    <message>
        <source>Reject on YouTube?</source>
        <translation>Avvisa på YouTube?</translation>
    </message>
    <message>
        <source>Rejecting hides the comment and all its replies for good. Continue?</source>
        <translation>Om du avvisar döljs kommentaren och alla svar på den för gott. Vill du fortsätta?</translation>
    </message>
    <message>
        <source>Fill in before sending: {names}.</source>
        <translation>Fyll i innan du skickar: {names}.</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>Svaret är tomt.</translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation>Skicka ändå?</translation>
    </message>
    <message>
        <source>The checker found problems in this reply:

{problems}

Send it anyway?</source>
        <translation>Granskningen hittade problem i svaret:

{problems}

Vill du skicka det ändå?</translation>
    </message>
    <message>
        <source>Holding reply queued; it is sent in the background.</source>
        <translation>Det tillfälliga svaret ligger i utkorgen och skickas i bakgrunden.</translation>
    </message>
    <message>
        <source>Reply queued; it is sent in the background.</source>
        <translation>Svaret ligger i utkorgen och skickas i bakgrunden.</translation>
    </message>
    <message>
        <source>Sending in {n} seconds – Undo takes it back.</source>
        <translation>Skickas om {n} sekunder – Ångra tar tillbaka det.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Take the reply back before it is sent</source>
        <translation>Ta tillbaka svaret innan det skickas</translation>
    </message>
    <message>
        <source>Undone; nothing was sent.</source>
        <translation>Ångrat – ingenting skickades.</translation>
    </message>
    <message>
        <source>Assign anyway?</source>
        <translation>Tilldela ändå?</translation>
    </message>
    <message>
        <source>{problem}

Assign it to them anyway?</source>
        <translation>{problem}

Vill du tilldela det ändå?</translation>
    </message>
    <message>
        <source>Not assigned.</source>
        <translation>Inte tilldelat.</translation>
    </message>
    <message>
        <source>Answer anyway?</source>
        <translation>Svara ändå?</translation>
    </message>
    <message>
        <source>{problem}

Send your reply anyway?</source>
        <translation>{problem}

Vill du skicka ditt svar ändå?</translation>
    </message>
    <message>
        <source>Not sent; your text is kept.</source>
        <translation>Inte skickat; din text finns kvar.</translation>
    </message>
    <message>
        <source>Trying again.</source>
        <translation>Försöker igen.</translation>
    </message>
    <message>
        <source>Discard?</source>
        <translation>Kasta?</translation>
    </message>
    <message>
        <source>Do not send this action? The item goes back to where it was.</source>
        <translation>Vill du låta bli att skicka åtgärden? Meddelandet går tillbaka dit det var.</translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation>Åtgärden har slängts.</translation>
    </message>
    <message>
        <source>Case record saved: {pdf} and {json}</source>
        <translation>Ärendeunderlaget har sparats: {pdf} och {json}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>Show the folder in the file manager</source>
        <translation>Visa mappen i filhanteraren</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Dölj meddelandet</translation>
    </message>
    <message>
        <source>Writing the case record…</source>
        <translation>Skriver ärendeunderlaget…</translation>
    </message>
    <message>
        <source>Forget this person?</source>
        <translation>Glömma den här personen?</translation>
    </message>
    <message>
        <source>Forget {author} on {account}?

Every item by {author} on {account} kept in Svarbox is anonymised: the text, the name and the link are removed, open items are closed as needing no reply, and actions waiting to be sent for them are discarded. The name {author} is also removed from every other text Svarbox keeps (other items, replies, notes), on every account.

This cannot be undone. Nothing changes on {platform} itself.</source>
        <translation>Vill du glömma {author} på {account}?

Alla meddelanden från {author} på {account} som finns i Svarbox anonymiseras: texten, namnet och länken tas bort, öppna meddelanden stängs som att inget svar behövs och åtgärder för dem som väntar på att skickas slängs. Namnet {author} tas också bort ur alla andra texter som Svarbox sparar (andra meddelanden, svar, anteckningar), på alla konton.

Det går inte att ångra. Ingenting ändras på själva {platform}.</translation>
    </message>
    <message numerus="yes">
        <source>Forgotten: %n item(s) anonymised.</source>
        <translation>
            <numerusform>Personen är glömd: %n meddelande anonymiserat.</numerusform>
            <numerusform>Personen är glömd: %n meddelanden anonymiserade.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Not possible while the team database cannot be reached; replies, holding replies and hiding are kept on this computer, the rest has to wait.</source>
        <translation>Går inte medan teamets databas inte kan nås; svar, tillfälliga svar och dolda kommentarer sparas på den här datorn, resten får vänta.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Kontot finns inte längre.</translation>
    </message>
    <message>
        <source>No case channel is set for this account&apos;s institution; add it in Settings before referring.</source>
        <translation>Ingen officiell kanal är angiven för kontots organisation. Lägg till den under Inställningar innan du hänvisar.</translation>
    </message>
    <message>
        <source>There is no referral template; add one in Templates.</source>
        <translation>Det finns ingen mall för hänvisning. Lägg till en under Mallar.</translation>
    </message>
    <message>
        <source>The referral template needs values Svarbox does not have ({names}); write the referral in the composer instead.</source>
        <translation>Mallen för hänvisning behöver uppgifter som Svarbox inte har ({names}). Skriv i stället hänvisningen i svarsfältet.</translation>
    </message>
    <message>
        <source>The referral template is longer than {platform} allows ({limit} characters); write a shorter referral in the composer.</source>
        <translation>Mallen för hänvisning är längre än {platform} tillåter ({limit} tecken). Skriv en kortare hänvisning i svarsfältet.</translation>
    </message>
    <message>
        <source>That action is not possible for this item.</source>
        <translation>Den åtgärden går inte att göra för det här meddelandet.</translation>
    </message>
    <message>
        <source>This is the account&apos;s own post; it can only be deleted.</source>
        <translation>Det här är kontots eget inlägg – det kan bara raderas.</translation>
    </message>
    <message>
        <source>A direct message cannot be hidden on the platform; mark it as needing no reply instead.</source>
        <translation>Ett direktmeddelande kan inte döljas på plattformen. Markera det i stället som att det inte behöver svar.</translation>
    </message>
    <message>
        <source>X lets the account hide only replies in conversations it started; this post is not one of them.</source>
        <translation>X låter bara kontot dölja svar i konversationer som kontot självt har startat – det gäller inte det här inlägget.</translation>
    </message>
    <message>
        <source>X lets the account delete only its own posts.</source>
        <translation>X låter bara kontot radera sina egna inlägg.</translation>
    </message>
    <message>
        <source>YouTube lets only a comment&apos;s author delete it; reject it instead.</source>
        <translation>På YouTube kan bara skribenten radera en kommentar – avvisa den i stället.</translation>
    </message>
    <message>
        <source>Bluesky lets the account hide only replies in threads it started; mute, block or report the author instead.</source>
        <translation>På Bluesky kan kontot bara dölja svar i trådar som det själv har startat. Tysta, blockera eller anmäl avsändaren i stället.</translation>
    </message>
    <message>
        <source>Mastodon has no way to hide a post; mute, block or report the author instead.</source>
        <translation>Mastodon kan inte dölja inlägg. Tysta, blockera eller anmäl avsändaren i stället.</translation>
    </message>
    <message>
        <source>Svarbox can mute, block and report only on Bluesky and Mastodon; on {platform} do it on the platform itself.</source>
        <translation>Svarbox kan bara tysta, blockera och anmäla på Bluesky och Mastodon. På {platform} görs det på plattformen.</translation>
    </message>
    <message>
        <source>LinkedIn cannot hide comments; delete it or mark it as needing no reply.</source>
        <translation>LinkedIn kan inte dölja kommentarer. Radera den eller markera att den inte behöver svar.</translation>
    </message>
    <message>
        <source>The referral is sent as a reply, and the platform does not allow one here; mark it as needing no reply and refer on the platform itself.</source>
        <translation>Hänvisningen skickas som ett svar, och plattformen tillåter inte svar här. Markera att den inte behöver svar och hänvisa direkt på plattformen.</translation>
    </message>
    <message>
        <source>The platform&apos;s reply window for this conversation has closed; answer through the official case channel instead.</source>
        <translation>Plattformens svarsfönster för den här konversationen har stängt. Svara i stället via den officiella kanalen.</translation>
    </message>
    <message>
        <source>Kept on this computer; it goes to the outbox when the team database is back.</source>
        <translation>Sparat på den här datorn; det läggs i utkorgen när teamets databas är tillbaka.</translation>
    </message>
    <message>
        <source>Instagram has no way for an app to ban or restrict an account; hide the comment instead (restricting is done in the Instagram app).</source>
        <translation>Instagram låter inte appar blockera eller begränsa ett konto; dölj kommentaren i stället (begränsning görs i Instagram-appen).</translation>
    </message>
    <message>
        <source>On YouTube the author is banned together with rejecting a comment: use Spam and choose “Reject and ban the author”.</source>
        <translation>På YouTube blockeras avsändaren samtidigt som en kommentar avvisas: använd Skräppost och välj ”Avvisa och blockera avsändaren”.</translation>
    </message>
    <message>
        <source>{platform} has no bans by an account; block the author instead.</source>
        <translation>{platform} har inga avstängningar från ett konto; blockera avsändaren i stället.</translation>
    </message>
    <message>
        <source>{platform} does not let Svarbox ban an author.</source>
        <translation>{platform} låter inte Svarbox blockera en avsändare.</translation>
    </message>
    <message>
        <source>Only the author of a comment can be banned from the Page.</source>
        <translation>Bara avsändaren av en kommentar kan blockeras från sidan.</translation>
    </message>
    <message>
        <source>Facebook did not tell Svarbox who wrote this comment, so its author cannot be banned from the Page; hide the comment instead.</source>
        <translation>Facebook har inte talat om för Svarbox vem som skrev kommentaren, så avsändaren kan inte blockeras från sidan; dölj kommentaren i stället.</translation>
    </message>
    <message>
        <source>Svarbox has not banned this author from the Page.</source>
        <translation>Svarbox har inte blockerat den här avsändaren från sidan.</translation>
    </message>
    <message>
        <source>This author is already banned from the Page (or the ban is on its way).</source>
        <translation>Avsändaren är redan blockerad från sidan (eller blockeringen är på väg).</translation>
    </message>
    <message>
        <source>Banning needs the team database, which cannot be reached; mark the item as spam now and ban the author later.</source>
        <translation>Blockering kräver teamdatabasen, som inte går att nå; markera ärendet som skräppost nu och blockera avsändaren senare.</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Show picture</source>
        <translation>Visa bild</translation>
    </message>
    <message>
        <source>Load this picture from the platform (kept in your data folder until the item is purged)</source>
        <translation>Hämta bilden från plattformen (sparas i din datamapp tills ärendet gallras)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Hämtar…</translation>
    </message>
    <message>
        <source>Pictures can be loaded in the main window only.</source>
        <translation>Bilder kan bara hämtas i huvudfönstret.</translation>
    </message>
    <message>
        <source>This is not a picture Svarbox can show, or it is larger than 10 MB.</source>
        <translation>Det är inte en bild som Svarbox kan visa, eller så är den större än 10 MB.</translation>
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
        <translation>Klistermärke</translation>
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
        <translation>Länk: {host}</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>This item is no longer in the cache.</source>
        <translation>Ärendet finns inte längre i cachen.</translation>
    </message>
    <message>
        <source>There is no picture to show for this attachment.</source>
        <translation>Det finns ingen bild att visa för den här bilagan.</translation>
    </message>
    <message>
        <source>The picture could not be loaded; try again later.</source>
        <translation>Bilden kunde inte hämtas; försök igen senare.</translation>
    </message>
    <message>
        <source>The demo and training workspaces have no real pictures; in your own inbox the picture is loaded from the platform.</source>
        <translation>Demo- och övningsmiljön har inga riktiga bilder; i er egen inkorg hämtas bilden från plattformen.</translation>
    </message>
    <message>
        <source>The picture is larger than 10 MB; open it on the platform instead.</source>
        <translation>Bilden är större än 10 MB; öppna den på plattformen i stället.</translation>
    </message>
    <message>
        <source>The platform sent something that is not a picture; it is not shown.</source>
        <translation>Plattformen skickade något som inte är en bild; det visas inte.</translation>
    </message>
    <message>
        <source>The picture could not be loaded: no connection to the platform.</source>
        <translation>Bilden kunde inte hämtas: ingen anslutning till plattformen.</translation>
    </message>
    <message>
        <source>The platform no longer gives this picture (the link has expired or it was removed). Sync again, or open it on the platform.</source>
        <translation>Plattformen lämnar inte längre ut bilden (länken har gått ut eller bilden är borttagen). Synkronisera igen eller öppna den på plattformen.</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>{value} is not a date; write e.g. 2026-12-01 or 2026-12-01T08:00.</source>
        <translation>{value} är inte ett datum; skriv t.ex. 2026-12-01 eller 2026-12-01T08:00.</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>öppnat</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>besvarat</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exporterat</translation>
    </message>
    <message>
        <source>hid</source>
        <translation>dolt</translation>
    </message>
    <message>
        <source>forgot</source>
        <translation>glömt</translation>
    </message>
    <message>
        <source>reassigned</source>
        <translation>omfördelat</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roller</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annat</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Allt</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Spara som &amp;CSV…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Save the audit log</source>
        <translation>Spara granskningsloggen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n händelse</numerusform>
            <numerusform>%n händelser</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log cannot be read.</source>
        <translation>Granskningsloggen kan inte läsas.</translation>
    </message>
    <message>
        <source>The file cannot be written: {reason}</source>
        <translation>Filen kan inte skrivas: {reason}</translation>
    </message>
    <message>
        <source>Saved {count} events to {path}.</source>
        <translation>Sparade {count} händelser i {path}.</translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>{done} of {total} done.</source>
        <translation>{done} av {total} klara.</translation>
    </message>
    <message>
        <source>{n} not possible: {reason}</source>
        <translation>{n} inte möjligt: {reason}</translation>
    </message>
    <message>
        <source>Not a bulk action: {action}</source>
        <translation>Inte en åtgärd för flera samtidigt: {action}</translation>
    </message>
    <message>
        <source>Choose the template to close the items with.</source>
        <translation>Välj mallen som ärendena ska stängas med.</translation>
    </message>
</context>
<context>
    <name>BulkController</name>
    <message>
        <source>&amp;Selection</source>
        <translation>&amp;Markerade</translation>
    </message>
    <message>
        <source>Hide all selected</source>
        <translation>Dölj alla markerade</translation>
    </message>
    <message>
        <source>Hiding</source>
        <translation>Döljer</translation>
    </message>
    <message>
        <source>Mark all selected as spam</source>
        <translation>Markera alla markerade som skräppost</translation>
    </message>
    <message>
        <source>Marking as spam</source>
        <translation>Markerar som skräppost</translation>
    </message>
    <message>
        <source>No reply needed for all selected</source>
        <translation>Inget svar behövs för alla markerade</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Stänger</translation>
    </message>
    <message>
        <source>Mark selected read</source>
        <translation>Markera markerade som lästa</translation>
    </message>
    <message>
        <source>Marking read</source>
        <translation>Markerar som läst</translation>
    </message>
    <message>
        <source>Mark selected unread</source>
        <translation>Markera markerade som olästa</translation>
    </message>
    <message>
        <source>Marking unread</source>
        <translation>Markerar som oläst</translation>
    </message>
    <message>
        <source>Mark all in this view read</source>
        <translation>Markera allt i den här vyn som läst</translation>
    </message>
    <message>
        <source>Assign all selected to…</source>
        <translation>Tilldela alla markerade till …</translation>
    </message>
    <message>
        <source>Close all selected with a template…</source>
        <translation>Stäng alla markerade med en mall …</translation>
    </message>
    <message>
        <source>Topics in this view…</source>
        <translation>Ämnen i den här vyn …</translation>
    </message>
    <message>
        <source>The view&apos;s items grouped by what they are about; answer or close a group at once</source>
        <translation>Vyns ärenden grupperade efter vad de handlar om – svara på eller stäng en hel grupp på en gång</translation>
    </message>
    <message>
        <source>Show failed actions</source>
        <translation>Visa misslyckade åtgärder</translation>
    </message>
    <message>
        <source>Select one or more items first.</source>
        <translation>Markera först ett eller flera ärenden.</translation>
    </message>
    <message>
        <source>{doing}: {done} of {total}…</source>
        <translation>{doing}: {done} av {total} …</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked read.</source>
        <translation>
            <numerusform>%n ärende markerat som läst.</numerusform>
            <numerusform>%n ärenden markerade som lästa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Tilldela</translation>
    </message>
    <message>
        <source>Assign the selected items to (empty: nobody):</source>
        <translation>Tilldela de markerade ärendena till (tomt: ingen):</translation>
    </message>
    <message>
        <source>Assigning</source>
        <translation>Tilldelar</translation>
    </message>
    <message>
        <source>Assign anyway?</source>
        <translation>Tilldela ändå?</translation>
    </message>
    <message>
        <source>{problem}

Assign them anyway?</source>
        <translation>{problem}

Vill du tilldela dem ändå?</translation>
    </message>
    <message>
        <source>Not assigned.</source>
        <translation>Inte tilldelat.</translation>
    </message>
    <message>
        <source>There are no templates yet.</source>
        <translation>Det finns inga mallar än.</translation>
    </message>
    <message>
        <source>Close with a template</source>
        <translation>Stäng med en mall</translation>
    </message>
    <message>
        <source>Each selected item gets this template as its reply (filled in for its author), with your signature:</source>
        <translation>Varje markerat ärende får den här mallen som svar (ifylld för skribenten) med din signatur:</translation>
    </message>
    <message>
        <source>Send to all selected?</source>
        <translation>Skicka till alla markerade?</translation>
    </message>
    <message>
        <source>Send “{name}” as the reply to {n} items?</source>
        <translation>Skicka ”{name}” som svar på {n} ärenden?</translation>
    </message>
    <message>
        <source>Replying</source>
        <translation>Svarar</translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Token (not shown): </source>
        <translation>Token (visas inte): </translation>
    </message>
    <message>
        <source>No token given; pass it on standard input with --token-stdin.</source>
        <translation>Ingen token angavs; skicka den via standard in med --token-stdin.</translation>
    </message>
    <message>
        <source>Browser sign-in here is for Mastodon and needs --base-url.</source>
        <translation>Inloggning via webbläsaren gäller här bara Mastodon och kräver --base-url.</translation>
    </message>
    <message>
        <source>Connected {name} ({platform}).</source>
        <translation>{name} ({platform}) är anslutet.</translation>
    </message>
    <message>
        <source>Facebook browser sign-in needs the Meta App ID: --app-id.</source>
        <translation>Inloggning med webbläsaren på Facebook kräver Meta-appens App ID: --app-id.</translation>
    </message>
    <message>
        <source>Meta App secret (not shown, not kept): </source>
        <translation>Meta-appens App secret (visas inte, sparas inte): </translation>
    </message>
    <message>
        <source>Approve Svarbox in the browser; if it does not open, visit:
{url}</source>
        <translation>Godkänn Svarbox i webbläsaren. Om den inte öppnas, gå till:
{url}</translation>
    </message>
    <message>
        <source>Paste the whole address of Facebook&apos;s Success page: </source>
        <translation>Klistra in hela adressen till Facebooks Success-sida: </translation>
    </message>
    <message>
        <source>Signed in for the Page {page} ({id}).</source>
        <translation>Inloggad för sidan {page} ({id}).</translation>
    </message>
    <message>
        <source>Instagram browser sign-in needs the Instagram App ID: --app-id.</source>
        <translation>Inloggning på Instagram via webbläsaren kräver Instagram-appens app-id: --app-id.</translation>
    </message>
    <message>
        <source>Instagram app secret (not shown, not kept): </source>
        <translation>Instagram-appens app secret (visas inte, sparas inte): </translation>
    </message>
    <message>
        <source>Allow Svarbox in the browser; if it does not open, visit:
{url}</source>
        <translation>Tillåt Svarbox i webbläsaren. Om den inte öppnas, gå till:
{url}</translation>
    </message>
    <message>
        <source>Paste the whole address the browser ended on: </source>
        <translation>Klistra in hela adressen som webbläsaren hamnade på: </translation>
    </message>
    <message>
        <source>Signed in as {account} ({id}).</source>
        <translation>Inloggad som {account} ({id}).</translation>
    </message>
    <message>
        <source>Paste the code the server shows: </source>
        <translation>Klistra in koden som servern visar: </translation>
    </message>
    <message>
        <source>No accounts yet; connect one with: svarbox accounts add --help</source>
        <translation>Inga konton ännu; anslut ett med: svarbox accounts add --help</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>ansluten</translation>
    </message>
    <message>
        <source>needs reconnecting</source>
        <translation>behöver anslutas igen</translation>
    </message>
    <message>
        <source>paused by the platform</source>
        <translation>pausad av plattformen</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>sync failed</source>
        <translation>synkroniseringen misslyckades</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>{name} är borttaget.</translation>
    </message>
    <message>
        <source>{name}: the token works ({who}, id {id}).</source>
        <translation>{name}: token fungerar ({who}, id {id}).</translation>
    </message>
    <message>
        <source>Reconnected {name}.</source>
        <translation>{name} är anslutet igen.</translation>
    </message>
    <message>
        <source>Nothing to change; see svarbox accounts set --help.</source>
        <translation>Inget att ändra; se svarbox accounts set --help.</translation>
    </message>
    <message>
        <source>There is no account named {name}.</source>
        <translation>Det finns inget konto som heter {name}.</translation>
    </message>
    <message>
        <source>Queued reply #{id}.</source>
        <translation>Svar #{id} har lagts i utkorgen.</translation>
    </message>
    <message>
        <source>Deleting cannot be undone; add --yes to delete item {id}.</source>
        <translation>Det går inte att ångra en radering; lägg till --yes för att radera ärende {id}.</translation>
    </message>
    <message>
        <source>Delete item {id} on its platform? This cannot be undone. [y/N] </source>
        <translation>Radera ärende {id} på plattformen? Det går inte att ångra. [j/N] </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Inget raderades.</translation>
    </message>
    <message>
        <source>Sending in {n} seconds; press Ctrl+C to undo.</source>
        <translation>Skickas om {n} sekunder – tryck Ctrl+C för att ångra.</translation>
    </message>
    <message>
        <source>Undone; nothing was sent and the item is back where it was.</source>
        <translation>Ångrat – ingenting skickades och ärendet är tillbaka där det var.</translation>
    </message>
    <message>
        <source>A ban is felt by the author; add --yes to ban the author of item {id} from the Page.</source>
        <translation>Avsändaren märker en blockering; lägg till --yes för att blockera avsändaren av ärende {id} från sidan.</translation>
    </message>
    <message>
        <source>Ban the author of item {id} from the Page? [y/N] </source>
        <translation>Blockera avsändaren av ärende {id} från sidan? [j/N] </translation>
    </message>
    <message>
        <source>Nobody was banned.</source>
        <translation>Ingen blockerades.</translation>
    </message>
    <message>
        <source>Blocking is visible to the author; add --yes to block the author of item {id}.</source>
        <translation>Avsändaren kan se blockeringen. Lägg till --yes för att blockera avsändaren av ärende {id}.</translation>
    </message>
    <message>
        <source>Block the author of item {id} on its platform? [y/N] </source>
        <translation>Blockera avsändaren av ärende {id} på plattformen? [j/N] </translation>
    </message>
    <message>
        <source>Nobody was blocked.</source>
        <translation>Ingen blockerades.</translation>
    </message>
    <message>
        <source>Queued {action} #{id}.</source>
        <translation>Åtgärden {action} #{id} har lagts i utkorgen.</translation>
    </message>
    <message>
        <source>Name the action: svarbox outbox {command} ID (see svarbox outbox --failed).</source>
        <translation>Ange åtgärden: svarbox outbox {command} ID (se svarbox outbox --failed).</translation>
    </message>
    <message>
        <source>Give the new text with --text.</source>
        <translation>Ange den nya texten med --text.</translation>
    </message>
    <message>
        <source>Discarded #{id}; the item is back where it was.</source>
        <translation>#{id} är slängd – ärendet är tillbaka där det var.</translation>
    </message>
    <message>
        <source>Queued #{id} again.</source>
        <translation>#{id} ligger i kö igen.</translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation>Inget att skicka.</translation>
    </message>
    <message>
        <source>No failed actions.</source>
        <translation>Inga misslyckade åtgärder.</translation>
    </message>
    <message>
        <source>There is no institution named {name}.</source>
        <translation>Det finns ingen verksamhet som heter {name}.</translation>
    </message>
    <message>
        <source>{name}: {status}, {new} new, {answered} answered on the platform</source>
        <translation>{name}: {status}, {new} nya, {answered} besvarade på plattformen</translation>
    </message>
    <message>
        <source>Imported {added} new and {updated} changed templates.</source>
        <translation>Importerade {added} nya och {updated} ändrade mallar.</translation>
    </message>
    <message>
        <source>Exported {count} templates to {file}.</source>
        <translation>Exporterade {count} mallar till {file}.</translation>
    </message>
    <message>
        <source>“{text}” is not a time such as 2026-12-24 09:00.</source>
        <translation>”{text}” är inte en tidpunkt som 2026-12-24 09:00.</translation>
    </message>
    <message>
        <source>Give one --alt text for each --image: every image needs a description.</source>
        <translation>Ange en --alt-text för varje --image: varje bild behöver en beskrivning.</translation>
    </message>
    <message>
        <source>(needs a running Svarbox at that time)</source>
        <translation>(kräver att Svarbox är igång vid den tidpunkten)</translation>
    </message>
    <message>
        <source>Wrote {count} entries to {file}.</source>
        <translation>Skrev {count} poster till {file}.</translation>
    </message>
    <message>
        <source>Post {id} approved; it is scheduled.</source>
        <translation>Inlägg {id} är godkänt och schemalagt.</translation>
    </message>
    <message>
        <source>Post {id} rejected.</source>
        <translation>Inlägg {id} har avvisats.</translation>
    </message>
    <message>
        <source>Svarbox worker running; log: {path}</source>
        <translation>Svarbox-arbetaren körs; logg: {path}</translation>
    </message>
    <message>
        <source>Published per account and week:</source>
        <translation>Publicerat per konto och vecka:</translation>
    </message>
    <message>
        <source>Comments per post:</source>
        <translation>Kommentarer per inlägg:</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2026-12-24.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-12-24.</translation>
    </message>
    <message numerus="yes">
        <source>Away until {date}; %n item(s) went back to the team.</source>
        <translation>
            <numerusform>Borta till {date}; %n ärende gick tillbaka till teamet.</numerusform>
            <numerusform>Borta till {date}; %n ärenden gick tillbaka till teamet.</numerusform>
        </translation>
    </message>
    <message>
        <source>New items on {account}: {mode}.</source>
        <translation>Nya ärenden på {account}: {mode}.</translation>
    </message>
    <message>
        <source>Name one or more items, or a view with --view.</source>
        <translation>Ange ett eller flera ärenden eller en vy med --view.</translation>
    </message>
    <message>
        <source>Item {id}: {reason}</source>
        <translation>Ärende {id}: {reason}</translation>
    </message>
    <message>
        <source>Add --anyway to assign to them all the same.</source>
        <translation>Lägg till --anyway för att tilldela ändå.</translation>
    </message>
    <message>
        <source>{n} failed at the platform; the items are back where they were (svarbox outbox --failed).</source>
        <translation>{n} misslyckades på plattformen – ärendena är tillbaka där de var (svarbox outbox --failed).</translation>
    </message>
    <message>
        <source>Note added to item {id}.</source>
        <translation>Intern anteckning tillagd på meddelande {id}.</translation>
    </message>
    <message>
        <source>Queued private reply #{id}.</source>
        <translation>Privat svar #{id} har lagts i utkorgen.</translation>
    </message>
    <message>
        <source>There is no template called {name}; `svarbox templates` lists them.</source>
        <translation>Det finns ingen mall som heter {name}; `svarbox templates` listar dem.</translation>
    </message>
    <message>
        <source>Several templates are called {name}; choose one with --language ({langs}).</source>
        <translation>Flera mallar heter {name}; välj en med --language ({langs}).</translation>
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
        <translation>utkast</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>väntar på godkännande</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>schemalagt</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>publiceras</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publicerat</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslyckades</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avvisat</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Nyhetsbrev</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Press</translation>
    </message>
    <message>
        <source>Signs</source>
        <translation>Skyltar</translation>
    </message>
    <message>
        <source>Planning calendar</source>
        <translation>Planeringskalender</translation>
    </message>
</context>
<context>
    <name>CalendarWidget</name>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Föregående period</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Idag</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Nästa period</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Förvaltning</translation>
    </message>
    <message>
        <source>Campaign or label</source>
        <translation>Kampanj eller etikett</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>Annan kanal…</translation>
    </message>
    <message>
        <source>Plan web, newsletter, press or signs next to the posts</source>
        <translation>Planera webb, nyhetsbrev, press eller skyltar bredvid inläggen</translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation>Exportera .ics…</translation>
    </message>
    <message>
        <source>Save the calendar for Outlook or another calendar to import or subscribe to</source>
        <translation>Spara kalendern så att Outlook eller en annan kalender kan importera eller prenumerera på den</translation>
    </message>
    <message>
        <source>New post…</source>
        <translation>Nytt inlägg…</translation>
    </message>
    <message>
        <source>Compose a post for one or more accounts</source>
        <translation>Skriv ett inlägg till ett eller flera konton</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alla konton</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Alla förvaltningar</translation>
    </message>
    <message>
        <source>All campaigns and labels</source>
        <translation>Alla kampanjer och etiketter</translation>
    </message>
    <message>
        <source>Week {week}: {first} – {last}</source>
        <translation>Vecka {week}: {first} – {last}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
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
        <translation>augusti</translation>
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
        <translation>mån</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tis</translation>
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
        <translation>lör</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n post(s) go out only if Svarbox is running at that time (this window or svarbox worker): their platforms cannot schedule.</source>
        <translation>
            <numerusform>⚠ %n inlägg publiceras bara om Svarbox är igång vid den tidpunkten (det här fönstret eller svarbox worker): plattformen kan inte själv schemalägga.</numerusform>
            <numerusform>⚠ %n inlägg publiceras bara om Svarbox är igång vid den tidpunkten (det här fönstret eller svarbox worker): plattformarna kan inte själva schemalägga.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goes out only if Svarbox is running at that time.</source>
        <translation>Publiceras bara om Svarbox är igång vid den tidpunkten.</translation>
    </message>
    <message>
        <source>Comment: {text}</source>
        <translation>Kommentar: {text}</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Godkänn</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Avvisa…</translation>
    </message>
    <message>
        <source>Schedule or propose</source>
        <translation>Schemalägg eller föreslå</translation>
    </message>
    <message>
        <source>Open on the platform</source>
        <translation>Öppna på plattformen</translation>
    </message>
    <message>
        <source>Reject the post</source>
        <translation>Avvisa inlägget</translation>
    </message>
    <message>
        <source>Why? The colleague sees this.</source>
        <translation>Varför? Kollegan ser motiveringen.</translation>
    </message>
    <message>
        <source>Give the entry a title.</source>
        <translation>Ge posten en rubrik.</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Exportera kalendern</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The calendar could not be saved: {reason}</source>
        <translation>Kalendern kunde inte sparas: {reason}</translation>
    </message>
</context>
<context>
    <name>CaseApprovalDialog</name>
    <message>
        <source>Turn this conversation into a training case</source>
        <translation>Gör konversationen till ett övningsfall</translation>
    </message>
    <message>
        <source>Check that nothing in the case identifies a person or a place. Nothing is saved until you approve.</source>
        <translation>Kontrollera att inget i fallet kan identifiera en person eller en plats. Inget sparas förrän du godkänner.</translation>
    </message>
    <message>
        <source>Anonymised case</source>
        <translation>Anonymiserat fall</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation>Ersättningar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttaget</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Ersatt med</translation>
    </message>
    <message>
        <source>Places to remove</source>
        <translation>Platser som ska tas bort</translation>
    </message>
    <message>
        <source>Places to remove, separated by commas</source>
        <translation>Platser som ska tas bort, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>Remove these places</source>
        <translation>Ta bort de här platserna</translation>
    </message>
    <message>
        <source>Approve and save…</source>
        <translation>Godkänn och spara…</translation>
    </message>
    <message>
        <source>Approve and save</source>
        <translation>Godkänn och spara</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-postadress</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>Written in capitals: this reads as shouting.</source>
        <translation>Skrivet med versaler: det uppfattas som att du skriker.</translation>
    </message>
    <message>
        <source>Unknown language “{language}”; use one of: {names}.</source>
        <translation>Okänt språk ”{language}”; använd något av: {names}.</translation>
    </message>
    <message>
        <source>This looks like a Danish CPR number. Never publish personal identity numbers.</source>
        <translation>Det här ser ut som ett danskt CPR-nummer. Publicera aldrig identitetsnummer.</translation>
    </message>
    <message>
        <source>This may be a Danish CPR number (a real birth date; newer numbers have no check digit). Never publish personal identity numbers.</source>
        <translation>Det här kan vara ett danskt CPR-nummer (ett riktigt födelsedatum; nyare nummer saknar kontrollsiffra). Publicera aldrig personnummer eller andra id-nummer.</translation>
    </message>
    <message>
        <source>This looks like a Swedish personnummer. Never publish personal identity numbers.</source>
        <translation>Det här ser ut som ett svenskt personnummer. Publicera aldrig identitetsnummer.</translation>
    </message>
    <message>
        <source>This looks like a Swedish samordningsnummer. Never publish personal identity numbers.</source>
        <translation>Det här ser ut som ett svenskt samordningsnummer. Publicera aldrig identitetsnummer.</translation>
    </message>
    <message>
        <source>Link without https: use the secure https:// address.</source>
        <translation>Länk utan https: använd den säkra https://-adressen.</translation>
    </message>
    <message>
        <source>E-mail address in a public reply: if it belongs to a private person, continue in a private message.</source>
        <translation>E-postadress i ett offentligt svar: om den tillhör en privatperson, fortsätt i ett privat meddelande.</translation>
    </message>
    <message>
        <source>Phone number in a public reply: make sure it is not a private person&apos;s number.</source>
        <translation>Telefonnummer i ett offentligt svar: se till att det inte är en privatpersons nummer.</translation>
    </message>
    <message>
        <source>An invisible character (U+{code}) that X refuses: the post would fail. Remove it.</source>
        <translation>Ett osynligt tecken (U+{code}) som X inte godtar: inlägget skulle misslyckas. Ta bort det.</translation>
    </message>
    <message>
        <source>{length} weighted characters; {platform} allows {limit}. Shorten the reply by {over}.</source>
        <translation>{length} viktade tecken; {platform} tillåter {limit}. Korta svaret med {over}.</translation>
    </message>
    <message>
        <source>{length} characters; {platform} allows {limit}. Shorten the reply by {over}.</source>
        <translation>{length} tecken; {platform} tillåter {limit}. Korta svaret med {over}.</translation>
    </message>
    <message>
        <source>The reply starts cold: open with a greeting, e.g. “{example}”.</source>
        <translation>Svaret börjar kyligt: inled med en hälsning, t.ex. ”{example}”.</translation>
    </message>
    <message>
        <source>Your signature appears more than once.</source>
        <translation>Din signatur finns med mer än en gång.</translation>
    </message>
    <message>
        <source>The reply does not end with your signature “{signature}”.</source>
        <translation>Svaret slutar inte med din signatur ”{signature}”.</translation>
    </message>
    <message>
        <source>The answer comes after the promised time: say sorry for the wait.</source>
        <translation>Svaret kommer senare än utlovat: be om ursäkt för väntan.</translation>
    </message>
    <message>
        <source>Unknown platform “{platform}”; use one of: {names}.</source>
        <translation>Okänd plattform ”{platform}”; använd någon av: {names}.</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>A class needs a session folder (--class-folder) or a team database (--class-database).</source>
        <translation>En klass behöver en kursmapp (--class-folder) eller en teamdatabas (--class-database).</translation>
    </message>
    <message>
        <source>“{code}” is not a class code (4–12 letters and digits).</source>
        <translation>”{code}” är ingen klasskod (4–12 bokstäver och siffror).</translation>
    </message>
    <message>
        <source>The session folder {folder} cannot be written ({reason}).</source>
        <translation>Det går inte att skriva i kursmappen {folder} ({reason}).</translation>
    </message>
    <message>
        <source>A class with the code {code} already exists.</source>
        <translation>Det finns redan en klass med koden {code}.</translation>
    </message>
    <message>
        <source>The pack has no scenarios to play.</source>
        <translation>Paketet har inga scenarier att spela upp.</translation>
    </message>
    <message>
        <source>The class {code} cannot be read.</source>
        <translation>Klassen {code} går inte att läsa.</translation>
    </message>
    <message>
        <source>Trainee {n}</source>
        <translation>Kursdeltagare {n}</translation>
    </message>
    <message>
        <source>Write your name to join the class.</source>
        <translation>Skriv ditt namn för att gå med i klassen.</translation>
    </message>
    <message>
        <source>There is no class with the code {code}.</source>
        <translation>Det finns ingen klass med koden {code}.</translation>
    </message>
    <message>
        <source>The class {code} has finished.</source>
        <translation>Klassen {code} är avslutad.</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Utbildare</translation>
    </message>
    <message>
        <source>The trainer chose your answer as the model answer.</source>
        <translation>Utbildaren valde ditt svar som mönstersvar.</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Holding reply</source>
        <translation>Preliminärt svar</translation>
    </message>
    <message>
        <source>No reply needed</source>
        <translation>Inget svar behövs</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Hänvisad</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Dold</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Skräp</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Raderad</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Inget svar än</translation>
    </message>
</context>
<context>
    <name>Collab</name>
    <message>
        <source>{name} already answered this at {time}.</source>
        <translation>{name} har redan svarat på det här kl. {time}.</translation>
    </message>
    <message>
        <source>{name} already answered this; the answer is waiting in the outbox.</source>
        <translation>{name} har redan svarat på det här; svaret väntar i utkorgen.</translation>
    </message>
    <message>
        <source>This was already answered on {platform} itself.</source>
        <translation>Det här har redan besvarats direkt på {platform}.</translation>
    </message>
    <message>
        <source>{name} already marked this as answered at {time}.</source>
        <translation>{name} markerade redan det här som besvarat kl. {time}.</translation>
    </message>
    <message>
        <source>{name} is answering this right now.</source>
        <translation>{name} svarar på det här just nu.</translation>
    </message>
    <message>
        <source>{name} assigned an item to you.</source>
        <translation>{name} har tilldelat dig ett meddelande.</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Composer</source>
        <extracomment>Emitted when which actions are possible changes, so the window&apos;s menu follows. The person started writing on this item (typed, or inserted a template): claim it. The person read the team warning and chose to write anyway.</extracomment>
        <translation>Svarspanel</translation>
    </message>
    <message>
        <source>Write and send the reply to the selected item</source>
        <translation>Skriv och skicka svaret på det markerade meddelandet</translation>
    </message>
    <message>
        <source>Write anyway</source>
        <translation>Skriv ändå</translation>
    </message>
    <message>
        <source>Answer this item although a colleague is on it; sending asks once more</source>
        <translation>Svara på meddelandet fast en kollega håller på med det; du får frågan en gång till när du skickar</translation>
    </message>
    <message>
        <source>Insert a template – type to search</source>
        <translation>Infoga en mall – skriv för att söka</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Type words from a template&apos;s name, category or text, then press Enter to insert it</source>
        <translation>Skriv ord ur mallens namn, kategori eller text och tryck sedan på Enter för att infoga den</translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation>Sök mallar</translation>
    </message>
    <message>
        <source>Matching templates</source>
        <translation>Matchande mallar</translation>
    </message>
    <message>
        <source>Templates whose name matches what you typed</source>
        <translation>Mallar vars namn matchar det du skrev</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message>
        <source>All templates, by category</source>
        <translation>Alla mallar, per kategori</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Svarstext</translation>
    </message>
    <message>
        <source>Your reply. Your signature is added automatically. Ctrl+Enter sends.</source>
        <translation>Ditt svar. Din signatur läggs till automatiskt. Ctrl+Enter skickar.</translation>
    </message>
    <message>
        <source>Write a reply, or pick a template above…</source>
        <translation>Skriv ett svar eller välj en mall ovan…</translation>
    </message>
    <message>
        <source>Preview – what will be sent</source>
        <translation>Förhandsgranskning – det här skickas</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>The reply exactly as it will be sent, signature included</source>
        <translation>Svaret exakt som det skickas, med signatur</translation>
    </message>
    <message>
        <source>Checker findings</source>
        <translation>Anmärkningar från granskningen</translation>
    </message>
    <message>
        <source>Problems found in the reply; errors must be confirmed before sending</source>
        <translation>Problem som hittats i svaret; fel måste bekräftas innan du skickar</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Skicka svar</translation>
    </message>
    <message>
        <source>Queue the reply with your signature (Ctrl+Enter)</source>
        <translation>Lägg svaret med din signatur i utkorgen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send holding reply</source>
        <translation>Skicka tillfälligt svar</translation>
    </message>
    <message>
        <source>Send a holding reply now; the follow-up deadline starts</source>
        <translation>Skicka ett tillfälligt svar nu; svarsfristen för uppföljning börjar löpa</translation>
    </message>
    <message>
        <source>Send as private message</source>
        <translation>Skicka som privat meddelande</translation>
    </message>
    <message>
        <source>Send the text as a private message to the commenter instead of a public reply</source>
        <translation>Skicka texten som ett privat meddelande till den som skrev kommentaren i stället för ett offentligt svar</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>Lägg till intern anteckning</translation>
    </message>
    <message>
        <source>A note only your team sees (N)</source>
        <translation>En anteckning som bara ditt team ser (N)</translation>
    </message>
    <message>
        <source>No reply needed</source>
        <translation>Inget svar behövs</translation>
    </message>
    <message>
        <source>Stop the clock without answering (E)</source>
        <translation>Stoppa klockan utan att svara (E)</translation>
    </message>
    <message>
        <source>Refer to case channel</source>
        <translation>Hänvisa till ärendekanalen</translation>
    </message>
    <message>
        <source>Mark as referred to the official case channel</source>
        <translation>Markera som hänvisat till den officiella ärendekanalen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <source>Hide the comment on the platform (H)</source>
        <translation>Dölj kommentaren på plattformen (H)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Avvisa</translation>
    </message>
    <message>
        <source>Reject the comment on YouTube (hides it and its replies for good)</source>
        <translation>Avvisa kommentaren på YouTube (döljer den och dess svar för gott)</translation>
    </message>
    <message>
        <source>Unhide</source>
        <translation>Visa igen</translation>
    </message>
    <message>
        <source>Show the comment again (U)</source>
        <translation>Visa kommentaren igen (U)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message>
        <source>Delete the comment on the platform</source>
        <translation>Radera kommentaren på plattformen</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Mark as spam and stop the clock (S)</source>
        <translation>Markera som spam och stoppa klockan (S)</translation>
    </message>
    <message>
        <source>Mark as spam</source>
        <translation>Markera som spam</translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation>Inget meddelande markerat</translation>
    </message>
    <message>
        <source>Reply to {author} on {account}</source>
        <translation>Svara {author} på {account}</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(okänd)</translation>
    </message>
    <message>
        <source>Suggested: {template}</source>
        <translation>Förslag: {template}</translation>
    </message>
    <message>
        <source>Value for {{{name}}} in the reply</source>
        <translation>Värde för {{{name}}} i svaret</translation>
    </message>
    <message>
        <source>Needed before sending</source>
        <translation>Krävs innan du skickar</translation>
    </message>
    <message>
        <source>{length} / {limit} weighted</source>
        <translation>{length} / {limit} viktade</translation>
    </message>
    <message>
        <source>{length} / {limit}</source>
        <translation>{length} / {limit}</translation>
    </message>
    <message>
        <source>{platform} allows {limit} characters; this reply uses {length}.</source>
        <translation>{platform} tillåter {limit} tecken; det här svaret har {length}.</translation>
    </message>
    <message>
        <source>Character count</source>
        <translation>Antal tecken</translation>
    </message>
    <message>
        <source>Fill in before sending: {names}</source>
        <translation>Fyll i innan du skickar: {names}</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Fill in {names} first</source>
        <translation>Fyll först i {names}</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>Enter a number greater than zero.</source>
        <translation>Ange ett tal större än noll.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created or written ({reason}).</source>
        <translation>Datamappen {path} kan inte skapas eller skrivas till ({reason}).</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Ange ett heltal.</translation>
    </message>
    <message>
        <source>Choose Danish, Swedish or English.</source>
        <translation>Välj danska, svenska eller engelska.</translation>
    </message>
    <message>
        <source>Use a sqlite:/// or postgresql+psycopg:// address.</source>
        <translation>Använd en sqlite:///- eller postgresql+psycopg://-adress.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as DK, SE, NO or FI.</source>
        <translation>Använd en landskod med två bokstäver, t.ex. DK, SE, NO eller FI.</translation>
    </message>
    <message>
        <source>{value} is not a date like 2026-12-24.</source>
        <translation>{value} är inte ett datum som 2026-12-24.</translation>
    </message>
    <message>
        <source>Unknown platform {platform}; use one of: {choices}.</source>
        <translation>Okänd plattform {platform}; använd någon av dessa: {choices}.</translation>
    </message>
    <message>
        <source>An update feed address must use https.</source>
        <translation>Adressen för uppdateringar måste använda https.</translation>
    </message>
    <message>
        <source>There is no setting called {key}.</source>
        <translation>Det finns ingen inställning som heter {key}.</translation>
    </message>
    <message>
        <source>{key} is a personal setting, kept in each person&apos;s own settings file.</source>
        <translation>{key} är en personlig inställning som sparas i var och ens egen inställningsfil.</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>Held for review by YouTube: the channel&apos;s settings hold comments like this until someone publishes or rejects them. Nobody else sees it yet.</source>
        <translation>Hålls för granskning av YouTube: kanalens inställningar håller tillbaka kommentarer som den här tills någon publicerar eller avvisar dem. Ingen annan ser den ännu.</translation>
    </message>
    <message>
        <source>YouTube thinks this is likely spam and holds it back. Publish it if it is not, or reject it.</source>
        <translation>YouTube bedömer att det här troligen är skräppost och håller tillbaka det. Publicera det om det inte är skräppost, annars avvisa det.</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <extracomment>&quot;Export as case record…&quot; from the header (the window asks where and writes it).</extracomment>
        <translation>Konversation</translation>
    </message>
    <message>
        <source>The post, the messages of the thread and the replies already given</source>
        <translation>Inlägget, meddelandena i tråden och de svar som redan har getts</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <source>The messages of the thread, oldest first</source>
        <translation>Meddelandena i tråden, äldst först</translation>
    </message>
    <message>
        <source>Select an item to see its conversation.</source>
        <translation>Markera ett meddelande för att se konversationen.</translation>
    </message>
    <message>
        <source>Action failed: {reason} The item is back where it was.</source>
        <translation>Åtgärden misslyckades: {reason} Ärendet är tillbaka där det var.</translation>
    </message>
    <message>
        <source>the platform refused it.</source>
        <translation>plattformen avvisade den.</translation>
    </message>
    <message>
        <source>Original post by {author}</source>
        <translation>Ursprungligt inlägg av {author}</translation>
    </message>
    <message>
        <source>the account</source>
        <translation>kontot</translation>
    </message>
    <message>
        <source>Original post</source>
        <translation>Ursprungligt inlägg</translation>
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
        <translation>Direktmeddelande</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Omnämnande</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Rekommendation</translation>
    </message>
    <message>
        <source>{kind} on {account}</source>
        <translation>{kind} på {account}</translation>
    </message>
    <message>
        <source>Open on {platform}</source>
        <translation>Öppna på {platform}</translation>
    </message>
    <message>
        <source>Opens {url} in your web browser</source>
        <translation>Öppnar {url} i webbläsaren</translation>
    </message>
    <message>
        <source>Export as case record…</source>
        <translation>Exportera som ärendeunderlag…</translation>
    </message>
    <message>
        <source>Export as case record</source>
        <translation>Exportera som ärendeunderlag</translation>
    </message>
    <message>
        <source>Save this conversation as PDF and JSON for the records system</source>
        <translation>Spara konversationen som PDF och JSON för diarieföring</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nytt</translation>
    </message>
    <message>
        <source>Holding reply sent, follow-up due</source>
        <translation>Tillfälligt svar skickat, uppföljning väntar</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvarat</translation>
    </message>
    <message>
        <source>No reply needed</source>
        <translation>Inget svar behövs</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Dolt</translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation>Markerat som spam</translation>
    </message>
    <message>
        <source>Referred to the case channel</source>
        <translation>Hänvisat till ärendekanalen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Raderat</translation>
    </message>
    <message>
        <source>Hidden on the platform</source>
        <translation>Dolt på plattformen</translation>
    </message>
    <message>
        <source>handled by {name}</source>
        <translation>hanterat av {name}</translation>
    </message>
    <message>
        <source>assigned to {name}</source>
        <translation>tilldelat {name}</translation>
    </message>
    <message>
        <source>Platform reply window</source>
        <translation>Plattformens svarsfönster</translation>
    </message>
    <message>
        <source>{colleague} is answering</source>
        <translation>{colleague} svarar</translation>
    </message>
    <message>
        <source>{countdown} ({due})</source>
        <translation>{countdown} ({due})</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Klockan stoppad</translation>
    </message>
    <message>
        <source>This text contains a CPR number. Hide it to protect the citizen.</source>
        <translation>Texten innehåller ett danskt CPR-nummer. Dölj den för att skydda invånaren.</translation>
    </message>
    <message>
        <source>This text may contain a CPR number. Hide it to protect the citizen.</source>
        <translation>Texten innehåller kanske ett danskt CPR-nummer. Dölj den för att skydda invånaren.</translation>
    </message>
    <message>
        <source>This text contains a personnummer. Hide it to protect the citizen.</source>
        <translation>Texten innehåller ett personnummer. Dölj den för att skydda invånaren.</translation>
    </message>
    <message>
        <source>This text contains a samordningsnummer. Hide it to protect the citizen.</source>
        <translation>Texten innehåller ett samordningsnummer. Dölj den för att skydda invånaren.</translation>
    </message>
    <message>
        <source>This text contains an ID number (CPR or personnummer). Hide it to protect the citizen.</source>
        <translation>Texten innehåller ett identitetsnummer (CPR-nummer eller personnummer). Dölj den för att skydda invånaren.</translation>
    </message>
    <message>
        <source>Hide it</source>
        <translation>Dölj den</translation>
    </message>
    <message>
        <source>Hide this comment on the platform because it shows an ID number</source>
        <translation>Dölj kommentaren på plattformen eftersom den visar ett identitetsnummer</translation>
    </message>
    <message>
        <source>Message text, shown exactly as written</source>
        <translation>Meddelandets text, exakt som den skrevs</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(okänd)</translation>
    </message>
    <message>
        <source>Internal note by {name} · {when}</source>
        <translation>Intern anteckning av {name} · {when}</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>väntar på att skickas</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>skickas</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>kunde inte skickas</translation>
    </message>
    <message>
        <source>needs your attention</source>
        <translation>behöver din uppmärksamhet</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>skickat</translation>
    </message>
    <message>
        <source>Reply by {name} via Svarbox · {when} · {state}</source>
        <translation>Svar från {name} via Svarbox · {when} · {state}</translation>
    </message>
    <message>
        <source>us</source>
        <translation>oss</translation>
    </message>
    <message>
        <source>Our reply on the platform · {when}</source>
        <translation>Vårt svar på plattformen · {when}</translation>
    </message>
    <message>
        <source>this item</source>
        <translation>det här meddelandet</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>dolt</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>besvarat</translation>
    </message>
    <message>
        <source>The selected item</source>
        <translation>Det markerade meddelandet</translation>
    </message>
    <message>
        <source>{name} muted the author on {platform}.</source>
        <translation>{name} tystade avsändaren på {platform}.</translation>
    </message>
    <message>
        <source>{name} blocked the author on {platform}.</source>
        <translation>{name} blockerade avsändaren på {platform}.</translation>
    </message>
    <message>
        <source>{name} reported this post to the moderators of {platform}.</source>
        <translation>{name} anmälde inlägget till moderatorerna på {platform}.</translation>
    </message>
    <message>
        <source>{name} banned the author from the Page on {platform}.</source>
        <translation>{name} blockerade avsändaren från sidan på {platform}.</translation>
    </message>
    <message>
        <source>{name} lifted the author&apos;s ban from the Page on {platform}.</source>
        <translation>{name} hävde avsändarens blockering från sidan på {platform}.</translation>
    </message>
    <message>
        <source>Unban</source>
        <translation>Häv blockering</translation>
    </message>
    <message>
        <source>Lift the ban: the author may comment on the Page again</source>
        <translation>Häv blockeringen: avsändaren kan kommentera på sidan igen</translation>
    </message>
    <message>
        <source>Mute the author</source>
        <translation>Tysta avsändaren</translation>
    </message>
    <message>
        <source>Block the author</source>
        <translation>Blockera avsändaren</translation>
    </message>
    <message>
        <source>Ban the author from the Page</source>
        <translation>Blockera avsändaren från sidan</translation>
    </message>
    <message>
        <source>Lift the ban</source>
        <translation>Häv blockeringen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Döljs</translation>
    </message>
    <message>
        <source>Unhide</source>
        <translation>Visas igen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Raderas</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Anmälan</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Avvisas</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicera</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Skräp</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Hänvisning</translation>
    </message>
    <message>
        <source>{action} by {name} · {state}</source>
        <translation>{action} av {name} · {state}</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Try sending this again now</source>
        <translation>Försök skicka det här igen nu</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Take this reply back into the composer to change it</source>
        <translation>Ta tillbaka svaret till svarspanelen för att ändra det</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Kasta</translation>
    </message>
    <message>
        <source>Do not send this; the item goes back to where it was</source>
        <translation>Skicka inte det här; meddelandet går tillbaka dit det var</translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Mon</source>
        <translation>mån</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>tis</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>tors</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>fre</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>lör</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>sön</translation>
    </message>
    <message>
        <source>tomorrow {time}</source>
        <translation>i morgon {time}</translation>
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
        <translation>{hours} tim {minutes} min</translation>
    </message>
    <message numerus="yes">
        <source>%n min overdue</source>
        <translation>
            <numerusform>%n min försenad</numerusform>
            <numerusform>%n min försenad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h overdue</source>
        <translation>
            <numerusform>%n tim försenad</numerusform>
            <numerusform>%n tim försenad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d overdue</source>
        <translation>
            <numerusform>%n d försenad</numerusform>
            <numerusform>%n d försenad</numerusform>
        </translation>
    </message>
    <message>
        <source>Due {moment}</source>
        <translation>Svarsfrist {moment}</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>I tid</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Svarsfristen närmar sig</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>{urgency}: {countdown}</source>
        <translation>{urgency}: {countdown}</translation>
    </message>
    <message>
        <source>Messenger&apos;s 7-day human-agent window closed {moment}; answer through the case channel</source>
        <translation>Messengers 7-dagarsfönster för personlig handläggning stängde {moment}; svara via ärendekanalen</translation>
    </message>
    <message>
        <source>Messenger&apos;s reply window closed {moment}; answer through the case channel</source>
        <translation>Messengers svarsfönster stängde {moment}; svara via ärendekanalen</translation>
    </message>
    <message>
        <source>Messenger human-agent window (7 days): {left} left (closes {moment})</source>
        <translation>Messenger-fönster för personlig handläggning (7 dagar): {left} kvar (stänger {moment})</translation>
    </message>
    <message>
        <source>Messenger window: {left} left (closes {moment})</source>
        <translation>Messenger-fönster: {left} kvar (stänger {moment})</translation>
    </message>
    <message>
        <source>then the human-agent tag until {moment}</source>
        <translation>därefter med taggen för personlig handläggning till {moment}</translation>
    </message>
    <message>
        <source>closes before our deadline</source>
        <translation>stänger före vår svarsfrist</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} d {hours} tim</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Error details</source>
        <translation>Information om felet</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Kopiera information</translation>
    </message>
    <message>
        <source>Copy the error details to the clipboard</source>
        <translation>Kopiera informationen om felet till urklipp</translation>
    </message>
    <message>
        <source>Svarbox: unexpected problem</source>
        <translation>Svarbox: oväntat problem</translation>
    </message>
    <message>
        <source>Svarbox ran into a problem it did not expect. Your work is safe: everything already saved, including replies waiting in the outbox, stays saved.

Please copy the details below and send them to your IT support. Then carry on; if the problem comes back, restart Svarbox.</source>
        <translation>Svarbox råkade ut för ett oväntat problem. Ditt arbete är säkert: allt som redan har sparats, även svar som väntar i utkorgen, finns kvar.

Kopiera informationen nedan och skicka den till din it-support. Fortsätt sedan arbeta; om problemet kommer tillbaka, starta om Svarbox.</translation>
    </message>
    <message>
        <source>Technical details for IT support; select and copy them, or use Copy details</source>
        <translation>Teknisk information till it-supporten; markera och kopiera den, eller använd Kopiera information</translation>
    </message>
    <message>
        <source>The log file is at: {path}</source>
        <translation>Loggfilen finns här: {path}</translation>
    </message>
    <message>
        <source>No log file could be written on this computer.</source>
        <translation>Det gick inte att skriva någon loggfil på den här datorn.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Öppna loggmappen</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
</context>
<context>
    <name>Crisis</name>
    <message>
        <source>Unusual activity on {account}</source>
        <translation>Ovanlig aktivitet på {account}</translation>
    </message>
    <message>
        <source>{count} items in the last hour on {account}; usually {usual} an hour. Check whether a story is spreading.</source>
        <translation>{count} meddelanden den senaste timmen på {account}; normalt {usual} i timmen. Kontrollera om något håller på att sprida sig.</translation>
    </message>
    <message>
        <source>A topic is spreading: {topic}</source>
        <translation>Ett ämne sprider sig: {topic}</translation>
    </message>
    <message>
        <source>{count} items about {topic} in the last hour on {accounts} ({institution}); usually {usual} an hour.</source>
        <translation>{count} ärenden om {topic} den senaste timmen på {accounts} ({institution}); vanligtvis {usual} i timmen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk holding {folder} is full; free some space there. Nothing was lost, but nothing new can be saved until then.</source>
        <translation>Disken med {folder} är full; frigör utrymme där. Inget har gått förlorat, men inget nytt kan sparas förrän det finns plats.</translation>
    </message>
    <message>
        <source>The database is locked by another program; close it (or the other Svarbox) and try again.</source>
        <translation>Databasen är låst av ett annat program; stäng det (eller den andra Svarbox) och försök igen.</translation>
    </message>
    <message>
        <source>The database file is read-only; Svarbox needs permission to write to it.</source>
        <translation>Databasfilen är skrivskyddad; Svarbox behöver behörighet att skriva till den.</translation>
    </message>
    <message>
        <source>The disk is full; free some space. Nothing was lost, but nothing new can be saved until then.</source>
        <translation>Disken är full; frigör lite utrymme. Inget har gått förlorat, men inget nytt kan sparas förrän dess.</translation>
    </message>
    <message>
        <source>The database file is damaged. Svarbox has not changed it; restore the .bak copy next to it or start afresh.</source>
        <translation>Databasfilen är skadad. Svarbox har inte ändrat den; återställ .bak-kopian som ligger bredvid eller börja om från början.</translation>
    </message>
    <message>
        <source>The database file cannot be opened; check that its folder exists and can be written.</source>
        <translation>Databasfilen kan inte öppnas; kontrollera att mappen finns och att det går att skriva i den.</translation>
    </message>
    <message>
        <source>Your role does not allow this change here; ask an administrator of the institution.</source>
        <translation>Din roll tillåter inte den här ändringen; fråga en administratör för verksamheten.</translation>
    </message>
    <message>
        <source>The team database&apos;s certificate could not be verified against the organisation&apos;s root certificate (sslrootcert); Svarbox does not connect unverified.</source>
        <translation>Teamdatabasens certifikat kunde inte verifieras mot organisationens rotcertifikat (sslrootcert); Svarbox ansluter inte overifierat.</translation>
    </message>
    <message>
        <source>The team database did not accept your login; store your database password with `svarbox team password` or ask an administrator.</source>
        <translation>Teamdatabasen godtog inte din inloggning; spara ditt databaslösenord med `svarbox team password` eller fråga en administratör.</translation>
    </message>
    <message>
        <source>The team database cannot be reached; check the network and the database address.</source>
        <translation>Det går inte att nå teamets databas; kontrollera nätverket och databasadressen.</translation>
    </message>
    <message>
        <source>The database file cannot be read; check its permissions.</source>
        <translation>Databasfilen kan inte läsas; kontrollera behörigheterna.</translation>
    </message>
    <message>
        <source>The database file {file} is damaged. Svarbox has not changed it. Copies made before upgrades are in the same folder: {names}. Open the folder to restore one, or start afresh (the damaged file is kept).</source>
        <translation>Databasfilen {file} är skadad. Svarbox har inte ändrat den. Kopior som gjordes före uppdateringar finns i samma mapp: {names}. Öppna mappen för att återställa en av dem, eller börja om (den skadade filen sparas).</translation>
    </message>
    <message>
        <source>The database file {file} is damaged. Svarbox has not changed it, and there is no backup copy of it. Open the folder to look at it, or start afresh (the damaged file is kept).</source>
        <translation>Databasfilen {file} är skadad. Svarbox har inte ändrat den, och det finns ingen säkerhetskopia av den. Öppna mappen för att titta på den, eller börja om (den skadade filen sparas).</translation>
    </message>
    <message>
        <source>This database was made by a newer version of Svarbox (schema {rev}); update Svarbox to open it.</source>
        <translation>Databasen skapades av en nyare version av Svarbox (schema {rev}); uppdatera Svarbox för att öppna den.</translation>
    </message>
    <message>
        <source>The team database needs an upgrade that only its owner can run; ask IT to start this Svarbox version once with the owner&apos;s login.</source>
        <translation>Teamdatabasen behöver uppgraderas, och det kan bara dess ägare göra; be IT att starta den här versionen av Svarbox en gång med ägarens inloggning.</translation>
    </message>
    <message>
        <source>Svarbox could not upgrade the database to this version. Nothing was lost: the database is as it was, and a copy was made first ({backup}). Start the previous version of Svarbox, or send the log to IT.</source>
        <translation>Svarbox kunde inte uppdatera databasen till den här versionen. Inget har gått förlorat: databasen är som förut, och en kopia gjordes först ({backup}). Starta den tidigare versionen av Svarbox, eller skicka loggen till IT.</translation>
    </message>
    <message>
        <source>Svarbox could not upgrade the database to this version. Nothing was lost: the database is as it was. Start the previous version of Svarbox, or send the log to IT.</source>
        <translation>Svarbox kunde inte uppdatera databasen till den här versionen. Inget har gått förlorat: databasen är som förut. Starta den tidigare versionen av Svarbox, eller skicka loggen till IT.</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>The database cannot be opened – Svarbox</source>
        <extracomment>Replaced in tests: opens the file manager on the folder.</extracomment>
        <translation>Databasen kan inte öppnas – Svarbox</translation>
    </message>
    <message>
        <source>Backup copies in the folder</source>
        <translation>Säkerhetskopior i mappen</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Öppna mappen</translation>
    </message>
    <message>
        <source>Start afresh (keep the damaged file)</source>
        <translation>Börja om (spara den skadade filen)</translation>
    </message>
    <message>
        <source>The damaged file is renamed and kept in the folder; Svarbox starts with an empty cache</source>
        <translation>Den skadade filen byter namn och ligger kvar i mappen; Svarbox börjar med en tom cache</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The platform asks Svarbox to slow down; it tries again a little later.</source>
        <translation>Plattformen ber Svarbox att sakta ner; ett nytt försök görs om en stund.</translation>
    </message>
    <message>
        <source>The platform has a temporary problem ({reason}); Svarbox tries again later.</source>
        <translation>Plattformen har ett tillfälligt problem ({reason}); Svarbox försöker igen senare.</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Give --pdf FILE, --json FILE or both.</source>
        <translation>Ange --pdf FIL, --json FIL eller båda.</translation>
    </message>
    <message>
        <source>The file cannot be written: {reason}</source>
        <translation>Det går inte att skriva filen: {reason}</translation>
    </message>
    <message>
        <source>Exported {at} by {who} · Svarbox {version}</source>
        <translation>Exporterat {at} av {who} · Svarbox {version}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Sida {page} av {pages}</translation>
    </message>
    <message>
        <source>Case record · {account} · case item {id}</source>
        <translation>Ärendeunderlag · {account} · meddelande {id}</translation>
    </message>
    <message>
        <source>Case record: conversation on {platform}</source>
        <translation>Ärendeunderlag: konversation på {platform}</translation>
    </message>
    <message>
        <source>For the records: exported from Svarbox&apos;s cache. Times are local time ({zone}).</source>
        <translation>För diariet: exporterat från den lokala kopian i Svarbox. Tiderna anges i lokal tid ({zone}).</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Verksamhet</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Case item</source>
        <translation>Ärendets meddelande</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Ingående meddelanden</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporterat</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exporterat av</translation>
    </message>
    <message>
        <source>Svarbox version</source>
        <translation>Svarbox-version</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Länk</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Konversation</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <source>(unknown author)</source>
        <translation>(okänd avsändare)</translation>
    </message>
    <message>
        <source>citizen</source>
        <translation>invånare</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>intern anteckning</translation>
    </message>
    <message>
        <source>our holding reply</source>
        <translation>vårt tillfälliga svar</translation>
    </message>
    <message>
        <source>our reply</source>
        <translation>vårt svar</translation>
    </message>
    <message>
        <source>{kind}, sent by {person} via Svarbox</source>
        <translation>{kind}, skickat av {person} via Svarbox</translation>
    </message>
    <message>
        <source>{kind}, written on the platform</source>
        <translation>{kind}, skrivet på plattformen</translation>
    </message>
    <message>
        <source>item {id}</source>
        <translation>meddelande {id}</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation>status: {status}</translation>
    </message>
    <message>
        <source>({when} by {who})</source>
        <translation>({when} av {who})</translation>
    </message>
    <message>
        <source>hidden on the platform</source>
        <translation>dolt på plattformen</translation>
    </message>
    <message>
        <source>[text removed from the cache by the retention rule]</source>
        <translation>[texten har tagits bort ur den lokala kopian enligt gallringsregeln]</translation>
    </message>
    <message>
        <source>Choose a PDF file, a JSON file or both.</source>
        <translation>Välj en PDF-fil, en JSON-fil eller båda.</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path} is not a regular file (a link, pipe or device); choose another file name.</source>
        <translation>{path} är inte en vanlig fil (utan en länk, en pipe eller en enhet); välj ett annat filnamn.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full; free some space there and try again. Nothing was written.</source>
        <translation>Disken med {folder} är full; frigör utrymme där och försök igen. Ingenting skrevs.</translation>
    </message>
</context>
<context>
    <name>FirstPaint</name>
    <message>
        <source>Due</source>
        <translation>Svarsfrist</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Opening Svarbox…</source>
        <translation>Öppnar Svarbox…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Svarbox</source>
        <translation>Välkommen till Svarbox</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Before your first reply: your name signs every public reply and every case export, so citizens and colleagues see who answered.</source>
        <translation>Innan ditt första svar: ditt namn står under varje offentligt svar och varje ärendeexport, så att invånare och kollegor ser vem som har svarat.</translation>
    </message>
    <message>
        <source>Replies and case exports are signed with your name. Enter it to continue.</source>
        <translation>Svar och ärendeexporter undertecknas med ditt namn. Skriv det för att fortsätta.</translation>
    </message>
    <message>
        <source>e.g. Mette Jensen</source>
        <translation>t.ex. Anna Lindberg</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <source>e.g. Viborg Kommune – Kommunikation</source>
        <translation>t.ex. Malmö stad – Kommunikation</translation>
    </message>
    <message>
        <source>Unit or organisation</source>
        <translation>Enhet eller organisation</translation>
    </message>
    <message>
        <source>&amp;Unit or organisation:</source>
        <translation>&amp;Enhet eller organisation:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>e.g. viborg.dk/kontakt or 87 87 87 87</source>
        <translation>t.ex. malmo.se/kontakt eller 040-34 10 00</translation>
    </message>
    <message>
        <source>Official case channel</source>
        <translation>Officiell ärendekanal</translation>
    </message>
    <message>
        <source>Official &amp;case channel:</source>
        <translation>Officiell &amp;ärendekanal:</translation>
    </message>
    <message>
        <source>Try the &amp;demo workspace</source>
        <translation>Prova &amp;demoarbetsytan</translation>
    </message>
    <message>
        <source>Practise on made-up messages; nothing reaches a platform</source>
        <translation>Öva på påhittade meddelanden – inget når ut till en plattform</translation>
    </message>
    <message>
        <source>&amp;Connect an account…</source>
        <translation>&amp;Anslut ett konto…</translation>
    </message>
    <message>
        <source>Connect your Facebook page, Instagram, X, LinkedIn or YouTube</source>
        <translation>Anslut er Facebooksida, Instagram, X, LinkedIn eller YouTube</translation>
    </message>
    <message>
        <source>Your replies cannot be sent until your name is set.</source>
        <translation>Dina svar kan inte skickas förrän ditt namn är ifyllt.</translation>
    </message>
    <message>
        <source>Your replies will end with: {signature}</source>
        <translation>Dina svar avslutas med: {signature}</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>The date is in the past.</source>
        <translation>Datumet har redan passerat.</translation>
    </message>
    <message>
        <source>Back with the team: {name} is away until {date}.</source>
        <translation>Tillbaka till teamet: {name} är borta till och med {date}.</translation>
    </message>
    <message>
        <source>{name} is away until {date}; an item assigned to them waits for someone who is not there.</source>
        <translation>{name} är borta till och med {date}; ett meddelande som tilldelas hen väntar på någon som inte är här.</translation>
    </message>
    <message>
        <source>A hand-over note cannot be empty.</source>
        <translation>En överlämningsanteckning kan inte vara tom.</translation>
    </message>
</context>
<context>
    <name>HandoverController</name>
    <message>
        <source>S&amp;hift</source>
        <translation>&amp;Pass</translation>
    </message>
    <message>
        <source>Write a hand-over note…</source>
        <translation>Skriv en överlämningsanteckning …</translation>
    </message>
    <message>
        <source>I&apos;m away until…</source>
        <translation>Jag är borta till och med …</translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation>Jag är tillbaka</translation>
    </message>
    <message>
        <source>Hand-over note</source>
        <translation>Överlämningsanteckning</translation>
    </message>
    <message>
        <source>What should the next person know? (Shown when a colleague opens Svarbox.)</source>
        <translation>Vad ska nästa person veta? (Visas när en kollega öppnar Svarbox.)</translation>
    </message>
    <message>
        <source>Hand-over note saved.</source>
        <translation>Överlämningsanteckningen är sparad.</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Borta</translation>
    </message>
    <message>
        <source>Away until (last day, YYYY-MM-DD)? Your open assigned items go back to the team.</source>
        <translation>Borta till och med (sista dagen, ÅÅÅÅ-MM-DD)? Dina öppna tilldelade ärenden går tillbaka till teamet.</translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2026-12-24.</source>
        <translation>Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-12-24.</translation>
    </message>
    <message numerus="yes">
        <source>Marked away; %n item(s) went back to the team.</source>
        <translation>
            <numerusform>Markerad som borta – %n ärende gick tillbaka till teamet.</numerusform>
            <numerusform>Markerad som borta – %n ärenden gick tillbaka till teamet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome back.</source>
        <translation>Välkommen tillbaka.</translation>
    </message>
    <message>
        <source>Hand-over from {author} ({time}): {text}</source>
        <translation>Överlämning från {author} ({time}): {text}</translation>
    </message>
    <message numerus="yes">
        <source>(%n earlier note(s) too.)</source>
        <translation>
            <numerusform>(och %n tidigare anteckning.)</numerusform>
            <numerusform>(och %n tidigare anteckningar.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Uppfattat</translation>
    </message>
    <message>
        <source>Hide the hand-over note</source>
        <translation>Dölj överlämningsanteckningen</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>All open</source>
        <translation>Alla öppna</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Svarsfrist i dag</translation>
    </message>
    <message>
        <source>Waiting for follow-up</source>
        <translation>Väntar på uppföljning</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvarade</translation>
    </message>
    <message>
        <source>Hidden and spam</source>
        <translation>Dolda och spam</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Omnämnanden</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Tilldelade till mig</translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation>Hålls för granskning</translation>
    </message>
    <message>
        <source>Failed actions</source>
        <translation>Misslyckade åtgärder</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Allt</translation>
    </message>
</context>
<context>
    <name>InboxController</name>
    <message>
        <source>{name} – open items</source>
        <translation>{name} – öppna meddelanden</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this view</source>
        <translation>
            <numerusform>%n meddelande i den här vyn</numerusform>
            <numerusform>%n meddelanden i den här vyn</numerusform>
        </translation>
    </message>
    <message>
        <source>New on {account}</source>
        <translation>Nytt på {account}</translation>
    </message>
    <message>
        <source>From {author}</source>
        <translation>Från {author}</translation>
    </message>
    <message numerus="yes">
        <source>%n more new item(s).</source>
        <translation>
            <numerusform>%n nytt ärende till.</numerusform>
            <numerusform>%n nya ärenden till.</numerusform>
        </translation>
    </message>
    <message>
        <source>This conversation cannot be loaded while the team database cannot be reached.</source>
        <translation>Konversationen kan inte hämtas medan gruppens databas inte går att nå.</translation>
    </message>
    <message>
        <source>Read-only: only this message is shown; the rest of the conversation needs the team database.</source>
        <translation>Skrivskyddat: bara det här meddelandet visas; resten av konversationen kräver gruppens databas.</translation>
    </message>
    <message>
        <source>This item is no longer in the cache.</source>
        <translation>Meddelandet finns inte längre i den lokala kopian.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>The platforms cannot be reached. You are working from the saved copy; last successful sync at {time}. Replies wait in the outbox until the connection is back.</source>
        <translation>Det går inte att nå plattformarna. Du arbetar i den sparade kopian; senaste lyckade synkronisering: {time}. Svaren väntar i utkorgen tills anslutningen är tillbaka.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Sync every account now (F5)</source>
        <translation>Synkronisera alla konton nu (F5)</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent.</source>
        <translation>
            <numerusform>%n väntar på att skickas.</numerusform>
            <numerusform>%n väntar på att skickas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Skicka nu</translation>
    </message>
    <message>
        <source>Try to send waiting actions now</source>
        <translation>Försök skicka väntande åtgärder nu</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation>
            <numerusform>%n åtgärd väntar på att skickas</numerusform>
            <numerusform>%n åtgärder väntar på att skickas</numerusform>
        </translation>
    </message>
    <message>
        <source>Svarbox</source>
        <translation>Svarbox</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(okänd)</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) failed; the items are back where they were – retry, edit or discard them in Failed actions.</source>
        <translation>
            <numerusform>%n åtgärd misslyckades – ärendet är tillbaka där det var. Försök igen, ändra eller släng den under Misslyckade åtgärder.</numerusform>
            <numerusform>%n åtgärder misslyckades – ärendena är tillbaka där de var. Försök igen, ändra eller släng dem under Misslyckade åtgärder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show failed</source>
        <translation>Visa misslyckade</translation>
    </message>
    <message>
        <source>Open the Failed actions view</source>
        <translation>Öppna vyn Misslyckade åtgärder</translation>
    </message>
    <message>
        <source>{overdue}; {soon}.</source>
        <translation>{overdue}; {soon}.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) became overdue</source>
        <translation>
            <numerusform>%n ärende har passerat svarsfristen</numerusform>
            <numerusform>%n ärenden har passerat svarsfristen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due within a working hour</source>
        <translation>
            <numerusform>%n ska besvaras inom en arbetstimme</numerusform>
            <numerusform>%n ska besvaras inom en arbetstimme</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: {author}</source>
        <translation>Försenat: {author}</translation>
    </message>
    <message>
        <source>An item on {account} is past its deadline.</source>
        <translation>Ett meddelande på {account} har passerat svarsfristen.</translation>
    </message>
    <message>
        <source>Due soon: {author}</source>
        <translation>Svarsfristen närmar sig: {author}</translation>
    </message>
    <message>
        <source>An item on {account} is due within one working hour.</source>
        <translation>Ett meddelande på {account} förfaller inom en arbetstimme.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Answered</source>
        <extracomment>A header was clicked: (ViewSpec.sort key, descending). The window re-runs the query.</extracomment>
        <translation>Besvarat</translation>
    </message>
    <message>
        <source>No reply needed</source>
        <translation>Inget svar behövs</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Dolt</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Hänvisat</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Raderat</translation>
    </message>
    <message>
        <source>Holding reply sent</source>
        <translation>Tillfälligt svar skickat</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nytt</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Avsändare</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottaget</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Svarsfrist</translation>
    </message>
    <message>
        <source>{column} (click to sort)</source>
        <translation>{column} (klicka för att sortera)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(okänd)</translation>
    </message>
    <message>
        <source>{colleague} is answering</source>
        <translation>{colleague} svarar</translation>
    </message>
    <message>
        <source>{account} ({platform})</source>
        <translation>{account} ({platform})</translation>
    </message>
    <message>
        <source>{author} – the text contains an ID number</source>
        <translation>{author} – texten innehåller ett identitetsnummer</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>I kö</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Inte skickat</translation>
    </message>
</context>
<context>
    <name>Items</name>
    <message>
        <source>There is no item {id}.</source>
        <translation>Det finns inget meddelande {id}.</translation>
    </message>
    <message>
        <source>Unknown action: {action}</source>
        <translation>Okänd åtgärd: {action}</translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation>En anteckning kan inte vara tom.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>demo workspace – Svarbox</source>
        <extracomment>(account id, items stored so far) from a sync running in the pool.</extracomment>
        <translation>demoarbetsyta – Svarbox</translation>
    </message>
    <message>
        <source>training – Svarbox</source>
        <translation>övning – Svarbox</translation>
    </message>
    <message>
        <source>Search text and authors (Ctrl+F)</source>
        <translation>Sök i text och avsändare (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Shows only items of this view whose text or author contains these words</source>
        <translation>Visar bara meddelanden i vyn vars text eller avsändare innehåller de här orden</translation>
    </message>
    <message>
        <source>Search the current view (Ctrl+F); Esc clears</source>
        <translation>Sök i den aktuella vyn (Ctrl+F); Esc rensar</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <source>Items of the chosen view, soonest deadline first. J and K move, R replies, H hides.</source>
        <translation>Meddelanden i den valda vyn, närmast svarsfrist först. J och K flyttar, R svarar, H döljer.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Click a column to sort by it</source>
        <translation>Klicka på en kolumn för att sortera efter den</translation>
    </message>
    <message>
        <source>Resize panes</source>
        <translation>Ändra storlek på panelerna</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkronisera nu</translation>
    </message>
    <message>
        <source>Fetch new items from every account</source>
        <translation>Hämta nya meddelanden från alla konton</translation>
    </message>
    <message>
        <source>Send &amp;waiting actions</source>
        <translation>Skicka &amp;väntande åtgärder</translation>
    </message>
    <message>
        <source>Try to send everything waiting in the outbox now</source>
        <translation>Försök skicka allt som väntar i utkorgen nu</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Rapporter…</translation>
    </message>
    <message>
        <source>Response times and on-time rate per account, with CSV export</source>
        <translation>Svarstider och andel svar i tid per konto, med CSV-export</translation>
    </message>
    <message>
        <source>Planning &amp;calendar</source>
        <translation>&amp;Planeringskalender</translation>
    </message>
    <message>
        <source>Plan, approve and publish posts; see what needs a running Svarbox</source>
        <translation>Planera, godkänn och publicera inlägg; se vad som kräver att Svarbox är igång</translation>
    </message>
    <message>
        <source>Reply &amp;templates…</source>
        <translation>Svars&amp;mallar…</translation>
    </message>
    <message>
        <source>Edit, import and export the team&apos;s reply templates</source>
        <translation>Redigera, importera och exportera gruppens svarsmallar</translation>
    </message>
    <message>
        <source>&amp;Connect an account…</source>
        <translation>A&amp;nslut ett konto…</translation>
    </message>
    <message>
        <source>Connect a Facebook Page, Instagram, X, LinkedIn or YouTube account</source>
        <translation>Anslut en Facebook-sida eller ett konto på Instagram, X, LinkedIn eller YouTube</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>Your name, signature, language, sync, notifications and accounts</source>
        <translation>Ditt namn, signatur, språk, synkronisering, aviseringar och konton</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>Search the text and authors of this view</source>
        <translation>Sök i text och avsändare i den här vyn</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>&amp;Nästa meddelande</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>&amp;Föregående meddelande</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>Gå till &amp;listan</translation>
    </message>
    <message>
        <source>Go to the na&amp;vigator</source>
        <translation>Gå till navigerings&amp;panelen</translation>
    </message>
    <message>
        <source>&amp;Reload the list</source>
        <translation>Läs in listan &amp;igen</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>Me&amp;ddelande</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Svara</translation>
    </message>
    <message>
        <source>Write a reply in the composer</source>
        <translation>Skriv ett svar i svarspanelen</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Skicka svar</translation>
    </message>
    <message>
        <source>Send the reply with your signature</source>
        <translation>Skicka svaret med din signatur</translation>
    </message>
    <message>
        <source>Send &amp;holding reply</source>
        <translation>Skicka till&amp;fälligt svar</translation>
    </message>
    <message>
        <source>No reply &amp;needed</source>
        <translation>Inget svar &amp;behövs</translation>
    </message>
    <message>
        <source>Re&amp;fer to case channel</source>
        <translation>&amp;Hänvisa till ärendekanalen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Dölj</translation>
    </message>
    <message>
        <source>Hide the comment on the platform</source>
        <translation>Dölj kommentaren på plattformen</translation>
    </message>
    <message>
        <source>&amp;Unhide</source>
        <translation>&amp;Visa igen</translation>
    </message>
    <message>
        <source>&amp;Delete on the platform…</source>
        <translation>&amp;Radera på plattformen…</translation>
    </message>
    <message>
        <source>Mark as &amp;spam</source>
        <translation>Mar&amp;kera som spam</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Öppna &amp;igen</translation>
    </message>
    <message>
        <source>Start the clock again</source>
        <translation>Starta klockan igen</translation>
    </message>
    <message>
        <source>Add internal &amp;note…</source>
        <translation>Lägg till intern &amp;anteckning…</translation>
    </message>
    <message>
        <source>&amp;Open on the platform</source>
        <translation>&amp;Öppna på plattformen</translation>
    </message>
    <message>
        <source>Insert &amp;template…</source>
        <translation>Infoga &amp;mall…</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>&amp;Tilldela…</translation>
    </message>
    <message>
        <source>Give this item to a colleague</source>
        <translation>Ge meddelandet till en kollega</translation>
    </message>
    <message>
        <source>Unassi&amp;gn</source>
        <translation>Ta bort til&amp;ldelning</translation>
    </message>
    <message>
        <source>E&amp;xport as case record…</source>
        <translation>E&amp;xportera som ärendeunderlag…</translation>
    </message>
    <message>
        <source>Save the conversation as PDF and JSON for the records system</source>
        <translation>Spara konversationen som PDF och JSON för diarieföring</translation>
    </message>
    <message>
        <source>Make a training &amp;case…</source>
        <translation>Gör ett &amp;övningsfall…</translation>
    </message>
    <message>
        <source>Forget this &amp;person…</source>
        <translation>Glöm den här &amp;personen…</translation>
    </message>
    <message>
        <source>Remove this author&apos;s items and name from Svarbox (a request to be forgotten)</source>
        <translation>Ta bort avsändarens meddelanden och namn ur Svarbox (en begäran om att bli bortglömd)</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Övning</translation>
    </message>
    <message>
        <source>Show my &amp;score</source>
        <translation>Visa mitt &amp;resultat</translation>
    </message>
    <message>
        <source>Score the answers given so far</source>
        <translation>Poängsätt svaren som har getts hittills</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>The demo and training workspaces never connect to a real platform. Start Svarbox without --demo to connect an account.</source>
        <translation>Demo- och övningsmiljöerna ansluter aldrig till en riktig plattform. Starta Svarbox utan --demo för att ansluta ett konto.</translation>
    </message>
    <message>
        <source>Unsent actions</source>
        <translation>Åtgärder som inte har skickats</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) have not been sent yet. Keep them and send them the next time Svarbox starts?</source>
        <translation>
            <numerusform>%n åtgärd har inte skickats än. Vill du behålla den och skicka den nästa gång Svarbox startar?</numerusform>
            <numerusform>%n åtgärder har inte skickats än. Vill du behålla dem och skicka dem nästa gång Svarbox startar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep for next start</source>
        <translation>Behåll till nästa start</translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation>Kasta dem</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Export as case record</source>
        <translation>Exportera som ärendeunderlag</translation>
    </message>
    <message>
        <source>Replace your draft?</source>
        <translation>Ersätta ditt utkast?</translation>
    </message>
    <message>
        <source>The reply you have started will be replaced by the earlier answer.</source>
        <translation>Svaret du har börjat skriva ersätts av det tidigare svaret.</translation>
    </message>
    <message>
        <source>Case record – a PDF and a JSON file with the same name (*.pdf)</source>
        <translation>Ärendeunderlag – en PDF- och en JSON-fil med samma namn (*.pdf)</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Dölj meddelandet</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
</context>
<context>
    <name>ManualEntryDialog</name>
    <message>
        <source>New calendar entry</source>
        <translation>Ny post i kalendern</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
</context>
<context>
    <name>MastodonCodePanel</name>
    <message>
        <source>Sign in with a code instead…</source>
        <translation>Logga in med en kod i stället…</translation>
    </message>
    <message>
        <source>When the browser runs on another computer (for example a remote desktop): the server shows a code to paste here</source>
        <translation>När webbläsaren körs på en annan dator (till exempel ett fjärrskrivbord): servern visar en kod som klistras in här</translation>
    </message>
    <message>
        <source>Code from the server</source>
        <translation>Kod från servern</translation>
    </message>
    <message>
        <source>The authorization code the Mastodon server showed</source>
        <translation>Auktoriseringskoden som Mastodon-servern visade</translation>
    </message>
    <message>
        <source>Finish sign-in</source>
        <translation>Slutför inloggningen</translation>
    </message>
    <message>
        <source>Registering Svarbox on the server…</source>
        <translation>Registrerar Svarbox på servern …</translation>
    </message>
    <message>
        <source>Approve Svarbox in the browser, then paste the code the server shows.</source>
        <translation>Godkänn Svarbox i webbläsaren och klistra sedan in koden som servern visar.</translation>
    </message>
    <message>
        <source>Start with &quot;Sign in with a code instead…&quot;.</source>
        <translation>Börja med &quot;Logga in med en kod i stället…&quot;.</translation>
    </message>
    <message>
        <source>Signed in. Press Connect to finish.</source>
        <translation>Inloggad. Klicka på Anslut för att slutföra.</translation>
    </message>
</context>
<context>
    <name>MemoryPanel</name>
    <message>
        <source>Answered before</source>
        <translation>Besvarat tidigare</translation>
    </message>
    <message>
        <source>No similar question has been answered before.</source>
        <translation>Ingen liknande fråga har besvarats tidigare.</translation>
    </message>
    <message>
        <source>Answered by {name}, {date}</source>
        <translation>Besvarad av {name}, {date}</translation>
    </message>
    <message>
        <source>another institution</source>
        <translation>en annan verksamhet</translation>
    </message>
    <message>
        <source>Use this answer</source>
        <translation>Använd det här svaret</translation>
    </message>
    <message>
        <source>Puts this answer into the reply, with the new person&apos;s name and your own signature</source>
        <translation>Lägger in svaret i ditt svar med den nya personens namn och din egen signatur</translation>
    </message>
</context>
<context>
    <name>MetaSignIn</name>
    <message>
        <source>Enter the municipality&apos;s Meta App ID first.</source>
        <translation>Ange först kommunens Meta App ID.</translation>
    </message>
    <message>
        <source>Enter the Instagram App ID first.</source>
        <translation>Ange först Instagram-appens app-id.</translation>
    </message>
    <message>
        <source>Enter the Instagram app secret: Instagram needs it to finish the sign-in. It is used once and not kept.</source>
        <translation>Ange Instagram-appens app secret: Instagram behöver den för att slutföra inloggningen. Den används en gång och sparas inte.</translation>
    </message>
    <message>
        <source>Enter the Meta app&apos;s App secret: Facebook needs it to make the sign-in last. It is used once and not kept.</source>
        <translation>Ange Meta-appens App secret: Facebook behöver den för att inloggningen ska bli långvarig. Den används en gång och sparas inte.</translation>
    </message>
</context>
<context>
    <name>MetaSignInPanel</name>
    <message>
        <source>Sign in with the municipality&apos;s own Meta app: its App ID goes in &quot;App client id&quot;, its App secret below. In the app, under Facebook Login → Settings → Valid OAuth Redirect URIs, register exactly: {url}</source>
        <translation>Logga in med kommunens egen Meta-app: dess App ID skrivs i &quot;Appens klient-id&quot; och dess App secret nedan. I appen under Facebook Login → Settings → Valid OAuth Redirect URIs ska exakt den här adressen vara registrerad: {url}</translation>
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
        <translation>Exakt som den är registrerad i appens inställningar för Business login</translation>
    </message>
    <message>
        <source>Used once to make the sign-in last; not kept</source>
        <translation>Används en gång för att göra inloggningen långvarig; sparas inte</translation>
    </message>
    <message>
        <source>Address the browser ended on</source>
        <translation>Adressen som webbläsaren hamnade på</translation>
    </message>
    <message>
        <source>Paste the whole address from the browser&apos;s address bar</source>
        <translation>Klistra in hela adressen från webbläsarens adressfält</translation>
    </message>
    <message>
        <source>Sign in with Instagram Login, in the municipality&apos;s own Meta app: its Instagram App ID goes in &quot;App client id&quot;, its Instagram app secret below. Under Instagram → API setup with Instagram login → Business login settings → OAuth redirect URIs, register the redirect URL below exactly (for example {url}).</source>
        <translation>Logga in med Instagram Login i kommunens egen Meta-app: Instagram-appens app-id anges i &quot;App client id&quot;, dess Instagram app secret nedan. Under Instagram → API setup with Instagram login → Business login settings → OAuth redirect URIs registrerar ni omdirigerings-URL:en nedan exakt (till exempel {url}).</translation>
    </message>
    <message>
        <source>Allow Svarbox in the browser. Instagram then sends the browser to the redirect URL, which may show an error page: that is expected. Copy the whole address from the address bar and paste it here.</source>
        <translation>Tillåt Svarbox i webbläsaren. Instagram skickar sedan webbläsaren vidare till omdirigerings-URL:en, som kan visa en felsida: det är väntat. Kopiera hela adressen från adressfältet och klistra in den här.</translation>
    </message>
    <message>
        <source>Approve Svarbox in the browser. Facebook then shows a page that says &quot;Success&quot;: copy that page&apos;s whole address from the address bar and paste it here.</source>
        <translation>Godkänn Svarbox i webbläsaren. Facebook visar sedan en sida där det står &quot;Success&quot;: kopiera sidans hela adress från adressfältet och klistra in den här.</translation>
    </message>
    <message>
        <source>Asking Instagram for the account&apos;s token…</source>
        <translation>Ber Instagram om kontots token…</translation>
    </message>
    <message>
        <source>Signed in as {account}. Press Connect to finish.</source>
        <translation>Inloggad som {account}. Tryck på Anslut för att slutföra.</translation>
    </message>
    <message>
        <source>Finish sign-in</source>
        <translation>Slutför inloggningen</translation>
    </message>
    <message>
        <source>Enter the Instagram app secret too: Instagram needs it to finish the sign-in.</source>
        <translation>Ange även Instagram-appens app secret: Instagram behöver den för att slutföra inloggningen.</translation>
    </message>
    <message>
        <source>Enter the Meta app&apos;s App secret too: Facebook needs it to make the sign-in last.</source>
        <translation>Ange även Meta-appens App secret: Facebook behöver den för att inloggningen ska bli långvarig.</translation>
    </message>
    <message>
        <source>Waiting for the browser… approve Svarbox there, then paste the address.</source>
        <translation>Väntar på webbläsaren … godkänn Svarbox där och klistra sedan in adressen.</translation>
    </message>
    <message>
        <source>Start with &quot;Sign in with the browser…&quot;.</source>
        <translation>Börja med &quot;Logga in med webbläsaren…&quot;.</translation>
    </message>
    <message>
        <source>Asking Facebook for the Page&apos;s token…</source>
        <translation>Ber Facebook om sidans token …</translation>
    </message>
    <message>
        <source>Signed in for the Page {page}. Press Connect to finish.</source>
        <translation>Inloggad för sidan {page}. Tryck på Anslut för att slutföra.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Navigator</source>
        <extracomment>The chosen view changed: a dict of ViewSpec fields (view, account_id, institution_id).</extracomment>
        <translation>Navigeringspanel</translation>
    </message>
    <message>
        <source>Saved views and accounts with their counts of open and overdue items</source>
        <translation>Sparade vyer och konton med antal öppna och försenade meddelanden</translation>
    </message>
    <message>
        <source>Reconnect account…</source>
        <translation>Anslut kontot igen…</translation>
    </message>
    <message>
        <source>Reconnect account</source>
        <translation>Anslut kontot igen</translation>
    </message>
    <message>
        <source>Sign in again to the platform for the selected account</source>
        <translation>Logga in på plattformen igen för det markerade kontot</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vyer</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>{account} ({platform}) – {status}</source>
        <translation>{account} ({platform}) – {status}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>{account} – {status}</source>
        <translation>{account} – {status}</translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n item(s)</source>
        <translation>
            <numerusform>Synkroniserar… %n meddelande</numerusform>
            <numerusform>Synkroniserar… %n meddelanden</numerusform>
        </translation>
    </message>
    <message>
        <source>{label} ({unread})</source>
        <translation>{label} ({unread})</translation>
    </message>
    <message>
        <source>Needs reconnecting</source>
        <translation>Behöver anslutas igen</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>Pausat till kl. {time}</translation>
    </message>
    <message>
        <source>Offline – last sync {time}</source>
        <translation>Offline – senaste synkronisering {time}</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Synkroniseringen misslyckades</translation>
    </message>
    <message>
        <source>Synced {time}</source>
        <translation>Synkroniserat {time}</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Inte synkroniserat än</translation>
    </message>
    <message>
        <source>{label}: {total} open, {overdue} overdue</source>
        <translation>{label}: {total} öppna, {overdue} försenade</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n oläst</numerusform>
            <numerusform>%n olästa</numerusform>
        </translation>
    </message>
    <message>
        <source>No institution</source>
        <translation>Ingen verksamhet</translation>
    </message>
    <message>
        <source>Sync this account now</source>
        <translation>Synkronisera kontot nu</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Anslut igen…</translation>
    </message>
    <message>
        <source>Platform settings…</source>
        <translation>Plattformsinställningar…</translation>
    </message>
    <message>
        <source>Notify about new items</source>
        <translation>Avisera om nya meddelanden</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>In working hours</source>
        <translation>Under arbetstid</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Alltid</translation>
    </message>
    <message>
        <source>off</source>
        <translation>av</translation>
    </message>
    <message>
        <source>in working hours</source>
        <translation>under arbetstid</translation>
    </message>
    <message>
        <source>always</source>
        <translation>alltid</translation>
    </message>
    <message>
        <source>Notifications for new items on {account}: {mode}.</source>
        <translation>Aviseringar om nya meddelanden på {account}: {mode}.</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Choose off, working-hours or always.</source>
        <translation>Välj off, working-hours eller always.</translation>
    </message>
    <message>
        <source>There is no account called {name}.</source>
        <translation>Det finns inget konto som heter {name}.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The answer from the platform was cut off; Svarbox checks whether it arrived before trying again.</source>
        <translation>Svaret från plattformen bröts av; Svarbox kontrollerar om det kom fram innan det försöker igen.</translation>
    </message>
    <message>
        <source>Unknown action: {action}</source>
        <translation>Okänd åtgärd: {action}</translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation>Svaret är tomt.</translation>
    </message>
    <message>
        <source>The reply is {length} characters; {platform} allows {limit}.</source>
        <translation>Svaret är {length} tecken; {platform} tillåter {limit}.</translation>
    </message>
    <message>
        <source>{platform} does not allow replies from Svarbox.</source>
        <translation>{platform} tillåter inte svar från Svarbox.</translation>
    </message>
    <message>
        <source>Instagram does not allow replies to a hidden comment; unhide it first.</source>
        <translation>Instagram tillåter inte svar på en dold kommentar; visa den igen först.</translation>
    </message>
    <message>
        <source>Answer on X: X lets apps reply only to posts that mention or quote the account, so this keyword hit can be answered on x.com only.</source>
        <translation>Svara på X: X låter bara appar svara på inlägg som nämner eller citerar kontot, så den här sökordsträffen kan bara besvaras på x.com.</translation>
    </message>
    <message>
        <source>YouTube threads are flat: reply to the first comment of the thread instead.</source>
        <translation>Trådar på YouTube har bara en nivå: svara på trådens första kommentar i stället.</translation>
    </message>
    <message>
        <source>The platform does not allow a reply to this item.</source>
        <translation>Plattformen tillåter inte svar på det här meddelandet.</translation>
    </message>
    <message>
        <source>Messenger&apos;s 7-day human-agent window closed at {time}; answer through the official case channel instead.</source>
        <translation>Messengers fönster på 7 dagar för handläggarsvar stängde {time}; svara via den officiella ärendekanalen i stället.</translation>
    </message>
    <message>
        <source>Messenger&apos;s 24-hour reply window closed at {time}; answer through the official case channel instead.</source>
        <translation>Messengers svarsfönster på 24 timmar stängde {time}; svara via den officiella ärendekanalen i stället.</translation>
    </message>
    <message>
        <source>The reply has no signature.</source>
        <translation>Svaret saknar signatur.</translation>
    </message>
    <message>
        <source>You have no signature yet; add one in Settings.</source>
        <translation>Du har ingen signatur än; lägg till en under Inställningar.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>{platform} does not allow this action ({action}).</source>
        <translation>{platform} tillåter inte den här åtgärden ({action}).</translation>
    </message>
    <message>
        <source>A private reply answers a comment; this is not one.</source>
        <translation>Ett privat svar besvarar en kommentar; det här är ingen kommentar.</translation>
    </message>
    <message>
        <source>A private reply is possible only within 7 days of the comment.</source>
        <translation>Ett privat svar kan bara skickas inom 7 dagar efter kommentaren.</translation>
    </message>
    <message>
        <source>This comment already has a private reply; the platform allows one.</source>
        <translation>Den här kommentaren har redan fått ett privat svar; plattformen tillåter bara ett.</translation>
    </message>
    <message>
        <source>The reply needs confirming: {problem}</source>
        <translation>Svaret behöver bekräftas: {problem}</translation>
    </message>
    <message>
        <source>Svarbox does not know who wrote this, so the author cannot be muted, blocked, reported or banned.</source>
        <translation>Svarbox vet inte vem som har skrivit detta, så avsändaren kan inte tystas, blockeras, anmälas eller blockeras från sidan.</translation>
    </message>
    <message>
        <source>The report&apos;s comment is longer than {limit} characters.</source>
        <translation>Motiveringen till anmälan är längre än {limit} tecken.</translation>
    </message>
    <message>
        <source>Too late to undo: the reply is already being sent.</source>
        <translation>För sent att ångra – svaret håller redan på att skickas.</translation>
    </message>
    <message>
        <source>There is no outbox action {id}.</source>
        <translation>Det finns ingen åtgärd {id} i utkorgen.</translation>
    </message>
    <message>
        <source>Only failed or waiting actions can be retried.</source>
        <translation>Bara misslyckade eller väntande åtgärder kan skickas igen.</translation>
    </message>
    <message>
        <source>Only a reply that is waiting or failed can be edited.</source>
        <translation>Bara ett svar som väntar eller har misslyckats kan redigeras.</translation>
    </message>
    <message>
        <source>This reply already reached the platform.</source>
        <translation>Svaret har redan kommit fram till plattformen.</translation>
    </message>
    <message>
        <source>This action has already been sent or is being sent.</source>
        <translation>Åtgärden har redan skickats eller håller på att skickas.</translation>
    </message>
    <message>
        <source>Discarded before it was published.</source>
        <translation>Kasserat innan det publicerades.</translation>
    </message>
    <message>
        <source>Rate limited by the platform; will try again at {time}.</source>
        <translation>Plattformen begränsar antalet anrop; försöker igen kl. {time}.</translation>
    </message>
    <message>
        <source>Offline; will be sent when the platform can be reached.</source>
        <translation>Offline; skickas när plattformen går att nå.</translation>
    </message>
    <message>
        <source>The account needs reconnecting before this can be sent.</source>
        <translation>Kontot måste anslutas igen innan det här kan skickas.</translation>
    </message>
    <message>
        <source>The platform refused it: {reason}</source>
        <translation>Plattformen avvisade det: {reason}</translation>
    </message>
</context>
<context>
    <name>PlatformReasons</name>
    <message>
        <source>It no longer exists on the platform (deleted by its author or by the platform).</source>
        <translation>Det finns inte längre på plattformen (borttaget av avsändaren eller av plattformen).</translation>
    </message>
    <message>
        <source>The platform&apos;s time window for answering this message has closed; answer in the official case channel instead.</source>
        <translation>Plattformens tidsfönster för att svara på meddelandet har stängt; svara i stället via den officiella ärendekanalen.</translation>
    </message>
    <message>
        <source>The platform does not let the account delete this; it may only delete its own posts.</source>
        <translation>Plattformen låter inte kontot ta bort detta; det får bara ta bort sina egna inlägg.</translation>
    </message>
    <message>
        <source>The platform does not let the account hide this.</source>
        <translation>Plattformen låter inte kontot dölja detta.</translation>
    </message>
    <message>
        <source>The image is too large for the platform.</source>
        <translation>Bilden är för stor för plattformen.</translation>
    </message>
    <message>
        <source>The post has more images than the platform takes.</source>
        <translation>Inlägget har fler bilder än plattformen tar emot.</translation>
    </message>
    <message>
        <source>Every image needs an alt text (a description for screen readers).</source>
        <translation>Varje bild behöver en alternativtext (en beskrivning för skärmläsare).</translation>
    </message>
    <message>
        <source>The platform does not take this type of file.</source>
        <translation>Plattformen tar inte emot den här filtypen.</translation>
    </message>
    <message>
        <source>The platform does not take an empty reply.</source>
        <translation>Plattformen tar inte emot ett tomt svar.</translation>
    </message>
    <message>
        <source>The text is longer than the platform allows.</source>
        <translation>Texten är längre än plattformen tillåter.</translation>
    </message>
    <message>
        <source>The platform refused it as a copy of an earlier reply.</source>
        <translation>Plattformen avvisade det som en kopia av ett tidigare svar.</translation>
    </message>
    <message>
        <source>The platform refused the post as a copy of one already published; change the text to publish it again.</source>
        <translation>Plattformen avvisade inlägget som en kopia av ett som redan är publicerat. Ändra texten för att publicera det igen.</translation>
    </message>
    <message>
        <source>The platform asks us to slow down; it will be tried again later.</source>
        <translation>Plattformen ber oss sakta ner; det provas igen senare.</translation>
    </message>
    <message>
        <source>The account&apos;s allowance on the platform is used up for now.</source>
        <translation>Kontots kvot på plattformen är slut för tillfället.</translation>
    </message>
    <message>
        <source>The platform only allows a reply where the account was mentioned or invited to reply.</source>
        <translation>Plattformen tillåter bara svar där kontot har nämnts eller bjudits in att svara.</translation>
    </message>
    <message>
        <source>A rejected comment cannot be published again.</source>
        <translation>En avvisad kommentar kan inte publiceras igen.</translation>
    </message>
    <message>
        <source>The platform no longer supports the version of its interface Svarbox uses; update Svarbox.</source>
        <translation>Plattformen stöder inte längre den version av gränssnittet som Svarbox använder; uppdatera Svarbox.</translation>
    </message>
    <message>
        <source>The platform no longer accepts this account&apos;s sign-in (expired or revoked): reconnect the account.</source>
        <translation>Plattformen godtar inte längre kontots inloggning (utgången eller återkallad): anslut kontot igen.</translation>
    </message>
    <message>
        <source>The platform did not permit this: the account lacks a permission or a role.</source>
        <translation>Plattformen tillät det inte: kontot saknar en behörighet eller en roll.</translation>
    </message>
    <message>
        <source>The platform does not allow this here.</source>
        <translation>Plattformen tillåter inte detta här.</translation>
    </message>
    <message>
        <source>The platform cannot be reached; check the network.</source>
        <translation>Plattformen går inte att nå; kontrollera nätverket.</translation>
    </message>
    <message>
        <source>The platform had a temporary problem; it will be tried again.</source>
        <translation>Plattformen hade ett tillfälligt problem; det provas igen.</translation>
    </message>
    <message>
        <source>The platform sent an answer Svarbox could not read.</source>
        <translation>Plattformen skickade ett svar som Svarbox inte kunde läsa.</translation>
    </message>
    <message>
        <source>The platform refused it.</source>
        <translation>Plattformen avvisade det.</translation>
    </message>
    <message>
        <source>{reason} The platform&apos;s own words: “{words}”</source>
        <translation>{reason} Plattformens egna ord: ”{words}”</translation>
    </message>
</context>
<context>
    <name>PlatformSettingsDialog</name>
    <message>
        <source>Platform settings: {name}</source>
        <translation>Plattformsinställningar: {name}</translation>
    </message>
</context>
<context>
    <name>PlatformSetupPanel</name>
    <message>
        <source>X only returns to addresses registered exactly in your X app. Under User authentication settings &gt; Callback URI, register all of these:</source>
        <translation>X återvänder bara till adresser som är registrerade exakt så i er X-app. Under User authentication settings &gt; Callback URI registrerar ni alla dessa:</translation>
    </message>
    <message>
        <source>Callback URLs to register at X</source>
        <translation>Callback-adresser som ska registreras hos X</translation>
    </message>
    <message>
        <source>For example: svømmehal, Viborg Kommune</source>
        <translation>Till exempel: simhall, Umeå kommun</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Sökord</translation>
    </message>
    <message>
        <source>Comma-separated searches on X</source>
        <translation>Sökningar på X, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>Monitor the keywords (X charges for every post it returns)</source>
        <translation>Bevaka sökorden (X tar betalt för varje inlägg som returneras)</translation>
    </message>
    <message>
        <source>Keyword monitoring</source>
        <translation>Bevakning av sökord</translation>
    </message>
    <message>
        <source>Mentions a day</source>
        <translation>Omnämnanden per dag</translation>
    </message>
    <message>
        <source>Expected mentions of the account a day</source>
        <translation>Förväntat antal omnämnanden av kontot per dag</translation>
    </message>
    <message>
        <source>Keyword hits a day</source>
        <translation>Sökordsträffar per dag</translation>
    </message>
    <message>
        <source>Expected posts found by the keywords a day</source>
        <translation>Förväntat antal inlägg som sökorden hittar per dag</translation>
    </message>
    <message>
        <source>Replies a day</source>
        <translation>Svar per dag</translation>
    </message>
    <message>
        <source>Expected replies from Svarbox a day</source>
        <translation>Förväntat antal svar från Svarbox per dag</translation>
    </message>
    <message>
        <source>Estimated monthly cost at X</source>
        <translation>Uppskattad månadskostnad hos X</translation>
    </message>
    <message>
        <source>Since February 2026 X lets apps reply only to posts that mention or quote the account. Keyword hits that do not are shown as &quot;answer on X&quot;.</source>
        <translation>Sedan februari 2026 låter X bara appar svara på inlägg som nämner eller citerar kontot. Sökordsträffar som inte gör det visas som &quot;svara på X&quot;.</translation>
    </message>
    <message>
        <source>X&apos;s reply rule</source>
        <translation>X:s regel för svar</translation>
    </message>
    <message>
        <source>App client secret</source>
        <translation>Appens klienthemlighet</translation>
    </message>
    <message>
        <source>The desktop OAuth client&apos;s secret from Google Cloud; kept in the keychain</source>
        <translation>Hemligheten för skrivbordsklienten (OAuth) från Google Cloud; sparas i nyckelringen</translation>
    </message>
    <message>
        <source>If the Google app&apos;s publishing status is &quot;Testing&quot;, Google withdraws the sign-in after 7 days and the account must be connected again. Publish the app (&quot;In production&quot;) to keep it connected.</source>
        <translation>Om Google-appens publiceringsstatus är &quot;Testing&quot; drar Google tillbaka inloggningen efter 7 dagar och kontot måste anslutas igen. Publicera appen (&quot;In production&quot;) så att anslutningen håller.</translation>
    </message>
    <message>
        <source>Google&apos;s 7-day limit for apps in Testing</source>
        <translation>Googles gräns på 7 dagar för appar i Testing</translation>
    </message>
    <message>
        <source>LinkedIn API version</source>
        <translation>LinkedIn API-version</translation>
    </message>
    <message>
        <source>Leave empty for the version Svarbox is tested with</source>
        <translation>Lämna tomt för att använda den version som Svarbox är testad med</translation>
    </message>
    <message>
        <source>The Page has Messenger&apos;s Human Agent permission (answers up to 7 days)</source>
        <translation>Sidan har Messengers Human Agent-behörighet (svar upp till 7 dagar)</translation>
    </message>
    <message>
        <source>Messenger human agent tag</source>
        <translation>Messengers Human Agent-tagg</translation>
    </message>
    <message>
        <source>The token comes from Instagram Login (graph.instagram.com); Svarbox renews it before its 60 days run out</source>
        <translation>Token kommer från Instagram Login (graph.instagram.com); Svarbox förnyar den innan de 60 dagarna har gått</translation>
    </message>
    <message>
        <source>Instagram Login</source>
        <translation>Instagram Login</translation>
    </message>
    <message>
        <source>Linked Facebook Page id</source>
        <translation>Id för den kopplade Facebook-sidan</translation>
    </message>
    <message>
        <source>Needed for private replies with Facebook Login</source>
        <translation>Behövs för privata svar med Facebook Login</translation>
    </message>
    <message>
        <source>Rough cost at X: about {usd} US dollars a month (X&apos;s pay-per-use prices; check your X developer console).</source>
        <translation>Ungefärlig kostnad hos X: cirka {usd} amerikanska dollar i månaden (X:s priser per användning; kontrollera er X developer console).</translation>
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
        <translation>er IT-avdelning ({source})</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>okänd nyckel</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>förväntade true eller false</translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation>förväntade en lista med texter</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>förväntade ett heltal</translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation>förväntade en text</translation>
    </message>
    <message>
        <source>Policy {source}: {key} ignored ({reason}).</source>
        <translation>Policy {source}: {key} ignoreras ({reason}).</translation>
    </message>
    <message>
        <source>Policy {source}: &quot;locked&quot; must be a list of keys or true; nothing is locked.</source>
        <translation>Policy {source}: &quot;locked&quot; måste vara en lista med nycklar eller true; inget är låst.</translation>
    </message>
    <message>
        <source>The policy file {path} cannot be read ({reason}); the defaults apply.</source>
        <translation>Policyfilen {path} kan inte läsas ({reason}); standardvärdena gäller.</translation>
    </message>
    <message>
        <source>The policy file {path} is not valid JSON (line {line}, column {column}); the defaults apply.</source>
        <translation>Policyfilen {path} är inte giltig JSON (rad {line}, kolumn {column}); standardvärdena gäller.</translation>
    </message>
    <message>
        <source>The policy file {path} must hold one JSON object of keys and values; the defaults apply.</source>
        <translation>Policyfilen {path} måste innehålla ett JSON-objekt med nycklar och värden; standardvärdena gäller.</translation>
    </message>
    <message>
        <source>{label} is set by {who} and cannot be changed here.</source>
        <translation>{label} är fastställd av {who} och kan inte ändras här.</translation>
    </message>
</context>
<context>
    <name>PolicyLock</name>
    <message>
        <source>Locked: set by {who}.</source>
        <translation>Låst: fastställd av {who}.</translation>
    </message>
</context>
<context>
    <name>PostComposer</name>
    <message>
        <source>New post</source>
        <translation>Nytt inlägg</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Ingen mall</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Mall</translation>
    </message>
    <message>
        <source>Text for every account</source>
        <translation>Text till alla konton</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Link to the web page</source>
        <translation>Länk till webbsidan</translation>
    </message>
    <message>
        <source>Image file or public https address</source>
        <translation>Bildfil eller offentlig https-adress</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Describe the image for people who cannot see it (required)</source>
        <translation>Beskriv bilden för dem som inte kan se den (obligatoriskt)</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>Add another image</source>
        <translation>Lägg till en bild till</translation>
    </message>
    <message>
        <source>Images of the post</source>
        <translation>Inläggets bilder</translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation>Ta bort bild</translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation>Publicera</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanj</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>Preview per platform</source>
        <translation>Förhandsvisning per plattform</translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation>Spara som utkast</translation>
    </message>
    <message>
        <source>Schedule or propose</source>
        <translation>Schemalägg eller föreslå</translation>
    </message>
    <message>
        <source>Text for {account}</source>
        <translation>Text till {account}</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Välj en bild</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.gif *.webp)</translation>
    </message>
    <message>
        <source>Give the image and its alt text first.</source>
        <translation>Ange först bilden och dess alternativtext.</translation>
    </message>
    <message>
        <source>{length} of {limit} characters</source>
        <translation>{length} av {limit} tecken</translation>
    </message>
    <message>
        <source>Choose at least one account.</source>
        <translation>Välj minst ett konto.</translation>
    </message>
</context>
<context>
    <name>PostReportPanel</name>
    <message>
        <source>Published per account and week</source>
        <translation>Publicerat per konto och vecka</translation>
    </message>
    <message>
        <source>Published posts per account and week</source>
        <translation>Publicerade inlägg per konto och vecka</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <source>Comments each post brought</source>
        <translation>Kommentarer på varje inlägg</translation>
    </message>
    <message>
        <source>Comments per published post</source>
        <translation>Kommentarer per publicerat inlägg</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicerat</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Inlägg</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Ännu öppna</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Beräknar …</translation>
    </message>
    <message>
        <source>{posts} posts published in the period; they brought {comments} comments, {open} still open.</source>
        <translation>Inlägg publicerade under perioden: {posts}. Kommentarer på dem: {comments}, varav ännu öppna: {open}.</translation>
    </message>
    <message>
        <source>Week {week}, {year}</source>
        <translation>Vecka {week}, {year}</translation>
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
        <translation>YouTube har inget API för att publicera inlägg: publicera i YouTube Studio och planera det här som en manuell post.</translation>
    </message>
    <message>
        <source>The post for {account} is empty.</source>
        <translation>Inlägget till {account} är tomt.</translation>
    </message>
    <message>
        <source>The post for {account} is {length} characters; {platform} allows {limit}.</source>
        <translation>Inlägget till {account} är {length} tecken; {platform} tillåter {limit}.</translation>
    </message>
    <message numerus="yes">
        <source>{platform} takes at most %n image(s) in a post.</source>
        <translation>
            <numerusform>{platform} tar högst %n bild i ett inlägg.</numerusform>
            <numerusform>{platform} tar högst %n bilder i ett inlägg.</numerusform>
        </translation>
    </message>
    <message>
        <source>The image {name} has no alt text; describe it for people who cannot see it.</source>
        <translation>Bilden {name} saknar alternativtext; beskriv den för dem som inte kan se den.</translation>
    </message>
    <message>
        <source>{platform} does not take this image format: {name}.</source>
        <translation>{platform} tar inte emot det här bildformatet: {name}.</translation>
    </message>
    <message>
        <source>The image file {name} does not exist.</source>
        <translation>Bildfilen {name} finns inte.</translation>
    </message>
    <message>
        <source>{platform} needs the image as a file on this computer, not a web address.</source>
        <translation>{platform} behöver bilden som en fil på den här datorn, inte som en webbadress.</translation>
    </message>
    <message>
        <source>Instagram posts need an image.</source>
        <translation>Inlägg på Instagram måste ha en bild.</translation>
    </message>
    <message>
        <source>Instagram fetches the image from a public web address (https://...); put it on the website and give that address.</source>
        <translation>Instagram hämtar bilden från en offentlig webbadress (https://...); lägg den på webbplatsen och ange adressen.</translation>
    </message>
    <message>
        <source>The publishing time has already passed.</source>
        <translation>Publiceringstiden har redan passerat.</translation>
    </message>
    <message>
        <source>Each post on X costs credits (about ${price} per post).</source>
        <translation>Varje inlägg på X kostar krediter (cirka ${price} per inlägg).</translation>
    </message>
    <message>
        <source>No link to a permanent web page; people will ask where to read more.</source>
        <translation>Ingen länk till en permanent webbsida; folk kommer att fråga var de kan läsa mer.</translation>
    </message>
    <message>
        <source>{platform} cannot schedule posts itself: Svarbox must be running at that time (a window or svarbox worker).</source>
        <translation>{platform} kan inte själv schemalägga inlägg: Svarbox måste vara igång vid den tidpunkten (ett fönster eller svarbox worker).</translation>
    </message>
    <message>
        <source>Publishing here requires a passed course: “{pack}”.</source>
        <translation>Publicering här kräver en godkänd kurs: ”{pack}”.</translation>
    </message>
    <message>
        <source>There is no account {id}.</source>
        <translation>Det finns inget konto {id}.</translation>
    </message>
    <message>
        <source>There is no account called “{name}”.</source>
        <translation>Det finns inget konto som heter ”{name}”.</translation>
    </message>
    <message>
        <source>Unknown channel “{channel}”; use one of: {names}.</source>
        <translation>Okänd kanal ”{channel}”; använd en av: {names}.</translation>
    </message>
    <message>
        <source>There is no post {id}.</source>
        <translation>Det finns inget inlägg {id}.</translation>
    </message>
    <message>
        <source>Only an idea, a draft, a failed or a rejected post can be submitted.</source>
        <translation>Bara en idé, ett utkast eller ett misslyckat eller avvisat inlägg kan skickas vidare.</translation>
    </message>
    <message>
        <source>Only a post awaiting approval can be approved.</source>
        <translation>Bara ett inlägg som väntar på godkännande kan godkännas.</translation>
    </message>
    <message>
        <source>You may not publish on {account}; ask one of its publishers.</source>
        <translation>Du får inte publicera på {account}; fråga någon av kontots publicerare.</translation>
    </message>
    <message>
        <source>Only a post awaiting approval can be rejected.</source>
        <translation>Bara ett inlägg som väntar på godkännande kan avvisas.</translation>
    </message>
    <message>
        <source>Say why the post is rejected, so the colleague can fix it.</source>
        <translation>Skriv varför inlägget avvisas, så att kollegan kan rätta det.</translation>
    </message>
    <message>
        <source>This post is already with the platform and cannot be changed here.</source>
        <translation>Inlägget är redan hos plattformen och kan inte ändras här.</translation>
    </message>
    <message>
        <source>The post awaits approval by a publisher of the account.</source>
        <translation>Inlägget väntar på godkännande av någon av kontots publicerare.</translation>
    </message>
    <message>
        <source>Only a scheduled post can be published now.</source>
        <translation>Bara ett schemalagt inlägg kan publiceras nu.</translation>
    </message>
    <message>
        <source>Another Svarbox has already taken this post.</source>
        <translation>En annan Svarbox har redan tagit det här inlägget.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Set your name first: public replies and exports are signed with it. Run svarbox with --user &quot;Your Name&quot; or set it in the window (File &gt; Settings…).</source>
        <translation>Ange ditt namn först: offentliga svar och exporter undertecknas med det. Kör svarbox med --user &quot;Ditt Namn&quot; eller ange det i fönstret (Arkiv &gt; Inställningar…).</translation>
    </message>
    <message>
        <source>Enter your name; it signs your replies.</source>
        <translation>Skriv ditt namn – det står under dina svar.</translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <source>Time taken</source>
        <translation>Tidsåtgång</translation>
    </message>
    <message>
        <source>No checker findings</source>
        <translation>Granskningen hittade inget</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation>Mönstersvar</translation>
    </message>
    <message>
        <source>Not the model</source>
        <translation>Inte mönstersvar</translation>
    </message>
    <message>
        <source>Projector – Svarbox</source>
        <translation>Projektor – Svarbox</translation>
    </message>
    <message>
        <source>Hide names</source>
        <translation>Dölj namn</translation>
    </message>
    <message>
        <source>Answers side by side</source>
        <translation>Svaren sida vid sida</translation>
    </message>
    <message>
        <source>Trainer&apos;s comment:</source>
        <translation>Utbildarens kommentar:</translation>
    </message>
    <message>
        <source>Trainer&apos;s comment</source>
        <translation>Utbildarens kommentar</translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation>Spara kommentar</translation>
    </message>
</context>
<context>
    <name>PublisherBox</name>
    <message>
        <source>Everyone who uses Svarbox may publish on this account.</source>
        <translation>Alla som använder Svarbox får publicera på det här kontot.</translation>
    </message>
    <message>
        <source>You are not on the list: after saving, your posts here wait for a publisher&apos;s approval.</source>
        <translation>Du står inte på listan: när du har sparat måste dina inlägg här godkännas av en publicerare.</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publicering</translation>
    </message>
    <message>
        <source>Who may publish posts on this account. Others can write a post here; it waits for one of these publishers to approve it. Leave the list empty to let everyone publish.</source>
        <translation>Vem som får publicera inlägg på det här kontot. Andra kan skriva ett inlägg här; det väntar då på att någon av publicerarna godkänner det. Lämna listan tom om alla får publicera.</translation>
    </message>
    <message>
        <source>Name of a colleague, as in Svarbox</source>
        <translation>Namn på en kollega, som i Svarbox</translation>
    </message>
    <message>
        <source>Publisher to add</source>
        <translation>Publicerare att lägga till</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Add publisher</source>
        <translation>Lägg till publicerare</translation>
    </message>
    <message>
        <source>Publishers of this account</source>
        <translation>Publicerare för det här kontot</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the selected publishers</source>
        <translation>Ta bort de valda publicerarna</translation>
    </message>
    <message>
        <source>Requires the course:</source>
        <translation>Kräver kursen:</translation>
    </message>
    <message>
        <source>Training course required to publish</source>
        <translation>Kurs som krävs för att publicera</translation>
    </message>
    <message>
        <source>No course required</source>
        <translation>Ingen kurs krävs</translation>
    </message>
    <message>
        <source>A publisher must hold a certificate of this training pack.</source>
        <translation>En publicerare måste ha ett intyg för det här övningspaketet.</translation>
    </message>
</context>
<context>
    <name>Publishers</name>
    <message>
        <source>A name may be at most {limit} characters.</source>
        <translation>Ett namn får vara högst {limit} tecken.</translation>
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
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Den här veckan</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Förra veckan</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Den här månaden</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Förra månaden</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Anpassad period</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Från</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Till</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konton</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>All accounts, one institution&apos;s or one account</source>
        <translation>Alla konton, en verksamhets konton eller ett enskilt konto</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alla konton</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportera CSV</translation>
    </message>
    <message>
        <source>Save the table as a CSV file for a spreadsheet</source>
        <translation>Spara tabellen som en CSV-fil för ett kalkylprogram</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Report table</source>
        <translation>Rapporttabell</translation>
    </message>
    <message>
        <source>One row per account and a total row</source>
        <translation>En rad per konto och en totalrad</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Resize chart and table</source>
        <translation>Ändra storlek på diagram och tabell</translation>
    </message>
    <message>
        <source>{institution} – all its accounts</source>
        <translation>{institution} – alla dess konton</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Beräknar…</translation>
    </message>
    <message>
        <source>{first} to {last}: {received} items received, {pct} answered on time, {overdue} overdue now.</source>
        <translation>{first} till {last}: {received} meddelanden mottagna, besvarade i tid: {pct}, försenade nu: {overdue}.</translation>
    </message>
    <message>
        <source>none measured yet –</source>
        <translation>inget mätt än</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV, kommaseparerad (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Danish and Swedish spreadsheets, semicolon-separated (*.csv)</source>
        <translation>CSV för danska och svenska kalkylprogram, semikolonseparerad (*.csv)</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exportera rapporten som CSV</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Sparade {path}</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation>Filen kunde inte skrivas: {reason}</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Invalid date &apos;{text}&apos;; write YYYY-MM-DD or an ISO moment such as 2026-03-01T00:00:00+01:00.</source>
        <translation>Ogiltigt datum ”{text}”; skriv ÅÅÅÅ-MM-DD eller en ISO-tidpunkt som 2026-03-01T00:00:00+01:00.</translation>
    </message>
    <message>
        <source>Give the period as --since and --until, --week or --month.</source>
        <translation>Ange perioden med --since och --until, --week eller --month.</translation>
    </message>
    <message>
        <source>Invalid week &apos;{text}&apos;; write it as 2026-W14.</source>
        <translation>Ogiltig vecka ”{text}”; skriv den som 2026-W14.</translation>
    </message>
    <message>
        <source>Invalid month &apos;{text}&apos;; write it as 2026-03.</source>
        <translation>Ogiltig månad ”{text}”; skriv den som 2026-03.</translation>
    </message>
    <message>
        <source>Give both --since and --until.</source>
        <translation>Ange både --since och --until.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>Perioden slutar innan den börjar.</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;{zone}&apos;; use an IANA name such as Europe/Copenhagen.</source>
        <translation>Okänd tidszon ”{zone}”; använd ett IANA-namn som Europe/Stockholm.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>{items} handled items and {own} of our replies are older than {days} days and would be purged.</source>
        <translation>{items} hanterade meddelanden och {own} av våra svar är äldre än {days} dagar och skulle gallras.</translation>
    </message>
    <message>
        <source>Purged {items} items and {own} of our replies (older than {days} days); {notes} notes deleted, {threads} threads cleared.</source>
        <translation>Gallrade {items} meddelanden och {own} av våra svar (äldre än {days} dagar); {notes} anteckningar raderade, {threads} trådar tömda.</translation>
    </message>
    <message>
        <source>Name the person: --author NAME or --author-id ID.</source>
        <translation>Ange personen: --author NAMN eller --author-id ID.</translation>
    </message>
    <message>
        <source>Removed {items} items ({closed} were still open), {notes} notes and the name from {texts} other texts.</source>
        <translation>Tog bort {items} meddelanden ({closed} var fortfarande öppna), {notes} anteckningar och namnet ur {texts} andra texter.</translation>
    </message>
    <message>
        <source>Name the person: an author name or an author id.</source>
        <translation>Ange personen: ett avsändarnamn eller ett avsändar-id.</translation>
    </message>
    <message>
        <source>There is no account {id}.</source>
        <translation>Det finns inget konto {id}.</translation>
    </message>
    <message>
        <source>[name removed]</source>
        <translation>[namn borttaget]</translation>
    </message>
</context>
<context>
    <name>ScenarioEditorWindow</name>
    <message>
        <source>Training scenarios – Svarbox</source>
        <translation>Övningsscenarier – Svarbox</translation>
    </message>
    <message>
        <source>Empty: the default for the pack&apos;s language</source>
        <translation>Tomt: standard för paketets språk</translation>
    </message>
    <message>
        <source>Pack name</source>
        <translation>Paketets namn</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Case channel for referrals</source>
        <translation>Ärendekanal vid hänvisning</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Spara…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save the training pack</source>
        <translation>Spara övningspaketet</translation>
    </message>
    <message>
        <source>Training pack (*.json)</source>
        <translation>Övningspaket (*.json)</translation>
    </message>
    <message>
        <source>The pack could not be written: {reason}</source>
        <translation>Paketet kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Sparat: {path}</translation>
    </message>
</context>
<context>
    <name>ScenarioForm</name>
    <message>
        <source>Greet the resident</source>
        <translation>Hälsa på invånaren</translation>
    </message>
    <message>
        <source>Sign with the signature</source>
        <translation>Skriv under med signaturen</translation>
    </message>
    <message>
        <source>Answer the question</source>
        <translation>Svara på frågan</translation>
    </message>
    <message>
        <source>Send a holding reply</source>
        <translation>Skicka ett preliminärt svar</translation>
    </message>
    <message>
        <source>Refer to the case channel</source>
        <translation>Hänvisa till ärendekanalen</translation>
    </message>
    <message>
        <source>Link to the web page</source>
        <translation>Länka till webbsidan</translation>
    </message>
    <message>
        <source>Say thank you</source>
        <translation>Tacka</translation>
    </message>
    <message>
        <source>Stay calm and factual</source>
        <translation>Håll dig lugn och saklig</translation>
    </message>
    <message>
        <source>Hide it</source>
        <translation>Dölj den</translation>
    </message>
    <message>
        <source>Mark it as spam</source>
        <translation>Markera som spam</translation>
    </message>
    <message>
        <source>Report the threat</source>
        <translation>Anmäl hotet</translation>
    </message>
    <message>
        <source>Apologise for the wait</source>
        <translation>Be om ursäkt för väntan</translation>
    </message>
    <message>
        <source>Repeat no personal data</source>
        <translation>Upprepa inga personuppgifter</translation>
    </message>
    <message>
        <source>Answer in a private message</source>
        <translation>Svara i ett privat meddelande</translation>
    </message>
    <message>
        <source>Leave it unanswered</source>
        <translation>Lämna den obesvarad</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Private message</source>
        <translation>Privat meddelande</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Omnämnande</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
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
        <translation>Avsändare</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>Arrives after</source>
        <translation>Kommer efter</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation>Förväntad svarstyp</translation>
    </message>
    <message>
        <source>Expected handling</source>
        <translation>Förväntad hantering</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Tips</translation>
    </message>
    <message>
        <source>Feedback if handled wrongly</source>
        <translation>Återkoppling vid fel hantering</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>No system keychain is available, so the token was not saved. Svarbox never stores tokens in plain text.</source>
        <translation>Systemets nyckelring är inte tillgänglig, så token sparades inte. Svarbox sparar aldrig token i klartext.</translation>
    </message>
    <message>
        <source>The system keychain refused the request ({reason}).</source>
        <translation>Systemets nyckelring nekade begäran ({reason}).</translation>
    </message>
    <message>
        <source>A stored token is incomplete in the keychain; reconnect the account.</source>
        <translation>En sparad token i systemets nyckelring är ofullständig; anslut kontot igen.</translation>
    </message>
    <message>
        <source>This token is too long to keep in the keychain ({count} characters).</source>
        <translation>Token är för lång för att sparas i systemets nyckelring ({count} tecken).</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Shown to colleagues and used in signatures.</source>
        <translation>Visas för kollegor och används i signaturer.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Appended to every reply. Placeholders: {my_first_name}, {my_name}, {institution}, {account_name}.</source>
        <translation>Läggs till sist i varje svar. Platshållare: {my_first_name}, {my_name}, {institution}, {account_name}.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Empty follows the system language.</source>
        <translation>Tomt följer systemets språk.</translation>
    </message>
    <message>
        <source>Sync every (minutes)</source>
        <translation>Synkroniseringsintervall (minuter)</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Skrivbordsaviseringar</translation>
    </message>
    <message>
        <source>Warn when an item is within one working hour of its deadline or overdue.</source>
        <translation>Varna när ett meddelande har mindre än en arbetstimme kvar till svarsfristen eller är försenat.</translation>
    </message>
    <message>
        <source>Keep handled items (days)</source>
        <translation>Behåll hanterade meddelanden (dagar)</translation>
    </message>
    <message>
        <source>After this, text and author of handled items are removed from the cache.</source>
        <translation>Därefter tas text och avsändare för hanterade meddelanden bort ur den lokala kopian.</translation>
    </message>
    <message>
        <source>Default response policy</source>
        <translation>Standardregel för svarstid</translation>
    </message>
    <message>
        <source>Default follow-up policy</source>
        <translation>Standardregel för uppföljning</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Organisationens namn</translation>
    </message>
    <message>
        <source>Our own e-mail domains</source>
        <translation>Våra egna e-postdomäner</translation>
    </message>
    <message>
        <source>Comma-separated; addresses there are not flagged as private data.</source>
        <translation>Kommaseparerade; adresser där flaggas inte som personuppgifter.</translation>
    </message>
    <message>
        <source>Official case channel</source>
        <translation>Officiell ärendekanal</translation>
    </message>
    <message>
        <source>Where referrals point, e.g. a web form address or phone number.</source>
        <translation>Dit hänvisningar pekar, t.ex. adressen till ett webbformulär eller ett telefonnummer.</translation>
    </message>
    <message>
        <source>Database address</source>
        <translation>Databasadress</translation>
    </message>
    <message>
        <source>Empty uses the local file; a team uses postgresql+psycopg://…</source>
        <translation>Tomt använder den lokala filen; ett team använder postgresql+psycopg://…</translation>
    </message>
    <message>
        <source>Calendar country for new accounts</source>
        <translation>Kalenderland för nya konton</translation>
    </message>
    <message>
        <source>Days the organisation is closed</source>
        <translation>Dagar då organisationen har stängt</translation>
    </message>
    <message>
        <source>Platforms that may be connected</source>
        <translation>Plattformar som får anslutas</translation>
    </message>
    <message>
        <source>Empty allows every platform.</source>
        <translation>Tomt tillåter alla plattformar.</translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation>Telemetri</translation>
    </message>
    <message>
        <source>Svarbox sends no usage data; IT may assert that here.</source>
        <translation>Svarbox skickar inga användningsdata; IT kan slå fast det här.</translation>
    </message>
    <message>
        <source>Update feed</source>
        <translation>Adress för uppdateringar</translation>
    </message>
    <message>
        <source>Where Svarbox looks for a newer version; empty turns the notice off.</source>
        <translation>Var Svarbox letar efter en nyare version; tomt stänger av meddelandet.</translation>
    </message>
    <message>
        <source>Proxy configuration file (PAC)</source>
        <translation>Proxykonfigurationsfil (PAC)</translation>
    </message>
    <message>
        <source>Empty uses the operating system&apos;s proxy settings.</source>
        <translation>Tomt använder operativsystemets proxyinställningar.</translation>
    </message>
    <message>
        <source>Find the proxy by WPAD</source>
        <translation>Hitta proxyn via WPAD</translation>
    </message>
    <message>
        <source>Your settings could not be saved ({reason}).</source>
        <translation>Dina inställningar kunde inte sparas ({reason}).</translation>
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
        <translation>Teamets regler</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
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
        <translation>Aviseringar</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Integritet</translation>
    </message>
    <message>
        <source>Response policies and referrals</source>
        <translation>Svarstider och hänvisningar</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Teamets databas</translation>
    </message>
    <message>
        <source>Same as Windows</source>
        <translation>Samma som Windows</translation>
    </message>
    <message>
        <source>Same as macOS</source>
        <translation>Samma som macOS</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Samma som systemet</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Allmänna helgdagar</translation>
    </message>
    <message>
        <source>Optional holidays</source>
        <translation>Valfria lediga dagar</translation>
    </message>
    <message>
        <source>De facto holidays</source>
        <translation>De facto-helgdagar</translation>
    </message>
    <message>
        <source>Bank holidays</source>
        <translation>Bankhelgdagar</translation>
    </message>
    <message>
        <source>School holidays</source>
        <translation>Skollov</translation>
    </message>
    <message>
        <source>Half days</source>
        <translation>Halvdagar</translation>
    </message>
    <message>
        <source>Unofficial holidays</source>
        <translation>Inofficiella helgdagar</translation>
    </message>
    <message>
        <source>Working-day observances</source>
        <translation>Temadagar som är arbetsdagar</translation>
    </message>
    <message>
        <source>Catholic holidays</source>
        <translation>Katolska helgdagar</translation>
    </message>
    <message>
        <source>Government holidays</source>
        <translation>Lediga dagar för statsanställda</translation>
    </message>
    <message>
        <source>Constitution Day, Christmas Eve, New Year&apos;s Eve</source>
        <translation>Grundlovsdagen, julafton, nyårsafton</translation>
    </message>
    <message>
        <source>Midsummer Eve, Christmas Eve, New Year&apos;s Eve</source>
        <translation>Midsommarafton, julafton, nyårsafton</translation>
    </message>
    <message>
        <source>Christmas Eve and New Year&apos;s Eve closed; Constitution Day (5 June) open until 12:00</source>
        <translation>Stängt på julafton och nyårsafton; grundlovsdagen (5 juni) öppet till kl. 12.00</translation>
    </message>
    <message>
        <source>Closing at 14:00 on Twelfth Night, Maundy Thursday, Walpurgis Night and All Saints&apos; Eve</source>
        <translation>Stänger kl. 14.00 på trettondagsafton, skärtorsdagen, valborgsmässoafton och allhelgonaafton</translation>
    </message>
    <message>
        <source>Christmas Eve, New Year&apos;s Eve and the Wednesday before Maundy Thursday close at 12:00</source>
        <translation>Julafton, nyårsafton och onsdagen före skärtorsdagen stänger kl. 12.00</translation>
    </message>
    <message>
        <source>Svarbox knows no eves or half days for this country.</source>
        <translation>Svarbox känner inte till några aftnar eller halvdagar för det här landet.</translation>
    </message>
    <message>
        <source>Applies to everyone on the team.</source>
        <translation>Gäller alla i teamet.</translation>
    </message>
    <message>
        <source>hours:H, workdays:N or business_hours:H, e.g. workdays:2</source>
        <translation>hours:H, workdays:N eller business_hours:H, t.ex. workdays:2</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation>Rätta först de markerade fälten.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>No accounts are connected yet. Connect one with File → Connect an account; its response policy and work calendar can then be set here.</source>
        <translation>Inga konton är anslutna än. Anslut ett med Arkiv → Anslut ett konto; sedan kan du ställa in svarstidsregel och arbetskalender för det här.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>No token for this account in your keychain; reconnect it.</source>
        <translation>Ingen token för kontot i systemets nyckelring; anslut det igen.</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>Kontot finns inte längre.</translation>
    </message>
    <message>
        <source>Paused by the platform until {time}.</source>
        <translation>Pausat av plattformen till kl. {time}.</translation>
    </message>
    <message>
        <source>A colleague&apos;s Svarbox is syncing this account.</source>
        <translation>En kollegas Svarbox synkroniserar kontot just nu.</translation>
    </message>
    <message>
        <source>A colleague&apos;s Svarbox took over syncing this account.</source>
        <translation>En kollegas Svarbox har tagit över synkroniseringen av kontot.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Syncing…</source>
        <translation>Synkroniserar…</translation>
    </message>
    <message>
        <source>Last sync {time}</source>
        <translation>Senaste synkronisering {time}</translation>
    </message>
    <message>
        <source>Reconnect {account}</source>
        <translation>Anslut {account} igen</translation>
    </message>
    <message>
        <source>Paste a new access token for {account}. It goes straight to your keychain.</source>
        <translation>Klistra in en ny åtkomsttoken för {account}. Den sparas direkt i systemets nyckelring.</translation>
    </message>
    <message>
        <source>{account} is connected again.</source>
        <translation>{account} är anslutet igen.</translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>{colleague} is answering this right now</source>
        <translation>{colleague} svarar på det här just nu</translation>
    </message>
    <message>
        <source>Kept on this computer; it goes to the outbox when the team database is back.</source>
        <translation>Sparat på den här datorn; det läggs i utkorgen när teamets databas är tillbaka.</translation>
    </message>
    <message>
        <source>The team database cannot be reached – read-only; your actions are kept on this computer (since {time}).</source>
        <translation>Det går inte att nå teamets databas – skrivskyddat läge; dina åtgärder sparas på den här datorn (sedan {time}).</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) kept.</source>
        <translation>
            <numerusform>%n åtgärd sparad.</numerusform>
            <numerusform>%n åtgärder sparade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last try {time}.</source>
        <translation>Senaste försök {time}.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Try to reach the team database now</source>
        <translation>Försök nå teamets databas nu</translation>
    </message>
    <message numerus="yes">
        <source>The team database is back; %n kept action(s) moved to the outbox.</source>
        <translation>
            <numerusform>Teamets databas är tillbaka; %n sparad åtgärd har flyttats till utkorgen.</numerusform>
            <numerusform>Teamets databas är tillbaka; %n sparade åtgärder har flyttats till utkorgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team database is back.</source>
        <translation>Teamets databas är tillbaka.</translation>
    </message>
    <message>
        <source>A kept action could not be sent: {reason}</source>
        <translation>En sparad åtgärd kunde inte skickas: {reason}</translation>
    </message>
    <message>
        <source>Kept action not sent</source>
        <translation>Sparad åtgärd skickades inte</translation>
    </message>
    <message>
        <source>An action you wrote while the team database was away was not sent:

{reason}

Send it anyway?</source>
        <translation>En åtgärd som du gjorde medan teamets databas var borta skickades inte:

{reason}

Vill du skicka den ändå?</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Tilldelat dig</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were assigned to you.</source>
        <translation>
            <numerusform>%n meddelande har tilldelats dig.</numerusform>
            <numerusform>%n meddelanden har tilldelats dig.</numerusform>
        </translation>
    </message>
    <message>
        <source>{who} assigned you an item</source>
        <translation>{who} har tilldelat dig ett meddelande</translation>
    </message>
    <message>
        <source>Assigned to {name}.</source>
        <translation>Tilldelat {name}.</translation>
    </message>
    <message>
        <source>No longer assigned.</source>
        <translation>Inte längre tilldelat.</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Tilldela</translation>
    </message>
    <message>
        <source>Colleague to assign this item to (pick or type a name):</source>
        <translation>Kollega som ska få meddelandet (välj eller skriv ett namn):</translation>
    </message>
    <message>
        <source>Search every account for this topic</source>
        <translation>Sök efter ämnet på alla konton</translation>
    </message>
    <message>
        <source>A topic is spreading: {n} items about {topic} in the last hour on {accounts}</source>
        <translation>Ett ämne sprider sig: {n} ärenden om {topic} den senaste timmen på {accounts}</translation>
    </message>
    <message numerus="yes">
        <source>(%n other account(s) unusually busy too.)</source>
        <translation>
            <numerusform>(%n annat konto har också ovanligt hög aktivitet.)</numerusform>
            <numerusform>(%n andra konton har också ovanligt hög aktivitet.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the items</source>
        <translation>Visa meddelandena</translation>
    </message>
    <message>
        <source>Show this account&apos;s items, newest first</source>
        <translation>Visa kontots meddelanden, nyast först</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Hide this warning</source>
        <translation>Dölj varningen</translation>
    </message>
    <message>
        <source>Unusual activity on {account}: {n} items in the last hour, usually {u}</source>
        <translation>Ovanlig aktivitet på {account}: {n} meddelanden den senaste timmen, normalt {u}</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Reply templates</source>
        <translation>Svarsmallar</translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation>Importera mallar</translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation>Exportera mallar</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alla språk</translation>
    </message>
    <message>
        <source>Show templates in language</source>
        <translation>Visa mallar på språket</translation>
    </message>
    <message>
        <source>Find a template</source>
        <translation>Sök en mall</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Mallar</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Infoga platshållare</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <source>Example with sample values</source>
        <translation>Exempel med exempelvärden</translation>
    </message>
    <message>
        <source>Template status</source>
        <translation>Mallens status</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Ny mall</translation>
    </message>
    <message>
        <source>Hi {author_first_name}!</source>
        <translation>Hej {author_first_name}!</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Sparat.</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>{name} har tagits bort.</translation>
    </message>
    <message>
        <source>Imported {added} new and {updated} changed templates.</source>
        <translation>Importerade {added} nya och {updated} ändrade mallar.</translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation>Exporterat till {path}.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Holding reply</source>
        <translation>Tillfälligt svar</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Refer to the official case channel</source>
        <translation>Hänvisa till den officiella ärendekanalen</translation>
    </message>
    <message>
        <source>Link to the permanent web page</source>
        <translation>Länk till den permanenta webbsidan</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Tack</translation>
    </message>
    <message>
        <source>Critical citizen</source>
        <translation>Kritisk invånare</translation>
    </message>
    <message>
        <source>Spam or threat response</source>
        <translation>Svar på spam eller hot</translation>
    </message>
    <message>
        <source>Apology for a late answer</source>
        <translation>Ursäkt för sent svar</translation>
    </message>
    <message>
        <source>Citizen&apos;s first name</source>
        <translation>Invånarens förnamn</translation>
    </message>
    <message>
        <source>Citizen&apos;s name</source>
        <translation>Invånarens namn</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontots namn</translation>
    </message>
    <message>
        <source>Institution or department</source>
        <translation>Verksamhet eller avdelning</translation>
    </message>
    <message>
        <source>Link to the web page</source>
        <translation>Länk till webbsidan</translation>
    </message>
    <message>
        <source>Official case channel</source>
        <translation>Officiell ärendekanal</translation>
    </message>
    <message>
        <source>My name</source>
        <translation>Mitt namn</translation>
    </message>
    <message>
        <source>My first name</source>
        <translation>Mitt förnamn</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Ämne</translation>
    </message>
    <message>
        <source>When we will answer</source>
        <translation>När vi svarar</translation>
    </message>
    <message>
        <source>Contact (phone or address)</source>
        <translation>Kontakt (telefon eller adress)</translation>
    </message>
    <message>
        <source>Fill in before sending: {names}.</source>
        <translation>Fyll i innan du skickar: {names}.</translation>
    </message>
    <message>
        <source>Unmatched “{brace}” at character {pos}: write placeholders as {{name}} and a literal brace as “{brace}{brace}”.</source>
        <translation>Ensam ”{brace}” vid tecken {pos}: skriv platshållare som {{name}} och en vanlig klammerparentes som ”{brace}{brace}”.</translation>
    </message>
    <message>
        <source>not a Svarbox template file (expected &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation>inte en mallfil från Svarbox (väntade &quot;format&quot;: &quot;{format}&quot;).</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number.</source>
        <translation>&quot;version&quot; måste vara ett heltal.</translation>
    </message>
    <message>
        <source>made by a newer Svarbox (version {version}); update Svarbox to import it.</source>
        <translation>skapad av en nyare Svarbox (version {version}); uppdatera Svarbox för att importera den.</translation>
    </message>
    <message>
        <source>&quot;templates&quot; must be a list.</source>
        <translation>&quot;templates&quot; måste vara en lista.</translation>
    </message>
    <message>
        <source>template {n}</source>
        <translation>mall {n}</translation>
    </message>
    <message>
        <source>{where} is not an object.</source>
        <translation>{where} är inte ett objekt.</translation>
    </message>
    <message>
        <source>{where} needs a non-empty text &quot;{key}&quot;.</source>
        <translation>{where} behöver en text i &quot;{key}&quot; som inte är tom.</translation>
    </message>
    <message>
        <source>{where} has unknown category “{category}” (use one of: {names}).</source>
        <translation>{where} har okänd kategori ”{category}” (använd någon av: {names}).</translation>
    </message>
    <message>
        <source>{where} has unknown language “{language}” (use one of: {names}).</source>
        <translation>{where} har okänt språk ”{language}” (använd något av: {names}).</translation>
    </message>
    <message>
        <source>{where} appears twice for language “{language}”.</source>
        <translation>{where} förekommer två gånger för språket ”{language}”.</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}: filen finns inte.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({error}).</source>
        <translation>{path}: kan inte läsas ({error}).</translation>
    </message>
    <message>
        <source>{path}: not valid JSON (line {line}, column {column}: {error}).</source>
        <translation>{path}: ogiltig JSON (rad {line}, kolumn {column}: {error}).</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({error}).</source>
        <translation>{path}: kan inte skrivas ({error}).</translation>
    </message>
    <message>
        <source>A template needs a name and a text.</source>
        <translation>En mall måste ha ett namn och en text.</translation>
    </message>
    <message>
        <source>Unknown template category: {category}</source>
        <translation>Okänd mallkategori: {category}</translation>
    </message>
    <message>
        <source>There is no template {name} ({language}).</source>
        <translation>Det finns ingen mall {name} ({language}).</translation>
    </message>
</context>
<context>
    <name>TopicsWindow</name>
    <message>
        <source>Topics</source>
        <translation>Ämnen</translation>
    </message>
    <message>
        <source>Topics in this view</source>
        <translation>Ämnen i den här vyn</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Group the view&apos;s items again</source>
        <translation>Gruppera vyns ärenden igen</translation>
    </message>
    <message>
        <source>Items grouped by what they are about: the same street or place, or an uncommon word they share. Open a topic to see its items, then answer them all with one template or close them in one go.</source>
        <translation>Ärendena är grupperade efter vad de handlar om: samma gata eller plats, eller ett ovanligt ord de har gemensamt. Öppna ett ämne för att se ärendena och svara sedan alla med en mall eller stäng dem på en gång.</translation>
    </message>
    <message>
        <source>The largest topics first; select one to see its items</source>
        <translation>De största ämnena först – välj ett för att se ärendena</translation>
    </message>
    <message>
        <source>Items about this topic</source>
        <translation>Ärenden om det här ämnet</translation>
    </message>
    <message>
        <source>Double-click an item to show it in the inbox</source>
        <translation>Dubbelklicka på ett ärende för att visa det i inkorgen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Avsändare</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Mall:</translation>
    </message>
    <message>
        <source>Template for answering every item of the topic</source>
        <translation>Mall för svar på alla ärenden om ämnet</translation>
    </message>
    <message>
        <source>The templates that fit the topic best come first</source>
        <translation>De mallar som passar ämnet bäst står överst</translation>
    </message>
    <message>
        <source>Answer all</source>
        <translation>Svara alla</translation>
    </message>
    <message>
        <source>Answer every item of the topic with this template</source>
        <translation>Svara på alla ärenden om ämnet med den här mallen</translation>
    </message>
    <message>
        <source>Show in the inbox</source>
        <translation>Visa i inkorgen</translation>
    </message>
    <message>
        <source>Show the selected item in the inbox</source>
        <translation>Visa det valda ärendet i inkorgen</translation>
    </message>
    <message>
        <source>No reply needed for all</source>
        <translation>Inget svar behövs för alla</translation>
    </message>
    <message>
        <source>Close every item of the topic without a reply</source>
        <translation>Stäng alla ärenden om ämnet utan svar</translation>
    </message>
    <message>
        <source>Topics in “{view}”</source>
        <translation>Ämnen i ”{view}”</translation>
    </message>
    <message>
        <source>Grouping…</source>
        <translation>Grupperar …</translation>
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
        <translation>Samma gata eller plats</translation>
    </message>
    <message>
        <source>Comments on the same post that share a word</source>
        <translation>Kommentarer på samma inlägg som har ett ord gemensamt</translation>
    </message>
    <message>
        <source>A word they share</source>
        <translation>Ett ord de har gemensamt</translation>
    </message>
    <message>
        <source>No topics here: no two items of this view share a place or an uncommon word.</source>
        <translation>Inga ämnen här: inga ärenden i den här vyn delar en plats eller ett ovanligt ord.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(okänd)</translation>
    </message>
    <message>
        <source>Suggested: {template}</source>
        <translation>Förslag: {template}</translation>
    </message>
    <message>
        <source>This item is no longer in the view.</source>
        <translation>Ärendet finns inte längre i vyn.</translation>
    </message>
    <message>
        <source>Answer the whole topic?</source>
        <translation>Svara på hela ämnet?</translation>
    </message>
    <message>
        <source>Send “{name}” as the reply to {n} items (filled in for each author, with your signature)?</source>
        <translation>Skicka ”{name}” som svar på {n} ärenden (ifyllt för varje avsändare och med din signatur)?</translation>
    </message>
    <message>
        <source>Answering {n} items…</source>
        <translation>Svarar på {n} ärenden …</translation>
    </message>
    <message>
        <source>Replying</source>
        <translation>Svarar</translation>
    </message>
    <message>
        <source>Close the whole topic?</source>
        <translation>Stäng hela ämnet?</translation>
    </message>
    <message>
        <source>Mark {n} items as “no reply needed”?</source>
        <translation>Markera {n} ärenden som ”inget svar behövs”?</translation>
    </message>
    <message>
        <source>Closing {n} items…</source>
        <translation>Stänger {n} ärenden …</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Stänger</translation>
    </message>
</context>
<context>
    <name>TrainerConsole</name>
    <message>
        <source>Classroom {code} – Svarbox</source>
        <translation>Klass {code} – Svarbox</translation>
    </message>
    <message>
        <source>Class code</source>
        <translation>Klasskod</translation>
    </message>
    <message>
        <source>Trainees who have joined</source>
        <translation>Deltagare som har anslutit</translation>
    </message>
    <message>
        <source>Start the class</source>
        <translation>Starta klassen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Next message</source>
        <translation>Nästa meddelande</translation>
    </message>
    <message>
        <source>Next message every</source>
        <translation>Nästa meddelande var</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuellt</translation>
    </message>
    <message>
        <source>Pace in seconds</source>
        <translation>Tempo i sekunder</translation>
    </message>
    <message>
        <source>Hide names</source>
        <translation>Dölj namn</translation>
    </message>
    <message>
        <source>Projector view</source>
        <translation>Projektorvy</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Waiting for trainees to join</source>
        <translation>Väntar på att deltagarna ansluter</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Joined: {n}</source>
        <translation>Anslutna: {n}</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>har svarat</translation>
    </message>
    <message>
        <source>{n} messages in the pack</source>
        <translation>{n} meddelanden i paketet</translation>
    </message>
    <message>
        <source>No message sent yet</source>
        <translation>Inget meddelande skickat än</translation>
    </message>
    <message>
        <source>Message {i} of {n} · {answered} of {joined} answered</source>
        <translation>Meddelande {i} av {n} · {answered} av {joined} har svarat</translation>
    </message>
    <message>
        <source>For the trainer: {hint}</source>
        <translation>För utbildaren: {hint}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>The training pack {path} cannot be read ({reason}).</source>
        <translation>Övningspaketet {path} kan inte läsas ({reason}).</translation>
    </message>
    <message>
        <source>The training pack {path} is not valid JSON.</source>
        <translation>Övningspaketet {path} är inte giltig JSON.</translation>
    </message>
    <message>
        <source>{path} is not a Svarbox training pack.</source>
        <translation>{path} är inte ett övningspaket för Svarbox.</translation>
    </message>
    <message>
        <source>A scenario in {path} is incomplete ({field}).</source>
        <translation>Ett scenario i {path} är ofullständigt ({field}).</translation>
    </message>
    <message>
        <source>Training runs only in the training workspace.</source>
        <translation>Övningar kan bara köras i övningsmiljön.</translation>
    </message>
    <message>
        <source>Not handled.</source>
        <translation>Inte hanterat.</translation>
    </message>
    <message>
        <source>This is not a Svarbox training pack.</source>
        <translation>Det här är inget övningspaket för Svarbox.</translation>
    </message>
    <message>
        <source>The pack needs a name.</source>
        <translation>Paketet behöver ett namn.</translation>
    </message>
    <message>
        <source>Scenario {n} has no ID.</source>
        <translation>Scenario {n} saknar ett ID.</translation>
    </message>
    <message>
        <source>Scenario {n} has no author.</source>
        <translation>Scenario {n} saknar en avsändare.</translation>
    </message>
    <message>
        <source>Scenario {n} has no message.</source>
        <translation>Scenario {n} saknar ett meddelande.</translation>
    </message>
    <message>
        <source>Two scenarios have the ID {id}.</source>
        <translation>Två scenarier har id:t {id}.</translation>
    </message>
    <message>
        <source>Scenario {id} has an unknown platform or kind.</source>
        <translation>Scenario {id} har en okänd plattform eller typ.</translation>
    </message>
    <message>
        <source>Scenario {id}: only Messenger has private messages.</source>
        <translation>Scenario {id}: bara Messenger har privata meddelanden.</translation>
    </message>
    <message>
        <source>Scenario {id} has an impossible timing.</source>
        <translation>Scenario {id} har en omöjlig tidsangivelse.</translation>
    </message>
    <message>
        <source>The pack has no scenarios.</source>
        <translation>Paketet har inga scenarier.</translation>
    </message>
    <message>
        <source>The item is gone.</source>
        <translation>Ärendet finns inte längre.</translation>
    </message>
    <message>
        <source>{trainee} has not passed {pack} yet ({percent} %), so there is no certificate.</source>
        <translation>{trainee} är inte godkänd i {pack} än ({percent} %), så det finns inget kursintyg.</translation>
    </message>
    <message>
        <source>Only a passed pack gives a certificate.</source>
        <translation>Bara ett godkänt paket ger ett kursintyg.</translation>
    </message>
    <message>
        <source>Add the case to a training pack</source>
        <translation>Lägg till fallet i ett övningspaket</translation>
    </message>
    <message>
        <source>Training pack (*.json)</source>
        <translation>Övningspaket (*.json)</translation>
    </message>
</context>
<context>
    <name>TrainingSummaryWindow</name>
    <message>
        <source>Training summary – Svarbox</source>
        <translation>Övningssammanfattning – Svarbox</translation>
    </message>
    <message>
        <source>Training summary</source>
        <translation>Övningssammanfattning</translation>
    </message>
    <message>
        <source>{total} of {maximum} points</source>
        <translation>{total} av {maximum} poäng</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Svarsfrist</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Poäng</translation>
    </message>
    <message>
        <source>Scores per scenario</source>
        <translation>Poäng per scenario</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>godkänd</translation>
    </message>
    <message>
        <source>not passed yet (needs {pct} %)</source>
        <translation>inte godkänd än (kräver {pct} %)</translation>
    </message>
    <message>
        <source>{pct} % · {handled} of {count} scenarios handled · {verdict}</source>
        <translation>{pct} % · {handled} av {count} scenarier hanterade · {verdict}</translation>
    </message>
    <message>
        <source>Earlier sessions: {scores}</source>
        <translation>Tidigare tillfällen: {scores}</translation>
    </message>
    <message>
        <source>Tone</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Hantering</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Hänvisning</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Återkoppling</translation>
    </message>
    <message>
        <source>Each scenario with its points per criterion, the total and feedback</source>
        <translation>Varje scenario med poäng per kriterium, summa och återkoppling</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation>Bra jobbat.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <source>of {maximum}</source>
        <translation>av {maximum}</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>ej aktuellt</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>Save the summary as a JSON and a CSV file</source>
        <translation>Spara sammanfattningen som en JSON- och en CSV-fil</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>Kursintyg…</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Kursintyg</translation>
    </message>
    <message>
        <source>Save a PDF certificate for a passed pack</source>
        <translation>Spara ett kursintyg som PDF för ett godkänt paket</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>{column}: {points} of {maximum}</source>
        <translation>{column}: {points} av {maximum}</translation>
    </message>
    <message>
        <source>{column}: not applicable</source>
        <translation>{column}: ej aktuellt</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Holding reply</source>
        <translation>Tillfälligt svar</translation>
    </message>
    <message>
        <source>No reply needed</source>
        <translation>Inget svar behövs</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Hänvisat</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Dolt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisat</translation>
    </message>
    <message>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Raderat</translation>
    </message>
    <message>
        <source>Not handled</source>
        <translation>Inte hanterat</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Spara kursintyget</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The certificate could not be written: {reason}</source>
        <translation>Kursintyget kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <source>Certificate saved: {path}</source>
        <translation>Kursintyg sparat: {path}</translation>
    </message>
    <message>
        <source>Certificate saved, but the team record could not be written: {reason}</source>
        <translation>Kursintyget är sparat, men registreringen i teamdatabasen kunde inte sparas: {reason}</translation>
    </message>
    <message>
        <source>Export the training summary</source>
        <translation>Exportera övningssammanfattningen</translation>
    </message>
    <message>
        <source>JSON and CSV with the same name (*.json)</source>
        <translation>JSON och CSV med samma namn (*.json)</translation>
    </message>
    <message>
        <source>Saved {json} and {csv}</source>
        <translation>Sparade {json} och {csv}</translation>
    </message>
    <message>
        <source>The files could not be written: {reason}</source>
        <translation>Filerna kunde inte skrivas: {reason}</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Svarbox</source>
        <translation>Visa Svarbox</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synkronisera nu</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message numerus="yes">
        <source>Svarbox – %n overdue</source>
        <translation>
            <numerusform>Svarbox – %n försenat</numerusform>
            <numerusform>Svarbox – %n försenade</numerusform>
        </translation>
    </message>
    <message>
        <source>Svarbox – nothing overdue</source>
        <translation>Svarbox – inget försenat</translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n oläst</numerusform>
            <numerusform>%n olästa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Svarbox {version} is available.</source>
        <translation>Svarbox {version} finns tillgänglig.</translation>
    </message>
    <message>
        <source>Download page</source>
        <translation>Nedladdningssida</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Avvisa</translation>
    </message>
    <message>
        <source>No notice for this version again</source>
        <translation>Inget meddelande om den här versionen igen</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>Weekly chart</source>
        <translation>Veckodiagram</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Beräknar…</translation>
    </message>
    <message>
        <source>No items in this period.</source>
        <translation>Inga meddelanden under perioden.</translation>
    </message>
    <message>
        <source>Week {week}: {n} items, {pct} on time</source>
        <translation>Vecka {week}: {n} meddelanden, i tid: {pct}</translation>
    </message>
    <message>
        <source>no deadline passed</source>
        <translation>ingen svarsfrist passerad</translation>
    </message>
    <message>
        <source>Items received</source>
        <translation>Mottagna meddelanden</translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation>I tid (%)</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Meddelanden</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>I tid</translation>
    </message>
    <message>
        <source>W{week}</source>
        <translation>v{week}</translation>
    </message>
    <message>
        <source>Week {week} (from {start}): {n} items received, {pct} on time</source>
        <translation>Vecka {week} (från {start}): {n} meddelanden mottagna, i tid: {pct}</translation>
    </message>
    <message>
        <source>no deadline passed yet,</source>
        <translation>ingen svarsfrist passerad än</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Your name is set. Check the signature in the preview, then send.</source>
        <translation>Ditt namn är sparat. Kontrollera signaturen i förhandsvisningen och skicka sedan.</translation>
    </message>
</context>
</TS>
