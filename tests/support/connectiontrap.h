#pragma once

#include <QObject>
#include <QTcpServer>

namespace Cb::Test {

// A listening socket on 127.0.0.1 (port 0) that stands in for every remote resource an
// untrusted document or answer points at: it accepts and drops each connection and counts the
// attempts, so a test can assert that rendering or importing fetched nothing. Test thread only.
class ConnectionTrap : public QObject
{
public:
    ConnectionTrap();

    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }

private:
    QTcpServer m_server;
    int m_connections = 0;
};

} // namespace Cb::Test
