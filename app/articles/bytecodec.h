#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QtEndian>
#include <cstring>
#include <optional>

namespace fc {

// A minimal little-endian binary format for the library cache. QDataStream pays a device call per
// field; at thousands of articles per start that cost is most of reading the cache.
class ByteWriter
{
public:
    explicit ByteWriter(QByteArray *out)
        : m_out(out)
    {}

    void u32(quint32 v) { put(qToLittleEndian(v)); }
    void i64(qint64 v) { put(qToLittleEndian(v)); }
    void f64(double v)
    {
        quint64 bits = 0;
        std::memcpy(&bits, &v, sizeof bits);
        put(qToLittleEndian(bits));
    }
    void flag(bool v) { m_out->append(char(v ? 1 : 0)); }
    void text(const QString &s)
    {
        u32(quint32(s.size()));
        if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
            m_out->append(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
        } else {
            for (QChar c : s)
                put(qToLittleEndian(c.unicode()));
        }
    }
    void texts(const QStringList &list)
    {
        u32(quint32(list.size()));
        for (const QString &s : list)
            text(s);
    }
    void optionalNumber(const std::optional<double> &v)
    {
        flag(v.has_value());
        if (v)
            f64(*v);
    }
    void optionalNumber(const std::optional<int> &v)
    {
        flag(v.has_value());
        if (v)
            i64(*v);
    }

private:
    template<typename T> void put(T v)
    {
        m_out->append(reinterpret_cast<const char *>(&v), sizeof v);
    }

    QByteArray *m_out;
};

// Reads what ByteWriter wrote. Any read past the end, or a length that cannot fit, turns the
// reader bad and every later read returns an empty value: callers check ok() once at the end.
class ByteReader
{
public:
    ByteReader(const char *data, qsizetype size)
        : m_p(data)
        , m_end(data + size)
    {}
    explicit ByteReader(const QByteArray &bytes)
        : ByteReader(bytes.constData(), bytes.size())
    {}

    bool ok() const { return m_ok; }
    bool atEnd() const { return m_p == m_end; }
    qsizetype remaining() const { return m_end - m_p; }

    quint32 u32() { return take<quint32>(); }
    qint64 i64() { return take<qint64>(); }
    double f64()
    {
        const auto bits = take<quint64>();
        double v = 0;
        std::memcpy(&v, &bits, sizeof v);
        return v;
    }
    bool flag()
    {
        if (!need(1))
            return false;
        return *m_p++ != 0;
    }
    QString text()
    {
        const quint32 n = u32();
        if (!need(qsizetype(n) * 2))
            return QString();
        QString s(qsizetype(n), Qt::Uninitialized);
        std::memcpy(s.data(), m_p, size_t(n) * 2);
        if constexpr (Q_BYTE_ORDER != Q_LITTLE_ENDIAN) {
            for (QChar &c : s)
                c = QChar(qFromLittleEndian(c.unicode()));
        }
        m_p += qsizetype(n) * 2;
        return s;
    }
    QStringList texts()
    {
        const quint32 n = u32();
        // Each entry takes at least its 4-byte length.
        if (!fits(qsizetype(n) * 4))
            return {};
        QStringList list;
        list.reserve(qsizetype(n));
        for (quint32 i = 0; i < n && m_ok; ++i)
            list << text();
        return list;
    }
    void optionalNumber(std::optional<double> *v)
    {
        if (flag())
            *v = f64();
        else
            v->reset();
    }
    void optionalNumber(std::optional<int> *v)
    {
        if (flag())
            *v = int(i64());
        else
            v->reset();
    }

private:
    bool fits(qsizetype n) { return need(n); }
    bool need(qsizetype n)
    {
        if (!m_ok || n < 0 || n > m_end - m_p) {
            m_ok = false;
            m_p = m_end;
            return false;
        }
        return true;
    }
    template<typename T> T take()
    {
        if (!need(sizeof(T)))
            return T{};
        T v;
        std::memcpy(&v, m_p, sizeof v);
        m_p += sizeof v;
        return qFromLittleEndian(v);
    }

    const char *m_p;
    const char *m_end;
    bool m_ok = true;
};

} // namespace fc
