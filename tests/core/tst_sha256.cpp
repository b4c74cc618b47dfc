// SPDX-License-Identifier: MIT
#include "sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace sagascope;

class TestSha256 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qInfo(
            "sha256() runs on %s", sha256UsesCpuExtensions() ? "the processor's SHA extensions" : "QCryptographicHash");
    }

    // FIPS 180-4 examples, and padding that spills into a second block.
    void knownDigests_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("hex");
        QTest::newRow("empty") << QByteArray()
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        QTest::newRow("abc") << QByteArray("abc")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                    << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
        QTest::newRow("a million a") << QByteArray(1000000, 'a')
                                     << QByteArray("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    }

    void knownDigests()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, hex);
        QCOMPARE(sha256(message).toHex(), hex);
    }

    // Every length around the block and padding boundaries, split at every place into the two
    // parts, against QCryptographicHash on the whole.
    void everyLengthAndSplit()
    {
        QRandomGenerator random(20261124);
        for (int length = 0; length <= 200; ++length) {
            QByteArray message(length, Qt::Uninitialized);
            for (char& c : message)
                c = char(random.bounded(256));
            const QByteArray expected = QCryptographicHash::hash(message, QCryptographicHash::Sha256);
            for (int split = 0; split <= length; ++split) {
                const QByteArrayView whole(message);
                const QByteArray got = sha256(whole.first(split), whole.sliced(split));
                if (got != expected)
                    QFAIL(
                        qPrintable(QStringLiteral("length %1 split at %2: %3, expected %4")
                                       .arg(length)
                                       .arg(split)
                                       .arg(QString::fromLatin1(got.toHex()), QString::fromLatin1(expected.toHex()))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
