#pragma once

#include "job/Job.h"

#include <QSignalSpy>
#include <QTest>

// The one way tests wait for a core job: its finished() (emitted exactly once), within a timeout.
inline bool waitForJob(Job* job, int timeoutMs = 60000)
{
    if (job->isFinished()) {
        return true;
    }
    QSignalSpy spy(job, &Job::finished);
    return spy.wait(timeoutMs) || job->isFinished();
}

// Waits for a job the test hands over, deletes it and returns how it ended (a Cancelled error if it did
// not finish in time).
inline RegistryError finishedJob(Job* job, int timeoutMs = 60000)
{
    const auto error = waitForJob(job, timeoutMs) ? job->error() : RegistryError::cancelled();
    delete job;
    return error;
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
