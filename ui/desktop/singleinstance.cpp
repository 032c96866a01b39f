#include "ui/desktop/singleinstance.h"

#include "core/appinfo.h"
#include "core/atomicfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QPointer>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcInstance, "fc.instance")

namespace fc {

namespace {

const QByteArray raiseMessage = QByteArrayLiteral("raise\n");
const QByteArray checkInMessage = QByteArrayLiteral("check-in\n");
const QByteArray acknowledgement = QByteArrayLiteral("ok\n");
constexpr int maxMessageSize = 64;

} // namespace

SingleInstance::SingleInstance(const QString &dataDirPath, QObject *parent)
    : QObject(parent)
    , m_serverName(serverName(dataDirPath))
{}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString &dataDirPath)
{
    const QFileInfo info(dataDirPath);
    QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty()) // not created yet
        canonical = QDir::cleanPath(info.absoluteFilePath());
    const QByteArray hash =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    // RuntimeLocation is XDG_RUNTIME_DIR, or a 0700 fallback Qt creates: other users cannot
    // see or connect to the socket.
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return dir + u'/' + AppInfo::id() + u'-' + QString::fromLatin1(hash) + QStringLiteral(".sock");
}

bool SingleInstance::handOver(Request request, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs)) {
        qCDebug(lcInstance) << "no running instance at" << m_serverName << socket.errorString();
        return false;
    }
    socket.write(request == Request::CheckIn ? checkInMessage : raiseMessage);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            qCWarning(lcInstance) << "the running instance did not answer:" << socket.errorString();
            return false;
        }
    }
    return socket.readLine(maxMessageSize) == acknowledgement;
}

Result SingleInstance::listen()
{
    if (isListening())
        return {};
    // No socket options: with them Qt 6.4 renames its socket over an existing one, which would
    // silently steal a live instance's name. Plain bind() fails on an existing file instead,
    // and the runtime folder is private anyway.
    auto *server = new QLocalServer(this);
    if (!server->listen(m_serverName)) {
        if (server->serverError() == QAbstractSocket::AddressInUseError) {
            QLocalSocket probe;
            probe.connectToServer(m_serverName);
            if (probe.waitForConnected(1000)) {
                delete server;
                return fail(tr("Another Fibro Companion is already using this data folder."));
            }
            qCInfo(lcInstance) << "removing the socket of an instance that is gone:"
                               << m_serverName;
            QLocalServer::removeServer(m_serverName);
        }
        if (!server->isListening() && !server->listen(m_serverName)) {
            const QString reason = server->errorString();
            delete server;
            return fail(
                tr("Cannot listen on %1: %2").arg(QDir::toNativeSeparators(m_serverName), reason));
        }
    }
    QFile::setPermissions(m_serverName, kOwnerOnly);
    connect(server, &QLocalServer::newConnection, this, &SingleInstance::readRequest);
    m_server = server;
    qCInfo(lcInstance) << "listening on" << m_serverName;
    return {};
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

void SingleInstance::readRequest()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        QPointer<QLocalSocket> guard(socket);
        auto handle = [this, guard] {
            if (!guard || !guard->canReadLine()) {
                if (guard && guard->bytesAvailable() > maxMessageSize)
                    guard->abort();
                return;
            }
            const QByteArray line = guard->readLine(maxMessageSize);
            guard->write(acknowledgement);
            guard->flush();
            guard->disconnectFromServer();
            const Request request = line == checkInMessage ? Request::CheckIn : Request::Raise;
            qCInfo(lcInstance) << "request from another instance:" << request;
            emit requested(request);
        };
        connect(socket, &QLocalSocket::readyRead, this, handle);
        handle(); // the request may already be buffered
    }
}

} // namespace fc
