#pragma once

#include "RegistryJob.h"

#include <QSet>
#include <QStringList>
#include <QUrl>

// The repository catalog or a repository's tags, every page: follows relative and absolute Link
// headers, copes with registries that do not page, and steps back to the server's own page size
// when it refuses ours (PAGINATION_NUMBER_INVALID).
class ListJob : public RegistryJob
{
    Q_OBJECT
public:
    enum Kind
    {
        Catalog,
        Tags
    };
    ListJob(RegistryClient* client, Kind kind, QString repository);

    // One page only, starting at `from` (a next link of an earlier page) or at the beginning: for views
    // that load more as the user scrolls. nextUrl() is empty after the last page.
    void setOnePage(const QUrl& from = {})
    {
        m_onePage = true;
        m_from = from;
    }
    QUrl nextUrl() const { return m_next; }
    QStringList items() const { return m_items; }
    int pageCount() const { return m_pages; }

    // The rel="next" target of a Link header, resolved against the page's URL; empty when there is none.
    static QUrl nextLink(const QByteArray& linkHeader, const QUrl& base);

    static constexpr int kPageSize = 1000;
    static constexpr int kMaxItems = 2'000'000;

signals:
    void page(const QStringList& items);

protected:
    void run() override;

private:
    void fetch(const QUrl& url);
    QUrl firstUrl(bool withPageSize) const;

    Kind m_kind;
    QString m_repository;
    QStringList m_items;
    QSet<QUrl> m_seen;
    int m_pages = 0;
    bool m_pageSizeRefused = false;
    bool m_onePage = false;
    QUrl m_from;
    QUrl m_next;
};
