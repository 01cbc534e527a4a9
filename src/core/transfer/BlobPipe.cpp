#include "BlobPipe.h"

#include <cstring>

BlobPipe::BlobPipe(qint64 capacity, QObject* parent)
    : QIODevice(parent)
    , m_capacity(capacity)
{
    open(QIODevice::ReadWrite | QIODevice::Unbuffered);
}

void BlobPipe::finishWriting()
{
    m_finished = true;
    emit readyRead(); // wakes a reader waiting for the end
}

qint64 BlobPipe::writeData(const char* data, qint64 size)
{
    if (size <= 0) {
        return 0;
    }
    m_chunks.emplace_back(data, size);
    m_buffered += size;
    m_written += size;
    emit bytesWritten(size);
    emit readyRead();
    return size;
}

qint64 BlobPipe::readData(char* data, qint64 maxSize)
{
    qint64 copied = 0;
    while (copied < maxSize && !m_chunks.empty()) {
        auto& front = m_chunks.front();
        const auto take = std::min(maxSize - copied, front.size() - m_headOffset);
        std::memcpy(data + copied, front.constData() + m_headOffset, static_cast<size_t>(take));
        copied += take;
        m_headOffset += take;
        if (m_headOffset == front.size()) {
            m_chunks.pop_front();
            m_headOffset = 0;
        }
    }
    m_buffered -= copied;
    if (copied > 0 && !m_roomSignalPending) {
        // Queued, so the writer never re-enters the reader's stack.
        m_roomSignalPending = true;
        QMetaObject::invokeMethod(
            this,
            [this]() {
                m_roomSignalPending = false;
                emit roomAvailable();
            },
            Qt::QueuedConnection);
    }
    if (copied == 0 && m_finished) {
        return -1;
    }
    return copied;
}
