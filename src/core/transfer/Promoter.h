#pragma once

#include "TagRemover.h"
#include "job/Job.h"
#include "registry/Reference.h"

class RegistryClient;

// The promote of zuul-jobs' promote-docker-image: GET the exact manifest bytes of the temporary tag
// (all four types accepted) and PUT the same bytes with the same Content-Type under the final tag.
// No blob moves. Optionally the temporary tag is removed afterwards, keeping the final one.
class Promoter : public Job
{
    Q_OBJECT
public:
    Promoter(RegistryClient* client, const Reference& source, const QString& newTag, bool removeSourceTag,
             const TagRemoverOptions& options = {}, QObject* parent = nullptr);
    QString title() const override;
    Digest digest() const { return m_digest; }
    QString mediaType() const { return m_mediaType; }
    TagRemover::Route removalRoute() const { return m_removalRoute; }
    QString removalDescription() const { return m_removalDescription; }

protected:
    void run() override;

private:
    void removeSource();

    RegistryClient* m_client;
    Reference m_source;
    QString m_newTag;
    bool m_removeSourceTag;
    TagRemoverOptions m_options;
    Digest m_digest;
    QString m_mediaType;
    TagRemover::Route m_removalRoute = TagRemover::Route::None;
    QString m_removalDescription;
};
