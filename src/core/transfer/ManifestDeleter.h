#pragma once

#include "job/Job.h"
#include "registry/Reference.h"

#include <QStringList>

class RegistryClient;

// Deletes a manifest by digest. Registries remove every tag pointing at it, so this finds those tags
// first (affectedTags()) and, in a dry run, stops there: nothing is deleted without that list. A registry that
// cannot delete (deletes disabled, or none at all as zuul-registry) is refused before anything else.
class ManifestDeleter : public Job
{
    Q_OBJECT
public:
    ManifestDeleter(RegistryClient* client, const Reference& reference, bool dryRun, QObject* parent = nullptr);
    QString title() const override;
    Digest digest() const { return m_digest; }
    QStringList affectedTags() const { return m_affected; }

    static constexpr int kParallelLookups = 8;

protected:
    void run() override;

private:
    void resolve();
    void lookUpNext();
    void remove();

    RegistryClient* m_client;
    Reference m_reference;
    bool m_dryRun;
    Digest m_digest;
    QStringList m_tags;
    QStringList m_affected;
    int m_running = 0;
};
