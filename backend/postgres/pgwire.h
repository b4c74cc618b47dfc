// SPDX-License-Identifier: MIT
// PostgreSQL's binary wire formats, for the parameters and results the PostgreSQL store exchanges
// in binary (arrays, int8, uuid, timestamptz). Internal to backend/postgres; no libpq here.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtEndian>
#include <QUuid>

#include <cstring>

namespace sagascope::pg {

// Type OIDs from pg_type.h; stable across PostgreSQL versions.
namespace oid {
inline constexpr unsigned int boolean = 16;
inline constexpr unsigned int bytea = 17;
inline constexpr unsigned int int8 = 20;
inline constexpr unsigned int int4 = 23;
inline constexpr unsigned int text = 25;
inline constexpr unsigned int timestamptz = 1184;
inline constexpr unsigned int uuid = 2950;
inline constexpr unsigned int byteaArray = 1001;
inline constexpr unsigned int int4Array = 1007;
inline constexpr unsigned int int8Array = 1016;
inline constexpr unsigned int textArray = 1009;
inline constexpr unsigned int timestamptzArray = 1185;
inline constexpr unsigned int uuidArray = 2951;
} // namespace oid

// PostgreSQL counts timestamps in microseconds since 2000-01-01 UTC.
inline constexpr qint64 pgEpochOffsetUs = 946684800LL * 1000000LL;

inline qint64 unixUsFromPg(qint64 pgUs)
{
    return pgUs + pgEpochOffsetUs;
}
inline qint64 pgUsFromUnix(qint64 unixUs)
{
    return unixUs - pgEpochOffsetUs;
}

inline qint64 readInt64(const char* p)
{
    return qFromBigEndian<qint64>(p);
}
inline qint32 readInt32(const char* p)
{
    return qFromBigEndian<qint32>(p);
}

inline QByteArray int64Bytes(qint64 v)
{
    QByteArray out(8, Qt::Uninitialized);
    qToBigEndian(v, out.data());
    return out;
}
inline QByteArray int32Bytes(qint32 v)
{
    QByteArray out(4, Qt::Uninitialized);
    qToBigEndian(v, out.data());
    return out;
}

// Builds a one-dimensional array in the binary format of array_send: a header (dimensions,
// has-null flag, element type, length and lower bound), then each element as a 32-bit length
// (-1 for NULL) followed by its bytes. Sending arrays this way avoids quoting and escaping text.
class ArrayWriter
{
public:
    explicit ArrayWriter(unsigned int elementOid, qsizetype expectedBytes = 0)
        : m_elementOid(elementOid)
    {
        m_buffer.reserve(headerSize + expectedBytes);
        m_buffer.resize(headerSize); // filled in by finish()
    }

    void add(QByteArrayView bytes)
    {
        appendInt32(static_cast<qint32>(bytes.size()));
        m_buffer.append(bytes.data(), bytes.size());
        ++m_count;
    }
    void addText(const QString& text) { add(text.toUtf8()); }
    void addInt32(qint32 v)
    {
        appendInt32(4);
        appendInt32(v);
        ++m_count;
    }
    void addInt64(qint64 v)
    {
        appendInt32(8);
        char b[8];
        qToBigEndian(v, b);
        m_buffer.append(b, 8);
        ++m_count;
    }
    void addUuid(const QUuid& id)
    {
        appendInt32(16);
        // RFC 4122 byte order is what uuid_send writes; built in place to avoid an allocation.
        char b[16];
        qToBigEndian<quint32>(id.data1, b);
        qToBigEndian<quint16>(id.data2, b + 4);
        qToBigEndian<quint16>(id.data3, b + 6);
        std::memcpy(b + 8, id.data4, 8);
        m_buffer.append(b, 16);
        ++m_count;
    }
    void addNull()
    {
        appendInt32(-1);
        m_hasNull = true;
        ++m_count;
    }

    QByteArray finish()
    {
        char* h = m_buffer.data();
        if (m_count == 0) {
            // An empty array has no dimensions at all.
            m_buffer.resize(12);
            h = m_buffer.data();
            qToBigEndian<qint32>(0, h);
            qToBigEndian<qint32>(0, h + 4);
            qToBigEndian<quint32>(m_elementOid, h + 8);
            return std::move(m_buffer);
        }
        qToBigEndian<qint32>(1, h);
        qToBigEndian<qint32>(m_hasNull ? 1 : 0, h + 4);
        qToBigEndian<quint32>(m_elementOid, h + 8);
        qToBigEndian<qint32>(m_count, h + 12);
        qToBigEndian<qint32>(1, h + 16);
        return std::move(m_buffer);
    }

private:
    static constexpr qsizetype headerSize = 20;

    void appendInt32(qint32 v)
    {
        char b[4];
        qToBigEndian(v, b);
        m_buffer.append(b, 4);
    }

    QByteArray m_buffer;
    unsigned int m_elementOid;
    qint32 m_count = 0;
    bool m_hasNull = false;
};

// A uuid value in binary format: 16 bytes in network order.
inline QUuid uuidFromBytes(const char* p)
{
    return QUuid::fromRfc4122(QByteArrayView(p, 16));
}

} // namespace sagascope::pg
