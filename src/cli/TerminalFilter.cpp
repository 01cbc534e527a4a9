#include "TerminalFilter.h"

#include "util/Printable.h"

namespace {

bool isAllowedControl(uchar byte)
{
    return byte == '\n' || byte == '\t';
}

QByteArray escaped(char32_t c)
{
    return Printable::escaped(QString::fromUcs4(&c, 1)).toUtf8();
}

} // namespace

TerminalFilter::TerminalFilter(FILE* stream)
{
    m_stream.open(stream, QIODevice::WriteOnly | QIODevice::Unbuffered);
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalFilter::writeData(const char* data, qint64 size)
{
    QByteArray safe;
    safe.reserve(size);
    for (qint64 i = 0; i < size; ++i) {
        const auto byte = static_cast<uchar>(data[i]);
        // C1 controls arrive as C2 80..C2 9F; QTextStream encodes whole characters, so no write splits one.
        const auto next = i + 1 < size ? static_cast<uchar>(data[i + 1]) : 0;
        if (byte == 0xc2 && next >= 0x80 && next < 0xa0) {
            safe += escaped(next);
            ++i;
        } else if ((byte < 0x20 && !isAllowedControl(byte)) || byte == 0x7f) {
            safe += escaped(byte);
        } else {
            safe += static_cast<char>(byte);
        }
    }
    // A QTextStream flushes only QFileDevices itself: flush here, so output keeps its order with other writers.
    if (m_stream.write(safe) != safe.size() || !m_stream.flush()) {
        return -1;
    }
    return size;
}
