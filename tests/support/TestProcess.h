#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs a command-line tool to completion, without a shell, always under a timeout.
class TestProcess
{
public:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QString error; // set when the process could not start, crashed or timed out
        bool timedOut = false;

        bool ok() const { return error.isEmpty() && exitCode == 0; }
        // One line for test failure messages: command outcome plus stderr.
        QString describe() const;
    };

    static Result run(const QString& program, const QStringList& arguments, int timeoutMs = 60000,
                      const QByteArray& input = {}, const QProcessEnvironment& environment = {});
    // This process's environment with a private HOME and the C.UTF-8 locale, and without the variables that would
    // bring in the user's own logins or language (REGISTRY_AUTH_FILE, XDG_RUNTIME_DIR, LANGUAGE).
    static QProcessEnvironment isolatedEnvironment(const QString& home);
};
