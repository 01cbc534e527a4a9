#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// HTTP/1.1 framing shared by TestServer (requests) and TestHttpClient (responses).
class HttpWire
{
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    enum class Status
    {
        Incomplete,
        Complete,
        Invalid
    };

    // Parses the start line and headers. Returns the offset just past the empty line, or -1 while incomplete.
    static qsizetype parseHead(const QByteArray& data, QByteArray* startLine, Headers* headers);
    // Case-insensitive lookup; several headers of one name are joined with ", " as RFC 9110 allows.
    static QByteArray headerValue(const Headers& headers, const QByteArray& name);
    static bool hasHeader(const Headers& headers, const QByteArray& name);
    // Decodes chunked data from *offset on: appends each complete chunk to body and moves *offset past it, so
    // calling again with more data continues where it stopped. Trailers are skipped.
    static Status decodeChunked(const QByteArray& data, qsizetype* offset, QByteArray* body);
    // Frames a complete body of data the chunked way (one chunk), for tests that need chunked messages.
    static QByteArray encodeChunked(const QByteArray& body);
    static QByteArray reasonPhrase(int status);
};
