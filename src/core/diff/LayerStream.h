#pragma once

#include "LayerIndex.h"

#include <QIODevice>
#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>

// The bytes of one layer, handed from its download (on the event-loop thread) to the indexer (on a worker
// thread). Bounded: the download pauses while the buffer is full, so memory does not follow the layer's size.
class LayerStream : public LayerSource
{
public:
    explicit LayerStream(qint64 capacity);

    // --- writer side (event-loop thread) ---
    void write(const char* data, qint64 size);
    qint64 room() const;
    void finishWriting();
    void fail(const RegistryError& error); // the reader's next read() fails with it
    // Called on the reader's thread when it made room; the callee hops to its own thread.
    void setRoomCallback(std::function<void()> onRoom);

    // --- reader side (worker thread) ---
    qint64 read(const char** data) override;
    RegistryError error() const override;

private:
    mutable QMutex m_mutex;
    QWaitCondition m_changed;
    std::deque<QByteArray> m_chunks;
    QByteArray m_current; // the chunk the reader holds; libarchive reads it until the next read()
    qint64 m_buffered = 0;
    qint64 m_capacity;
    bool m_finished = false;
    RegistryError m_error;
    std::function<void()> m_onRoom;
};

// The writer side as a device, for BlobJob's sink.
class LayerStreamDevice : public QIODevice
{
    Q_OBJECT
public:
    LayerStreamDevice(std::shared_ptr<LayerStream> stream, QObject* parent);
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    std::shared_ptr<LayerStream> m_stream;
};
