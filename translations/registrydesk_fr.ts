<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivityPanel</name>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>&amp;Annuler la tâche</translation>
    </message>
    <message>
        <source>Clear &amp;finished</source>
        <translation>&amp;Effacer les tâches terminées</translation>
    </message>
    <message>
        <source>HTTP &amp;trace</source>
        <translation>&amp;Trace HTTP</translation>
    </message>
    <message>
        <source>Select a job to see its events and its HTTP exchanges (credentials are never shown).</source>
        <translation>Sélectionnez une tâche pour voir ses événements et ses échanges HTTP (les identifiants ne sont jamais affichés).</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>started: %1</source>
        <translation>démarrée: %1</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>done in %1 s</source>
        <translation>terminée en %1 s</translation>
    </message>
    <message>
        <source>done: %1 (%2 s)</source>
        <translation>terminée: %1 (%2 s)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>annulée: %1</translation>
    </message>
    <message>
        <source>failed: %1: %2</source>
        <translation>échec: %1: %2</translation>
    </message>
</context>
<context>
    <name>AgeHistogram</name>
    <message>
        <source>&lt; 1 day</source>
        <translation>&lt; 1 jour</translation>
    </message>
    <message>
        <source>built in the last 24 hours</source>
        <translation>de moins de 24 heures</translation>
    </message>
    <message>
        <source>&lt; 1 week</source>
        <translation>&lt; 1 semaine</translation>
    </message>
    <message>
        <source>1 to 7 days old</source>
        <translation>de 1 à 7 jours</translation>
    </message>
    <message>
        <source>&lt; 1 month</source>
        <translation>&lt; 1 mois</translation>
    </message>
    <message>
        <source>7 to 30 days old</source>
        <translation>de 7 à 30 jours</translation>
    </message>
    <message>
        <source>&lt; 3 months</source>
        <translation>&lt; 3 mois</translation>
    </message>
    <message>
        <source>30 to 90 days old</source>
        <translation>de 30 à 90 jours</translation>
    </message>
    <message>
        <source>older</source>
        <translation>plus ancien</translation>
    </message>
    <message>
        <source>more than 90 days old</source>
        <translation>de plus de 90 jours</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>no creation time in the image configuration</source>
        <translation>sans date de création dans la configuration de l&apos;image</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) %1</source>
        <translation>
            <numerusform>%n tag %1</numerusform>
            <numerusform>%n tags %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1: %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>impossible de créer le répertoire %1</translation>
    </message>
    <message>
        <source>cannot set permissions</source>
        <translation>impossible de définir les permissions</translation>
    </message>
</context>
<context>
    <name>AuthFile</name>
    <message>
        <source>cannot read the auth file %1: %2</source>
        <translation>impossible de lire le fichier d&apos;authentification %1: %2</translation>
    </message>
    <message>
        <source>the auth file %1 is not valid JSON (%2)</source>
        <translation>le fichier d&apos;authentification %1 n&apos;est pas du JSON valide (%2)</translation>
    </message>
    <message>
        <source>invalid credential helper name &quot;%1&quot;</source>
        <translation>nom d&apos;assistant d&apos;identifiants invalide « %1 »</translation>
    </message>
    <message>
        <source>credential helper %1 is not installed</source>
        <translation>l&apos;assistant d&apos;identifiants %1 n&apos;est pas installé</translation>
    </message>
    <message>
        <source>credential helper %1 has no credentials (%2)</source>
        <translation>l&apos;assistant d&apos;identifiants %1 n&apos;a pas d&apos;identifiants (%2)</translation>
    </message>
    <message>
        <source>credential helper %1 answered without a secret</source>
        <translation>l&apos;assistant d&apos;identifiants %1 a répondu sans secret</translation>
    </message>
    <message>
        <source>cannot run credential helper %1</source>
        <translation>impossible d&apos;exécuter l&apos;assistant d&apos;identifiants %1</translation>
    </message>
</context>
<context>
    <name>BlobJob</name>
    <message>
        <source>blob %1 in %2</source>
        <translation>blob %1 dans %2</translation>
    </message>
    <message>
        <source>invalid blob digest</source>
        <translation>digest de blob invalide</translation>
    </message>
    <message>
        <source>registry %1 cannot resume %2 at byte %3</source>
        <translation>le registre %1 ne peut pas reprendre %2 à l&apos;octet %3</translation>
    </message>
    <message>
        <source>registry %1 sent more than the %2 bytes of %3</source>
        <translation>le registre %1 a envoyé plus que les %2 octets de %3</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1: %2</translation>
    </message>
    <message>
        <source>registry %1 sent %2 bytes of %3, expected %4</source>
        <translation>le registre %1 a envoyé %2 octets de %3, %4 attendus</translation>
    </message>
    <message>
        <source>registry %1 sent bytes for %2 that hash to %3</source>
        <translation>le registre %1 a envoyé pour %2 des octets dont le hachage est %3</translation>
    </message>
</context>
<context>
    <name>BlobRelay</name>
    <message>
        <source>%1 answered an upload with something that is not HTTP</source>
        <translation>%1 a répondu à un envoi par autre chose que du HTTP</translation>
    </message>
    <message>
        <source>the source answered HTTP %1 with %2 bytes</source>
        <translation>la source a répondu HTTP %1 avec %2 octets</translation>
    </message>
    <message>
        <source>registry %1 sent bytes for %2 that hash to %3</source>
        <translation>le registre %1 a envoyé pour %2 des octets dont l’empreinte est %3</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of a blob</source>
        <translation>%1 a fermé la connexion au milieu d’un blob</translation>
    </message>
    <message>
        <source>%1 is not the registry&apos;s own origin</source>
        <translation>%1 n’est pas l’origine propre du registre</translation>
    </message>
    <message>
        <source>relay declined: %1</source>
        <translation>relais refusé : %1</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Reload repositories and tags (F5)</source>
        <translation>Recharger les dépôts et les tags (F5)</translation>
    </message>
    <message>
        <source>Copy to…</source>
        <translation>Copier vers…</translation>
    </message>
    <message>
        <source>Promote…</source>
        <translation>Promouvoir…</translation>
    </message>
    <message>
        <source>Untag</source>
        <translation>Retirer le tag</translation>
    </message>
    <message>
        <source>Remove the selected tags, keeping other tags of the same image (Del)</source>
        <translation>Retirer les tags sélectionnés, en conservant les autres tags de la même image (Suppr)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the image by digest, with every tag on it (Shift+Del)</source>
        <translation>Supprimer l&apos;image par digest, avec tous ses tags (Maj+Suppr)</translation>
    </message>
    <message>
        <source>Prune…</source>
        <translation>Nettoyer…</translation>
    </message>
    <message>
        <source>Diff with…</source>
        <translation>Comparer avec…</translation>
    </message>
    <message>
        <source>Compare the selected tag with another image, or the two selected tags with each other</source>
        <translation>Comparer le tag sélectionné avec une autre image, ou les deux tags sélectionnés entre eux</translation>
    </message>
    <message>
        <source>Filter repositories (Ctrl+F)</source>
        <translation>Filtrer les dépôts (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open repository by name</source>
        <translation>Ouvrir un dépôt par son nom</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Filter tags</source>
        <translation>Filtrer les tags</translation>
    </message>
    <message>
        <source>%1 tags, %2 inspected</source>
        <translation>%1 tags, %2 inspectés</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message>
        <source>No tags: the repository is empty, or every tag was removed (its blobs stay until the registry&apos;s garbage collection).</source>
        <translation>Aucun tag: le dépôt est vide, ou tous les tags ont été retirés (ses blobs restent jusqu&apos;au ramasse-miettes du registre).</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Copié: %1</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>Copier la référence</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>● reachable, %1 auth</source>
        <translation>● joignable, authentification %1</translation>
    </message>
    <message>
        <source>, %1 pulls left</source>
        <translation>, %1 pulls restants</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>Cannot use %1</source>
        <translation>Impossible d&apos;utiliser %1</translation>
    </message>
    <message>
        <source>No connection selected</source>
        <translation>Aucune connexion sélectionnée</translation>
    </message>
    <message>
        <source>TLS verification is OFF for %1: anyone on the network path can impersonate this registry.</source>
        <translation>La vérification TLS est DÉSACTIVÉE pour %1: n&apos;importe qui sur le chemin réseau peut usurper l&apos;identité de ce registre.</translation>
    </message>
    <message>
        <source>List repositories of %1</source>
        <translation>Lister les dépôts de %1</translation>
    </message>
    <message>
        <source>%1 Type a repository name below to open it; it is remembered.</source>
        <translation>%1 Saisissez ci-dessous un nom de dépôt pour l&apos;ouvrir; il sera mémorisé.</translation>
    </message>
    <message>
        <source>Listing repositories failed</source>
        <translation>Échec du listage des dépôts</translation>
    </message>
    <message>
        <source>%1 repositories, more as you scroll</source>
        <translation>%1 dépôts, d&apos;autres en faisant défiler</translation>
    </message>
    <message numerus="yes">
        <source>%n repository(ies)</source>
        <translation>
            <numerusform>%n dépôt</numerusform>
            <numerusform>%n dépôts</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a repository name (lower case, digits and . _ - / only).</source>
        <translation>« %1 » n&apos;est pas un nom de dépôt (minuscules, chiffres et . _ - / uniquement).</translation>
    </message>
    <message>
        <source>List tags of %1</source>
        <translation>Lister les tags de %1</translation>
    </message>
    <message>
        <source>Listing the tags of %1 failed</source>
        <translation>Échec du listage des tags de %1</translation>
    </message>
    <message>
        <source>Check the username and password of this connection (Edit…).</source>
        <translation>Vérifiez le nom d&apos;utilisateur et le mot de passe de cette connexion (Modifier…).</translation>
    </message>
    <message>
        <source>Give the connection the CA that signed the registry&apos;s certificate (Edit… ▸ CA file).</source>
        <translation>Indiquez pour la connexion la CA qui a signé le certificat du registre (Modifier… ▸ Fichier CA).</translation>
    </message>
    <message>
        <source>Is the registry running and the address right?</source>
        <translation>Le registre est-il démarré et l&apos;adresse est-elle correcte?</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Copied %1 to %2.</source>
        <translation>%1 copié vers %2.</translation>
    </message>
    <message>
        <source>Promoted %1 to %2 (manifest only).</source>
        <translation>%1 promu en %2 (manifeste uniquement).</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n tag(s) from &lt;b&gt;%1&lt;/b&gt;? Other tags of the same images stay; the images themselves stay until nothing refers to them.</source>
        <translation>
            <numerusform>Retirer %n tag de &lt;b&gt;%1&lt;/b&gt;? Les autres tags des mêmes images restent; les images elles-mêmes restent jusqu&apos;à ce que plus rien n&apos;y fasse référence.</numerusform>
            <numerusform>Retirer %n tags de &lt;b&gt;%1&lt;/b&gt;? Les autres tags des mêmes images restent; les images elles-mêmes restent jusqu&apos;à ce que plus rien n&apos;y fasse référence.</numerusform>
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
        <translation>Tag %1 retiré.</translation>
    </message>
    <message>
        <source>Looking up what %1 deletes</source>
        <translation>Recherche de ce que %1 supprime</translation>
    </message>
    <message>
        <source>Delete image</source>
        <translation>Supprimer l&apos;image</translation>
    </message>
    <message numerus="yes">
        <source>Delete the image &lt;code&gt;%1&lt;/code&gt; from &lt;b&gt;%2&lt;/b&gt;? The registry removes it with &lt;b&gt;every tag below&lt;/b&gt; (%n tag(s)); this cannot be undone.</source>
        <translation>
            <numerusform>Supprimer l&apos;image &lt;code&gt;%1&lt;/code&gt; de &lt;b&gt;%2&lt;/b&gt;? Le registre la supprime avec &lt;b&gt;tous les tags ci-dessous&lt;/b&gt; (%n tag); cette action est irréversible.</numerusform>
            <numerusform>Supprimer l&apos;image &lt;code&gt;%1&lt;/code&gt; de &lt;b&gt;%2&lt;/b&gt;? Le registre la supprime avec &lt;b&gt;tous les tags ci-dessous&lt;/b&gt; (%n tags); cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tag that disappears</source>
        <translation>Tag qui disparaît</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Pruned %1.</source>
        <translation>%1 nettoyé.</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Parcourir</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n tag(s) to %1.</source>
        <translation>
            <numerusform>%n tag copié vers %1.</numerusform>
            <numerusform>%n tags copiés vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n copies failed; the activity panel says why.</source>
        <translation>
            <numerusform>Copies échouées : %1 sur %n ; le panneau d’activité dit pourquoi.</numerusform>
            <numerusform>Copies échouées : %1 sur %n ; le panneau d’activité dit pourquoi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuildsetFlow</name>
    <message>
        <source>Intermediate registry</source>
        <translation>Registre intermédiaire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>build %1 (%2) pushed %3 at %4</source>
        <translation>le build %1 (%2) a poussé %3 à %4</translation>
    </message>
    <message>
        <source>the build ended %1</source>
        <translation>le build s&apos;est terminé en %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>build %1 of %2, change %3 patchset %4, took it at %5</source>
        <translation>le build %1 de %2, change %3 patchset %4, l&apos;a pris à %5</translation>
    </message>
</context>
<context>
    <name>BundleTrial</name>
    <message>
        <source>docker-registry is not installed here (Debian/Ubuntu package docker-registry)</source>
        <translation>docker-registry n&apos;est pas installé ici (paquet Debian/Ubuntu docker-registry)</translation>
    </message>
    <message>
        <source>cannot prepare the trial: %1</source>
        <translation>impossible de préparer l&apos;essai: %1</translation>
    </message>
    <message>
        <source>the bundle&apos;s registry did not start: %1</source>
        <translation>le registre du bundle n&apos;a pas démarré: %1</translation>
    </message>
</context>
<context>
    <name>CertificateFactory</name>
    <message>
        <source>a CA needs a name and a validity of 1 to 36500 days</source>
        <translation>une CA nécessite un nom et une validité de 1 à 36500 jours</translation>
    </message>
    <message>
        <source>generating the CA key failed</source>
        <translation>la génération de la clé de la CA a échoué</translation>
    </message>
    <message>
        <source>signing the CA certificate failed</source>
        <translation>la signature du certificat de la CA a échoué</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS name or IP address</source>
        <translation>« %1 » n&apos;est ni un nom DNS ni une adresse IP</translation>
    </message>
    <message>
        <source>a server certificate needs at least one DNS or IP name and a validity of 1 to 3650 days</source>
        <translation>un certificat serveur nécessite au moins un nom DNS ou IP et une validité de 1 à 3650 jours</translation>
    </message>
    <message>
        <source>the CA certificate or key is not readable PEM</source>
        <translation>le certificat ou la clé de la CA n&apos;est pas du PEM lisible</translation>
    </message>
    <message>
        <source>the CA key does not belong to the CA certificate</source>
        <translation>la clé de la CA ne correspond pas au certificat de la CA</translation>
    </message>
    <message>
        <source>generating the server key failed</source>
        <translation>la génération de la clé du serveur a échoué</translation>
    </message>
    <message>
        <source>signing the server certificate failed</source>
        <translation>la signature du certificat serveur a échoué</translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>unknown key</source>
        <translation>clé inconnue</translation>
    </message>
    <message>
        <source>no PEM certificate found</source>
        <translation>aucun certificat PEM trouvé</translation>
    </message>
    <message>
        <source>%1 of %2 PEM certificates are corrupt</source>
        <translation>%1 des %2 certificats PEM sont corrompus</translation>
    </message>
    <message>
        <source>the certificate is not readable PEM</source>
        <translation>le certificat n&apos;est pas du PEM lisible</translation>
    </message>
    <message>
        <source>the key is not a readable, unencrypted PEM key</source>
        <translation>la clé n&apos;est pas une clé PEM lisible et non chiffrée</translation>
    </message>
    <message>
        <source>the key belongs to another certificate</source>
        <translation>la clé appartient à un autre certificat</translation>
    </message>
    <message>
        <source>certificate %1 (%2) was not issued by certificate %3 (%4): the chain is out of order</source>
        <translation>le certificat %1 (%2) n&apos;a pas été émis par le certificat %3 (%4): la chaîne n&apos;est pas dans le bon ordre</translation>
    </message>
    <message>
        <source>the first certificate is a CA; the server&apos;s own certificate must come first</source>
        <translation>le premier certificat est une CA; le certificat propre du serveur doit venir en premier</translation>
    </message>
    <message>
        <source>no certificate to verify</source>
        <translation>aucun certificat à vérifier</translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation>le certificat a expiré</translation>
    </message>
    <message>
        <source>the certificate is not valid yet</source>
        <translation>le certificat n&apos;est pas encore valide</translation>
    </message>
    <message>
        <source>the certificate is not valid for %1</source>
        <translation>le certificat n&apos;est pas valide pour %1</translation>
    </message>
    <message>
        <source>the certificate is self-signed and not the trusted CA</source>
        <translation>le certificat est auto-signé et n&apos;est pas la CA de confiance</translation>
    </message>
    <message>
        <source>the certificate was not issued by the trusted CA</source>
        <translation>le certificat n&apos;a pas été émis par la CA de confiance</translation>
    </message>
    <message>
        <source>the certificate is not for TLS servers (serverAuth)</source>
        <translation>le certificat n&apos;est pas destiné aux serveurs TLS (serverAuth)</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 a expiré le %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 expires in %n day(s), on %2</source>
        <translation>
            <numerusform>%1 expire dans %n jour, le %2</numerusform>
            <numerusform>%1 expire dans %n jours, le %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not valid before %2</source>
        <translation>%1 n&apos;est pas valide avant le %2</translation>
    </message>
    <message>
        <source>unreadable key</source>
        <translation>clé illisible</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>&amp;Directory:</source>
        <translation>&amp;Répertoire:</translation>
    </message>
    <message>
        <source>where ca.crt, ca.key, domain.crt and domain.key live</source>
        <translation>emplacement de ca.crt, ca.key, domain.crt et domain.key</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom:</translation>
    </message>
    <message>
        <source>Intermediate Registry CA</source>
        <translation>CA du registre intermédiaire</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé:</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Jours:</translation>
    </message>
    <message>
        <source>Create &amp;CA</source>
        <translation>Créer la &amp;CA</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificat serveur</translation>
    </message>
    <message>
        <source>Names (one per line):</source>
        <translation>Noms (un par ligne):</translation>
    </message>
    <message>
        <source>DNS:registry.example.org
IP:192.0.2.10</source>
        <translation>DNS:registry.example.org
IP:192.0.2.10</translation>
    </message>
    <message>
        <source>Create &amp;server certificate</source>
        <translation>Créer le certificat &amp;serveur</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mporter…</translation>
    </message>
    <message>
        <source>&amp;Inspect domain.crt</source>
        <translation>&amp;Inspecter domain.crt</translation>
    </message>
    <message>
        <source>host:port of a live registry</source>
        <translation>hôte:port d&apos;un registre en service</translation>
    </message>
    <message>
        <source>&amp;Probe</source>
        <translation>S&amp;onder</translation>
    </message>
    <message>
        <source>&amp;Export CA for clients…</source>
        <translation>&amp;Exporter la CA pour les clients…</translation>
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
        <translation>Répertoire des certificats</translation>
    </message>
    <message>
        <source>Server certificate (PEM)</source>
        <translation>Certificat serveur (PEM)</translation>
    </message>
    <message>
        <source>Its private key (PEM)</source>
        <translation>Sa clé privée (PEM)</translation>
    </message>
    <message>
        <source>Intermediate chain (PEM, optional)</source>
        <translation>Chaîne intermédiaire (PEM, facultative)</translation>
    </message>
    <message>
        <source>Choose a directory first.</source>
        <translation>Choisissez d&apos;abord un répertoire.</translation>
    </message>
    <message>
        <source>%1 already has a CA; choose another directory to keep it safe.</source>
        <translation>%1 contient déjà une CA; choisissez un autre répertoire pour la préserver.</translation>
    </message>
    <message>
        <source>Created ca.crt and ca.key (0600) in %1.</source>
        <translation>ca.crt et ca.key (0600) créés dans %1.</translation>
    </message>
    <message>
        <source>The directory needs ca.crt and ca.key: create or import a CA first.</source>
        <translation>Le répertoire doit contenir ca.crt et ca.key: créez ou importez d&apos;abord une CA.</translation>
    </message>
    <message>
        <source>Created domain.crt (with the CA) and domain.key (0600) in %1.</source>
        <translation>domain.crt (avec la CA) et domain.key (0600) créés dans %1.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé: %1</translation>
    </message>
    <message>
        <source>Imported domain.crt and domain.key (0600) into %1.</source>
        <translation>domain.crt et domain.key (0600) importés dans %1.</translation>
    </message>
    <message>
        <source>Certificate %1%2
</source>
        <translation>Certificat %1%2
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
        <translation>  Sujet:     %1
  Émetteur:  %2
</translation>
    </message>
    <message>
        <source>  Names:    %1
</source>
        <translation>  Noms:      %1
</translation>
    </message>
    <message>
        <source>  Valid:    %1 to %2
  Key:      %3
  SHA-256:  %4

</source>
        <translation>  Validité:  du %1 au %2
  Clé:       %3
  SHA-256:   %4

</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>expiring or expired</source>
        <translation>expire bientôt ou a expiré</translation>
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
        <translation>vérification par rapport à ca.crt: %1</translation>
    </message>
    <message>
        <source>Key and chain order are in order (no ca.crt here to check the signature against).</source>
        <translation>La clé et l&apos;ordre de la chaîne sont corrects (pas de ca.crt ici pour vérifier la signature).</translation>
    </message>
    <message>
        <source>Key, chain order and CA signature are in order.</source>
        <translation>La clé, l&apos;ordre de la chaîne et la signature de la CA sont corrects.</translation>
    </message>
    <message>
        <source>Give the port too (host:port).</source>
        <translation>Indiquez aussi le port (hôte:port).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Vérifié.</translation>
    </message>
    <message>
        <source>Does not verify: %1</source>
        <translation>Échec de la vérification: %1</translation>
    </message>
    <message>
        <source>Exporting needs ca.crt in the directory and the registry&apos;s host:port in the probe field.</source>
        <translation>L&apos;export nécessite ca.crt dans le répertoire et l&apos;hôte:port du registre dans le champ de sondage.</translation>
    </message>
    <message>
        <source>Export certs.d for clients</source>
        <translation>Exporter certs.d pour les clients</translation>
    </message>
    <message>
        <source>Wrote %1: copy it to /etc/containers/certs.d or /etc/docker/certs.d on the clients.</source>
        <translation>%1 écrit: copiez-le dans /etc/containers/certs.d ou /etc/docker/certs.d sur les clients.</translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation>&amp;Certificats</translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message>
        <source>&amp;Zuul:</source>
        <translation>&amp;Zuul :</translation>
    </message>
    <message>
        <source>The connections whose settings name a Zuul: its REST API is asked for the builds</source>
        <translation>Les connexions dont les réglages nomment un Zuul : son API REST est interrogée sur les builds</translation>
    </message>
    <message>
        <source>Change number, or a Zuul change, buildset or build URL</source>
        <translation>Numéro de change, ou URL Zuul d&apos;un change, d&apos;un buildset ou d&apos;un build</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Buildset, build, image</source>
        <translation>Buildset, build, image</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Open in &amp;Browse</source>
        <translation>Ouvrir dans &amp;Parcourir</translation>
    </message>
    <message>
        <source>&amp;Diff with published</source>
        <translation>&amp;Comparer avec la publiée</translation>
    </message>
    <message>
        <source>&amp;Promote…</source>
        <translation>&amp;Promouvoir…</translation>
    </message>
    <message>
        <source>Open build &amp;log</source>
        <translation>Ouvrir le &amp;journal du build</translation>
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
        <translation>Le digest du manifeste que le registre intermédiaire sert pour le tag de l&apos;image</translation>
    </message>
    <message>
        <source>Config and layers of the image (of linux/amd64, or the first platform of an index)</source>
        <translation>Configuration et couches de l&apos;image (de linux/amd64, ou de la première plateforme d&apos;un index)</translation>
    </message>
    <message>
        <source>Type a change number or paste a Zuul URL to see the images its builds left.</source>
        <translation>Tapez un numéro de change ou collez une URL Zuul pour voir les images que ses builds ont laissées.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No connection names a Zuul yet: set the Zuul URL and tenant in a connection&apos;s settings (the intermediate registry&apos;s, usually).</source>
        <translation>Aucune connexion ne nomme encore de Zuul : indiquez l&apos;URL et le tenant Zuul dans les réglages d&apos;une connexion (celle du registre intermédiaire, en général).</translation>
    </message>
    <message>
        <source>No connection names a Zuul.</source>
        <translation>Aucune connexion ne nomme de Zuul.</translation>
    </message>
    <message>
        <source>No connection uses the Zuul at %1; name it in a connection&apos;s settings first.</source>
        <translation>Aucune connexion n&apos;utilise le Zuul à %1 ; nommez-le d&apos;abord dans les réglages d&apos;une connexion.</translation>
    </message>
    <message>
        <source>Asking Zuul for build %1…</source>
        <translation>Demande du build %1 à Zuul…</translation>
    </message>
    <message>
        <source>This connection names no Zuul; set it in the connection&apos;s settings.</source>
        <translation>Cette connexion ne nomme aucun Zuul ; indiquez-le dans ses réglages.</translation>
    </message>
    <message>
        <source>Asking Zuul…</source>
        <translation>Interrogation de Zuul…</translation>
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
        <translation>%1 : Zuul n&apos;en a aucun build.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n build(s)</source>
        <translation>
            <numerusform>%1 : %n build</numerusform>
            <numerusform>%1 : %n builds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n image(s) in the intermediate registry</source>
        <translation>
            <numerusform>, %n image dans le registre intermédiaire</numerusform>
            <numerusform>, %n images dans le registre intermédiaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n missing or unchecked</source>
        <translation>
            <numerusform>, %n manquante ou non vérifiée</numerusform>
            <numerusform>, %n manquantes ou non vérifiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the newest %1 builds are shown.</source>
        <translation>Seuls les %1 builds les plus récents sont affichés.</translation>
    </message>
    <message>
        <source>%1 · patchset %2</source>
        <translation>%1 · patchset %2</translation>
    </message>
    <message>
        <source>Buildset %1 of change %2</source>
        <translation>Buildset %1 du change %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Build %1%2</source>
        <translation>Build %1%2</translation>
    </message>
    <message>
        <source>, non-voting</source>
        <translation>, sans vote</translation>
    </message>
    <message>
        <source>Started %1, ended %2</source>
        <translation>Commencé %1, terminé %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n platform(s)</source>
        <translation>
            <numerusform>%1, %n plateforme</numerusform>
            <numerusform>%1, %n plateformes</numerusform>
        </translation>
    </message>
    <message>
        <source>Compares the image with the tag it is published as, on the publication registry</source>
        <translation>Compare l&apos;image avec le tag sous lequel elle est publiée, sur le registre de publication</translation>
    </message>
    <message>
        <source>Needs a connection with the Publication role</source>
        <translation>Nécessite une connexion avec le rôle Publication</translation>
    </message>
    <message>
        <source>Copies every image of the build, every platform, to the publication registry under its final tag (zuul-jobs&apos; intermediate-registry promote)</source>
        <translation>Copie chaque image du build, toutes plateformes, vers le registre de publication sous son tag final (promotion par le registre intermédiaire de zuul-jobs)</translation>
    </message>
    <message>
        <source>Promote the images of %1</source>
        <translation>Promouvoir les images de %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every image of build &lt;b&gt;%1&lt;/b&gt; (%2, %3) is copied with all its platforms to &lt;b&gt;%4&lt;/b&gt;, and each published digest is checked against the intermediate registry&apos;s. A tag already there is replaced.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque image du build &lt;b&gt;%1&lt;/b&gt; (%2, %3) est copiée avec toutes ses plateformes vers &lt;b&gt;%4&lt;/b&gt;, et chaque digest publié est comparé à celui du registre intermédiaire. Un tag déjà présent est remplacé.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promouvoir</translation>
    </message>
    <message>
        <source>Cannot open the publication connection.</source>
        <translation>Impossible d&apos;ouvrir la connexion de publication.</translation>
    </message>
    <message>
        <source>Promoted, digests verified: %1</source>
        <translation>Promu, digests vérifiés : %1</translation>
    </message>
    <message>
        <source>C&amp;hanges</source>
        <translation>C&amp;hanges</translation>
    </message>
    <message>
        <source>Draw the &amp;flow</source>
        <translation>Dessiner le &amp;flux</translation>
    </message>
    <message>
        <source>The buildset&apos;s image transfers as a sequence diagram on the Flows page: its jobs pushing to the intermediate registry and the later builds that took their images</source>
        <translation>Les transferts d&apos;images du buildset en diagramme de séquence sur la page Flux : ses jobs qui poussent vers le registre intermédiaire et les builds ultérieurs qui ont pris leurs images</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>%1 is left as it was: %2. Comment the line out, or use --keep-invalid to write anyway</source>
        <translation>%1 reste tel quel: %2. Commentez la ligne, ou utilisez --keep-invalid pour écrire quand même</translation>
    </message>
    <message>
        <source>the htpasswd file</source>
        <translation>le fichier htpasswd</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Removed %1 from %2</source>
        <translation>%1 supprimé de %2</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>aucun mot de passe sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>there is no user %1 in %2</source>
        <translation>il n&apos;y a pas d&apos;utilisateur %1 dans %2</translation>
    </message>
    <message>
        <source>the password does not match the one of %1 in %2</source>
        <translation>le mot de passe ne correspond pas à celui de %1 dans %2</translation>
    </message>
    <message>
        <source>The password matches %1</source>
        <translation>Le mot de passe correspond à celui de %1</translation>
    </message>
    <message>
        <source>bcrypt hashing failed</source>
        <translation>le hachage bcrypt a échoué</translation>
    </message>
    <message>
        <source>Changed the password of %1 in %2</source>
        <translation>Mot de passe de %1 modifié dans %2</translation>
    </message>
    <message>
        <source>Added %1 to %2</source>
        <translation>%1 ajouté à %2</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement: %1</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>coût %1</translation>
    </message>
    <message>
        <source>NOT USABLE (line %1): %2</source>
        <translation>INUTILISABLE (ligne %1): %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1: %2</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>rép</translation>
    </message>
    <message>
        <source>Common name.</source>
        <translation>Nom commun (CN).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>ec (P-256, default) or rsa.</source>
        <translation>ec (P-256, par défaut) ou rsa.</translation>
    </message>
    <message>
        <source>type</source>
        <translation>type</translation>
    </message>
    <message>
        <source>RSA key size: 2048, 3072 or 4096.</source>
        <translation>Taille de clé RSA: 2048, 3072 ou 4096.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>--key-type takes ec or rsa (with --bits 2048, 3072 or 4096)</source>
        <translation>--key-type accepte ec ou rsa (avec --bits 2048, 3072 ou 4096)</translation>
    </message>
    <message>
        <source>%1 already holds a CA (ca.key); choose another --out-dir</source>
        <translation>%1 contient déjà une CA (ca.key); choisissez un autre --out-dir</translation>
    </message>
    <message>
        <source>Wrote %1.crt and %1.key (0600) in %2</source>
        <translation>%1.crt et %1.key (0600) écrits dans %2</translation>
    </message>
    <message>
        <source>Certificate %1%2</source>
        <translation>Certificat %1%2</translation>
    </message>
    <message>
        <source> (CA)</source>
        <translation> (CA)</translation>
    </message>
    <message>
        <source>  Subject:    %1</source>
        <translation>  Sujet:      %1</translation>
    </message>
    <message>
        <source>  Issuer:     %1</source>
        <translation>  Émetteur:   %1</translation>
    </message>
    <message>
        <source>  Names:      %1</source>
        <translation>  Noms:       %1</translation>
    </message>
    <message>
        <source>  Valid:      %1 to %2</source>
        <translation>  Validité:   du %1 au %2</translation>
    </message>
    <message>
        <source>  Key:        %1</source>
        <translation>  Clé:        %1</translation>
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
        <translation>clé %1: %2</translation>
    </message>
    <message>
        <source>verification: %1</source>
        <translation>vérification: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement: %1</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1 does not verify: %2</source>
        <translation>échec de la vérification de %1: %2</translation>
    </message>
    <message>
        <source>Verified for %1</source>
        <translation>Vérifié pour %1</translation>
    </message>
    <message>
        <source>Where to write the bundle (empty or new).</source>
        <translation>Où écrire le bundle (répertoire vide ou nouveau).</translation>
    </message>
    <message>
        <source>The registry&apos;s host name or IP address.</source>
        <translation>Nom d&apos;hôte ou adresse IP du registre.</translation>
    </message>
    <message>
        <source>host</source>
        <translation>hôte</translation>
    </message>
    <message>
        <source>The registry&apos;s port (default 5000).</source>
        <translation>Port du registre (5000 par défaut).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>The user Zuul logs in as.</source>
        <translation>L&apos;utilisateur sous lequel Zuul se connecte.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Lire le mot de passe sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>More DNS names or IPs for the certificate (repeatable).</source>
        <translation>Noms DNS ou adresses IP supplémentaires pour le certificat (répétable).</translation>
    </message>
    <message>
        <source>Site name for the Zuul secret (default yoursite).</source>
        <translation>Nom du site pour le secret Zuul (yoursite par défaut).</translation>
    </message>
    <message>
        <source>The config-project&apos;s Zuul public key: the secret&apos;s password is encrypted with it.</source>
        <translation>Clé publique Zuul du config-project: le mot de passe du secret est chiffré avec elle.</translation>
    </message>
    <message>
        <source>Writes an intermediate-registry deployment: docker-compose.yaml, certs/, auth/htpasswd, data/, config.yml, zuul-secret.yaml.</source>
        <translation>Écrit un déploiement de registre intermédiaire: docker-compose.yaml, certs/, auth/htpasswd, data/, config.yml, zuul-secret.yaml.</translation>
    </message>
    <message>
        <source>Wrote the intermediate-registry bundle to %1:</source>
        <translation>Bundle du registre intermédiaire écrit dans %1:</translation>
    </message>
    <message>
        <source>Copy certs/, auth/ and data/ to /var/registry on the registry host and run docker compose up -d there; give clients clients/certs.d/.</source>
        <translation>Copiez certs/, auth/ et data/ dans /var/registry sur l&apos;hôte du registre et exécutez-y docker compose up -d; fournissez clients/certs.d/ aux clients.</translation>
    </message>
    <message>
        <source>--zuul takes the Zuul web URL, e.g. https://zuul.example.org</source>
        <translation>--zuul accepte l&apos;URL web de Zuul, p. ex. https://zuul.example.org</translation>
    </message>
    <message>
        <source>Zuul&apos;s key for %1</source>
        <translation>Clé de Zuul pour %1</translation>
    </message>
    <message>
        <source>%1: RSA %2 bits, SHA-256 fingerprint %3</source>
        <translation>%1: RSA %2 bits, empreinte SHA-256 %3</translation>
    </message>
    <message>
        <source>The project&apos;s public key (PEM).</source>
        <translation>Clé publique du projet (PEM).</translation>
    </message>
    <message>
        <source>Fetch the key from this Zuul (web URL).</source>
        <translation>Récupérer la clé depuis ce Zuul (URL web).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The project&apos;s Zuul tenant.</source>
        <translation>Tenant Zuul du projet.</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>tenant</translation>
    </message>
    <message>
        <source>The Zuul project (config-project) the secret is for.</source>
        <translation>Le projet Zuul (config-project) auquel le secret est destiné.</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>--publication-username needs its password as the second line of standard input</source>
        <translation>--publication-username nécessite son mot de passe en deuxième ligne de l&apos;entrée standard</translation>
    </message>
    <message>
        <source>Wrote the config-project files for site %1 to %2:</source>
        <translation>Fichiers du config-project pour le site %1 écrits dans %2:</translation>
    </message>
    <message>
        <source>Commit them to the config-project; jobs then inherit from %1-build-docker-image.</source>
        <translation>Validez-les (commit) dans le config-project; les tâches héritent alors de %1-build-docker-image.</translation>
    </message>
    <message>
        <source>Where the sandbox lives.</source>
        <translation>Emplacement du bac à sable.</translation>
    </message>
    <message>
        <source>Sandbox stopped (%1 keeps its data; sandbox up starts it again)</source>
        <translation>Bac à sable arrêté (%1 conserve ses données; sandbox up le redémarre)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>Use: --authfile %1 --certs-dir %2</source>
        <translation>À utiliser: --authfile %1 --certs-dir %2</translation>
    </message>
    <message>
        <source>Stop: registrydesk-cli sandbox down --dir %1</source>
        <translation>Arrêt: registrydesk-cli sandbox down --dir %1</translation>
    </message>
    <message>
        <source>write an intermediate-registry deployment bundle</source>
        <translation>écrire un bundle de déploiement de registre intermédiaire</translation>
    </message>
    <message>
        <source>Credentials file (docker/podman auth.json).</source>
        <translation>Fichier d&apos;identifiants (auth.json de docker/podman).</translation>
    </message>
    <message>
        <source>CA certificates in the certs.d layout DIR/&lt;host:port&gt;/*.crt.</source>
        <translation>Certificats CA selon l&apos;arborescence certs.d DIR/&lt;host:port&gt;/*.crt.</translation>
    </message>
    <message>
        <source>Verify TLS certificates (default true); false skips it.</source>
        <translation>Vérifier les certificats TLS (true par défaut); false désactive la vérification.</translation>
    </message>
    <message>
        <source>bool</source>
        <translation>bool</translation>
    </message>
    <message>
        <source>Print an HTTP trace on stderr (credentials redacted).</source>
        <translation>Afficher une trace HTTP sur stderr (identifiants masqués).</translation>
    </message>
    <message>
        <source>Machine-readable output on stdout.</source>
        <translation>Sortie lisible par machine sur stdout.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur: %1</translation>
    </message>
    <message>
        <source>Run &apos;registrydesk-cli --help&apos; for usage.</source>
        <translation>Exécutez &apos;registrydesk-cli --help&apos; pour afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>Usage: registrydesk-cli [global options] &lt;command&gt; [arguments]</source>
        <translation>Utilisation: registrydesk-cli [options globales] &lt;command&gt; [arguments]</translation>
    </message>
    <message>
        <source>Administer the registries of a Zuul container-image gating system.</source>
        <translation>Administre les registres d&apos;un système Zuul de gating d&apos;images de conteneurs.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options globales:</translation>
    </message>
    <message>
        <source>credentials file (docker/podman auth.json)</source>
        <translation>fichier d&apos;identifiants (auth.json de docker/podman)</translation>
    </message>
    <message>
        <source>CA certificates as DIR/&lt;host:port&gt;/*.crt</source>
        <translation>certificats CA sous la forme DIR/&lt;host:port&gt;/*.crt</translation>
    </message>
    <message>
        <source>skip TLS verification (says so on stderr)</source>
        <translation>ignorer la vérification TLS (signalé sur stderr)</translation>
    </message>
    <message>
        <source>HTTP trace on stderr, credentials redacted</source>
        <translation>trace HTTP sur stderr, identifiants masqués</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>sortie lisible par machine</translation>
    </message>
    <message>
        <source>print the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <source>Run &apos;registrydesk-cli &lt;command&gt; --help&apos; for a command&apos;s arguments.</source>
        <translation>Exécutez &apos;registrydesk-cli &lt;command&gt; --help&apos; pour les arguments d&apos;une commande.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>--tls-verify takes true or false</source>
        <translation>--tls-verify accepte true ou false</translation>
    </message>
    <message>
        <source>warning: TLS verification is off for %1 (--tls-verify=false)</source>
        <translation>avertissement: la vérification TLS est désactivée pour %1 (--tls-verify=false)</translation>
    </message>
    <message>
        <source>warning from %1: %2</source>
        <translation>avertissement de %1: %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>the image compared from</source>
        <translation>l&apos;image de départ de la comparaison</translation>
    </message>
    <message>
        <source>the image compared to</source>
        <translation>l&apos;image d&apos;arrivée de la comparaison</translation>
    </message>
    <message>
        <source>Compare this platform of multi-arch images (default: A&apos;s, matched in B).</source>
        <translation>Comparer cette plateforme des images multi-arch (par défaut: celle de A, recherchée dans B).</translation>
    </message>
    <message>
        <source>os/arch</source>
        <translation>os/arch</translation>
    </message>
    <message>
        <source>Modification times and &apos;created&apos; do not count.</source>
        <translation>Les dates de modification et &apos;created&apos; ne comptent pas.</translation>
    </message>
    <message>
        <source>File owners (uid/gid) do not count.</source>
        <translation>Les propriétaires des fichiers (uid/gid) ne comptent pas.</translation>
    </message>
    <message>
        <source>List unchanged files too (text output).</source>
        <translation>Lister aussi les fichiers inchangés (sortie texte).</translation>
    </message>
    <message>
        <source>Keep layer indexes here (default: the user cache).</source>
        <translation>Conserver ici les index de couches (par défaut: le cache utilisateur).</translation>
    </message>
    <message>
        <source>Read every layer, keep no index.</source>
        <translation>Lire chaque couche, ne conserver aucun index.</translation>
    </message>
    <message>
        <source>Compares the configuration, layers and files of two images, from any registries.</source>
        <translation>Compare la configuration, les couches et les fichiers de deux images, issues de n&apos;importe quels registres.</translation>
    </message>
    <message>
        <source>%1 layers: %2 from the cache, %3 downloaded</source>
        <translation>%1 couches: %2 depuis le cache, %3 téléchargées</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message numerus="yes">
        <source>Configuration: %n difference(s)</source>
        <translation>
            <numerusform>Configuration: %n différence</numerusform>
            <numerusform>Configuration: %n différences</numerusform>
        </translation>
    </message>
    <message>
        <source>Layers: %1 shared, %2 only in A, %3 only in B</source>
        <translation>Couches: %1 partagées, %2 uniquement dans A, %3 uniquement dans B</translation>
    </message>
    <message>
        <source>Files: %1 added, %2 removed, %3 modified, size %4</source>
        <translation>Fichiers: %1 ajoutés, %2 supprimés, %3 modifiés, taille %4</translation>
    </message>
    <message>
        <source>compare the configuration, layers and files of two images</source>
        <translation>comparer la configuration, les couches et les fichiers de deux images</translation>
    </message>
    <message>
        <source>The intermediate registry.</source>
        <translation>Le registre intermédiaire.</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>registre</translation>
    </message>
    <message>
        <source>A registry to act as the buildset registry.</source>
        <translation>Un registre faisant office de registre du buildset.</translation>
    </message>
    <message>
        <source>The publication registry.</source>
        <translation>Le registre de publication.</translation>
    </message>
    <message>
        <source>The change number of the temporary tag (default 4242).</source>
        <translation>Le numéro de change du tag temporaire (4242 par défaut).</translation>
    </message>
    <message>
        <source>Repository the rehearsal uses (must not hold its tags).</source>
        <translation>Dépôt utilisé par la répétition (ne doit pas contenir ses tags).</translation>
    </message>
    <message>
        <source>Keep the tags the rehearsal made (no clean-up).</source>
        <translation>Conserver les tags créés par la répétition (pas de nettoyage).</translation>
    </message>
    <message>
        <source>Performs the gating flow of zuul-jobs&apos; Container Images document with a small generated image: intermediate → buildset → build job → intermediate, a test job&apos;s pull, upload with change_&lt;N&gt;_&lt;tag&gt; and the manifest-only promote; each step is checked.</source>
        <translation>Exécute le flux de gating du document Container Images de zuul-jobs avec une petite image générée: intermédiaire → buildset → tâche de build → intermédiaire, le pull d&apos;une tâche de test, l&apos;envoi avec change_&lt;N&gt;_&lt;tag&gt; et la promotion par manifeste uniquement; chaque étape est vérifiée.</translation>
    </message>
    <message>
        <source>The gating flow works on these registries.</source>
        <translation>Le flux de gating fonctionne sur ces registres.</translation>
    </message>
    <message>
        <source>rehearse the whole gating flow on real registries</source>
        <translation>répéter l&apos;ensemble du flux de gating sur de vrais registres</translation>
    </message>
    <message>
        <source>host[:port] of the registry</source>
        <translation>hôte[:port] du registre</translation>
    </message>
    <message>
        <source>Checks /v2/ with authentication; prints API version and auth scheme.</source>
        <translation>Vérifie /v2/ avec authentification; affiche la version de l&apos;API et le schéma d&apos;authentification.</translation>
    </message>
    <message>
        <source>rate limit remaining: %1</source>
        <translation>limite de requêtes restante: %1</translation>
    </message>
    <message>
        <source>User name.</source>
        <translation>Nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Verifies the credentials, then stores them in the OS keychain (or in --authfile).</source>
        <translation>Vérifie les identifiants, puis les enregistre dans le trousseau du système (ou dans --authfile).</translation>
    </message>
    <message>
        <source>login needs --username and --password-stdin (passwords are never arguments)</source>
        <translation>login nécessite --username et --password-stdin (les mots de passe ne sont jamais passés en argument)</translation>
    </message>
    <message>
        <source>warning: registry %1 did not ask for credentials; storing them anyway</source>
        <translation>avertissement: le registre %1 n&apos;a pas demandé d&apos;identifiants; enregistrement malgré tout</translation>
    </message>
    <message>
        <source>Login succeeded; credentials stored in %1</source>
        <translation>Connexion réussie; identifiants enregistrés dans %1</translation>
    </message>
    <message>
        <source>login succeeded but the credentials were not stored: %1. Use --authfile FILE to store them in a file instead</source>
        <translation>connexion réussie, mais les identifiants n&apos;ont pas été enregistrés: %1. Utilisez --authfile FILE pour les enregistrer plutôt dans un fichier</translation>
    </message>
    <message>
        <source>Login succeeded; credentials stored in the OS keychain (service &quot;%1&quot;, key &quot;%2&quot;)</source>
        <translation>Connexion réussie; identifiants enregistrés dans le trousseau du système (service « %1 », clé « %2 »)</translation>
    </message>
    <message>
        <source>[host[:port]/]path of the repository</source>
        <translation>[hôte[:port]/]chemin du dépôt</translation>
    </message>
    <message>
        <source>Lists every repository, all pages, one per line.</source>
        <translation>Liste tous les dépôts, toutes les pages, un par ligne.</translation>
    </message>
    <message>
        <source>Lists every tag of a repository, one per line.</source>
        <translation>Liste tous les tags d&apos;un dépôt, un par ligne.</translation>
    </message>
    <message>
        <source>%1 nests indexes deeper than %2 levels</source>
        <translation>%1 imbrique des index sur plus de %2 niveaux</translation>
    </message>
    <message>
        <source>%1 has no image for %2 (it has: %3)</source>
        <translation>%1 n&apos;a pas d&apos;image pour %2 (disponibles: %3)</translation>
    </message>
    <message>
        <source>showing %1 of the index; choose another with --platform</source>
        <translation>affichage de la plateforme %1 de l&apos;index; choisissez-en une autre avec --platform</translation>
    </message>
    <message>
        <source>the image configuration of %1 is %2 bytes, over the %3-byte limit</source>
        <translation>la configuration d&apos;image de %1 fait %2 octets, au-delà de la limite de %3 octets</translation>
    </message>
    <message>
        <source>[host[:port]/]path[:tag][@digest]</source>
        <translation>[hôte[:port]/]chemin[:tag][@digest]</translation>
    </message>
    <message>
        <source>Print the manifest bytes exactly as served.</source>
        <translation>Afficher les octets du manifeste exactement tels que servis.</translation>
    </message>
    <message>
        <source>Print the image configuration blob.</source>
        <translation>Afficher le blob de configuration de l&apos;image.</translation>
    </message>
    <message>
        <source>Choose an image of a multi-arch index.</source>
        <translation>Choisir une image d&apos;un index multi-arch.</translation>
    </message>
    <message>
        <source>Shows digest, media type, size, layers, platforms, created and labels.</source>
        <translation>Affiche le digest, le type de média, la taille, les couches, les plateformes, la date de création et les labels.</translation>
    </message>
    <message>
        <source>the image configuration of %1 is invalid: %2</source>
        <translation>la configuration d&apos;image de %1 est invalide: %2</translation>
    </message>
    <message>
        <source>%1 has no configuration blob (an index without a matching platform, or schema1)</source>
        <translation>%1 n&apos;a pas de blob de configuration (un index sans plateforme correspondante, ou schema1)</translation>
    </message>
    <message>
        <source>Reference:  %1</source>
        <translation>Référence:      %1</translation>
    </message>
    <message>
        <source>Digest:     %1</source>
        <translation>Digest:         %1</translation>
    </message>
    <message>
        <source>Media type: %1</source>
        <translation>Type de média:  %1</translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation>Plateformes:</translation>
    </message>
    <message>
        <source>Image:      %1</source>
        <translation>Image:          %1</translation>
    </message>
    <message>
        <source>Size:       %1 (%2 bytes compressed)</source>
        <translation>Taille:         %1 (%2 octets compressés)</translation>
    </message>
    <message>
        <source>Platform:   %1/%2</source>
        <translation>Plateforme:     %1/%2</translation>
    </message>
    <message>
        <source>Created:    %1</source>
        <translation>Création:       %1</translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation>Couches:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>check a registry&apos;s /v2/ endpoint with authentication</source>
        <translation>vérifier le point de terminaison /v2/ d&apos;un registre avec authentification</translation>
    </message>
    <message>
        <source>verify credentials and store them in the keychain or an auth file</source>
        <translation>vérifier des identifiants et les enregistrer dans le trousseau ou dans un fichier d&apos;authentification</translation>
    </message>
    <message>
        <source>list every repository of a registry</source>
        <translation>lister tous les dépôts d&apos;un registre</translation>
    </message>
    <message>
        <source>list every tag of a repository</source>
        <translation>lister tous les tags d&apos;un dépôt</translation>
    </message>
    <message>
        <source>show an image&apos;s manifest, platforms, layers and configuration</source>
        <translation>afficher le manifeste, les plateformes, les couches et la configuration d&apos;une image</translation>
    </message>
    <message>
        <source>print an image&apos;s manifest digest</source>
        <translation>afficher le digest du manifeste d&apos;une image</translation>
    </message>
    <message>
        <source>no quay token on standard input</source>
        <translation>aucun jeton quay sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>source image</source>
        <translation>image source</translation>
    </message>
    <message>
        <source>destination image</source>
        <translation>image de destination</translation>
    </message>
    <message>
        <source>Copy a multi-arch index with every platform.</source>
        <translation>Copier un index multi-arch avec toutes ses plateformes.</translation>
    </message>
    <message>
        <source>Copy only this platform of an index.</source>
        <translation>Copier uniquement cette plateforme d&apos;un index.</translation>
    </message>
    <message>
        <source>Blobs in flight at once (default 4).</source>
        <translation>Nombre de blobs transférés simultanément (4 par défaut).</translation>
    </message>
    <message>
        <source>Copies an image between or within registries: blobs skipped when present, mounted within a registry, streamed otherwise; manifests last.</source>
        <translation>Copie une image entre registres ou au sein d&apos;un registre: blobs ignorés s&apos;ils sont déjà présents, montés au sein d&apos;un même registre, transmis en flux sinon; manifestes en dernier.</translation>
    </message>
    <message>
        <source>--all and --platform exclude each other</source>
        <translation>--all et --platform s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <source>Copied %1 → %2</source>
        <translation>%1 copié → %2</translation>
    </message>
    <message>
        <source>Digest: %1</source>
        <translation>Digest: %1</translation>
    </message>
    <message>
        <source>the image under its temporary tag</source>
        <translation>l&apos;image sous son tag temporaire</translation>
    </message>
    <message>
        <source>the final tag</source>
        <translation>le tag final</translation>
    </message>
    <message>
        <source>Remove the temporary tag afterwards.</source>
        <translation>Retirer ensuite le tag temporaire.</translation>
    </message>
    <message>
        <source>Read a quay API token from stdin for the removal.</source>
        <translation>Lire un jeton d&apos;API quay sur stdin pour le retrait.</translation>
    </message>
    <message>
        <source>Retags within a repository by manifest only (exact bytes, no blob transfer).</source>
        <translation>Applique un nouveau tag au sein d&apos;un dépôt par le manifeste uniquement (octets exacts, aucun transfert de blob).</translation>
    </message>
    <message>
        <source>Promoted %1 → %2 (%3), manifest only</source>
        <translation>%1 promu → %2 (%3), manifeste uniquement</translation>
    </message>
    <message>
        <source>Removed the tag %1 via %2</source>
        <translation>Tag %1 retiré via %2</translation>
    </message>
    <message>
        <source>repository:tag to remove</source>
        <translation>dépôt:tag à retirer</translation>
    </message>
    <message>
        <source>Read a quay API token from stdin.</source>
        <translation>Lire un jeton d&apos;API quay sur stdin.</translation>
    </message>
    <message>
        <source>Removes one tag and keeps the others that share its digest.</source>
        <translation>Retire un tag et conserve les autres qui partagent son digest.</translation>
    </message>
    <message>
        <source>Removed tag %1 (was %2) via %3</source>
        <translation>Tag %1 retiré (était %2) via %3</translation>
    </message>
    <message>
        <source>repository:tag or repository@digest</source>
        <translation>dépôt:tag ou dépôt@digest</translation>
    </message>
    <message>
        <source>Only list the tags that would disappear.</source>
        <translation>Lister uniquement les tags qui disparaîtraient.</translation>
    </message>
    <message>
        <source>Deletes a manifest by digest: every tag sharing the digest goes with it (listed first).</source>
        <translation>Supprime un manifeste par digest: tous les tags partageant ce digest disparaissent avec lui (listés d&apos;abord).</translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation>(aucun tag)</translation>
    </message>
    <message>
        <source>Would have removed %1 with tags: %2</source>
        <translation>Aurait supprimé %1 avec les tags: %2</translation>
    </message>
    <message>
        <source>Would delete %1 with its tags: %2</source>
        <translation>Supprimerait %1 avec ses tags: %2</translation>
    </message>
    <message>
        <source>Deleted %1 with its tags: %2</source>
        <translation>%1 supprimé avec ses tags: %2</translation>
    </message>
    <message>
        <source>Age limit, e.g. 36h or 7d.</source>
        <translation>Limite d&apos;âge, p. ex. 36h ou 7d.</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>Only this repository.</source>
        <translation>Uniquement ce dépôt.</translation>
    </message>
    <message>
        <source>List exactly what a real run deletes; delete nothing.</source>
        <translation>Lister exactement ce qu&apos;une exécution réelle supprime; ne rien supprimer.</translation>
    </message>
    <message>
        <source>Prune leaked change_&lt;N&gt;_&lt;tag&gt; / &lt;pipeline&gt;_&lt;tag&gt; tags (publication registry) instead of &lt;build&gt;_&lt;tag&gt; tags.</source>
        <translation>Nettoyer les tags change_&lt;N&gt;_&lt;tag&gt; / &lt;pipeline&gt;_&lt;tag&gt; laissés à l&apos;abandon (registre de publication) au lieu des tags &lt;build&gt;_&lt;tag&gt;.</translation>
    </message>
    <message>
        <source>Zuul web URL: age from build end times.</source>
        <translation>URL web de Zuul: âge calculé à partir des heures de fin des builds.</translation>
    </message>
    <message>
        <source>Zuul tenant.</source>
        <translation>Tenant Zuul.</translation>
    </message>
    <message>
        <source>Only tags of changes that have merged (needs --zuul).</source>
        <translation>Uniquement les tags des changes fusionnés (nécessite --zuul).</translation>
    </message>
    <message>
        <source>Removes old Zuul tags from the intermediate registry, tag by tag, nothing else.</source>
        <translation>Retire les anciens tags Zuul du registre intermédiaire, tag par tag, rien d&apos;autre.</translation>
    </message>
    <message>
        <source>--zuul takes the web URL of Zuul (https://zuul.example.org) and needs --tenant</source>
        <translation>--zuul accepte l&apos;URL web de Zuul (https://zuul.example.org) et nécessite --tenant</translation>
    </message>
    <message>
        <source>would delete </source>
        <translation>supprimerait </translation>
    </message>
    <message>
        <source>deleted </source>
        <translation>supprimé </translation>
    </message>
    <message>
        <source>age %1 (%2)</source>
        <translation>âge %1 (%2)</translation>
    </message>
    <message>
        <source>copy an image between or within registries</source>
        <translation>copier une image entre registres ou au sein d&apos;un registre</translation>
    </message>
    <message>
        <source>retag by manifest only, optionally removing the temporary tag</source>
        <translation>appliquer un nouveau tag par le manifeste uniquement, en retirant éventuellement le tag temporaire</translation>
    </message>
    <message>
        <source>remove one tag, keeping others of the same digest</source>
        <translation>retirer un tag, en conservant les autres du même digest</translation>
    </message>
    <message>
        <source>delete a manifest and every tag on it (listed first)</source>
        <translation>supprimer un manifeste et tous ses tags (listés d&apos;abord)</translation>
    </message>
    <message>
        <source>remove old &lt;build&gt;_&lt;tag&gt; tags from the intermediate registry</source>
        <translation>retirer les anciens tags &lt;build&gt;_&lt;tag&gt; du registre intermédiaire</translation>
    </message>
    <message numerus="yes">
        <source>Blobs: %1 copied (%2), %3 mounted, %4 skipped; %n manifest(s) written</source>
        <translation>
            <numerusform>Blobs: %1 copiés (%2), %3 montés, %4 ignorés; %n manifeste écrit</numerusform>
            <numerusform>Blobs: %1 copiés (%2), %3 montés, %4 ignorés; %n manifestes écrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) would be deleted, %1 kept</source>
        <translation>
            <numerusform>%n tag serait supprimé, %1 conservés</numerusform>
            <numerusform>%n tags seraient supprimés, %1 conservés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) deleted, %1 kept</source>
        <translation>
            <numerusform>%n tag supprimé, %1 conservés</numerusform>
            <numerusform>%n tags supprimés, %1 conservés</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name (no &apos;:&apos;, spaces or control characters)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;utilisateur valide (ni &apos;:&apos;, ni espaces, ni caractères de contrôle)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>&quot;%1:%2&quot; is not a valid registry host and port</source>
        <translation>« %1:%2 » n&apos;est pas un hôte et un port de registre valides</translation>
    </message>
    <message>
        <source>registry %1 is reachable: auth %2, %3</source>
        <translation>le registre %1 est joignable : authentification %2, %3</translation>
    </message>
    <message>
        <source>API version: %1</source>
        <translation>Version de l&apos;API : %1</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>Limits: %1</source>
        <translation>Limites : %1</translation>
    </message>
    <message>
        <source>Prints the manifest digest: as the registry states it, or computed from the manifest&apos;s bytes when it does not.</source>
        <translation>Affiche le condensé du manifeste : tel que le registre l&apos;indique, ou calculé à partir des octets du manifeste quand il ne le fait pas.</translation>
    </message>
    <message>
        <source>Validity in days (CA 3650, server 365).</source>
        <translation>Validité en jours (AC 3650, serveur 365).</translation>
    </message>
    <message>
        <source>Where to write the files.</source>
        <translation>Où écrire les fichiers.</translation>
    </message>
    <message>
        <source>create a CA for the intermediate registry</source>
        <translation>créer une AC pour le registre intermédiaire</translation>
    </message>
    <message>
        <source>Creates a CA: ca.crt, and ca.key readable by its owner only.</source>
        <translation>Crée une AC : ca.crt, et ca.key lisible par son seul propriétaire.</translation>
    </message>
    <message>
        <source>create a TLS server certificate signed by the CA</source>
        <translation>créer un certificat de serveur TLS signé par l&apos;AC</translation>
    </message>
    <message>
        <source>Creates domain.crt (the leaf, then the CA) and domain.key for the registry&apos;s names.</source>
        <translation>Crée domain.crt (le certificat final, puis l&apos;AC) et domain.key pour les noms du registre.</translation>
    </message>
    <message>
        <source>The directory holding ca.crt and ca.key.</source>
        <translation>Le répertoire contenant ca.crt et ca.key.</translation>
    </message>
    <message>
        <source>DNS:name or IP:address (repeatable).</source>
        <translation>DNS:nom ou IP:adresse (répétable).</translation>
    </message>
    <message>
        <source>show a certificate chain and check it</source>
        <translation>afficher une chaîne de certificats et la vérifier</translation>
    </message>
    <message>
        <source>Shows each certificate of a PEM file, checks the chain&apos;s order, and optionally the key and the verification against a CA.</source>
        <translation>Affiche chaque certificat d&apos;un fichier PEM, vérifie l&apos;ordre de la chaîne et, au choix, la clé et la vérification par une AC.</translation>
    </message>
    <message>
        <source>a PEM file</source>
        <translation>un fichier PEM</translation>
    </message>
    <message>
        <source>Check that this key belongs to the certificate.</source>
        <translation>Vérifier que cette clé appartient au certificat.</translation>
    </message>
    <message>
        <source>Verify against this CA instead of the system store.</source>
        <translation>Vérifier avec cette AC au lieu du magasin du système.</translation>
    </message>
    <message>
        <source>Verify the certificate for this host name.</source>
        <translation>Vérifier le certificat pour ce nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>check the TLS of a live endpoint</source>
        <translation>vérifier le TLS d&apos;un point d&apos;accès en service</translation>
    </message>
    <message>
        <source>Connects to HOST:PORT and reports the chain it serves, whether it verifies, the TLS version and cipher, and certificates that expire soon.</source>
        <translation>Se connecte à HOST:PORT et indique la chaîne servie, si elle se vérifie, la version TLS et le chiffrement, et les certificats qui expirent bientôt.</translation>
    </message>
    <message>
        <source>the endpoint</source>
        <translation>le point d&apos;accès</translation>
    </message>
    <message>
        <source>usage: registrydesk-cli %1</source>
        <translation>usage : registrydesk-cli %1</translation>
    </message>
    <message>
        <source>Usage: registrydesk-cli %1 %2 [arguments]</source>
        <translation>Usage : registrydesk-cli %1 %2 [arguments]</translation>
    </message>
    <message>
        <source>Run &apos;registrydesk-cli %1 &lt;action&gt; --help&apos; for an action&apos;s arguments.</source>
        <translation>&apos;registrydesk-cli %1 &lt;action&gt; --help&apos; affiche les arguments d&apos;une action.</translation>
    </message>
    <message>
        <source>%1 needs an action</source>
        <translation>%1 a besoin d&apos;une action</translation>
    </message>
    <message>
        <source>%1 has no action &quot;%2&quot;</source>
        <translation>%1 n&apos;a pas d&apos;action « %2 »</translation>
    </message>
    <message>
        <source>usage: registrydesk-cli %1 %2 …</source>
        <translation>usage : registrydesk-cli %1 %2 …</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 ne prend pas d&apos;arguments</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 needs %2</source>
        <translation>%1 a besoin de %2</translation>
    </message>
    <message>
        <source>%1 takes HOST:PORT, with the port</source>
        <translation>%1 prend HOST:PORT, avec le port</translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 ne doit pas être vide</translation>
    </message>
    <message>
        <source>%1 takes os/arch[/variant], e.g. linux/arm64</source>
        <translation>%1 prend os/arch[/variante], p. ex. linux/arm64</translation>
    </message>
    <message>
        <source>%1 takes a duration such as 36h, 7d or 1d12h</source>
        <translation>%1 prend une durée comme 36h, 7d ou 1d12h</translation>
    </message>
    <message>
        <source>%1 takes a positive number</source>
        <translation>%1 prend un nombre positif</translation>
    </message>
    <message>
        <source>%1 takes a number from %2 to %3</source>
        <translation>%1 prend un nombre de %2 à %3</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Write even though a line without &apos;:&apos; makes registry:2 refuse the whole file.</source>
        <translation>Écrire même si une ligne sans &apos;:&apos; fait refuser tout le fichier par registry:2.</translation>
    </message>
    <message>
        <source>list the users of an htpasswd file and what registry:2 refuses</source>
        <translation>lister les utilisateurs d&apos;un fichier htpasswd et ce que registry:2 refuse</translation>
    </message>
    <message>
        <source>Lists each user of a bcrypt htpasswd file with its hash scheme and cost, and every line registry:2 cannot use.</source>
        <translation>Liste chaque utilisateur d&apos;un fichier htpasswd bcrypt avec son schéma de hachage et son coût, et chaque ligne que registry:2 ne peut pas utiliser.</translation>
    </message>
    <message>
        <source>add a user or change a password (bcrypt; password on stdin)</source>
        <translation>ajouter un utilisateur ou changer un mot de passe (bcrypt ; mot de passe sur stdin)</translation>
    </message>
    <message>
        <source>Adds the user or changes its password, read from standard input and hashed with bcrypt. A file that registry:2 refuses (a line without &apos;:&apos;) is left as it is, unless --keep-invalid.</source>
        <translation>Ajoute l&apos;utilisateur ou change son mot de passe, lu sur l&apos;entrée standard et haché avec bcrypt. Un fichier que registry:2 refuse (une ligne sans &apos;:&apos;) reste tel quel, sauf avec --keep-invalid.</translation>
    </message>
    <message>
        <source>bcrypt cost, 4 to 17 (default 12).</source>
        <translation>coût bcrypt, de 4 à 17 (12 par défaut).</translation>
    </message>
    <message>
        <source>Refuse to change an existing user.</source>
        <translation>Refuser de modifier un utilisateur existant.</translation>
    </message>
    <message>
        <source>check a user&apos;s password (read on stdin)</source>
        <translation>vérifier le mot de passe d&apos;un utilisateur (lu sur stdin)</translation>
    </message>
    <message>
        <source>Checks the password on standard input against the user&apos;s hash.</source>
        <translation>Vérifie le mot de passe de l&apos;entrée standard avec le hachage de l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>remove a user</source>
        <translation>supprimer un utilisateur</translation>
    </message>
    <message>
        <source>Removes the user. A file that registry:2 refuses (a line without &apos;:&apos;) is left as it is, unless --keep-invalid.</source>
        <translation>Supprime l&apos;utilisateur. Un fichier que registry:2 refuse (une ligne sans &apos;:&apos;) reste tel quel, sauf avec --keep-invalid.</translation>
    </message>
    <message>
        <source>start the local sandbox registries (seeded with sample images)</source>
        <translation>démarrer les registres locaux du bac à sable (garnis d&apos;images d&apos;exemple)</translation>
    </message>
    <message>
        <source>stop the sandbox registries (their data stays)</source>
        <translation>arrêter les registres du bac à sable (leurs données restent)</translation>
    </message>
    <message>
        <source>Stops every registry the sandbox started; its directory keeps their data.</source>
        <translation>Arrête chaque registre démarré par le bac à sable ; son répertoire garde leurs données.</translation>
    </message>
    <message>
        <source>show the sandbox registries and whether they run</source>
        <translation>afficher les registres du bac à sable et s&apos;ils tournent</translation>
    </message>
    <message>
        <source>Shows the sandbox&apos;s registries, whether each runs, and how clients reach them.</source>
        <translation>Affiche les registres du bac à sable, si chacun tourne et comment les clients les joignent.</translation>
    </message>
    <message>
        <source>the project&apos;s key comes from --public-key FILE, or from --zuul URL with --tenant T and --project P</source>
        <translation>la clé du projet vient de --public-key FICHIER, ou de --zuul URL avec --tenant T et --project P</translation>
    </message>
    <message>
        <source>encrypt standard input into a Zuul secret</source>
        <translation>chiffrer l&apos;entrée standard en secret Zuul</translation>
    </message>
    <message>
        <source>Encrypts standard input into a Zuul secret (RSA-OAEP with the project&apos;s key), as zuul-client does.</source>
        <translation>Chiffre l&apos;entrée standard en secret Zuul (RSA-OAEP avec la clé du projet), comme zuul-client.</translation>
    </message>
    <message>
        <source>Name of the secret.</source>
        <translation>Nom du secret.</translation>
    </message>
    <message>
        <source>Name of the field.</source>
        <translation>Nom du champ.</translation>
    </message>
    <message>
        <source>Keep surrounding whitespace of the plaintext.</source>
        <translation>Garder les espaces autour du texte en clair.</translation>
    </message>
    <message>
        <source>write the site&apos;s Zuul jobs, playbooks and secret</source>
        <translation>écrire les jobs Zuul, playbooks et secret du site</translation>
    </message>
    <message>
        <source>Writes the config-project files of zuul-jobs&apos; Container Images document for a site: the secret, four jobs and five playbooks.</source>
        <translation>Écrit les fichiers du config-project du document Container Images de zuul-jobs pour un site : le secret, quatre jobs et cinq playbooks.</translation>
    </message>
    <message>
        <source>The site name the jobs are named after.</source>
        <translation>Le nom du site dont les jobs portent le nom.</translation>
    </message>
    <message>
        <source>The intermediate registry&apos;s host.</source>
        <translation>L&apos;hôte du registre intermédiaire.</translation>
    </message>
    <message>
        <source>Its port (default 5000).</source>
        <translation>Son port (5000 par défaut).</translation>
    </message>
    <message>
        <source>Also a publication-registry secret for this user; its password is the second line of standard input.</source>
        <translation>Aussi un secret du registre de publication pour cet utilisateur ; son mot de passe est la deuxième ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The config-project checkout to write into.</source>
        <translation>Le checkout du config-project où écrire.</translation>
    </message>
    <message>
        <source>Replace files that exist.</source>
        <translation>Remplacer les fichiers existants.</translation>
    </message>
    <message>
        <source>%1 requests, %2 manifests and configurations from the cache</source>
        <translation>%1 requêtes, %2 manifestes et configurations tirés du cache</translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation>DÉPÔT</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGS</translation>
    </message>
    <message>
        <source>BYTES</source>
        <translation>OCTETS</translation>
    </message>
    <message>
        <source>ONLY HERE</source>
        <translation>ICI SEUL</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 blobs; %n tag(s) of %3 repositories, %4 manifests</source>
        <translation>
            <numerusform>%1 dans %2 blobs ; %n tag dans %3 dépôts, %4 manifestes</numerusform>
            <numerusform>%1 dans %2 blobs ; %n tags dans %3 dépôts, %4 manifestes</numerusform>
        </translation>
    </message>
    <message>
        <source>Only here: the bytes no other repository&apos;s tags reach, what deleting every tag of that repository would let garbage collection free.</source>
        <translation>Ici seul : les octets qu&apos;aucun tag d&apos;un autre dépôt n&apos;atteint, ce que le ramasse-miettes libérerait si tous les tags de ce dépôt étaient supprimés.</translation>
    </message>
    <message>
        <source>what a registry holds, per repository, each blob counted once</source>
        <translation>ce que contient un registre, par dépôt, chaque blob compté une fois</translation>
    </message>
    <message>
        <source>Surveys a registry through its API: every tag of every repository (or of the repositories named, where there is no catalog), indexes followed, each distinct blob counted once; per repository its bytes and the bytes only it references. Manifests are cached by digest, so a second survey only asks each tag&apos;s digest.</source>
        <translation>Inventorie un registre par son API : chaque tag de chaque dépôt (ou des dépôts nommés, sans catalogue), index suivis, chaque blob compté une fois ; par dépôt ses octets et ceux que lui seul référence. Les manifestes sont mis en cache par condensé : un second inventaire ne demande que le condensé de chaque tag.</translation>
    </message>
    <message>
        <source>Survey only this repository (repeatable; needed where there is no catalog).</source>
        <translation>N&apos;inventorier que ce dépôt (répétable ; nécessaire sans catalogue).</translation>
    </message>
    <message>
        <source>Requests in flight at once (default 8).</source>
        <translation>Requêtes simultanées (8 par défaut).</translation>
    </message>
    <message>
        <source>Keep manifests and configurations here (default: the user cache).</source>
        <translation>Garder manifestes et configurations ici (par défaut : le cache de l&apos;utilisateur).</translation>
    </message>
    <message>
        <source>Ask the registry for every manifest, keep none.</source>
        <translation>Demander chaque manifeste au registre, n&apos;en garder aucun.</translation>
    </message>
    <message>
        <source>with its manifest</source>
        <translation>avec son manifeste</translation>
    </message>
    <message>
        <source>tag only</source>
        <translation>le tag seul</translation>
    </message>
    <message>
        <source>Plain garbage collection would then free %1.</source>
        <translation>Un ramasse-miettes simple libérerait alors %1.</translation>
    </message>
    <message>
        <source>Plain garbage collection now frees %1.</source>
        <translation>Un ramasse-miettes simple libère maintenant %1.</translation>
    </message>
    <message>
        <source>deleted %1@%2</source>
        <translation>%1@%2 supprimé</translation>
    </message>
    <message numerus="yes">
        <source>%n manifest(s) deleted before the failure.</source>
        <translation>
            <numerusform>%n manifeste supprimé avant l&apos;échec.</numerusform>
            <numerusform>%n manifestes supprimés avant l&apos;échec.</numerusform>
        </translation>
    </message>
    <message>
        <source>would delete %1@%2</source>
        <translation>supprimerait %1@%2</translation>
    </message>
    <message>
        <source>kept %1@%2: %3</source>
        <translation>%1@%2 conservé : %3</translation>
    </message>
    <message>
        <source>a tag pushed since the plan reaches it</source>
        <translation>un tag poussé depuis le plan l&apos;atteint</translation>
    </message>
    <message>
        <source>its repository&apos;s tags could not be read again</source>
        <translation>les tags de son dépôt n&apos;ont pas pu être relus</translation>
    </message>
    <message>
        <source>No untagged manifest is left that no tag reaches: nothing to delete on %1.</source>
        <translation>Il ne reste aucun manifeste sans tag qu&apos;aucun tag n&apos;atteint : rien à supprimer sur %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n untagged manifest(s) that no tag reaches would be deleted on %1.</source>
        <translation>
            <numerusform>%n manifeste sans tag qu&apos;aucun tag n&apos;atteint serait supprimé sur %1.</numerusform>
            <numerusform>%n manifestes sans tag qu&apos;aucun tag n&apos;atteint seraient supprimés sur %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untagged manifest(s) that no tag reaches deleted on %1.</source>
        <translation>
            <numerusform>%n manifeste sans tag qu&apos;aucun tag n&apos;atteint supprimé sur %1.</numerusform>
            <numerusform>%n manifestes sans tag qu&apos;aucun tag n&apos;atteint supprimés sur %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n manifest(s) were gone already.</source>
        <translation>
            <numerusform>%n manifeste avait déjà disparu.</numerusform>
            <numerusform>%n manifestes avaient déjà disparu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plain garbage collection would then free %1 (%n blob(s)).</source>
        <translation>
            <numerusform>Un ramasse-miettes simple libérerait alors %1 (%n blob).</numerusform>
            <numerusform>Un ramasse-miettes simple libérerait alors %1 (%n blobs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plain garbage collection now frees %1 (%n blob(s)).</source>
        <translation>
            <numerusform>Un ramasse-miettes simple libère maintenant %1 (%n blob).</numerusform>
            <numerusform>Un ramasse-miettes simple libère maintenant %1 (%n blobs).</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: put the registry in read-only mode (storage.maintenance.readonly.enabled: true) and restart it, run docker-registry garbage-collect CONFIG (never --delete-untagged on 2.8: it deletes the platform manifests of tagged multi-arch images), then make it writable again.</source>
        <translation>Ensuite : mettez le registre en lecture seule (storage.maintenance.readonly.enabled: true) et redémarrez-le, lancez docker-registry garbage-collect CONFIG (jamais --delete-untagged sur 2.8 : il supprime les manifestes de plateforme des images multi-arch taguées), puis désactivez à nouveau la lecture seule.</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>avertissement : %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>warning: %n more problem(s) not shown</source>
        <translation>
            <numerusform>avertissement : %n autre problème non affiché</numerusform>
            <numerusform>avertissement : %n autres problèmes non affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: not everything in %1 could be read, so their untagged manifests count as reachable and stay: %2</source>
        <translation>avertissement : tout n&apos;a pas pu être lu dans %1 ; les manifestes sans tag qui s&apos;y trouvent comptent donc comme atteignables et restent : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n repository(ies)</source>
        <translation>
            <numerusform>%n dépôt</numerusform>
            <numerusform>%n dépôts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n blob(s))</source>
        <translation>
            <numerusform>%1 (%n blob)</numerusform>
            <numerusform>%1 (%n blobs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Storage root %1</source>
        <translation>Racine de stockage %1</translation>
    </message>
    <message numerus="yes">
        <source>%n repository(ies), </source>
        <translation>
            <numerusform>%n dépôt, </numerusform>
            <numerusform>%n dépôts, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s), </source>
        <translation>
            <numerusform>%n tag, </numerusform>
            <numerusform>%n tags, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n manifest(s), </source>
        <translation>
            <numerusform>%n manifeste, </numerusform>
            <numerusform>%n manifestes, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s): %1</source>
        <translation>
            <numerusform>%n blob : %1</numerusform>
            <numerusform>%n blobs : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished upload(s): %1</source>
        <translation>
            <numerusform>%n envoi inachevé : %1</numerusform>
            <numerusform>%n envois inachevés : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the oldest started %1</source>
        <translation>le plus ancien a commencé le %1</translation>
    </message>
    <message>
        <source>(not garbage: storage.maintenance.uploadpurging removes them, by default after 168 h)</source>
        <translation>(pas l&apos;affaire du ramasse-miettes : storage.maintenance.uploadpurging les supprime, par défaut après 168 h)</translation>
    </message>
    <message>
        <source>plain garbage-collect:</source>
        <translation>garbage-collect simple :</translation>
    </message>
    <message>
        <source>garbage-collect --delete-untagged:</source>
        <translation>garbage-collect --delete-untagged :</translation>
    </message>
    <message>
        <source>gc delete-untagged, then plain garbage-collect:</source>
        <translation>gc delete-untagged, puis garbage-collect simple :</translation>
    </message>
    <message>
        <source>Garbage collection would free:</source>
        <translation>Le ramasse-miettes libérerait :</translation>
    </message>
    <message numerus="yes">
        <source>and breaks %n tagged multi-arch image(s)</source>
        <translation>
            <numerusform>et casse %n image multi-arch taguée</numerusform>
            <numerusform>et casse %n images multi-arch taguées</numerusform>
        </translation>
    </message>
    <message>
        <source>(the safe plan)</source>
        <translation>(le plan sûr)</translation>
    </message>
    <message>
        <source>Untagged manifests: %1, %2 of them reached by no tag</source>
        <translation>Manifestes sans tag : %1, dont %2 qu&apos;aucun tag n&apos;atteint</translation>
    </message>
    <message>
        <source>no tag reaches it</source>
        <translation>aucun tag ne l&apos;atteint</translation>
    </message>
    <message>
        <source>kept: its repository could not be read fully</source>
        <translation>conservé : son dépôt n&apos;a pas pu être lu entièrement</translation>
    </message>
    <message>
        <source>reached through %1</source>
        <translation>atteint via %1</translation>
    </message>
    <message>
        <source>… and %1 more (--json lists them all)</source>
        <translation>… et %1 de plus (--json les liste tous)</translation>
    </message>
    <message>
        <source>garbage-collect --delete-untagged (2.8) breaks these tagged multi-arch images: it deletes their platform manifests, which carry no tag of their own:</source>
        <translation>garbage-collect --delete-untagged (2.8) casse ces images multi-arch taguées : il supprime leurs manifestes de plateforme, qui ne portent pas de tag propre :</translation>
    </message>
    <message>
        <source>Safe procedure: registrydesk-cli gc delete-untagged %1 --registry HOST:PORT (deletes through the API only the manifests no tag reaches), then put the registry in read-only mode (storage.maintenance.readonly.enabled: true), restart it and run plain docker-registry garbage-collect CONFIG; never --delete-untagged on 2.8.</source>
        <translation>Procédure sûre : registrydesk-cli gc delete-untagged %1 --registry HOST:PORT (supprime via l&apos;API uniquement les manifestes qu&apos;aucun tag n&apos;atteint), puis mettez le registre en lecture seule (storage.maintenance.readonly.enabled: true), redémarrez-le et lancez un docker-registry garbage-collect CONFIG simple ; jamais --delete-untagged sur 2.8.</translation>
    </message>
    <message>
        <source>the registry&apos;s storage root (storage.filesystem.rootdirectory), read only</source>
        <translation>la racine de stockage du registre (storage.filesystem.rootdirectory), en lecture seule</translation>
    </message>
    <message>
        <source>what garbage collection of a registry:2 storage root frees, and what --delete-untagged breaks</source>
        <translation>ce que libère le ramasse-miettes d&apos;une racine de stockage registry:2, et ce que casse --delete-untagged</translation>
    </message>
    <message>
        <source>Reads a registry:2 filesystem storage root (read-only; run it where the data is) and tells what plain docker-registry garbage-collect frees, what --delete-untagged frees and which tagged multi-arch images it breaks on 2.8, what the safe plan (gc delete-untagged, then plain garbage-collect) frees, and the unfinished uploads.</source>
        <translation>Lit une racine de stockage registry:2 sur le système de fichiers (en lecture seule ; à lancer là où se trouvent les données) et indique ce que libère un docker-registry garbage-collect simple, ce que libère --delete-untagged et quelles images multi-arch taguées il casse sur 2.8, ce que libère le plan sûr (gc delete-untagged, puis garbage-collect simple), ainsi que les envois inachevés.</translation>
    </message>
    <message>
        <source>delete through the API the manifests no tag reaches (the safe plan)</source>
        <translation>supprimer via l&apos;API les manifestes qu&apos;aucun tag n&apos;atteint (le plan sûr)</translation>
    </message>
    <message>
        <source>Deletes through the registry&apos;s API exactly the manifests of the storage root that no tag reaches, directly or through a multi-arch index; platform manifests of tagged images stay. Afterwards plain docker-registry garbage-collect (registry read-only) frees their blobs.</source>
        <translation>Supprime via l&apos;API du registre exactement les manifestes de la racine de stockage qu&apos;aucun tag n&apos;atteint, ni directement ni via un index multi-arch ; les manifestes de plateforme des images taguées restent. Ensuite, un docker-registry garbage-collect simple (registre en lecture seule) libère leurs blobs.</translation>
    </message>
    <message>
        <source>The registry that serves the storage root.</source>
        <translation>Le registre qui sert la racine de stockage.</translation>
    </message>
    <message>
        <source>Check everything and list what would go; delete nothing.</source>
        <translation>Tout vérifier et lister ce qui partirait ; ne rien supprimer.</translation>
    </message>
    <message>
        <source>--storage takes ROOT=SIZE, e.g. /var/registry/data=500G (K, M, G, T: powers of 1024)</source>
        <translation>--storage prend ROOT=SIZE, p. ex. /var/registry/data=500G (K, M, G, T : puissances de 1024)</translation>
    </message>
    <message>
        <source>health needs something to check: a REGISTRY, --certificate, --htpasswd or --storage</source>
        <translation>health a besoin de quelque chose à vérifier : un REGISTRY, --certificate, --htpasswd ou --storage</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed</source>
        <translation>
            <numerusform>%n vérification échouée</numerusform>
            <numerusform>%n vérifications échouées</numerusform>
        </translation>
    </message>
    <message>
        <source>check certificates, htpasswd files and storage; exit 1 on any failure</source>
        <translation>vérifier certificats, fichiers htpasswd et stockage ; code 1 au moindre échec</translation>
    </message>
    <message>
        <source>Checks each registry&apos;s TLS certificate (it must verify and not expire within --days), the certificate files named (CAs, server certificates), htpasswd files (every entry usable by registry:2) and storage roots against a size limit. One line per finding; exit 1 when any check fails, for cron and monitoring.</source>
        <translation>Vérifie le certificat TLS de chaque registre (il doit se vérifier et ne pas expirer dans les --days), les fichiers de certificats nommés (AC, certificats de serveur), les fichiers htpasswd (chaque entrée utilisable par registry:2) et les racines de stockage par rapport à une limite de taille. Une ligne par constat ; code 1 si une vérification échoue, pour cron et la supervision.</translation>
    </message>
    <message>
        <source>host[:port] of a registry</source>
        <translation>host[:port] d&apos;un registre</translation>
    </message>
    <message>
        <source>A certificate that expires within this many days fails (default 30).</source>
        <translation>Un certificat qui expire dans ce nombre de jours échoue (30 par défaut).</translation>
    </message>
    <message>
        <source>A PEM certificate file to check (repeatable).</source>
        <translation>Un fichier de certificat PEM à vérifier (répétable).</translation>
    </message>
    <message>
        <source>An htpasswd file to check (repeatable).</source>
        <translation>Un fichier htpasswd à vérifier (répétable).</translation>
    </message>
    <message>
        <source>A storage root and the size its blobs should stay under, ROOT=SIZE (repeatable).</source>
        <translation>Une racine de stockage et la taille sous laquelle ses blobs doivent rester, ROOT=SIZE (répétable).</translation>
    </message>
    <message>
        <source>root=size</source>
        <translation>root=size</translation>
    </message>
    <message>
        <source>name either --change N or --buildset UUID</source>
        <translation>indiquez soit --change N, soit --buildset UUID</translation>
    </message>
    <message>
        <source>Zuul has no builds of change %1</source>
        <translation>Zuul n&apos;a aucun build du change %1</translation>
    </message>
    <message>
        <source>buildset %1 has no builds</source>
        <translation>le buildset %1 n&apos;a aucun build</translation>
    </message>
    <message numerus="yes">
        <source>%n build(s), none with a container image</source>
        <translation>
            <numerusform>%n build, aucun avec une image de conteneur</numerusform>
            <numerusform>%n builds, aucun avec une image de conteneur</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n platform(s))</source>
        <translation>
            <numerusform>(%n plateforme)</numerusform>
            <numerusform>(%n plateformes)</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: more builds than the %1 read; narrow with --patchset or --pipeline</source>
        <translation>avertissement : plus de builds que les %1 lus ; restreignez avec --patchset ou --pipeline</translation>
    </message>
    <message>
        <source>%1 of build %2: %3</source>
        <translation>%1 du build %2 : %3</translation>
    </message>
    <message>
        <source>Zuul has no %1 build of job %2 for change %3</source>
        <translation>Zuul n&apos;a aucun build %1 du job %2 pour le change %3</translation>
    </message>
    <message>
        <source>the newest %1 build of %2 for change %3 (%4) %5; nothing promoted</source>
        <translation>le build %1 le plus récent de %2 pour le change %3 (%4) %5 ; rien de promu</translation>
    </message>
    <message>
        <source>is still running</source>
        <translation>est toujours en cours</translation>
    </message>
    <message>
        <source>ended %1</source>
        <translation>s&apos;est terminé en %1</translation>
    </message>
    <message>
        <source>%1 build %2 of %3, change %4 patchset %5</source>
        <translation>build %1 %2 de %3, change %4 patchset %5</translation>
    </message>
    <message>
        <source>would copy %1 to %2 (%3)</source>
        <translation>copierait %1 vers %2 (%3)</translation>
    </message>
    <message>
        <source>copied %1 to %2, %3 verified</source>
        <translation>%1 copié vers %2, %3 vérifié</translation>
    </message>
    <message>
        <source>the images a change&apos;s builds left in the intermediate registry</source>
        <translation>les images que les builds d&apos;un change ont laissées dans le registre intermédiaire</translation>
    </message>
    <message>
        <source>Lists the container images a change&apos;s (or one buildset&apos;s) builds left in the intermediate registry, from the builds&apos; container_image artifacts, and checks each in the registry its URL names: its digest and size, or missing. Exit status 1 when an image could not be checked (a missing image is an answer, not a failure).</source>
        <translation>Liste les images de conteneur que les builds d&apos;un change (ou d&apos;un buildset) ont laissées dans le registre intermédiaire, d&apos;après les artefacts container_image des builds, et vérifie chacune dans le registre que nomme son URL : son digest et sa taille, ou manquante. Code 1 quand une image n&apos;a pas pu être vérifiée (une image manquante est une réponse, pas un échec).</translation>
    </message>
    <message>
        <source>The change number.</source>
        <translation>Le numéro du change.</translation>
    </message>
    <message>
        <source>Only this patchset.</source>
        <translation>Seulement ce patchset.</translation>
    </message>
    <message>
        <source>patchset</source>
        <translation>patchset</translation>
    </message>
    <message>
        <source>Only builds of this pipeline.</source>
        <translation>Seulement les builds de ce pipeline.</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>pipeline</translation>
    </message>
    <message>
        <source>One buildset instead of a change.</source>
        <translation>Un buildset au lieu d&apos;un change.</translation>
    </message>
    <message>
        <source>uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <source>The Zuul web URL.</source>
        <translation>L&apos;URL web de Zuul.</translation>
    </message>
    <message>
        <source>The Zuul tenant.</source>
        <translation>Le tenant Zuul.</translation>
    </message>
    <message>
        <source>Only builds of this project.</source>
        <translation>Seulement les builds de ce projet.</translation>
    </message>
    <message>
        <source>promote a change&apos;s images from the intermediate registry</source>
        <translation>promouvoir les images d&apos;un change depuis le registre intermédiaire</translation>
    </message>
    <message>
        <source>zuul-jobs&apos; intermediate-registry promote: takes the newest build of the job in the pipeline for the change (it must have succeeded) and copies each of its container_image artifacts, every platform, from the intermediate registry to REGISTRY/&lt;repository&gt;:&lt;tag&gt; (a registry host at the start of the repository is dropped), then checks that the published digest is the source&apos;s. --dry-run resolves the sources and prints what would be copied, writing nothing.</source>
        <translation>La promotion par le registre intermédiaire de zuul-jobs : prend le build le plus récent du job dans le pipeline pour le change (il doit avoir réussi) et copie chacun de ses artefacts container_image, toutes plateformes, du registre intermédiaire vers REGISTRY/&lt;repository&gt;:&lt;tag&gt; (un hôte de registre en tête du dépôt est retiré), puis vérifie que le digest publié est celui de la source. --dry-run résout les sources et affiche ce qui serait copié, sans rien écrire.</translation>
    </message>
    <message>
        <source>The pipeline of the build (gate, usually).</source>
        <translation>Le pipeline du build (gate, en général).</translation>
    </message>
    <message>
        <source>The job that built the images.</source>
        <translation>Le job qui a construit les images.</translation>
    </message>
    <message>
        <source>job</source>
        <translation>job</translation>
    </message>
    <message>
        <source>Print what would be copied; write nothing.</source>
        <translation>Afficher ce qui serait copié ; ne rien écrire.</translation>
    </message>
    <message>
        <source>--address takes an IP address, e.g. 127.0.0.1 or 0.0.0.0</source>
        <translation>--address prend une adresse IP, p. ex. 127.0.0.1 ou 0.0.0.0</translation>
    </message>
    <message>
        <source>%1 holds no token</source>
        <translation>%1 ne contient aucun jeton</translation>
    </message>
    <message>
        <source>Listening for registry notifications at %1. Add this to the registry&apos;s config.yml:</source>
        <translation>Écoute des notifications de registre à %1. Ajoutez ceci au config.yml du registre :</translation>
    </message>
    <message>
        <source>&lt;the token in %1&gt;</source>
        <translation>&lt;le jeton de %1&gt;</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>refusé : %1</translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation>impossible de mettre en place la gestion des signaux</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) received, </source>
        <translation>
            <numerusform>%n événement reçu, </numerusform>
            <numerusform>%n événements reçus, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) refused (%1 without the token)</source>
        <translation>
            <numerusform>%n requête refusée (%1 sans le jeton)</numerusform>
            <numerusform>%n requêtes refusées (%1 sans le jeton)</numerusform>
        </translation>
    </message>
    <message>
        <source>receive registry:2 notifications and print each event</source>
        <translation>recevoir les notifications de registry:2 et afficher chaque événement</translation>
    </message>
    <message>
        <source>Receives the notification POSTs of a registry:2 `notifications.endpoints` entry and prints one line per push, pull, mount and delete as it happens (--json: one JSON object per line), Zuul tags decoded, until interrupted. With --token-file every POST must carry `Authorization: Bearer &lt;token&gt;`; without it only a loopback address may listen. POSTs without the token and bodies that are no notification envelope are refused, counted on standard error and never printed as events. The config.yml block to add is printed on standard error at start (without the token itself).</source>
        <translation>Reçoit les POST de notification d&apos;une entrée `notifications.endpoints` de registry:2 et affiche une ligne par push, pull, mount et delete au moment où il a lieu (--json : un objet JSON par ligne), tags Zuul décodés, jusqu&apos;à interruption. Avec --token-file chaque POST doit porter `Authorization: Bearer &lt;token&gt;` ; sans lui seule une adresse de bouclage peut écouter. Les POST sans le jeton et les corps qui ne sont pas une enveloppe de notification sont refusés, comptés sur la sortie d&apos;erreur et jamais affichés comme événements. Le bloc à ajouter au config.yml est affiché sur la sortie d&apos;erreur au démarrage (sans le jeton lui-même).</translation>
    </message>
    <message>
        <source>The port to listen on (0: any free one, printed).</source>
        <translation>Le port d&apos;écoute (0 : n&apos;importe lequel de libre, affiché).</translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1).</source>
        <translation>L&apos;adresse d&apos;écoute (127.0.0.1 par défaut).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>A file holding the bearer token POSTs must carry.</source>
        <translation>Un fichier contenant le jeton bearer que les POST doivent porter.</translation>
    </message>
    <message>
        <source>Send the registry&apos;s events there (an events listen endpoint, http://HOST:PORT/events).</source>
        <translation>Envoyer là les événements du registre (un point d&apos;accès d&apos;events listen, http://HOST:PORT/events).</translation>
    </message>
    <message>
        <source>A file holding the bearer token the event POSTs carry.</source>
        <translation>Un fichier contenant le jeton bearer que portent les POST d&apos;événements.</translation>
    </message>
    <message>
        <source>--events-url takes an http:// or https:// URL</source>
        <translation>--events-url prend une URL http:// ou https://</translation>
    </message>
    <message>
        <source>--events-token-file goes with --events-url</source>
        <translation>--events-token-file va avec --events-url</translation>
    </message>
    <message>
        <source>%1 holds no usable token (one word)</source>
        <translation>%1 ne contient pas de jeton utilisable (un mot)</translation>
    </message>
    <message>
        <source>Runs an intermediate, a buildset and a publication registry on loopback (TLS + htpasswd), seeded with sample images. With --events-url every registry sends its events there (off otherwise).</source>
        <translation>Lance un registre intermédiaire, un de buildset et un de publication sur la boucle locale (TLS + htpasswd), garnis d&apos;images d&apos;exemple. Avec --events-url chaque registre y envoie ses événements (désactivé sinon).</translation>
    </message>
    <message>
        <source>name either SRC DST or --from-file LIST, not both</source>
        <translation>indiquez soit SRC DST, soit --from-file LIST, pas les deux</translation>
    </message>
    <message>
        <source>copy needs SRC and DST, or --from-file LIST</source>
        <translation>copy a besoin de SRC et DST, ou de --from-file LIST</translation>
    </message>
    <message>
        <source>%1 line %2: expected SRC DST, two image references</source>
        <translation>%1 ligne %2 : SRC DST attendu, deux références d&apos;images</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <translation>%1 ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1 names no copies</source>
        <translation>%1 ne nomme aucune copie</translation>
    </message>
    <message>
        <source>failed: %1 → %2: %3</source>
        <translation>échec : %1 → %2 : %3</translation>
    </message>
    <message>
        <source>Copied %1 → %2 %3</source>
        <translation>Copié %1 → %2 %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n copies failed</source>
        <translation>
            <numerusform>%1 copie sur %n a échoué</numerusform>
            <numerusform>%1 copies sur %n ont échoué</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy every &quot;SRC DST&quot; line of this file (- for standard input; # comments) in one process, several images at once; every line is checked before the first copy.</source>
        <translation>Copier chaque ligne « SRC DST » de ce fichier (- pour l&apos;entrée standard ; commentaires #) dans un seul processus, plusieurs images à la fois ; chaque ligne est vérifiée avant la première copie.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>With --from-file: images copied at once (default 4).</source>
        <translation>Avec --from-file : images copiées à la fois (4 par défaut).</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>the CA file %1 does not exist</source>
        <translation>le fichier CA %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the Zuul URL must start with https:// (or http://)</source>
        <translation>l&apos;URL Zuul doit commencer par https:// (ou http://)</translation>
    </message>
    <message>
        <source>a Zuul URL needs its tenant</source>
        <translation>une URL Zuul nécessite son tenant</translation>
    </message>
    <message>
        <source>no PEM certificate could be read from %1</source>
        <translation>aucun certificat PEM n&apos;a pu être lu depuis %1</translation>
    </message>
    <message>
        <source>Intermediate registry</source>
        <translation>Registre intermédiaire</translation>
    </message>
    <message>
        <source>Buildset registry</source>
        <translation>Registre du buildset</translation>
    </message>
    <message>
        <source>Publication registry</source>
        <translation>Registre de publication</translation>
    </message>
    <message>
        <source>Other registry</source>
        <translation>Autre registre</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Registry connection</source>
        <translation>Connexion au registre</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom:</translation>
    </message>
    <message>
        <source>e.g. Intermediate registry</source>
        <translation>p. ex. Registre intermédiaire</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>host:port, [::1]:5000 or docker.io</source>
        <translation>hôte:port, [::1]:5000 ou docker.io</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur:</translation>
    </message>
    <message>
        <source>empty for anonymous access or the docker/podman login</source>
        <translation>vide pour un accès anonyme ou le login docker/podman</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe:</translation>
    </message>
    <message>
        <source>stored in the OS keychain; empty keeps the stored one</source>
        <translation>enregistré dans le trousseau du système; laisser vide pour conserver celui enregistré</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>Fichier &amp;CA:</translation>
    </message>
    <message>
        <source>PEM file of the CA that signed the registry&apos;s certificate</source>
        <translation>Fichier PEM de la CA qui a signé le certificat du registre</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>certs.&amp;d directory:</source>
        <translation>Répertoire certs.&amp;d:</translation>
    </message>
    <message>
        <source>empty: /etc/containers/certs.d and the usual places</source>
        <translation>vide: /etc/containers/certs.d et les emplacements habituels</translation>
    </message>
    <message>
        <source>&amp;Skip TLS verification (insecure: anyone on the path can impersonate the registry)</source>
        <translation>&amp;Ignorer la vérification TLS (non sécurisé: n&apos;importe qui sur le chemin peut usurper l&apos;identité du registre)</translation>
    </message>
    <message>
        <source>&amp;Zuul URL:</source>
        <translation>URL &amp;Zuul:</translation>
    </message>
    <message>
        <source>optional, e.g. https://zuul.example.org</source>
        <translation>facultatif, p. ex. https://zuul.example.org</translation>
    </message>
    <message>
        <source>Zuul &amp;tenant:</source>
        <translation>&amp;Tenant Zuul:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificats PEM (*.crt *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New registry connection</source>
        <translation>Nouvelle connexion de registre</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>A password needs its username.</source>
        <translation>Un mot de passe nécessite son nom d&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>ConnectionsPanel</name>
    <message>
        <source>CONNECTIONS</source>
        <translation>CONNEXIONS</translation>
    </message>
    <message>
        <source>No registry yet. Add your intermediate, buildset and publication registries, or take them over from a docker or podman login.</source>
        <translation>Aucun registre pour l&apos;instant. Ajoutez vos registres intermédiaire, du buildset et de publication, ou reprenez-les d&apos;un login docker ou podman.</translation>
    </message>
    <message>
        <source>Set up a registry…</source>
        <translation>Configurer un registre…</translation>
    </message>
    <message>
        <source>Add a registry…</source>
        <translation>Ajouter un registre…</translation>
    </message>
    <message>
        <source>Import from docker/podman login</source>
        <translation>Importer depuis un login docker/podman</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Add a registry connection (Ctrl+N)</source>
        <translation>Ajouter une connexion de registre (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Remove the connection (its keychain entry stays)</source>
        <translation>Supprimer la connexion (son entrée dans le trousseau est conservée)</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Check reachability and login again</source>
        <translation>Vérifier à nouveau la joignabilité et le login</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import registries from a docker or podman auth file</source>
        <translation>Importer des registres depuis un fichier d&apos;authentification docker ou podman</translation>
    </message>
    <message>
        <source>TLS verification is OFF</source>
        <translation>La vérification TLS est DÉSACTIVÉE</translation>
    </message>
    <message>
        <source>Pulls left: %1</source>
        <translation>Pulls restants: %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation>Identifiants: %1</translation>
    </message>
    <message>
        <source>%1 (insecure)</source>
        <translation>%1 (non sécurisé)</translation>
    </message>
    <message>
        <source>No OS keychain is available (%1), so the password was not stored.</source>
        <translation>Aucun trousseau système n&apos;est disponible (%1), le mot de passe n&apos;a donc pas été enregistré.</translation>
    </message>
    <message>
        <source>Keep for this session only</source>
        <translation>Conserver pour cette session uniquement</translation>
    </message>
    <message>
        <source>The keychain refused the password: %1</source>
        <translation>Le trousseau a refusé le mot de passe: %1</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove the connection “%1” (%2)? Its password stays in the keychain.</source>
        <translation>Supprimer la connexion « %1 » (%2)? Son mot de passe reste dans le trousseau.</translation>
    </message>
    <message>
        <source>Import docker/podman logins</source>
        <translation>Importer les logins docker/podman</translation>
    </message>
    <message>
        <source>Auth files (*.json);;All files (*)</source>
        <translation>Fichiers d&apos;authentification (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 has no registry that is not already here.</source>
        <translation>%1 ne contient aucun registre qui ne soit pas déjà ici.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n registry(ies); their credentials stay in %1 and its helpers.</source>
        <translation>
            <numerusform>%n registre importé; ses identifiants restent dans %1 et ses assistants d&apos;identifiants.</numerusform>
            <numerusform>%n registres importés; leurs identifiants restent dans %1 et ses assistants d&apos;identifiants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reachable, login works (%1)</source>
        <translation>Joignable, la connexion fonctionne (%1)</translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message>
        <source>Copy image</source>
        <translation>Copier l&apos;image</translation>
    </message>
    <message>
        <source>To &amp;registry:</source>
        <translation>Vers le &amp;registre:</translation>
    </message>
    <message>
        <source>R&amp;epository:</source>
        <translation>&amp;Dépôt:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>Copy &amp;every platform of a multi-arch index</source>
        <translation>Copier toutes les &amp;plateformes d&apos;un index multi-arch</translation>
    </message>
    <message>
        <source>Copy %1 with all its blobs; the copy has the same digest.</source>
        <translation>Copier %1 avec tous ses blobs; la copie a le même digest.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Add a second registry connection to copy to.</source>
        <translation>Ajoutez une deuxième connexion de registre vers laquelle copier.</translation>
    </message>
    <message>
        <source>“%1” is not a valid repository name (lower case, digits and . _ - / only).</source>
        <translation>« %1 » n&apos;est pas un nom de dépôt valide (minuscules, chiffres et . _ - / uniquement).</translation>
    </message>
    <message>
        <source>“%1” is not a valid tag (up to 128 letters, digits, . _ -).</source>
        <translation>« %1 » n&apos;est pas un tag valide (jusqu&apos;à 128 lettres, chiffres, . _ -).</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n tag(s) of %1 with all their blobs, at once; each copy keeps its tag and digest.</source>
        <translation>
            <numerusform>Copier %n tag de %1 avec tous ses blobs, d’un coup ; chaque copie garde son tag et son digest.</numerusform>
            <numerusform>Copier %n tags de %1 avec tous leurs blobs, d’un coup ; chaque copie garde son tag et son digest.</numerusform>
        </translation>
    </message>
    <message>
        <source>each keeps its own tag</source>
        <translation>chacun garde son propre tag</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>no entry in the OS keychain</source>
        <translation>aucune entrée dans le trousseau du système</translation>
    </message>
    <message>
        <source>the OS keychain denied access: %1</source>
        <translation>le trousseau du système a refusé l&apos;accès: %1</translation>
    </message>
    <message>
        <source>no OS keychain is available: %1</source>
        <translation>aucun trousseau système n&apos;est disponible: %1</translation>
    </message>
    <message>
        <source>the OS keychain is not usable (is a Secret Service such as gnome-keyring running and unlocked?): %1</source>
        <translation>le trousseau du système n&apos;est pas utilisable (un Secret Service tel que gnome-keyring est-il lancé et déverrouillé?): %1</translation>
    </message>
    <message>
        <source>the keychain entry is not a RegistryDesk login</source>
        <translation>l&apos;entrée du trousseau n&apos;est pas un login RegistryDesk</translation>
    </message>
</context>
<context>
    <name>CredentialsStep</name>
    <message>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>The user Zuul logs in as. On a registry you manage, RegistryDesk can add or rotate the user in its htpasswd file first.</source>
        <translation>L&apos;utilisateur sous lequel Zuul se connecte. Sur un registre que vous gérez, RegistryDesk peut d&apos;abord ajouter cet utilisateur à son fichier htpasswd ou renouveler son mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur:</translation>
    </message>
    <message>
        <source>zuul</source>
        <translation>zuul</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>&amp;Add or rotate this user in the registry&apos;s htpasswd file first:</source>
        <translation>&amp;Ajouter ou renouveler d&apos;abord cet utilisateur dans le fichier htpasswd du registre:</translation>
    </message>
    <message>
        <source>/var/registry/auth/htpasswd</source>
        <translation>/var/registry/auth/htpasswd</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Test the login</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>htpasswd file</source>
        <translation>Fichier htpasswd</translation>
    </message>
    <message>
        <source>Hashing the password with bcrypt…</source>
        <translation>Hachage du mot de passe avec bcrypt…</translation>
    </message>
    <message>
        <source>Could not update %1: %2</source>
        <translation>Impossible de mettre à jour %1: %2</translation>
    </message>
    <message>
        <source>bcrypt failed</source>
        <translation>échec de bcrypt</translation>
    </message>
    <message>
        <source>Updated %1 in %2; testing the login…</source>
        <translation>%1 mis à jour dans %2; test de la connexion…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>%1 logs in to %2</source>
        <translation>%1 se connecte à %2</translation>
    </message>
</context>
<context>
    <name>DeploymentBundle</name>
    <message>
        <source>&quot;%1:%2&quot; is not a valid registry host and port</source>
        <translation>« %1:%2 » n&apos;est pas un hôte et un port de registre valides</translation>
    </message>
    <message>
        <source>the bundle needs a valid user name and a password</source>
        <translation>le bundle nécessite un nom d&apos;utilisateur valide et un mot de passe</translation>
    </message>
    <message>
        <source>%1 already holds a bundle (%2); choose an empty directory</source>
        <translation>%1 contient déjà un bundle (%2); choisissez un répertoire vide</translation>
    </message>
    <message>
        <source>cannot encrypt the Zuul secret: %1</source>
        <translation>impossible de chiffrer le secret Zuul: %1</translation>
    </message>
    <message>
        <source>bcrypt hashing failed</source>
        <translation>le hachage bcrypt a échoué</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme:</translation>
    </message>
    <message>
        <source>Copy &amp;pull</source>
        <translation>Copier la commande p&amp;ull</translation>
    </message>
    <message>
        <source>Copy a docker pull command for this tag</source>
        <translation>Copier une commande docker pull pour ce tag</translation>
    </message>
    <message>
        <source>Copy &amp;digest ref</source>
        <translation>Copier la réf. par &amp;digest</translation>
    </message>
    <message>
        <source>Copy repository@digest: the exact image, whatever the tag points at later</source>
        <translation>Copier dépôt@digest: l&apos;image exacte, quel que soit ce vers quoi le tag pointera plus tard</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
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
        <translation>Taille</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Type de média</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Config</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Référents</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>Artifact type</source>
        <translation>Type d&apos;artefact</translation>
    </message>
    <message>
        <source>Found via</source>
        <translation>Trouvé via</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Manifest as served</source>
        <translation>Manifeste tel que servi</translation>
    </message>
    <message>
        <source>Image manifest of the platform</source>
        <translation>Manifeste d&apos;image de la plateforme</translation>
    </message>
    <message>
        <source>Image configuration</source>
        <translation>Configuration de l&apos;image</translation>
    </message>
    <message>
        <source>Select a tag to see what it is.</source>
        <translation>Sélectionnez un tag pour voir ce qu&apos;il désigne.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Manifest size</source>
        <translation>Taille du manifeste</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Image of %1</source>
        <translation>Image de %1</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Taille de l&apos;image</translation>
    </message>
    <message>
        <source>Zuul</source>
        <translation>Zuul</translation>
    </message>
    <message>
        <source>intermediate image of build %1, to be tagged %2</source>
        <translation>image intermédiaire du build %1, qui recevra le tag %2</translation>
    </message>
    <message>
        <source>temporary tag of change %1; promotion makes it %2</source>
        <translation>tag temporaire du change %1; la promotion le transforme en %2</translation>
    </message>
    <message>
        <source>temporary tag of the %1 pipeline; promotion makes it %2</source>
        <translation>tag temporaire du pipeline %1; la promotion le transforme en %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>This index has no image for the chosen platform.</source>
        <translation>Cet index n&apos;a pas d&apos;image pour la plateforme choisie.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Point d&apos;entrée</translation>
    </message>
    <message>
        <source>Cmd</source>
        <translation>Cmd</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>root (not set)</source>
        <translation>root (non défini)</translation>
    </message>
    <message>
        <source>Working dir</source>
        <translation>Répertoire de travail</translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation>Ports exposés</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volumes</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>(no layer)</source>
        <translation>(aucune couche)</translation>
    </message>
    <message>
        <source>tag scheme</source>
        <translation>schéma de tag</translation>
    </message>
    <message>
        <source>Asking the registry for referrers…</source>
        <translation>Interrogation du registre sur les référents…</translation>
    </message>
    <message>
        <source>referrers API</source>
        <translation>API des référents</translation>
    </message>
    <message>
        <source>%1. Referrers stored under the sha256-&lt;hex&gt; tag scheme: %2.</source>
        <translation>%1. Référents stockés selon le schéma de tag sha256-&lt;hex&gt;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n referrer(s).</source>
        <translation>
            <numerusform>%n référent.</numerusform>
            <numerusform>%n référents.</numerusform>
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
        <translation>La connexion depuis laquelle l&apos;image A est lue</translation>
    </message>
    <message>
        <source>repository:tag or repository@digest — or drop a tag from Browse here</source>
        <translation>dépôt:tag ou dépôt@digest — ou déposez ici un tag depuis Parcourir</translation>
    </message>
    <message>
        <source>Image &amp;B:</source>
        <translation>Image &amp;B:</translation>
    </message>
    <message>
        <source>The connection image B is read from</source>
        <translation>La connexion depuis laquelle l&apos;image B est lue</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plateforme:</translation>
    </message>
    <message>
        <source>A&apos;s, matched in B</source>
        <translation>celle de A, recherchée dans B</translation>
    </message>
    <message>
        <source>For multi-arch images: os/arch[/variant], e.g. linux/arm64</source>
        <translation>Pour les images multi-arch: os/arch[/variant], p. ex. linux/arm64</translation>
    </message>
    <message>
        <source>Ignore &amp;timestamps</source>
        <translation>Ignorer les &amp;horodatages</translation>
    </message>
    <message>
        <source>Reproducibility view: file times and the creation date do not count</source>
        <translation>Vue de reproductibilité: les dates des fichiers et la date de création ne comptent pas</translation>
    </message>
    <message>
        <source>Ignore &amp;ownership</source>
        <translation>Ignorer les pr&amp;opriétaires</translation>
    </message>
    <message>
        <source>File owners (uid/gid) do not count</source>
        <translation>Les propriétaires des fichiers (uid/gid) ne comptent pas</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>&amp;Inverser</translation>
    </message>
    <message>
        <source>Exchange images A and B</source>
        <translation>Échanger les images A et B</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose two images and press Compare.</source>
        <translation>Choisissez deux images et appuyez sur Comparer.</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Fichiers</translation>
    </message>
    <message>
        <source>Only c&amp;hanges</source>
        <translation>Uniquement les &amp;modifications</translation>
    </message>
    <message>
        <source>Filter paths</source>
        <translation>Filtrer les chemins</translation>
    </message>
    <message>
        <source>Only what this layer touched last</source>
        <translation>Uniquement ce que cette couche a modifié en dernier</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Exporter en C&amp;SV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Show content &amp;diff</source>
        <translation>Afficher les &amp;différences de contenu</translation>
    </message>
    <message>
        <source>Save A as…</source>
        <translation>Enregistrer A sous…</translation>
    </message>
    <message>
        <source>Save B as…</source>
        <translation>Enregistrer B sous…</translation>
    </message>
    <message>
        <source>Select a file to see what changed in it.</source>
        <translation>Sélectionnez un fichier pour voir ce qui y a changé.</translation>
    </message>
    <message>
        <source>C&amp;onfiguration</source>
        <translation>C&amp;onfiguration</translation>
    </message>
    <message>
        <source>&amp;Layers</source>
        <translation>&amp;Couches</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>Si&amp;ze by directory</source>
        <translation>&amp;Taille par répertoire</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>Toutes les couches</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
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
        <translation>Couche dans A</translation>
    </message>
    <message>
        <source>Layer in B</source>
        <translation>Couche dans B</translation>
    </message>
    <message>
        <source>Save %1 of image %2</source>
        <translation>Enregistrer %1 de l&apos;image %2</translation>
    </message>
    <message>
        <source>Export the changed files</source>
        <translation>Exporter les fichiers modifiés</translation>
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
        <translation>Aucune connexion n&apos;atteint %1: ajoutez-en d&apos;abord une pour ce registre.</translation>
    </message>
    <message>
        <source>Choose image %1: a connection and repository:tag.</source>
        <translation>Choisissez l&apos;image %1: une connexion et dépôt:tag.</translation>
    </message>
    <message>
        <source>Image %1: %2</source>
        <translation>Image %1: %2</translation>
    </message>
    <message>
        <source>The platform is os/arch[/variant], e.g. linux/arm64.</source>
        <translation>La plateforme est de la forme os/arch[/variant], p. ex. linux/arm64.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>A connection could not be opened; its status in the sidebar says why.</source>
        <translation>Une connexion n&apos;a pas pu être ouverte; son état dans la barre latérale en indique la raison.</translation>
    </message>
    <message>
        <source>Reading both images…</source>
        <translation>Lecture des deux images…</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>reading, %1%</source>
        <translation>lecture, %1%</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>from the cache</source>
        <translation>depuis le cache</translation>
    </message>
    <message>
        <source>read and indexed</source>
        <translation>lue et indexée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>The comparison failed.</source>
        <translation>La comparaison a échoué.</translation>
    </message>
    <message>
        <source>&lt;b&gt;&lt;span style=&apos;color:#2da44e&apos;&gt;%1 added&lt;/span&gt; · &lt;span style=&apos;color:#e5534b&apos;&gt;%2 removed&lt;/span&gt; · &lt;span style=&apos;color:#d29922&apos;&gt;%3 modified&lt;/span&gt;&lt;/b&gt; · size %4 · %5 configuration changes · layers: %6 shared, %7 only in A, %8 only in B</source>
        <translation>&lt;b&gt;&lt;span style=&apos;color:#2da44e&apos;&gt;%1 ajoutés&lt;/span&gt; · &lt;span style=&apos;color:#e5534b&apos;&gt;%2 supprimés&lt;/span&gt; · &lt;span style=&apos;color:#d29922&apos;&gt;%3 modifiés&lt;/span&gt;&lt;/b&gt; · taille %4 · %5 modifications de configuration · couches: %6 partagées, %7 uniquement dans A, %8 uniquement dans B</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>same content</source>
        <translation>contenu identique</translation>
    </message>
    <message>
        <source>only A</source>
        <translation>A uniquement</translation>
    </message>
    <message>
        <source>only B</source>
        <translation>B uniquement</translation>
    </message>
    <message>
        <source>%1 layer %2: %3</source>
        <translation>%1, couche %2: %3</translation>
    </message>
    <message>
        <source>%1: not present</source>
        <translation>%1: absent</translation>
    </message>
    <message>
        <source>%1: %2, %3, mode %4, owner %5:%6%7</source>
        <translation>%1: %2, %3, mode %4, propriétaire %5:%6%7</translation>
    </message>
    <message>
        <source>, → %1</source>
        <translation>, → %1</translation>
    </message>
    <message>
        <source>Reading the file from its layer…</source>
        <translation>Lecture du fichier depuis sa couche…</translation>
    </message>
    <message>
        <source>Binary content: %1 in A, %2 in B. Save either side to compare it with a tool for that format.</source>
        <translation>Contenu binaire: %1 dans A, %2 dans B. Enregistrez l&apos;un ou l&apos;autre côté pour le comparer avec un outil adapté à ce format.</translation>
    </message>
    <message>
        <source>The contents are the same.</source>
        <translation>Les contenus sont identiques.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1: %2</translation>
    </message>
    <message>
        <source>Exported the changed files to %1.</source>
        <translation>Fichiers modifiés exportés vers %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Diff</source>
        <translation>Co&amp;mparaison</translation>
    </message>
</context>
<context>
    <name>DiffTreeModel</name>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>%1
last touched by layer %2</source>
        <translation>%1
modifié en dernier par la couche %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Size A</source>
        <translation>Taille A</translation>
    </message>
    <message>
        <source>Size B</source>
        <translation>Taille B</translation>
    </message>
    <message>
        <source>Δ</source>
        <translation>Δ</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
</context>
<context>
    <name>DirectDownload</name>
    <message>
        <source>%1 sent nothing for %2 s</source>
        <translation>%1 n&apos;a rien envoyé pendant %2 s</translation>
    </message>
    <message>
        <source>downloading from %1 failed: %2</source>
        <translation>échec du téléchargement depuis %1: %2</translation>
    </message>
    <message>
        <source>%1 sent oversized headers</source>
        <translation>%1 a envoyé des en-têtes trop volumineux</translation>
    </message>
    <message>
        <source>direct download declined (HTTP %1)</source>
        <translation>téléchargement direct refusé (HTTP %1)</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of a blob</source>
        <translation>%1 a fermé la connexion au milieu d&apos;un blob</translation>
    </message>
</context>
<context>
    <name>DirectUpload</name>
    <message>
        <source>%1 did not take data within %2 s</source>
        <translation>%1 n&apos;a pas accepté de données en %2 s</translation>
    </message>
    <message>
        <source>uploading to %1 failed: %2</source>
        <translation>échec de l&apos;envoi vers %1: %2</translation>
    </message>
    <message>
        <source>the data to upload ended early</source>
        <translation>les données à envoyer se sont terminées prématurément</translation>
    </message>
    <message>
        <source>%1 sent an oversized answer to an upload</source>
        <translation>%1 a envoyé une réponse trop volumineuse à un envoi</translation>
    </message>
    <message>
        <source>%1 closed the connection during an upload</source>
        <translation>%1 a fermé la connexion pendant un envoi</translation>
    </message>
    <message>
        <source>%1 answered an upload with something that is not HTTP</source>
        <translation>%1 a répondu à un envoi par autre chose que du HTTP</translation>
    </message>
</context>
<context>
    <name>EndpointStep</name>
    <message>
        <source>Registry endpoint</source>
        <translation>Point de terminaison du registre</translation>
    </message>
    <message>
        <source>Where the intermediate registry is (or will be). RegistryDesk checks that it answers the registry API.</source>
        <translation>Emplacement du registre intermédiaire (actuel ou futur). RegistryDesk vérifie qu&apos;il répond à l&apos;API de registre.</translation>
    </message>
    <message>
        <source>An &amp;existing registry</source>
        <translation>Un registre &amp;existant</translation>
    </message>
    <message>
        <source>A &amp;new intermediate registry: create its certificates, htpasswd and deployment bundle</source>
        <translation>Un &amp;nouveau registre intermédiaire: créer ses certificats, le fichier htpasswd et le bundle de déploiement</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte:</translation>
    </message>
    <message>
        <source>registry.example.org, 192.0.2.10 or ::1</source>
        <translation>registry.example.org, 192.0.2.10 ou ::1</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Check the endpoint</source>
        <translation>&amp;Vérifier le point de terminaison</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>No TLS connection to %1: %2</source>
        <translation>Pas de connexion TLS à %1: %2</translation>
    </message>
    <message>
        <source>%1 answers the registry API /v2/ over %2 (%3 authentication)</source>
        <translation>%1 répond à l&apos;API de registre /v2/ via %2 (authentification: %3)</translation>
    </message>
</context>
<context>
    <name>FileContentJob</name>
    <message>
        <source>Read %1</source>
        <translation>Lire %1</translation>
    </message>
    <message>
        <source>Save %1 as %2</source>
        <translation>Enregistrer %1 sous %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB; save it to a file instead</source>
        <translation>%1 dépasse %2 Mio; enregistrez-le plutôt dans un fichier</translation>
    </message>
</context>
<context>
    <name>FlowRehearsal</name>
    <message>
        <source>Intermediate registry</source>
        <translation>Registre intermédiaire</translation>
    </message>
    <message>
        <source>Buildset registry</source>
        <translation>Registre du buildset</translation>
    </message>
    <message>
        <source>Publication registry</source>
        <translation>Registre de publication</translation>
    </message>
    <message>
        <source>Image build job</source>
        <translation>Tâche de construction d&apos;image</translation>
    </message>
    <message>
        <source>Deployment test job</source>
        <translation>Tâche de test de déploiement</translation>
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
        <translation>Image du change précédent vers le registre intermédiaire</translation>
    </message>
    <message>
        <source>Previous change&apos;s image</source>
        <translation>Image du change précédent</translation>
    </message>
    <message>
        <source>Buildset registry populated from the intermediate registry</source>
        <translation>Registre du buildset alimenté depuis le registre intermédiaire</translation>
    </message>
    <message>
        <source>Images from previous changes</source>
        <translation>Images des changes précédents</translation>
    </message>
    <message>
        <source>Image build job pushes the current image</source>
        <translation>La tâche de construction d&apos;image pousse l&apos;image courante</translation>
    </message>
    <message>
        <source>Current image</source>
        <translation>Image courante</translation>
    </message>
    <message>
        <source>Current image to the intermediate registry</source>
        <translation>Image courante vers le registre intermédiaire</translation>
    </message>
    <message>
        <source>Deployment test job pulls current and previous images</source>
        <translation>La tâche de test de déploiement récupère les images courante et précédentes</translation>
    </message>
    <message>
        <source>Current and previous images</source>
        <translation>Images courante et précédentes</translation>
    </message>
    <message>
        <source>upload-image pushes the temporary tag</source>
        <translation>upload-image pousse le tag temporaire</translation>
    </message>
    <message>
        <source>Current image with temporary tag</source>
        <translation>Image courante avec tag temporaire</translation>
    </message>
    <message>
        <source>promote-image moves the final tag (manifest only)</source>
        <translation>promote-image déplace le tag final (manifeste uniquement)</translation>
    </message>
    <message>
        <source>Current image manifest with final tag</source>
        <translation>Manifeste de l&apos;image courante avec tag final</translation>
    </message>
    <message>
        <source>Clean-up of the rehearsal&apos;s tags</source>
        <translation>Nettoyage des tags de la répétition</translation>
    </message>
    <message>
        <source>Clean-up</source>
        <translation>Nettoyage</translation>
    </message>
    <message>
        <source>RegistryDesk</source>
        <translation>RegistryDesk</translation>
    </message>
    <message>
        <source>all registries</source>
        <translation>tous les registres</translation>
    </message>
    <message>
        <source>Rehearse the gating flow with %1</source>
        <translation>Répéter le flux de gating avec %1</translation>
    </message>
    <message>
        <source>step %1 (%2) failed: %3</source>
        <translation>l&apos;étape %1 (%2) a échoué: %3</translation>
    </message>
    <message>
        <source>no temporary buildset registry: %1</source>
        <translation>pas de registre de buildset temporaire: %1</translation>
    </message>
    <message>
        <source>%1 already has %2:%3; rehearse with another repository</source>
        <translation>%1 contient déjà %2:%3; répétez avec un autre dépôt</translation>
    </message>
    <message>
        <source>%1 holds %2 under %3, not the expected %4</source>
        <translation>%1 contient %2 sous %3, et non %4 comme attendu</translation>
    </message>
    <message>
        <source>%1:%2 (%3)</source>
        <translation>%1:%2 (%3)</translation>
    </message>
    <message>
        <source>the copy has digest %1, not %2</source>
        <translation>la copie a le digest %1, et non %2</translation>
    </message>
    <message>
        <source>%1:%2 (%3): %4 blobs copied, %5 mounted, %6 already there</source>
        <translation>%1:%2 (%3): %4 blobs copiés, %5 montés, %6 déjà présents</translation>
    </message>
    <message>
        <source>%1:%2 (%3), one new layer on the previous image</source>
        <translation>%1:%2 (%3), une nouvelle couche sur l&apos;image précédente</translation>
    </message>
    <message>
        <source>current %1 and previous %2 pulled, every blob verified</source>
        <translation>courante %1 et précédente %2 récupérées, chaque blob vérifié</translation>
    </message>
    <message>
        <source>the test job got %1 for %2, not %3</source>
        <translation>la tâche de test a obtenu %1 pour %2, et non %3</translation>
    </message>
    <message>
        <source>Current image manifest with temporary tag</source>
        <translation>Manifeste de l&apos;image courante avec tag temporaire</translation>
    </message>
    <message>
        <source>the manifest of %1 only, not the layers</source>
        <translation>le manifeste de %1 uniquement, pas les couches</translation>
    </message>
    <message>
        <source>%1 is %2 after the promote, not %3</source>
        <translation>%1 vaut %2 après la promotion, et non %3</translation>
    </message>
    <message>
        <source>%1 is still there after the promote</source>
        <translation>%1 est toujours présent après la promotion</translation>
    </message>
    <message>
        <source>%1 → %2 (%3), manifest only; %1 removed</source>
        <translation>%1 → %2 (%3), manifeste uniquement; %1 supprimé</translation>
    </message>
    <message>
        <source>%1 tags removed; the blobs stay until each registry&apos;s garbage collection</source>
        <translation>%1 tags supprimés; les blobs restent jusqu&apos;au ramasse-miettes de chaque registre</translation>
    </message>
    <message>
        <source>; not removed: %1 — %2; they go with the buildset registry</source>
        <translation>; non supprimés : %1 — %2 ; ils disparaissent avec le registre du buildset</translation>
    </message>
</context>
<context>
    <name>FlowsPage</name>
    <message>
        <source>&amp;Intermediate:</source>
        <translation>&amp;Intermédiaire:</translation>
    </message>
    <message>
        <source>&amp;Buildset:</source>
        <translation>&amp;Buildset:</translation>
    </message>
    <message>
        <source>&amp;Publication:</source>
        <translation>&amp;Publication:</translation>
    </message>
    <message>
        <source>&amp;Keep its tags</source>
        <translation>&amp;Conserver ses tags</translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation>Re&amp;jouer</translation>
    </message>
    <message>
        <source>Draw the last rehearsal again, step by step</source>
        <translation>Redessiner la dernière répétition, étape par étape</translation>
    </message>
    <message>
        <source>&amp;Rehearse…</source>
        <translation>&amp;Répéter…</translation>
    </message>
    <message>
        <source>Perform the whole gating flow with a small generated image and check every step</source>
        <translation>Exécuter tout le flux de gating avec une petite image générée et vérifier chaque étape</translation>
    </message>
    <message>
        <source>Gating flow (as in the Container Images document)</source>
        <translation>Flux de gating (comme dans le document Container Images)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Buildset registry image transfer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Transfert d&apos;images du registre du buildset&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Publish and promote&lt;/b&gt;</source>
        <translation>&lt;b&gt;Publication et promotion&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Job graph</source>
        <translation>Graphe des tâches</translation>
    </message>
    <message>
        <source>Live activity</source>
        <translation>Activité en direct</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Zoom:</source>
        <translation>&amp;Zoom:</translation>
    </message>
    <message>
        <source>Export &amp;SVG…</source>
        <translation>Exporter en &amp;SVG…</translation>
    </message>
    <message>
        <source>Export P&amp;NG…</source>
        <translation>Exporter en P&amp;NG…</translation>
    </message>
    <message>
        <source>Buildset image transfer</source>
        <translation>Transfert d&apos;images du buildset</translation>
    </message>
    <message>
        <source>Publish and promote</source>
        <translation>Publication et promotion</translation>
    </message>
    <message>
        <source>A repository with producers and consumers</source>
        <translation>Un dépôt avec producteurs et consommateurs</translation>
    </message>
    <message>
        <source>A repository with only producers</source>
        <translation>Un dépôt avec uniquement des producteurs</translation>
    </message>
    <message>
        <source>Temporary, started here</source>
        <translation>Temporaire, démarré ici</translation>
    </message>
    <message>
        <source>Only the manifest is transferred, not the actual image layers.</source>
        <translation>Seul le manifeste est transféré, pas les couches de l&apos;image.</translation>
    </message>
    <message>
        <source>Choose three different connections: the intermediate, a buildset and the publication registry.</source>
        <translation>Choisissez trois connexions différentes: le registre intermédiaire, un registre de buildset et le registre de publication.</translation>
    </message>
    <message>
        <source>temporary, started here</source>
        <translation>temporaire, démarré ici</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>The whole gating flow works on these registries.</source>
        <translation>Tout le flux de gating fonctionne sur ces registres.</translation>
    </message>
    <message>
        <source>Export the diagram</source>
        <translation>Exporter le diagramme</translation>
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
        <translation>Impossible d&apos;écrire %1: %2</translation>
    </message>
    <message>
        <source>&amp;Flows</source>
        <translation>&amp;Flux</translation>
    </message>
    <message>
        <source>Registry &amp;events on:</source>
        <translation>Événements des &amp;registres sur :</translation>
    </message>
    <message>
        <source>127.0.0.1</source>
        <translation>127.0.0.1</translation>
    </message>
    <message>
        <source>The address registries POST their notifications to; a token is always required</source>
        <translation>L&apos;adresse à laquelle les registres envoient leurs notifications ; un jeton est toujours exigé</translation>
    </message>
    <message>
        <source>p&amp;ort</source>
        <translation>p&amp;ort</translation>
    </message>
    <message>
        <source>any</source>
        <translation>quelconque</translation>
    </message>
    <message>
        <source>&amp;Listen</source>
        <translation>É&amp;couter</translation>
    </message>
    <message>
        <source>&amp;Copy the config.yml block</source>
        <translation>&amp;Copier le bloc config.yml</translation>
    </message>
    <message>
        <source>The notifications block to add to each registry&apos;s config.yml, with this session&apos;s token</source>
        <translation>Le bloc de notifications à ajouter au config.yml de chaque registre, avec le jeton de cette session</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Image or blob</source>
        <translation>Image ou blob</translation>
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
        <translation>Par</translation>
    </message>
    <message>
        <source>Off: registries send their events only to an endpoint in their config.yml</source>
        <translation>Désactivé : les registres n&apos;envoient leurs événements qu&apos;à un point d&apos;accès de leur config.yml</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address</source>
        <translation>« %1 » n&apos;est pas une adresse IP</translation>
    </message>
    <message>
        <source>Last refused: %1</source>
        <translation>Dernier refus : %1</translation>
    </message>
    <message>
        <source>Stop &amp;listening</source>
        <translation>Arrêter l&apos;é&amp;coute</translation>
    </message>
    <message numerus="yes">
        <source>At %1: %n event(s)</source>
        <translation>
            <numerusform>À %1 : %n événement</numerusform>
            <numerusform>À %1 : %n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused</source>
        <translation>
            <numerusform>, %n refusé</numerusform>
            <numerusform>, %n refusés</numerusform>
        </translation>
    </message>
    <message>
        <source> (blob)</source>
        <translation> (blob)</translation>
    </message>
    <message>
        <source>build %1</source>
        <translation>build %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>change %1</translation>
    </message>
    <message>
        <source>%1 pipeline</source>
        <translation>pipeline %1</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>A real buildset</source>
        <translation>Un vrai buildset</translation>
    </message>
    <message>
        <source>On the Changes page, pick a buildset and press Draw the flow: its image builds pushing to the intermediate registry, and the later builds that took their images, as Zuul recorded them.</source>
        <translation>Sur la page Changes, choisissez un buildset et appuyez sur Dessiner le flux : ses builds d&apos;images qui poussent vers le registre intermédiaire, et les builds ultérieurs qui ont pris leurs images, tels que Zuul les a enregistrés.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Buildset %1&lt;/b&gt; of change %2, patchset %3, %4: %n image push(es) to the intermediate registry</source>
        <translation>
            <numerusform>&lt;b&gt;Buildset %1&lt;/b&gt; du change %2, patchset %3, %4 : %n push d&apos;image vers le registre intermédiaire</numerusform>
            <numerusform>&lt;b&gt;Buildset %1&lt;/b&gt; du change %2, patchset %3, %4 : %n push d&apos;images vers le registre intermédiaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n later pull(s) by builds that list those images</source>
        <translation>
            <numerusform>, %n récupération ultérieure par des builds qui listent ces images</numerusform>
            <numerusform>, %n récupérations ultérieures par des builds qui listent ces images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>size unknown</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>il y a %n heure</numerusform>
            <numerusform>il y a %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>il y a %n mois</numerusform>
            <numerusform>il y a %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>il y a %n an</numerusform>
            <numerusform>il y a %n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthCheck</name>
    <message>
        <source>Check the registries&apos; health</source>
        <translation>Vérifier la santé des registres</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>valide jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <source>every entry is usable</source>
        <translation>chaque entrée est utilisable</translation>
    </message>
    <message>
        <source>verified, valid until %1</source>
        <translation>vérifié, valide jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>holds %1 of blobs, over its limit of %2</source>
        <translation>contient %1 de blobs, au-delà de sa limite de %2</translation>
    </message>
    <message>
        <source>holds %1 of blobs, under its limit of %2</source>
        <translation>contient %1 de blobs, sous sa limite de %2</translation>
    </message>
</context>
<context>
    <name>HtpasswdFile</name>
    <message>
        <source>line %1 holds a NUL byte</source>
        <translation>la ligne %1 contient un octet NUL</translation>
    </message>
    <message>
        <source>line %1 is not UTF-8</source>
        <translation>la ligne %1 n&apos;est pas en UTF-8</translation>
    </message>
    <message>
        <source>%1 is not a text file (%2), so it cannot be an htpasswd file</source>
        <translation>%1 n&apos;est pas un fichier texte (%2), ce ne peut donc pas être un fichier htpasswd</translation>
    </message>
    <message>
        <source>line %1 (&quot;%2&quot;)</source>
        <translation>ligne %1 (« %2 »)</translation>
    </message>
    <message>
        <source>registry:2 refuses the whole file: no &apos;:&apos; between user and hash on %1</source>
        <translation>registry:2 refuse tout le fichier: pas de &apos;:&apos; entre l&apos;utilisateur et le hachage à la %1</translation>
    </message>
    <message>
        <source>%1 is left as it was: %2</source>
        <translation>%1 reste tel quel: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes; not an htpasswd file</source>
        <translation>%1 dépasse %2 octets; ce n&apos;est pas un fichier htpasswd</translation>
    </message>
    <message>
        <source>no &apos;:&apos; between user and hash: registry:2 refuses the whole file</source>
        <translation>pas de &apos;:&apos; entre l&apos;utilisateur et le hachage: registry:2 refuse tout le fichier</translation>
    </message>
    <message>
        <source>empty user name</source>
        <translation>nom d&apos;utilisateur vide</translation>
    </message>
    <message>
        <source>user %1 appears more than once; only one of the entries counts</source>
        <translation>l&apos;utilisateur %1 apparaît plusieurs fois; une seule des entrées compte</translation>
    </message>
    <message>
        <source>%1 hash: registry:2 only accepts bcrypt, so this user can never log in</source>
        <translation>hachage %1: registry:2 n&apos;accepte que bcrypt, cet utilisateur ne pourra donc jamais se connecter</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name (no &apos;:&apos;, spaces or control characters)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;utilisateur valide (ni &apos;:&apos;, ni espaces, ni caractères de contrôle)</translation>
    </message>
    <message>
        <source>not a bcrypt hash</source>
        <translation>ce n&apos;est pas un hachage bcrypt</translation>
    </message>
    <message>
        <source>user %1 appears %2 times in %3; fix the file first</source>
        <translation>l&apos;utilisateur %1 apparaît %2 fois dans %3; corrigez d&apos;abord le fichier</translation>
    </message>
    <message>
        <source>user %1 already exists; set a new password instead</source>
        <translation>l&apos;utilisateur %1 existe déjà; définissez plutôt un nouveau mot de passe</translation>
    </message>
    <message>
        <source>there is no user %1 in %2</source>
        <translation>il n&apos;y a pas d&apos;utilisateur %1 dans %2</translation>
    </message>
    <message>
        <source>cannot merge with the file on disk: %1</source>
        <translation>impossible de fusionner avec le fichier sur le disque: %1</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; reload it (or merge) before saving</source>
        <translation>%1 a été modifié sur le disque depuis sa lecture; rechargez-le (ou fusionnez) avant d&apos;enregistrer</translation>
    </message>
    <message>
        <source>bcrypt cost %1 is above %2: every login would keep the registry busy for minutes</source>
        <translation>le coût bcrypt %1 dépasse %2 : chaque connexion occuperait le registre pendant des minutes</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>cannot resend the body of %1</source>
        <translation>impossible de renvoyer le corps de %1</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, over the %3-byte limit</source>
        <translation>%1 fait %2 octets, au-delà de la limite de %3 octets</translation>
    </message>
    <message>
        <source>%1 is over the %2-byte limit</source>
        <translation>%1 dépasse la limite de %2 octets</translation>
    </message>
    <message>
        <source>too many redirects (over %1) for %2</source>
        <translation>trop de redirections (plus de %1) pour %2</translation>
    </message>
    <message>
        <source>the registry redirected %1 to an invalid location</source>
        <translation>le registre a redirigé %1 vers un emplacement invalide</translation>
    </message>
    <message>
        <source>the registry redirected %1 from https to plain http (%2); refusing to follow</source>
        <translation>le registre a redirigé %1 de https vers http en clair (%2); redirection non suivie</translation>
    </message>
    <message>
        <source>cannot follow a redirect for %1 with a streamed body</source>
        <translation>impossible de suivre une redirection pour %1 avec un corps transmis en flux</translation>
    </message>
    <message>
        <source>registry %1 requires credentials for %2 (HTTP 401); log in first</source>
        <translation>le registre %1 exige des identifiants pour %2 (HTTP 401); connectez-vous d&apos;abord</translation>
    </message>
    <message>
        <source>registry %1 refused the credentials for %2 (HTTP 401)</source>
        <translation>le registre %1 a refusé les identifiants pour %2 (HTTP 401)</translation>
    </message>
    <message>
        <source>cannot resend %1 after authenticating</source>
        <translation>impossible de renvoyer %1 après l&apos;authentification</translation>
    </message>
    <message>
        <source>registry %1 asks to retry %2 after %3 s; giving up</source>
        <translation>le registre %1 demande de réessayer %2 dans %3 s; abandon</translation>
    </message>
    <message>
        <source>cannot resolve host %1</source>
        <translation>impossible de résoudre l&apos;hôte %1</translation>
    </message>
    <message>
        <source>connection to %1 refused; is the registry running?</source>
        <translation>connexion à %1 refusée; le registre est-il démarré?</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s while transferring %3</source>
        <translation>%1 n&apos;a pas répondu en %2 s pendant le transfert de %3</translation>
    </message>
    <message>
        <source>%1 closed the connection during %2</source>
        <translation>%1 a fermé la connexion pendant %2</translation>
    </message>
    <message>
        <source>handshake failed</source>
        <translation>échec de la négociation</translation>
    </message>
    <message>
        <source>cannot verify the TLS certificate of %1: %2. Trust the registry&apos;s CA (certs.d/%1/ca.crt) or turn verification off explicitly for this registry</source>
        <translation>impossible de vérifier le certificat TLS de %1: %2. Faites confiance à la CA du registre (certs.d/%1/ca.crt) ou désactivez explicitement la vérification pour ce registre</translation>
    </message>
    <message>
        <source>network error talking to %1: %2</source>
        <translation>erreur réseau en communiquant avec %1: %2</translation>
    </message>
</context>
<context>
    <name>ImageConfig</name>
    <message>
        <source>the image configuration is over %1 bytes</source>
        <translation>la configuration de l&apos;image dépasse %1 octets</translation>
    </message>
    <message>
        <source>the image configuration is not a JSON object (%1)</source>
        <translation>la configuration de l&apos;image n&apos;est pas un objet JSON (%1)</translation>
    </message>
</context>
<context>
    <name>ImageCopier</name>
    <message>
        <source>copy %1 → %2</source>
        <translation>copier %1 → %2</translation>
    </message>
    <message>
        <source>the destination %1 needs a tag</source>
        <translation>la destination %1 a besoin d&apos;un tag</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 has no image for %2 (it has: %3); copy everything with --all</source>
        <translation>%1 n&apos;a pas d&apos;image pour %2 (disponibles: %3); copiez tout avec --all</translation>
    </message>
    <message>
        <source>reading a manifest of the index</source>
        <translation>lecture d&apos;un manifeste de l&apos;index</translation>
    </message>
    <message>
        <source>%1 nests indexes deeper than %2 levels</source>
        <translation>%1 imbrique des index sur plus de %2 niveaux</translation>
    </message>
    <message>
        <source>%1 is a schema1 manifest; its signature binds it to the source name, so it cannot be copied</source>
        <translation>%1 est un manifeste schema1; sa signature le lie au nom source, il ne peut donc pas être copié</translation>
    </message>
    <message numerus="yes">
        <source>the destination already has this manifest and all %n blob(s)</source>
        <translation>
            <numerusform>la destination a déjà ce manifeste et %n blob</numerusform>
            <numerusform>la destination a déjà ce manifeste et les %n blobs</numerusform>
        </translation>
    </message>
    <message>
        <source>blob transfer broke (%1); trying again in %2 ms</source>
        <translation>le transfert de blob a été interrompu (%1); nouvel essai dans %2 ms</translation>
    </message>
    <message>
        <source>copying blob %1 failed; no manifest was written</source>
        <translation>la copie du blob %1 a échoué; aucun manifeste n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the destination names digest %1 but the image is %2</source>
        <translation>la destination désigne le digest %1 mais l&apos;image est %2</translation>
    </message>
    <message>
        <source>writing the manifest %1 failed</source>
        <translation>l&apos;écriture du manifeste %1 a échoué</translation>
    </message>
    <message>
        <source>the destination stored the manifest as %1, expected %2</source>
        <translation>la destination a stocké le manifeste sous %1, %2 attendu</translation>
    </message>
    <message>
        <source>blob %1 upload to %2</source>
        <translation>envoi du blob %1 vers %2</translation>
    </message>
    <message>
        <source>registry %1 stored blob %2 as %3</source>
        <translation>le registre %1 a stocké le blob %2 sous %3</translation>
    </message>
    <message numerus="yes">
        <source>the tag %1 already names this manifest, and the destination has all %n blob(s)</source>
        <translation>
            <numerusform>le tag %1 désigne déjà ce manifeste, et la destination a %n blob</numerusform>
            <numerusform>le tag %1 désigne déjà ce manifeste, et la destination a les %n blobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageDiffJob</name>
    <message>
        <source>Diff %1 with %2</source>
        <translation>Comparer %1 avec %2</translation>
    </message>
    <message>
        <source>%1 has no image for %2; choose a platform that both images have</source>
        <translation>%1 n&apos;a pas d&apos;image pour %2; choisissez une plateforme commune aux deux images</translation>
    </message>
    <message>
        <source>%1 holds no image to compare</source>
        <translation>%1 ne contient aucune image à comparer</translation>
    </message>
</context>
<context>
    <name>ImageInspector</name>
    <message>
        <source>Inspect %1/%2%3%4</source>
        <translation>Inspecter %1/%2%3%4</translation>
    </message>
    <message>
        <source>%1 nests an index inside an index; pick a platform of the inner index</source>
        <translation>%1 imbrique un index dans un index; choisissez une plateforme de l&apos;index interne</translation>
    </message>
    <message>
        <source>the configuration blob is %1 bytes, more than the %2 accepted</source>
        <translation>le blob de configuration fait %1 octets, plus que les %2 acceptés</translation>
    </message>
</context>
<context>
    <name>JobGraph</name>
    <message>
        <source>builds the image and runs its own buildset registry</source>
        <translation>construit l&apos;image et exécute son propre registre de buildset</translation>
    </message>
    <message>
        <source>runs the buildset registry and pauses</source>
        <translation>exécute le registre du buildset et se met en pause</translation>
    </message>
    <message>
        <source>inherits %1-build-docker-image</source>
        <translation>hérite de %1-build-docker-image</translation>
    </message>
    <message>
        <source>uses use-buildset-registry in its pre-run</source>
        <translation>utilise use-buildset-registry dans son pre-run</translation>
    </message>
    <message>
        <source>no registry traffic yet: rehearse to see it</source>
        <translation>pas encore de trafic de registre: lancez une répétition pour le voir</translation>
    </message>
</context>
<context>
    <name>KeychainStep</name>
    <message>
        <source>OS keychain</source>
        <translation>Trousseau du système</translation>
    </message>
    <message>
        <source>The password goes to the OS keychain, never to RegistryDesk&apos;s settings.</source>
        <translation>Le mot de passe va dans le trousseau du système, jamais dans les paramètres de RegistryDesk.</translation>
    </message>
    <message>
        <source>&amp;Keep the password for this session only (it is forgotten when RegistryDesk closes)</source>
        <translation>&amp;Conserver le mot de passe pour cette session uniquement (il est oublié à la fermeture de RegistryDesk)</translation>
    </message>
    <message>
        <source>&amp;Try the keychain again</source>
        <translation>&amp;Réessayer le trousseau</translation>
    </message>
    <message>
        <source>Storing the password in the OS keychain…</source>
        <translation>Enregistrement du mot de passe dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Password of %1 stored in the OS keychain: service “%2”, key “%3”</source>
        <translation>Mot de passe de %1 enregistré dans le trousseau du système: service «&#xa0;%2&#xa0;», clé «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Non enregistré: %1</translation>
    </message>
    <message>
        <source>No keychain: the password is kept for this session only</source>
        <translation>Pas de trousseau: le mot de passe est conservé pour cette session uniquement</translation>
    </message>
</context>
<context>
    <name>LayerIndex</name>
    <message>
        <source>the layer has more than %1 entries; refused as hostile</source>
        <translation>la couche contient plus de %1 entrées; refusée car malveillante</translation>
    </message>
    <message>
        <source>the layer expands beyond %1 bytes; refused as hostile</source>
        <translation>la couche se décompresse au-delà de %1 octets; refusée car malveillante</translation>
    </message>
    <message>
        <source>the layer expands more than %1 times its compressed size (a decompression bomb); refused after %2 MiB</source>
        <translation>la couche se décompresse à plus de %1 fois sa taille compressée (une bombe de décompression); refusée après %2 Mio</translation>
    </message>
    <message>
        <source>the layer is not a readable tar archive: %1</source>
        <translation>la couche n&apos;est pas une archive tar lisible: %1</translation>
    </message>
    <message>
        <source>the layer entry &quot;%1&quot; points outside the image&apos;s filesystem (an absolute path or &quot;..&quot;); the layer is refused as hostile</source>
        <translation>l&apos;entrée de couche «&#xa0;%1&#xa0;» pointe hors du système de fichiers de l&apos;image (chemin absolu ou «&#xa0;..&#xa0;»); la couche est refusée car malveillante</translation>
    </message>
    <message>
        <source>a layer entry&apos;s name is longer than %1 bytes; refused as hostile</source>
        <translation>le nom d&apos;une entrée de couche dépasse %1 octets; couche refusée car malveillante</translation>
    </message>
    <message>
        <source>a symbolic link&apos;s target is longer than %1 bytes; refused as hostile</source>
        <translation>la cible d&apos;un lien symbolique dépasse %1 octets; couche refusée car malveillante</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1: %2</translation>
    </message>
    <message>
        <source>the layer holds no file %1</source>
        <translation>la couche ne contient pas de fichier %1</translation>
    </message>
</context>
<context>
    <name>LayerIndexJob</name>
    <message>
        <source>Index layer %1</source>
        <translation>Indexer la couche %1</translation>
    </message>
    <message>
        <source>layer %1: %2</source>
        <translation>couche %1: %2</translation>
    </message>
</context>
<context>
    <name>LayerReadJob</name>
    <message>
        <source>Read layer %1 of %2</source>
        <translation>Lire la couche %1 de %2</translation>
    </message>
</context>
<context>
    <name>ListJob</name>
    <message>
        <source>a paging link of another registry was given</source>
        <translation>un lien de pagination d&apos;un autre registre a été fourni</translation>
    </message>
    <message>
        <source>the repository catalog</source>
        <translation>le catalogue des dépôts</translation>
    </message>
    <message>
        <source>the tags of %1</source>
        <translation>les tags de %1</translation>
    </message>
    <message>
        <source>registry %1 does not offer a catalog (/v2/_catalog); open repositories by name</source>
        <translation>le registre %1 ne propose pas de catalogue (/v2/_catalog); ouvrez les dépôts par leur nom</translation>
    </message>
    <message>
        <source>registry %1 sent an unreadable answer for %2</source>
        <translation>le registre %1 a envoyé une réponse illisible pour %2</translation>
    </message>
    <message>
        <source>registry %1 sent a paging link that leaves the registry or loops (%2)</source>
        <translation>le registre %1 a envoyé un lien de pagination qui sort du registre ou boucle (%2)</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Registre</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Set up a registry…</source>
        <translation>&amp;Configurer un registre…</translation>
    </message>
    <message>
        <source>&amp;New connection…</source>
        <translation>&amp;Nouvelle connexion…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit connection…</source>
        <translation>&amp;Modifier la connexion…</translation>
    </message>
    <message>
        <source>&amp;Import docker/podman logins…</source>
        <translation>&amp;Importer les identifiants docker/podman…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Prune…</source>
        <translation>Ne&amp;ttoyer…</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec: %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Terminé: %1</translation>
    </message>
    <message>
        <source>Sandbox %1</source>
        <translation>Bac à sable %1</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language changes the next time RegistryDesk starts.</source>
        <translation>La langue changera au prochain démarrage de RegistryDesk.</translation>
    </message>
    <message>
        <source>Check &amp;health</source>
        <translation>Vérifier la &amp;santé</translation>
    </message>
    <message>
        <source>Checks every connection&apos;s TLS certificate, the known CA and server certificates, the htpasswd file and the storage limit</source>
        <translation>Vérifie le certificat TLS de chaque connexion, les certificats d&apos;AC et de serveur connus, le fichier htpasswd et la limite de stockage</translation>
    </message>
    <message numerus="yes">
        <source>Health: %n check(s), all pass</source>
        <translation>
            <numerusform>Santé : %n vérification, toutes réussies</numerusform>
            <numerusform>Santé : %n vérifications, toutes réussies</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n health check(s) fail: %1</source>
        <translation>
            <numerusform>%n vérification de santé échoue : %1</numerusform>
            <numerusform>%n vérifications de santé échouent : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; and %2 more</source>
        <translation>%1 ; et %2 de plus</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>the manifest has more than %1 descriptors</source>
        <translation>le manifeste contient plus de %1 descripteurs</translation>
    </message>
    <message>
        <source>%1 is not a descriptor object</source>
        <translation>%1 n&apos;est pas un objet descripteur</translation>
    </message>
    <message>
        <source>%1 has an invalid digest &quot;%2&quot;</source>
        <translation>%1 a un digest invalide «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1 has an invalid size</source>
        <translation>%1 a une taille invalide</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field must be a list</source>
        <translation>le champ «&#xa0;%1&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>the manifest is %1 bytes, over the %2-byte limit</source>
        <translation>le manifeste fait %1 octets, au-delà de la limite de %2 octets</translation>
    </message>
    <message>
        <source>the manifest is not a JSON object (%1)</source>
        <translation>le manifeste n&apos;est pas un objet JSON (%1)</translation>
    </message>
    <message>
        <source>the manifest says it is %1 but was served as %2</source>
        <translation>le manifeste indique être %1 mais a été servi comme %2</translation>
    </message>
    <message>
        <source>unsupported manifest type &quot;%1&quot;</source>
        <translation>type de manifeste non pris en charge «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a schema1 manifest must have schemaVersion 1</source>
        <translation>un manifeste schema1 doit avoir schemaVersion 1</translation>
    </message>
    <message>
        <source>a schema1 layer has an invalid blobSum</source>
        <translation>une couche schema1 a un blobSum invalide</translation>
    </message>
    <message>
        <source>the manifest must have schemaVersion 2</source>
        <translation>le manifeste doit avoir schemaVersion 2</translation>
    </message>
</context>
<context>
    <name>ManifestDeleter</name>
    <message>
        <source>delete %1</source>
        <translation>supprimer %1</translation>
    </message>
    <message>
        <source>tags removed with it: %1</source>
        <translation>tags retirés avec lui: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>ManifestJob</name>
    <message>
        <source>manifest %1</source>
        <translation>manifeste %1</translation>
    </message>
    <message>
        <source>invalid repository or reference: %1</source>
        <translation>dépôt ou référence invalide: %1</translation>
    </message>
    <message>
        <source>manifests are deleted by digest, not by tag: %1</source>
        <translation>les manifestes se suppriment par digest, pas par tag: %1</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, over the %3-byte limit registries accept</source>
        <translation>%1 fait %2 octets, au-delà de la limite de %3 octets acceptée par les registres</translation>
    </message>
    <message>
        <source>a tag delete needs a tag: %1</source>
        <translation>une suppression de tag nécessite un tag: %1</translation>
    </message>
    <message>
        <source>registry %1 served bytes for %2 that hash to %3</source>
        <translation>le registre %1 a servi pour %2 des octets dont le hachage est %3</translation>
    </message>
    <message>
        <source>registry %1 announced digest %2 for %3, but the bytes hash to %4</source>
        <translation>le registre %1 a annoncé le digest %2 pour %3, mais le hachage des octets est %4</translation>
    </message>
    <message>
        <source>registry %1 served an invalid %2: %3</source>
        <translation>le registre %1 a servi un %2 invalide: %3</translation>
    </message>
    <message>
        <source>registry %1 stored %2 under digest %3, expected %4</source>
        <translation>le registre %1 a stocké %2 sous le digest %3, %4 attendu</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
</context>
<context>
    <name>NewRegistryStep</name>
    <message>
        <source>New intermediate registry</source>
        <translation>Nouveau registre intermédiaire</translation>
    </message>
    <message>
        <source>A CA, a server certificate, the htpasswd file with this user and a docker-compose deployment, ready to copy to the registry host.</source>
        <translation>Une CA, un certificat serveur, le fichier htpasswd avec cet utilisateur et un déploiement docker-compose, prêts à copier sur l&apos;hôte du registre.</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>More &amp;names:</source>
        <translation>Autres &amp;noms:</translation>
    </message>
    <message>
        <source>further DNS names or IP addresses of the host, comma-separated</source>
        <translation>autres noms DNS ou adresses IP de l&apos;hôte, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Create the deployment bundle</source>
        <translation>&amp;Créer le bundle de déploiement</translation>
    </message>
    <message>
        <source>&amp;Start it here to test (on loopback, until the wizard closes)</source>
        <translation>&amp;Lancer ici pour tester (sur l&apos;interface de bouclage, jusqu&apos;à la fermeture de l&apos;assistant)</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Dossier du bundle</translation>
    </message>
    <message>
        <source>Creating keys, certificates and the htpasswd file…</source>
        <translation>Création des clés, des certificats et du fichier htpasswd…</translation>
    </message>
    <message>
        <source>Deployment bundle written to %1: copy certs/, auth/ and data/ to /var/registry on the registry host and run docker compose up -d there</source>
        <translation>Bundle de déploiement écrit dans %1: copiez certs/, auth/ et data/ dans /var/registry sur l&apos;hôte du registre et exécutez-y docker compose up -d</translation>
    </message>
    <message>
        <source>Starting the bundle&apos;s registry with docker-registry…</source>
        <translation>Démarrage du registre du bundle avec docker-registry…</translation>
    </message>
    <message>
        <source>Trial run failed: %1</source>
        <translation>Échec de l&apos;essai: %1</translation>
    </message>
    <message>
        <source>The bundle works: %1 logs in over TLS verified for %2 (running on %3 until the wizard closes)</source>
        <translation>Le bundle fonctionne: %1 se connecte via TLS vérifié pour %2 (en cours d&apos;exécution sur %3 jusqu&apos;à la fermeture de l&apos;assistant)</translation>
    </message>
</context>
<context>
    <name>PingJob</name>
    <message>
        <source>the API endpoint /v2/</source>
        <translation>le point de terminaison d&apos;API /v2/</translation>
    </message>
    <message>
        <source>%1 is not a registry: it has no /v2/ endpoint (HTTP 404)</source>
        <translation>%1 n&apos;est pas un registre : il n&apos;a pas de point d&apos;accès /v2/ (HTTP 404)</translation>
    </message>
</context>
<context>
    <name>PromoteDialog</name>
    <message>
        <source>Promote</source>
        <translation>Promouvoir</translation>
    </message>
    <message>
        <source>&amp;New tag:</source>
        <translation>&amp;Nouveau tag:</translation>
    </message>
    <message>
        <source>&amp;Remove the source tag afterwards (keeps the new tag)</source>
        <translation>&amp;Retirer ensuite le tag source (conserve le nouveau tag)</translation>
    </message>
    <message>
        <source>Put the manifest of %1 under a new tag. Only the manifest moves, no layer: the same digest gets a second name.</source>
        <translation>Placer le manifeste de %1 sous un nouveau tag. Seul le manifeste est déplacé, aucune couche: le même digest reçoit un second nom.</translation>
    </message>
    <message>
        <source>&amp;Promote</source>
        <translation>&amp;Promouvoir</translation>
    </message>
    <message>
        <source>“%1” is not a valid tag (up to 128 letters, digits, . _ -).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un tag valide (jusqu&apos;à 128 lettres, chiffres, . _ -).</translation>
    </message>
    <message>
        <source>The new tag must differ from %1.</source>
        <translation>Le nouveau tag doit être différent de %1.</translation>
    </message>
</context>
<context>
    <name>Promoter</name>
    <message>
        <source>promote %1 → %2</source>
        <translation>promouvoir %1 → %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un tag valide</translation>
    </message>
    <message>
        <source>--remove-source-tag needs a source tag other than the new one: %1</source>
        <translation>--remove-source-tag nécessite un tag source différent du nouveau: %1</translation>
    </message>
    <message>
        <source>promote</source>
        <translation>promotion</translation>
    </message>
    <message>
        <source>only the manifest is transferred, not the layers</source>
        <translation>seul le manifeste est transféré, pas les couches</translation>
    </message>
    <message>
        <source>the promoted tag has digest %1, the source %2</source>
        <translation>le tag promu a le digest %1, la source %2</translation>
    </message>
    <message>
        <source>%1 was promoted, but removing the temporary tag failed: %2</source>
        <translation>%1 a été promu, mais le retrait du tag temporaire a échoué: %2</translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message>
        <source>Prune</source>
        <translation>Nettoyer</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>&amp;Older than:</source>
        <translation>&amp;Plus ancien que:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Où:</translation>
    </message>
    <message>
        <source>Only changes Zuul reports as merged (needs the connection&apos;s Zuul API)</source>
        <translation>Uniquement les changes que Zuul signale comme fusionnés (nécessite l&apos;API Zuul de la connexion)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Measured from</source>
        <translation>Mesuré à partir de</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Prune %1</source>
        <translation>Nettoyer %1</translation>
    </message>
    <message>
        <source>Intermediate-registry tags (&lt;build&gt;_&lt;tag&gt;)</source>
        <translation>Tags du registre intermédiaire (&lt;build&gt;_&lt;tag&gt;)</translation>
    </message>
    <message>
        <source>Leaked temporary tags (change_&lt;N&gt;_&lt;tag&gt;, &lt;pipeline&gt;_&lt;tag&gt;)</source>
        <translation>Tags temporaires résiduels (change_&lt;N&gt;_&lt;tag&gt;, &lt;pipeline&gt;_&lt;tag&gt;)</translation>
    </message>
    <message>
        <source>Repository %1</source>
        <translation>Dépôt %1</translation>
    </message>
    <message>
        <source>Every repository of the catalog</source>
        <translation>Tous les dépôts du catalogue</translation>
    </message>
    <message>
        <source>Looking at every tag…</source>
        <translation>Examen de chaque tag…</translation>
    </message>
    <message>
        <source>Preview to see exactly which tags would go.</source>
        <translation>Affichez l&apos;aperçu pour voir exactement quels tags seraient supprimés.</translation>
    </message>
    <message numerus="yes">
        <source>Prune %n tag(s)</source>
        <translation>
            <numerusform>Nettoyer %n tag</numerusform>
            <numerusform>Nettoyer %n tags</numerusform>
        </translation>
    </message>
    <message>
        <source>Goes with its manifest: nothing else in the repository uses it</source>
        <translation>Part avec son manifeste : rien d&apos;autre dans le dépôt ne l&apos;utilise</translation>
    </message>
    <message>
        <source>Only the tag goes: another tag or a kept index uses its manifest</source>
        <translation>Seul le tag part : un autre tag ou un index gardé utilise son manifeste</translation>
    </message>
    <message>
        <source>%1 of %2 tags examined would be removed, %3 kept. Nothing else is touched. Garbage collection then frees %4.</source>
        <translation>%1 des %2 tags examinés seraient supprimés, %3 gardés. Rien d&apos;autre n&apos;est touché. Le ramasse-miettes libère ensuite %4.</translation>
    </message>
    <message>
        <source>What plain garbage collection frees after this prune: the manifests that go and the blobs only the pruned tags reach, each counted once. Blobs that untagged manifests still hold stay on disk.</source>
        <translation>Ce qu&apos;un ramasse-miettes simple libère après ce nettoyage : les manifestes qui partent et les blobs que seuls les tags supprimés atteignent, chacun compté une fois. Les blobs que des manifestes sans tag tiennent encore restent sur le disque.</translation>
    </message>
</context>
<context>
    <name>Pruner</name>
    <message>
        <source>prune %1 (older than %2)</source>
        <translation>nettoyer %1 (plus ancien que %2)</translation>
    </message>
    <message>
        <source>only pruning finished changes needs a Zuul API (--zuul and --tenant)</source>
        <translation>ne nettoyer que les changes terminés nécessite une API Zuul (--zuul et --tenant)</translation>
    </message>
    <message>
        <source>image created</source>
        <translation>création de l&apos;image</translation>
    </message>
    <message>
        <source>asking Zuul about %1: %2</source>
        <translation>interrogation de Zuul sur %1: %2</translation>
    </message>
    <message>
        <source>zuul build end</source>
        <translation>fin du build Zuul</translation>
    </message>
    <message numerus="yes">
        <source>removing %1:%2 failed after %n tag(s) were removed: %3</source>
        <translation>
            <numerusform>le retrait de %1:%2 a échoué après le retrait de %n tag: %3</numerusform>
            <numerusform>le retrait de %1:%2 a échoué après le retrait de %n tags: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted images free no disk space by themselves. Reclaim it with plain garbage collection while nothing writes: set storage.maintenance.readonly.enabled: true and restart the registry, run docker-registry garbage-collect /etc/docker/registry/config.yml, then turn read-only mode off again (the deployment bundle&apos;s maintenance/gc.sh does all three). Never add --delete-untagged on registry 2.8: it deletes the platform images of tagged multi-arch images.</source>
        <translation>Les images supprimées ne libèrent pas d&apos;espace d&apos;elles-mêmes. Récupérez-le avec un ramasse-miettes simple pendant que rien n&apos;écrit : mettez storage.maintenance.readonly.enabled: true et redémarrez le registre, lancez docker-registry garbage-collect /etc/docker/registry/config.yml, puis désactivez à nouveau la lecture seule (maintenance/gc.sh du paquet de déploiement fait les trois). N&apos;ajoutez jamais --delete-untagged sur le registre 2.8 : il supprime les images de plateforme des images multi-arch taguées.</translation>
    </message>
    <message>
        <source>pruned %1 with its manifest</source>
        <translation>%1 supprimé avec son manifeste</translation>
    </message>
    <message>
        <source>a platform manifest of %1</source>
        <translation>un manifeste de plateforme de %1</translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>invalid image reference &quot;%1&quot;: %2</source>
        <translation>référence d&apos;image invalide «&#xa0;%1&#xa0;»: %2</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>elle est vide</translation>
    </message>
    <message>
        <source>a repository name takes no digest</source>
        <translation>un nom de dépôt ne prend pas de digest</translation>
    </message>
    <message>
        <source>the digest must be sha256:&lt;64 hex&gt; or sha512:&lt;128 hex&gt;</source>
        <translation>le digest doit être sha256:&lt;64 hex&gt; ou sha512:&lt;128 hex&gt;</translation>
    </message>
    <message>
        <source>a repository name takes no tag</source>
        <translation>un nom de dépôt ne prend pas de tag</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is not valid (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; at most 128)</source>
        <translation>le tag «&#xa0;%1&#xa0;» n&apos;est pas valide (lettres, chiffres, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; 128 au plus)</translation>
    </message>
    <message>
        <source>a registry given with http:// or https:// needs a repository after it</source>
        <translation>un registre donné avec http:// ou https:// doit être suivi d&apos;un dépôt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid registry host[:port]</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un hôte[:port] de registre valide</translation>
    </message>
    <message>
        <source>the repository &quot;%1&quot; is not valid (lower-case letters, digits and separators . _ __ - between components)</source>
        <translation>le dépôt «&#xa0;%1&#xa0;» n&apos;est pas valide (lettres minuscules, chiffres et séparateurs . _ __ - entre les composants)</translation>
    </message>
    <message>
        <source>it contains white space or control characters</source>
        <translation>elle contient des espaces ou des caractères de contrôle</translation>
    </message>
</context>
<context>
    <name>ReferrersJob</name>
    <message>
        <source>the referrers of %1</source>
        <translation>les référents de %1</translation>
    </message>
    <message>
        <source>registry %1 does not offer the referrers API</source>
        <translation>le registre %1 ne propose pas l&apos;API referrers</translation>
    </message>
    <message>
        <source>registry %1 sent an unreadable referrers list: %2</source>
        <translation>le registre %1 a envoyé une liste de référents illisible: %2</translation>
    </message>
</context>
<context>
    <name>RegistryAddress</name>
    <message>
        <source>invalid registry &quot;%1&quot;: expected host[:port], [ipv6]:port or http://host:port</source>
        <translation>registre invalide «&#xa0;%1&#xa0;»: hôte[:port], [ipv6]:port ou http://hôte:port attendu</translation>
    </message>
</context>
<context>
    <name>RegistryCapabilities</name>
    <message>
        <source>registry %1 refuses deletes (HTTP 405): set storage.delete.enabled: true in its config.yml (or REGISTRY_STORAGE_DELETE_ENABLED=true) and restart it</source>
        <translation>le registre %1 refuse les suppressions (HTTP 405) : définissez storage.delete.enabled: true dans son config.yml (ou REGISTRY_STORAGE_DELETE_ENABLED=true) et redémarrez-le</translation>
    </message>
    <message>
        <source>registry %1 cannot delete (DELETE answered HTTP 404, as zuul-registry does): it removes old images itself with `zuul-registry prune` and storage.expiration in its configuration</source>
        <translation>le registre %1 ne peut pas supprimer (DELETE a répondu HTTP 404, comme zuul-registry) : il retire lui-même les anciennes images avec `zuul-registry prune` et storage.expiration dans sa configuration</translation>
    </message>
    <message>
        <source>registry %1 cannot delete (DELETE answered HTTP 404 without a registry error): remove images with the registry&apos;s own tools</source>
        <translation>le registre %1 ne peut pas supprimer (DELETE a répondu HTTP 404 sans erreur de registre) : retirez les images avec les outils propres au registre</translation>
    </message>
    <message>
        <source>no catalog</source>
        <translation>pas de catalogue</translation>
    </message>
    <message>
        <source>cannot delete</source>
        <translation>ne peut pas supprimer</translation>
    </message>
</context>
<context>
    <name>RegistryClient</name>
    <message>
        <source>anonymous access</source>
        <translation>accès anonyme</translation>
    </message>
    <message>
        <source>the stored identity token</source>
        <translation>le jeton d&apos;identité enregistré</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>registry %1 asks for authentication with a scheme RegistryDesk does not support (%2)</source>
        <translation>le registre %1 demande une authentification avec un schéma que RegistryDesk ne prend pas en charge (%2)</translation>
    </message>
    <message>
        <source>registry %1 requires credentials (HTTP 401); log in first</source>
        <translation>le registre %1 exige des identifiants (HTTP 401); connectez-vous d&apos;abord</translation>
    </message>
    <message>
        <source>registry %1 refused the credentials for %2 (HTTP 401)</source>
        <translation>le registre %1 a refusé les identifiants pour %2 (HTTP 401)</translation>
    </message>
    <message>
        <source>registry %1 refused the token issued for %2</source>
        <translation>le registre %1 a refusé le jeton émis pour %2</translation>
    </message>
    <message>
        <source>a token from %1</source>
        <translation>un jeton de %1</translation>
    </message>
    <message>
        <source>registry %1 refused the credentials for %2 (HTTP %3 from the token service %4)</source>
        <translation>le registre %1 a refusé les identifiants pour %2 (HTTP %3 du service de jetons %4)</translation>
    </message>
    <message>
        <source>the token service %1 of registry %2 failed (HTTP %3)</source>
        <translation>le service de jetons %1 du registre %2 a échoué (HTTP %3)</translation>
    </message>
    <message>
        <source>the token service %1 of registry %2 answered without a usable token</source>
        <translation>le service de jetons %1 du registre %2 a répondu sans jeton utilisable</translation>
    </message>
    <message>
        <source>registry %1 names a token service that is not https (%2); refusing to send credentials there</source>
        <translation>le registre %1 désigne un service de jetons qui n&apos;est pas en https (%2); refus d&apos;y envoyer les identifiants</translation>
    </message>
    <message>
        <source>an upload session</source>
        <translation>une session d&apos;envoi</translation>
    </message>
    <message>
        <source>the repository catalog</source>
        <translation>le catalogue des dépôts</translation>
    </message>
    <message>
        <source>whether %1 deletes manifests</source>
        <translation>si %1 supprime des manifestes</translation>
    </message>
    <message>
        <source>%1 auth</source>
        <translation>authentification %1</translation>
    </message>
    <message>
        <source>API version not stated</source>
        <translation>version de l&apos;API non indiquée</translation>
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
        <translation>connexion inexistante</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>cette session uniquement</translation>
    </message>
    <message>
        <source>OS keychain</source>
        <translation>trousseau du système</translation>
    </message>
    <message>
        <source>docker/podman auth file</source>
        <translation>fichier d&apos;authentification docker/podman</translation>
    </message>
    <message>
        <source>the connection has no valid registry address</source>
        <translation>la connexion n&apos;a pas d&apos;adresse de registre valide</translation>
    </message>
</context>
<context>
    <name>RegistryError</name>
    <message>
        <source>the operation was cancelled</source>
        <translation>l&apos;opération a été annulée</translation>
    </message>
    <message>
        <source> (the registry says: %1)</source>
        <translation> (le registre indique: %1)</translation>
    </message>
    <message>
        <source>%1 was not found on %2</source>
        <translation>%1 est introuvable sur %2</translation>
    </message>
    <message>
        <source>registry %1 refused the credentials for %2 (HTTP %3)</source>
        <translation>le registre %1 a refusé les identifiants pour %2 (HTTP %3)</translation>
    </message>
    <message>
        <source>registry %1 denied access to %2 (HTTP %3)</source>
        <translation>le registre %1 a refusé l&apos;accès à %2 (HTTP %3)</translation>
    </message>
    <message>
        <source>registry %1 does not support this operation on %2 (HTTP %3)</source>
        <translation>le registre %1 ne prend pas en charge cette opération sur %2 (HTTP %3)</translation>
    </message>
    <message>
        <source>registry %1 is rate limiting requests (HTTP %2)</source>
        <translation>le registre %1 limite le débit des requêtes (HTTP %2)</translation>
    </message>
    <message>
        <source>registry %1 rejected the digest of %2</source>
        <translation>le registre %1 a rejeté le digest de %2</translation>
    </message>
    <message>
        <source>registry %1 refused %2 as too large (HTTP 413)</source>
        <translation>le registre %1 a refusé %2 car trop volumineux (HTTP 413)</translation>
    </message>
    <message>
        <source>registry %1 failed on %2 (HTTP %3%4)</source>
        <translation>le registre %1 a échoué sur %2 (HTTP %3%4)</translation>
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
        <translation>(manifeste %1)</translation>
    </message>
    <message>
        <source>(blob %1)</source>
        <translation>(blob %1)</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>[Zuul build %1, tag %2]</source>
        <translation>[build Zuul %1, tag %2]</translation>
    </message>
    <message>
        <source>[change %1, tag %2]</source>
        <translation>[change %1, tag %2]</translation>
    </message>
    <message>
        <source>[%1 pipeline, tag %2]</source>
        <translation>[pipeline %1, tag %2]</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>the envelope is larger than %1 bytes</source>
        <translation>l&apos;enveloppe dépasse %1 octets</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>le corps n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the body has no &quot;events&quot; list</source>
        <translation>le corps n&apos;a pas de liste « events »</translation>
    </message>
    <message>
        <source>the envelope holds more than %1 events</source>
        <translation>l&apos;enveloppe contient plus de %1 événements</translation>
    </message>
    <message>
        <source>an event has no known action (push, pull, mount, delete)</source>
        <translation>un événement n&apos;a pas d&apos;action connue (push, pull, mount, delete)</translation>
    </message>
    <message>
        <source>a %1 event names no repository</source>
        <translation>un événement %1 ne nomme aucun dépôt</translation>
    </message>
</context>
<context>
    <name>RegistryEventListener</name>
    <message>
        <source>listening on %1 needs a token: anyone who reaches it could post events</source>
        <translation>écouter sur %1 exige un jeton : quiconque l&apos;atteint pourrait poster des événements</translation>
    </message>
    <message>
        <source>the token must be one word without spaces or line breaks</source>
        <translation>le jeton doit être un mot sans espaces ni sauts de ligne</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>impossible d&apos;écouter sur %1 port %2 : %3</translation>
    </message>
    <message>
        <source>too many connections at once</source>
        <translation>trop de connexions à la fois</translation>
    </message>
    <message>
        <source>a request took over %1 s</source>
        <translation>une requête a duré plus de %1 s</translation>
    </message>
    <message>
        <source>the request&apos;s headers are too large</source>
        <translation>les en-têtes de la requête sont trop grands</translation>
    </message>
    <message>
        <source>a request without Content-Length</source>
        <translation>une requête sans Content-Length</translation>
    </message>
    <message>
        <source>a request body over %1 bytes</source>
        <translation>un corps de requête de plus de %1 octets</translation>
    </message>
    <message>
        <source>a %1 request, not a POST</source>
        <translation>une requête %1, pas un POST</translation>
    </message>
    <message>
        <source>a POST without the token</source>
        <translation>un POST sans le jeton</translation>
    </message>
    <message>
        <source>a POST that is no notification envelope: %1</source>
        <translation>un POST qui n&apos;est pas une enveloppe de notification : %1</translation>
    </message>
</context>
<context>
    <name>RelaySocket</name>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>waiting for %1 failed: %2</source>
        <translation>l’attente de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 did not take data within %2 s</source>
        <translation>%1 n’a accepté aucune donnée en %2 s</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s</source>
        <translation>%1 n’a rien envoyé pendant %2 s</translation>
    </message>
    <message>
        <source>the connection closed</source>
        <translation>la connexion s’est fermée</translation>
    </message>
    <message>
        <source>%1 with %2 failed: %3</source>
        <translation>%1 avec %2 a échoué : %3</translation>
    </message>
    <message>
        <source>cannot resolve %1: %2</source>
        <translation>impossible de résoudre %1 : %2</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>cannot set up TLS with %1: %2</source>
        <translation>impossible d’établir TLS avec %1 : %2</translation>
    </message>
    <message>
        <source>the certificate of %1 is not trusted: %2</source>
        <translation>le certificat de %1 n’est pas de confiance : %2</translation>
    </message>
    <message>
        <source>reading from %1 failed: %2</source>
        <translation>la lecture depuis %1 a échoué : %2</translation>
    </message>
    <message>
        <source>writing to %1 failed: %2</source>
        <translation>l’écriture vers %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 sent oversized headers</source>
        <translation>%1 a envoyé des en-têtes trop grands</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation>%1 a fermé la connexion avant de répondre</translation>
    </message>
    <message>
        <source>cannot check the certificate of %1 for the name %2</source>
        <translation>impossible de vérifier le certificat de %1 pour le nom %2</translation>
    </message>
</context>
<context>
    <name>RelayTlsContext</name>
    <message>
        <source>cannot set up TLS: %1</source>
        <translation>impossible de mettre en place TLS : %1</translation>
    </message>
    <message>
        <source>cannot use the client certificate: %1</source>
        <translation>impossible d’utiliser le certificat client : %1</translation>
    </message>
</context>
<context>
    <name>RepositoryTreeModel</name>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
</context>
<context>
    <name>SampleImages</name>
    <message>
        <source>push sample images to %1</source>
        <translation>pousser des images d&apos;exemple vers %1</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>exemples</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>docker-registry is not installed (Debian/Ubuntu package docker-registry)</source>
        <translation>docker-registry n&apos;est pas installé (paquet Debian/Ubuntu docker-registry)</translation>
    </message>
    <message>
        <source>cannot start docker-registry for the %1 registry</source>
        <translation>impossible de démarrer docker-registry pour le registre %1</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>starting the %1 registry</source>
        <translation>démarrage du registre %1</translation>
    </message>
    <message>
        <source>the sandbox registries did not come up: %1</source>
        <translation>les registres du bac à sable n&apos;ont pas démarré: %1</translation>
    </message>
    <message>
        <source>pushing sample images to the %1 registry</source>
        <translation>envoi des images d&apos;exemple vers le registre %1</translation>
    </message>
    <message>
        <source>the %1 registry (pid %2) does not stop</source>
        <translation>le registre %1 (pid %2) ne s&apos;arrête pas</translation>
    </message>
    <message>
        <source>Start the sandbox in %1</source>
        <translation>Démarrer le bac à sable dans %1</translation>
    </message>
    <message>
        <source>Stop the sandbox in %1</source>
        <translation>Arrêter le bac à sable dans %1</translation>
    </message>
    <message>
        <source>no free loopback port for the sandbox registries</source>
        <translation>aucun port de boucle locale libre pour les registres du bac à sable</translation>
    </message>
    <message>
        <source>the %1 registry exited; its log is %2</source>
        <translation>le registre %1 s&apos;est arrêté ; son journal est %2</translation>
    </message>
    <message>
        <source>the %1 registry exited: %2</source>
        <translation>le registre %1 s&apos;est arrêté: %2</translation>
    </message>
</context>
<context>
    <name>SecretEncryptor</name>
    <message>
        <source>not a PEM public key</source>
        <translation>ce n&apos;est pas une clé publique PEM</translation>
    </message>
    <message>
        <source>Zuul secrets need an RSA key; this is another kind of key</source>
        <translation>les secrets Zuul nécessitent une clé RSA; celle-ci est d&apos;un autre type</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; at least %2 are needed</source>
        <translation>la clé RSA a %1 bits; il en faut au moins %2</translation>
    </message>
    <message>
        <source>nothing to encrypt</source>
        <translation>rien à chiffrer</translation>
    </message>
    <message>
        <source>RSA-OAEP encryption failed</source>
        <translation>échec du chiffrement RSA-OAEP</translation>
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
        <translation>Échec: %1</translation>
    </message>
    <message>
        <source>Drawn by RegistryDesk from the events of a real run.</source>
        <translation>Dessiné par RegistryDesk à partir des événements d&apos;une exécution réelle.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up a registry</source>
        <translation>Configurer un registre</translation>
    </message>
    <message>
        <source>Intermediate registry (%1)</source>
        <translation>Registre intermédiaire (%1)</translation>
    </message>
</context>
<context>
    <name>SiteConfig</name>
    <message>
        <source>“%1” is not a usable site name: lower-case letters, digits, &apos;-&apos; and &apos;_&apos;</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de site utilisable: lettres minuscules, chiffres, &apos;-&apos; et &apos;_&apos;</translation>
    </message>
    <message>
        <source>the intermediate registry needs a host, a port between 1 and 65535 and a username</source>
        <translation>le registre intermédiaire nécessite un hôte, un port entre 1 et 65535 et un nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>the intermediate registry&apos;s password is empty</source>
        <translation>le mot de passe du registre intermédiaire est vide</translation>
    </message>
    <message>
        <source>%1 exists already; choose another folder or allow replacing</source>
        <translation>%1 existe déjà; choisissez un autre dossier ou autorisez le remplacement</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>SiteJobsStep</name>
    <message>
        <source>Site jobs</source>
        <translation>Tâches du site</translation>
    </message>
    <message>
        <source>The secret, four jobs and five playbooks of zuul-jobs&apos; Container Images document, for your config-project. Optional: skip with Next.</source>
        <translation>Le secret, les quatre tâches et les cinq playbooks du document Container Images de zuul-jobs, pour votre config-project. Facultatif: passez avec Suivant.</translation>
    </message>
    <message>
        <source>Publication &amp;user:</source>
        <translation>&amp;Utilisateur de publication:</translation>
    </message>
    <message>
        <source>optional: the Docker Hub (or other) account upload and promote use</source>
        <translation>facultatif: le compte Docker Hub (ou autre) utilisé pour l&apos;envoi et la promotion</translation>
    </message>
    <message>
        <source>Publication pass&amp;word:</source>
        <translation>&amp;Mot de passe de publication:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier:</translation>
    </message>
    <message>
        <source>a checkout of the config-project</source>
        <translation>une copie de travail du config-project</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Write the files</source>
        <translation>É&amp;crire les fichiers</translation>
    </message>
    <message>
        <source>The config-project checkout</source>
        <translation>La copie de travail du config-project</translation>
    </message>
    <message>
        <source>The publication user needs its password.</source>
        <translation>L&apos;utilisateur de publication a besoin de son mot de passe.</translation>
    </message>
    <message>
        <source>Without the project&apos;s key the password is a marked placeholder (ENCRYPT-ME); go back one page to encrypt it.</source>
        <translation>Sans la clé du projet, le mot de passe est un substitut marqué (ENCRYPT-ME); revenez une page en arrière pour le chiffrer.</translation>
    </message>
    <message>
        <source>Choose the folder to write into.</source>
        <translation>Choisissez le dossier où écrire.</translation>
    </message>
    <message numerus="yes">
        <source>Site jobs for %1 written to %2 (%n file(s))</source>
        <translation>
            <numerusform>Tâches du site pour %1 écrites dans %2 (%n fichier)</numerusform>
            <numerusform>Tâches du site pour %1 écrites dans %2 (%n fichiers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SizeChart</name>
    <message>
        <source>No files to chart yet: compare two images first.</source>
        <translation>Aucun fichier à représenter pour l&apos;instant: comparez d&apos;abord deux images.</translation>
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
        <translation>&amp;Registre :</translation>
    </message>
    <message>
        <source>&amp;Survey</source>
        <translation>&amp;Inventorier</translation>
    </message>
    <message>
        <source>Reads every tag of every repository through the registry&apos;s API, follows indexes, and counts each blob once. Manifests are cached by digest, so the next survey only asks each tag&apos;s digest.</source>
        <translation>Lit chaque tag de chaque dépôt via l&apos;API du registre, suit les index et compte chaque blob une fois. Les manifestes sont mis en cache par digest : l&apos;inventaire suivant ne demande que le digest de chaque tag.</translation>
    </message>
    <message>
        <source>Filter repositories</source>
        <translation>Filtrer les dépôts</translation>
    </message>
    <message>
        <source>Tag ages</source>
        <translation>Âge des tags</translation>
    </message>
    <message>
        <source>Prune preview</source>
        <translation>Aperçu du nettoyage</translation>
    </message>
    <message>
        <source>Zuul tags &amp;older than:</source>
        <translation>Tags Zuul plus a&amp;nciens que :</translation>
    </message>
    <message>
        <source>7d</source>
        <translation>7d</translation>
    </message>
    <message>
        <source>A duration such as 36h, 7d or 1d12h</source>
        <translation>Une durée comme 36h, 7d ou 1d12h</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>What plain garbage collection frees after such a prune: the manifests that go and the blobs only the pruned tags reach, each counted once. Nothing is deleted by a preview; Registry ▸ Prune does it.</source>
        <translation>Ce qu&apos;un ramasse-miettes simple libère après un tel nettoyage : les manifestes qui partent et les blobs que seuls les tags nettoyés atteignent, chacun compté une fois. Un aperçu ne supprime rien ; c&apos;est Registre ▸ Nettoyer qui le fait.</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Only here</source>
        <translation>Ici seul</translation>
    </message>
    <message>
        <source>The distinct config and layer blobs its tags reach (through indexes too), each counted once</source>
        <translation>Les blobs distincts de configuration et de couches que ses tags atteignent (via les index aussi), chacun compté une fois</translation>
    </message>
    <message>
        <source>Of those, the blobs no other repository&apos;s tags reach: what deleting all its tags lets garbage collection free</source>
        <translation>Parmi eux, les blobs qu&apos;aucun tag d&apos;un autre dépôt n&apos;atteint : ce que le ramasse-miettes libérerait si tous ses tags étaient supprimés</translation>
    </message>
    <message>
        <source>The tags the repository lists</source>
        <translation>Les tags que le dépôt liste</translation>
    </message>
    <message>
        <source>Survey a registry to see what it holds.</source>
        <translation>Inventoriez un registre pour voir ce qu&apos;il contient.</translation>
    </message>
    <message>
        <source>Surveying…</source>
        <translation>Inventaire en cours…</translation>
    </message>
    <message>
        <source>Cannot open this connection.</source>
        <translation>Impossible d&apos;ouvrir cette connexion.</translation>
    </message>
    <message>
        <source>Surveying… %1 of %2 tags</source>
        <translation>Inventaire en cours… %1 tags sur %2</translation>
    </message>
    <message>
        <source>%1 bytes in the blobs the tags of %2 reach</source>
        <translation>%1 octets dans les blobs qu&apos;atteignent les tags de %2</translation>
    </message>
    <message>
        <source>%1 bytes that no other repository&apos;s tags reach</source>
        <translation>%1 octets qu&apos;aucun tag d&apos;un autre dépôt n&apos;atteint</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 blobs; %n tag(s), %3 manifests</source>
        <translation>
            <numerusform>%1 dans %2 blobs ; %n tag, %3 manifestes</numerusform>
            <numerusform>%1 dans %2 blobs ; %n tags, %3 manifestes</numerusform>
        </translation>
    </message>
    <message>
        <source>Each distinct blob counted once for the whole registry, as registry:2 stores it; %1 requests, %2 manifests and configurations from the cache</source>
        <translation>Chaque blob distinct compté une fois pour tout le registre, comme registry:2 le stocke ; %1 requêtes, %2 manifestes et configurations tirés du cache</translation>
    </message>
    <message>
        <source>Give an age such as 36h, 7d or 1d12h.</source>
        <translation>Indiquez un âge comme 36h, 7d ou 1d12h.</translation>
    </message>
    <message>
        <source>Previewing…</source>
        <translation>Aperçu en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n Zuul tag(s) older than %1 would go; garbage collection would then free %2.</source>
        <translation>
            <numerusform>%n tag Zuul plus ancien que %1 serait supprimé ; le ramasse-miettes libérerait alors %2.</numerusform>
            <numerusform>%n tags Zuul plus anciens que %1 seraient supprimés ; le ramasse-miettes libérerait alors %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Storage</source>
        <translation>&amp;Stockage</translation>
    </message>
    <message>
        <source>Garbage collection plan</source>
        <translation>Plan du ramasse-miettes</translation>
    </message>
    <message>
        <source>Storage &amp;root:</source>
        <translation>&amp;Racine de stockage :</translation>
    </message>
    <message>
        <source>/var/lib/docker-registry</source>
        <translation>/var/lib/docker-registry</translation>
    </message>
    <message>
        <source>The registry&apos;s storage.filesystem.rootdirectory on this host (or a mounted copy). It is only read.</source>
        <translation>Le storage.filesystem.rootdirectory du registre sur cet hôte (ou une copie montée). Il est seulement lu.</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>P&amp;lan</source>
        <translation>P&amp;lanifier</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Tagged multi-arch images that garbage-collect --delete-untagged would break on registry 2.8: it deletes their platform manifests, which carry no tag of their own.</source>
        <translation>Images multi-arch taguées que garbage-collect --delete-untagged casserait sur le registre 2.8 : il supprime leurs manifestes de plateforme, qui ne portent pas de tag propre.</translation>
    </message>
    <message>
        <source>&amp;Delete untagged safely…</source>
        <translation>&amp;Supprimer les non-tagués sans risque…</translation>
    </message>
    <message>
        <source>Deletes through the chosen registry&apos;s API only the manifests no tag reaches, directly or through an index; plain garbage-collect then frees their blobs.</source>
        <translation>Supprime par l&apos;API du registre choisi seulement les manifestes qu&apos;aucun tag n&apos;atteint, ni directement ni par un index ; un garbage-collect simple libère ensuite leurs blobs.</translation>
    </message>
    <message>
        <source>The registry&apos;s storage root</source>
        <translation>La racine de stockage du registre</translation>
    </message>
    <message>
        <source>Give the registry&apos;s storage root (storage.filesystem.rootdirectory).</source>
        <translation>Indiquez la racine de stockage du registre (storage.filesystem.rootdirectory).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n blob(s))</source>
        <translation>
            <numerusform>%1 (%n blob)</numerusform>
            <numerusform>%1 (%n blobs)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Blob store</source>
        <translation>Magasin de blobs</translation>
    </message>
    <message>
        <source>Every blob data file under the storage root, each digest once</source>
        <translation>Chaque fichier de données de blob sous la racine de stockage, chaque digest une fois</translation>
    </message>
    <message>
        <source>Plain garbage-collect frees</source>
        <translation>Un garbage-collect simple libère</translation>
    </message>
    <message>
        <source>Blobs no manifest revision of any repository references, tagged or not: what garbage-collect frees today</source>
        <translation>Blobs qu&apos;aucune révision de manifeste d&apos;aucun dépôt ne référence, taguée ou non : ce que garbage-collect libère aujourd&apos;hui</translation>
    </message>
    <message>
        <source>--delete-untagged frees</source>
        <translation>--delete-untagged libère</translation>
    </message>
    <message>
        <source>What registry 2.8&apos;s garbage-collect --delete-untagged frees: it also deletes the platform manifests of tagged multi-arch images, which breaks them (listed below)</source>
        <translation>Ce que libère garbage-collect --delete-untagged du registre 2.8 : il supprime aussi les manifestes de plateforme des images multi-arch taguées, ce qui les casse (listées ci-dessous)</translation>
    </message>
    <message>
        <source>Safe plan frees</source>
        <translation>Le plan sûr libère</translation>
    </message>
    <message>
        <source>What plain garbage-collect frees after &quot;Delete untagged safely&quot; removed the manifests no tag reaches, directly or through an index</source>
        <translation>Ce que libère un garbage-collect simple après que « Supprimer les non-tagués sans risque » a retiré les manifestes qu&apos;aucun tag n&apos;atteint, ni directement ni par un index</translation>
    </message>
    <message>
        <source>Unfinished uploads</source>
        <translation>Envois inachevés</translation>
    </message>
    <message>
        <source>Uploads never finished; storage.maintenance.uploadpurging removes them (by default after 168 h)</source>
        <translation>Envois jamais terminés ; storage.maintenance.uploadpurging les retire (par défaut après 168 h)</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2 — --delete-untagged deletes its %n platform(s): %3</source>
        <translation>
            <numerusform>%1:%2 — --delete-untagged supprime sa %n plateforme : %3</numerusform>
            <numerusform>%1:%2 — --delete-untagged supprime ses %n plateformes : %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n untagged manifest(s) safely…</source>
        <translation>
            <numerusform>&amp;Supprimer %n manifeste sans tag sans risque…</numerusform>
            <numerusform>&amp;Supprimer %n manifestes sans tag sans risque…</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete untagged manifests</source>
        <translation>Supprimer les manifestes sans tag</translation>
    </message>
    <message>
        <source>&lt;p&gt;These manifests of &lt;b&gt;%1&lt;/b&gt; carry no tag and no tag reaches them, directly or through an index. They are deleted through the API of &lt;b&gt;%2&lt;/b&gt;, which must be the registry serving that storage root; it is checked first.&lt;/p&gt;&lt;p&gt;Plain garbage-collect then frees %3.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ces manifestes de &lt;b&gt;%1&lt;/b&gt; ne portent aucun tag et aucun tag ne les atteint, ni directement ni par un index. Ils sont supprimés par l&apos;API de &lt;b&gt;%2&lt;/b&gt;, qui doit être le registre servant cette racine de stockage ; c&apos;est vérifié d&apos;abord.&lt;/p&gt;&lt;p&gt;Un garbage-collect simple libère ensuite %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifeste</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n untagged manifest(s) deleted; plain garbage-collect now frees %1 (maintenance/gc.sh).</source>
        <translation>
            <numerusform>%n manifeste sans tag supprimé ; un garbage-collect simple libère maintenant %1 (maintenance/gc.sh).</numerusform>
            <numerusform>%n manifestes sans tag supprimés ; un garbage-collect simple libère maintenant %1 (maintenance/gc.sh).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Warn above:</source>
        <translation>&amp;Avertir au-delà de :</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> Gio</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>The health check (on start and Registry ▸ Check health) warns when the blobs under this storage root pass this size</source>
        <translation>La vérification de santé (au démarrage et par Registre ▸ Vérifier la santé) avertit quand les blobs sous cette racine de stockage dépassent cette taille</translation>
    </message>
</context>
<context>
    <name>StorageRoot</name>
    <message>
        <source>a symbolic link that leads nowhere; not followed</source>
        <translation>un lien symbolique qui ne mène nulle part ; non suivi</translation>
    </message>
    <message>
        <source>a symbolic link that leads out of the storage root; not followed</source>
        <translation>un lien symbolique qui sort de la racine de stockage ; non suivi</translation>
    </message>
    <message>
        <source>is not a folder</source>
        <translation>n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation>ne peut pas être lu (permission refusée)</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <source>not followed</source>
        <translation>n&apos;est pas suivi</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>is %1 bytes, more than the %2 bytes it may have</source>
        <translation>fait %1 octets, plus que les %2 octets autorisés</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>is more than %1 bytes</source>
        <translation>dépasse %1 octets</translation>
    </message>
    <message>
        <source>is not a digest link (&quot;%1&quot;)</source>
        <translation>n&apos;est pas un lien de digest («&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>no storage root given</source>
        <translation>aucune racine de stockage indiquée</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>%1 is not a folder (give the storage root: storage.filesystem.rootdirectory of the registry&apos;s config.yml)</source>
        <translation>%1 n&apos;est pas un dossier (indiquez la racine de stockage : storage.filesystem.rootdirectory du config.yml du registre)</translation>
    </message>
    <message>
        <source>%1 is not a registry:2 storage root: it has no %2 folder (give storage.filesystem.rootdirectory of the registry&apos;s config.yml, e.g. /var/lib/docker-registry)</source>
        <translation>%1 n&apos;est pas une racine de stockage registry:2 : il n&apos;a pas de dossier %2 (indiquez storage.filesystem.rootdirectory du config.yml du registre, p. ex. /var/lib/docker-registry)</translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied): run this where the registry&apos;s data is, as a user who may read it</source>
        <translation>%1 ne peut pas être lu (permission refusée) : lancez ceci là où se trouvent les données du registre, avec un utilisateur autorisé à les lire</translation>
    </message>
    <message>
        <source>is corrupt: its bytes hash to %1</source>
        <translation>est corrompu : le hash de ses octets est %1</translation>
    </message>
    <message>
        <source>is not a manifest garbage-collect can read: %1</source>
        <translation>n&apos;est pas un manifeste que garbage-collect sait lire : %1</translation>
    </message>
    <message>
        <source>a folder seen before through a symbolic link; not read again</source>
        <translation>un dossier déjà vu via un lien symbolique ; non relu</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep; not read further</source>
        <translation>imbriqué sur plus de %1 niveaux ; pas lu plus loin</translation>
    </message>
    <message>
        <source>is not a valid repository name: garbage-collect stops here with an error</source>
        <translation>n&apos;est pas un nom de dépôt valide : garbage-collect s&apos;arrête ici sur une erreur</translation>
    </message>
    <message>
        <source>links %1, not the digest its folder names</source>
        <translation>pointe vers %1, et non vers le digest que nomme son dossier</translation>
    </message>
    <message>
        <source>has manifests but no _layers folder: garbage-collect does not see this repository and deletes the blobs only it references</source>
        <translation>a des manifestes mais pas de dossier _layers : garbage-collect ne voit pas ce dépôt et supprime les blobs que lui seul référence</translation>
    </message>
    <message>
        <source>does not name a digest: garbage-collect stops here with an error</source>
        <translation>ne nomme pas de digest : garbage-collect s&apos;arrête ici sur une erreur</translation>
    </message>
    <message>
        <source>links the manifest %1, whose blob is missing (garbage-collect skips it)</source>
        <translation>pointe vers le manifeste %1, dont le blob manque (garbage-collect l&apos;ignore)</translation>
    </message>
    <message>
        <source>the manifest %1 %2; garbage-collect may stop at it with an error</source>
        <translation>le manifeste %1 %2 ; garbage-collect peut s&apos;y arrêter sur une erreur</translation>
    </message>
</context>
<context>
    <name>StorageScanJob</name>
    <message>
        <source>Read the storage root %1</source>
        <translation>Lire la racine de stockage %1</translation>
    </message>
</context>
<context>
    <name>StorageSurvey</name>
    <message>
        <source>Survey the storage of %1</source>
        <translation>Inventorier le stockage de %1</translation>
    </message>
    <message>
        <source>%1 has no catalog: name the repositories to survey</source>
        <translation>%1 n&apos;a pas de catalogue : nommez les dépôts à inventorier</translation>
    </message>
    <message>
        <source>manifest %1 of %2: %3</source>
        <translation>manifeste %1 de %2 : %3</translation>
    </message>
</context>
<context>
    <name>SummaryStep</name>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>What was checked and made. Finish adds the registry to the connections.</source>
        <translation>Ce qui a été vérifié et créé. Terminer ajoute le registre aux connexions.</translation>
    </message>
    <message>
        <source>Finish adds the connection “Intermediate registry (%1)” to the sidebar%2.</source>
        <translation>Terminer ajoute la connexion «&#xa0;Registre intermédiaire (%1)&#xa0;» à la barre latérale%2.</translation>
    </message>
    <message>
        <source>, marked insecure</source>
        <translation>, marquée comme non sécurisée</translation>
    </message>
</context>
<context>
    <name>TagRemover</name>
    <message>
        <source>untag %1</source>
        <translation>retirer le tag %1</translation>
    </message>
    <message>
        <source>the registry&apos;s tag delete</source>
        <translation>la suppression de tag du registre</translation>
    </message>
    <message>
        <source>a unique placeholder manifest pushed to the tag and deleted by digest (registry:2 deletes only by digest)</source>
        <translation>un manifeste substitut unique poussé sur le tag puis supprimé par digest (registry:2 ne supprime que par digest)</translation>
    </message>
    <message>
        <source>Docker Hub&apos;s web API</source>
        <translation>l&apos;API web de Docker Hub</translation>
    </message>
    <message>
        <source>quay&apos;s API</source>
        <translation>l&apos;API de quay</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>untag needs a tag without a digest (to delete by digest use delete): %1</source>
        <translation>untag nécessite un tag sans digest (pour supprimer par digest, utilisez delete): %1</translation>
    </message>
    <message>
        <source>and restoring it failed too: %1</source>
        <translation>et sa restauration a également échoué: %1</translation>
    </message>
    <message>
        <source>the tag was restored to %1</source>
        <translation>le tag a été restauré sur %1</translation>
    </message>
    <message>
        <source>removing the placeholder failed (%1); %2</source>
        <translation>le retrait du substitut a échoué (%1); %2</translation>
    </message>
    <message>
        <source>the Docker Hub login</source>
        <translation>la connexion à Docker Hub</translation>
    </message>
    <message>
        <source>Docker Hub refused the login of %1 (HTTP %2)</source>
        <translation>Docker Hub a refusé la connexion de %1 (HTTP %2)</translation>
    </message>
    <message>
        <source>the Docker Hub tag %1</source>
        <translation>le tag Docker Hub %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>tag %1</translation>
    </message>
    <message>
        <source>the quay tag %1</source>
        <translation>le tag quay %1</translation>
    </message>
</context>
<context>
    <name>TagTableModel</name>
    <message>
        <source>build %1</source>
        <translation>build %1</translation>
    </message>
    <message>
        <source>change %1</source>
        <translation>change %1</translation>
    </message>
    <message>
        <source>%1 pipeline</source>
        <translation>pipeline %1</translation>
    </message>
    <message>
        <source>%1 · change %2</source>
        <translation>%1 · change %2</translation>
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
Tâche %2, projet %3, pipeline %4
Résultat %5, fin %6
%7</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
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
        <translation>Taille</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Zuul</source>
        <translation>Zuul</translation>
    </message>
    <message>
        <source>Double-click: the change&apos;s builds and images on the Changes page</source>
        <translation>Double-clic : les builds et images du change sur la page Changes</translation>
    </message>
</context>
<context>
    <name>TemporaryRegistry</name>
    <message>
        <source>cannot prepare a temporary registry: %1</source>
        <translation>impossible de préparer un registre temporaire: %1</translation>
    </message>
</context>
<context>
    <name>TlsProbe</name>
    <message>
        <source>%1:%2 did not complete a TLS handshake within %3 s</source>
        <translation>%1:%2 n&apos;a pas terminé de négociation TLS en %3 s</translation>
    </message>
    <message>
        <source>wrong host: the certificate is for %1, not %2</source>
        <translation>mauvais hôte: le certificat est pour %1, pas pour %2</translation>
    </message>
    <message>
        <source>expired: the certificate expired on %1</source>
        <translation>expiré: le certificat a expiré le %1</translation>
    </message>
    <message>
        <source>not yet valid: the certificate is valid from %1</source>
        <translation>pas encore valide: le certificat est valide à partir du %1</translation>
    </message>
    <message>
        <source>self-signed: the certificate signs itself and is not the trusted CA</source>
        <translation>auto-signé: le certificat se signe lui-même et n&apos;est pas la CA de confiance</translation>
    </message>
    <message>
        <source>untrusted root: the chain ends in a self-signed CA that is not trusted</source>
        <translation>racine non fiable: la chaîne se termine par une CA auto-signée qui n&apos;est pas de confiance</translation>
    </message>
    <message>
        <source>unknown issuer: the certificate was not issued by a trusted CA</source>
        <translation>émetteur inconnu: le certificat n&apos;a pas été émis par une CA de confiance</translation>
    </message>
    <message>
        <source>wrong usage: the certificate is not for TLS servers</source>
        <translation>usage incorrect: le certificat n&apos;est pas destiné aux serveurs TLS</translation>
    </message>
    <message>
        <source>older than TLS 1.2</source>
        <translation>antérieur à TLS 1.2</translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation>impossible de se connecter à %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>TrustStep</name>
    <message>
        <source>TLS trust</source>
        <translation>Confiance TLS</translation>
    </message>
    <message>
        <source>The certificates the registry presents. Compare the fingerprints with the registry&apos;s own before trusting them.</source>
        <translation>Les certificats présentés par le registre. Comparez les empreintes avec celles du registre lui-même avant de leur faire confiance.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <source>Trust the &amp;system&apos;s certificate authorities</source>
        <translation>Faire confiance aux autorités de certification du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Pin the CA this registry presents (kept for this connection only)</source>
        <translation>Ép&amp;ingler la CA présentée par ce registre (conservée pour cette connexion uniquement)</translation>
    </message>
    <message>
        <source>Use a CA &amp;file:</source>
        <translation>Utiliser un &amp;fichier de CA:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Do &amp;not verify: mark this registry INSECURE (anyone on the path can impersonate it)</source>
        <translation>&amp;Ne pas vérifier: marquer ce registre comme NON SÉCURISÉ (n&apos;importe qui sur le chemin peut usurper son identité)</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificats PEM (*.crt *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:#c02020&apos;&gt;TLS verification will be OFF for this registry.&lt;/b&gt; The connection is marked insecure everywhere it is used.</source>
        <translation>&lt;b style=&apos;color:#c02020&apos;&gt;La vérification TLS sera DÉSACTIVÉE pour ce registre.&lt;/b&gt; La connexion est marquée comme non sécurisée partout où elle est utilisée.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>The certificate of %1 verifies</source>
        <translation>Le certificat de %1 est vérifié</translation>
    </message>
    <message>
        <source>The certificate does not verify: %1</source>
        <translation>La vérification du certificat échoue: %1</translation>
    </message>
    <message>
        <source>TLS verification is OFF: the registry is marked insecure</source>
        <translation>La vérification TLS est DÉSACTIVÉE: le registre est marqué comme non sécurisé</translation>
    </message>
    <message>
        <source>with its own CA pinned</source>
        <translation>avec sa propre CA épinglée</translation>
    </message>
    <message>
        <source>with the CA file %1</source>
        <translation>avec le fichier de CA %1</translation>
    </message>
    <message>
        <source>with the system&apos;s CAs</source>
        <translation>avec les CA du système</translation>
    </message>
    <message>
        <source>TLS verified %1</source>
        <translation>TLS vérifié %1</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>ignoring %1: not a PEM certificate%2</source>
        <translation>%1 ignoré: ce n&apos;est pas un certificat PEM%2</translation>
    </message>
    <message>
        <source>ignoring client certificate %1: it needs a PEM certificate and a matching %2</source>
        <translation>certificat client %1 ignoré: il faut un certificat PEM et un %2 correspondant</translation>
    </message>
</context>
<context>
    <name>UntaggedDeleter</name>
    <message>
        <source>Plan the deletion of untagged manifests on %1</source>
        <translation>Planifier la suppression des manifestes sans tag sur %1</translation>
    </message>
    <message>
        <source>Delete untagged manifests on %1</source>
        <translation>Supprimer les manifestes sans tag sur %1</translation>
    </message>
    <message>
        <source>%1 (a registry in read-only mode, storage.maintenance.readonly.enabled: true, refuses deletes the same way: delete the untagged manifests first, then switch to read-only mode for garbage-collect)</source>
        <translation>%1 (un registre en lecture seule, storage.maintenance.readonly.enabled: true, refuse les suppressions de la même façon : supprimez d&apos;abord les manifestes sans tag, puis passez en lecture seule pour garbage-collect)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 does not serve the storage root %2 as it is now: its repository %3 has tags that the storage root does not have (%4) and lacks tags it has (%5). Name the registry whose data is %2, and run this while nothing pushes.</source>
        <translation>%1 ne sert pas la racine de stockage %2 dans son état actuel : son dépôt %3 a des tags que la racine de stockage n&apos;a pas (%4) et il lui manque des tags qu&apos;elle a (%5). Indiquez le registre dont les données sont dans %2, et lancez ceci pendant que rien n&apos;est poussé.</translation>
    </message>
    <message>
        <source>%1 does not serve the storage root %2: its tag %3:%4 is %5 there and %6 on disk. Name the registry whose data is %2.</source>
        <translation>%1 ne sert pas la racine de stockage %2 : son tag %3:%4 y est %5 et %6 sur le disque. Indiquez le registre dont les données sont dans %2.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>untagged, and no tag reaches it</source>
        <translation>sans tag, et aucun tag ne l&apos;atteint</translation>
    </message>
</context>
<context>
    <name>UploadJob</name>
    <message>
        <source>blob %1 upload to %2</source>
        <translation>envoi du blob %1 vers %2</translation>
    </message>
    <message>
        <source>an upload needs a valid digest and size</source>
        <translation>un envoi nécessite un digest et une taille valides</translation>
    </message>
    <message>
        <source>registry %1 opened an upload without a Location</source>
        <translation>le registre %1 a ouvert un envoi sans Location</translation>
    </message>
    <message>
        <source>registry %1 stored %2 as %3</source>
        <translation>le registre %1 a stocké %2 sous %3</translation>
    </message>
    <message>
        <source>cannot read the data of %1: %2</source>
        <translation>impossible de lire les données de %1: %2</translation>
    </message>
    <message>
        <source>registry %1 acknowledged bytes up to %2 of %3, expected %4</source>
        <translation>le registre %1 a accusé réception des octets jusqu&apos;à %2 sur %3, %4 attendu</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>&amp;Comment the line out</source>
        <translation>&amp;Commenter la ligne</translation>
    </message>
    <message>
        <source>Commented out; save to apply.</source>
        <translation>Ligne commentée; enregistrez pour appliquer.</translation>
    </message>
    <message>
        <source>htpasswd &amp;file:</source>
        <translation>&amp;Fichier htpasswd:</translation>
    </message>
    <message>
        <source>/var/registry/auth/htpasswd</source>
        <translation>/var/registry/auth/htpasswd</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur:</translation>
    </message>
    <message>
        <source>bcrypt &amp;cost:</source>
        <translation>&amp;Coût bcrypt:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe:</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Set pass&amp;word</source>
        <translation>Définir le mot de &amp;passe</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Live login check on:</source>
        <translation>Test de connexion en direct sur:</translation>
    </message>
    <message>
        <source>host:port of the registry using this file</source>
        <translation>hôte:port du registre qui utilise ce fichier</translation>
    </message>
    <message>
        <source>&amp;Check login</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hachage</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Usable by the registry</source>
        <translation>Utilisable par le registre</translation>
    </message>
    <message>
        <source>Open htpasswd file</source>
        <translation>Ouvrir un fichier htpasswd</translation>
    </message>
    <message>
        <source>Open an htpasswd file first.</source>
        <translation>Ouvrez d&apos;abord un fichier htpasswd.</translation>
    </message>
    <message>
        <source>The password matches %1.</source>
        <translation>Le mot de passe correspond à %1.</translation>
    </message>
    <message>
        <source>The password does not match %1.</source>
        <translation>Le mot de passe ne correspond pas à %1.</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>Aucun fichier ouvert</translation>
    </message>
    <message>
        <source>invalid line</source>
        <translation>ligne invalide</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Enter or generate a password first.</source>
        <translation>Saisissez ou générez d&apos;abord un mot de passe.</translation>
    </message>
    <message>
        <source>User %1 already exists; use Set password to change it.</source>
        <translation>L&apos;utilisateur %1 existe déjà; utilisez Définir le mot de passe pour le modifier.</translation>
    </message>
    <message>
        <source>There is no user %1 to change.</source>
        <translation>Il n&apos;y a pas d&apos;utilisateur %1 à modifier.</translation>
    </message>
    <message>
        <source>bcrypt hashing failed</source>
        <translation>échec du hachage bcrypt</translation>
    </message>
    <message>
        <source>Added %1; save to apply.</source>
        <translation>%1 ajouté; enregistrez pour appliquer.</translation>
    </message>
    <message>
        <source>Changed the password of %1; save to apply.</source>
        <translation>Mot de passe de %1 modifié; enregistrez pour appliquer.</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was opened.</source>
        <translation>%1 a été modifié par quelqu&apos;un d&apos;autre depuis son ouverture.</translation>
    </message>
    <message>
        <source>&amp;Merge my changes into it</source>
        <translation>&amp;Fusionner mes modifications</translation>
    </message>
    <message>
        <source>&amp;Overwrite their changes</source>
        <translation>É&amp;craser leurs modifications</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>Saved %1. registry:2 reads the change at once.</source>
        <translation>%1 enregistré. registry:2 prend en compte la modification immédiatement.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>%1 can log in to %2.</source>
        <translation>%1 peut se connecter à %2.</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Utilisateurs</translation>
    </message>
</context>
<context>
    <name>ZuulApi</name>
    <message>
        <source>Zuul API %1</source>
        <translation>API Zuul %1</translation>
    </message>
    <message>
        <source>%1 does not look like Zuul: /api/info is not JSON</source>
        <translation>%1 ne ressemble pas à Zuul: /api/info n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>%1 serves only the tenant %2, not %3</source>
        <translation>%1 ne sert que le tenant %2, pas %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zuul project name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de projet Zuul</translation>
    </message>
    <message>
        <source>Zuul at %1 knows no project %2 in tenant %3</source>
        <translation>Zuul sur %1 ne connaît pas de projet %2 dans le tenant %3</translation>
    </message>
    <message>
        <source>Zuul&apos;s answer for the key of %1 is not a PEM public key</source>
        <translation>la réponse de Zuul pour la clé de %1 n&apos;est pas une clé publique PEM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zuul build uuid</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un uuid de build Zuul</translation>
    </message>
    <message>
        <source>Zuul answered build %1 with something else</source>
        <translation>Zuul a répondu autre chose pour le build %1</translation>
    </message>
    <message>
        <source>Zuul&apos;s builds answer is not a list</source>
        <translation>la réponse de Zuul sur les builds n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zuul buildset uuid</source>
        <translation>« %1 » n&apos;est pas un uuid de buildset Zuul</translation>
    </message>
    <message>
        <source>Zuul at %1 knows no buildset %2 in tenant %3</source>
        <translation>Zuul à %1 ne connaît aucun buildset %2 dans le tenant %3</translation>
    </message>
    <message>
        <source>Zuul answered buildset %1 with something else</source>
        <translation>Zuul a répondu autre chose pour le buildset %1</translation>
    </message>
</context>
<context>
    <name>ZuulArtifact</name>
    <message>
        <source>the image artifact %1 has no docker:// URL</source>
        <translation>l&apos;artefact d&apos;image %1 n&apos;a pas d&apos;URL docker://</translation>
    </message>
    <message>
        <source>the image artifact %1 names no registry</source>
        <translation>l&apos;artefact d&apos;image %1 ne nomme aucun registre</translation>
    </message>
    <message>
        <source>the image artifact %1: %2</source>
        <translation>l&apos;artefact d&apos;image %1 : %2</translation>
    </message>
</context>
<context>
    <name>ZuulImage</name>
    <message>
        <source>checking</source>
        <translation>vérification</translation>
    </message>
    <message>
        <source>present</source>
        <translation>présente</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>aucune connexion</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
</context>
<context>
    <name>ZuulImagesJob</name>
    <message>
        <source>Images of change %1</source>
        <translation>Images du change %1</translation>
    </message>
    <message>
        <source>Images of buildset %1</source>
        <translation>Images du buildset %1</translation>
    </message>
    <message>
        <source>reading the builds from Zuul</source>
        <translation>lecture des builds depuis Zuul</translation>
    </message>
    <message numerus="yes">
        <source>checking %n image(s) in their registries</source>
        <translation>
            <numerusform>vérification de %n image dans son registre</numerusform>
            <numerusform>vérification de %n images dans leurs registres</numerusform>
        </translation>
    </message>
    <message>
        <source>no connection is set up for %1</source>
        <translation>aucune connexion n&apos;est configurée pour %1</translation>
    </message>
</context>
<context>
    <name>ZuulLink</name>
    <message>
        <source>&quot;%1&quot; is neither a change number nor a Zuul or review URL</source>
        <translation>« %1 » n&apos;est ni un numéro de change, ni une URL Zuul ou de revue</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no %2 uuid</source>
        <translation>« %1 » ne nomme aucun uuid de %2</translation>
    </message>
    <message>
        <source>%1 is not a Zuul buildset, build or change URL, nor a review URL</source>
        <translation>%1 n&apos;est ni une URL Zuul de buildset, de build ou de change, ni une URL de revue</translation>
    </message>
</context>
<context>
    <name>ZuulPromoter</name>
    <message numerus="yes">
        <source>Plan the promotion of %n image(s) to %1</source>
        <translation>
            <numerusform>Planifier la promotion de %n image vers %1</numerusform>
            <numerusform>Planifier la promotion de %n images vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promote %n image(s) to %1</source>
        <translation>
            <numerusform>Promouvoir %n image vers %1</numerusform>
            <numerusform>Promouvoir %n images vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the image artifact %1 names no usable repository and tag (&quot;%2&quot;, &quot;%3&quot;)</source>
        <translation>l&apos;artefact d&apos;image %1 ne nomme pas de dépôt et de tag utilisables (« %2 », « %3 »)</translation>
    </message>
    <message>
        <source>the build left no container images to promote</source>
        <translation>le build n&apos;a laissé aucune image de conteneur à promouvoir</translation>
    </message>
    <message>
        <source>resolving %1</source>
        <translation>résolution de %1</translation>
    </message>
    <message>
        <source>copying %1 to %2</source>
        <translation>copie de %1 vers %2</translation>
    </message>
    <message>
        <source>no connection is set up for %1, where %2 is</source>
        <translation>aucune connexion n&apos;est configurée pour %1, où se trouve %2</translation>
    </message>
    <message>
        <source>%1 serves %2 after the copy, not the source&apos;s %3</source>
        <translation>%1 sert %2 après la copie, et non le %3 de la source</translation>
    </message>
</context>
<context>
    <name>ZuulSecretStep</name>
    <message>
        <source>Zuul secret</source>
        <translation>Secret Zuul</translation>
    </message>
    <message>
        <source>The secret that gives Zuul&apos;s jobs the registry, with the password encrypted for the config-project. Optional: skip with Next.</source>
        <translation>Le secret qui donne aux tâches de Zuul l&apos;accès au registre, avec le mot de passe chiffré pour le config-project. Facultatif: passez avec Suivant.</translation>
    </message>
    <message>
        <source>&amp;Zuul URL:</source>
        <translation>URL de &amp;Zuul:</translation>
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
        <translation>Config-pro&amp;ject:</translation>
    </message>
    <message>
        <source>e.g. example/project-config</source>
        <translation>p. ex. example/project-config</translation>
    </message>
    <message>
        <source>or public &amp;key file:</source>
        <translation>ou &amp;fichier de clé publique:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Site name:</source>
        <translation>Nom du &amp;site:</translation>
    </message>
    <message>
        <source>&amp;Get the key and encrypt</source>
        <translation>Obtenir la clé et &amp;chiffrer</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>The project&apos;s public key</source>
        <translation>La clé publique du projet</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.pub);;All files (*)</source>
        <translation>Clés PEM (*.pem *.pub);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save the Zuul secret</source>
        <translation>Enregistrer le secret Zuul</translation>
    </message>
    <message>
        <source>YAML (*.yaml)</source>
        <translation>YAML (*.yaml)</translation>
    </message>
    <message>
        <source>The site name may hold lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Le nom du site peut contenir des lettres minuscules, des chiffres, &apos;-&apos; et &apos;_&apos;.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>Give the Zuul URL, tenant and config-project, or a public key file.</source>
        <translation>Indiquez l&apos;URL de Zuul, le tenant et le config-project, ou un fichier de clé publique.</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <source>Zuul&apos;s key for %1</source>
        <translation>Clé de Zuul pour %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: RSA %2 bits, SHA-256 fingerprint %3. Compare it with the key Zuul shows for the project before committing.</source>
        <translation>%1: RSA %2 bits, empreinte SHA-256 %3. Comparez-la avec la clé que Zuul affiche pour le projet avant de faire le commit.</translation>
    </message>
    <message>
        <source>Zuul secret %1 encrypted for the config-project</source>
        <translation>Secret Zuul %1 chiffré pour le config-project</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desk for Zuul container-image registries.</source>
        <translation>Poste de travail pour les registres d&apos;images de conteneurs Zuul.</translation>
    </message>
    <message>
        <source>Open this registry (host:port).</source>
        <translation>Ouvrir ce registre (hôte:port).</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>registre</translation>
    </message>
    <message>
        <source>Credentials file (auth.json).</source>
        <translation>Fichier d&apos;identifiants (auth.json).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>CA certificates in certs.d layout.</source>
        <translation>Certificats de CA dans la structure certs.d.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>répertoire</translation>
    </message>
    <message>
        <source>false skips TLS verification.</source>
        <translation>false désactive la vérification TLS.</translation>
    </message>
    <message>
        <source>bool</source>
        <translation>bool</translation>
    </message>
    <message>
        <source>Show the three registries of this sandbox directory.</source>
        <translation>Afficher les trois registres de ce répertoire de bac à sable.</translation>
    </message>
    <message>
        <source>Open this repository (and tag) on the Browse page.</source>
        <translation>Ouvrir ce dépôt (et ce tag) sur la page Parcourir.</translation>
    </message>
    <message>
        <source>repository[:tag]</source>
        <translation>dépôt[:tag]</translation>
    </message>
    <message>
        <source>Rehearse the gating flow on the Flows page (with --sandbox).</source>
        <translation>Répéter le flux de gating sur la page Flux (avec --sandbox).</translation>
    </message>
    <message>
        <source>Open the registry setup wizard.</source>
        <translation>Ouvrir l&apos;assistant de configuration de registre.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Compare two images on the Diff page (give it twice: A, then B).</source>
        <translation>Comparer deux images sur la page Comparaison (à indiquer deux fois: A, puis B).</translation>
    </message>
    <message>
        <source>host:port/repository:tag</source>
        <translation>hôte:port/dépôt:tag</translation>
    </message>
    <message>
        <source>Open this htpasswd file on the Users page.</source>
        <translation>Ouvrir ce fichier htpasswd sur la page Utilisateurs.</translation>
    </message>
    <message>
        <source>Show this certificate directory on the Certificates page.</source>
        <translation>Afficher ce répertoire de certificats sur la page Certificats.</translation>
    </message>
    <message>
        <source>Open on this page: %1.</source>
        <translation>Ouvrir sur cette page : %1.</translation>
    </message>
</context>
</TS>
