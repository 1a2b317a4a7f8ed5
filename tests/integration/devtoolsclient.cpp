#include "devtoolsclient.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QUrl>

namespace Cb::Test {

namespace {

// Runs the event loop until `done` or the deadline.
template <typename Done>
bool spinUntil(Done done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    }
    return true;
}

struct Key
{
    QString code;
    int virtualKey = 0;
};

Key keyInfo(const QString& key)
{
    if (key == QLatin1String("ArrowRight"))
        return {key, 39};
    if (key == QLatin1String("ArrowLeft"))
        return {key, 37};
    if (key == QLatin1String("Escape"))
        return {key, 27};
    if (key.size() == 1 && key[0].isDigit())
        return {QStringLiteral("Digit") + key, key[0].unicode()};
    return {QStringLiteral("Key") + key.toUpper(), key.toUpper()[0].unicode()};
}

} // namespace

DevToolsClient::DevToolsClient()
{
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &DevToolsClient::onMessage);
}

DevToolsClient::~DevToolsClient()
{
    if (m_socket.state() == QAbstractSocket::ConnectedState) {
        // Asks the browser to quit; it may close the socket before it could answer.
        m_socket.sendTextMessage(QStringLiteral("{\"id\":0,\"method\":\"Browser.close\"}"));
        m_socket.flush();
        spinUntil([&] { return m_browser.state() == QProcess::NotRunning; }, 5000);
        m_socket.abort();
    }
    if (m_browser.state() != QProcess::NotRunning && !m_browser.waitForFinished(5000)) {
        m_browser.kill();
        m_browser.waitForFinished(5000);
    }
}

QString DevToolsClient::browserBinary()
{
    for (const char* name : {"chromium", "chromium-browser"})
        if (const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name)); !path.isEmpty())
            return path;
    return {};
}

bool DevToolsClient::start()
{
    const QString binary = browserBinary();
    if (binary.isEmpty()) {
        m_error = QStringLiteral("chromium is not installed");
        return false;
    }
    // Headless Chromium logs D-Bus complaints by the dozen; kept with the profile, not in the test log.
    m_browser.setStandardOutputFile(QProcess::nullDevice());
    m_browser.setStandardErrorFile(m_profile.filePath(QStringLiteral("chromium.log")));
    m_browser.start(binary, {QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"),
                             QStringLiteral("--disable-gpu"), QStringLiteral("--remote-debugging-port=0"),
                             QStringLiteral("--user-data-dir=") + m_profile.path(), QStringLiteral("--no-first-run"),
                             QStringLiteral("--no-default-browser-check"), QStringLiteral("--disable-extensions"),
                             QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-sync"),
                             QStringLiteral("--disable-component-update"), QStringLiteral("about:blank")});
    if (!m_browser.waitForStarted(10000)) {
        m_error = QStringLiteral("chromium did not start: ") + m_browser.errorString();
        return false;
    }
    // The browser writes its port and WebSocket path once it listens.
    QFile portFile(m_profile.filePath(QStringLiteral("DevToolsActivePort")));
    QStringList lines;
    const bool ready = spinUntil(
        [&] {
            if (m_browser.state() == QProcess::NotRunning || !portFile.open(QIODevice::ReadOnly))
                return m_browser.state() == QProcess::NotRunning;
            lines = QString::fromUtf8(portFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            portFile.close();
            return lines.size() >= 2;
        },
        15000);
    if (!ready || lines.size() < 2) {
        m_error = QStringLiteral("chromium wrote no DevToolsActivePort");
        return false;
    }
    m_socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(lines[0].trimmed(), lines[1].trimmed())));
    if (!spinUntil([&] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 10000)) {
        m_error = QStringLiteral("cannot connect to the DevTools socket: ") + m_socket.errorString();
        return false;
    }
    // Attach to the page the browser opened.
    QString target;
    spinUntil(
        [&] {
            const QJsonArray infos = call(QStringLiteral("Target.getTargets"), {}, false)
                                         .value(QStringLiteral("targetInfos")).toArray();
            for (const QJsonValue& v : infos)
                if (v[QStringLiteral("type")].toString() == QLatin1String("page"))
                    target = v[QStringLiteral("targetId")].toString();
            return !target.isEmpty();
        },
        10000);
    if (target.isEmpty()) {
        m_error = QStringLiteral("chromium has no page");
        return false;
    }
    m_session = call(QStringLiteral("Target.attachToTarget"),
                     {{QStringLiteral("targetId"), target}, {QStringLiteral("flatten"), true}}, false)
                    .value(QStringLiteral("sessionId"))
                    .toString();
    if (m_session.isEmpty())
        return false;
    call(QStringLiteral("Page.enable"));
    call(QStringLiteral("Runtime.enable"));
    return true;
}

void DevToolsClient::onMessage(const QString& message)
{
    const QJsonObject object = QJsonDocument::fromJson(message.toUtf8()).object();
    if (object.contains(QStringLiteral("id")))
        m_replies.insert(object.value(QStringLiteral("id")).toInt(), object);
    else
        m_events.append(object);
}

QJsonObject DevToolsClient::call(const QString& method, const QJsonObject& params, bool onPage, int timeoutMs)
{
    const int id = m_nextId++;
    QJsonObject message{{QStringLiteral("id"), id}, {QStringLiteral("method"), method},
                        {QStringLiteral("params"), params}};
    if (onPage)
        message.insert(QStringLiteral("sessionId"), m_session);
    m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    if (!spinUntil([&] { return m_replies.contains(id); }, timeoutMs)) {
        m_error = method + QStringLiteral(": no reply");
        return {{QStringLiteral("error"), m_error}};
    }
    const QJsonObject reply = m_replies.take(id);
    if (reply.contains(QStringLiteral("error"))) {
        m_error = method + QStringLiteral(": ") +
                  QString::fromUtf8(QJsonDocument(reply.value(QStringLiteral("error")).toObject()).toJson());
        return {{QStringLiteral("error"), m_error}};
    }
    return reply.value(QStringLiteral("result")).toObject();
}

QJsonObject DevToolsClient::waitForEvent(const QString& method, int timeoutMs)
{
    QJsonObject found;
    spinUntil(
        [&] {
            for (qsizetype i = 0; i < m_events.size(); ++i)
                if (m_events[i].value(QStringLiteral("method")).toString() == method) {
                    found = m_events.takeAt(i).value(QStringLiteral("params")).toObject();
                    return true;
                }
            return false;
        },
        timeoutMs);
    return found;
}

QJsonValue DevToolsClient::evaluate(const QString& expression)
{
    const QJsonObject result = call(QStringLiteral("Runtime.evaluate"), {{QStringLiteral("expression"), expression},
                                                                         {QStringLiteral("returnByValue"), true},
                                                                         {QStringLiteral("awaitPromise"), true}});
    if (result.contains(QStringLiteral("exceptionDetails")))
        m_error = QString::fromUtf8(QJsonDocument(result.value(QStringLiteral("exceptionDetails")).toObject()).toJson());
    return result.value(QStringLiteral("result")).toObject().value(QStringLiteral("value"));
}

bool DevToolsClient::waitUntil(const QString& expression, int timeoutMs)
{
    return spinUntil([&] { return evaluate(expression).toBool(); }, timeoutMs);
}

bool DevToolsClient::navigate(const QString& url)
{
    const QString encoded = QUrl(url).toString(QUrl::FullyEncoded);
    call(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), encoded}});
    return waitUntil(QStringLiteral("document.readyState === 'complete' && location.href === %1")
                         .arg(QString::fromUtf8(QJsonDocument(QJsonArray{encoded}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)));
}

bool DevToolsClient::reload()
{
    evaluate(QStringLiteral("window.__beforeReload = true"));
    call(QStringLiteral("Page.reload"));
    return waitUntil(QStringLiteral("document.readyState === 'complete' && window.__beforeReload === undefined"));
}

void DevToolsClient::pressKey(const QString& key)
{
    const Key info = keyInfo(key);
    QJsonObject down{{QStringLiteral("type"), key.size() == 1 ? QStringLiteral("keyDown") : QStringLiteral("rawKeyDown")},
                     {QStringLiteral("key"), key},
                     {QStringLiteral("code"), info.code},
                     {QStringLiteral("windowsVirtualKeyCode"), info.virtualKey},
                     {QStringLiteral("nativeVirtualKeyCode"), info.virtualKey}};
    if (key.size() == 1) {
        down.insert(QStringLiteral("text"), key);
        down.insert(QStringLiteral("unmodifiedText"), key);
    }
    call(QStringLiteral("Input.dispatchKeyEvent"), down);
    QJsonObject up = down;
    up.insert(QStringLiteral("type"), QStringLiteral("keyUp"));
    up.remove(QStringLiteral("text"));
    up.remove(QStringLiteral("unmodifiedText"));
    call(QStringLiteral("Input.dispatchKeyEvent"), up);
}

bool DevToolsClient::click(const QString& selector)
{
    const QJsonObject box =
        evaluate(QStringLiteral("(() => { const e = document.querySelector(%1); if (!e) return null;"
                                " e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                                " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()")
                     .arg(QString::fromUtf8(QJsonDocument(QJsonArray{selector}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)))
            .toObject();
    if (box.isEmpty())
        return false;
    const double x = box.value(QStringLiteral("x")).toDouble(), y = box.value(QStringLiteral("y")).toDouble();
    for (const char* type : {"mouseMoved", "mousePressed", "mouseReleased"}) {
        QJsonObject event{{QStringLiteral("type"), QString::fromLatin1(type)}, {QStringLiteral("x"), x},
                          {QStringLiteral("y"), y}};
        if (qstrcmp(type, "mouseMoved") != 0) {
            event.insert(QStringLiteral("button"), QStringLiteral("left"));
            event.insert(QStringLiteral("clickCount"), 1);
        }
        call(QStringLiteral("Input.dispatchMouseEvent"), event);
    }
    return true;
}

} // namespace Cb::Test
