#pragma once

// Qt 6.4's HTTP stack never sets TCP_NODELAY. With TLS 1.3 the client's Finished message and the first
// request leave as two small writes, so Nagle holds the request until the server's delayed ACK (40 ms)
// on every new connection, and small requests on busy connections can stall the same way. Go (the
// registry, skopeo) and curl disable Nagle; so does RegistryDesk, for every TCP socket the process opens,
// by wrapping socket(2). RegistryClient calls ensureActive() so the wrapper is linked in.
namespace TcpNoDelay {
void ensureActive();
}
