#include "TestProcess.h"

#include <QProcess>

QString TestProcess::Result::describe() const
{
    QString text = error.isEmpty() ? QStringLiteral("exit code %1").arg(exitCode) : error;
    if (!err.isEmpty()) {
        text += QStringLiteral(": ") + QString::fromUtf8(err).trimmed();
    }
    return text;
}

TestProcess::Result TestProcess::run(const QString& program, const QStringList& arguments, int timeoutMs,
                                     const QByteArray& input, const QProcessEnvironment& environment)
{
    Result result;
    QProcess process;
    if (!environment.isEmpty()) {
        process.setProcessEnvironment(environment);
    }
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        result.error = QStringLiteral("%1 did not start: %2").arg(program, process.errorString());
        return result;
    }
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(3000);
        result.timedOut = true;
        result.error = QStringLiteral("%1 timed out after %2 ms").arg(program).arg(timeoutMs);
    } else if (process.exitStatus() == QProcess::CrashExit) {
        result.error = QStringLiteral("%1 crashed").arg(program);
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QProcessEnvironment TestProcess::isolatedEnvironment(const QString& home)
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.remove(QStringLiteral("REGISTRY_AUTH_FILE"));
    env.remove(QStringLiteral("XDG_RUNTIME_DIR"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}
