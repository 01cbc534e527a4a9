#pragma once

#include <QSignalSpy>
#include <QTest>

// Waits for a core job's finished() signal (the job emits it exactly once).
template<typename Job>
bool waitForJob(Job* job, int timeoutMs = 60000)
{
    if (job->isFinished()) {
        return true;
    }
    QSignalSpy spy(job, &Job::finished);
    return spy.wait(timeoutMs) || job->isFinished();
}

#define AWAIT_JOB(job)                                                                                                 \
    do {                                                                                                               \
        QVERIFY2(waitForJob(job), "the job did not finish in time");                                                   \
    } while (false)

#define AWAIT_OK(job)                                                                                                  \
    do {                                                                                                               \
        AWAIT_JOB(job);                                                                                                \
        QVERIFY2(!(job)->error(), qPrintable((job)->error().message()));                                               \
    } while (false)
