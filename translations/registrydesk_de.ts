<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>Job &amp;abbrechen</translation>
    </message>
    <message>
        <source>Clear &amp;finished</source>
        <translation>&amp;Beendete entfernen</translation>
    </message>
    <message>
        <source>HTTP &amp;trace</source>
        <translation>HTTP-&amp;Trace</translation>
    </message>
    <message>
        <source>Select a job to see its events and its HTTP exchanges (credentials are never shown).</source>
        <translation>Einen Job auswählen, um seine Ereignisse und seinen HTTP-Verkehr zu sehen (Zugangsdaten werden nie angezeigt).</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>started: %1</source>
        <translation>gestartet: %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>done in %1 s</source>
        <translation>fertig in %1 s</translation>
    </message>
    <message>
        <source>done: %1 (%2 s)</source>
        <translation>fertig: %1 (%2 s)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>abgebrochen: %1</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>fehlgeschlagen: %1: %2</translation>
    </message>
</context>
<context>
    <name>AgeHistogram</name>
    <message>
        <source>&lt; 1 day</source>
        <translation>&lt; 1 Tag</translation>
    </message>
    <message>
        <source>built in the last 24 hours</source>
        <translation>in den letzten 24 Stunden gebaut</translation>
    </message>
    <message>
        <source>&lt; 1 week</source>
        <translation>&lt; 1 Woche</translation>
    </message>
    <message>
        <source>1 to 7 days old</source>
        <translation>1 bis 7 Tage alt</translation>
    </message>
    <message>
        <source>&lt; 1 month</source>
        <translation>&lt; 1 Monat</translation>
    </message>
    <message>
        <source>7 to 30 days old</source>
        <translation>7 bis 30 Tage alt</translation>
    </message>
    <message>
        <source>&lt; 3 months</source>
        <translation>&lt; 3 Monate</translation>
    </message>
    <message>
        <source>30 to 90 days old</source>
        <translation>30 bis 90 Tage alt</translation>
    </message>
    <message>
        <source>older</source>
        <translation>älter</translation>
    </message>
    <message>
        <source>more than 90 days old</source>
        <translation>älter als 90 Tage</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no creation time in the image configuration</source>
        <translation>ohne Erstellungszeit in der Image-Konfiguration</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) %1</source>
        <translation>
            <numerusform>%n Tag %1</numerusform>
            <numerusform>%n Tags %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot set permissions</source>
        <translation>Berechtigungen können nicht gesetzt werden</translation>
    </message>
</context>
<context>
    <name>AuthFile</name>
    <message>
        <source>cannot read the auth file %1: %2</source>
        <translation>die Auth-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the auth file %1 is not valid JSON (%2)</source>
        <translation>die Auth-Datei %1 ist kein gültiges JSON (%2)</translation>
    </message>
    <message>
        <source>invalid credential helper name &quot;%1&quot;</source>
        <translation>ungültiger Name für einen Credential-Helper: „%1“</translation>
    </message>
    <message>
        <source>credential helper %1 is not installed</source>
        <translation>Credential-Helper %1 ist nicht installiert</translation>
    </message>
    <message>
        <source>credential helper %1 has no credentials (%2)</source>
        <translation>Credential-Helper %1 hat keine Zugangsdaten (%2)</translation>
    </message>
    <message>
        <source>credential helper %1 answered without a secret</source>
        <translation>Credential-Helper %1 hat ohne Secret geantwortet</translation>
    </message>
    <message>
        <source>cannot run credential helper %1</source>
        <translation>Credential-Helper %1 kann nicht ausgeführt werden</translation>
    </message>
</context>
<context>
    <name>BlobJob</name>
    <message>
        <source>blob %1 in %2</source>
        <translation>Blob %1 in %2</translation>
    </message>
    <message>
        <source>invalid blob digest</source>
        <translation>ungültiger Blob-Digest</translation>
    </message>
    <message>
        <source>registry %1 cannot resume %2 at byte %3</source>
        <translation>Registry %1 kann %2 nicht ab Byte %3 fortsetzen</translation>
    </message>
    <message>
        <source>registry %1 sent more than the %2 bytes of %3</source>
        <translation>Registry %1 hat mehr als die %2 Bytes von %3 gesendet</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>registry %1 sent %2 bytes of %3, expected %4</source>
        <translation>Registry %1 hat %2 Bytes von %3 gesendet, erwartet waren %4</translation>
    </message>
    <message>
        <source>registry %1 sent bytes for %2 that hash to %3</source>
        <translation>Registry %1 hat für %2 Bytes gesendet, deren Hash %3 ist</translation>
    </message>
</context>
<context>
    <name>BlobRelay</name>
    <message>
        <source>%1 answered an upload with something that is not HTTP</source>
        <translation>%1 hat auf einen Upload mit etwas geantwortet, das kein HTTP ist</translation>
    </message>
    <message>
        <source>the source answered HTTP %1 with %2 bytes</source>
        <translation>die Quelle antwortete HTTP %1 mit %2 Bytes</translation>
    </message>
    <message>
        <source>registry %1 sent bytes for %2 that hash to %3</source>
        <translation>Registry %1 hat für %2 Bytes gesendet, deren Hash %3 ist</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of a blob</source>
        <translation>%1 hat die Verbindung mitten in einem Blob geschlossen</translation>
    </message>
    <message>
        <source>%1 is not the registry&apos;s own origin</source>
        <translation>%1 ist nicht der eigene Ursprung der Registry</translation>
    </message>
    <message>
        <source>relay declined: %1</source>
        <translation>Weiterleitung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reload repositories and tags (F5)</source>
        <translation>Repositorys und Tags neu laden (F5)</translation>
    </message>
    <message>
        <source>Copy to…</source>
        <translation>Kopieren nach…</translation>
    </message>
    <message>
        <source>Promote…</source>
        <translation>Hochstufen…</translation>
    </message>
    <message>
        <source>Untag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Remove the selected tags, keeping other tags of the same image (Del)</source>
        <translation>Ausgewählte Tags entfernen, andere Tags desselben Images bleiben erhalten (Entf)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the image by digest, with every tag on it (Shift+Del)</source>
        <translation>Das Image per Digest löschen, mit allen seinen Tags (Umschalt+Entf)</translation>
    </message>
    <message>
        <source>Prune…</source>
        <translation>Bereinigen…</translation>
    </message>
    <message>
        <source>Diff with…</source>
        <translation>Vergleichen mit…</translation>
    </message>
    <message>
        <source>Compare the selected tag with another image, or the two selected tags with each other</source>
        <translation>Das ausgewählte Tag mit einem anderen Image vergleichen oder die beiden ausgewählten Tags miteinander</translation>
    </message>
    <message>
        <source>Filter repositories (Ctrl+F)</source>
        <translation>Repositorys filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Open repository by name</source>
        <translation>Repository nach Namen öffnen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Tags filtern</translation>
    </message>
    <message>
        <source>%1 tags, %2 inspected</source>
        <translation>%1 Tags, %2 untersucht</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tags</numerusform>
        </translation>
    </message>
    <message>
        <source>No tags: the repository is empty, or every tag was removed (its blobs stay until the registry&apos;s garbage collection).</source>
        <translation>Keine Tags: Das Repository ist leer oder alle Tags wurden entfernt (ihre Blobs bleiben bis zur Garbage Collection der Registry erhalten).</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>Referenz kopieren</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>● reachable, %1 auth</source>
        <translation>● erreichbar, Authentifizierung: %1</translation>
    </message>
    <message>
        <source>, %1 pulls left</source>
        <translation>, noch %1 Pulls</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>Cannot use %1</source>
        <translation>%1 kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>No connection selected</source>
        <translation>Keine Verbindung ausgewählt</translation>
    </message>
    <message>
        <source>TLS verification is OFF for %1: anyone on the network path can impersonate this registry.</source>
        <translation>TLS-Überprüfung ist für %1 AUS: Jeder auf dem Netzwerkpfad kann sich als diese Registry ausgeben.</translation>
    </message>
    <message>
        <source>List repositories of %1</source>
        <translation>Repositorys von %1 auflisten</translation>
    </message>
    <message>
        <source>%1 Type a repository name below to open it; it is remembered.</source>
        <translation>%1 Zum Öffnen unten einen Repository-Namen eingeben; er wird gespeichert.</translation>
    </message>
    <message>
        <source>Listing repositories failed</source>
        <translation>Auflisten der Repositorys fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 repositories, more as you scroll</source>
        <translation>%1 Repositorys, weitere beim Scrollen</translation>
    </message>
    <message numerus="yes">
        <source>%n repository(ies)</source>
        <translation>
            <numerusform>%n Repository</numerusform>
            <numerusform>%n Repositorys</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a repository name (lower case, digits and . _ - / only).</source>
        <translation>„%1“ ist kein Repository-Name (nur Kleinbuchstaben, Ziffern und . _ - /).</translation>
    </message>
    <message>
        <source>List tags of %1</source>
        <translation>Tags von %1 auflisten</translation>
    </message>
    <message>
        <source>Listing the tags of %1 failed</source>
        <translation>Auflisten der Tags von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Check the username and password of this connection (Edit…).</source>
        <translation>Benutzername und Passwort dieser Verbindung prüfen (Bearbeiten…).</translation>
    </message>
    <message>
        <source>Give the connection the CA that signed the registry&apos;s certificate (Edit… ▸ CA file).</source>
        <translation>Der Verbindung die CA angeben, die das Zertifikat der Registry signiert hat (Bearbeiten… ▸ CA-Datei).</translation>
    </message>
    <message>
        <source>Is the registry running and the address right?</source>
        <translation>Läuft die Registry und stimmt die Adresse?</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>%1 nach %2 kopiert.</translation>
    </message>
    <message>
        <source>Promoted %1 to %2 (manifest only).</source>
        <translation>%1 zu %2 hochgestuft (nur Manifest).</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n tag(s) from &lt;b&gt;%1&lt;/b&gt;? Other tags of the same images stay; the images themselves stay until nothing refers to them.</source>
        <translation>
            <numerusform>%n Tag aus &lt;b&gt;%1&lt;/b&gt; entfernen? Andere Tags derselben Images bleiben erhalten; die Images selbst bleiben, bis nichts mehr auf sie verweist.</numerusform>
            <numerusform>%n Tags aus &lt;b&gt;%1&lt;/b&gt; entfernen? Andere Tags derselben Images bleiben erhalten; die Images selbst bleiben, bis nichts mehr auf sie verweist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Removed tag %1.</source>
        <translation>Tag %1 entfernt.</translation>
    </message>
    <message>
        <source>Looking up what %1 deletes</source>
        <translation>Ermitteln, was das Löschen von %1 entfernt</translation>
    </message>
    <message>
        <source>Delete image</source>
        <translation>Image löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the image &lt;code&gt;%1&lt;/code&gt; from &lt;b&gt;%2&lt;/b&gt;? The registry removes it with &lt;b&gt;every tag below&lt;/b&gt; (%n tag(s)); this cannot be undone.</source>
        <translation>
            <numerusform>Das Image &lt;code&gt;%1&lt;/code&gt; aus &lt;b&gt;%2&lt;/b&gt; löschen? Die Registry entfernt es mit &lt;b&gt;allen Tags unten&lt;/b&gt; (%n Tag); dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Das Image &lt;code&gt;%1&lt;/code&gt; aus &lt;b&gt;%2&lt;/b&gt; löschen? Die Registry entfernt es mit &lt;b&gt;allen Tags unten&lt;/b&gt; (%n Tags); dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag that disappears</source>
        <translation>Wegfallendes Tag</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <source>Pruned %1.</source>
        <translation>%1 bereinigt.</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>D&amp;urchsuchen</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n tag(s) to %1.</source>
        <translation>
            <numerusform>%n Tag nach %1 kopiert.</numerusform>
            <numerusform>%n Tags nach %1 kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n copies failed; the activity panel says why.</source>
        <translation>
            <numerusform>%1 von %n Kopie fehlgeschlagen; warum, steht im Aktivitätsbereich.</numerusform>
            <numerusform>%1 von %n Kopien fehlgeschlagen; warum, steht im Aktivitätsbereich.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuildsetFlow</name>
    <message>
        <source>Intermediate registry</source>
        <translation>Zwischen-Registry</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>build %1 (%2) pushed %3 at %4</source>
        <translation>Build %1 (%2) lud %3 um %4 hoch</translation>
    </message>
    <message>
        <source>the build ended %1</source>
        <translation>der Build endete mit %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>build %1 of %2, change %3 patchset %4, took it at %5</source>
        <translation>Build %1 von %2, Change %3 Patchset %4, holte es um %5</translation>
    </message>
</context>
<context>
    <name>BundleTrial</name>
    <message>
        <source>docker-registry is not installed here (Debian/Ubuntu package docker-registry)</source>
        <translation>docker-registry ist hier nicht installiert (Debian/Ubuntu-Paket docker-registry)</translation>
    </message>
    <message>
        <source>cannot prepare the trial: %1</source>
        <translation>der Testlauf kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>the bundle&apos;s registry did not start: %1</source>
        <translation>die Registry des Bundles ist nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>CertificateFactory</name>
    <message>
        <source>a CA needs a name and a validity of 1 to 36500 days</source>
        <translation>eine CA braucht einen Namen und eine Gültigkeit von 1 bis 36500 Tagen</translation>
    </message>
    <message>
        <source>generating the CA key failed</source>
        <translation>Erzeugen des CA-Schlüssels fehlgeschlagen</translation>
    </message>
    <message>
        <source>signing the CA certificate failed</source>
        <translation>Signieren des CA-Zertifikats fehlgeschlagen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS name or IP address</source>
        <translation>„%1“ ist kein DNS-Name und keine IP-Adresse</translation>
    </message>
    <message>
        <source>a server certificate needs at least one DNS or IP name and a validity of 1 to 3650 days</source>
        <translation>ein Serverzertifikat braucht mindestens einen DNS- oder IP-Namen und eine Gültigkeit von 1 bis 3650 Tagen</translation>
    </message>
    <message>
        <source>the CA certificate or key is not readable PEM</source>
        <translation>das CA-Zertifikat oder der CA-Schlüssel ist kein lesbares PEM</translation>
    </message>
    <message>
        <source>the CA key does not belong to the CA certificate</source>
        <translation>der CA-Schlüssel gehört nicht zum CA-Zertifikat</translation>
    </message>
    <message>
        <source>generating the server key failed</source>
        <translation>Erzeugen des Serverschlüssels fehlgeschlagen</translation>
    </message>
    <message>
        <source>signing the server certificate failed</source>
        <translation>Signieren des Serverzertifikats fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>unknown key</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>no PEM certificate found</source>
        <translation>kein PEM-Zertifikat gefunden</translation>
    </message>
    <message>
        <source>%1 of %2 PEM certificates are corrupt</source>
        <translation>%1 von %2 PEM-Zertifikaten sind beschädigt</translation>
    </message>
    <message>
        <source>the certificate is not readable PEM</source>
        <translation>das Zertifikat ist kein lesbares PEM</translation>
    </message>
    <message>
        <source>the key is not a readable, unencrypted PEM key</source>
        <translation>der Schlüssel ist kein lesbarer, unverschlüsselter PEM-Schlüssel</translation>
    </message>
    <message>
        <source>the key belongs to another certificate</source>
        <translation>der Schlüssel gehört zu einem anderen Zertifikat</translation>
    </message>
    <message>
        <source>certificate %1 (%2) was not issued by certificate %3 (%4): the chain is out of order</source>
        <translation>Zertifikat %1 (%2) wurde nicht von Zertifikat %3 (%4) ausgestellt: Die Kette ist nicht in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <source>the first certificate is a CA; the server&apos;s own certificate must come first</source>
        <translation>das erste Zertifikat ist eine CA; das eigene Zertifikat des Servers muss zuerst kommen</translation>
    </message>
    <message>
        <source>no certificate to verify</source>
        <translation>kein Zertifikat zum Überprüfen</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>das Zertifikat ist abgelaufen</translation>
    </message>
    <message>
        <source>the certificate is not valid yet</source>
        <translation>das Zertifikat ist noch nicht gültig</translation>
    </message>
    <message>
        <source>the certificate is not valid for %1</source>
        <translation>das Zertifikat ist für %1 nicht gültig</translation>
    </message>
    <message>
        <source>the certificate is self-signed and not the trusted CA</source>
        <translation>das Zertifikat ist selbstsigniert und nicht die vertrauenswürdige CA</translation>
    </message>
    <message>
        <source>the certificate was not issued by the trusted CA</source>
        <translation>das Zertifikat wurde nicht von der vertrauenswürdigen CA ausgestellt</translation>
    </message>
    <message>
        <source>the certificate is not for TLS servers (serverAuth)</source>
        <translation>das Zertifikat ist nicht für TLS-Server bestimmt (serverAuth)</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 ist am %2 abgelaufen</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires in %n day(s), on %2</source>
        <translation>
            <numerusform>%1 läuft in %n Tag ab, am %2</numerusform>
            <numerusform>%1 läuft in %n Tagen ab, am %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not valid before %2</source>
        <translation>%1 ist nicht vor %2 gültig</translation>
    </message>
    <message>
        <source>unreadable key</source>
        <translation>unlesbarer Schlüssel</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Verzeichnis:</translation>
    </message>
    <message>
        <source>where ca.crt, ca.key, domain.crt and domain.key live</source>
        <translation>wo ca.crt, ca.key, domain.crt und domain.key liegen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Intermediate Registry CA</source>
        <translation>Zwischen-Registry-CA</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <source>Create &amp;CA</source>
        <translation>&amp;CA erstellen</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Serverzertifikat</translation>
    </message>
    <message>
        <source>Names (one per line):</source>
        <translation>Namen (einer pro Zeile):</translation>
    </message>
    <message>
        <source>DNS:registry.example.org
IP:192.0.2.10</source>
        <translation>DNS:registry.example.org
IP:192.0.2.10</translation>
    </message>
    <message>
        <source>Create &amp;server certificate</source>
        <translation>&amp;Serverzertifikat erstellen</translation>
    </message>
    <message>
        <source>&amp;Inspect domain.crt</source>
        <translation>domain.crt &amp;untersuchen</translation>
    </message>
    <message>
        <source>host:port of a live registry</source>
        <translation>host:port einer laufenden Registry</translation>
    </message>
    <message>
        <source>&amp;Probe</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Export CA for clients…</source>
        <translation>CA für Clients &amp;exportieren…</translation>
    </message>
    <message>
        <source>EC P-256</source>
        <translation>EC P-256</translation>
    </message>
    <message>
        <source>RSA 2048</source>
        <translation>RSA 2048</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>RSA 4096</source>
        <translation>RSA 4096</translation>
    </message>
    <message>
        <source>Certificate directory</source>
        <translation>Zertifikatsverzeichnis</translation>
    </message>
    <message>
        <source>Choose a directory first.</source>
        <translation>Zuerst ein Verzeichnis auswählen.</translation>
    </message>
    <message>
        <source>%1 already has a CA; choose another directory to keep it safe.</source>
        <translation>%1 enthält bereits eine CA; ein anderes Verzeichnis wählen, damit sie erhalten bleibt.</translation>
    </message>
    <message>
        <source>Created ca.crt and ca.key (0600) in %1.</source>
        <translation>ca.crt und ca.key (0600) in %1 erstellt.</translation>
    </message>
    <message>
        <source>The directory needs ca.crt and ca.key: create or import a CA first.</source>
        <translation>Das Verzeichnis braucht ca.crt und ca.key: Zuerst eine CA erstellen oder importieren.</translation>
    </message>
    <message>
        <source>Created domain.crt (with the CA) and domain.key (0600) in %1.</source>
        <translation>domain.crt (mit der CA) und domain.key (0600) in %1 erstellt.</translation>
    </message>
    <message>
        <source>Certificate %1%2
</source>
        <translation>Zertifikat %1%2
</translation>
    </message>
    <message>
        <source> (CA)</source>
        <translation> (CA)</translation>
    </message>
    <message>
        <source>  Subject:  %1
  Issuer:   %2
</source>
        <translation>  Inhaber:    %1
  Aussteller: %2
</translation>
    </message>
    <message>
        <source>  Names:    %1
</source>
        <translation>  Namen:      %1
</translation>
    </message>
    <message>
        <source>  Valid:    %1 to %2
  Key:      %3
  SHA-256:  %4

</source>
        <translation>  Gültig:     %1 bis %2
  Schlüssel:  %3
  SHA-256:    %4

</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>expiring or expired</source>
        <translation>läuft ab oder abgelaufen</translation>
    </message>
    <message>
        <source>domain.crt: %1</source>
        <translation>domain.crt: %1</translation>
    </message>
    <message>
        <source>domain.key: %1</source>
        <translation>domain.key: %1</translation>
    </message>
    <message>
        <source>verification against ca.crt: %1</source>
        <translation>Überprüfung gegen ca.crt: %1</translation>
    </message>
    <message>
        <source>Key, chain order and CA signature are in order.</source>
        <translation>Schlüssel, Kettenreihenfolge und CA-Signatur sind in Ordnung.</translation>
    </message>
    <message>
        <source>Give the port too (host:port).</source>
        <translation>Auch den Port angeben (host:port).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Überprüft.</translation>
    </message>
    <message>
        <source>Does not verify: %1</source>
        <translation>Überprüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exporting needs ca.crt in the directory and the registry&apos;s host:port in the probe field.</source>
        <translation>Für den Export werden ca.crt im Verzeichnis und host:port der Registry im Prüffeld benötigt.</translation>
    </message>
    <message>
        <source>Export certs.d for clients</source>
        <translation>certs.d für Clients exportieren</translation>
    </message>
    <message>
        <source>Wrote %1: copy it to /etc/containers/certs.d or /etc/docker/certs.d on the clients.</source>
        <translation>%1 geschrieben: Auf den Clients nach /etc/containers/certs.d oder /etc/docker/certs.d kopieren.</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mportieren…</translation>
    </message>
    <message>
        <source>Server certificate (PEM)</source>
        <translation>Serverzertifikat (PEM)</translation>
    </message>
    <message>
        <source>Its private key (PEM)</source>
        <translation>Zugehöriger privater Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>Intermediate chain (PEM, optional)</source>
        <translation>Zwischenzertifikatskette (PEM, optional)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Imported domain.crt and domain.key (0600) into %1.</source>
        <translation>domain.crt und domain.key (0600) nach %1 importiert.</translation>
    </message>
    <message>
        <source>Key and chain order are in order (no ca.crt here to check the signature against).</source>
        <translation>Schlüssel und Kettenreihenfolge sind in Ordnung (hier gibt es keine ca.crt, um die Signatur zu prüfen).</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Zertifikate</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <source>&amp;Zuul:</source>
        <translation>&amp;Zuul:</translation>
    </message>
    <message>
        <source>The connections whose settings name a Zuul: its REST API is asked for the builds</source>
        <translation>Die Verbindungen, deren Einstellungen ein Zuul nennen: seine REST-API wird nach den Builds gefragt</translation>
    </message>
    <message>
        <source>Change number, or a Zuul change, buildset or build URL</source>
        <translation>Change-Nummer oder eine Zuul-URL eines Changes, Buildsets oder Builds</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Buildset, build, image</source>
        <translation>Buildset, Build, Image</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Open in &amp;Browse</source>
        <translation>In &amp;Durchsuchen öffnen</translation>
    </message>
    <message>
        <source>&amp;Diff with published</source>
        <translation>Mit &amp;Veröffentlichtem vergleichen</translation>
    </message>
    <message>
        <source>&amp;Promote…</source>
        <translation>&amp;Befördern…</translation>
    </message>
    <message>
        <source>Open build &amp;log</source>
        <translation>Build-&amp;Log öffnen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>The manifest digest the intermediate registry serves for the image&apos;s tag</source>
        <translation>Der Manifest-Digest, den die Zwischen-Registry für das Tag des Images liefert</translation>
    </message>
    <message>
        <source>Config and layers of the image (of linux/amd64, or the first platform of an index)</source>
        <translation>Konfiguration und Layer des Images (von linux/amd64 oder der ersten Plattform eines Index)</translation>
    </message>
    <message>
        <source>Type a change number or paste a Zuul URL to see the images its builds left.</source>
        <translation>Geben Sie eine Change-Nummer ein oder fügen Sie eine Zuul-URL ein, um die Images zu sehen, die seine Builds hinterließen.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No connection names a Zuul yet: set the Zuul URL and tenant in a connection&apos;s settings (the intermediate registry&apos;s, usually).</source>
        <translation>Noch keine Verbindung nennt ein Zuul: Zuul-URL und Tenant in den Einstellungen einer Verbindung setzen (meist der Zwischen-Registry).</translation>
    </message>
    <message>
        <source>No connection names a Zuul.</source>
        <translation>Keine Verbindung nennt ein Zuul.</translation>
    </message>
    <message>
        <source>No connection uses the Zuul at %1; name it in a connection&apos;s settings first.</source>
        <translation>Keine Verbindung verwendet das Zuul unter %1; zuerst in den Einstellungen einer Verbindung nennen.</translation>
    </message>
    <message>
        <source>Asking Zuul for build %1…</source>
        <translation>Zuul wird nach Build %1 gefragt…</translation>
    </message>
    <message>
        <source>This connection names no Zuul; set it in the connection&apos;s settings.</source>
        <translation>Diese Verbindung nennt kein Zuul; in den Einstellungen der Verbindung setzen.</translation>
    </message>
    <message>
        <source>Asking Zuul…</source>
        <translation>Zuul wird gefragt…</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Buildset %1</source>
        <translation>Buildset %1</translation>
    </message>
    <message>
        <source>%1: Zuul has no builds of it.</source>
        <translation>%1: Zuul hat keine Builds davon.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n build(s)</source>
        <translation>
            <numerusform>%1: %n Build</numerusform>
            <numerusform>%1: %n Builds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n image(s) in the intermediate registry</source>
        <translation>
            <numerusform>, %n Image in der Zwischen-Registry</numerusform>
            <numerusform>, %n Images in der Zwischen-Registry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n missing or unchecked</source>
        <translation>
            <numerusform>, %n fehlend oder ungeprüft</numerusform>
            <numerusform>, %n fehlend oder ungeprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the newest %1 builds are shown.</source>
        <translation>Nur die neuesten %1 Builds werden gezeigt.</translation>
    </message>
    <message>
        <source>%1 · patchset %2</source>
        <translation>%1 · Patchset %2</translation>
    </message>
    <message>
        <source>Buildset %1 of change %2</source>
        <translation>Buildset %1 von Change %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Build %1%2</source>
        <translation>Build %1%2</translation>
    </message>
    <message>
        <source>, non-voting</source>
        <translation>, nicht abstimmend</translation>
    </message>
    <message>
        <source>Started %1, ended %2</source>
        <translation>Begonnen %1, beendet %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n platform(s)</source>
        <translation>
            <numerusform>%1, %n Plattform</numerusform>
            <numerusform>%1, %n Plattformen</numerusform>
        </translation>
    </message>
    <message>
        <source>Compares the image with the tag it is published as, on the publication registry</source>
        <translation>Vergleicht das Image mit dem Tag, unter dem es in der Veröffentlichungs-Registry veröffentlicht ist</translation>
    </message>
    <message>
        <source>Needs a connection with the Publication role</source>
        <translation>Braucht eine Verbindung mit der Rolle Veröffentlichung</translation>
    </message>
    <message>
        <source>Copies every image of the build, every platform, to the publication registry under its final tag (zuul-jobs&apos; intermediate-registry promote)</source>
        <translation>Kopiert jedes Image des Builds mit allen Plattformen unter seinem endgültigen Tag in die Veröffentlichungs-Registry (Befördern über die Zwischen-Registry von zuul-jobs)</translation>
    </message>
    <message>
        <source>Promote the images of %1</source>
        <translation>Die Images von %1 befördern</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every image of build &lt;b&gt;%1&lt;/b&gt; (%2, %3) is copied with all its platforms to &lt;b&gt;%4&lt;/b&gt;, and each published digest is checked against the intermediate registry&apos;s. A tag already there is replaced.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jedes Image von Build &lt;b&gt;%1&lt;/b&gt; (%2, %3) wird mit allen Plattformen nach &lt;b&gt;%4&lt;/b&gt; kopiert, und jeder veröffentlichte Digest wird mit dem der Zwischen-Registry verglichen. Ein dort vorhandenes Tag wird ersetzt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Befördern</translation>
    </message>
    <message>
        <source>Cannot open the publication connection.</source>
        <translation>Die Veröffentlichungs-Verbindung lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>Promoted, digests verified: %1</source>
        <translation>Befördert, Digests geprüft: %1</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>C&amp;hanges</translation>
    </message>
    <message>
        <source>Draw the &amp;flow</source>
        <translation>&amp;Fluss zeichnen</translation>
    </message>
    <message>
        <source>The buildset&apos;s image transfers as a sequence diagram on the Flows page: its jobs pushing to the intermediate registry and the later builds that took their images</source>
        <translation>Die Image-Übertragungen des Buildsets als Sequenzdiagramm auf der Seite Flüsse: seine Jobs, die in die Zwischen-Registry hochladen, und die späteren Builds, die ihre Images holten</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 is left as it was: %2. Comment the line out, or use --keep-invalid to write anyway</source>
        <translation>%1 bleibt unverändert: %2. Kommentieren Sie die Zeile aus oder schreiben Sie mit --keep-invalid trotzdem</translation>
    </message>
    <message>
        <source>Credentials file (docker/podman auth.json).</source>
        <translation>Datei mit Zugangsdaten (docker/podman auth.json).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>CA certificates in the certs.d layout DIR/&lt;host:port&gt;/*.crt.</source>
        <translation>CA-Zertifikate im certs.d-Layout DIR/&lt;host:port&gt;/*.crt.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Verify TLS certificates (default true); false skips it.</source>
        <translation>TLS-Zertifikate überprüfen (Standard: true); false überspringt die Überprüfung.</translation>
    </message>
    <message>
        <source>bool</source>
        <translation>bool</translation>
    </message>
    <message>
        <source>Print an HTTP trace on stderr (credentials redacted).</source>
        <translation>Einen HTTP-Trace auf stderr ausgeben (Zugangsdaten geschwärzt).</translation>
    </message>
    <message>
        <source>Machine-readable output on stdout.</source>
        <translation>Maschinenlesbare Ausgabe auf stdout.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Run &apos;registrydesk-cli --help&apos; for usage.</source>
        <translation>Hinweise zur Verwendung: &apos;registrydesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Usage: registrydesk-cli [global options] &lt;command&gt; [arguments]</source>
        <translation>Verwendung: registrydesk-cli [globale Optionen] &lt;command&gt; [Argumente]</translation>
    </message>
    <message>
        <source>Administer the registries of a Zuul container-image gating system.</source>
        <translation>Die Registrys eines Zuul-Systems für Container-Image-Gating verwalten.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Globale Optionen:</translation>
    </message>
    <message>
        <source>credentials file (docker/podman auth.json)</source>
        <translation>Datei mit Zugangsdaten (docker/podman auth.json)</translation>
    </message>
    <message>
        <source>CA certificates as DIR/&lt;host:port&gt;/*.crt</source>
        <translation>CA-Zertifikate als DIR/&lt;host:port&gt;/*.crt</translation>
    </message>
    <message>
        <source>skip TLS verification (says so on stderr)</source>
        <translation>TLS-Überprüfung überspringen (mit Hinweis auf stderr)</translation>
    </message>
    <message>
        <source>HTTP trace on stderr, credentials redacted</source>
        <translation>HTTP-Trace auf stderr, Zugangsdaten geschwärzt</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maschinenlesbare Ausgabe</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>Version ausgeben</translation>
    </message>
    <message>
        <source>Run &apos;registrydesk-cli &lt;command&gt; --help&apos; for a command&apos;s arguments.</source>
        <translation>Argumente eines Befehls: &apos;registrydesk-cli &lt;command&gt; --help&apos;.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>--tls-verify takes true or false</source>
        <translation>--tls-verify erwartet true oder false</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>warning: TLS verification is off for %1 (--tls-verify=false)</source>
        <translation>Warnung: TLS-Überprüfung ist für %1 aus (--tls-verify=false)</translation>
    </message>
    <message>
        <source>warning from %1: %2</source>
        <translation>Warnung von %1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>host[:port] of the registry</source>
        <translation>host[:port] der Registry</translation>
    </message>
    <message>
        <source>Checks /v2/ with authentication; prints API version and auth scheme.</source>
        <translation>Prüft /v2/ mit Authentifizierung; gibt API-Version und Auth-Schema aus.</translation>
    </message>
    <message>
        <source>rate limit remaining: %1</source>
        <translation>verbleibendes Rate-Limit: %1</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Benutzername.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Das Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Verifies the credentials, then stores them in the OS keychain (or in --authfile).</source>
        <translation>Überprüft die Zugangsdaten und speichert sie dann im Schlüsselbund des Betriebssystems (oder in --authfile).</translation>
    </message>
    <message>
        <source>login needs --username and --password-stdin (passwords are never arguments)</source>
        <translation>login braucht --username und --password-stdin (Passwörter sind nie Argumente)</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>kein Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>warning: registry %1 did not ask for credentials; storing them anyway</source>
        <translation>Warnung: Registry %1 hat keine Zugangsdaten verlangt; sie werden trotzdem gespeichert</translation>
    </message>
    <message>
        <source>Login succeeded; credentials stored in %1</source>
        <translation>Anmeldung erfolgreich; Zugangsdaten in %1 gespeichert</translation>
    </message>
    <message>
        <source>login succeeded but the credentials were not stored: %1. Use --authfile FILE to store them in a file instead</source>
        <translation>Anmeldung erfolgreich, aber die Zugangsdaten wurden nicht gespeichert: %1. Mit --authfile FILE stattdessen in einer Datei speichern</translation>
    </message>
    <message>
        <source>Login succeeded; credentials stored in the OS keychain (service &quot;%1&quot;, key &quot;%2&quot;)</source>
        <translation>Anmeldung erfolgreich; Zugangsdaten im Schlüsselbund des Betriebssystems gespeichert (Dienst „%1“, Schlüssel „%2“)</translation>
    </message>
    <message>
        <source>[host[:port]/]path of the repository</source>
        <translation>[host[:port]/]path des Repositorys</translation>
    </message>
    <message>
        <source>Lists every repository, all pages, one per line.</source>
        <translation>Listet alle Repositorys auf, über alle Seiten, eines pro Zeile.</translation>
    </message>
    <message>
        <source>Lists every tag of a repository, one per line.</source>
        <translation>Listet alle Tags eines Repositorys auf, eines pro Zeile.</translation>
    </message>
    <message>
        <source>%1 nests indexes deeper than %2 levels</source>
        <translation>%1 verschachtelt Indizes tiefer als %2 Ebenen</translation>
    </message>
    <message>
        <source>%1 has no image for %2 (it has: %3)</source>
        <translation>%1 hat kein Image für %2 (vorhanden: %3)</translation>
    </message>
    <message>
        <source>showing %1 of the index; choose another with --platform</source>
        <translation>%1 aus dem Index wird angezeigt; mit --platform eine andere Plattform wählen</translation>
    </message>
    <message>
        <source>the image configuration of %1 is %2 bytes, over the %3-byte limit</source>
        <translation>die Image-Konfiguration von %1 hat %2 Bytes und überschreitet das Limit von %3 Bytes</translation>
    </message>
    <message>
        <source>[host[:port]/]path[:tag][@digest]</source>
        <translation>[host[:port]/]path[:tag][@digest]</translation>
    </message>
    <message>
        <source>Print the manifest bytes exactly as served.</source>
        <translation>Die Manifest-Bytes genau so ausgeben, wie sie geliefert werden.</translation>
    </message>
    <message>
        <source>Print the image configuration blob.</source>
        <translation>Den Konfigurations-Blob des Images ausgeben.</translation>
    </message>
    <message>
        <source>Choose an image of a multi-arch index.</source>
        <translation>Ein Image aus einem Multi-Arch-Index wählen.</translation>
    </message>
    <message>
        <source>os/arch</source>
        <translation>os/arch</translation>
    </message>
    <message>
        <source>Shows digest, media type, size, layers, platforms, created and labels.</source>
        <translation>Zeigt Digest, Medientyp, Größe, Layer, Plattformen, Erstellungsdatum und Labels.</translation>
    </message>
    <message>
        <source>the image configuration of %1 is invalid: %2</source>
        <translation>die Image-Konfiguration von %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>%1 has no configuration blob (an index without a matching platform, or schema1)</source>
        <translation>%1 hat keinen Konfigurations-Blob (ein Index ohne passende Plattform oder schema1)</translation>
    </message>
    <message>
        <source>Reference:  %1</source>
        <translation>Referenz:   %1</translation>
    </message>
    <message>
        <source>Digest:     %1</source>
        <translation>Digest:     %1</translation>
    </message>
    <message>
        <source>Media type: %1</source>
        <translation>Medientyp:  %1</translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation>Plattformen:</translation>
    </message>
    <message>
        <source>Image:      %1</source>
        <translation>Image:      %1</translation>
    </message>
    <message>
        <source>Size:       %1 (%2 bytes compressed)</source>
        <translation>Größe:      %1 (%2 Bytes komprimiert)</translation>
    </message>
    <message>
        <source>Platform:   %1/%2</source>
        <translation>Plattform:  %1/%2</translation>
    </message>
    <message>
        <source>Created:    %1</source>
        <translation>Erstellt:   %1</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Layer:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>check a registry&apos;s /v2/ endpoint with authentication</source>
        <translation>den /v2/-Endpunkt einer Registry mit Authentifizierung prüfen</translation>
    </message>
    <message>
        <source>verify credentials and store them in the keychain or an auth file</source>
        <translation>Zugangsdaten überprüfen und im Schlüsselbund oder in einer Auth-Datei speichern</translation>
    </message>
    <message>
        <source>list every repository of a registry</source>
        <translation>alle Repositorys einer Registry auflisten</translation>
    </message>
    <message>
        <source>list every tag of a repository</source>
        <translation>alle Tags eines Repositorys auflisten</translation>
    </message>
    <message>
        <source>show an image&apos;s manifest, platforms, layers and configuration</source>
        <translation>Manifest, Plattformen, Layer und Konfiguration eines Images anzeigen</translation>
    </message>
    <message>
        <source>print an image&apos;s manifest digest</source>
        <translation>den Manifest-Digest eines Images ausgeben</translation>
    </message>
    <message>
        <source>the htpasswd file</source>
        <translation>die htpasswd-Datei</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Removed %1 from %2</source>
        <translation>%1 aus %2 entfernt</translation>
    </message>
    <message>
        <source>there is no user %1 in %2</source>
        <translation>in %2 gibt es keinen Benutzer %1</translation>
    </message>
    <message>
        <source>the password does not match the one of %1 in %2</source>
        <translation>das Passwort stimmt nicht mit dem von %1 in %2 überein</translation>
    </message>
    <message>
        <source>The password matches %1</source>
        <translation>Das Passwort von %1 stimmt</translation>
    </message>
    <message>
        <source>bcrypt hashing failed</source>
        <translation>bcrypt-Hashing fehlgeschlagen</translation>
    </message>
    <message>
        <source>Changed the password of %1 in %2</source>
        <translation>Passwort von %1 in %2 geändert</translation>
    </message>
    <message>
        <source>Added %1 to %2</source>
        <translation>%1 zu %2 hinzugefügt</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>Kosten %1</translation>
    </message>
    <message>
        <source>NOT USABLE (line %1): %2</source>
        <translation>NICHT VERWENDBAR (Zeile %1): %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Common name.</source>
        <translation>Common Name (CN).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ec (P-256, default) or rsa.</source>
        <translation>ec (P-256, Standard) oder rsa.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>RSA key size: 2048, 3072 or 4096.</source>
        <translation>RSA-Schlüssellänge: 2048, 3072 oder 4096.</translation>
    </message>
    <message>
        <source>--key-type takes ec or rsa (with --bits 2048, 3072 or 4096)</source>
        <translation>--key-type erwartet ec oder rsa (mit --bits 2048, 3072 oder 4096)</translation>
    </message>
    <message>
        <source>Wrote %1.crt and %1.key (0600) in %2</source>
        <translation>%1.crt und %1.key (0600) in %2 geschrieben</translation>
    </message>
    <message>
        <source>Certificate %1%2</source>
        <translation>Zertifikat %1%2</translation>
    </message>
    <message>
        <source> (CA)</source>
        <translation> (CA)</translation>
    </message>
    <message>
        <source>  Subject:    %1</source>
        <translation>  Inhaber:    %1</translation>
    </message>
    <message>
        <source>  Issuer:     %1</source>
        <translation>  Aussteller: %1</translation>
    </message>
    <message>
        <source>  Names:      %1</source>
        <translation>  Namen:      %1</translation>
    </message>
    <message>
        <source>  Valid:      %1 to %2</source>
        <translation>  Gültig:     %1 bis %2</translation>
    </message>
    <message>
        <source>  Key:        %1</source>
        <translation>  Schlüssel:  %1</translation>
    </message>
    <message>
        <source>  SHA-256:    %1</source>
        <translation>  SHA-256:    %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>key %1: %2</source>
        <translation>Schlüssel %1: %2</translation>
    </message>
    <message>
        <source>verification: %1</source>
        <translation>Überprüfung: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1 does not verify: %2</source>
        <translation>Überprüfung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Verified for %1</source>
        <translation>Überprüft für %1</translation>
    </message>
    <message>
        <source>Where to write the bundle (empty or new).</source>
        <translation>Wohin das Bundle geschrieben wird (leer oder neu).</translation>
    </message>
    <message>
        <source>The registry&apos;s host name or IP address.</source>
        <translation>Hostname oder IP-Adresse der Registry.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>The registry&apos;s port (default 5000).</source>
        <translation>Port der Registry (Standard: 5000).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>The user Zuul logs in as.</source>
        <translation>Der Benutzer, als der sich Zuul anmeldet.</translation>
    </message>
    <message>
        <source>More DNS names or IPs for the certificate (repeatable).</source>
        <translation>Weitere DNS-Namen oder IPs für das Zertifikat (wiederholbar).</translation>
    </message>
    <message>
        <source>Site name for the Zuul secret (default yoursite).</source>
        <translation>Site-Name für das Zuul-Secret (Standard: yoursite).</translation>
    </message>
    <message>
        <source>Writes an intermediate-registry deployment: docker-compose.yaml, certs/, auth/htpasswd, data/, config.yml, zuul-secret.yaml.</source>
        <translation>Schreibt ein Deployment der Zwischen-Registry: docker-compose.yaml, certs/, auth/htpasswd, data/, config.yml, zuul-secret.yaml.</translation>
    </message>
    <message>
        <source>Wrote the intermediate-registry bundle to %1:</source>
        <translation>Bundle der Zwischen-Registry nach %1 geschrieben:</translation>
    </message>
    <message>
        <source>Copy certs/, auth/ and data/ to /var/registry on the registry host and run docker compose up -d there; give clients clients/certs.d/.</source>
        <translation>certs/, auth/ und data/ nach /var/registry auf dem Registry-Host kopieren und dort docker compose up -d ausführen; den Clients clients/certs.d/ geben.</translation>
    </message>
    <message>
        <source>Where the sandbox lives.</source>
        <translation>Wo die Sandbox liegt.</translation>
    </message>
    <message>
        <source>Sandbox stopped (%1 keeps its data; sandbox up starts it again)</source>
        <translation>Sandbox gestoppt (%1 behält ihre Daten; sandbox up startet sie wieder)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>Use: --authfile %1 --certs-dir %2</source>
        <translation>Verwenden: --authfile %1 --certs-dir %2</translation>
    </message>
    <message>
        <source>Stop: registrydesk-cli sandbox down --dir %1</source>
        <translation>Stoppen: registrydesk-cli sandbox down --dir %1</translation>
    </message>
    <message>
        <source>write an intermediate-registry deployment bundle</source>
        <translation>ein Deployment-Bundle für die Zwischen-Registry schreiben</translation>
    </message>
    <message>
        <source>no quay token on standard input</source>
        <translation>kein quay-Token auf der Standardeingabe</translation>
    </message>
    <message>
        <source>source image</source>
        <translation>Quell-Image</translation>
    </message>
    <message>
        <source>destination image</source>
        <translation>Ziel-Image</translation>
    </message>
    <message>
        <source>Copy a multi-arch index with every platform.</source>
        <translation>Einen Multi-Arch-Index mit allen Plattformen kopieren.</translation>
    </message>
    <message>
        <source>Copy only this platform of an index.</source>
        <translation>Nur diese Plattform eines Index kopieren.</translation>
    </message>
    <message>
        <source>Blobs in flight at once (default 4).</source>
        <translation>Gleichzeitig übertragene Blobs (Standard: 4).</translation>
    </message>
    <message>
        <source>Copies an image between or within registries: blobs skipped when present, mounted within a registry, streamed otherwise; manifests last.</source>
        <translation>Kopiert ein Image zwischen Registrys oder innerhalb einer Registry: vorhandene Blobs werden übersprungen, innerhalb einer Registry gemountet, sonst gestreamt; Manifeste zuletzt.</translation>
    </message>
    <message>
        <source>--all and --platform exclude each other</source>
        <translation>--all und --platform schließen einander aus</translation>
    </message>
    <message>
        <source>Copied %1 → %2</source>
        <translation>%1 → %2 kopiert</translation>
    </message>
    <message>
        <source>Digest: %1</source>
        <translation>Digest: %1</translation>
    </message>
    <message>
        <source>the image under its temporary tag</source>
        <translation>das Image unter seinem temporären Tag</translation>
    </message>
    <message>
        <source>the final tag</source>
        <translation>das endgültige Tag</translation>
    </message>
    <message>
        <source>Remove the temporary tag afterwards.</source>
        <translation>Das temporäre Tag danach entfernen.</translation>
    </message>
    <message>
        <source>Read a quay API token from stdin for the removal.</source>
        <translation>Für das Entfernen ein quay-API-Token von stdin lesen.</translation>
    </message>
    <message>
        <source>Retags within a repository by manifest only (exact bytes, no blob transfer).</source>
        <translation>Taggt innerhalb eines Repositorys nur per Manifest neu (exakte Bytes, keine Blob-Übertragung).</translation>
    </message>
    <message>
        <source>Promoted %1 → %2 (%3), manifest only</source>
        <translation>%1 → %2 hochgestuft (%3), nur Manifest</translation>
    </message>
    <message>
        <source>Removed the tag %1 via %2</source>
        <translation>Tag %1 über %2 entfernt</translation>
    </message>
    <message>
        <source>repository:tag to remove</source>
        <translation>zu entfernendes repository:tag</translation>
    </message>
    <message>
        <source>Read a quay API token from stdin.</source>
        <translation>Ein quay-API-Token von stdin lesen.</translation>
    </message>
    <message>
        <source>Removes one tag and keeps the others that share its digest.</source>
        <translation>Entfernt ein Tag und behält die anderen mit demselben Digest.</translation>
    </message>
    <message>
        <source>Removed tag %1 (was %2) via %3</source>
        <translation>Tag %1 (war %2) über %3 entfernt</translation>
    </message>
    <message>
        <source>repository:tag or repository@digest</source>
        <translation>repository:tag oder repository@digest</translation>
    </message>
    <message>
        <source>Only list the tags that would disappear.</source>
        <translation>Nur die Tags auflisten, die wegfallen würden.</translation>
    </message>
    <message>
        <source>Deletes a manifest by digest: every tag sharing the digest goes with it (listed first).</source>
        <translation>Löscht ein Manifest per Digest: Jedes Tag mit diesem Digest fällt mit weg (wird vorher aufgelistet).</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>(keine Tags)</translation>
    </message>
    <message>
        <source>Would have removed %1 with tags: %2</source>
        <translation>Hätte %1 mit diesen Tags entfernt: %2</translation>
    </message>
    <message>
        <source>Would delete %1 with its tags: %2</source>
        <translation>Würde %1 mit seinen Tags löschen: %2</translation>
    </message>
    <message>
        <source>Deleted %1 with its tags: %2</source>
        <translation>%1 mit seinen Tags gelöscht: %2</translation>
    </message>
    <message>
        <source>Age limit, e.g. 36h or 7d.</source>
        <translation>Altersgrenze, z. B. 36h oder 7d.</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Only this repository.</source>
        <translation>Nur dieses Repository.</translation>
    </message>
    <message>
        <source>List exactly what a real run deletes; delete nothing.</source>
        <translation>Genau auflisten, was ein echter Lauf löscht; nichts löschen.</translation>
    </message>
    <message>
        <source>Prune leaked change_&lt;N&gt;_&lt;tag&gt; / &lt;pipeline&gt;_&lt;tag&gt; tags (publication registry) instead of &lt;build&gt;_&lt;tag&gt; tags.</source>
        <translation>Liegen gebliebene change_&lt;N&gt;_&lt;tag&gt;- / &lt;pipeline&gt;_&lt;tag&gt;-Tags (Veröffentlichungs-Registry) statt &lt;build&gt;_&lt;tag&gt;-Tags bereinigen.</translation>
    </message>
    <message>
        <source>Zuul web URL: age from build end times.</source>
        <translation>Zuul-Web-URL: Alter anhand der Endzeiten der Builds.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Zuul tenant.</source>
        <translation>Zuul-Tenant.</translation>
    </message>
    <message>
        <source>Only tags of changes that have merged (needs --zuul).</source>
        <translation>Nur Tags von Changes, die gemergt wurden (braucht --zuul).</translation>
    </message>
    <message>
        <source>Removes old Zuul tags from the intermediate registry, tag by tag, nothing else.</source>
        <translation>Entfernt alte Zuul-Tags aus der Zwischen-Registry, Tag für Tag, sonst nichts.</translation>
    </message>
    <message>
        <source>--zuul takes the web URL of Zuul (https://zuul.example.org) and needs --tenant</source>
        <translation>--zuul erwartet die Web-URL von Zuul (https://zuul.example.org) und braucht --tenant</translation>
    </message>
    <message>
        <source>would delete </source>
        <translation>würde löschen: </translation>
    </message>
    <message>
        <source>deleted </source>
        <translation>gelöscht: </translation>
    </message>
    <message>
        <source>age %1 (%2)</source>
        <translation>Alter %1 (%2)</translation>
    </message>
    <message>
        <source>copy an image between or within registries</source>
        <translation>ein Image zwischen Registrys oder innerhalb einer Registry kopieren</translation>
    </message>
    <message>
        <source>retag by manifest only, optionally removing the temporary tag</source>
        <translation>nur per Manifest neu taggen, optional das temporäre Tag entfernen</translation>
    </message>
    <message>
        <source>remove one tag, keeping others of the same digest</source>
        <translation>ein Tag entfernen, andere mit demselben Digest behalten</translation>
    </message>
    <message>
        <source>delete a manifest and every tag on it (listed first)</source>
        <translation>ein Manifest und jedes Tag darauf löschen (vorher aufgelistet)</translation>
    </message>
    <message>
        <source>remove old &lt;build&gt;_&lt;tag&gt; tags from the intermediate registry</source>
        <translation>alte &lt;build&gt;_&lt;tag&gt;-Tags aus der Zwischen-Registry entfernen</translation>
    </message>
    <message>
        <source>%1 already holds a CA (ca.key); choose another --out-dir</source>
        <translation>%1 enthält bereits eine CA (ca.key); ein anderes --out-dir wählen</translation>
    </message>
    <message>
        <source>The config-project&apos;s Zuul public key: the secret&apos;s password is encrypted with it.</source>
        <translation>Der öffentliche Zuul-Schlüssel des config-project: Das Passwort des Secrets wird damit verschlüsselt.</translation>
    </message>
    <message>
        <source>--zuul takes the Zuul web URL, e.g. https://zuul.example.org</source>
        <translation>--zuul erwartet die Zuul-Web-URL, z. B. https://zuul.example.org</translation>
    </message>
    <message>
        <source>Zuul&apos;s key for %1</source>
        <translation>Zuul-Schlüssel für %1</translation>
    </message>
    <message>
        <source>%1: RSA %2 bits, SHA-256 fingerprint %3</source>
        <translation>%1: RSA %2 Bit, SHA-256-Fingerabdruck %3</translation>
    </message>
    <message>
        <source>The project&apos;s public key (PEM).</source>
        <translation>Der öffentliche Schlüssel des Projekts (PEM).</translation>
    </message>
    <message>
        <source>Fetch the key from this Zuul (web URL).</source>
        <translation>Den Schlüssel von diesem Zuul abrufen (Web-URL).</translation>
    </message>
    <message>
        <source>The project&apos;s Zuul tenant.</source>
        <translation>Der Zuul-Tenant des Projekts.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>The Zuul project (config-project) the secret is for.</source>
        <translation>Das Zuul-Projekt (config-project), für das das Secret bestimmt ist.</translation>
    </message>
    <message>
        <source>project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>--publication-username needs its password as the second line of standard input</source>
        <translation>--publication-username braucht sein Passwort als zweite Zeile der Standardeingabe</translation>
    </message>
    <message>
        <source>Wrote the config-project files for site %1 to %2:</source>
        <translation>Die config-project-Dateien für die Site %1 wurden nach %2 geschrieben:</translation>
    </message>
    <message>
        <source>Commit them to the config-project; jobs then inherit from %1-build-docker-image.</source>
        <translation>Diese in das config-project committen; die Jobs erben dann von %1-build-docker-image.</translation>
    </message>
    <message>
        <source>the image compared from</source>
        <translation>das Image, von dem aus verglichen wird</translation>
    </message>
    <message>
        <source>the image compared to</source>
        <translation>das Image, mit dem verglichen wird</translation>
    </message>
    <message>
        <source>Compare this platform of multi-arch images (default: A&apos;s, matched in B).</source>
        <translation>Diese Plattform von Multi-Arch-Images vergleichen (Standard: die von A, in B zugeordnet).</translation>
    </message>
    <message>
        <source>Modification times and &apos;created&apos; do not count.</source>
        <translation>Änderungszeiten und &apos;created&apos; zählen nicht.</translation>
    </message>
    <message>
        <source>File owners (uid/gid) do not count.</source>
        <translation>Dateieigentümer (uid/gid) zählen nicht.</translation>
    </message>
    <message>
        <source>List unchanged files too (text output).</source>
        <translation>Auch unveränderte Dateien auflisten (Textausgabe).</translation>
    </message>
    <message>
        <source>Keep layer indexes here (default: the user cache).</source>
        <translation>Layer-Indizes hier ablegen (Standard: der Cache des Benutzers).</translation>
    </message>
    <message>
        <source>Read every layer, keep no index.</source>
        <translation>Jeden Layer lesen, keinen Index behalten.</translation>
    </message>
    <message>
        <source>Compares the configuration, layers and files of two images, from any registries.</source>
        <translation>Vergleicht Konfiguration, Layer und Dateien zweier Images aus beliebigen Registrys.</translation>
    </message>
    <message>
        <source>%1 layers: %2 from the cache, %3 downloaded</source>
        <translation>%1 Layer: %2 aus dem Cache, %3 heruntergeladen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>Configuration: %n difference(s)</source>
        <translation>
            <numerusform>Konfiguration: %n Unterschied</numerusform>
            <numerusform>Konfiguration: %n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>Layers: %1 shared, %2 only in A, %3 only in B</source>
        <translation>Layer: %1 gemeinsam, %2 nur in A, %3 nur in B</translation>
    </message>
    <message>
        <source>Files: %1 added, %2 removed, %3 modified, size %4</source>
        <translation>Dateien: %1 hinzugefügt, %2 entfernt, %3 geändert, Größe %4</translation>
    </message>
    <message>
        <source>compare the configuration, layers and files of two images</source>
        <translation>Konfiguration, Layer und Dateien zweier Images vergleichen</translation>
    </message>
    <message>
        <source>The intermediate registry.</source>
        <translation>Die Zwischen-Registry.</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>A registry to act as the buildset registry.</source>
        <translation>Eine Registry, die als Buildset-Registry dient.</translation>
    </message>
    <message>
        <source>The publication registry.</source>
        <translation>Die Veröffentlichungs-Registry.</translation>
    </message>
    <message>
        <source>The change number of the temporary tag (default 4242).</source>
        <translation>Die Change-Nummer des temporären Tags (Standard: 4242).</translation>
    </message>
    <message>
        <source>Repository the rehearsal uses (must not hold its tags).</source>
        <translation>Repository, das der Probelauf verwendet (darf die Tags des Probelaufs nicht bereits enthalten).</translation>
    </message>
    <message>
        <source>Keep the tags the rehearsal made (no clean-up).</source>
        <translation>Die Tags behalten, die der Probelauf angelegt hat (kein Aufräumen).</translation>
    </message>
    <message>
        <source>Performs the gating flow of zuul-jobs&apos; Container Images document with a small generated image: intermediate → buildset → build job → intermediate, a test job&apos;s pull, upload with change_&lt;N&gt;_&lt;tag&gt; and the manifest-only promote; each step is checked.</source>
        <translation>Führt den Gating-Ablauf aus dem Dokument „Container Images“ von zuul-jobs mit einem kleinen generierten Image durch: Zwischen-Registry → Buildset-Registry → Build-Job → Zwischen-Registry, der Pull eines Test-Jobs, Upload mit change_&lt;N&gt;_&lt;tag&gt; und das Hochstufen nur per Manifest; jeder Schritt wird geprüft.</translation>
    </message>
    <message>
        <source>The gating flow works on these registries.</source>
        <translation>Der Gating-Ablauf arbeitet mit diesen Registrys.</translation>
    </message>
    <message>
        <source>rehearse the whole gating flow on real registries</source>
        <translation>den ganzen Gating-Ablauf auf echten Registrys proben</translation>
    </message>
    <message numerus="yes">
        <source>Blobs: %1 copied (%2), %3 mounted, %4 skipped; %n manifest(s) written</source>
        <translation>
            <numerusform>Blobs: %1 kopiert (%2), %3 gemountet, %4 übersprungen; %n Manifest geschrieben</numerusform>
            <numerusform>Blobs: %1 kopiert (%2), %3 gemountet, %4 übersprungen; %n Manifeste geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) would be deleted, %1 kept</source>
        <translation>
            <numerusform>%n Tag würde gelöscht, %1 behalten</numerusform>
            <numerusform>%n Tags würden gelöscht, %1 behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) deleted, %1 kept</source>
        <translation>
            <numerusform>%n Tag gelöscht, %1 behalten</numerusform>
            <numerusform>%n Tags gelöscht, %1 behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name (no &apos;:&apos;, spaces or control characters)</source>
        <translation>„%1“ ist kein gültiger Benutzername (kein &apos;:&apos;, keine Leer- oder Steuerzeichen)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>&quot;%1:%2&quot; is not a valid registry host and port</source>
        <translation>„%1:%2“ ist kein gültiger Registry-Host mit Port</translation>
    </message>
    <message>
        <source>registry %1 is reachable: auth %2, %3</source>
        <translation>Registry %1 ist erreichbar: Authentifizierung %2, %3</translation>
    </message>
    <message>
        <source>API version: %1</source>
        <translation>API-Version: %1</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Limits: %1</source>
        <translation>Grenzen: %1</translation>
    </message>
    <message>
        <source>Prints the manifest digest: as the registry states it, or computed from the manifest&apos;s bytes when it does not.</source>
        <translation>Gibt den Manifest-Digest aus: wie die Registry ihn nennt, oder aus den Bytes des Manifests berechnet, wenn sie es nicht tut.</translation>
    </message>
    <message>
        <source>Validity in days (CA 3650, server 365).</source>
        <translation>Gültigkeit in Tagen (CA 3650, Server 365).</translation>
    </message>
    <message>
        <source>Where to write the files.</source>
        <translation>Wohin die Dateien geschrieben werden.</translation>
    </message>
    <message>
        <source>create a CA for the intermediate registry</source>
        <translation>eine CA für die Intermediate-Registry erstellen</translation>
    </message>
    <message>
        <source>Creates a CA: ca.crt, and ca.key readable by its owner only.</source>
        <translation>Erstellt eine CA: ca.crt und ca.key, nur für den Eigentümer lesbar.</translation>
    </message>
    <message>
        <source>create a TLS server certificate signed by the CA</source>
        <translation>ein von der CA signiertes TLS-Serverzertifikat erstellen</translation>
    </message>
    <message>
        <source>Creates domain.crt (the leaf, then the CA) and domain.key for the registry&apos;s names.</source>
        <translation>Erstellt domain.crt (das Blattzertifikat, dann die CA) und domain.key für die Namen der Registry.</translation>
    </message>
    <message>
        <source>The directory holding ca.crt and ca.key.</source>
        <translation>Das Verzeichnis mit ca.crt und ca.key.</translation>
    </message>
    <message>
        <source>DNS:name or IP:address (repeatable).</source>
        <translation>DNS:Name oder IP:Adresse (wiederholbar).</translation>
    </message>
    <message>
        <source>show a certificate chain and check it</source>
        <translation>eine Zertifikatskette anzeigen und prüfen</translation>
    </message>
    <message>
        <source>Shows each certificate of a PEM file, checks the chain&apos;s order, and optionally the key and the verification against a CA.</source>
        <translation>Zeigt jedes Zertifikat einer PEM-Datei, prüft die Reihenfolge der Kette und wahlweise den Schlüssel und die Prüfung gegen eine CA.</translation>
    </message>
    <message>
        <source>a PEM file</source>
        <translation>eine PEM-Datei</translation>
    </message>
    <message>
        <source>Check that this key belongs to the certificate.</source>
        <translation>Prüfen, dass dieser Schlüssel zum Zertifikat gehört.</translation>
    </message>
    <message>
        <source>Verify against this CA instead of the system store.</source>
        <translation>Gegen diese CA statt des Systemspeichers prüfen.</translation>
    </message>
    <message>
        <source>Verify the certificate for this host name.</source>
        <translation>Das Zertifikat für diesen Hostnamen prüfen.</translation>
    </message>
    <message>
        <source>check the TLS of a live endpoint</source>
        <translation>das TLS eines laufenden Endpunkts prüfen</translation>
    </message>
    <message>
        <source>Connects to HOST:PORT and reports the chain it serves, whether it verifies, the TLS version and cipher, and certificates that expire soon.</source>
        <translation>Verbindet sich mit HOST:PORT und meldet die ausgelieferte Kette, ob sie sich prüfen lässt, TLS-Version und Chiffre sowie bald ablaufende Zertifikate.</translation>
    </message>
    <message>
        <source>the endpoint</source>
        <translation>der Endpunkt</translation>
    </message>
    <message>
        <source>usage: registrydesk-cli %1</source>
        <translation>Aufruf: registrydesk-cli %1</translation>
    </message>
    <message>
        <source>Usage: registrydesk-cli %1 %2 [arguments]</source>
        <translation>Aufruf: registrydesk-cli %1 %2 [Argumente]</translation>
    </message>
    <message>
        <source>Run &apos;registrydesk-cli %1 &lt;action&gt; --help&apos; for an action&apos;s arguments.</source>
        <translation>&apos;registrydesk-cli %1 &lt;Aktion&gt; --help&apos; zeigt die Argumente einer Aktion.</translation>
    </message>
    <message>
        <source>%1 needs an action</source>
        <translation>%1 braucht eine Aktion</translation>
    </message>
    <message>
        <source>%1 has no action &quot;%2&quot;</source>
        <translation>%1 hat keine Aktion „%2“</translation>
    </message>
    <message>
        <source>usage: registrydesk-cli %1 %2 …</source>
        <translation>Aufruf: registrydesk-cli %1 %2 …</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 nimmt keine Argumente</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 braucht %2</translation>
    </message>
    <message>
        <source>%1 takes HOST:PORT, with the port</source>
        <translation>%1 nimmt HOST:PORT, mit Port</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 takes os/arch[/variant], e.g. linux/arm64</source>
        <translation>%1 nimmt os/arch[/variant], z. B. linux/arm64</translation>
    </message>
    <message>
        <source>%1 takes a duration such as 36h, 7d or 1d12h</source>
        <translation>%1 nimmt eine Dauer wie 36h, 7d oder 1d12h</translation>
    </message>
    <message>
        <source>%1 takes a positive number</source>
        <translation>%1 nimmt eine positive Zahl</translation>
    </message>
    <message>
        <source>%1 takes a number from %2 to %3</source>
        <translation>%1 nimmt eine Zahl von %2 bis %3</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>der Benutzer</translation>
    </message>
    <message>
        <source>Write even though a line without &apos;:&apos; makes registry:2 refuse the whole file.</source>
        <translation>Trotzdem schreiben, obwohl registry:2 wegen einer Zeile ohne &apos;:&apos; die ganze Datei ablehnt.</translation>
    </message>
    <message>
        <source>list the users of an htpasswd file and what registry:2 refuses</source>
        <translation>die Benutzer einer htpasswd-Datei auflisten und was registry:2 ablehnt</translation>
    </message>
    <message>
        <source>Lists each user of a bcrypt htpasswd file with its hash scheme and cost, and every line registry:2 cannot use.</source>
        <translation>Listet jeden Benutzer einer bcrypt-htpasswd-Datei mit Hash-Verfahren und Kosten sowie jede Zeile, die registry:2 nicht verwenden kann.</translation>
    </message>
    <message>
        <source>add a user or change a password (bcrypt; password on stdin)</source>
        <translation>einen Benutzer hinzufügen oder ein Passwort ändern (bcrypt; Passwort auf stdin)</translation>
    </message>
    <message>
        <source>Adds the user or changes its password, read from standard input and hashed with bcrypt. A file that registry:2 refuses (a line without &apos;:&apos;) is left as it is, unless --keep-invalid.</source>
        <translation>Fügt den Benutzer hinzu oder ändert sein Passwort, gelesen von der Standardeingabe und mit bcrypt gehasht. Eine Datei, die registry:2 ablehnt (eine Zeile ohne &apos;:&apos;), bleibt unverändert, außer mit --keep-invalid.</translation>
    </message>
    <message>
        <source>bcrypt cost, 4 to 17 (default 12).</source>
        <translation>bcrypt-Kosten, 4 bis 17 (Standard 12).</translation>
    </message>
    <message>
        <source>Refuse to change an existing user.</source>
        <translation>Einen vorhandenen Benutzer nicht ändern.</translation>
    </message>
    <message>
        <source>check a user&apos;s password (read on stdin)</source>
        <translation>das Passwort eines Benutzers prüfen (von stdin gelesen)</translation>
    </message>
    <message>
        <source>Checks the password on standard input against the user&apos;s hash.</source>
        <translation>Prüft das Passwort von der Standardeingabe gegen den Hash des Benutzers.</translation>
    </message>
    <message>
        <source>remove a user</source>
        <translation>einen Benutzer entfernen</translation>
    </message>
    <message>
        <source>Removes the user. A file that registry:2 refuses (a line without &apos;:&apos;) is left as it is, unless --keep-invalid.</source>
        <translation>Entfernt den Benutzer. Eine Datei, die registry:2 ablehnt (eine Zeile ohne &apos;:&apos;), bleibt unverändert, außer mit --keep-invalid.</translation>
    </message>
    <message>
        <source>start the local sandbox registries (seeded with sample images)</source>
        <translation>die lokalen Sandbox-Registries starten (mit Beispiel-Images befüllt)</translation>
    </message>
    <message>
        <source>stop the sandbox registries (their data stays)</source>
        <translation>die Sandbox-Registries anhalten (ihre Daten bleiben)</translation>
    </message>
    <message>
        <source>Stops every registry the sandbox started; its directory keeps their data.</source>
        <translation>Hält jede von der Sandbox gestartete Registry an; ihr Verzeichnis behält die Daten.</translation>
    </message>
    <message>
        <source>show the sandbox registries and whether they run</source>
        <translation>die Sandbox-Registries anzeigen und ob sie laufen</translation>
    </message>
    <message>
        <source>Shows the sandbox&apos;s registries, whether each runs, and how clients reach them.</source>
        <translation>Zeigt die Registries der Sandbox, ob jede läuft und wie Clients sie erreichen.</translation>
    </message>
    <message>
        <source>the project&apos;s key comes from --public-key FILE, or from --zuul URL with --tenant T and --project P</source>
        <translation>der Schlüssel des Projekts kommt aus --public-key DATEI oder von --zuul URL mit --tenant T und --project P</translation>
    </message>
    <message>
        <source>encrypt standard input into a Zuul secret</source>
        <translation>die Standardeingabe in ein Zuul-Secret verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypts standard input into a Zuul secret (RSA-OAEP with the project&apos;s key), as zuul-client does.</source>
        <translation>Verschlüsselt die Standardeingabe in ein Zuul-Secret (RSA-OAEP mit dem Schlüssel des Projekts), wie zuul-client.</translation>
    </message>
    <message>
        <source>Name of the secret.</source>
        <translation>Name des Secrets.</translation>
    </message>
    <message>
        <source>Name of the field.</source>
        <translation>Name des Felds.</translation>
    </message>
    <message>
        <source>Keep surrounding whitespace of the plaintext.</source>
        <translation>Umgebende Leerzeichen des Klartexts behalten.</translation>
    </message>
    <message>
        <source>write the site&apos;s Zuul jobs, playbooks and secret</source>
        <translation>die Zuul-Jobs, Playbooks und das Secret des Standorts schreiben</translation>
    </message>
    <message>
        <source>Writes the config-project files of zuul-jobs&apos; Container Images document for a site: the secret, four jobs and five playbooks.</source>
        <translation>Schreibt die Dateien des Config-Projects aus dem Container-Images-Dokument von zuul-jobs für einen Standort: das Secret, vier Jobs und fünf Playbooks.</translation>
    </message>
    <message>
        <source>The site name the jobs are named after.</source>
        <translation>Der Standortname, nach dem die Jobs heißen.</translation>
    </message>
    <message>
        <source>The intermediate registry&apos;s host.</source>
        <translation>Der Host der Intermediate-Registry.</translation>
    </message>
    <message>
        <source>Its port (default 5000).</source>
        <translation>Sein Port (Standard 5000).</translation>
    </message>
    <message>
        <source>Also a publication-registry secret for this user; its password is the second line of standard input.</source>
        <translation>Auch ein Secret für die Veröffentlichungs-Registry für diesen Benutzer; sein Passwort ist die zweite Zeile der Standardeingabe.</translation>
    </message>
    <message>
        <source>The config-project checkout to write into.</source>
        <translation>Der Checkout des Config-Projects, in den geschrieben wird.</translation>
    </message>
    <message>
        <source>Replace files that exist.</source>
        <translation>Vorhandene Dateien ersetzen.</translation>
    </message>
    <message>
        <source>%1 requests, %2 manifests and configurations from the cache</source>
        <translation>%1 Anfragen, %2 Manifeste und Konfigurationen aus dem Cache</translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation>REPOSITORY</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>BYTES</translation>
    </message>
    <message>
        <source>ONLY HERE</source>
        <translation>NUR HIER</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 blobs; %n tag(s) of %3 repositories, %4 manifests</source>
        <translation>
            <numerusform>%1 in %2 Blobs; %n Tag in %3 Repositories, %4 Manifeste</numerusform>
            <numerusform>%1 in %2 Blobs; %n Tags in %3 Repositories, %4 Manifeste</numerusform>
        </translation>
    </message>
    <message>
        <source>Only here: the bytes no other repository&apos;s tags reach, what deleting every tag of that repository would let garbage collection free.</source>
        <translation>Nur hier: die Bytes, die kein Tag eines anderen Repositorys erreicht – was die Garbage Collection freigäbe, wenn alle Tags dieses Repositorys gelöscht würden.</translation>
    </message>
    <message>
        <source>what a registry holds, per repository, each blob counted once</source>
        <translation>was eine Registry enthält, je Repository, jeder Blob einmal gezählt</translation>
    </message>
    <message>
        <source>Surveys a registry through its API: every tag of every repository (or of the repositories named, where there is no catalog), indexes followed, each distinct blob counted once; per repository its bytes and the bytes only it references. Manifests are cached by digest, so a second survey only asks each tag&apos;s digest.</source>
        <translation>Erfasst eine Registry über ihre API: jedes Tag jedes Repositorys (oder der genannten Repositories, wo es keinen Katalog gibt), Indizes verfolgt, jeder Blob einmal gezählt; je Repository seine Bytes und die Bytes, die nur es referenziert. Manifeste werden nach Digest zwischengespeichert, sodass eine zweite Erfassung nur den Digest jedes Tags erfragt.</translation>
    </message>
    <message>
        <source>Survey only this repository (repeatable; needed where there is no catalog).</source>
        <translation>Nur dieses Repository erfassen (wiederholbar; nötig, wo es keinen Katalog gibt).</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 8).</source>
        <translation>Gleichzeitige Anfragen (Standard 8).</translation>
    </message>
    <message>
        <source>Keep manifests and configurations here (default: the user cache).</source>
        <translation>Manifeste und Konfigurationen hier aufbewahren (Standard: der Benutzer-Cache).</translation>
    </message>
    <message>
        <source>Ask the registry for every manifest, keep none.</source>
        <translation>Jedes Manifest bei der Registry erfragen, keines aufbewahren.</translation>
    </message>
    <message>
        <source>with its manifest</source>
        <translation>mit seinem Manifest</translation>
    </message>
    <message>
        <source>tag only</source>
        <translation>nur das Tag</translation>
    </message>
    <message>
        <source>Plain garbage collection would then free %1.</source>
        <translation>Eine einfache Garbage Collection gäbe dann %1 frei.</translation>
    </message>
    <message>
        <source>Plain garbage collection now frees %1.</source>
        <translation>Eine einfache Garbage Collection gibt jetzt %1 frei.</translation>
    </message>
    <message>
        <source>deleted %1@%2</source>
        <translation>%1@%2 gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>%n manifest(s) deleted before the failure.</source>
        <translation>
            <numerusform>%n Manifest wurde vor dem Fehler gelöscht.</numerusform>
            <numerusform>%n Manifeste wurden vor dem Fehler gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>would delete %1@%2</source>
        <translation>würde %1@%2 löschen</translation>
    </message>
    <message>
        <source>kept %1@%2: %3</source>
        <translation>%1@%2 behalten: %3</translation>
    </message>
    <message>
        <source>a tag pushed since the plan reaches it</source>
        <translation>ein seit dem Plan gepushtes Tag erreicht es</translation>
    </message>
    <message>
        <source>its repository&apos;s tags could not be read again</source>
        <translation>die Tags seines Repositorys konnten nicht erneut gelesen werden</translation>
    </message>
    <message>
        <source>No untagged manifest is left that no tag reaches: nothing to delete on %1.</source>
        <translation>Es bleibt kein Manifest ohne Tag, das kein Tag erreicht: auf %1 gibt es nichts zu löschen.</translation>
    </message>
    <message numerus="yes">
        <source>%n untagged manifest(s) that no tag reaches would be deleted on %1.</source>
        <translation>
            <numerusform>%n Manifest ohne Tag, das kein Tag erreicht, würde auf %1 gelöscht.</numerusform>
            <numerusform>%n Manifeste ohne Tag, die kein Tag erreicht, würden auf %1 gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untagged manifest(s) that no tag reaches deleted on %1.</source>
        <translation>
            <numerusform>%n Manifest ohne Tag, das kein Tag erreicht, auf %1 gelöscht.</numerusform>
            <numerusform>%n Manifeste ohne Tag, die kein Tag erreicht, auf %1 gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n manifest(s) were gone already.</source>
        <translation>
            <numerusform>%n Manifest war bereits weg.</numerusform>
            <numerusform>%n Manifeste waren bereits weg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plain garbage collection would then free %1 (%n blob(s)).</source>
        <translation>
            <numerusform>Eine einfache Garbage Collection gäbe dann %1 frei (%n Blob).</numerusform>
            <numerusform>Eine einfache Garbage Collection gäbe dann %1 frei (%n Blobs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plain garbage collection now frees %1 (%n blob(s)).</source>
        <translation>
            <numerusform>Eine einfache Garbage Collection gibt jetzt %1 frei (%n Blob).</numerusform>
            <numerusform>Eine einfache Garbage Collection gibt jetzt %1 frei (%n Blobs).</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: put the registry in read-only mode (storage.maintenance.readonly.enabled: true) and restart it, run docker-registry garbage-collect CONFIG (never --delete-untagged on 2.8: it deletes the platform manifests of tagged multi-arch images), then make it writable again.</source>
        <translation>Als Nächstes: die Registry in den Nur-Lese-Modus versetzen (storage.maintenance.readonly.enabled: true) und neu starten, docker-registry garbage-collect CONFIG ausführen (auf 2.8 nie --delete-untagged: es löscht die Plattform-Manifeste getaggter Multi-Arch-Images), dann den Nur-Lese-Modus wieder ausschalten.</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n more problem(s) not shown</source>
        <translation>
            <numerusform>Warnung: %n weiteres Problem nicht angezeigt</numerusform>
            <numerusform>Warnung: %n weitere Probleme nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: not everything in %1 could be read, so their untagged manifests count as reachable and stay: %2</source>
        <translation>Warnung: in %1 konnte nicht alles gelesen werden, daher gelten die dortigen Manifeste ohne Tag als erreichbar und bleiben erhalten: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n repository(ies)</source>
        <translation>
            <numerusform>%n Repository</numerusform>
            <numerusform>%n Repositorys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n blob(s))</source>
        <translation>
            <numerusform>%1 (%n Blob)</numerusform>
            <numerusform>%1 (%n Blobs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Storage root %1</source>
        <translation>Speicherverzeichnis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n repository(ies), </source>
        <translation>
            <numerusform>%n Repository, </numerusform>
            <numerusform>%n Repositorys, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s), </source>
        <translation>
            <numerusform>%n Tag, </numerusform>
            <numerusform>%n Tags, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n manifest(s), </source>
        <translation>
            <numerusform>%n Manifest, </numerusform>
            <numerusform>%n Manifeste, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s): %1</source>
        <translation>
            <numerusform>%n Blob: %1</numerusform>
            <numerusform>%n Blobs: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished upload(s): %1</source>
        <translation>
            <numerusform>%n nicht abgeschlossener Upload: %1</numerusform>
            <numerusform>%n nicht abgeschlossene Uploads: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the oldest started %1</source>
        <translation>der älteste begann am %1</translation>
    </message>
    <message>
        <source>(not garbage: storage.maintenance.uploadpurging removes them, by default after 168 h)</source>
        <translation>(nicht Sache der Garbage Collection: storage.maintenance.uploadpurging entfernt sie, standardmäßig nach 168 h)</translation>
    </message>
    <message>
        <source>plain garbage-collect:</source>
        <translation>einfaches garbage-collect:</translation>
    </message>
    <message>
        <source>garbage-collect --delete-untagged:</source>
        <translation>garbage-collect --delete-untagged:</translation>
    </message>
    <message>
        <source>gc delete-untagged, then plain garbage-collect:</source>
        <translation>gc delete-untagged, dann einfaches garbage-collect:</translation>
    </message>
    <message>
        <source>Garbage collection would free:</source>
        <translation>Die Garbage Collection gäbe frei:</translation>
    </message>
    <message numerus="yes">
        <source>and breaks %n tagged multi-arch image(s)</source>
        <translation>
            <numerusform>und beschädigt %n getaggtes Multi-Arch-Image</numerusform>
            <numerusform>und beschädigt %n getaggte Multi-Arch-Images</numerusform>
        </translation>
    </message>
    <message>
        <source>(the safe plan)</source>
        <translation>(der sichere Plan)</translation>
    </message>
    <message>
        <source>Untagged manifests: %1, %2 of them reached by no tag</source>
        <translation>Manifeste ohne Tag: %1, davon %2 von keinem Tag erreicht</translation>
    </message>
    <message>
        <source>no tag reaches it</source>
        <translation>kein Tag erreicht es</translation>
    </message>
    <message>
        <source>kept: its repository could not be read fully</source>
        <translation>behalten: sein Repository konnte nicht vollständig gelesen werden</translation>
    </message>
    <message>
        <source>reached through %1</source>
        <translation>erreicht über %1</translation>
    </message>
    <message>
        <source>… and %1 more (--json lists them all)</source>
        <translation>… und %1 weitere (--json listet alle auf)</translation>
    </message>
    <message>
        <source>garbage-collect --delete-untagged (2.8) breaks these tagged multi-arch images: it deletes their platform manifests, which carry no tag of their own:</source>
        <translation>garbage-collect --delete-untagged (2.8) beschädigt diese getaggten Multi-Arch-Images: es löscht ihre Plattform-Manifeste, die selbst kein Tag tragen:</translation>
    </message>
    <message>
        <source>Safe procedure: registrydesk-cli gc delete-untagged %1 --registry HOST:PORT (deletes through the API only the manifests no tag reaches), then put the registry in read-only mode (storage.maintenance.readonly.enabled: true), restart it and run plain docker-registry garbage-collect CONFIG; never --delete-untagged on 2.8.</source>
        <translation>Sicheres Vorgehen: registrydesk-cli gc delete-untagged %1 --registry HOST:PORT (löscht über die API nur die Manifeste, die kein Tag erreicht), dann die Registry in den Nur-Lese-Modus versetzen (storage.maintenance.readonly.enabled: true), neu starten und ein einfaches docker-registry garbage-collect CONFIG ausführen; auf 2.8 nie --delete-untagged.</translation>
    </message>
    <message>
        <source>the registry&apos;s storage root (storage.filesystem.rootdirectory), read only</source>
        <translation>das Speicherverzeichnis der Registry (storage.filesystem.rootdirectory), wird nur gelesen</translation>
    </message>
    <message>
        <source>what garbage collection of a registry:2 storage root frees, and what --delete-untagged breaks</source>
        <translation>was die Garbage Collection eines registry:2-Speicherverzeichnisses freigibt und was --delete-untagged beschädigt</translation>
    </message>
    <message>
        <source>Reads a registry:2 filesystem storage root (read-only; run it where the data is) and tells what plain docker-registry garbage-collect frees, what --delete-untagged frees and which tagged multi-arch images it breaks on 2.8, what the safe plan (gc delete-untagged, then plain garbage-collect) frees, and the unfinished uploads.</source>
        <translation>Liest ein registry:2-Speicherverzeichnis im Dateisystem (nur lesend; dort ausführen, wo die Daten liegen) und nennt, was ein einfaches docker-registry garbage-collect freigibt, was --delete-untagged freigibt und welche getaggten Multi-Arch-Images es auf 2.8 beschädigt, was der sichere Plan (gc delete-untagged, dann einfaches garbage-collect) freigibt, sowie die nicht abgeschlossenen Uploads.</translation>
    </message>
    <message>
        <source>delete through the API the manifests no tag reaches (the safe plan)</source>
        <translation>die Manifeste, die kein Tag erreicht, über die API löschen (der sichere Plan)</translation>
    </message>
    <message>
        <source>Deletes through the registry&apos;s API exactly the manifests of the storage root that no tag reaches, directly or through a multi-arch index; platform manifests of tagged images stay. Afterwards plain docker-registry garbage-collect (registry read-only) frees their blobs.</source>
        <translation>Löscht über die API der Registry genau die Manifeste des Speicherverzeichnisses, die kein Tag erreicht, weder direkt noch über einen Multi-Arch-Index; Plattform-Manifeste getaggter Images bleiben erhalten. Danach gibt ein einfaches docker-registry garbage-collect (Registry im Nur-Lese-Modus) ihre Blobs frei.</translation>
    </message>
    <message>
        <source>The registry that serves the storage root.</source>
        <translation>Die Registry, die das Speicherverzeichnis bereitstellt.</translation>
    </message>
    <message>
        <source>Check everything and list what would go; delete nothing.</source>
        <translation>Alles prüfen und auflisten, was entfernt würde; nichts löschen.</translation>
    </message>
    <message>
        <source>--storage takes ROOT=SIZE, e.g. /var/registry/data=500G (K, M, G, T: powers of 1024)</source>
        <translation>--storage nimmt ROOT=SIZE, z. B. /var/registry/data=500G (K, M, G, T: Potenzen von 1024)</translation>
    </message>
    <message>
        <source>health needs something to check: a REGISTRY, --certificate, --htpasswd or --storage</source>
        <translation>health braucht etwas zu prüfen: eine REGISTRY, --certificate, --htpasswd oder --storage</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed</source>
        <translation>
            <numerusform>%n Prüfung fehlgeschlagen</numerusform>
            <numerusform>%n Prüfungen fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>check certificates, htpasswd files and storage; exit 1 on any failure</source>
        <translation>Zertifikate, htpasswd-Dateien und Speicher prüfen; Exit 1 bei jedem Fehler</translation>
    </message>
    <message>
        <source>Checks each registry&apos;s TLS certificate (it must verify and not expire within --days), the certificate files named (CAs, server certificates), htpasswd files (every entry usable by registry:2) and storage roots against a size limit. One line per finding; exit 1 when any check fails, for cron and monitoring.</source>
        <translation>Prüft das TLS-Zertifikat jeder Registry (es muss sich prüfen lassen und darf nicht innerhalb von --days ablaufen), die genannten Zertifikatsdateien (CAs, Serverzertifikate), htpasswd-Dateien (jeder Eintrag für registry:2 verwendbar) und Speicherverzeichnisse gegen eine Größengrenze. Eine Zeile je Befund; Exit 1, wenn eine Prüfung fehlschlägt, für cron und Monitoring.</translation>
    </message>
    <message>
        <source>host[:port] of a registry</source>
        <translation>host[:port] einer Registry</translation>
    </message>
    <message>
        <source>A certificate that expires within this many days fails (default 30).</source>
        <translation>Ein Zertifikat, das innerhalb so vieler Tage abläuft, fällt durch (Standard 30).</translation>
    </message>
    <message>
        <source>A PEM certificate file to check (repeatable).</source>
        <translation>Eine zu prüfende PEM-Zertifikatsdatei (wiederholbar).</translation>
    </message>
    <message>
        <source>An htpasswd file to check (repeatable).</source>
        <translation>Eine zu prüfende htpasswd-Datei (wiederholbar).</translation>
    </message>
    <message>
        <source>A storage root and the size its blobs should stay under, ROOT=SIZE (repeatable).</source>
        <translation>Ein Speicherverzeichnis und die Größe, unter der seine Blobs bleiben sollen, ROOT=SIZE (wiederholbar).</translation>
    </message>
    <message>
        <source>root=size</source>
        <translation>root=size</translation>
    </message>
    <message>
        <source>name either --change N or --buildset UUID</source>
        <translation>entweder --change N oder --buildset UUID angeben</translation>
    </message>
    <message>
        <source>Zuul has no builds of change %1</source>
        <translation>Zuul hat keine Builds von Change %1</translation>
    </message>
    <message>
        <source>buildset %1 has no builds</source>
        <translation>Buildset %1 hat keine Builds</translation>
    </message>
    <message numerus="yes">
        <source>%n build(s), none with a container image</source>
        <translation>
            <numerusform>%n Build, keiner mit Container-Image</numerusform>
            <numerusform>%n Builds, keiner mit Container-Image</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n platform(s))</source>
        <translation>
            <numerusform>(%n Plattform)</numerusform>
            <numerusform>(%n Plattformen)</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: more builds than the %1 read; narrow with --patchset or --pipeline</source>
        <translation>Warnung: mehr Builds als die %1 gelesenen; mit --patchset oder --pipeline eingrenzen</translation>
    </message>
    <message>
        <source>%1 of build %2: %3</source>
        <translation>%1 von Build %2: %3</translation>
    </message>
    <message>
        <source>Zuul has no %1 build of job %2 for change %3</source>
        <translation>Zuul hat keinen %1-Build von Job %2 für Change %3</translation>
    </message>
    <message>
        <source>the newest %1 build of %2 for change %3 (%4) %5; nothing promoted</source>
        <translation>der neueste %1-Build von %2 für Change %3 (%4) %5; nichts befördert</translation>
    </message>
    <message>
        <source>is still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>endete mit %1</translation>
    </message>
    <message>
        <source>%1 build %2 of %3, change %4 patchset %5</source>
        <translation>%1-Build %2 von %3, Change %4 Patchset %5</translation>
    </message>
    <message>
        <source>would copy %1 to %2 (%3)</source>
        <translation>würde %1 nach %2 kopieren (%3)</translation>
    </message>
    <message>
        <source>copied %1 to %2, %3 verified</source>
        <translation>%1 nach %2 kopiert, %3 geprüft</translation>
    </message>
    <message>
        <source>the images a change&apos;s builds left in the intermediate registry</source>
        <translation>die Images, die die Builds eines Changes in der Zwischen-Registry hinterließen</translation>
    </message>
    <message>
        <source>Lists the container images a change&apos;s (or one buildset&apos;s) builds left in the intermediate registry, from the builds&apos; container_image artifacts, and checks each in the registry its URL names: its digest and size, or missing. Exit status 1 when an image could not be checked (a missing image is an answer, not a failure).</source>
        <translation>Listet die Container-Images, die die Builds eines Changes (oder eines Buildsets) in der Zwischen-Registry hinterließen, aus den container_image-Artefakten der Builds, und prüft jedes in der Registry, die seine URL nennt: Digest und Größe, oder fehlend. Exit-Status 1, wenn ein Image nicht geprüft werden konnte (ein fehlendes Image ist eine Antwort, kein Fehler).</translation>
    </message>
    <message>
        <source>The change number.</source>
        <translation>Die Change-Nummer.</translation>
    </message>
    <message>
        <source>Only this patchset.</source>
        <translation>Nur dieses Patchset.</translation>
    </message>
    <message>
        <source>patchset</source>
        <translation>patchset</translation>
    </message>
    <message>
        <source>Only builds of this pipeline.</source>
        <translation>Nur Builds dieser Pipeline.</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>pipeline</translation>
    </message>
    <message>
        <source>One buildset instead of a change.</source>
        <translation>Ein Buildset statt eines Changes.</translation>
    </message>
    <message>
        <source>uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <source>The Zuul web URL.</source>
        <translation>Die Web-URL von Zuul.</translation>
    </message>
    <message>
        <source>The Zuul tenant.</source>
        <translation>Der Zuul-Tenant.</translation>
    </message>
    <message>
        <source>Only builds of this project.</source>
        <translation>Nur Builds dieses Projekts.</translation>
    </message>
    <message>
        <source>promote a change&apos;s images from the intermediate registry</source>
        <translation>die Images eines Changes aus der Zwischen-Registry befördern</translation>
    </message>
    <message>
        <source>zuul-jobs&apos; intermediate-registry promote: takes the newest build of the job in the pipeline for the change (it must have succeeded) and copies each of its container_image artifacts, every platform, from the intermediate registry to REGISTRY/&lt;repository&gt;:&lt;tag&gt; (a registry host at the start of the repository is dropped), then checks that the published digest is the source&apos;s. --dry-run resolves the sources and prints what would be copied, writing nothing.</source>
        <translation>Das Befördern über die Zwischen-Registry von zuul-jobs: nimmt den neuesten Build des Jobs in der Pipeline für den Change (er muss erfolgreich gewesen sein) und kopiert jedes seiner container_image-Artefakte mit allen Plattformen aus der Zwischen-Registry nach REGISTRY/&lt;repository&gt;:&lt;tag&gt; (ein Registry-Host am Anfang des Repositorys entfällt), dann prüft es, dass der veröffentlichte Digest der der Quelle ist. --dry-run löst die Quellen auf und zeigt, was kopiert würde, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <source>The pipeline of the build (gate, usually).</source>
        <translation>Die Pipeline des Builds (meist gate).</translation>
    </message>
    <message>
        <source>The job that built the images.</source>
        <translation>Der Job, der die Images gebaut hat.</translation>
    </message>
    <message>
        <source>job</source>
        <translation>job</translation>
    </message>
    <message>
        <source>Print what would be copied; write nothing.</source>
        <translation>Zeigen, was kopiert würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>--address takes an IP address, e.g. 127.0.0.1 or 0.0.0.0</source>
        <translation>--address nimmt eine IP-Adresse, z. B. 127.0.0.1 oder 0.0.0.0</translation>
    </message>
    <message>
        <source>%1 holds no token</source>
        <translation>%1 enthält kein Token</translation>
    </message>
    <message>
        <source>Listening for registry notifications at %1. Add this to the registry&apos;s config.yml:</source>
        <translation>Empfange Registry-Benachrichtigungen unter %1. Dies in die config.yml der Registry aufnehmen:</translation>
    </message>
    <message>
        <source>&lt;the token in %1&gt;</source>
        <translation>&lt;das Token in %1&gt;</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgewiesen: %1</translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation>Signalbehandlung lässt sich nicht einrichten</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) received, </source>
        <translation>
            <numerusform>%n Ereignis empfangen, </numerusform>
            <numerusform>%n Ereignisse empfangen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) refused (%1 without the token)</source>
        <translation>
            <numerusform>%n Anfrage abgewiesen (%1 ohne das Token)</numerusform>
            <numerusform>%n Anfragen abgewiesen (%1 ohne das Token)</numerusform>
        </translation>
    </message>
    <message>
        <source>receive registry:2 notifications and print each event</source>
        <translation>registry:2-Benachrichtigungen empfangen und jedes Ereignis ausgeben</translation>
    </message>
    <message>
        <source>Receives the notification POSTs of a registry:2 `notifications.endpoints` entry and prints one line per push, pull, mount and delete as it happens (--json: one JSON object per line), Zuul tags decoded, until interrupted. With --token-file every POST must carry `Authorization: Bearer &lt;token&gt;`; without it only a loopback address may listen. POSTs without the token and bodies that are no notification envelope are refused, counted on standard error and never printed as events. The config.yml block to add is printed on standard error at start (without the token itself).</source>
        <translation>Empfängt die Benachrichtigungs-POSTs eines registry:2-Eintrags `notifications.endpoints` und gibt eine Zeile je Push, Pull, Mount und Delete aus, sobald er geschieht (--json: ein JSON-Objekt je Zeile), Zuul-Tags entschlüsselt, bis zur Unterbrechung. Mit --token-file muss jeder POST `Authorization: Bearer &lt;token&gt;` tragen; ohne darf nur eine Loopback-Adresse lauschen. POSTs ohne das Token und Inhalte, die kein Benachrichtigungsumschlag sind, werden abgewiesen, auf der Standardfehlerausgabe gezählt und nie als Ereignisse ausgegeben. Der in config.yml aufzunehmende Block wird beim Start auf der Standardfehlerausgabe gezeigt (ohne das Token selbst).</translation>
    </message>
    <message>
        <source>The port to listen on (0: any free one, printed).</source>
        <translation>Der Port zum Lauschen (0: irgendein freier, wird ausgegeben).</translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1).</source>
        <translation>Die Adresse zum Lauschen (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>A file holding the bearer token POSTs must carry.</source>
        <translation>Eine Datei mit dem Bearer-Token, das POSTs tragen müssen.</translation>
    </message>
    <message>
        <source>Send the registry&apos;s events there (an events listen endpoint, http://HOST:PORT/events).</source>
        <translation>Die Ereignisse der Registry dorthin senden (ein Endpunkt von events listen, http://HOST:PORT/events).</translation>
    </message>
    <message>
        <source>A file holding the bearer token the event POSTs carry.</source>
        <translation>Eine Datei mit dem Bearer-Token, das die Ereignis-POSTs tragen.</translation>
    </message>
    <message>
        <source>--events-url takes an http:// or https:// URL</source>
        <translation>--events-url nimmt eine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>--events-token-file goes with --events-url</source>
        <translation>--events-token-file gehört zu --events-url</translation>
    </message>
    <message>
        <source>%1 holds no usable token (one word)</source>
        <translation>%1 enthält kein verwendbares Token (ein Wort)</translation>
    </message>
    <message>
        <source>Runs an intermediate, a buildset and a publication registry on loopback (TLS + htpasswd), seeded with sample images. With --events-url every registry sends its events there (off otherwise).</source>
        <translation>Startet eine Zwischen-, eine Buildset- und eine Veröffentlichungs-Registry auf Loopback (TLS + htpasswd), mit Beispiel-Images befüllt. Mit --events-url sendet jede Registry ihre Ereignisse dorthin (sonst aus).</translation>
    </message>
    <message>
        <source>name either SRC DST or --from-file LIST, not both</source>
        <translation>entweder SRC DST oder --from-file LIST angeben, nicht beides</translation>
    </message>
    <message>
        <source>copy needs SRC and DST, or --from-file LIST</source>
        <translation>copy braucht SRC und DST oder --from-file LIST</translation>
    </message>
    <message>
        <source>%1 line %2: expected SRC DST, two image references</source>
        <translation>%1 Zeile %2: SRC DST erwartet, zwei Image-Referenzen</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1 names no copies</source>
        <translation>%1 nennt keine Kopien</translation>
    </message>
    <message>
        <source>failed: %1 → %2: %3</source>
        <translation>fehlgeschlagen: %1 → %2: %3</translation>
    </message>
    <message>
        <source>Copied %1 → %2 %3</source>
        <translation>Kopiert %1 → %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n copies failed</source>
        <translation>
            <numerusform>%1 von %n Kopie fehlgeschlagen</numerusform>
            <numerusform>%1 von %n Kopien fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy every &quot;SRC DST&quot; line of this file (- for standard input; # comments) in one process, several images at once; every line is checked before the first copy.</source>
        <translation>Jede Zeile „SRC DST“ dieser Datei (- für die Standardeingabe; #-Kommentare) in einem Prozess kopieren, mehrere Images zugleich; jede Zeile wird vor der ersten Kopie geprüft.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>With --from-file: images copied at once (default 4).</source>
        <translation>Mit --from-file: gleichzeitig kopierte Images (Standard 4).</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>the CA file %1 does not exist</source>
        <translation>die CA-Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>the Zuul URL must start with https:// (or http://)</source>
        <translation>die Zuul-URL muss mit https:// (oder http://) beginnen</translation>
    </message>
    <message>
        <source>a Zuul URL needs its tenant</source>
        <translation>eine Zuul-URL braucht ihren Tenant</translation>
    </message>
    <message>
        <source>no PEM certificate could be read from %1</source>
        <translation>aus %1 konnte kein PEM-Zertifikat gelesen werden</translation>
    </message>
    <message>
        <source>Intermediate registry</source>
        <translation>Zwischen-Registry</translation>
    </message>
    <message>
        <source>Buildset registry</source>
        <translation>Buildset-Registry</translation>
    </message>
    <message>
        <source>Publication registry</source>
        <translation>Veröffentlichungs-Registry</translation>
    </message>
    <message>
        <source>Other registry</source>
        <translation>Andere Registry</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Registry connection</source>
        <translation>Registry-Verbindung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Intermediate registry</source>
        <translation>z. B. Zwischen-Registry</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>host:port, [::1]:5000 or docker.io</source>
        <translation>host:port, [::1]:5000 oder docker.io</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>empty for anonymous access or the docker/podman login</source>
        <translation>leer für anonymen Zugriff oder den docker/podman-Login</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>stored in the OS keychain; empty keeps the stored one</source>
        <translation>im Schlüsselbund des Betriebssystems gespeichert; leer lassen, um das gespeicherte zu behalten</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>PEM file of the CA that signed the registry&apos;s certificate</source>
        <translation>PEM-Datei der CA, die das Zertifikat der Registry signiert hat</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>certs.&amp;d directory:</source>
        <translation>certs.d-&amp;Verzeichnis:</translation>
    </message>
    <message>
        <source>empty: /etc/containers/certs.d and the usual places</source>
        <translation>leer: /etc/containers/certs.d und die üblichen Orte</translation>
    </message>
    <message>
        <source>&amp;Skip TLS verification (insecure: anyone on the path can impersonate the registry)</source>
        <translation>TLS-Überprüfung über&amp;springen (unsicher: Jeder auf dem Pfad kann sich als die Registry ausgeben)</translation>
    </message>
    <message>
        <source>&amp;Zuul URL:</source>
        <translation>&amp;Zuul-URL:</translation>
    </message>
    <message>
        <source>optional, e.g. https://zuul.example.org</source>
        <translation>optional, z. B. https://zuul.example.org</translation>
    </message>
    <message>
        <source>Zuul &amp;tenant:</source>
        <translation>Zuul-&amp;Tenant:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.crt *.pem);;All files (*)</source>
        <translation>PEM-Zertifikate (*.crt *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New registry connection</source>
        <translation>Neue Registry-Verbindung</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>A password needs its username.</source>
        <translation>Ein Passwort braucht einen Benutzernamen.</translation>
    </message>
</context>
<context>
    <name>ConnectionsPanel</name>
    <message>
        <source>CONNECTIONS</source>
        <translation>VERBINDUNGEN</translation>
    </message>
    <message>
        <source>No registry yet. Add your intermediate, buildset and publication registries, or take them over from a docker or podman login.</source>
        <translation>Noch keine Registry. Zwischen-, Buildset- und Veröffentlichungs-Registry hinzufügen oder aus einem docker- oder podman-Login übernehmen.</translation>
    </message>
    <message>
        <source>Set up a registry…</source>
        <translation>Registry einrichten…</translation>
    </message>
    <message>
        <source>Add a registry…</source>
        <translation>Registry hinzufügen…</translation>
    </message>
    <message>
        <source>Import from docker/podman login</source>
        <translation>Aus docker/podman-Login importieren</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add a registry connection (Ctrl+N)</source>
        <translation>Registry-Verbindung hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Remove the connection (its keychain entry stays)</source>
        <translation>Verbindung entfernen (ihr Schlüsselbund-Eintrag bleibt erhalten)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check reachability and login again</source>
        <translation>Erreichbarkeit und Anmeldung erneut prüfen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import registries from a docker or podman auth file</source>
        <translation>Registrys aus einer docker- oder podman-Auth-Datei importieren</translation>
    </message>
    <message>
        <source>TLS verification is OFF</source>
        <translation>TLS-Überprüfung ist AUS</translation>
    </message>
    <message>
        <source>Pulls left: %1</source>
        <translation>Verbleibende Pulls: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation>Zugangsdaten: %1</translation>
    </message>
    <message>
        <source>%1 (insecure)</source>
        <translation>%1 (unsicher)</translation>
    </message>
    <message>
        <source>No OS keychain is available (%1), so the password was not stored.</source>
        <translation>Kein Schlüsselbund des Betriebssystems verfügbar (%1), daher wurde das Passwort nicht gespeichert.</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Nur für diese Sitzung behalten</translation>
    </message>
    <message>
        <source>The keychain refused the password: %1</source>
        <translation>Der Schlüsselbund hat das Passwort abgelehnt: %1</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection “%1” (%2)? Its password stays in the keychain.</source>
        <translation>Die Verbindung „%1“ (%2) entfernen? Ihr Passwort bleibt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Import docker/podman logins</source>
        <translation>docker/podman-Logins importieren</translation>
    </message>
    <message>
        <source>Auth files (*.json);;All files (*)</source>
        <translation>Auth-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 has no registry that is not already here.</source>
        <translation>%1 enthält keine Registry, die nicht bereits hier ist.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n registry(ies); their credentials stay in %1 and its helpers.</source>
        <translation>
            <numerusform>%n Registry importiert; die Zugangsdaten bleiben in %1 und dessen Helpern.</numerusform>
            <numerusform>%n Registrys importiert; ihre Zugangsdaten bleiben in %1 und dessen Helpern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reachable, login works (%1)</source>
        <translation>Erreichbar, Anmeldung funktioniert (%1)</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>Copy image</source>
        <translation>Image kopieren</translation>
    </message>
    <message>
        <source>To &amp;registry:</source>
        <translation>Ziel-&amp;Registry:</translation>
    </message>
    <message>
        <source>R&amp;epository:</source>
        <translation>R&amp;epository:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>Copy &amp;every platform of a multi-arch index</source>
        <translation>&amp;Alle Plattformen eines Multi-Arch-Index kopieren</translation>
    </message>
    <message>
        <source>Copy %1 with all its blobs; the copy has the same digest.</source>
        <translation>%1 mit allen Blobs kopieren; die Kopie hat denselben Digest.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Add a second registry connection to copy to.</source>
        <translation>Eine zweite Registry-Verbindung hinzufügen, um dorthin zu kopieren.</translation>
    </message>
    <message>
        <source>“%1” is not a valid repository name (lower case, digits and . _ - / only).</source>
        <translation>„%1“ ist kein gültiger Repository-Name (nur Kleinbuchstaben, Ziffern und . _ - /).</translation>
    </message>
    <message>
        <source>“%1” is not a valid tag (up to 128 letters, digits, . _ -).</source>
        <translation>„%1“ ist kein gültiges Tag (bis zu 128 Buchstaben, Ziffern, . _ -).</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n tag(s) of %1 with all their blobs, at once; each copy keeps its tag and digest.</source>
        <translation>
            <numerusform>%n Tag von %1 mit allen Blobs auf einmal kopieren; jede Kopie behält ihren Tag und Digest.</numerusform>
            <numerusform>%n Tags von %1 mit allen Blobs auf einmal kopieren; jede Kopie behält ihren Tag und Digest.</numerusform>
        </translation>
    </message>
    <message>
        <source>each keeps its own tag</source>
        <translation>jeder behält seinen eigenen Tag</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>no entry in the OS keychain</source>
        <translation>kein Eintrag im Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <source>the OS keychain denied access: %1</source>
        <translation>der Schlüsselbund des Betriebssystems hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>no OS keychain is available: %1</source>
        <translation>kein Schlüsselbund des Betriebssystems verfügbar: %1</translation>
    </message>
    <message>
        <source>the OS keychain is not usable (is a Secret Service such as gnome-keyring running and unlocked?): %1</source>
        <translation>der Schlüsselbund des Betriebssystems ist nicht nutzbar (läuft ein Secret Service wie gnome-keyring und ist er entsperrt?): %1</translation>
    </message>
    <message>
        <source>the keychain entry is not a RegistryDesk login</source>
        <translation>der Schlüsselbund-Eintrag ist kein RegistryDesk-Login</translation>
    </message>
</context>
<context>
    <name>CredentialsStep</name>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>The user Zuul logs in as. On a registry you manage, RegistryDesk can add or rotate the user in its htpasswd file first.</source>
        <translation>Der Benutzer, als der sich Zuul anmeldet. Bei einer selbst verwalteten Registry kann RegistryDesk den Benutzer zuvor in ihrer htpasswd-Datei anlegen oder rotieren.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>zuul</source>
        <translation>zuul</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>&amp;Add or rotate this user in the registry&apos;s htpasswd file first:</source>
        <translation>Diesen Benutzer zuvor in der htpasswd-Datei der Registry &amp;anlegen oder rotieren:</translation>
    </message>
    <message>
        <source>/var/registry/auth/htpasswd</source>
        <translation>/var/registry/auth/htpasswd</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Test the login</source>
        <translation>Anmeldung &amp;testen</translation>
    </message>
    <message>
        <source>htpasswd file</source>
        <translation>htpasswd-Datei</translation>
    </message>
    <message>
        <source>Hashing the password with bcrypt…</source>
        <translation>Passwort wird mit bcrypt gehasht…</translation>
    </message>
    <message>
        <source>Could not update %1: %2</source>
        <translation>%1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>bcrypt failed</source>
        <translation>bcrypt fehlgeschlagen</translation>
    </message>
    <message>
        <source>Updated %1 in %2; testing the login…</source>
        <translation>%1 in %2 aktualisiert; Anmeldung wird getestet…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>%1 logs in to %2</source>
        <translation>%1 meldet sich bei %2 an</translation>
    </message>
</context>
<context>
    <name>DeploymentBundle</name>
    <message>
        <source>&quot;%1:%2&quot; is not a valid registry host and port</source>
        <translation>„%1:%2“ ist kein gültiger Registry-Host mit Port</translation>
    </message>
    <message>
        <source>the bundle needs a valid user name and a password</source>
        <translation>das Bundle braucht einen gültigen Benutzernamen und ein Passwort</translation>
    </message>
    <message>
        <source>%1 already holds a bundle (%2); choose an empty directory</source>
        <translation>%1 enthält bereits ein Bundle (%2); ein leeres Verzeichnis wählen</translation>
    </message>
    <message>
        <source>bcrypt hashing failed</source>
        <translation>bcrypt-Hashing fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot encrypt the Zuul secret: %1</source>
        <translation>das Zuul-Secret kann nicht verschlüsselt werden: %1</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>Copy &amp;pull</source>
        <translation>Pull-Befehl &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy a docker pull command for this tag</source>
        <translation>Einen docker-pull-Befehl für dieses Tag kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;digest ref</source>
        <translation>&amp;Digest-Referenz kopieren</translation>
    </message>
    <message>
        <source>Copy repository@digest: the exact image, whatever the tag points at later</source>
        <translation>repository@digest kopieren: das exakte Image, egal worauf das Tag später zeigt</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt durch</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Artifact type</source>
        <translation>Artefakttyp</translation>
    </message>
    <message>
        <source>Found via</source>
        <translation>Gefunden über</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Manifest as served</source>
        <translation>Manifest wie geliefert</translation>
    </message>
    <message>
        <source>Image manifest of the platform</source>
        <translation>Image-Manifest der Plattform</translation>
    </message>
    <message>
        <source>Image configuration</source>
        <translation>Image-Konfiguration</translation>
    </message>
    <message>
        <source>Select a tag to see what it is.</source>
        <translation>Ein Tag auswählen, um zu sehen, was es ist.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Manifest size</source>
        <translation>Manifest-Größe</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Image of %1</source>
        <translation>Image von %1</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Image-Größe</translation>
    </message>
    <message>
        <source>Zuul</source>
        <translation>Zuul</translation>
    </message>
    <message>
        <source>intermediate image of build %1, to be tagged %2</source>
        <translation>Zwischen-Image von Build %1, wird als %2 getaggt</translation>
    </message>
    <message>
        <source>temporary tag of change %1; promotion makes it %2</source>
        <translation>temporäres Tag von Change %1; Hochstufen macht daraus %2</translation>
    </message>
    <message>
        <source>temporary tag of the %1 pipeline; promotion makes it %2</source>
        <translation>temporäres Tag der Pipeline %1; Hochstufen macht daraus %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>This index has no image for the chosen platform.</source>
        <translation>Dieser Index hat kein Image für die gewählte Plattform.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Entrypoint</translation>
    </message>
    <message>
        <source>Cmd</source>
        <translation>Cmd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>root (not set)</source>
        <translation>root (nicht gesetzt)</translation>
    </message>
    <message>
        <source>Working dir</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation>Freigegebene Ports</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(no layer)</source>
        <translation>(kein Layer)</translation>
    </message>
    <message>
        <source>tag scheme</source>
        <translation>Tag-Schema</translation>
    </message>
    <message>
        <source>Asking the registry for referrers…</source>
        <translation>Referrer werden bei der Registry abgefragt…</translation>
    </message>
    <message>
        <source>referrers API</source>
        <translation>Referrers-API</translation>
    </message>
    <message>
        <source>%1. Referrers stored under the sha256-&lt;hex&gt; tag scheme: %2.</source>
        <translation>%1. Unter dem Tag-Schema sha256-&lt;hex&gt; gespeicherte Referrer: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n referrer(s).</source>
        <translation>
            <numerusform>%n Referrer.</numerusform>
            <numerusform>%n Referrer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffPage</name>
    <message>
        <source>Image &amp;A:</source>
        <translation>Image &amp;A:</translation>
    </message>
    <message>
        <source>The connection image A is read from</source>
        <translation>Die Verbindung, aus der Image A gelesen wird</translation>
    </message>
    <message>
        <source>repository:tag or repository@digest — or drop a tag from Browse here</source>
        <translation>repository:tag oder repository@digest – oder hier ein Tag aus Durchsuchen ablegen</translation>
    </message>
    <message>
        <source>Image &amp;B:</source>
        <translation>Image &amp;B:</translation>
    </message>
    <message>
        <source>The connection image B is read from</source>
        <translation>Die Verbindung, aus der Image B gelesen wird</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>A&apos;s, matched in B</source>
        <translation>Die von A, in B zugeordnet</translation>
    </message>
    <message>
        <source>For multi-arch images: os/arch[/variant], e.g. linux/arm64</source>
        <translation>Für Multi-Arch-Images: os/arch[/variant], z. B. linux/arm64</translation>
    </message>
    <message>
        <source>Ignore &amp;timestamps</source>
        <translation>&amp;Zeitstempel ignorieren</translation>
    </message>
    <message>
        <source>Reproducibility view: file times and the creation date do not count</source>
        <translation>Reproduzierbarkeitsansicht: Dateizeiten und Erstellungsdatum zählen nicht</translation>
    </message>
    <message>
        <source>Ignore &amp;ownership</source>
        <translation>&amp;Eigentümer ignorieren</translation>
    </message>
    <message>
        <source>File owners (uid/gid) do not count</source>
        <translation>Dateieigentümer (uid/gid) zählen nicht</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>&amp;Tauschen</translation>
    </message>
    <message>
        <source>Exchange images A and B</source>
        <translation>Images A und B vertauschen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Choose two images and press Compare.</source>
        <translation>Zwei Images wählen und auf „Vergleichen“ klicken.</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Dateien</translation>
    </message>
    <message>
        <source>Only c&amp;hanges</source>
        <translation>Nur Ä&amp;nderungen</translation>
    </message>
    <message>
        <source>Filter paths</source>
        <translation>Pfade filtern</translation>
    </message>
    <message>
        <source>Only what this layer touched last</source>
        <translation>Nur, was zuletzt von diesem Layer berührt wurde</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>C&amp;SV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Show content &amp;diff</source>
        <translation>Inhalts&amp;vergleich anzeigen</translation>
    </message>
    <message>
        <source>Save A as…</source>
        <translation>A speichern unter…</translation>
    </message>
    <message>
        <source>Save B as…</source>
        <translation>B speichern unter…</translation>
    </message>
    <message>
        <source>Select a file to see what changed in it.</source>
        <translation>Eine Datei auswählen, um zu sehen, was sich darin geändert hat.</translation>
    </message>
    <message>
        <source>C&amp;onfiguration</source>
        <translation>&amp;Konfiguration</translation>
    </message>
    <message>
        <source>&amp;Layers</source>
        <translation>&amp;Layer</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesestatus</translation>
    </message>
    <message>
        <source>Si&amp;ze by directory</source>
        <translation>&amp;Größe nach Verzeichnis</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>Alle Layer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Image A</source>
        <translation>Image A</translation>
    </message>
    <message>
        <source>Image B</source>
        <translation>Image B</translation>
    </message>
    <message>
        <source>Layer in A</source>
        <translation>Layer in A</translation>
    </message>
    <message>
        <source>Layer in B</source>
        <translation>Layer in B</translation>
    </message>
    <message>
        <source>Save %1 of image %2</source>
        <translation>%1 von Image %2 speichern</translation>
    </message>
    <message>
        <source>Export the changed files</source>
        <translation>Geänderte Dateien exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>No connection reaches %1: add one for that registry first.</source>
        <translation>Keine Verbindung erreicht %1: zuerst eine Verbindung für diese Registry hinzufügen.</translation>
    </message>
    <message>
        <source>Choose image %1: a connection and repository:tag.</source>
        <translation>Image %1 auswählen: eine Verbindung und repository:tag.</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Image %1: %2</translation>
    </message>
    <message>
        <source>The platform is os/arch[/variant], e.g. linux/arm64.</source>
        <translation>Die Plattform hat die Form os/arch[/variant], z. B. linux/arm64.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>A connection could not be opened; its status in the sidebar says why.</source>
        <translation>Eine Verbindung konnte nicht geöffnet werden; ihr Status in der Seitenleiste nennt den Grund.</translation>
    </message>
    <message>
        <source>Reading both images…</source>
        <translation>Beide Images werden gelesen…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>reading, %1%</source>
        <translation>wird gelesen, %1%</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>wird gelesen</translation>
    </message>
    <message>
        <source>from the cache</source>
        <translation>aus dem Cache</translation>
    </message>
    <message>
        <source>read and indexed</source>
        <translation>gelesen und indiziert</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>The comparison failed.</source>
        <translation>Der Vergleich ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;span style=&apos;color:#2da44e&apos;&gt;%1 added&lt;/span&gt; · &lt;span style=&apos;color:#e5534b&apos;&gt;%2 removed&lt;/span&gt; · &lt;span style=&apos;color:#d29922&apos;&gt;%3 modified&lt;/span&gt;&lt;/b&gt; · size %4 · %5 configuration changes · layers: %6 shared, %7 only in A, %8 only in B</source>
        <translation>&lt;b&gt;&lt;span style=&apos;color:#2da44e&apos;&gt;%1 hinzugefügt&lt;/span&gt; · &lt;span style=&apos;color:#e5534b&apos;&gt;%2 entfernt&lt;/span&gt; · &lt;span style=&apos;color:#d29922&apos;&gt;%3 geändert&lt;/span&gt;&lt;/b&gt; · Größe %4 · %5 Konfigurationsänderungen · Layer: %6 gemeinsam, %7 nur in A, %8 nur in B</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>same content</source>
        <translation>gleicher Inhalt</translation>
    </message>
    <message>
        <source>only A</source>
        <translation>nur A</translation>
    </message>
    <message>
        <source>only B</source>
        <translation>nur B</translation>
    </message>
    <message>
        <source>%1 layer %2: %3</source>
        <translation>%1 Layer %2: %3</translation>
    </message>
    <message>
        <source>%1: not present</source>
        <translation>%1: nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: %2, %3, mode %4, owner %5:%6%7</source>
        <translation>%1: %2, %3, Modus %4, Eigentümer %5:%6%7</translation>
    </message>
    <message>
        <source>, → %1</source>
        <translation>, → %1</translation>
    </message>
    <message>
        <source>Reading the file from its layer…</source>
        <translation>Datei wird aus ihrem Layer gelesen…</translation>
    </message>
    <message>
        <source>Binary content: %1 in A, %2 in B. Save either side to compare it with a tool for that format.</source>
        <translation>Binärer Inhalt: %1 in A, %2 in B. Eine der beiden Seiten speichern, um sie mit einem Werkzeug für dieses Format zu vergleichen.</translation>
    </message>
    <message>
        <source>The contents are the same.</source>
        <translation>Die Inhalte sind gleich.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported the changed files to %1.</source>
        <translation>Geänderte Dateien nach %1 exportiert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Diff</source>
        <translation>Ver&amp;gleich</translation>
    </message>
</context>
<context>
    <name>DiffTreeModel</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>%1
last touched by layer %2</source>
        <translation>%1
zuletzt berührt von Layer %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Size A</source>
        <translation>Größe A</translation>
    </message>
    <message>
        <source>Size B</source>
        <translation>Größe B</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
</context>
<context>
    <name>DirectDownload</name>
    <message>
        <source>%1 sent nothing for %2 s</source>
        <translation>%1 hat %2 s lang nichts gesendet</translation>
    </message>
    <message>
        <source>downloading from %1 failed: %2</source>
        <translation>Herunterladen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 sent oversized headers</source>
        <translation>%1 hat übergroße Header gesendet</translation>
    </message>
    <message>
        <source>direct download declined (HTTP %1)</source>
        <translation>direkter Download abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of a blob</source>
        <translation>%1 hat die Verbindung mitten in einem Blob geschlossen</translation>
    </message>
</context>
<context>
    <name>DirectUpload</name>
    <message>
        <source>%1 did not take data within %2 s</source>
        <translation>%1 hat innerhalb von %2 s keine Daten angenommen</translation>
    </message>
    <message>
        <source>uploading to %1 failed: %2</source>
        <translation>Hochladen nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the data to upload ended early</source>
        <translation>die hochzuladenden Daten endeten vorzeitig</translation>
    </message>
    <message>
        <source>%1 sent an oversized answer to an upload</source>
        <translation>%1 hat eine übergroße Antwort auf einen Upload gesendet</translation>
    </message>
    <message>
        <source>%1 closed the connection during an upload</source>
        <translation>%1 hat die Verbindung während eines Uploads geschlossen</translation>
    </message>
    <message>
        <source>%1 answered an upload with something that is not HTTP</source>
        <translation>%1 hat auf einen Upload mit etwas geantwortet, das kein HTTP ist</translation>
    </message>
</context>
<context>
    <name>EndpointStep</name>
    <message>
        <source>Registry endpoint</source>
        <translation>Registry-Endpunkt</translation>
    </message>
    <message>
        <source>Where the intermediate registry is (or will be). RegistryDesk checks that it answers the registry API.</source>
        <translation>Wo sich die Zwischen-Registry befindet (oder befinden wird). RegistryDesk prüft, ob sie auf die Registry-API antwortet.</translation>
    </message>
    <message>
        <source>An &amp;existing registry</source>
        <translation>Eine &amp;bestehende Registry</translation>
    </message>
    <message>
        <source>A &amp;new intermediate registry: create its certificates, htpasswd and deployment bundle</source>
        <translation>Eine &amp;neue Zwischen-Registry: Zertifikate, htpasswd und Deployment-Paket dafür erstellen</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>registry.example.org, 192.0.2.10 or ::1</source>
        <translation>registry.example.org, 192.0.2.10 oder ::1</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Check the endpoint</source>
        <translation>Endpunkt p&amp;rüfen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>No TLS connection to %1: %2</source>
        <translation>Keine TLS-Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1 answers the registry API /v2/ over %2 (%3 authentication)</source>
        <translation>%1 antwortet auf die Registry-API /v2/ über %2 (Authentifizierung: %3)</translation>
    </message>
</context>
<context>
    <name>FileContentJob</name>
    <message>
        <source>Read %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <source>Save %1 as %2</source>
        <translation>%1 als %2 speichern</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; save it to a file instead</source>
        <translation>%1 ist größer als %2 MiB; stattdessen in eine Datei speichern</translation>
    </message>
</context>
<context>
    <name>FlowRehearsal</name>
    <message>
        <source>Intermediate registry</source>
        <translation>Zwischen-Registry</translation>
    </message>
    <message>
        <source>Buildset registry</source>
        <translation>Buildset-Registry</translation>
    </message>
    <message>
        <source>Publication registry</source>
        <translation>Veröffentlichungs-Registry</translation>
    </message>
    <message>
        <source>Image build job</source>
        <translation>Image-Build-Job</translation>
    </message>
    <message>
        <source>Deployment test job</source>
        <translation>Deployment-Test-Job</translation>
    </message>
    <message>
        <source>upload-image</source>
        <translation>upload-image</translation>
    </message>
    <message>
        <source>promote-image</source>
        <translation>promote-image</translation>
    </message>
    <message>
        <source>Previous change&apos;s image to the intermediate registry</source>
        <translation>Image des vorherigen Changes in die Zwischen-Registry</translation>
    </message>
    <message>
        <source>Previous change&apos;s image</source>
        <translation>Image des vorherigen Changes</translation>
    </message>
    <message>
        <source>Buildset registry populated from the intermediate registry</source>
        <translation>Buildset-Registry aus der Zwischen-Registry befüllt</translation>
    </message>
    <message>
        <source>Images from previous changes</source>
        <translation>Images vorheriger Changes</translation>
    </message>
    <message>
        <source>Image build job pushes the current image</source>
        <translation>Image-Build-Job pusht das aktuelle Image</translation>
    </message>
    <message>
        <source>Current image</source>
        <translation>Aktuelles Image</translation>
    </message>
    <message>
        <source>Current image to the intermediate registry</source>
        <translation>Aktuelles Image in die Zwischen-Registry</translation>
    </message>
    <message>
        <source>Deployment test job pulls current and previous images</source>
        <translation>Deployment-Test-Job pullt aktuelles und vorherige Images</translation>
    </message>
    <message>
        <source>Current and previous images</source>
        <translation>Aktuelles und vorherige Images</translation>
    </message>
    <message>
        <source>upload-image pushes the temporary tag</source>
        <translation>upload-image pusht das temporäre Tag</translation>
    </message>
    <message>
        <source>Current image with temporary tag</source>
        <translation>Aktuelles Image mit temporärem Tag</translation>
    </message>
    <message>
        <source>promote-image moves the final tag (manifest only)</source>
        <translation>promote-image verschiebt das endgültige Tag (nur Manifest)</translation>
    </message>
    <message>
        <source>Current image manifest with final tag</source>
        <translation>Manifest des aktuellen Images mit endgültigem Tag</translation>
    </message>
    <message>
        <source>Clean-up of the rehearsal&apos;s tags</source>
        <translation>Aufräumen der Tags des Probelaufs</translation>
    </message>
    <message>
        <source>Clean-up</source>
        <translation>Aufräumen</translation>
    </message>
    <message>
        <source>RegistryDesk</source>
        <translation>RegistryDesk</translation>
    </message>
    <message>
        <source>all registries</source>
        <translation>alle Registrys</translation>
    </message>
    <message>
        <source>Rehearse the gating flow with %1</source>
        <translation>Gating-Ablauf mit %1 proben</translation>
    </message>
    <message>
        <source>step %1 (%2) failed: %3</source>
        <translation>Schritt %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>no temporary buildset registry: %1</source>
        <translation>keine temporäre Buildset-Registry: %1</translation>
    </message>
    <message>
        <source>%1 already has %2:%3; rehearse with another repository</source>
        <translation>%1 hat bereits %2:%3; mit einem anderen Repository proben</translation>
    </message>
    <message>
        <source>%1 holds %2 under %3, not the expected %4</source>
        <translation>%1 enthält %2 unter %3, nicht wie erwartet %4</translation>
    </message>
    <message>
        <source>%1:%2 (%3)</source>
        <translation>%1:%2 (%3)</translation>
    </message>
    <message>
        <source>the copy has digest %1, not %2</source>
        <translation>die Kopie hat den Digest %1, nicht %2</translation>
    </message>
    <message>
        <source>%1:%2 (%3): %4 blobs copied, %5 mounted, %6 already there</source>
        <translation>%1:%2 (%3): %4 Blobs kopiert, %5 gemountet, %6 bereits vorhanden</translation>
    </message>
    <message>
        <source>%1:%2 (%3), one new layer on the previous image</source>
        <translation>%1:%2 (%3), ein neuer Layer auf dem vorherigen Image</translation>
    </message>
    <message>
        <source>current %1 and previous %2 pulled, every blob verified</source>
        <translation>aktuelles %1 und vorheriges %2 gepullt, jeder Blob geprüft</translation>
    </message>
    <message>
        <source>the test job got %1 for %2, not %3</source>
        <translation>der Test-Job erhielt %1 für %2, nicht %3</translation>
    </message>
    <message>
        <source>Current image manifest with temporary tag</source>
        <translation>Manifest des aktuellen Images mit temporärem Tag</translation>
    </message>
    <message>
        <source>the manifest of %1 only, not the layers</source>
        <translation>nur das Manifest von %1, nicht die Layer</translation>
    </message>
    <message>
        <source>%1 is %2 after the promote, not %3</source>
        <translation>%1 ist nach dem Hochstufen %2, nicht %3</translation>
    </message>
    <message>
        <source>%1 is still there after the promote</source>
        <translation>%1 ist nach dem Hochstufen noch vorhanden</translation>
    </message>
    <message>
        <source>%1 → %2 (%3), manifest only; %1 removed</source>
        <translation>%1 → %2 (%3), nur Manifest; %1 entfernt</translation>
    </message>
    <message>
        <source>%1 tags removed; the blobs stay until each registry&apos;s garbage collection</source>
        <translation>%1 Tags entfernt; die Blobs bleiben bis zur Garbage Collection der jeweiligen Registry erhalten</translation>
    </message>
    <message>
        <source>; not removed: %1 — %2; they go with the buildset registry</source>
        <translation>; nicht entfernt: %1 — %2; sie verschwinden mit der Buildset-Registry</translation>
    </message>
</context>
<context>
    <name>FlowsPage</name>
    <message>
        <source>&amp;Intermediate:</source>
        <translation>&amp;Zwischen-Registry:</translation>
    </message>
    <message>
        <source>&amp;Buildset:</source>
        <translation>&amp;Buildset:</translation>
    </message>
    <message>
        <source>&amp;Publication:</source>
        <translation>&amp;Veröffentlichung:</translation>
    </message>
    <message>
        <source>&amp;Keep its tags</source>
        <translation>Tags be&amp;halten</translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation>&amp;Wiedergeben</translation>
    </message>
    <message>
        <source>Draw the last rehearsal again, step by step</source>
        <translation>Den letzten Probelauf erneut zeichnen, Schritt für Schritt</translation>
    </message>
    <message>
        <source>&amp;Rehearse…</source>
        <translation>&amp;Proben…</translation>
    </message>
    <message>
        <source>Perform the whole gating flow with a small generated image and check every step</source>
        <translation>Den gesamten Gating-Ablauf mit einem kleinen generierten Image durchführen und jeden Schritt prüfen</translation>
    </message>
    <message>
        <source>Gating flow (as in the Container Images document)</source>
        <translation>Gating-Ablauf (wie im Dokument „Container Images“)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Buildset registry image transfer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Image-Übertragung der Buildset-Registry&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Publish and promote&lt;/b&gt;</source>
        <translation>&lt;b&gt;Veröffentlichen und hochstufen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Job graph</source>
        <translation>Job-Graph</translation>
    </message>
    <message>
        <source>Live activity</source>
        <translation>Live-Aktivität</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>Zoo&amp;m:</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>&amp;SVG exportieren…</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>P&amp;NG exportieren…</translation>
    </message>
    <message>
        <source>Buildset image transfer</source>
        <translation>Image-Übertragung der Buildset-Registry</translation>
    </message>
    <message>
        <source>Publish and promote</source>
        <translation>Veröffentlichen und hochstufen</translation>
    </message>
    <message>
        <source>A repository with producers and consumers</source>
        <translation>Ein Repository mit Produzenten und Konsumenten</translation>
    </message>
    <message>
        <source>A repository with only producers</source>
        <translation>Ein Repository nur mit Produzenten</translation>
    </message>
    <message>
        <source>Temporary, started here</source>
        <translation>Temporär, hier gestartet</translation>
    </message>
    <message>
        <source>Only the manifest is transferred, not the actual image layers.</source>
        <translation>Nur das Manifest wird übertragen, nicht die eigentlichen Image-Layer.</translation>
    </message>
    <message>
        <source>Choose three different connections: the intermediate, a buildset and the publication registry.</source>
        <translation>Drei verschiedene Verbindungen auswählen: die Zwischen-Registry, eine Buildset-Registry und die Veröffentlichungs-Registry.</translation>
    </message>
    <message>
        <source>temporary, started here</source>
        <translation>temporär, hier gestartet</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>The whole gating flow works on these registries.</source>
        <translation>Der gesamte Gating-Ablauf funktioniert auf diesen Registrys.</translation>
    </message>
    <message>
        <source>Export the diagram</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Flows</source>
        <translation>Ab&amp;läufe</translation>
    </message>
    <message>
        <source>Registry &amp;events on:</source>
        <translation>Registry-&amp;Ereignisse auf:</translation>
    </message>
    <message>
        <source>127.0.0.1</source>
        <translation>127.0.0.1</translation>
    </message>
    <message>
        <source>The address registries POST their notifications to; a token is always required</source>
        <translation>Die Adresse, an die Registries ihre Benachrichtigungen senden; ein Token ist immer nötig</translation>
    </message>
    <message>
        <source>p&amp;ort</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>&amp;Lauschen</translation>
    </message>
    <message>
        <source>&amp;Copy the config.yml block</source>
        <translation>config.yml-Block &amp;kopieren</translation>
    </message>
    <message>
        <source>The notifications block to add to each registry&apos;s config.yml, with this session&apos;s token</source>
        <translation>Der Benachrichtigungsblock für die config.yml jeder Registry, mit dem Token dieser Sitzung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Image or blob</source>
        <translation>Image oder Blob</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Zuul</source>
        <translation>Zuul</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Off: registries send their events only to an endpoint in their config.yml</source>
        <translation>Aus: Registries senden ihre Ereignisse nur an einen Endpunkt in ihrer config.yml</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>„%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>Last refused: %1</source>
        <translation>Zuletzt abgewiesen: %1</translation>
    </message>
    <message>
        <source>Stop &amp;listening</source>
        <translation>&amp;Lauschen beenden</translation>
    </message>
    <message numerus="yes">
        <source>At %1: %n event(s)</source>
        <translation>
            <numerusform>Unter %1: %n Ereignis</numerusform>
            <numerusform>Unter %1: %n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused</source>
        <translation>
            <numerusform>, %n abgewiesen</numerusform>
            <numerusform>, %n abgewiesen</numerusform>
        </translation>
    </message>
    <message>
        <source> (blob)</source>
        <translation> (Blob)</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>Build %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>%1 pipeline</source>
        <translation>Pipeline %1</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>A real buildset</source>
        <translation>Ein echtes Buildset</translation>
    </message>
    <message>
        <source>On the Changes page, pick a buildset and press Draw the flow: its image builds pushing to the intermediate registry, and the later builds that took their images, as Zuul recorded them.</source>
        <translation>Auf der Seite Changes ein Buildset wählen und Fluss zeichnen drücken: seine Image-Builds, die in die Zwischen-Registry hochladen, und die späteren Builds, die ihre Images holten, wie Zuul sie festhielt.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Buildset %1&lt;/b&gt; of change %2, patchset %3, %4: %n image push(es) to the intermediate registry</source>
        <translation>
            <numerusform>&lt;b&gt;Buildset %1&lt;/b&gt; von Change %2, Patchset %3, %4: %n Image-Upload in die Zwischen-Registry</numerusform>
            <numerusform>&lt;b&gt;Buildset %1&lt;/b&gt; von Change %2, Patchset %3, %4: %n Image-Uploads in die Zwischen-Registry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n later pull(s) by builds that list those images</source>
        <translation>
            <numerusform>, %n späterer Abruf durch Builds, die diese Images nennen</numerusform>
            <numerusform>, %n spätere Abrufe durch Builds, die diese Images nennen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>Check the registries&apos; health</source>
        <translation>Zustand der Registries prüfen</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>every entry is usable</source>
        <translation>jeder Eintrag ist verwendbar</translation>
    </message>
    <message>
        <source>verified, valid until %1</source>
        <translation>geprüft, gültig bis %1</translation>
    </message>
    <message>
        <source>holds %1 of blobs, over its limit of %2</source>
        <translation>hält %1 an Blobs, über seiner Grenze von %2</translation>
    </message>
    <message>
        <source>holds %1 of blobs, under its limit of %2</source>
        <translation>hält %1 an Blobs, unter seiner Grenze von %2</translation>
    </message>
</context>
<context>
    <name>HtpasswdFile</name>
    <message>
        <source>line %1 holds a NUL byte</source>
        <translation>Zeile %1 enthält ein NUL-Byte</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8</source>
        <translation>Zeile %1 ist kein UTF-8</translation>
    </message>
    <message>
        <source>%1 is not a text file (%2), so it cannot be an htpasswd file</source>
        <translation>%1 ist keine Textdatei (%2) und kann daher keine htpasswd-Datei sein</translation>
    </message>
    <message>
        <source>line %1 (&quot;%2&quot;)</source>
        <translation>Zeile %1 („%2“)</translation>
    </message>
    <message>
        <source>registry:2 refuses the whole file: no &apos;:&apos; between user and hash on %1</source>
        <translation>registry:2 lehnt die ganze Datei ab: kein &apos;:&apos; zwischen Benutzer und Hash in %1</translation>
    </message>
    <message>
        <source>%1 is left as it was: %2</source>
        <translation>%1 bleibt unverändert: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes; not an htpasswd file</source>
        <translation>%1 ist größer als %2 Bytes; keine htpasswd-Datei</translation>
    </message>
    <message>
        <source>no &apos;:&apos; between user and hash: registry:2 refuses the whole file</source>
        <translation>kein &apos;:&apos; zwischen Benutzer und Hash: registry:2 lehnt die ganze Datei ab</translation>
    </message>
    <message>
        <source>empty user name</source>
        <translation>leerer Benutzername</translation>
    </message>
    <message>
        <source>user %1 appears more than once; only one of the entries counts</source>
        <translation>Benutzer %1 kommt mehrfach vor; nur einer der Einträge zählt</translation>
    </message>
    <message>
        <source>%1 hash: registry:2 only accepts bcrypt, so this user can never log in</source>
        <translation>%1-Hash: registry:2 akzeptiert nur bcrypt, daher kann sich dieser Benutzer nie anmelden</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name (no &apos;:&apos;, spaces or control characters)</source>
        <translation>„%1“ ist kein gültiger Benutzername (kein &apos;:&apos;, keine Leer- oder Steuerzeichen)</translation>
    </message>
    <message>
        <source>not a bcrypt hash</source>
        <translation>kein bcrypt-Hash</translation>
    </message>
    <message>
        <source>user %1 appears %2 times in %3; fix the file first</source>
        <translation>Benutzer %1 kommt %2-mal in %3 vor; zuerst die Datei korrigieren</translation>
    </message>
    <message>
        <source>user %1 already exists; set a new password instead</source>
        <translation>Benutzer %1 existiert bereits; stattdessen ein neues Passwort setzen</translation>
    </message>
    <message>
        <source>there is no user %1 in %2</source>
        <translation>in %2 gibt es keinen Benutzer %1</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; reload it (or merge) before saving</source>
        <translation>%1 wurde seit dem Einlesen auf der Festplatte geändert; vor dem Speichern neu laden (oder zusammenführen)</translation>
    </message>
    <message>
        <source>cannot merge with the file on disk: %1</source>
        <translation>Zusammenführen mit der Datei auf der Festplatte nicht möglich: %1</translation>
    </message>
    <message>
        <source>bcrypt cost %1 is above %2: every login would keep the registry busy for minutes</source>
        <translation>bcrypt-Kosten %1 liegen über %2: jede Anmeldung würde die Registry minutenlang beschäftigen</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>cannot resend the body of %1</source>
        <translation>der Body von %1 kann nicht erneut gesendet werden</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, over the %3-byte limit</source>
        <translation>%1 ist %2 Bytes groß, über dem Limit von %3 Bytes</translation>
    </message>
    <message>
        <source>%1 is over the %2-byte limit</source>
        <translation>%1 überschreitet das Limit von %2 Bytes</translation>
    </message>
    <message>
        <source>too many redirects (over %1) for %2</source>
        <translation>zu viele Weiterleitungen (über %1) für %2</translation>
    </message>
    <message>
        <source>the registry redirected %1 to an invalid location</source>
        <translation>die Registry hat %1 an eine ungültige Adresse weitergeleitet</translation>
    </message>
    <message>
        <source>the registry redirected %1 from https to plain http (%2); refusing to follow</source>
        <translation>die Registry hat %1 von https auf unverschlüsseltes http weitergeleitet (%2); der Weiterleitung wird nicht gefolgt</translation>
    </message>
    <message>
        <source>cannot follow a redirect for %1 with a streamed body</source>
        <translation>einer Weiterleitung für %1 mit gestreamtem Body kann nicht gefolgt werden</translation>
    </message>
    <message>
        <source>registry %1 requires credentials for %2 (HTTP 401); log in first</source>
        <translation>Registry %1 verlangt Zugangsdaten für %2 (HTTP 401); zuerst anmelden</translation>
    </message>
    <message>
        <source>registry %1 refused the credentials for %2 (HTTP 401)</source>
        <translation>Registry %1 hat die Zugangsdaten für %2 abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <source>cannot resend %1 after authenticating</source>
        <translation>%1 kann nach der Authentifizierung nicht erneut gesendet werden</translation>
    </message>
    <message>
        <source>registry %1 asks to retry %2 after %3 s; giving up</source>
        <translation>Registry %1 verlangt, %2 nach %3 s erneut zu versuchen; Abbruch</translation>
    </message>
    <message>
        <source>cannot resolve host %1</source>
        <translation>Host %1 kann nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>connection to %1 refused; is the registry running?</source>
        <translation>Verbindung zu %1 abgelehnt; läuft die Registry?</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s while transferring %3</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet (Übertragung: %3)</translation>
    </message>
    <message>
        <source>%1 closed the connection during %2</source>
        <translation>%1 hat die Verbindung während der Übertragung geschlossen: %2</translation>
    </message>
    <message>
        <source>handshake failed</source>
        <translation>Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot verify the TLS certificate of %1: %2. Trust the registry&apos;s CA (certs.d/%1/ca.crt) or turn verification off explicitly for this registry</source>
        <translation>das TLS-Zertifikat von %1 kann nicht überprüft werden: %2. Der CA der Registry vertrauen (certs.d/%1/ca.crt) oder die Überprüfung für diese Registry ausdrücklich abschalten</translation>
    </message>
    <message>
        <source>network error talking to %1: %2</source>
        <translation>Netzwerkfehler bei der Kommunikation mit %1: %2</translation>
    </message>
</context>
<context>
    <name>ImageConfig</name>
    <message>
        <source>the image configuration is over %1 bytes</source>
        <translation>die Image-Konfiguration ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>the image configuration is not a JSON object (%1)</source>
        <translation>die Image-Konfiguration ist kein JSON-Objekt (%1)</translation>
    </message>
</context>
<context>
    <name>ImageCopier</name>
    <message>
        <source>copy %1 → %2</source>
        <translation>%1 → %2 kopieren</translation>
    </message>
    <message>
        <source>the destination %1 needs a tag</source>
        <translation>das Ziel %1 braucht ein Tag</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 has no image for %2 (it has: %3); copy everything with --all</source>
        <translation>%1 hat kein Image für %2 (vorhanden: %3); alles mit --all kopieren</translation>
    </message>
    <message>
        <source>reading a manifest of the index</source>
        <translation>Lesen eines Manifests des Index</translation>
    </message>
    <message>
        <source>%1 nests indexes deeper than %2 levels</source>
        <translation>%1 verschachtelt Indizes tiefer als %2 Ebenen</translation>
    </message>
    <message>
        <source>%1 is a schema1 manifest; its signature binds it to the source name, so it cannot be copied</source>
        <translation>%1 ist ein schema1-Manifest; seine Signatur bindet es an den Quellnamen, daher kann es nicht kopiert werden</translation>
    </message>
    <message numerus="yes">
        <source>the destination already has this manifest and all %n blob(s)</source>
        <translation>
            <numerusform>das Ziel hat dieses Manifest und %n Blob bereits</numerusform>
            <numerusform>das Ziel hat dieses Manifest und alle %n Blobs bereits</numerusform>
        </translation>
    </message>
    <message>
        <source>blob transfer broke (%1); trying again in %2 ms</source>
        <translation>Blob-Übertragung abgebrochen (%1); neuer Versuch in %2 ms</translation>
    </message>
    <message>
        <source>copying blob %1 failed; no manifest was written</source>
        <translation>Kopieren von Blob %1 fehlgeschlagen; es wurde kein Manifest geschrieben</translation>
    </message>
    <message>
        <source>the destination names digest %1 but the image is %2</source>
        <translation>das Ziel nennt den Digest %1, aber das Image ist %2</translation>
    </message>
    <message>
        <source>writing the manifest %1 failed</source>
        <translation>Schreiben des Manifests %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>the destination stored the manifest as %1, expected %2</source>
        <translation>das Ziel hat das Manifest als %1 gespeichert, erwartet war %2</translation>
    </message>
    <message>
        <source>blob %1 upload to %2</source>
        <translation>Blob %1 nach %2 hochladen</translation>
    </message>
    <message>
        <source>registry %1 stored blob %2 as %3</source>
        <translation>Registry %1 hat Blob %2 als %3 gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>the tag %1 already names this manifest, and the destination has all %n blob(s)</source>
        <translation>
            <numerusform>der Tag %1 verweist schon auf dieses Manifest, und das Ziel hat %n Blob</numerusform>
            <numerusform>der Tag %1 verweist schon auf dieses Manifest, und das Ziel hat alle %n Blobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageDiffJob</name>
    <message>
        <source>Diff %1 with %2</source>
        <translation>%1 mit %2 vergleichen</translation>
    </message>
    <message>
        <source>%1 has no image for %2; choose a platform that both images have</source>
        <translation>%1 hat kein Image für %2; eine Plattform wählen, die beide Images haben</translation>
    </message>
    <message>
        <source>%1 holds no image to compare</source>
        <translation>%1 enthält kein Image zum Vergleichen</translation>
    </message>
</context>
<context>
    <name>ImageInspector</name>
    <message>
        <source>Inspect %1/%2%3%4</source>
        <translation>%1/%2%3%4 untersuchen</translation>
    </message>
    <message>
        <source>%1 nests an index inside an index; pick a platform of the inner index</source>
        <translation>%1 verschachtelt einen Index in einem Index; eine Plattform des inneren Index wählen</translation>
    </message>
    <message>
        <source>the configuration blob is %1 bytes, more than the %2 accepted</source>
        <translation>der Konfigurations-Blob ist %1 Bytes groß, mehr als die akzeptierten %2</translation>
    </message>
</context>
<context>
    <name>JobGraph</name>
    <message>
        <source>builds the image and runs its own buildset registry</source>
        <translation>baut das Image und betreibt seine eigene Buildset-Registry</translation>
    </message>
    <message>
        <source>runs the buildset registry and pauses</source>
        <translation>betreibt die Buildset-Registry und pausiert</translation>
    </message>
    <message>
        <source>inherits %1-build-docker-image</source>
        <translation>erbt von %1-build-docker-image</translation>
    </message>
    <message>
        <source>uses use-buildset-registry in its pre-run</source>
        <translation>verwendet use-buildset-registry in seinem pre-run</translation>
    </message>
    <message>
        <source>no registry traffic yet: rehearse to see it</source>
        <translation>noch kein Registry-Verkehr: proben, um ihn zu sehen</translation>
    </message>
</context>
<context>
    <name>KeychainStep</name>
    <message>
        <source>OS keychain</source>
        <translation>OS-Schlüsselbund</translation>
    </message>
    <message>
        <source>The password goes to the OS keychain, never to RegistryDesk&apos;s settings.</source>
        <translation>Das Passwort kommt in den OS-Schlüsselbund, niemals in die Einstellungen von RegistryDesk.</translation>
    </message>
    <message>
        <source>&amp;Keep the password for this session only (it is forgotten when RegistryDesk closes)</source>
        <translation>Passwort nur für diese Sitzung &amp;behalten (es wird beim Beenden von RegistryDesk vergessen)</translation>
    </message>
    <message>
        <source>&amp;Try the keychain again</source>
        <translation>Schlüsselbund &amp;erneut versuchen</translation>
    </message>
    <message>
        <source>Storing the password in the OS keychain…</source>
        <translation>Passwort wird im OS-Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Password of %1 stored in the OS keychain: service “%2”, key “%3”</source>
        <translation>Passwort von %1 im OS-Schlüsselbund gespeichert: Dienst „%2“, Schlüssel „%3“</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>No keychain: the password is kept for this session only</source>
        <translation>Kein Schlüsselbund: das Passwort wird nur für diese Sitzung behalten</translation>
    </message>
</context>
<context>
    <name>LayerIndex</name>
    <message>
        <source>the layer has more than %1 entries; refused as hostile</source>
        <translation>der Layer hat mehr als %1 Einträge; als bösartig abgelehnt</translation>
    </message>
    <message>
        <source>the layer expands beyond %1 bytes; refused as hostile</source>
        <translation>der Layer entpackt sich auf mehr als %1 Bytes; als bösartig abgelehnt</translation>
    </message>
    <message>
        <source>the layer expands more than %1 times its compressed size (a decompression bomb); refused after %2 MiB</source>
        <translation>der Layer entpackt sich auf mehr als das %1-Fache seiner komprimierten Größe (eine Dekompressionsbombe); nach %2 MiB abgelehnt</translation>
    </message>
    <message>
        <source>the layer is not a readable tar archive: %1</source>
        <translation>der Layer ist kein lesbares tar-Archiv: %1</translation>
    </message>
    <message>
        <source>the layer entry &quot;%1&quot; points outside the image&apos;s filesystem (an absolute path or &quot;..&quot;); the layer is refused as hostile</source>
        <translation>der Layer-Eintrag „%1“ zeigt außerhalb des Dateisystems des Images (ein absoluter Pfad oder „..“); der Layer wird als bösartig abgelehnt</translation>
    </message>
    <message>
        <source>a layer entry&apos;s name is longer than %1 bytes; refused as hostile</source>
        <translation>der Name eines Layer-Eintrags ist länger als %1 Bytes; als bösartig abgelehnt</translation>
    </message>
    <message>
        <source>a symbolic link&apos;s target is longer than %1 bytes; refused as hostile</source>
        <translation>das Ziel eines symbolischen Links ist länger als %1 Bytes; als bösartig abgelehnt</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the layer holds no file %1</source>
        <translation>der Layer enthält keine Datei %1</translation>
    </message>
</context>
<context>
    <name>LayerIndexJob</name>
    <message>
        <source>Index layer %1</source>
        <translation>Layer %1 indizieren</translation>
    </message>
    <message>
        <source>layer %1: %2</source>
        <translation>Layer %1: %2</translation>
    </message>
</context>
<context>
    <name>LayerReadJob</name>
    <message>
        <source>Read layer %1 of %2</source>
        <translation>Layer %1 von %2 lesen</translation>
    </message>
</context>
<context>
    <name>ListJob</name>
    <message>
        <source>the repository catalog</source>
        <translation>Repository-Katalog</translation>
    </message>
    <message>
        <source>the tags of %1</source>
        <translation>Tags von %1</translation>
    </message>
    <message>
        <source>registry %1 does not offer a catalog (/v2/_catalog); open repositories by name</source>
        <translation>Registry %1 bietet keinen Katalog an (/v2/_catalog); Repositorys über ihren Namen öffnen</translation>
    </message>
    <message>
        <source>registry %1 sent an unreadable answer for %2</source>
        <translation>Registry %1 hat eine unlesbare Antwort für %2 gesendet</translation>
    </message>
    <message>
        <source>registry %1 sent a paging link that leaves the registry or loops (%2)</source>
        <translation>Registry %1 hat einen Paging-Link gesendet, der die Registry verlässt oder eine Schleife bildet (%2)</translation>
    </message>
    <message>
        <source>a paging link of another registry was given</source>
        <translation>ein Paging-Link einer anderen Registry wurde übergeben</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RegistryDesk</source>
        <translation>RegistryDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Registry</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Set up a registry…</source>
        <translation>Registry &amp;einrichten…</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>Verbindung be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>&amp;Import docker/podman logins…</source>
        <translation>docker/podman-Anmeldungen &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Prune…</source>
        <translation>Be&amp;reinigen…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Fertig: %1</translation>
    </message>
    <message>
        <source>Sandbox %1</source>
        <translation>Sandbox %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language changes the next time RegistryDesk starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von RegistryDesk.</translation>
    </message>
    <message>
        <source>Check &amp;health</source>
        <translation>&amp;Zustand prüfen</translation>
    </message>
    <message>
        <source>Checks every connection&apos;s TLS certificate, the known CA and server certificates, the htpasswd file and the storage limit</source>
        <translation>Prüft das TLS-Zertifikat jeder Verbindung, die bekannten CA- und Serverzertifikate, die htpasswd-Datei und die Speichergrenze</translation>
    </message>
    <message numerus="yes">
        <source>Health: %n check(s), all pass</source>
        <translation>
            <numerusform>Zustand: %n Prüfung, alle bestanden</numerusform>
            <numerusform>Zustand: %n Prüfungen, alle bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n health check(s) fail: %1</source>
        <translation>
            <numerusform>%n Zustandsprüfung schlägt fehl: %1</numerusform>
            <numerusform>%n Zustandsprüfungen schlagen fehl: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; and %2 more</source>
        <translation>%1; und %2 weitere</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>the manifest has more than %1 descriptors</source>
        <translation>das Manifest hat mehr als %1 Deskriptoren</translation>
    </message>
    <message>
        <source>%1 is not a descriptor object</source>
        <translation>%1 ist kein Deskriptor-Objekt</translation>
    </message>
    <message>
        <source>%1 has an invalid digest &quot;%2&quot;</source>
        <translation>%1 hat einen ungültigen Digest „%2“</translation>
    </message>
    <message>
        <source>%1 has an invalid size</source>
        <translation>%1 hat eine ungültige Größe</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field must be a list</source>
        <translation>das Feld „%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>the manifest is %1 bytes, over the %2-byte limit</source>
        <translation>das Manifest ist %1 Bytes groß, über dem Limit von %2 Bytes</translation>
    </message>
    <message>
        <source>the manifest is not a JSON object (%1)</source>
        <translation>das Manifest ist kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>the manifest says it is %1 but was served as %2</source>
        <translation>das Manifest gibt an, %1 zu sein, wurde aber als %2 ausgeliefert</translation>
    </message>
    <message>
        <source>unsupported manifest type &quot;%1&quot;</source>
        <translation>nicht unterstützter Manifest-Typ „%1“</translation>
    </message>
    <message>
        <source>a schema1 manifest must have schemaVersion 1</source>
        <translation>ein schema1-Manifest muss schemaVersion 1 haben</translation>
    </message>
    <message>
        <source>a schema1 layer has an invalid blobSum</source>
        <translation>ein schema1-Layer hat eine ungültige blobSum</translation>
    </message>
    <message>
        <source>the manifest must have schemaVersion 2</source>
        <translation>das Manifest muss schemaVersion 2 haben</translation>
    </message>
</context>
<context>
    <name>ManifestDeleter</name>
    <message>
        <source>delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>tags removed with it: %1</source>
        <translation>damit entfernte Tags: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ManifestJob</name>
    <message>
        <source>manifest %1</source>
        <translation>Manifest %1</translation>
    </message>
    <message>
        <source>invalid repository or reference: %1</source>
        <translation>ungültiges Repository oder ungültige Referenz: %1</translation>
    </message>
    <message>
        <source>manifests are deleted by digest, not by tag: %1</source>
        <translation>Manifeste werden per Digest gelöscht, nicht per Tag: %1</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, over the %3-byte limit registries accept</source>
        <translation>%1 ist %2 Bytes groß, über dem Limit von %3 Bytes, das Registrys akzeptieren</translation>
    </message>
    <message>
        <source>registry %1 served bytes for %2 that hash to %3</source>
        <translation>Registry %1 hat für %2 Bytes geliefert, deren Hash %3 ist</translation>
    </message>
    <message>
        <source>registry %1 announced digest %2 for %3, but the bytes hash to %4</source>
        <translation>Registry %1 hat für %3 den Digest %2 angekündigt, aber der Hash der Bytes ist %4</translation>
    </message>
    <message>
        <source>registry %1 served an invalid %2: %3</source>
        <translation>Registry %1 hat ungültige Daten geliefert (%2): %3</translation>
    </message>
    <message>
        <source>registry %1 stored %2 under digest %3, expected %4</source>
        <translation>Registry %1 hat %2 unter dem Digest %3 gespeichert, erwartet war %4</translation>
    </message>
    <message>
        <source>a tag delete needs a tag: %1</source>
        <translation>das Löschen eines Tags braucht ein Tag: %1</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>NewRegistryStep</name>
    <message>
        <source>New intermediate registry</source>
        <translation>Neue Zwischen-Registry</translation>
    </message>
    <message>
        <source>A CA, a server certificate, the htpasswd file with this user and a docker-compose deployment, ready to copy to the registry host.</source>
        <translation>Eine CA, ein Serverzertifikat, die htpasswd-Datei mit diesem Benutzer und ein docker-compose-Deployment, bereit zum Kopieren auf den Registry-Host.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>More &amp;names:</source>
        <translation>Weitere &amp;Namen:</translation>
    </message>
    <message>
        <source>further DNS names or IP addresses of the host, comma-separated</source>
        <translation>weitere DNS-Namen oder IP-Adressen des Hosts, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>&amp;Create the deployment bundle</source>
        <translation>Deployment-Paket &amp;erstellen</translation>
    </message>
    <message>
        <source>&amp;Start it here to test (on loopback, until the wizard closes)</source>
        <translation>Zum Testen hier &amp;starten (auf Loopback, bis der Assistent geschlossen wird)</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Ordner für das Paket</translation>
    </message>
    <message>
        <source>Creating keys, certificates and the htpasswd file…</source>
        <translation>Schlüssel, Zertifikate und htpasswd-Datei werden erstellt…</translation>
    </message>
    <message>
        <source>Deployment bundle written to %1: copy certs/, auth/ and data/ to /var/registry on the registry host and run docker compose up -d there</source>
        <translation>Deployment-Paket nach %1 geschrieben: certs/, auth/ und data/ nach /var/registry auf den Registry-Host kopieren und dort docker compose up -d ausführen</translation>
    </message>
    <message>
        <source>Starting the bundle&apos;s registry with docker-registry…</source>
        <translation>Registry des Pakets wird mit docker-registry gestartet…</translation>
    </message>
    <message>
        <source>Trial run failed: %1</source>
        <translation>Testlauf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The bundle works: %1 logs in over TLS verified for %2 (running on %3 until the wizard closes)</source>
        <translation>Das Paket funktioniert: %1 meldet sich über TLS an, verifiziert für %2 (läuft auf %3, bis der Assistent geschlossen wird)</translation>
    </message>
</context>
<context>
    <name>PingJob</name>
    <message>
        <source>the API endpoint /v2/</source>
        <translation>API-Endpunkt /v2/</translation>
    </message>
    <message>
        <source>%1 is not a registry: it has no /v2/ endpoint (HTTP 404)</source>
        <translation>%1 ist keine Registry: es gibt keinen /v2/-Endpunkt (HTTP 404)</translation>
    </message>
</context>
<context>
    <name>PromoteDialog</name>
    <message>
        <source>Promote</source>
        <translation>Hochstufen</translation>
    </message>
    <message>
        <source>&amp;New tag:</source>
        <translation>&amp;Neues Tag:</translation>
    </message>
    <message>
        <source>&amp;Remove the source tag afterwards (keeps the new tag)</source>
        <translation>Quell-Tag danach &amp;entfernen (das neue Tag bleibt)</translation>
    </message>
    <message>
        <source>Put the manifest of %1 under a new tag. Only the manifest moves, no layer: the same digest gets a second name.</source>
        <translation>Das Manifest von %1 unter ein neues Tag stellen. Nur das Manifest wird verschoben, kein Layer: derselbe Digest erhält einen zweiten Namen.</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>&amp;Hochstufen</translation>
    </message>
    <message>
        <source>“%1” is not a valid tag (up to 128 letters, digits, . _ -).</source>
        <translation>„%1“ ist kein gültiges Tag (bis zu 128 Buchstaben, Ziffern, . _ -).</translation>
    </message>
    <message>
        <source>The new tag must differ from %1.</source>
        <translation>Das neue Tag muss sich von %1 unterscheiden.</translation>
    </message>
</context>
<context>
    <name>Promoter</name>
    <message>
        <source>promote %1 → %2</source>
        <translation>%1 → %2 hochstufen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag</source>
        <translation>„%1“ ist kein gültiges Tag</translation>
    </message>
    <message>
        <source>--remove-source-tag needs a source tag other than the new one: %1</source>
        <translation>--remove-source-tag braucht ein anderes Quell-Tag als das neue: %1</translation>
    </message>
    <message>
        <source>promote</source>
        <translation>hochstufen</translation>
    </message>
    <message>
        <source>only the manifest is transferred, not the layers</source>
        <translation>nur das Manifest wird übertragen, nicht die Layer</translation>
    </message>
    <message>
        <source>the promoted tag has digest %1, the source %2</source>
        <translation>das hochgestufte Tag hat den Digest %1, die Quelle %2</translation>
    </message>
    <message>
        <source>%1 was promoted, but removing the temporary tag failed: %2</source>
        <translation>%1 wurde hochgestuft, aber das Entfernen des temporären Tags ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <source>Prune</source>
        <translation>Bereinigen</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>&amp;Older than:</source>
        <translation>Ä&amp;lter als:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Wo:</translation>
    </message>
    <message>
        <source>Only changes Zuul reports as merged (needs the connection&apos;s Zuul API)</source>
        <translation>Nur Changes, die Zuul als gemergt meldet (benötigt die Zuul-API der Verbindung)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Measured from</source>
        <translation>Gemessen ab</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Prune %1</source>
        <translation>%1 bereinigen</translation>
    </message>
    <message>
        <source>Intermediate-registry tags (&lt;build&gt;_&lt;tag&gt;)</source>
        <translation>Tags der Zwischen-Registry (&lt;build&gt;_&lt;tag&gt;)</translation>
    </message>
    <message>
        <source>Leaked temporary tags (change_&lt;N&gt;_&lt;tag&gt;, &lt;pipeline&gt;_&lt;tag&gt;)</source>
        <translation>Liegengebliebene temporäre Tags (change_&lt;N&gt;_&lt;tag&gt;, &lt;pipeline&gt;_&lt;tag&gt;)</translation>
    </message>
    <message>
        <source>Repository %1</source>
        <translation>Repository %1</translation>
    </message>
    <message>
        <source>Every repository of the catalog</source>
        <translation>Alle Repositorys des Katalogs</translation>
    </message>
    <message>
        <source>Looking at every tag…</source>
        <translation>Alle Tags werden geprüft…</translation>
    </message>
    <message>
        <source>Preview to see exactly which tags would go.</source>
        <translation>Vorschau anzeigen, um genau zu sehen, welche Tags entfernt würden.</translation>
    </message>
    <message numerus="yes">
        <source>Prune %n tag(s)</source>
        <translation>
            <numerusform>%n Tag bereinigen</numerusform>
            <numerusform>%n Tags bereinigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Goes with its manifest: nothing else in the repository uses it</source>
        <translation>Geht mit seinem Manifest: nichts anderes im Repository verwendet es</translation>
    </message>
    <message>
        <source>Only the tag goes: another tag or a kept index uses its manifest</source>
        <translation>Nur das Tag geht: ein anderes Tag oder ein behaltener Index verwendet sein Manifest</translation>
    </message>
    <message>
        <source>%1 of %2 tags examined would be removed, %3 kept. Nothing else is touched. Garbage collection then frees %4.</source>
        <translation>%1 von %2 geprüften Tags würden entfernt, %3 behalten. Sonst wird nichts angerührt. Die Garbage Collection gibt danach %4 frei.</translation>
    </message>
    <message>
        <source>What plain garbage collection frees after this prune: the manifests that go and the blobs only the pruned tags reach, each counted once. Blobs that untagged manifests still hold stay on disk.</source>
        <translation>Was eine einfache Garbage Collection nach diesem Aufräumen freigibt: die entfernten Manifeste und die Blobs, die nur die entfernten Tags erreichen, jeder einmal gezählt. Blobs, die Manifeste ohne Tag noch halten, bleiben auf der Platte.</translation>
    </message>
</context>
<context>
    <name>Pruner</name>
    <message>
        <source>prune %1 (older than %2)</source>
        <translation>%1 bereinigen (älter als %2)</translation>
    </message>
    <message>
        <source>only pruning finished changes needs a Zuul API (--zuul and --tenant)</source>
        <translation>nur abgeschlossene Changes zu bereinigen erfordert eine Zuul-API (--zuul und --tenant)</translation>
    </message>
    <message>
        <source>image created</source>
        <translation>Image-Erstellung</translation>
    </message>
    <message>
        <source>asking Zuul about %1: %2</source>
        <translation>Zuul-Abfrage zu %1: %2</translation>
    </message>
    <message>
        <source>zuul build end</source>
        <translation>Ende des Zuul-Builds</translation>
    </message>
    <message numerus="yes">
        <source>removing %1:%2 failed after %n tag(s) were removed: %3</source>
        <translation>
            <numerusform>Entfernen von %1:%2 fehlgeschlagen, nachdem %n Tag entfernt wurde: %3</numerusform>
            <numerusform>Entfernen von %1:%2 fehlgeschlagen, nachdem %n Tags entfernt wurden: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted images free no disk space by themselves. Reclaim it with plain garbage collection while nothing writes: set storage.maintenance.readonly.enabled: true and restart the registry, run docker-registry garbage-collect /etc/docker/registry/config.yml, then turn read-only mode off again (the deployment bundle&apos;s maintenance/gc.sh does all three). Never add --delete-untagged on registry 2.8: it deletes the platform images of tagged multi-arch images.</source>
        <translation>Gelöschte Images geben von selbst keinen Platz frei. Den Platz holt eine einfache Garbage Collection zurück, während nichts schreibt: storage.maintenance.readonly.enabled: true setzen und die Registry neu starten, docker-registry garbage-collect /etc/docker/registry/config.yml ausführen, dann den Nur-Lese-Modus wieder ausschalten (maintenance/gc.sh des Deployment-Bundles erledigt alle drei Schritte). Auf Registry 2.8 nie --delete-untagged hinzufügen: es löscht die Plattform-Images getaggter Multi-Arch-Images.</translation>
    </message>
    <message>
        <source>pruned %1 with its manifest</source>
        <translation>%1 mit seinem Manifest entfernt</translation>
    </message>
    <message>
        <source>a platform manifest of %1</source>
        <translation>ein Plattform-Manifest von %1</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>invalid image reference &quot;%1&quot;: %2</source>
        <translation>ungültige Image-Referenz „%1“: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>a repository name takes no digest</source>
        <translation>ein Repository-Name hat keinen Digest</translation>
    </message>
    <message>
        <source>the digest must be sha256:&lt;64 hex&gt; or sha512:&lt;128 hex&gt;</source>
        <translation>der Digest muss sha256:&lt;64 hex&gt; oder sha512:&lt;128 hex&gt; sein</translation>
    </message>
    <message>
        <source>a repository name takes no tag</source>
        <translation>ein Repository-Name hat kein Tag</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is not valid (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; at most 128)</source>
        <translation>das Tag „%1“ ist ungültig (Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; höchstens 128)</translation>
    </message>
    <message>
        <source>a registry given with http:// or https:// needs a repository after it</source>
        <translation>eine mit http:// oder https:// angegebene Registry braucht danach ein Repository</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid registry host[:port]</source>
        <translation>„%1“ ist keine gültige Registry-Angabe host[:port]</translation>
    </message>
    <message>
        <source>the repository &quot;%1&quot; is not valid (lower-case letters, digits and separators . _ __ - between components)</source>
        <translation>das Repository „%1“ ist ungültig (Kleinbuchstaben, Ziffern und Trennzeichen . _ __ - zwischen den Komponenten)</translation>
    </message>
    <message>
        <source>it contains white space or control characters</source>
        <translation>sie enthält Leerraum oder Steuerzeichen</translation>
    </message>
</context>
<context>
    <name>ReferrersJob</name>
    <message>
        <source>the referrers of %1</source>
        <translation>Referrer von %1</translation>
    </message>
    <message>
        <source>registry %1 does not offer the referrers API</source>
        <translation>Registry %1 bietet die Referrers-API nicht an</translation>
    </message>
    <message>
        <source>registry %1 sent an unreadable referrers list: %2</source>
        <translation>Registry %1 hat eine unlesbare Referrer-Liste gesendet: %2</translation>
    </message>
</context>
<context>
    <name>RegistryAddress</name>
    <message>
        <source>invalid registry &quot;%1&quot;: expected host[:port], [ipv6]:port or http://host:port</source>
        <translation>ungültige Registry „%1“: erwartet wird host[:port], [ipv6]:port oder http://host:port</translation>
    </message>
</context>
<context>
    <name>RegistryCapabilities</name>
    <message>
        <source>registry %1 refuses deletes (HTTP 405): set storage.delete.enabled: true in its config.yml (or REGISTRY_STORAGE_DELETE_ENABLED=true) and restart it</source>
        <translation>Registry %1 verweigert Löschvorgänge (HTTP 405): storage.delete.enabled: true in ihrer config.yml setzen (oder REGISTRY_STORAGE_DELETE_ENABLED=true) und sie neu starten</translation>
    </message>
    <message>
        <source>registry %1 cannot delete (DELETE answered HTTP 404, as zuul-registry does): it removes old images itself with `zuul-registry prune` and storage.expiration in its configuration</source>
        <translation>Registry %1 kann nicht löschen (DELETE ergab HTTP 404, wie bei zuul-registry): sie entfernt alte Images selbst mit `zuul-registry prune` und storage.expiration in ihrer Konfiguration</translation>
    </message>
    <message>
        <source>registry %1 cannot delete (DELETE answered HTTP 404 without a registry error): remove images with the registry&apos;s own tools</source>
        <translation>Registry %1 kann nicht löschen (DELETE ergab HTTP 404 ohne Registry-Fehler): Images mit den eigenen Werkzeugen der Registry entfernen</translation>
    </message>
    <message>
        <source>no catalog</source>
        <translation>kein Katalog</translation>
    </message>
    <message>
        <source>cannot delete</source>
        <translation>kann nicht löschen</translation>
    </message>
</context>
<context>
    <name>RegistryClient</name>
    <message>
        <source>anonymous access</source>
        <translation>anonymer Zugriff</translation>
    </message>
    <message>
        <source>the stored identity token</source>
        <translation>gespeichertes Identitäts-Token</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>registry %1 asks for authentication with a scheme RegistryDesk does not support (%2)</source>
        <translation>Registry %1 verlangt eine Authentifizierung mit einem Schema, das RegistryDesk nicht unterstützt (%2)</translation>
    </message>
    <message>
        <source>registry %1 requires credentials (HTTP 401); log in first</source>
        <translation>Registry %1 verlangt Zugangsdaten (HTTP 401); zuerst anmelden</translation>
    </message>
    <message>
        <source>registry %1 refused the credentials for %2 (HTTP 401)</source>
        <translation>Registry %1 hat die Zugangsdaten für %2 abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <source>registry %1 refused the token issued for %2</source>
        <translation>Registry %1 hat das für %2 ausgestellte Token abgelehnt</translation>
    </message>
    <message>
        <source>registry %1 names a token service that is not https (%2); refusing to send credentials there</source>
        <translation>Registry %1 nennt einen Token-Dienst, der kein https verwendet (%2); Zugangsdaten werden nicht dorthin gesendet</translation>
    </message>
    <message>
        <source>an upload session</source>
        <translation>Upload-Sitzung</translation>
    </message>
    <message>
        <source>a token from %1</source>
        <translation>Token von %1</translation>
    </message>
    <message>
        <source>registry %1 refused the credentials for %2 (HTTP %3 from the token service %4)</source>
        <translation>Registry %1 hat die Zugangsdaten für %2 abgelehnt (HTTP %3 vom Token-Dienst %4)</translation>
    </message>
    <message>
        <source>the token service %1 of registry %2 failed (HTTP %3)</source>
        <translation>der Token-Dienst %1 der Registry %2 ist fehlgeschlagen (HTTP %3)</translation>
    </message>
    <message>
        <source>the token service %1 of registry %2 answered without a usable token</source>
        <translation>der Token-Dienst %1 der Registry %2 hat ohne brauchbares Token geantwortet</translation>
    </message>
    <message>
        <source>the repository catalog</source>
        <translation>Repository-Katalog</translation>
    </message>
    <message>
        <source>whether %1 deletes manifests</source>
        <translation>ob %1 Manifeste löscht</translation>
    </message>
    <message>
        <source>%1 auth</source>
        <translation>%1-Authentifizierung</translation>
    </message>
    <message>
        <source>API version not stated</source>
        <translation>API-Version nicht angegeben</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
</context>
<context>
    <name>RegistryConnections</name>
    <message>
        <source>no such connection</source>
        <translation>keine solche Verbindung</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>OS-Schlüsselbund</translation>
    </message>
    <message>
        <source>docker/podman auth file</source>
        <translation>docker/podman-Auth-Datei</translation>
    </message>
    <message>
        <source>the connection has no valid registry address</source>
        <translation>die Verbindung hat keine gültige Registry-Adresse</translation>
    </message>
</context>
<context>
    <name>RegistryError</name>
    <message>
        <source>the operation was cancelled</source>
        <translation>der Vorgang wurde abgebrochen</translation>
    </message>
    <message>
        <source> (the registry says: %1)</source>
        <translation> (die Registry meldet: %1)</translation>
    </message>
    <message>
        <source>%1 was not found on %2</source>
        <translation>%1 wurde auf %2 nicht gefunden</translation>
    </message>
    <message>
        <source>registry %1 refused the credentials for %2 (HTTP %3)</source>
        <translation>Registry %1 hat die Zugangsdaten für %2 abgelehnt (HTTP %3)</translation>
    </message>
    <message>
        <source>registry %1 denied access to %2 (HTTP %3)</source>
        <translation>Registry %1 hat den Zugriff auf %2 verweigert (HTTP %3)</translation>
    </message>
    <message>
        <source>registry %1 does not support this operation on %2 (HTTP %3)</source>
        <translation>Registry %1 unterstützt diesen Vorgang für %2 nicht (HTTP %3)</translation>
    </message>
    <message>
        <source>registry %1 is rate limiting requests (HTTP %2)</source>
        <translation>Registry %1 drosselt Anfragen (HTTP %2)</translation>
    </message>
    <message>
        <source>registry %1 rejected the digest of %2</source>
        <translation>Registry %1 hat den Digest von %2 zurückgewiesen</translation>
    </message>
    <message>
        <source>registry %1 refused %2 as too large (HTTP 413)</source>
        <translation>Registry %1 hat %2 als zu groß abgelehnt (HTTP 413)</translation>
    </message>
    <message>
        <source>registry %1 failed on %2 (HTTP %3%4)</source>
        <translation>Registry %1 ist bei %2 fehlgeschlagen (HTTP %3%4)</translation>
    </message>
</context>
<context>
    <name>RegistryEvent</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(manifest %1)</source>
        <translation>(Manifest %1)</translation>
    </message>
    <message>
        <source>(blob %1)</source>
        <translation>(Blob %1)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>[Zuul build %1, tag %2]</source>
        <translation>[Zuul-Build %1, Tag %2]</translation>
    </message>
    <message>
        <source>[change %1, tag %2]</source>
        <translation>[Change %1, Tag %2]</translation>
    </message>
    <message>
        <source>[%1 pipeline, tag %2]</source>
        <translation>[Pipeline %1, Tag %2]</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>durch %1</translation>
    </message>
    <message>
        <source>the envelope is larger than %1 bytes</source>
        <translation>der Umschlag ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the body has no &quot;events&quot; list</source>
        <translation>der Inhalt hat keine „events“-Liste</translation>
    </message>
    <message>
        <source>the envelope holds more than %1 events</source>
        <translation>der Umschlag enthält mehr als %1 Ereignisse</translation>
    </message>
    <message>
        <source>an event has no known action (push, pull, mount, delete)</source>
        <translation>ein Ereignis hat keine bekannte Aktion (push, pull, mount, delete)</translation>
    </message>
    <message>
        <source>a %1 event names no repository</source>
        <translation>ein %1-Ereignis nennt kein Repository</translation>
    </message>
</context>
<context>
    <name>RegistryEventListener</name>
    <message>
        <source>listening on %1 needs a token: anyone who reaches it could post events</source>
        <translation>Lauschen auf %1 braucht ein Token: jeder, der es erreicht, könnte Ereignisse senden</translation>
    </message>
    <message>
        <source>the token must be one word without spaces or line breaks</source>
        <translation>das Token muss ein Wort ohne Leerzeichen und Zeilenumbrüche sein</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>kann auf %1 Port %2 nicht lauschen: %3</translation>
    </message>
    <message>
        <source>too many connections at once</source>
        <translation>zu viele Verbindungen auf einmal</translation>
    </message>
    <message>
        <source>a request took over %1 s</source>
        <translation>eine Anfrage dauerte über %1 s</translation>
    </message>
    <message>
        <source>the request&apos;s headers are too large</source>
        <translation>die Kopfzeilen der Anfrage sind zu groß</translation>
    </message>
    <message>
        <source>a request without Content-Length</source>
        <translation>eine Anfrage ohne Content-Length</translation>
    </message>
    <message>
        <source>a request body over %1 bytes</source>
        <translation>ein Anfrageinhalt über %1 Bytes</translation>
    </message>
    <message>
        <source>a %1 request, not a POST</source>
        <translation>eine %1-Anfrage, kein POST</translation>
    </message>
    <message>
        <source>a POST without the token</source>
        <translation>ein POST ohne das Token</translation>
    </message>
    <message>
        <source>a POST that is no notification envelope: %1</source>
        <translation>ein POST, der kein Benachrichtigungsumschlag ist: %1</translation>
    </message>
</context>
<context>
    <name>RelaySocket</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>waiting for %1 failed: %2</source>
        <translation>Warten auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 did not take data within %2 s</source>
        <translation>%1 hat innerhalb von %2 s keine Daten angenommen</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s</source>
        <translation>%1 hat %2 s lang nichts gesendet</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>%1 with %2 failed: %3</source>
        <translation>%1 mit %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>cannot set up TLS with %1: %2</source>
        <translation>TLS mit %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2</source>
        <translation>dem Zertifikat von %1 wird nicht vertraut: %2</translation>
    </message>
    <message>
        <source>reading from %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>writing to %1 failed: %2</source>
        <translation>Schreiben an %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 sent oversized headers</source>
        <translation>%1 hat übergroße Header gesendet</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <source>cannot check the certificate of %1 for the name %2</source>
        <translation>das Zertifikat von %1 kann nicht auf den Namen %2 geprüft werden</translation>
    </message>
</context>
<context>
    <name>RelayTlsContext</name>
    <message>
        <source>cannot set up TLS: %1</source>
        <translation>TLS kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>cannot use the client certificate: %1</source>
        <translation>das Client-Zertifikat kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>RepositoryTreeModel</name>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
</context>
<context>
    <name>SampleImages</name>
    <message>
        <source>push sample images to %1</source>
        <translation>Beispiel-Images nach %1 pushen</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>Beispiele</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>docker-registry is not installed (Debian/Ubuntu package docker-registry)</source>
        <translation>docker-registry ist nicht installiert (Debian/Ubuntu-Paket docker-registry)</translation>
    </message>
    <message>
        <source>cannot start docker-registry for the %1 registry</source>
        <translation>docker-registry kann für die Registry %1 nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>starting the %1 registry</source>
        <translation>Registry %1 wird gestartet</translation>
    </message>
    <message>
        <source>the sandbox registries did not come up: %1</source>
        <translation>die Sandbox-Registrys sind nicht hochgefahren: %1</translation>
    </message>
    <message>
        <source>pushing sample images to the %1 registry</source>
        <translation>Beispiel-Images werden in die Registry %1 gepusht</translation>
    </message>
    <message>
        <source>the %1 registry (pid %2) does not stop</source>
        <translation>die Registry %1 (PID %2) lässt sich nicht beenden</translation>
    </message>
    <message>
        <source>Start the sandbox in %1</source>
        <translation>Sandbox in %1 starten</translation>
    </message>
    <message>
        <source>Stop the sandbox in %1</source>
        <translation>Sandbox in %1 anhalten</translation>
    </message>
    <message>
        <source>no free loopback port for the sandbox registries</source>
        <translation>kein freier Loopback-Port für die Sandbox-Registrys</translation>
    </message>
    <message>
        <source>the %1 registry exited; its log is %2</source>
        <translation>die Registry %1 hat sich beendet; ihr Protokoll ist %2</translation>
    </message>
    <message>
        <source>the %1 registry exited: %2</source>
        <translation>die Registry %1 hat sich beendet: %2</translation>
    </message>
</context>
<context>
    <name>SecretEncryptor</name>
    <message>
        <source>not a PEM public key</source>
        <translation>kein öffentlicher PEM-Schlüssel</translation>
    </message>
    <message>
        <source>Zuul secrets need an RSA key; this is another kind of key</source>
        <translation>Zuul-Secrets brauchen einen RSA-Schlüssel; dies ist eine andere Schlüsselart</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; at least %2 are needed</source>
        <translation>der RSA-Schlüssel hat %1 Bit; mindestens %2 sind nötig</translation>
    </message>
    <message>
        <source>nothing to encrypt</source>
        <translation>nichts zu verschlüsseln</translation>
    </message>
    <message>
        <source>RSA-OAEP encryption failed</source>
        <translation>RSA-OAEP-Verschlüsselung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>SequenceDiagram</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Drawn by RegistryDesk from the events of a real run.</source>
        <translation>Von RegistryDesk aus den Ereignissen eines echten Laufs gezeichnet.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up a registry</source>
        <translation>Registry einrichten</translation>
    </message>
    <message>
        <source>Intermediate registry (%1)</source>
        <translation>Zwischen-Registry (%1)</translation>
    </message>
</context>
<context>
    <name>SiteConfig</name>
    <message>
        <source>“%1” is not a usable site name: lower-case letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>„%1“ ist kein brauchbarer Site-Name: Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;</translation>
    </message>
    <message>
        <source>the intermediate registry needs a host, a port between 1 and 65535 and a username</source>
        <translation>die Zwischen-Registry braucht einen Host, einen Port zwischen 1 und 65535 und einen Benutzernamen</translation>
    </message>
    <message>
        <source>the intermediate registry&apos;s password is empty</source>
        <translation>das Passwort der Zwischen-Registry ist leer</translation>
    </message>
    <message>
        <source>%1 exists already; choose another folder or allow replacing</source>
        <translation>%1 existiert bereits; einen anderen Ordner wählen oder Ersetzen erlauben</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>SiteJobsStep</name>
    <message>
        <source>Site jobs</source>
        <translation>Site-Jobs</translation>
    </message>
    <message>
        <source>The secret, four jobs and five playbooks of zuul-jobs&apos; Container Images document, for your config-project. Optional: skip with Next.</source>
        <translation>Das Secret, vier Jobs und fünf Playbooks aus dem Dokument „Container Images“ von zuul-jobs, für Ihr config-project. Optional: mit „Weiter“ überspringen.</translation>
    </message>
    <message>
        <source>Publication &amp;user:</source>
        <translation>Veröffentlichungs-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>optional: the Docker Hub (or other) account upload and promote use</source>
        <translation>optional: das Konto bei Docker Hub (oder anderswo), das upload und promote verwenden</translation>
    </message>
    <message>
        <source>Publication pass&amp;word:</source>
        <translation>Veröffentlichungs-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>a checkout of the config-project</source>
        <translation>ein Checkout des config-project</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Write the files</source>
        <translation>Dateien &amp;schreiben</translation>
    </message>
    <message>
        <source>The config-project checkout</source>
        <translation>Checkout des config-project</translation>
    </message>
    <message>
        <source>The publication user needs its password.</source>
        <translation>Der Veröffentlichungs-Benutzer braucht sein Passwort.</translation>
    </message>
    <message>
        <source>Without the project&apos;s key the password is a marked placeholder (ENCRYPT-ME); go back one page to encrypt it.</source>
        <translation>Ohne den Schlüssel des Projekts ist das Passwort ein markierter Platzhalter (ENCRYPT-ME); eine Seite zurückgehen, um es zu verschlüsseln.</translation>
    </message>
    <message>
        <source>Choose the folder to write into.</source>
        <translation>Ordner zum Schreiben auswählen.</translation>
    </message>
    <message numerus="yes">
        <source>Site jobs for %1 written to %2 (%n file(s))</source>
        <translation>
            <numerusform>Site-Jobs für %1 nach %2 geschrieben (%n Datei)</numerusform>
            <numerusform>Site-Jobs für %1 nach %2 geschrieben (%n Dateien)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SizeChart</name>
    <message>
        <source>No files to chart yet: compare two images first.</source>
        <translation>Noch keine Dateien für das Diagramm: zuerst zwei Images vergleichen.</translation>
    </message>
    <message>
        <source>Image A</source>
        <translation>Image A</translation>
    </message>
    <message>
        <source>Image B</source>
        <translation>Image B</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message>
        <source>&amp;Registry:</source>
        <translation>&amp;Registry:</translation>
    </message>
    <message>
        <source>&amp;Survey</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <source>Reads every tag of every repository through the registry&apos;s API, follows indexes, and counts each blob once. Manifests are cached by digest, so the next survey only asks each tag&apos;s digest.</source>
        <translation>Liest jedes Tag jedes Repositorys über die API der Registry, verfolgt Indizes und zählt jeden Blob einmal. Manifeste werden nach Digest zwischengespeichert, sodass die nächste Erfassung nur den Digest jedes Tags erfragt.</translation>
    </message>
    <message>
        <source>Filter repositories</source>
        <translation>Repositorys filtern</translation>
    </message>
    <message>
        <source>Tag ages</source>
        <translation>Alter der Tags</translation>
    </message>
    <message>
        <source>Prune preview</source>
        <translation>Vorschau der Bereinigung</translation>
    </message>
    <message>
        <source>Zuul tags &amp;older than:</source>
        <translation>Zuul-Tags äl&amp;ter als:</translation>
    </message>
    <message>
        <source>7d</source>
        <translation>7d</translation>
    </message>
    <message>
        <source>A duration such as 36h, 7d or 1d12h</source>
        <translation>Eine Dauer wie 36h, 7d oder 1d12h</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>What plain garbage collection frees after such a prune: the manifests that go and the blobs only the pruned tags reach, each counted once. Nothing is deleted by a preview; Registry ▸ Prune does it.</source>
        <translation>Was eine einfache Garbage Collection nach einer solchen Bereinigung freigibt: die entfernten Manifeste und die Blobs, die nur die bereinigten Tags erreichen, jeder einmal gezählt. Eine Vorschau löscht nichts; das erledigt Registry ▸ Bereinigen.</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Nur hier</translation>
    </message>
    <message>
        <source>The distinct config and layer blobs its tags reach (through indexes too), each counted once</source>
        <translation>Die verschiedenen Konfigurations- und Layer-Blobs, die seine Tags erreichen (auch über Indizes), jeder einmal gezählt</translation>
    </message>
    <message>
        <source>Of those, the blobs no other repository&apos;s tags reach: what deleting all its tags lets garbage collection free</source>
        <translation>Davon die Blobs, die kein Tag eines anderen Repositorys erreicht: was die Garbage Collection freigäbe, wenn alle seine Tags gelöscht würden</translation>
    </message>
    <message>
        <source>The tags the repository lists</source>
        <translation>Die Tags, die das Repository auflistet</translation>
    </message>
    <message>
        <source>Survey a registry to see what it holds.</source>
        <translation>Eine Registry erfassen, um zu sehen, was sie enthält.</translation>
    </message>
    <message>
        <source>Surveying…</source>
        <translation>Erfassung läuft…</translation>
    </message>
    <message>
        <source>Cannot open this connection.</source>
        <translation>Diese Verbindung kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Surveying… %1 of %2 tags</source>
        <translation>Erfassung läuft… %1 von %2 Tags</translation>
    </message>
    <message>
        <source>%1 bytes in the blobs the tags of %2 reach</source>
        <translation>%1 Bytes in den Blobs, die die Tags von %2 erreichen</translation>
    </message>
    <message>
        <source>%1 bytes that no other repository&apos;s tags reach</source>
        <translation>%1 Bytes, die kein Tag eines anderen Repositorys erreicht</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 blobs; %n tag(s), %3 manifests</source>
        <translation>
            <numerusform>%1 in %2 Blobs; %n Tag, %3 Manifeste</numerusform>
            <numerusform>%1 in %2 Blobs; %n Tags, %3 Manifeste</numerusform>
        </translation>
    </message>
    <message>
        <source>Each distinct blob counted once for the whole registry, as registry:2 stores it; %1 requests, %2 manifests and configurations from the cache</source>
        <translation>Jeder Blob einmal für die ganze Registry gezählt, so wie registry:2 ihn speichert; %1 Anfragen, %2 Manifeste und Konfigurationen aus dem Cache</translation>
    </message>
    <message>
        <source>Give an age such as 36h, 7d or 1d12h.</source>
        <translation>Ein Alter wie 36h, 7d oder 1d12h angeben.</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Vorschau wird erstellt…</translation>
    </message>
    <message numerus="yes">
        <source>%n Zuul tag(s) older than %1 would go; garbage collection would then free %2.</source>
        <translation>
            <numerusform>%n Zuul-Tag älter als %1 würde entfernt; die Garbage Collection gäbe dann %2 frei.</numerusform>
            <numerusform>%n Zuul-Tags älter als %1 würden entfernt; die Garbage Collection gäbe dann %2 frei.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Storage</source>
        <translation>&amp;Speicher</translation>
    </message>
    <message>
        <source>Garbage collection plan</source>
        <translation>Plan der Garbage Collection</translation>
    </message>
    <message>
        <source>Storage &amp;root:</source>
        <translation>Speicher&amp;verzeichnis:</translation>
    </message>
    <message>
        <source>/var/lib/docker-registry</source>
        <translation>/var/lib/docker-registry</translation>
    </message>
    <message>
        <source>The registry&apos;s storage.filesystem.rootdirectory on this host (or a mounted copy). It is only read.</source>
        <translation>storage.filesystem.rootdirectory der Registry auf diesem Host (oder eine eingehängte Kopie). Es wird nur gelesen.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>P&amp;lanen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Tagged multi-arch images that garbage-collect --delete-untagged would break on registry 2.8: it deletes their platform manifests, which carry no tag of their own.</source>
        <translation>Getaggte Multi-Arch-Images, die garbage-collect --delete-untagged auf Registry 2.8 zerstören würde: es löscht ihre Plattform-Manifeste, die kein eigenes Tag tragen.</translation>
    </message>
    <message>
        <source>&amp;Delete untagged safely…</source>
        <translation>Ohne Tag sicher &amp;löschen…</translation>
    </message>
    <message>
        <source>Deletes through the chosen registry&apos;s API only the manifests no tag reaches, directly or through an index; plain garbage-collect then frees their blobs.</source>
        <translation>Löscht über die API der gewählten Registry nur die Manifeste, die kein Tag erreicht, weder direkt noch über einen Index; eine einfache garbage-collect gibt dann ihre Blobs frei.</translation>
    </message>
    <message>
        <source>The registry&apos;s storage root</source>
        <translation>Das Speicherverzeichnis der Registry</translation>
    </message>
    <message>
        <source>Give the registry&apos;s storage root (storage.filesystem.rootdirectory).</source>
        <translation>Das Speicherverzeichnis der Registry angeben (storage.filesystem.rootdirectory).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n blob(s))</source>
        <translation>
            <numerusform>%1 (%n Blob)</numerusform>
            <numerusform>%1 (%n Blobs)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Blob store</source>
        <translation>Blob-Speicher</translation>
    </message>
    <message>
        <source>Every blob data file under the storage root, each digest once</source>
        <translation>Jede Blob-Datendatei unter dem Speicherverzeichnis, jeder Digest einmal</translation>
    </message>
    <message>
        <source>Plain garbage-collect frees</source>
        <translation>Einfache garbage-collect gibt frei</translation>
    </message>
    <message>
        <source>Blobs no manifest revision of any repository references, tagged or not: what garbage-collect frees today</source>
        <translation>Blobs, die keine Manifest-Revision irgendeines Repositorys referenziert, mit oder ohne Tag: was garbage-collect heute freigibt</translation>
    </message>
    <message>
        <source>--delete-untagged frees</source>
        <translation>--delete-untagged gibt frei</translation>
    </message>
    <message>
        <source>What registry 2.8&apos;s garbage-collect --delete-untagged frees: it also deletes the platform manifests of tagged multi-arch images, which breaks them (listed below)</source>
        <translation>Was garbage-collect --delete-untagged von Registry 2.8 freigibt: es löscht auch die Plattform-Manifeste getaggter Multi-Arch-Images und zerstört sie damit (unten aufgeführt)</translation>
    </message>
    <message>
        <source>Safe plan frees</source>
        <translation>Sicherer Plan gibt frei</translation>
    </message>
    <message>
        <source>What plain garbage-collect frees after &quot;Delete untagged safely&quot; removed the manifests no tag reaches, directly or through an index</source>
        <translation>Was eine einfache garbage-collect freigibt, nachdem „Ohne Tag sicher löschen“ die Manifeste entfernt hat, die kein Tag erreicht, weder direkt noch über einen Index</translation>
    </message>
    <message>
        <source>Unfinished uploads</source>
        <translation>Unvollendete Uploads</translation>
    </message>
    <message>
        <source>Uploads never finished; storage.maintenance.uploadpurging removes them (by default after 168 h)</source>
        <translation>Nie beendete Uploads; storage.maintenance.uploadpurging entfernt sie (standardmäßig nach 168 h)</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2 — --delete-untagged deletes its %n platform(s): %3</source>
        <translation>
            <numerusform>%1:%2 — --delete-untagged löscht seine %n Plattform: %3</numerusform>
            <numerusform>%1:%2 — --delete-untagged löscht seine %n Plattformen: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n untagged manifest(s) safely…</source>
        <translation>
            <numerusform>%n Manifest ohne Tag sicher &amp;löschen…</numerusform>
            <numerusform>%n Manifeste ohne Tag sicher &amp;löschen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete untagged manifests</source>
        <translation>Manifeste ohne Tag löschen</translation>
    </message>
    <message>
        <source>&lt;p&gt;These manifests of &lt;b&gt;%1&lt;/b&gt; carry no tag and no tag reaches them, directly or through an index. They are deleted through the API of &lt;b&gt;%2&lt;/b&gt;, which must be the registry serving that storage root; it is checked first.&lt;/p&gt;&lt;p&gt;Plain garbage-collect then frees %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Diese Manifeste von &lt;b&gt;%1&lt;/b&gt; tragen kein Tag, und kein Tag erreicht sie, weder direkt noch über einen Index. Sie werden über die API von &lt;b&gt;%2&lt;/b&gt; gelöscht, das die Registry dieses Speicherverzeichnisses sein muss; das wird zuerst geprüft.&lt;/p&gt;&lt;p&gt;Eine einfache garbage-collect gibt dann %3 frei.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n untagged manifest(s) deleted; plain garbage-collect now frees %1 (maintenance/gc.sh).</source>
        <translation>
            <numerusform>%n Manifest ohne Tag gelöscht; eine einfache garbage-collect gibt jetzt %1 frei (maintenance/gc.sh).</numerusform>
            <numerusform>%n Manifeste ohne Tag gelöscht; eine einfache garbage-collect gibt jetzt %1 frei (maintenance/gc.sh).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Warn above:</source>
        <translation>&amp;Warnen ab:</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>The health check (on start and Registry ▸ Check health) warns when the blobs under this storage root pass this size</source>
        <translation>Die Zustandsprüfung (beim Start und über Registry ▸ Zustand prüfen) warnt, wenn die Blobs unter diesem Speicherverzeichnis diese Größe überschreiten</translation>
    </message>
</context>
<context>
    <name>StorageRoot</name>
    <message>
        <source>a symbolic link that leads nowhere; not followed</source>
        <translation>ein symbolischer Link, der ins Leere führt; nicht verfolgt</translation>
    </message>
    <message>
        <source>a symbolic link that leads out of the storage root; not followed</source>
        <translation>ein symbolischer Link, der aus dem Speicherverzeichnis hinausführt; nicht verfolgt</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation>kann nicht gelesen werden (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <source>not followed</source>
        <translation>wird nicht verfolgt</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>is %1 bytes, more than the %2 bytes it may have</source>
        <translation>ist %1 Bytes groß, mehr als die erlaubten %2 Bytes</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is more than %1 bytes</source>
        <translation>ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>is not a digest link (&quot;%1&quot;)</source>
        <translation>ist kein Digest-Link („%1“)</translation>
    </message>
    <message>
        <source>no storage root given</source>
        <translation>kein Speicherverzeichnis angegeben</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a folder (give the storage root: storage.filesystem.rootdirectory of the registry&apos;s config.yml)</source>
        <translation>%1 ist kein Ordner (das Speicherverzeichnis angeben: storage.filesystem.rootdirectory aus der config.yml der Registry)</translation>
    </message>
    <message>
        <source>%1 is not a registry:2 storage root: it has no %2 folder (give storage.filesystem.rootdirectory of the registry&apos;s config.yml, e.g. /var/lib/docker-registry)</source>
        <translation>%1 ist kein registry:2-Speicherverzeichnis: Es hat keinen Ordner %2 (storage.filesystem.rootdirectory aus der config.yml der Registry angeben, z. B. /var/lib/docker-registry)</translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied): run this where the registry&apos;s data is, as a user who may read it</source>
        <translation>%1 kann nicht gelesen werden (Zugriff verweigert): dies dort ausführen, wo die Daten der Registry liegen, als Benutzer, der sie lesen darf</translation>
    </message>
    <message>
        <source>is corrupt: its bytes hash to %1</source>
        <translation>ist beschädigt: der Hash seiner Bytes ist %1</translation>
    </message>
    <message>
        <source>is not a manifest garbage-collect can read: %1</source>
        <translation>ist kein Manifest, das garbage-collect lesen kann: %1</translation>
    </message>
    <message>
        <source>a folder seen before through a symbolic link; not read again</source>
        <translation>ein bereits über einen symbolischen Link gesehener Ordner; nicht erneut gelesen</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep; not read further</source>
        <translation>mehr als %1 Ebenen tief verschachtelt; nicht weiter gelesen</translation>
    </message>
    <message>
        <source>is not a valid repository name: garbage-collect stops here with an error</source>
        <translation>ist kein gültiger Repository-Name: garbage-collect bricht hier mit einem Fehler ab</translation>
    </message>
    <message>
        <source>links %1, not the digest its folder names</source>
        <translation>verweist auf %1, nicht auf den Digest, den sein Ordner nennt</translation>
    </message>
    <message>
        <source>has manifests but no _layers folder: garbage-collect does not see this repository and deletes the blobs only it references</source>
        <translation>hat Manifeste, aber keinen Ordner _layers: garbage-collect sieht dieses Repository nicht und löscht die Blobs, die nur es referenziert</translation>
    </message>
    <message>
        <source>does not name a digest: garbage-collect stops here with an error</source>
        <translation>nennt keinen Digest: garbage-collect bricht hier mit einem Fehler ab</translation>
    </message>
    <message>
        <source>links the manifest %1, whose blob is missing (garbage-collect skips it)</source>
        <translation>verweist auf das Manifest %1, dessen Blob fehlt (garbage-collect überspringt es)</translation>
    </message>
    <message>
        <source>the manifest %1 %2; garbage-collect may stop at it with an error</source>
        <translation>das Manifest %1 %2; garbage-collect bricht dort möglicherweise mit einem Fehler ab</translation>
    </message>
</context>
<context>
    <name>StorageScanJob</name>
    <message>
        <source>Read the storage root %1</source>
        <translation>Speicherverzeichnis %1 lesen</translation>
    </message>
</context>
<context>
    <name>StorageSurvey</name>
    <message>
        <source>Survey the storage of %1</source>
        <translation>Speicher von %1 erfassen</translation>
    </message>
    <message>
        <source>%1 has no catalog: name the repositories to survey</source>
        <translation>%1 hat keinen Katalog: die zu erfassenden Repositories nennen</translation>
    </message>
    <message>
        <source>manifest %1 of %2: %3</source>
        <translation>Manifest %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What was checked and made. Finish adds the registry to the connections.</source>
        <translation>Was geprüft und erstellt wurde. „Fertigstellen“ fügt die Registry zu den Verbindungen hinzu.</translation>
    </message>
    <message>
        <source>Finish adds the connection “Intermediate registry (%1)” to the sidebar%2.</source>
        <translation>„Fertigstellen“ fügt die Verbindung „Zwischen-Registry (%1)“ zur Seitenleiste hinzu%2.</translation>
    </message>
    <message>
        <source>, marked insecure</source>
        <translation>, als unsicher markiert</translation>
    </message>
</context>
<context>
    <name>TagRemover</name>
    <message>
        <source>untag %1</source>
        <translation>Tag entfernen: %1</translation>
    </message>
    <message>
        <source>the registry&apos;s tag delete</source>
        <translation>Tag-Löschung der Registry</translation>
    </message>
    <message>
        <source>a unique placeholder manifest pushed to the tag and deleted by digest (registry:2 deletes only by digest)</source>
        <translation>ein eindeutiges Platzhalter-Manifest, auf das Tag gepusht und per Digest gelöscht (registry:2 löscht nur per Digest)</translation>
    </message>
    <message>
        <source>Docker Hub&apos;s web API</source>
        <translation>Web-API von Docker Hub</translation>
    </message>
    <message>
        <source>quay&apos;s API</source>
        <translation>API von quay</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>untag needs a tag without a digest (to delete by digest use delete): %1</source>
        <translation>untag braucht ein Tag ohne Digest (zum Löschen per Digest delete verwenden): %1</translation>
    </message>
    <message>
        <source>and restoring it failed too: %1</source>
        <translation>und auch die Wiederherstellung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the tag was restored to %1</source>
        <translation>das Tag wurde auf %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>removing the placeholder failed (%1); %2</source>
        <translation>Entfernen des Platzhalters fehlgeschlagen (%1); %2</translation>
    </message>
    <message>
        <source>the Docker Hub login</source>
        <translation>Docker-Hub-Anmeldung</translation>
    </message>
    <message>
        <source>Docker Hub refused the login of %1 (HTTP %2)</source>
        <translation>Docker Hub hat die Anmeldung von %1 abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <source>the Docker Hub tag %1</source>
        <translation>Docker-Hub-Tag %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>the quay tag %1</source>
        <translation>quay-Tag %1</translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message>
        <source>build %1</source>
        <translation>Build %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>%1 pipeline</source>
        <translation>Pipeline %1</translation>
    </message>
    <message>
        <source>%1 · change %2</source>
        <translation>%1 · Change %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Build %1
Job %2, project %3, pipeline %4
Result %5, ended %6
%7</source>
        <translation>Build %1
Job %2, Projekt %3, Pipeline %4
Ergebnis %5, beendet %6
%7</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Zuul</source>
        <translation>Zuul</translation>
    </message>
    <message>
        <source>Double-click: the change&apos;s builds and images on the Changes page</source>
        <translation>Doppelklick: Builds und Images des Changes auf der Seite Changes</translation>
    </message>
</context>
<context>
    <name>TemporaryRegistry</name>
    <message>
        <source>cannot prepare a temporary registry: %1</source>
        <translation>temporäre Registry kann nicht vorbereitet werden: %1</translation>
    </message>
</context>
<context>
    <name>TlsProbe</name>
    <message>
        <source>%1:%2 did not complete a TLS handshake within %3 s</source>
        <translation>%1:%2 hat den TLS-Handshake nicht innerhalb von %3 s abgeschlossen</translation>
    </message>
    <message>
        <source>wrong host: the certificate is for %1, not %2</source>
        <translation>falscher Host: das Zertifikat gilt für %1, nicht für %2</translation>
    </message>
    <message>
        <source>expired: the certificate expired on %1</source>
        <translation>abgelaufen: das Zertifikat ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>not yet valid: the certificate is valid from %1</source>
        <translation>noch nicht gültig: das Zertifikat ist ab %1 gültig</translation>
    </message>
    <message>
        <source>self-signed: the certificate signs itself and is not the trusted CA</source>
        <translation>selbstsigniert: das Zertifikat signiert sich selbst und ist nicht die vertrauenswürdige CA</translation>
    </message>
    <message>
        <source>untrusted root: the chain ends in a self-signed CA that is not trusted</source>
        <translation>nicht vertrauenswürdige Wurzel: die Kette endet in einer selbstsignierten CA, der nicht vertraut wird</translation>
    </message>
    <message>
        <source>unknown issuer: the certificate was not issued by a trusted CA</source>
        <translation>unbekannter Aussteller: das Zertifikat wurde nicht von einer vertrauenswürdigen CA ausgestellt</translation>
    </message>
    <message>
        <source>wrong usage: the certificate is not for TLS servers</source>
        <translation>falsche Verwendung: das Zertifikat ist nicht für TLS-Server bestimmt</translation>
    </message>
    <message>
        <source>older than TLS 1.2</source>
        <translation>älter als TLS 1.2</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>keine Verbindung zu %1:%2 möglich: %3</translation>
    </message>
</context>
<context>
    <name>TrustStep</name>
    <message>
        <source>TLS trust</source>
        <translation>TLS-Vertrauen</translation>
    </message>
    <message>
        <source>The certificates the registry presents. Compare the fingerprints with the registry&apos;s own before trusting them.</source>
        <translation>Die Zertifikate, die die Registry vorlegt. Vor dem Vertrauen die Fingerabdrücke mit denen der Registry selbst vergleichen.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Trust the &amp;system&apos;s certificate authorities</source>
        <translation>Den Zertifizierungsstellen des &amp;Systems vertrauen</translation>
    </message>
    <message>
        <source>&amp;Pin the CA this registry presents (kept for this connection only)</source>
        <translation>Von dieser Registry vorgelegte CA &amp;pinnen (nur für diese Verbindung gespeichert)</translation>
    </message>
    <message>
        <source>Use a CA &amp;file:</source>
        <translation>CA-Date&amp;i verwenden:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Do &amp;not verify: mark this registry INSECURE (anyone on the path can impersonate it)</source>
        <translation>&amp;Nicht prüfen: diese Registry als UNSICHER markieren (jeder auf dem Übertragungsweg kann sich als sie ausgeben)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>P&amp;rüfen</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>PEM certificates (*.crt *.pem);;All files (*)</source>
        <translation>PEM-Zertifikate (*.crt *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c02020&apos;&gt;TLS verification will be OFF for this registry.&lt;/b&gt; The connection is marked insecure everywhere it is used.</source>
        <translation>&lt;b style=&apos;color:#c02020&apos;&gt;Die TLS-Überprüfung wird für diese Registry ABGESCHALTET.&lt;/b&gt; Die Verbindung wird überall, wo sie verwendet wird, als unsicher markiert.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The certificate of %1 verifies</source>
        <translation>Das Zertifikat von %1 wurde erfolgreich geprüft</translation>
    </message>
    <message>
        <source>The certificate does not verify: %1</source>
        <translation>Prüfung des Zertifikats fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>TLS verification is OFF: the registry is marked insecure</source>
        <translation>TLS-Überprüfung ist AUS: die Registry ist als unsicher markiert</translation>
    </message>
    <message>
        <source>with its own CA pinned</source>
        <translation>mit gepinnter eigener CA</translation>
    </message>
    <message>
        <source>with the CA file %1</source>
        <translation>mit der CA-Datei %1</translation>
    </message>
    <message>
        <source>with the system&apos;s CAs</source>
        <translation>mit den CAs des Systems</translation>
    </message>
    <message>
        <source>TLS verified %1</source>
        <translation>TLS geprüft %1</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>ignoring %1: not a PEM certificate%2</source>
        <translation>%1 wird ignoriert: kein PEM-Zertifikat%2</translation>
    </message>
    <message>
        <source>ignoring client certificate %1: it needs a PEM certificate and a matching %2</source>
        <translation>Client-Zertifikat %1 wird ignoriert: es braucht ein PEM-Zertifikat und ein passendes %2</translation>
    </message>
</context>
<context>
    <name>UntaggedDeleter</name>
    <message>
        <source>Plan the deletion of untagged manifests on %1</source>
        <translation>Löschen der Manifeste ohne Tag auf %1 planen</translation>
    </message>
    <message>
        <source>Delete untagged manifests on %1</source>
        <translation>Manifeste ohne Tag auf %1 löschen</translation>
    </message>
    <message>
        <source>%1 (a registry in read-only mode, storage.maintenance.readonly.enabled: true, refuses deletes the same way: delete the untagged manifests first, then switch to read-only mode for garbage-collect)</source>
        <translation>%1 (eine Registry im Nur-Lese-Modus, storage.maintenance.readonly.enabled: true, verweigert Löschvorgänge auf dieselbe Weise: zuerst die Manifeste ohne Tag löschen, dann für garbage-collect in den Nur-Lese-Modus wechseln)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 does not serve the storage root %2 as it is now: its repository %3 has tags that the storage root does not have (%4) and lacks tags it has (%5). Name the registry whose data is %2, and run this while nothing pushes.</source>
        <translation>%1 stellt das Speicherverzeichnis %2 in seinem jetzigen Zustand nicht bereit: Das Repository %3 hat dort Tags, die das Speicherverzeichnis nicht hat (%4), und ihm fehlen Tags, die es hat (%5). Die Registry nennen, deren Daten in %2 liegen, und dies ausführen, während nichts pusht.</translation>
    </message>
    <message>
        <source>%1 does not serve the storage root %2: its tag %3:%4 is %5 there and %6 on disk. Name the registry whose data is %2.</source>
        <translation>%1 stellt das Speicherverzeichnis %2 nicht bereit: Das Tag %3:%4 ist dort %5 und auf der Platte %6. Die Registry nennen, deren Daten in %2 liegen.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>untagged, and no tag reaches it</source>
        <translation>ohne Tag, und kein Tag erreicht es</translation>
    </message>
</context>
<context>
    <name>UploadJob</name>
    <message>
        <source>blob %1 upload to %2</source>
        <translation>Blob %1 nach %2 hochladen</translation>
    </message>
    <message>
        <source>an upload needs a valid digest and size</source>
        <translation>ein Upload braucht einen gültigen Digest und eine gültige Größe</translation>
    </message>
    <message>
        <source>registry %1 opened an upload without a Location</source>
        <translation>Registry %1 hat einen Upload ohne Location geöffnet</translation>
    </message>
    <message>
        <source>cannot read the data of %1: %2</source>
        <translation>die Daten von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>registry %1 acknowledged bytes up to %2 of %3, expected %4</source>
        <translation>Registry %1 hat Bytes bis %2 von %3 bestätigt, erwartet war %4</translation>
    </message>
    <message>
        <source>registry %1 stored %2 as %3</source>
        <translation>Registry %1 hat %2 als %3 gespeichert</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;Comment the line out</source>
        <translation>Zeile aus&amp;kommentieren</translation>
    </message>
    <message>
        <source>Commented out; save to apply.</source>
        <translation>Auskommentiert; zum Übernehmen speichern.</translation>
    </message>
    <message>
        <source>htpasswd &amp;file:</source>
        <translation>htpasswd-&amp;Datei:</translation>
    </message>
    <message>
        <source>/var/registry/auth/htpasswd</source>
        <translation>/var/registry/auth/htpasswd</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>bcrypt &amp;cost:</source>
        <translation>bcrypt-&amp;Kosten:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generieren</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Set pass&amp;word</source>
        <translation>Pass&amp;wort setzen</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>P&amp;rüfen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Live login check on:</source>
        <translation>Live-Anmeldeprüfung an:</translation>
    </message>
    <message>
        <source>host:port of the registry using this file</source>
        <translation>host:port der Registry, die diese Datei verwendet</translation>
    </message>
    <message>
        <source>&amp;Check login</source>
        <translation>Anmeldung &amp;testen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Usable by the registry</source>
        <translation>Für die Registry verwendbar</translation>
    </message>
    <message>
        <source>Open htpasswd file</source>
        <translation>htpasswd-Datei öffnen</translation>
    </message>
    <message>
        <source>Open an htpasswd file first.</source>
        <translation>Zuerst eine htpasswd-Datei öffnen.</translation>
    </message>
    <message>
        <source>The password matches %1.</source>
        <translation>Das Passwort stimmt mit %1 überein.</translation>
    </message>
    <message>
        <source>The password does not match %1.</source>
        <translation>Das Passwort stimmt nicht mit %1 überein.</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>Keine Datei geöffnet</translation>
    </message>
    <message>
        <source>invalid line</source>
        <translation>ungültige Zeile</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Enter or generate a password first.</source>
        <translation>Zuerst ein Passwort eingeben oder generieren.</translation>
    </message>
    <message>
        <source>User %1 already exists; use Set password to change it.</source>
        <translation>Benutzer %1 existiert bereits; zum Ändern „Passwort setzen“ verwenden.</translation>
    </message>
    <message>
        <source>There is no user %1 to change.</source>
        <translation>Es gibt keinen Benutzer %1 zum Ändern.</translation>
    </message>
    <message>
        <source>bcrypt hashing failed</source>
        <translation>bcrypt-Hashing fehlgeschlagen</translation>
    </message>
    <message>
        <source>Added %1; save to apply.</source>
        <translation>%1 hinzugefügt; zum Übernehmen speichern.</translation>
    </message>
    <message>
        <source>Changed the password of %1; save to apply.</source>
        <translation>Passwort von %1 geändert; zum Übernehmen speichern.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>Saved %1. registry:2 reads the change at once.</source>
        <translation>%1 gespeichert. registry:2 liest die Änderung sofort ein.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>%1 can log in to %2.</source>
        <translation>%1 kann sich bei %2 anmelden.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was opened.</source>
        <translation>%1 wurde seit dem Öffnen von jemand anderem geändert.</translation>
    </message>
    <message>
        <source>&amp;Merge my changes into it</source>
        <translation>Meine Änderungen darin &amp;zusammenführen</translation>
    </message>
    <message>
        <source>&amp;Overwrite their changes</source>
        <translation>Fremde Änderungen über&amp;schreiben</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
</context>
<context>
    <name>ZuulApi</name>
    <message>
        <source>Zuul API %1</source>
        <translation>Zuul-API %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zuul build uuid</source>
        <translation>„%1“ ist keine Zuul-Build-UUID</translation>
    </message>
    <message>
        <source>Zuul answered build %1 with something else</source>
        <translation>Zuul hat auf Build %1 mit etwas anderem geantwortet</translation>
    </message>
    <message>
        <source>Zuul&apos;s builds answer is not a list</source>
        <translation>die Builds-Antwort von Zuul ist keine Liste</translation>
    </message>
    <message>
        <source>%1 does not look like Zuul: /api/info is not JSON</source>
        <translation>%1 sieht nicht nach Zuul aus: /api/info ist kein JSON</translation>
    </message>
    <message>
        <source>%1 serves only the tenant %2, not %3</source>
        <translation>%1 bedient nur den Tenant %2, nicht %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zuul project name</source>
        <translation>„%1“ ist kein Zuul-Projektname</translation>
    </message>
    <message>
        <source>Zuul at %1 knows no project %2 in tenant %3</source>
        <translation>Zuul unter %1 kennt kein Projekt %2 im Tenant %3</translation>
    </message>
    <message>
        <source>Zuul&apos;s answer for the key of %1 is not a PEM public key</source>
        <translation>die Antwort von Zuul auf den Schlüssel von %1 ist kein öffentlicher PEM-Schlüssel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zuul buildset uuid</source>
        <translation>„%1“ ist keine Zuul-Buildset-UUID</translation>
    </message>
    <message>
        <source>Zuul at %1 knows no buildset %2 in tenant %3</source>
        <translation>Zuul unter %1 kennt kein Buildset %2 im Tenant %3</translation>
    </message>
    <message>
        <source>Zuul answered buildset %1 with something else</source>
        <translation>Zuul beantwortete Buildset %1 mit etwas anderem</translation>
    </message>
</context>
<context>
    <name>ZuulArtifact</name>
    <message>
        <source>the image artifact %1 has no docker:// URL</source>
        <translation>das Image-Artefakt %1 hat keine docker://-URL</translation>
    </message>
    <message>
        <source>the image artifact %1 names no registry</source>
        <translation>das Image-Artefakt %1 nennt keine Registry</translation>
    </message>
    <message>
        <source>the image artifact %1: %2</source>
        <translation>das Image-Artefakt %1: %2</translation>
    </message>
</context>
<context>
    <name>ZuulImage</name>
    <message>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
</context>
<context>
    <name>ZuulImagesJob</name>
    <message>
        <source>Images of change %1</source>
        <translation>Images von Change %1</translation>
    </message>
    <message>
        <source>Images of buildset %1</source>
        <translation>Images von Buildset %1</translation>
    </message>
    <message>
        <source>reading the builds from Zuul</source>
        <translation>Builds werden von Zuul gelesen</translation>
    </message>
    <message numerus="yes">
        <source>checking %n image(s) in their registries</source>
        <translation>
            <numerusform>%n Image wird in seiner Registry geprüft</numerusform>
            <numerusform>%n Images werden in ihren Registries geprüft</numerusform>
        </translation>
    </message>
    <message>
        <source>no connection is set up for %1</source>
        <translation>für %1 ist keine Verbindung eingerichtet</translation>
    </message>
</context>
<context>
    <name>ZuulLink</name>
    <message>
        <source>&quot;%1&quot; is neither a change number nor a Zuul or review URL</source>
        <translation>„%1“ ist weder eine Change-Nummer noch eine Zuul- oder Review-URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no %2 uuid</source>
        <translation>„%1“ nennt keine %2-UUID</translation>
    </message>
    <message>
        <source>%1 is not a Zuul buildset, build or change URL, nor a review URL</source>
        <translation>%1 ist weder eine Zuul-URL eines Buildsets, Builds oder Changes noch eine Review-URL</translation>
    </message>
</context>
<context>
    <name>ZuulPromoter</name>
    <message numerus="yes">
        <source>Plan the promotion of %n image(s) to %1</source>
        <translation>
            <numerusform>Beförderung von %n Image nach %1 planen</numerusform>
            <numerusform>Beförderung von %n Images nach %1 planen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promote %n image(s) to %1</source>
        <translation>
            <numerusform>%n Image nach %1 befördern</numerusform>
            <numerusform>%n Images nach %1 befördern</numerusform>
        </translation>
    </message>
    <message>
        <source>the image artifact %1 names no usable repository and tag (&quot;%2&quot;, &quot;%3&quot;)</source>
        <translation>das Image-Artefakt %1 nennt kein verwendbares Repository und Tag („%2“, „%3“)</translation>
    </message>
    <message>
        <source>the build left no container images to promote</source>
        <translation>der Build hinterließ keine Container-Images zum Befördern</translation>
    </message>
    <message>
        <source>resolving %1</source>
        <translation>%1 wird aufgelöst</translation>
    </message>
    <message>
        <source>copying %1 to %2</source>
        <translation>%1 wird nach %2 kopiert</translation>
    </message>
    <message>
        <source>no connection is set up for %1, where %2 is</source>
        <translation>für %1, wo %2 liegt, ist keine Verbindung eingerichtet</translation>
    </message>
    <message>
        <source>%1 serves %2 after the copy, not the source&apos;s %3</source>
        <translation>%1 liefert nach dem Kopieren %2, nicht %3 der Quelle</translation>
    </message>
</context>
<context>
    <name>ZuulSecretStep</name>
    <message>
        <source>Zuul secret</source>
        <translation>Zuul-Secret</translation>
    </message>
    <message>
        <source>The secret that gives Zuul&apos;s jobs the registry, with the password encrypted for the config-project. Optional: skip with Next.</source>
        <translation>Das Secret, das den Jobs von Zuul die Registry bereitstellt, mit dem Passwort verschlüsselt für das config-project. Optional: mit „Weiter“ überspringen.</translation>
    </message>
    <message>
        <source>&amp;Zuul URL:</source>
        <translation>&amp;Zuul-URL:</translation>
    </message>
    <message>
        <source>https://zuul.example.org</source>
        <translation>https://zuul.example.org</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Tenant:</translation>
    </message>
    <message>
        <source>Config-&amp;project:</source>
        <translation>Config-&amp;project:</translation>
    </message>
    <message>
        <source>e.g. example/project-config</source>
        <translation>z. B. example/project-config</translation>
    </message>
    <message>
        <source>or public &amp;key file:</source>
        <translation>oder öffentliche &amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Site name:</source>
        <translation>Site-&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Get the key and encrypt</source>
        <translation>Schlüssel &amp;holen und verschlüsseln</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>The project&apos;s public key</source>
        <translation>Öffentlicher Schlüssel des Projekts</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.pub);;All files (*)</source>
        <translation>PEM-Schlüssel (*.pem *.pub);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the Zuul secret</source>
        <translation>Zuul-Secret speichern</translation>
    </message>
    <message>
        <source>YAML (*.yaml)</source>
        <translation>YAML (*.yaml)</translation>
    </message>
    <message>
        <source>The site name may hold lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Der Site-Name darf Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;_&apos; enthalten.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Give the Zuul URL, tenant and config-project, or a public key file.</source>
        <translation>Zuul-URL, Tenant und config-project oder eine öffentliche Schlüsseldatei angeben.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 wird abgefragt…</translation>
    </message>
    <message>
        <source>Zuul&apos;s key for %1</source>
        <translation>Schlüssel von Zuul für %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: RSA %2 bits, SHA-256 fingerprint %3. Compare it with the key Zuul shows for the project before committing.</source>
        <translation>%1: RSA %2 Bit, SHA-256-Fingerabdruck %3. Vor dem Committen mit dem Schlüssel vergleichen, den Zuul für das Projekt anzeigt.</translation>
    </message>
    <message>
        <source>Zuul secret %1 encrypted for the config-project</source>
        <translation>Zuul-Secret %1 für das config-project verschlüsselt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desk for Zuul container-image registries.</source>
        <translation>Verwaltung von Registrys für Zuul-Container-Images.</translation>
    </message>
    <message>
        <source>Open this registry (host:port).</source>
        <translation>Diese Registry öffnen (host:port).</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>registry</translation>
    </message>
    <message>
        <source>Credentials file (auth.json).</source>
        <translation>Datei mit Zugangsdaten (auth.json).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>CA certificates in certs.d layout.</source>
        <translation>CA-Zertifikate im certs.d-Layout.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>verzeichnis</translation>
    </message>
    <message>
        <source>false skips TLS verification.</source>
        <translation>false überspringt die TLS-Überprüfung.</translation>
    </message>
    <message>
        <source>bool</source>
        <translation>bool</translation>
    </message>
    <message>
        <source>Show the three registries of this sandbox directory.</source>
        <translation>Die drei Registrys dieses Sandbox-Verzeichnisses anzeigen.</translation>
    </message>
    <message>
        <source>Open this repository (and tag) on the Browse page.</source>
        <translation>Dieses Repository (und Tag) auf der Seite „Durchsuchen“ öffnen.</translation>
    </message>
    <message>
        <source>repository[:tag]</source>
        <translation>repository[:tag]</translation>
    </message>
    <message>
        <source>Rehearse the gating flow on the Flows page (with --sandbox).</source>
        <translation>Den Gating-Ablauf auf der Seite „Abläufe“ proben (mit --sandbox).</translation>
    </message>
    <message>
        <source>Open the registry setup wizard.</source>
        <translation>Den Assistenten zur Registry-Einrichtung öffnen.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>seite</translation>
    </message>
    <message>
        <source>Compare two images on the Diff page (give it twice: A, then B).</source>
        <translation>Zwei Images auf der Seite „Vergleich“ vergleichen (zweimal angeben: A, dann B).</translation>
    </message>
    <message>
        <source>host:port/repository:tag</source>
        <translation>host:port/repository:tag</translation>
    </message>
    <message>
        <source>Open this htpasswd file on the Users page.</source>
        <translation>Diese htpasswd-Datei auf der Seite „Benutzer“ öffnen.</translation>
    </message>
    <message>
        <source>Show this certificate directory on the Certificates page.</source>
        <translation>Dieses Zertifikatsverzeichnis auf der Seite „Zertifikate“ anzeigen.</translation>
    </message>
    <message>
        <source>Open on this page: %1.</source>
        <translation>Auf dieser Seite öffnen: %1.</translation>
    </message>
</context>
</TS>
