#include "TcpNoDelay.h"

#include <dlfcn.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

void TcpNoDelay::ensureActive()
{
    // Nothing to do: referencing this translation unit links the socket() wrapper below.
}

#if defined(__linux__)
extern "C" int socket(int domain, int type, int protocol) noexcept
{
    using SocketFunction = int (*)(int, int, int);
    static const auto real = reinterpret_cast<SocketFunction>(dlsym(RTLD_NEXT, "socket"));
    const int fd = real(domain, type, protocol);
    const int baseType = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd >= 0 && (domain == AF_INET || domain == AF_INET6) && baseType == SOCK_STREAM) {
        const int on = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    }
    return fd;
}
#endif
