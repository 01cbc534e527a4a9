#include "HttpWire.h"

qsizetype HttpWire::parseHead(const QByteArray& data, QByteArray* startLine, Headers* headers)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0) {
        return -1;
    }
    const QList<QByteArray> lines = data.left(end).split('\n');
    *startLine = lines.value(0).trimmed();
    headers->clear();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0) {
            headers->append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
    }
    return end + 4;
}

QByteArray HttpWire::headerValue(const Headers& headers, const QByteArray& name)
{
    QByteArray value;
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            value += (value.isEmpty() ? QByteArray() : QByteArrayLiteral(", ")) + header.second;
        }
    }
    return value;
}

bool HttpWire::hasHeader(const Headers& headers, const QByteArray& name)
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

HttpWire::Status HttpWire::decodeChunked(const QByteArray& data, qsizetype* offset, QByteArray* body)
{
    for (;;) {
        const qsizetype pos = *offset;
        const qsizetype lineEnd = data.indexOf("\r\n", pos);
        if (lineEnd < 0) {
            return Status::Incomplete;
        }
        QByteArray sizeField = data.mid(pos, lineEnd - pos);
        const qsizetype extension = sizeField.indexOf(';');
        if (extension >= 0) {
            sizeField.truncate(extension);
        }
        bool ok = false;
        const qlonglong size = sizeField.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            return Status::Invalid;
        }
        const qsizetype dataStart = lineEnd + 2;
        if (size == 0) {
            // The trailer section (usually empty) ends with an empty line.
            const qsizetype trailerEnd =
                data.indexOf("\r\n", dataStart) == dataStart ? dataStart : data.indexOf("\r\n\r\n", dataStart);
            if (trailerEnd < 0) {
                return Status::Incomplete;
            }
            *offset = trailerEnd + (trailerEnd == dataStart ? 2 : 4);
            return Status::Complete;
        }
        if (data.size() < dataStart + size + 2) {
            return Status::Incomplete;
        }
        body->append(data.constData() + dataStart, size);
        *offset = dataStart + size + 2;
    }
}

QByteArray HttpWire::encodeChunked(const QByteArray& body)
{
    QByteArray out;
    if (!body.isEmpty()) {
        out = QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n";
    }
    return out + "0\r\n\r\n";
}

QByteArray HttpWire::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 206:
        return "Partial Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 416:
        return "Range Not Satisfiable";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}
