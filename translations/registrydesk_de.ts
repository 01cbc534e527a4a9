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
    <message numerus="yes">
        <source>%n repositories</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n tags</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>TokenJob</name>
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
