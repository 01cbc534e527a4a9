#pragma once

#include "RegistryProcess.h"
#include "credentials/Connection.h"

// A session-only connection of the window to a registry a test started: its user, its CA, and a certs.d that
// does not exist, so it trusts only what the connection names. Session-only, so a failing test leaves nothing
// behind for the next one.
inline Connection windowConnectionTo(const RegistryProcess& registry, const QString& name, const QString& noCertsDir)
{
    Connection connection;
    connection.id = Connection::newId();
    connection.name = name;
    connection.address = registry.hostPort();
    connection.username = registry.username();
    connection.caFile = registry.caFile();
    connection.certsDir = noCertsDir;
    connection.persistent = false;
    return connection;
}
