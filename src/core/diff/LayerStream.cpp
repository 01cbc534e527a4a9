#include "LayerStream.h"

LayerStream::LayerStream(qint64 capacity)
    : m_capacity(capacity)
{
}

void LayerStream::write(const char* data, qint64 size)
{
    QMutexLocker lock(&m_mutex);
    if (size <= 0 || m_finished || m_error) {
        return;
    }
    m_chunks.emplace_back(data, size);
    m_buffered += size;
    m_changed.wakeAll();
}

qint64 LayerStream::room() const
{
    QMutexLocker lock(&m_mutex);
    return std::max<qint64>(0, m_capacity - m_buffered);
}

void LayerStream::finishWriting()
{
    QMutexLocker lock(&m_mutex);
    m_finished = true;
    m_changed.wakeAll();
}

void LayerStream::fail(const RegistryError& error)
{
    QMutexLocker lock(&m_mutex);
    if (!m_error) {
        m_error = error;
    }
    m_chunks.clear();
    m_buffered = 0;
    m_changed.wakeAll();
}

void LayerStream::setRoomCallback(std::function<void()> onRoom)
{
    QMutexLocker lock(&m_mutex);
    m_onRoom = std::move(onRoom);
}

qint64 LayerStream::read(const char** data)
{
    std::function<void()> onRoom;
    qint64 size = 0;
    {
        QMutexLocker lock(&m_mutex);
        while (m_chunks.empty() && !m_finished && !m_error) {
            m_changed.wait(&m_mutex);
        }
        if (m_error) {
            return -1;
        }
        if (m_chunks.empty()) {
            return 0; // finished and drained
        }
        const bool wasFull = m_buffered >= m_capacity;
        m_current = std::move(m_chunks.front());
        m_chunks.pop_front();
        m_buffered -= m_current.size();
        size = m_current.size();
        *data = m_current.constData();
        if (wasFull) {
            onRoom = m_onRoom;
        }
    }
    if (onRoom) {
        onRoom();
    }
    return size;
}

RegistryError LayerStream::error() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

LayerStreamDevice::LayerStreamDevice(std::shared_ptr<LayerStream> stream, QObject* parent)
    : QIODevice(parent)
    , m_stream(std::move(stream))
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 LayerStreamDevice::writeData(const char* data, qint64 size)
{
    m_stream->write(data, size);
    return size;
}
