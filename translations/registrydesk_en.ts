<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgeHistogram</name>
    <message numerus="yes">
        <source>%n tag(s) %1</source>
        <translation>
            <numerusform>%n tag %1</numerusform>
            <numerusform>%n tags %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repository(ies)</source>
        <translation>
            <numerusform>%n repository</numerusform>
            <numerusform>%n repositories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n tag(s) from &lt;b&gt;%1&lt;/b&gt;? Other tags of the same images stay; the images themselves stay until nothing refers to them.</source>
        <translation>
            <numerusform>Remove %n tag from &lt;b&gt;%1&lt;/b&gt;? Other tags of the same images stay; the images themselves stay until nothing refers to them.</numerusform>
            <numerusform>Remove %n tags from &lt;b&gt;%1&lt;/b&gt;? Other tags of the same images stay; the images themselves stay until nothing refers to them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the image &lt;code&gt;%1&lt;/code&gt; from &lt;b&gt;%2&lt;/b&gt;? The registry removes it with &lt;b&gt;every tag below&lt;/b&gt; (%n tag(s)); this cannot be undone.</source>
        <translation>
            <numerusform>Delete the image &lt;code&gt;%1&lt;/code&gt; from &lt;b&gt;%2&lt;/b&gt;? The registry removes it with &lt;b&gt;every tag below&lt;/b&gt; (%n tag); this cannot be undone.</numerusform>
            <numerusform>Delete the image &lt;code&gt;%1&lt;/code&gt; from &lt;b&gt;%2&lt;/b&gt;? The registry removes it with &lt;b&gt;every tag below&lt;/b&gt; (%n tags); this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n tag(s) to %1.</source>
        <translation>
            <numerusform>Copied %n tag to %1.</numerusform>
            <numerusform>Copied %n tags to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n copies failed; the activity panel says why.</source>
        <translation>
            <numerusform>%1 of %n copies failed; the activity panel says why.</numerusform>
            <numerusform>%1 of %n copies failed; the activity panel says why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateInfo</name>
    <message numerus="yes">
        <source>%1 expires in %n day(s), on %2</source>
        <translation>
            <numerusform>%1 expires in %n day, on %2</numerusform>
            <numerusform>%1 expires in %n days, on %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message numerus="yes">
        <source>%1: %n build(s)</source>
        <translation>
            <numerusform>%1: %n build</numerusform>
            <numerusform>%1: %n builds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n image(s) in the intermediate registry</source>
        <translation>
            <numerusform>, %n image in the intermediate registry</numerusform>
            <numerusform>, %n images in the intermediate registry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n missing or unchecked</source>
        <translation>
            <numerusform>, %n missing or unchecked</numerusform>
            <numerusform>, %n missing or unchecked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n platform(s)</source>
        <translation>
            <numerusform>%1, %n platform</numerusform>
            <numerusform>%1, %n platforms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Blobs: %1 copied (%2), %3 mounted, %4 skipped; %n manifest(s) written</source>
        <translation>
            <numerusform>Blobs: %1 copied (%2), %3 mounted, %4 skipped; %n manifest written</numerusform>
            <numerusform>Blobs: %1 copied (%2), %3 mounted, %4 skipped; %n manifests written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) would be deleted, %1 kept</source>
        <translation>
            <numerusform>%n tag would be deleted, %1 kept</numerusform>
            <numerusform>%n tags would be deleted, %1 kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) deleted, %1 kept</source>
        <translation>
            <numerusform>%n tag deleted, %1 kept</numerusform>
            <numerusform>%n tags deleted, %1 kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Configuration: %n difference(s)</source>
        <translation>
            <numerusform>Configuration: %n difference</numerusform>
            <numerusform>Configuration: %n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 blobs; %n tag(s) of %3 repositories, %4 manifests</source>
        <translation>
            <numerusform>%1 in %2 blobs; %n tag of %3 repositories, %4 manifests</numerusform>
            <numerusform>%1 in %2 blobs; %n tags of %3 repositories, %4 manifests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n manifest(s) deleted before the failure.</source>
        <translation>
            <numerusform>%n manifest deleted before the failure.</numerusform>
            <numerusform>%n manifests deleted before the failure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untagged manifest(s) that no tag reaches would be deleted on %1.</source>
        <translation>
            <numerusform>%n untagged manifest that no tag reaches would be deleted on %1.</numerusform>
            <numerusform>%n untagged manifests that no tag reaches would be deleted on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untagged manifest(s) that no tag reaches deleted on %1.</source>
        <translation>
            <numerusform>%n untagged manifest that no tag reaches deleted on %1.</numerusform>
            <numerusform>%n untagged manifests that no tag reaches deleted on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n manifest(s) were gone already.</source>
        <translation>
            <numerusform>%n manifest was gone already.</numerusform>
            <numerusform>%n manifests were gone already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plain garbage collection would then free %1 (%n blob(s)).</source>
        <translation>
            <numerusform>Plain garbage collection would then free %1 (%n blob).</numerusform>
            <numerusform>Plain garbage collection would then free %1 (%n blobs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plain garbage collection now frees %1 (%n blob(s)).</source>
        <translation>
            <numerusform>Plain garbage collection now frees %1 (%n blob).</numerusform>
            <numerusform>Plain garbage collection now frees %1 (%n blobs).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n more problem(s) not shown</source>
        <translation>
            <numerusform>warning: %n more problem not shown</numerusform>
            <numerusform>warning: %n more problems not shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repository(ies)</source>
        <translation>
            <numerusform>%n repository</numerusform>
            <numerusform>%n repositories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n blob(s))</source>
        <translation>
            <numerusform>%1 (%n blob)</numerusform>
            <numerusform>%1 (%n blobs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repository(ies), </source>
        <translation>
            <numerusform>%n repository, </numerusform>
            <numerusform>%n repositories, </numerusform>
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
            <numerusform>%n manifest, </numerusform>
            <numerusform>%n manifests, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s): %1</source>
        <translation>
            <numerusform>%n blob: %1</numerusform>
            <numerusform>%n blobs: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished upload(s): %1</source>
        <translation>
            <numerusform>%n unfinished upload: %1</numerusform>
            <numerusform>%n unfinished uploads: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and breaks %n tagged multi-arch image(s)</source>
        <translation>
            <numerusform>and breaks %n tagged multi-arch image</numerusform>
            <numerusform>and breaks %n tagged multi-arch images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed</source>
        <translation>
            <numerusform>%n check failed</numerusform>
            <numerusform>%n checks failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n build(s), none with a container image</source>
        <translation>
            <numerusform>%n build, none with a container image</numerusform>
            <numerusform>%n builds, none with a container image</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n platform(s))</source>
        <translation>
            <numerusform>(%n platform)</numerusform>
            <numerusform>(%n platforms)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) received, </source>
        <translation>
            <numerusform>%n event received, </numerusform>
            <numerusform>%n events received, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) refused (%1 without the token)</source>
        <translation>
            <numerusform>%n request refused (%1 without the token)</numerusform>
            <numerusform>%n requests refused (%1 without the token)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n copies failed</source>
        <translation>
            <numerusform>%1 of %n copy failed</numerusform>
            <numerusform>%1 of %n copies failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionsPanel</name>
    <message numerus="yes">
        <source>Imported %n registry(ies); their credentials stay in %1 and its helpers.</source>
        <translation>
            <numerusform>Imported %n registry; their credentials stay in %1 and its helpers.</numerusform>
            <numerusform>Imported %n registries; their credentials stay in %1 and its helpers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyDialog</name>
    <message numerus="yes">
        <source>Copy %n tag(s) of %1 with all their blobs, at once; each copy keeps its tag and digest.</source>
        <translation>
            <numerusform>Copy %n tag of %1 with all their blobs, at once; each copy keeps its tag and digest.</numerusform>
            <numerusform>Copy %n tags of %1 with all their blobs, at once; each copy keeps its tag and digest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailsPane</name>
    <message numerus="yes">
        <source>%n referrer(s).</source>
        <translation>
            <numerusform>%n referrer.</numerusform>
            <numerusform>%n referrers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowsPage</name>
    <message numerus="yes">
        <source>At %1: %n event(s)</source>
        <translation>
            <numerusform>At %1: %n event</numerusform>
            <numerusform>At %1: %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n refused</source>
        <translation>
            <numerusform>, %n refused</numerusform>
            <numerusform>, %n refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Buildset %1&lt;/b&gt; of change %2, patchset %3, %4: %n image push(es) to the intermediate registry</source>
        <translation>
            <numerusform>&lt;b&gt;Buildset %1&lt;/b&gt; of change %2, patchset %3, %4: %n image push to the intermediate registry</numerusform>
            <numerusform>&lt;b&gt;Buildset %1&lt;/b&gt; of change %2, patchset %3, %4: %n image pushes to the intermediate registry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n later pull(s) by builds that list those images</source>
        <translation>
            <numerusform>, %n later pull by builds that list those images</numerusform>
            <numerusform>, %n later pulls by builds that list those images</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImageCopier</name>
    <message numerus="yes">
        <source>the destination already has this manifest and all %n blob(s)</source>
        <translation>
            <numerusform>the destination already has this manifest and all %n blob</numerusform>
            <numerusform>the destination already has this manifest and all %n blobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the tag %1 already names this manifest, and the destination has all %n blob(s)</source>
        <translation>
            <numerusform>the tag %1 already names this manifest, and the destination has all %n blob</numerusform>
            <numerusform>the tag %1 already names this manifest, and the destination has all %n blobs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Health: %n check(s), all pass</source>
        <translation>
            <numerusform>Health: %n check, all pass</numerusform>
            <numerusform>Health: %n checks, all pass</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n health check(s) fail: %1</source>
        <translation>
            <numerusform>%n health check fails: %1</numerusform>
            <numerusform>%n health checks fail: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PruneDialog</name>
    <message numerus="yes">
        <source>Prune %n tag(s)</source>
        <translation>
            <numerusform>Prune %n tag</numerusform>
            <numerusform>Prune %n tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pruner</name>
    <message numerus="yes">
        <source>removing %1:%2 failed after %n tag(s) were removed: %3</source>
        <translation>
            <numerusform>removing %1:%2 failed after %n tag were removed: %3</numerusform>
            <numerusform>removing %1:%2 failed after %n tags were removed: %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteJobsStep</name>
    <message numerus="yes">
        <source>Site jobs for %1 written to %2 (%n file(s))</source>
        <translation>
            <numerusform>Site jobs for %1 written to %2 (%n file)</numerusform>
            <numerusform>Site jobs for %1 written to %2 (%n files)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoragePage</name>
    <message numerus="yes">
        <source>%1 in %2 blobs; %n tag(s), %3 manifests</source>
        <translation>
            <numerusform>%1 in %2 blobs; %n tag, %3 manifests</numerusform>
            <numerusform>%1 in %2 blobs; %n tags, %3 manifests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Zuul tag(s) older than %1 would go; garbage collection would then free %2.</source>
        <translation>
            <numerusform>%n Zuul tag older than %1 would go; garbage collection would then free %2.</numerusform>
            <numerusform>%n Zuul tags older than %1 would go; garbage collection would then free %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n blob(s))</source>
        <translation>
            <numerusform>%1 (%n blob)</numerusform>
            <numerusform>%1 (%n blobs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1:%2 — --delete-untagged deletes its %n platform(s): %3</source>
        <translation>
            <numerusform>%1:%2 — --delete-untagged deletes its %n platform: %3</numerusform>
            <numerusform>%1:%2 — --delete-untagged deletes its %n platforms: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n untagged manifest(s) safely…</source>
        <translation>
            <numerusform>&amp;Delete %n untagged manifest safely…</numerusform>
            <numerusform>&amp;Delete %n untagged manifests safely…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n untagged manifest(s) deleted; plain garbage-collect now frees %1 (maintenance/gc.sh).</source>
        <translation>
            <numerusform>%n untagged manifest deleted; plain garbage-collect now frees %1 (maintenance/gc.sh).</numerusform>
            <numerusform>%n untagged manifests deleted; plain garbage-collect now frees %1 (maintenance/gc.sh).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZuulImagesJob</name>
    <message numerus="yes">
        <source>checking %n image(s) in their registries</source>
        <translation>
            <numerusform>checking %n image in their registries</numerusform>
            <numerusform>checking %n images in their registries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZuulPromoter</name>
    <message numerus="yes">
        <source>Plan the promotion of %n image(s) to %1</source>
        <translation>
            <numerusform>Plan the promotion of %n image to %1</numerusform>
            <numerusform>Plan the promotion of %n images to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promote %n image(s) to %1</source>
        <translation>
            <numerusform>Promote %n image to %1</numerusform>
            <numerusform>Promote %n images to %1</numerusform>
        </translation>
    </message>
</context>
</TS>
