<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Access</name>
    <message>
        <source>The password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not a team database (PostgreSQL) with a login name in its address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiding comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muting, blocking and reporting authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banning authors from the Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgetting a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting old items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managing roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing account settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} needs the {needed} role, and you have no role for {where}. Ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} needs the {needed} role; your role for {where} is {held}. Ask an administrator of {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles exist only on a team database (PostgreSQL); the local file is for one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login is 2 to 63 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter (not pg_ or svarbox_).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either an institution or an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account {id} you may see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no institution called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database refused: only an administrator of that institution may change its roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role {role}; use reader, communicator, publisher or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{login} has no role there that you may change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccessGate</name>
    <message>
        <source>Audit &amp;log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who opened, answered, exported, hid, forgot or reassigned what</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>Connect an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svarbox checks the token with the platform and keeps it in this computer&apos;s keychain, never in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the platform&apos;s own address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which platform the account is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in Svarbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Viborg Kommune (Facebook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The institution or department the account belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page, organisation or channel id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed where the token alone does not say which page or channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s own username (Instagram, X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours:24, workdays:2 or business_hours:8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose public holidays count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for testing against another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token; it is not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your municipality&apos;s app registration, for browser sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your Mastodon server&apos;s address under API address (for example https://social.example.dk) and sign in with the browser. Svarbox registers itself on that server; nothing has to be created in advance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your server, for example https://social.example.dk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your municipality&apos;s app client id first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Google app&apos;s client secret too: Google requires it for desktop apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser… approve Svarbox there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Press Connect to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Mastodon server&apos;s address under API address first, for example https://social.example.dk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an access token or sign in with the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token with the platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>The stored work calendar could not be read ({reason}); the country&apos;s defaults are shown and will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one kind of holiday to close on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up after a holding reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the country&apos;s eves and half days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country&apos;s eves and half days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write them as HH:MM-HH:MM, e.g. 08:00-16:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra closed dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed date to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add closed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected closed dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special opening hours on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date with special opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening hours on that date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add special opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates with special opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected special opening hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not accept the token (expired or revoked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lacks a permission: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform cannot be reached; check the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform answered with an error: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky needs the account&apos;s handle (for example kommune.bsky.social) with the app password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky did not accept the handle and app password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon needs the server&apos;s address, for example --base-url https://social.example.dk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown platform {platform}; use one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s policy does not allow {platform} accounts (allowed: {choices}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A platform address must use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is needed to connect {platform}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named {name} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token for {name} in your keychain; reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keychain has no token for {name}; connect it on this computer to send from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A LinkedIn API version looks like 202607 (year and month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {n} keywords can be monitored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A keyword can be at most 100 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram login is facebook or instagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Facebook Page id is a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use on or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown account setting {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} does not apply to a {platform} account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Mastodon server&apos;s address first, for example https://social.example.dk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionController</name>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for your team (never sent to the citizen):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiding – waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhiding – waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting – waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejecting – waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as needing no reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened; the clock runs again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete on the platform?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this comment by {author} on {platform}? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve (publish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unhide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing – waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muting the author – waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking the author – waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to {platform}&apos;s moderators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are you reporting this post by {author}? The moderators of {platform} read this (at most 1000 characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report – waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject as spam on YouTube?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejecting hides the comment and all its replies for good. You can also ban its author from the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject and ban the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide as spam on {platform}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment is hidden on {platform} and recorded as spam. You can also ban {author} from the Page: a banned person can no longer comment on the Page&apos;s posts or message the Page. The ban can be lifted later (Unban).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide and ban the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam – hiding on the platform, waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam – hiding the comment and banning its author from the Page, waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifting the ban – waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the referral?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply goes to {author} and the item is recorded as referred:

{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral queued; it is sent in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document the case in the records system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred. To document the case:

1. ✓ The referral to the case channel is on its way to {author}.
2. Add an internal note if the case has a number or a caseworker.
3. Export the conversation as a case record (PDF and JSON) and file it in the records system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as case record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block the author?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block {author} on {platform}? The account no longer sees their posts and they cannot reply to it; they can see that they are blocked. Unblock on {platform} itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject on YouTube?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejecting hides the comment and all its replies for good. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in before sending: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checker found problems in this reply:

{problems}

Send it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding reply queued; it is sent in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply queued; it is sent in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending in {n} seconds – Undo takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the reply back before it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

Assign it to them anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

Send your reply anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent; your text is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send this action? The item goes back to where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case record saved: {pdf} and {json}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the case record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget {author} on {account}?

Every item by {author} on {account} kept in Svarbox is anonymised: the text, the name and the link are removed, open items are closed as needing no reply, and actions waiting to be sent for them are discarded. The name {author} is also removed from every other text Svarbox keeps (other items, replies, notes), on every account.

This cannot be undone. Nothing changes on {platform} itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Forgotten: %n item(s) anonymised.</source>
        <translation type="unfinished">
            <numerusform>Forgotten: %n item anonymised.</numerusform>
            <numerusform>Forgotten: %n items anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Not possible while the team database cannot be reached; replies, holding replies and hiding are kept on this computer, the rest has to wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case channel is set for this account&apos;s institution; add it in Settings before referring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no referral template; add one in Templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral template needs values Svarbox does not have ({names}); write the referral in the composer instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral template is longer than {platform} allows ({limit} characters); write a shorter referral in the composer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That action is not possible for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the account&apos;s own post; it can only be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A direct message cannot be hidden on the platform; mark it as needing no reply instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X lets the account hide only replies in conversations it started; this post is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X lets the account delete only its own posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube lets only a comment&apos;s author delete it; reject it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky lets the account hide only replies in threads it started; mute, block or report the author instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mastodon has no way to hide a post; mute, block or report the author instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svarbox can mute, block and report only on Bluesky and Mastodon; on {platform} do it on the platform itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn cannot hide comments; delete it or mark it as needing no reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral is sent as a reply, and the platform does not allow one here; mark it as needing no reply and refer on the platform itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s reply window for this conversation has closed; answer through the official case channel instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer; it goes to the outbox when the team database is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram has no way for an app to ban or restrict an account; hide the comment instead (restricting is done in the Instagram app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On YouTube the author is banned together with rejecting a comment: use Spam and choose “Reject and ban the author”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} has no bans by an account; block the author instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} does not let Svarbox ban an author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the author of a comment can be banned from the Page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook did not tell Svarbox who wrote this comment, so its author cannot be banned from the Page; hide the comment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svarbox has not banned this author from the Page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This author is already banned from the Page (or the ban is on its way).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banning needs the team database, which cannot be reached; mark the item as spam now and ban the author later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Show picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load this picture from the platform (kept in your data folder until the item is purged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures can be loaded in the main window only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a picture Svarbox can show, or it is larger than 10 MB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link: {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is no longer in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no picture to show for this attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be loaded; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo and training workspaces have no real pictures; in your own inbox the picture is loaded from the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is larger than 10 MB; open it on the platform instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform sent something that is not a picture; it is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be loaded: no connection to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform no longer gives this picture (the link has expired or it was removed). Sync again, or open it on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>{value} is not a date; write e.g. 2026-12-01 or 2026-12-01T08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forgot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {count} events to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bulk</name>
    <message>
        <source>{done} of {total} done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} not possible: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a bulk action: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the template to close the items with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkController</name>
    <message>
        <source>&amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide all selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all selected as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply needed for all selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark selected read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark selected unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark all in this view read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign all selected to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close all selected with a template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics in this view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The view&apos;s items grouped by what they are about; answer or close a group at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show failed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more items first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{doing}: {done} of {total}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked read.</source>
        <translation>
            <numerusform>%n item marked read.</numerusform>
            <numerusform>%n items marked read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the selected items to (empty: nobody):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}

Assign them anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no templates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close with a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each selected item gets this template as its reply (filled in for its author), with your signature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to all selected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send “{name}” as the reply to {n} items?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CLI</name>
    <message>
        <source>Token (not shown): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token given; pass it on standard input with --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser sign-in here is for Mastodon and needs --base-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected {name} ({platform}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook browser sign-in needs the Meta App ID: --app-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta App secret (not shown, not kept): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve Svarbox in the browser; if it does not open, visit:
{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the whole address of Facebook&apos;s Success page: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in for the Page {page} ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram browser sign-in needs the Instagram App ID: --app-id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram app secret (not shown, not kept): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Svarbox in the browser; if it does not open, visit:
{url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the whole address the browser ended on: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {account} ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the code the server shows: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet; connect one with: svarbox accounts add --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: the token works ({who}, id {id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change; see svarbox accounts set --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued reply #{id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting cannot be undone; add --yes to delete item {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete item {id} on its platform? This cannot be undone. [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending in {n} seconds; press Ctrl+C to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone; nothing was sent and the item is back where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ban is felt by the author; add --yes to ban the author of item {id} from the Page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban the author of item {id} from the Page? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was banned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking is visible to the author; add --yes to block the author of item {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block the author of item {id} on its platform? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued {action} #{id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the action: svarbox outbox {command} ID (see svarbox outbox --failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new text with --text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded #{id}; the item is back where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued #{id} again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no institution named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {status}, {new} new, {answered} answered on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {added} new and {updated} changed templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} templates to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a time such as 2026-12-24 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one --alt text for each --image: every image needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(needs a running Svarbox at that time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {count} entries to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post {id} approved; it is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post {id} rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svarbox worker running; log: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published per account and week:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments per post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2026-12-24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Away until {date}; %n item(s) went back to the team.</source>
        <translation>
            <numerusform>Away until {date}; %n item went back to the team.</numerusform>
            <numerusform>Away until {date}; %n items went back to the team.</numerusform>
        </translation>
    </message>
    <message>
        <source>New items on {account}: {mode}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one or more items, or a view with --view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {id}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add --anyway to assign to them all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} failed at the platform; the items are back where they were (svarbox outbox --failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note added to item {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued private reply #{id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template called {name}; `svarbox templates` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several templates are called {name}; choose one with --language ({langs}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarWidget</name>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign or label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan web, newsletter, press or signs next to the posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the calendar for Outlook or another calendar to import or subscribe to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a post for one or more accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns and labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {week}: {first} – {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n post(s) go out only if Svarbox is running at that time (this window or svarbox worker): their platforms cannot schedule.</source>
        <translation>
            <numerusform>⚠ %n post goes out only if Svarbox is running at that time (this window or svarbox worker): its platform cannot schedule.</numerusform>
            <numerusform>⚠ %n posts go out only if Svarbox is running at that time (this window or svarbox worker): their platforms cannot schedule.</numerusform>
        </translation>
    </message>
    <message>
        <source>Goes out only if Svarbox is running at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule or propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? The colleague sees this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the entry a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseApprovalDialog</name>
    <message>
        <source>Turn this conversation into a training case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that nothing in the case identifies a person or a place. Nothing is saved until you approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymised case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places to remove, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove these places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>Written in capitals: this reads as shouting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language “{language}”; use one of: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a Danish CPR number. Never publish personal identity numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This may be a Danish CPR number (a real birth date; newer numbers have no check digit). Never publish personal identity numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a Swedish personnummer. Never publish personal identity numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a Swedish samordningsnummer. Never publish personal identity numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link without https: use the secure https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address in a public reply: if it belongs to a private person, continue in a private message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number in a public reply: make sure it is not a private person&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invisible character (U+{code}) that X refuses: the post would fail. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} weighted characters; {platform} allows {limit}. Shorten the reply by {over}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} characters; {platform} allows {limit}. Shorten the reply by {over}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply starts cold: open with a greeting, e.g. “{example}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signature appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply does not end with your signature “{signature}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer comes after the promised time: say sorry for the wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown platform “{platform}”; use one of: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <source>A class needs a session folder (--class-folder) or a team database (--class-database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” is not a class code (4–12 letters and digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session folder {folder} cannot be written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A class with the code {code} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack has no scenarios to play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class {code} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your name to join the class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no class with the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The class {code} has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trainer chose your answer as the model answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Collab</name>
    <message>
        <source>{name} already answered this at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already answered this; the answer is waiting in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This was already answered on {platform} itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already marked this as answered at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is answering this right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} assigned an item to you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Composer</source>
        <extracomment>Emitted when which actions are possible changes, so the window&apos;s menu follows. The person started writing on this item (typed, or inserted a template): claim it. The person read the team warning and chose to write anyway.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write and send the reply to the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer this item although a colleague is on it; sending asks once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a template – type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words from a template&apos;s name, category or text, then press Enter to insert it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates whose name matches what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All templates, by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply. Your signature is added automatically. Ctrl+Enter sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply, or pick a template above…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview – what will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply exactly as it will be sent, signature included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checker findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the reply; errors must be confirmed before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the reply with your signature (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send holding reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a holding reply now; the follow-up deadline starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send as private message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the text as a private message to the commenter instead of a public reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note only your team sees (N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the clock without answering (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to case channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as referred to the official case channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the comment on the platform (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the comment on YouTube (hides it and its replies for good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the comment again (U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the comment on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as spam and stop the clock (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to {author} on {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: {template}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for {{{name}}} in the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} / {limit} weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} / {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} allows {limit} characters; this reply uses {length}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in before sending: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in {names} first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <source>Enter a number greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {path} cannot be created or written ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Danish, Swedish or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a sqlite:/// or postgresql+psycopg:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a two-letter country code such as DK, SE, NO or FI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date like 2026-12-24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown platform {platform}; use one of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An update feed address must use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting called {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is a personal setting, kept in each person&apos;s own settings file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>Held for review by YouTube: the channel&apos;s settings hold comments like this until someone publishes or rejects them. Nobody else sees it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube thinks this is likely spam and holds it back. Publish it if it is not, or reject it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <source>Conversation</source>
        <extracomment>&quot;Export as case record…&quot; from the header (the window asks where and writes it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post, the messages of the thread and the replies already given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages of the thread, oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see its conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action failed: {reason} The item is back where it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original post by {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} on {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens {url} in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as case record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as case record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this conversation as PDF and JSON for the records system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding reply sent, follow-up due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred to the case channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handled by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform reply window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{colleague} is answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{countdown} ({due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text contains a CPR number. Hide it to protect the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text may contain a CPR number. Hide it to protect the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text contains a personnummer. Hide it to protect the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text contains a samordningsnummer. Hide it to protect the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text contains an ID number (CPR or personnummer). Hide it to protect the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this comment on the platform because it shows an ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message text, shown exactly as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note by {name} · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply by {name} via Svarbox · {when} · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our reply on the platform · {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} muted the author on {platform}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} blocked the author on {platform}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} reported this post to the moderators of {platform}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} banned the author from the Page on {platform}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} lifted the author&apos;s ban from the Page on {platform}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the ban: the author may comment on the Page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban the author from the Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift the ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unhide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} by {name} · {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try sending this again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this reply back into the composer to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not send this; the item goes back to where it was</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Countdown</name>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weekday} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}/{month} {time}</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min overdue</source>
        <translation>
            <numerusform>%n min overdue</numerusform>
            <numerusform>%n min overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h overdue</source>
        <translation>
            <numerusform>%n h overdue</numerusform>
            <numerusform>%n h overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d overdue</source>
        <translation>
            <numerusform>%n d overdue</numerusform>
            <numerusform>%n d overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Due {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{urgency}: {countdown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger&apos;s 7-day human-agent window closed {moment}; answer through the case channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger&apos;s reply window closed {moment}; answer through the case channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger human-agent window (7 days): {left} left (closes {moment})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger window: {left} left (closes {moment})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then the human-agent tag until {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes before our deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the error details to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svarbox: unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svarbox ran into a problem it did not expect. Your work is safe: everything already saved, including replies waiting in the outbox, stays saved.

Please copy the details below and send them to your IT support. Then carry on; if the problem comes back, restart Svarbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details for IT support; select and copy them, or use Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file is at: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log file could be written on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crisis</name>
    <message>
        <source>Unusual activity on {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} items in the last hour on {account}; usually {usual} an hour. Check whether a story is spreading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic is spreading: {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} items about {topic} in the last hour on {accounts} ({institution}); usually {usual} an hour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk holding {folder} is full; free some space there. Nothing was lost, but nothing new can be saved until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is locked by another program; close it (or the other Svarbox) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is read-only; Svarbox needs permission to write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; free some space. Nothing was lost, but nothing new can be saved until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. Svarbox has not changed it; restore the .bak copy next to it or start afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be opened; check that its folder exists and can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this change here; ask an administrator of the institution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database&apos;s certificate could not be verified against the organisation&apos;s root certificate (sslrootcert); Svarbox does not connect unverified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database did not accept your login; store your database password with `svarbox team password` or ask an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database cannot be reached; check the network and the database address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be read; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {file} is damaged. Svarbox has not changed it. Copies made before upgrades are in the same folder: {names}. Open the folder to restore one, or start afresh (the damaged file is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file {file} is damaged. Svarbox has not changed it, and there is no backup copy of it. Open the folder to look at it, or start afresh (the damaged file is kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was made by a newer version of Svarbox (schema {rev}); update Svarbox to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database needs an upgrade that only its owner can run; ask IT to start this Svarbox version once with the owner&apos;s login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svarbox could not upgrade the database to this version. Nothing was lost: the database is as it was, and a copy was made first ({backup}). Start the previous version of Svarbox, or send the log to IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svarbox could not upgrade the database to this version. Nothing was lost: the database is as it was. Start the previous version of Svarbox, or send the log to IT.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>The database cannot be opened – Svarbox</source>
        <extracomment>Replaced in tests: opens the file manager on the folder.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup copies in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start afresh (keep the damaged file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is renamed and kept in the folder; Svarbox starts with an empty cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The platform asks Svarbox to slow down; it tries again a little later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform has a temporary problem ({reason}); Svarbox tries again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Give --pdf FILE, --json FILE or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {at} by {who} · Svarbox {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case record · {account} · case item {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case record: conversation on {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the records: exported from Svarbox&apos;s cache. Times are local time ({zone}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svarbox version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown author)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our holding reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>our reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, sent by {person} via Svarbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}, written on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({when} by {who})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[text removed from the cache by the retention rule]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PDF file, a JSON file or both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>The disk holding {folder} is full; free some space there and try again. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a regular file (a link, pipe or device); choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstPaint</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening Svarbox…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Svarbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before your first reply: your name signs every public reply and every case export, so citizens and colleagues see who answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies and case exports are signed with your name. Enter it to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mette Jensen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Viborg Kommune – Kommunikation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit or organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. viborg.dk/kontakt or 87 87 87 87</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official case channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official &amp;case channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise on made-up messages; nothing reaches a platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect your Facebook page, Instagram, X, LinkedIn or YouTube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your replies cannot be sent until your name is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your replies will end with: {signature}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>The date is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back with the team: {name} is away until {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is away until {date}; an item assigned to them waits for someone who is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hand-over note cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoverController</name>
    <message>
        <source>S&amp;hift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a hand-over note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m away until…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should the next person know? (Shown when a colleague opens Svarbox.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over note saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away until (last day, YYYY-MM-DD)? Your open assigned items go back to the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as YYYY-MM-DD, e.g. 2026-12-24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Marked away; %n item(s) went back to the team.</source>
        <translation>
            <numerusform>Marked away; %n item went back to the team.</numerusform>
            <numerusform>Marked away; %n items went back to the team.</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over from {author} ({time}): {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n earlier note(s) too.)</source>
        <translation>
            <numerusform>(%n earlier note too.)</numerusform>
            <numerusform>(%n earlier notes too.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the hand-over note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden and spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxController</name>
    <message>
        <source>{name} – open items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in this view</source>
        <translation type="unfinished">
            <numerusform>%n item in this view</numerusform>
            <numerusform>%n items in this view</numerusform>
        </translation>
    </message>
    <message>
        <source>New on {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more new item(s).</source>
        <translation>
            <numerusform>%n more new item.</numerusform>
            <numerusform>%n more new items.</numerusform>
        </translation>
    </message>
    <message>
        <source>This conversation cannot be loaded while the team database cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: only this message is shown; the rest of the conversation needs the team database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is no longer in the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platforms cannot be reached. You are working from the saved copy; last successful sync at {time}. Replies wait in the outbox until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every account now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent.</source>
        <translation type="unfinished">
            <numerusform>%n waiting to be sent.</numerusform>
            <numerusform>%n waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to send waiting actions now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation type="unfinished">
            <numerusform>%n action waiting to be sent</numerusform>
            <numerusform>%n actions waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Svarbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) failed; the items are back where they were – retry, edit or discard them in Failed actions.</source>
        <translation>
            <numerusform>%n action failed; the item is back where it was – retry, edit or discard it in Failed actions.</numerusform>
            <numerusform>%n actions failed; the items are back where they were – retry, edit or discard them in Failed actions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Failed actions view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{overdue}; {soon}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) became overdue</source>
        <translation>
            <numerusform>%n item became overdue</numerusform>
            <numerusform>%n items became overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due within a working hour</source>
        <translation>
            <numerusform>%n item due within a working hour</numerusform>
            <numerusform>%n items due within a working hour</numerusform>
        </translation>
    </message>
    <message>
        <source>Overdue: {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item on {account} is past its deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon: {author}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item on {account} is due within one working hour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Answered</source>
        <extracomment>A header was clicked: (ViewSpec.sort key, descending). The window re-runs the query.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding reply sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} (click to sort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{colleague} is answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{account} ({platform})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{author} – the text contains an ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Items</name>
    <message>
        <source>There is no item {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>demo workspace – Svarbox</source>
        <extracomment>(account id, items stored so far) from a sync running in the pool.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training – Svarbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text and authors (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only items of this view whose text or author contains these words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the current view (Ctrl+F); Esc clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items of the chosen view, soonest deadline first. J and K move, R replies, H hides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a column to sort by it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch new items from every account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;waiting actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to send everything waiting in the outbox now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response times and on-time rate per account, with CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning &amp;calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan, approve and publish posts; see what needs a running Svarbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit, import and export the team&apos;s reply templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect an account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a Facebook Page, Instagram, X, LinkedIn or YouTube account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, signature, language, sync, notifications and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the text and authors of this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the na&amp;vigator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply in the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply with your signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;holding reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply &amp;needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fer to case channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the comment on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unhide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete on the platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the clock again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add internal &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this item to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassi&amp;gn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport as case record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the conversation as PDF and JSON for the records system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a training &amp;case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this &amp;person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this author&apos;s items and name from Svarbox (a request to be forgotten)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show my &amp;score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score the answers given so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo and training workspaces never connect to a real platform. Start Svarbox without --demo to connect an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) have not been sent yet. Keep them and send them the next time Svarbox starts?</source>
        <translation>
            <numerusform>%n action has not been sent yet. Keep it and send it the next time Svarbox starts?</numerusform>
            <numerusform>%n actions have not been sent yet. Keep them and send them the next time Svarbox starts?</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep for next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as case record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply you have started will be replaced by the earlier answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case record – a PDF and a JSON file with the same name (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualEntryDialog</name>
    <message>
        <source>New calendar entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MastodonCodePanel</name>
    <message>
        <source>Sign in with a code instead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the browser runs on another computer (for example a remote desktop): the server shows a code to paste here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization code the Mastodon server showed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering Svarbox on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve Svarbox in the browser, then paste the code the server shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with &quot;Sign in with a code instead…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Press Connect to finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryPanel</name>
    <message>
        <source>Answered before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No similar question has been answered before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered by {name}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts this answer into the reply, with the new person&apos;s name and your own signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetaSignIn</name>
    <message>
        <source>Enter the municipality&apos;s Meta App ID first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Instagram App ID first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Instagram app secret: Instagram needs it to finish the sign-in. It is used once and not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Meta app&apos;s App secret: Facebook needs it to make the sign-in last. It is used once and not kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetaSignInPanel</name>
    <message>
        <source>Sign in with the municipality&apos;s own Meta app: its App ID goes in &quot;App client id&quot;, its App secret below. In the app, under Facebook Login → Settings → Valid OAuth Redirect URIs, register exactly: {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly as registered in the app&apos;s Business login settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used once to make the sign-in last; not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address the browser ended on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the whole address from the browser&apos;s address bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Instagram Login, in the municipality&apos;s own Meta app: its Instagram App ID goes in &quot;App client id&quot;, its Instagram app secret below. Under Instagram → API setup with Instagram login → Business login settings → OAuth redirect URIs, register the redirect URL below exactly (for example {url}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Svarbox in the browser. Instagram then sends the browser to the redirect URL, which may show an error page: that is expected. Copy the whole address from the address bar and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve Svarbox in the browser. Facebook then shows a page that says &quot;Success&quot;: copy that page&apos;s whole address from the address bar and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Instagram for the account&apos;s token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {account}. Press Connect to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Instagram app secret too: Instagram needs it to finish the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Meta app&apos;s App secret too: Facebook needs it to make the sign-in last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser… approve Svarbox there, then paste the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with &quot;Sign in with the browser…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Facebook for the Page&apos;s token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in for the Page {page}. Press Connect to finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Navigator</source>
        <extracomment>The chosen view changed: a dict of ViewSpec fields (view, account_id, institution_id).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views and accounts with their counts of open and overdue items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to the platform for the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{account} ({platform}) – {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{account} – {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Syncing… %n item(s)</source>
        <translation>
            <numerusform>Syncing… %n item</numerusform>
            <numerusform>Syncing… %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>{label} ({unread})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline – last sync {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {total} open, {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation type="unfinished">
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
    <message>
        <source>No institution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync this account now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify about new items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications for new items on {account}: {mode}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>Choose off, working-hours or always.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The answer from the platform was cut off; Svarbox checks whether it arrived before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is {length} characters; {platform} allows {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} does not allow replies from Svarbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram does not allow replies to a hidden comment; unhide it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer on X: X lets apps reply only to posts that mention or quote the account, so this keyword hit can be answered on x.com only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube threads are flat: reply to the first comment of the thread instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform does not allow a reply to this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger&apos;s 7-day human-agent window closed at {time}; answer through the official case channel instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger&apos;s 24-hour reply window closed at {time}; answer through the official case channel instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has no signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no signature yet; add one in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} does not allow this action ({action}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private reply answers a comment; this is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private reply is possible only within 7 days of the comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This comment already has a private reply; the platform allows one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply needs confirming: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svarbox does not know who wrote this, so the author cannot be muted, blocked, reported or banned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s comment is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late to undo: the reply is already being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no outbox action {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only failed or waiting actions can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a reply that is waiting or failed can be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply already reached the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This action has already been sent or is being sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded before it was published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited by the platform; will try again at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline; will be sent when the platform can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account needs reconnecting before this can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused it: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformReasons</name>
    <message>
        <source>It no longer exists on the platform (deleted by its author or by the platform).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s time window for answering this message has closed; answer in the official case channel instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform does not let the account delete this; it may only delete its own posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform does not let the account hide this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is too large for the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post has more images than the platform takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every image needs an alt text (a description for screen readers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform does not take this type of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform does not take an empty reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than the platform allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused it as a copy of an earlier reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the post as a copy of one already published; change the text to publish it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform asks us to slow down; it will be tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s allowance on the platform is used up for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform only allows a reply where the account was mentioned or invited to reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rejected comment cannot be published again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform no longer supports the version of its interface Svarbox uses; update Svarbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform no longer accepts this account&apos;s sign-in (expired or revoked): reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not permit this: the account lacks a permission or a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform does not allow this here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform cannot be reached; check the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform had a temporary problem; it will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform sent an answer Svarbox could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} The platform&apos;s own words: “{words}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformSettingsDialog</name>
    <message>
        <source>Platform settings: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformSetupPanel</name>
    <message>
        <source>X only returns to addresses registered exactly in your X app. Under User authentication settings &gt; Callback URI, register all of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URLs to register at X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: svømmehal, Viborg Kommune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated searches on X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitor the keywords (X charges for every post it returns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected mentions of the account a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword hits a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected posts found by the keywords a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected replies from Svarbox a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated monthly cost at X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since February 2026 X lets apps reply only to posts that mention or quote the account. Keyword hits that do not are shown as &quot;answer on X&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&apos;s reply rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop OAuth client&apos;s secret from Google Cloud; kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the Google app&apos;s publishing status is &quot;Testing&quot;, Google withdraws the sign-in after 7 days and the account must be connected again. Publish the app (&quot;In production&quot;) to keep it connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s 7-day limit for apps in Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for the version Svarbox is tested with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Page has Messenger&apos;s Human Agent permission (answers up to 7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger human agent tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token comes from Instagram Login (graph.instagram.com); Svarbox renews it before its 60 days run out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked Facebook Page id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for private replies with Facebook Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rough cost at X: about {usd} US dollars a month (X&apos;s pay-per-use prices; check your X developer console).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Policy</name>
    <message>
        <source>{organisation} IT ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your IT department ({source})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy {source}: {key} ignored ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy {source}: &quot;locked&quot; must be a list of keys or true; nothing is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy file {path} cannot be read ({reason}); the defaults apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy file {path} is not valid JSON (line {line}, column {column}); the defaults apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy file {path} must hold one JSON object of keys and values; the defaults apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is set by {who} and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyLock</name>
    <message>
        <source>Locked: set by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostComposer</name>
    <message>
        <source>New post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text for every account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image file or public https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the image for people who cannot see it (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images of the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview per platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule or propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text for {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the image and its alt text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{length} of {limit} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostReportPanel</name>
    <message>
        <source>Published per account and week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published posts per account and week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments each post brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments per published post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{posts} posts published in the period; they brought {comments} comments, {open} still open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {week}, {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Posts</name>
    <message>
        <source>YouTube has no API for publishing posts: publish on YouTube Studio and plan it here as a manual entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post for {account} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post for {account} is {length} characters; {platform} allows {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{platform} takes at most %n image(s) in a post.</source>
        <translation>
            <numerusform>{platform} takes at most %n image in a post.</numerusform>
            <numerusform>{platform} takes at most %n images in a post.</numerusform>
        </translation>
    </message>
    <message>
        <source>The image {name} has no alt text; describe it for people who cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} does not take this image format: {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image file {name} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} needs the image as a file on this computer, not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram posts need an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram fetches the image from a public web address (https://...); put it on the website and give that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The publishing time has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each post on X costs credits (about ${price} per post).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link to a permanent web page; people will ask where to read more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{platform} cannot schedule posts itself: Svarbox must be running at that time (a window or svarbox worker).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing here requires a passed course: “{pack}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account called “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel “{channel}”; use one of: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no post {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an idea, a draft, a failed or a rejected post can be submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a post awaiting approval can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not publish on {account}; ask one of its publishers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a post awaiting approval can be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the post is rejected, so the colleague can fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This post is already with the platform and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The post awaits approval by a publisher of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a scheduled post can be published now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Svarbox has already taken this post.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Set your name first: public replies and exports are signed with it. Run svarbox with --user &quot;Your Name&quot; or set it in the window (File &gt; Settings…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name; it signs your replies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectorView</name>
    <message>
        <source>Time taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checker findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector – Svarbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainer&apos;s comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PublisherBox</name>
    <message>
        <source>Everyone who uses Svarbox may publish on this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not on the list: after saving, your posts here wait for a publisher&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may publish posts on this account. Others can write a post here; it waits for one of these publishers to approve it. Leave the list empty to let everyone publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a colleague, as in Svarbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publisher to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishers of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected publishers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requires the course:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training course required to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No course required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A publisher must hold a certificate of this training pack.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Publishers</name>
    <message>
        <source>A name may be at most {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWindow</name>
    <message>
        <source>Reports – Svarbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts, one institution&apos;s or one account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table as a CSV file for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per account and a total row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize chart and table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{institution} – all its accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} to {last}: {received} items received, {pct} answered on time, {overdue} overdue now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none measured yet –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Danish and Swedish spreadsheets, semicolon-separated (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Invalid date &apos;{text}&apos;; write YYYY-MM-DD or an ISO moment such as 2026-03-01T00:00:00+01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the period as --since and --until, --week or --month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid week &apos;{text}&apos;; write it as 2026-W14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid month &apos;{text}&apos;; write it as 2026-03.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both --since and --until.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone &apos;{zone}&apos;; use an IANA name such as Europe/Copenhagen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>{items} handled items and {own} of our replies are older than {days} days and would be purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged {items} items and {own} of our replies (older than {days} days); {notes} notes deleted, {threads} threads cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the person: --author NAME or --author-id ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed {items} items ({closed} were still open), {notes} notes and the name from {texts} other texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the person: an author name or an author id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[name removed]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioEditorWindow</name>
    <message>
        <source>Training scenarios – Svarbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the default for the pack&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case channel for referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the training pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training pack (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioForm</name>
    <message>
        <source>Greet the resident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a holding reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to the case channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay calm and factual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark it as spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report the threat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologise for the wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat no personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer in a private message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it unanswered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback if handled wrongly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>No system keychain is available, so the token was not saved. Svarbox never stores tokens in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused the request ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored token is incomplete in the keychain; reconnect the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token is too long to keep in the keychain ({count} characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to colleagues and used in signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appended to every reply. Placeholders: {my_first_name}, {my_name}, {institution}, {account_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty follows the system language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when an item is within one working hour of its deadline or overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep handled items (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this, text and author of handled items are removed from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default response policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default follow-up policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our own e-mail domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated; addresses there are not flagged as private data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official case channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where referrals point, e.g. a web form address or phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty uses the local file; a team uses postgresql+psycopg://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar country for new accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days the organisation is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms that may be connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty allows every platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svarbox sends no usage data; IT may assert that here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Svarbox looks for a newer version; empty turns the notice off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy configuration file (PAC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty uses the operating system&apos;s proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the proxy by WPAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be saved ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response policies and referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as macOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De facto holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unofficial holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working-day observances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catholic holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constitution Day, Christmas Eve, New Year&apos;s Eve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midsummer Eve, Christmas Eve, New Year&apos;s Eve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Eve and New Year&apos;s Eve closed; Constitution Day (5 June) open until 12:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing at 14:00 on Twelfth Night, Maundy Thursday, Walpurgis Night and All Saints&apos; Eve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Eve, New Year&apos;s Eve and the Wednesday before Maundy Thursday close at 12:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Svarbox knows no eves or half days for this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to everyone on the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours:H, workdays:N or business_hours:H, e.g. workdays:2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts are connected yet. Connect one with File → Connect an account; its response policy and work calendar can then be set here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>No token for this account in your keychain; reconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by the platform until {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague&apos;s Svarbox is syncing this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A colleague&apos;s Svarbox took over syncing this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a new access token for {account}. It goes straight to your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{account} is connected again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>{colleague} is answering this right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer; it goes to the outbox when the team database is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database cannot be reached – read-only; your actions are kept on this computer (since {time}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) kept.</source>
        <translation>
            <numerusform>%n action kept.</numerusform>
            <numerusform>%n actions kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last try {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to reach the team database now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The team database is back; %n kept action(s) moved to the outbox.</source>
        <translation>
            <numerusform>The team database is back; %n kept action moved to the outbox.</numerusform>
            <numerusform>The team database is back; %n kept actions moved to the outbox.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team database is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kept action could not be sent: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept action not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action you wrote while the team database was away was not sent:

{reason}

Send it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) were assigned to you.</source>
        <translation>
            <numerusform>%n item was assigned to you.</numerusform>
            <numerusform>%n items were assigned to you.</numerusform>
        </translation>
    </message>
    <message>
        <source>{who} assigned you an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colleague to assign this item to (pick or type a name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search every account for this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A topic is spreading: {n} items about {topic} in the last hour on {accounts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n other account(s) unusually busy too.)</source>
        <translation>
            <numerusform>(%n other account unusually busy too.)</numerusform>
            <numerusform>(%n other accounts unusually busy too.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this account&apos;s items, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusual activity on {account}: {n} items in the last hour, usually {u}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Reply templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show templates in language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example with sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi {author_first_name}!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {added} new and {updated} changed templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Holding reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refer to the official case channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the permanent web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam or threat response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology for a late answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen&apos;s first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Institution or department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to the web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official case channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When we will answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact (phone or address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in before sending: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched “{brace}” at character {pos}: write placeholders as {{name}} and a literal brace as “{brace}{brace}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Svarbox template file (expected &quot;format&quot;: &quot;{format}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>made by a newer Svarbox (version {version}); update Svarbox to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;templates&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} needs a non-empty text &quot;{key}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has unknown category “{category}” (use one of: {names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has unknown language “{language}” (use one of: {names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} appears twice for language “{language}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot be read ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: not valid JSON (line {line}, column {column}: {error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: cannot be written ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template needs a name and a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown template category: {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no template {name} ({language}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicsWindow</name>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics in this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the view&apos;s items again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items grouped by what they are about: the same street or place, or an uncommon word they share. Open a topic to see its items, then answer them all with one template or close them in one go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest topics first; select one to see its items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items about this topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an item to show it in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template for answering every item of the topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates that fit the topic best come first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every item of the topic with this template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected item in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply needed for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close every item of the topic without a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics in “{view}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n about {topic}</source>
        <translation>
            <numerusform>%n about {topic}</numerusform>
            <numerusform>%n about {topic}</numerusform>
        </translation>
    </message>
    <message>
        <source>Same street or place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments on the same post that share a word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word they share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No topics here: no two items of this view share a place or an uncommon word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested: {template}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is no longer in the view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the whole topic?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send “{name}” as the reply to {n} items (filled in for each author, with your signature)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answering {n} items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the whole topic?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark {n} items as “no reply needed”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing {n} items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainerConsole</name>
    <message>
        <source>Classroom {code} – Svarbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainees who have joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next message every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pace in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for trainees to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} messages in the pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message {i} of {n} · {answered} of {joined} answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the trainer: {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>The training pack {path} cannot be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training pack {path} is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a Svarbox training pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scenario in {path} is incomplete ({field}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training runs only in the training workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not handled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Svarbox training pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario {n} has no ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario {n} has no author.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario {n} has no message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two scenarios have the ID {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario {id} has an unknown platform or kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario {id}: only Messenger has private messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario {id} has an impossible timing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack has no scenarios.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{trainee} has not passed {pack} yet ({percent} %), so there is no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a passed pack gives a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the case to a training pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training pack (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingSummaryWindow</name>
    <message>
        <source>Training summary – Svarbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} of {maximum} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores per scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed yet (needs {pct} %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pct} % · {handled} of {count} scenarios handled · {verdict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier sessions: {scores}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each scenario with its points per criterion, the total and feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary as a JSON and a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PDF certificate for a passed pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: {points} of {maximum}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate saved, but the team record could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the training summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON and CSV with the same name (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {json} and {csv}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Show Svarbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Svarbox – %n overdue</source>
        <translation>
            <numerusform>Svarbox – %n overdue</numerusform>
            <numerusform>Svarbox – %n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Svarbox – nothing overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpdateNotice</name>
    <message>
        <source>Svarbox {version} is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notice for this version again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <source>Weekly chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No items in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {week}: {n} items, {pct} on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deadline passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W{week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week {week} (from {start}): {n} items received, {pct} on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deadline passed yet,</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Your name is set. Check the signature in the preview, then send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
