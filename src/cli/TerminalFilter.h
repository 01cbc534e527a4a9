#pragma once

#include <QFile>
#include <QIODevice>

#include <cstdio>

// The last line of defence behind Printable: what the CLI writes to stdout and stderr passes here, and control
// bytes a command forgot to escape (ESC, the other C0 controls but '\n' and '\t', DEL, UTF-8 encoded C1 controls
// such as CSI) leave as the escapes Printable writes. Those escapes are valid inside JSON strings, so --json
// output, whose encoder leaves DEL and C1 controls raw, passes here too and stays valid JSON.
class TerminalFilter : public QIODevice
{
public:
    explicit TerminalFilter(FILE* stream);

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    QFile m_stream;
};
