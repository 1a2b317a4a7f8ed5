#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QWebSocket>

#include <memory>

namespace Cb::Test {

// A real headless Chromium driven over the Chrome DevTools Protocol (one WebSocket to the
// browser, "flat" sessions for the page), for tests of pages that must work in a browser:
// keyboard, local storage, downloads. start() launches `chromium --headless=new` on a free port
// with a throw-away profile; everything waits with a timeout so a wedged browser fails the
// test instead of hanging it.
class DevToolsClient : public QObject
{
public:
    DevToolsClient();
    ~DevToolsClient() override;

    // The chromium binary on PATH ("chromium", else "chromium-browser"), or empty.
    static QString browserBinary();

    // Launches the browser and attaches to its first page; false with error() on failure.
    bool start();
    QString error() const { return m_error; }

    // A command to the browser (session empty) or the page; its "result", or an object with
    // "error" (also in error()).
    QJsonObject call(const QString& method, const QJsonObject& params = {}, bool onPage = true, int timeoutMs = 10000);
    // The next event of that name (queued ones first), or an empty object after the timeout.
    QJsonObject waitForEvent(const QString& method, int timeoutMs = 10000);
    // Runtime.evaluate on the page, by value; awaits promises.
    QJsonValue evaluate(const QString& expression);
    // Polls `expression` until it is true.
    bool waitUntil(const QString& expression, int timeoutMs = 10000);

    // Loads a URL and waits for the document to be complete.
    bool navigate(const QString& url);
    bool reload();
    // A key press as a user makes it: keyDown (with text for printable keys) and keyUp.
    void pressKey(const QString& key);
    // A left click at the centre of the element `selector` matches (scrolled into view).
    bool click(const QString& selector);

private:
    void onMessage(const QString& message);

    QTemporaryDir m_profile;
    QProcess m_browser;
    QWebSocket m_socket;
    QString m_session;
    QString m_error;
    int m_nextId = 1;
    QHash<int, QJsonObject> m_replies;
    QList<QJsonObject> m_events;
};

} // namespace Cb::Test
