#pragma once

#include <QIODevice>

#include <deque>

// A bounded in-memory pipe: a blob download writes into it and an upload reads from it, so a blob
// moves between registries without ever being held whole. room() tells the writer how much it may
// write; roomAvailable() fires (queued) when the reader made space.
class BlobPipe : public QIODevice
{
    Q_OBJECT
public:
    explicit BlobPipe(qint64 capacity, QObject* parent = nullptr);

    qint64 room() const { return std::max<qint64>(0, m_capacity - m_buffered); }
    void finishWriting(); // no more data: the reader sees the end once the buffer drains
    qint64 totalWritten() const { return m_written; }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_buffered + QIODevice::bytesAvailable(); }
    bool atEnd() const override { return m_finished && m_buffered == 0; }

signals:
    void roomAvailable();

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    std::deque<QByteArray> m_chunks;
    qint64 m_headOffset = 0; // read position inside m_chunks.front()
    qint64 m_buffered = 0;
    qint64 m_capacity;
    qint64 m_written = 0;
    bool m_finished = false;
    bool m_roomSignalPending = false;
};
