#pragma once

#include "core/result.h"

#include <QObject>
#include <QString>

class QLocalServer;

namespace fc {

// One running app per data directory. The first instance listens on a local socket named
// after its data directory; a later one hands its request over and exits, so two processes
// never write the same journal and the user gets the window they already have.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Request { Raise, CheckIn };
    Q_ENUM(Request)

    explicit SingleInstance(const QString &dataDirPath, QObject *parent = nullptr);
    ~SingleInstance() override;

    // Socket path for a data directory: a hash of its canonical path, in the user's private
    // runtime directory, so every way of naming the same folder meets the same instance.
    static QString serverName(const QString &dataDirPath);
    QString serverName() const { return m_serverName; }

    // Asks a running instance to carry out request; true when it confirmed. Blocks for at most
    // timeoutMs, so it is called before this process opens a window.
    bool handOver(Request request, int timeoutMs = 3000) const;

    // Becomes the instance others hand over to. A socket left behind by a crashed instance is
    // removed; a live one makes this fail with *error saying so.
    Result listen();
    bool isListening() const;

signals:
    void requested(fc::SingleInstance::Request request);

private:
    void readRequest();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace fc
