<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AtomicFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set permissions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthFile</name>
    <message>
        <source>cannot read the auth file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the auth file %1 is not valid JSON (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid credential helper name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential helper %1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential helper %1 has no credentials (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential helper %1 answered without a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run credential helper %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlobJob</name>
    <message>
        <source>blob %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid blob digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 cannot resume %2 at byte %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 sent more than the %2 bytes of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 sent %2 bytes of %3, expected %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 sent bytes for %2 that hash to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateFactory</name>
    <message>
        <source>a CA needs a name and a validity of 1 to 36500 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generating the CA key failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing the CA certificate failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server certificate needs at least one DNS or IP name and a validity of 1 to 3650 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA certificate or key is not readable PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA key does not belong to the CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generating the server key failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing the server certificate failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message>
        <source>unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no PEM certificate found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 PEM certificates are corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not readable PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is not a readable, unencrypted PEM key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key belongs to another certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate %1 (%2) was not issued by certificate %3 (%4): the chain is out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first certificate is a CA; the server&apos;s own certificate must come first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no certificate to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not valid for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is self-signed and not the trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate was not issued by the trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not for TLS servers (serverAuth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 expires in %n day(s), on %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not valid before %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>&amp;Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where ca.crt, ca.key, domain.crt and domain.key live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate Registry CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names (one per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS:registry.example.org
IP:192.0.2.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect domain.crt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port of a live registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CA for clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 2048</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 4096</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a directory first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already has a CA; choose another directory to keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created ca.crt and ca.key (0600) in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory needs ca.crt and ca.key: create or import a CA first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created domain.crt (with the CA) and domain.key (0600) in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1%2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Subject:  %1
  Issuer:   %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Names:    %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Valid:    %1 to %2
  Key:      %3
  SHA-256:  %4

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiring or expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain.crt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain.key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification against ca.crt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key, chain order and CA signature are in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the port too (host:port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting needs ca.crt in the directory and the registry&apos;s host:port in the probe field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export certs.d for clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: copy it to /etc/containers/certs.d or /etc/docker/certs.d on the clients.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Credentials file (docker/podman auth.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates in the certs.d layout DIR/&lt;host:port&gt;/*.crt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify TLS certificates (default true); false skips it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print an HTTP trace on stderr (credentials redacted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;registrydesk-cli --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: registrydesk-cli [global options] &lt;command&gt; [arguments]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administer the registries of a Zuul container-image gating system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials file (docker/podman auth.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates as DIR/&lt;host:port&gt;/*.crt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip TLS verification (says so on stderr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP trace on stderr, credentials redacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;registrydesk-cli &lt;command&gt; --help&apos; for a command&apos;s arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tls-verify takes true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: TLS verification is off for %1 (--tls-verify=false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one REGISTRY argument (host[:port])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one REPOSITORY argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one IMAGE argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host[:port] of the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks /v2/ with authentication; prints API version and auth scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 is reachable: API %2, auth %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limit remaining: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifies the credentials, then stores them in the OS keychain (or in --authfile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login needs --username and --password-stdin (passwords are never arguments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: registry %1 did not ask for credentials; storing them anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login succeeded; credentials stored in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login succeeded but the credentials were not stored: %1. Use --authfile FILE to store them in a file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login succeeded; credentials stored in the OS keychain (service &quot;%1&quot;, key &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[host[:port]/]path of the repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every repository, all pages, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every tag of a repository, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nests indexes deeper than %2 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no image for %2 (it has: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>showing %1 of the index; choose another with --platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image configuration of %1 is %2 bytes, over the %3-byte limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[host[:port]/]path[:tag][@digest]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the manifest bytes exactly as served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the image configuration blob.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an image of a multi-arch index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>os/arch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows digest, media type, size, layers, platforms, created and labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--platform takes os/arch[/variant], e.g. linux/arm64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image configuration of %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no configuration blob (an index without a matching platform, or schema1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size:       %1 (%2 bytes compressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform:   %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the manifest digest (computed from the bytes, verified).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a registry&apos;s /v2/ endpoint with authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify credentials and store them in the keychain or an auth file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list every repository of a registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list every tag of a repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show an image&apos;s manifest, platforms, layers and configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print an image&apos;s manifest digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, set, verify or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the htpasswd file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user (set, verify, remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bcrypt cost for set, 4 to 17 (default 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With set: refuse to change an existing user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages a bcrypt htpasswd file; set and verify read the password on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: htpasswd list FILE | htpasswd set|verify|remove FILE USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password does not match the one of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password matches %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cost takes %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bcrypt hashing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the password of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT USABLE (line %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ca, server, inspect or check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect: a PEM file; check: HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where ca/server write their files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: the directory holding ca.crt and ca.key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: DNS:name or IP:address (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ec (P-256, default) or rsa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA key size: 2048, 3072 or 4096.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity in days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect: check that this key belongs to the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect/check: verify against this CA instead of the system store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect: verify the certificate for this host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates, inspects and checks the intermediate registry&apos;s TLS certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key-type takes ec or rsa (with --bits 2048, 3072 or 4096)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cert %1 needs --out-dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cert server needs --ca-dir DIR and at least one --san</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1.crt and %1.key (0600) in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: cert ca|server|inspect|check …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Subject:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Issuer:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Names:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Valid:      %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Key:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  SHA-256:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cert inspect needs a PEM FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cert check needs HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the bundle (empty or new).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s port (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user Zuul logs in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More DNS names or IPs for the certificate (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site name for the Zuul secret (default yoursite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes an intermediate-registry deployment: docker-compose.yaml, certs/, auth/htpasswd, data/, config.yml, zuul-secret.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: bundle create --out-dir DIR --host H [--port P] --username U --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the intermediate-registry bundle to %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy certs/, auth/ and data/ to /var/registry on the registry host and run docker compose up -d there; give clients clients/certs.d/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up, down or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the sandbox lives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs an intermediate, a buildset and a publication registry on loopback (TLS + htpasswd), seeded with sample images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: sandbox up|down|status [--dir DIR]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox stopped (%1 keeps its data; sandbox up starts it again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use: --authfile %1 --certs-dir %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop: registrydesk-cli sandbox down --dir %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, set, verify or remove users of a bcrypt htpasswd file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a CA or server certificate, inspect one, check a live endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write an intermediate-registry deployment bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run local intermediate, buildset and publication registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quay token on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>destination image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a multi-arch index with every platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy only this platform of an index.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blobs in flight at once (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies an image between or within registries: blobs skipped when present, mounted within a registry, streamed otherwise; manifests last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy needs SRC and DST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--all and --platform exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--parallel takes a number from 1 to 32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blobs: %1 copied (%2), %3 mounted, %4 skipped; %5 manifest(s) written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image under its temporary tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the final tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the temporary tag afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a quay API token from stdin for the removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retags within a repository by manifest only (exact bytes, no blob transfer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promote needs IMAGE and NEWTAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promoted %1 → %2 (%3), manifest only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the tag %1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository:tag to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a quay API token from stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes one tag and keeps the others that share its digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untag needs one IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed tag %1 (was %2) via %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository:tag or repository@digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only list the tags that would disappear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes a manifest by digest: every tag sharing the digest goes with it (listed first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete needs one IMAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would have removed %1 with tags: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would delete %1 with its tags: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 with its tags: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age limit, e.g. 36h or 7d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List exactly what a real run deletes; delete nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prune leaked change_&lt;N&gt;_&lt;tag&gt; / &lt;pipeline&gt;_&lt;tag&gt; tags (publication registry) instead of &lt;build&gt;_&lt;tag&gt; tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuul web URL: age from build end times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuul tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tags of changes that have merged (needs --zuul).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes old Zuul tags from the intermediate registry, tag by tag, nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prune needs one REGISTRY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--older-than takes a duration such as 36h, 7d or 1d12h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--zuul takes the web URL of Zuul (https://zuul.example.org) and needs --tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would delete </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tag(s) would be deleted, %2 kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tag(s) deleted, %2 kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy an image between or within registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retag by manifest only, optionally removing the temporary tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove one tag, keeping others of the same digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete a manifest and every tag on it (listed first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove old &lt;build&gt;_&lt;tag&gt; tags from the intermediate registry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>no entry in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OS keychain denied access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no OS keychain is available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OS keychain is not usable (is a Secret Service such as gnome-keyring running and unlocked?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain entry is not a RegistryDesk login</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeploymentBundle</name>
    <message>
        <source>&quot;%1:%2&quot; is not a valid registry host and port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle needs a valid user name and a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a bundle (%2); choose an empty directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bcrypt hashing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectDownload</name>
    <message>
        <source>%1 sent nothing for %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading from %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent oversized headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct download declined (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of a blob</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectUpload</name>
    <message>
        <source>%1 did not take data within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploading to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data to upload ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an oversized answer to an upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection during an upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered an upload with something that is not HTTP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtpasswdFile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes; not an htpasswd file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &apos;:&apos; between user and hash: registry:2 refuses the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 appears more than once; only one of the entries counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hash: registry:2 only accepts bcrypt, so this user can never log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name (no &apos;:&apos;, spaces or control characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a bcrypt hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 appears %2 times in %3; fix the file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 already exists; set a new password instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no user %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk since it was read; reload it (or merge) before saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>cannot resend the body of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, over the %3-byte limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is over the %2-byte limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects (over %1) for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry redirected %1 to an invalid location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry redirected %1 from https to plain http (%2); refusing to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot follow a redirect for %1 with a streamed body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 requires credentials for %2 (HTTP 401); log in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 refused the credentials for %2 (HTTP 401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resend %1 after authenticating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 asks to retry %2 after %3 s; giving up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot resolve host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1 refused; is the registry running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s while transferring %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection during %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot verify the TLS certificate of %1: %2. Trust the registry&apos;s CA (certs.d/%1/ca.crt) or turn verification off explicitly for this registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error talking to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageConfig</name>
    <message>
        <source>the image configuration is over %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image configuration is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageCopier</name>
    <message>
        <source>copy %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination %1 needs a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no image for %2 (it has: %3); copy everything with --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a manifest of the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nests indexes deeper than %2 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a schema1 manifest; its signature binds it to the source name, so it cannot be copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the destination already has this manifest and all %n blob(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>blob transfer broke (%1); trying again in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying blob %1 failed; no manifest was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination names digest %1 but the image is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the manifest %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination stored the manifest as %1, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListJob</name>
    <message>
        <source>the repository catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tags of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 does not offer a catalog (/v2/_catalog); open repositories by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 sent an unreadable answer for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 sent a paging link that leaves the registry or loops (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RegistryDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port, e.g. registry.example.org:5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter repositories (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS verification is OFF for this registry: anyone on the network path can impersonate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2
Digest: %3
Media type: %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platforms:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repositories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>the manifest has more than %1 descriptors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a descriptor object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid digest &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &quot;%1&quot; field must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is %1 bytes, over the %2-byte limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest is not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest says it is %1 but was served as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported manifest type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a schema1 manifest must have schemaVersion 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a schema1 layer has an invalid blobSum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest must have schemaVersion 2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManifestDeleter</name>
    <message>
        <source>delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 did not say the digest of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags removed with it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManifestJob</name>
    <message>
        <source>manifest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid repository or reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifests are deleted by digest, not by tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes, over the %3-byte limit registries accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 served bytes for %2 that hash to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 announced digest %2 for %3, but the bytes hash to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 served an invalid %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 stored %2 under digest %3, expected %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 refuses deletes (HTTP %2): set storage.delete.enabled: true in its config.yml (or REGISTRY_STORAGE_DELETE_ENABLED=true) and restart it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag delete needs a tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PingJob</name>
    <message>
        <source>the API endpoint /v2/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered /v2/ but is not a registry (no Docker-Distribution-API-Version header)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Promoter</name>
    <message>
        <source>promote %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--remove-source-tag needs a source tag other than the new one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the manifest is transferred, not the layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the promoted tag has digest %1, the source %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was promoted, but removing the temporary tag failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pruner</name>
    <message>
        <source>prune %1 (older than %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted tags free no disk space by themselves. Reclaim it with: docker-registry garbage-collect --delete-untagged /etc/docker/registry/config.yml (registry stopped or in read-only mode; add --dry-run first to see what would go)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only pruning finished changes needs a Zuul API (--zuul and --tenant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking Zuul about %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zuul build end</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>removing %1:%2 failed after %n tag(s) were removed: %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reference</name>
    <message>
        <source>invalid image reference &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a repository name takes no digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the digest must be sha256:&lt;64 hex&gt; or sha512:&lt;128 hex&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a repository name takes no tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is not valid (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;; at most 128)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a registry given with http:// or https:// needs a repository after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid registry host[:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repository &quot;%1&quot; is not valid (lower-case letters, digits and separators . _ __ - between components)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryAddress</name>
    <message>
        <source>invalid registry &quot;%1&quot;: expected host[:port], [ipv6]:port or http://host:port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryClient</name>
    <message>
        <source>anonymous access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored identity token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 asks for authentication with a scheme RegistryDesk does not support (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 requires credentials (HTTP 401); log in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 refused the credentials for %2 (HTTP 401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 refused the token issued for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 names a token service that is not https (%2); refusing to send credentials there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an upload session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 refused the credentials for %2 (HTTP %3 from the token service %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token service %1 of registry %2 failed (HTTP %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token service %1 of registry %2 answered without a usable token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryError</name>
    <message>
        <source>the operation was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the registry says: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 refused the credentials for %2 (HTTP %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 denied access to %2 (HTTP %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 does not support this operation on %2 (HTTP %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 is rate limiting requests (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 rejected the digest of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 refused %2 as too large (HTTP 413)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 failed on %2 (HTTP %3%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleImages</name>
    <message>
        <source>push sample images to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>samples</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>docker-registry is not installed (Debian/Ubuntu package docker-registry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start docker-registry for the %1 registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting the %1 registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox registries did not come up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushing sample images to the %1 registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 registry (pid %2) does not stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagRemover</name>
    <message>
        <source>untag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the registry&apos;s tag delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unique placeholder manifest pushed to the tag and deleted by digest (registry:2 deletes only by digest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Hub&apos;s web API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quay&apos;s API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untag needs a tag without a digest (to delete by digest use delete): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and restoring it failed too: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag was restored to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the placeholder failed (%1); %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker Hub login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Hub refused the login of %1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Docker Hub tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quay tag %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsProbe</name>
    <message>
        <source>%1:%2 did not complete a TLS handshake within %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong host: the certificate is for %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired: the certificate expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet valid: the certificate is valid from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-signed: the certificate signs itself and is not the trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untrusted root: the chain ends in a self-signed CA that is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown issuer: the certificate was not issued by a trusted CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong usage: the certificate is not for TLS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older than TLS 1.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>ignoring %1: not a PEM certificate%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignoring client certificate %1: it needs a PEM certificate and a matching %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadJob</name>
    <message>
        <source>blob %1 upload to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an upload needs a valid digest and size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 opened an upload without a Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the data of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 acknowledged bytes up to %2 of %3, expected %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry %1 stored %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>htpasswd &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/var/registry/auth/htpasswd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bcrypt &amp;cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live login check on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host:port of the registry using this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable by the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open htpasswd file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an htpasswd file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not match %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or generate a password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 already exists; use Set password to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1 to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bcrypt hashing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1; save to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the password of %1; save to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was opened. Overwrite their changes with yours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. registry:2 reads the change at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can log in to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZuulApi</name>
    <message>
        <source>Zuul API %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Zuul build uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuul answered build %1 with something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zuul&apos;s builds answer is not a list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desk for Zuul container-image registries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this registry (host:port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials file (auth.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates in certs.d layout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false skips TLS verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
