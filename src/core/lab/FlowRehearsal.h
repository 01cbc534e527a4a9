#pragma once

#include "job/Job.h"
#include "registry/Digest.h"
#include "registry/Manifest.h"

#include <QElapsedTimer>

#include <functional>

class RegistryClient;
class TemporaryRegistry;

struct RehearsalOptions
{
    QString repository = QStringLiteral("registrydesk-rehearsal/app"); // never a real image's repository
    QString tag = QStringLiteral("latest");
    int change = 4242;
    bool cleanUp = true; // remove every tag the rehearsal made
};

// The whole gating process of zuul-jobs' Container Images document, performed for real with a small
// generated image on the admin's registries, checking each step's result:
//   1. a previous change's image is pushed to the intermediate registry as <build1>_<tag>;
//   2. the buildset registry is populated from it as <tag>;
//   3. the image build job pushes the current image (the previous one plus a layer) to the buildset registry;
//   4. it goes to the intermediate registry as <build2>_<tag>;
//   5. a deployment test job pulls the current and the previous image from the buildset registry;
//   6. upload-image pushes change_<N>_<tag> to the publication registry;
//   7. promote-image puts the manifest under <tag> and removes change_<N>_<tag>, keeping <tag>;
//   8. clean-up of what the rehearsal made (optional).
// It stops at the first step that fails, naming it. Each step is a TransferEvent between the roles of
// the document (the flow diagrams draw them); step() tells what each found.
class FlowRehearsal : public Job
{
    Q_OBJECT
public:
    struct Step
    {
        int number = 0;
        QString title;
        QString label; // what moves, as the document's diagrams label the arrow
        QString from;  // participants, as the document names them
        QString to;
        bool done = false;
        bool ok = false;
        QString detail; // what moved, or why it failed
        qint64 durationMs = 0;
    };

    // Without a buildset registry (nullptr) a temporary one is started here for the rehearsal's length.
    FlowRehearsal(RegistryClient* intermediate, RegistryClient* buildset, RegistryClient* publication,
                  const RehearsalOptions& options = {}, QObject* parent = nullptr);
    QString buildsetRegistry() const; // host:port of the buildset registry used
    QString title() const override;
    const QList<Step>& steps() const { return m_steps; }
    Digest previousDigest() const { return m_previous; }
    Digest currentDigest() const { return m_current; }
    QString intermediateTag(int build) const; // <build uuid>_<tag>, build 1 or 2
    QString changeTag() const;

    static QString roleIntermediate();
    static QString roleBuildset();
    static QString rolePublication();
    static QString roleBuildJob();
    static QString roleTestJob();
    static QString roleUpload();
    static QString rolePromote();

signals:
    void stepFinished(const FlowRehearsal::Step& step);

protected:
    void run() override;

private:
    using Next = std::function<void()>;
    void begin(int index);
    void succeed(int index, const QString& detail, qint64 bytes = 0);
    void fail(int index, const RegistryError& error);
    void expectDigest(int index, RegistryClient* client, const QString& reference, const Digest& expected,
                      const QString& detail, Next then);
    void expectAbsent(int index, RegistryClient* client, const QString& reference, Next then);
    void copy(int index, RegistryClient* from, const QString& fromTag, RegistryClient* to, const QString& toTag,
              const Digest& expected, Next then);
    void pull(int index, const QStringList& references, const QList<Digest>& expected, qint64 bytes);
    void pullBlobs(int index, const QStringList& references, const QList<Digest>& expected, QList<Descriptor> blobs,
                   qint64 bytes);
    void checkFree();
    void stepPrevious();
    void stepCurrent();
    void stepTest();
    void stepPromote();
    void stepCleanUp(int nextTag);

    RegistryClient* m_intermediate;
    RegistryClient* m_buildset;
    RegistryClient* m_publication;
    TemporaryRegistry* m_temporary = nullptr;
    RehearsalOptions m_options;
    QList<Step> m_steps;
    QElapsedTimer m_clock;
    Digest m_previous;
    Digest m_current;
    QString m_build1;
    QString m_build2;
    QStringList m_keptTags; // what the clean-up could not remove: "<registry>/<repository>:<tag>"
    QString m_keptReason;   // and why (the buildset registry cannot delete, as zuul-registry)
};
