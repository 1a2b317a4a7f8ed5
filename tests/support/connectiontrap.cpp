#include "support/connectiontrap.h"

#include <QTcpSocket>

namespace Cb::Test {

ConnectionTrap::ConnectionTrap()
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* s = m_server.nextPendingConnection()) {
            ++m_connections;
            s->abort();
            s->deleteLater();
        }
    });
    m_server.listen(QHostAddress::LocalHost, 0);
}

} // namespace Cb::Test
