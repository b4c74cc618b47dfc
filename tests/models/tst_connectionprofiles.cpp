// SPDX-License-Identifier: MIT
// Saved connection profiles: kept by name in the settings file, never with a password in it.
#include "connectionprofiles.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sagascope;

class TestConnectionProfiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<QSettings> m_settings;

    QByteArray fileBytes()
    {
        m_settings->sync();
        QFile f(m_file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        static int n = 0;
        m_file = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++n));
        m_settings = std::make_unique<QSettings>(m_file, QSettings::IniFormat);
    }

    void savedByNameAndSorted()
    {
        ConnectionProfiles profiles(*m_settings);
        QVERIFY(profiles.all().isEmpty());
        QVERIFY(
            profiles.save({ .name = QStringLiteral("staging"), .url = QStringLiteral("postgresql://me@db:5432/app") }));
        QVERIFY(profiles.save(
            { .name = QStringLiteral("Local file"), .url = QStringLiteral("sqlite:/tmp/a.db"), .writable = true }));
        QVERIFY(profiles.save({ .name = QStringLiteral("ñandú / 'prod'"), .url = QStringLiteral("memory:") }));
        QStringList names;
        for (const ConnectionProfile& p : profiles.all())
            names << p.name;
        QCOMPARE(names,
            (QStringList {
                QStringLiteral("Local file"), QStringLiteral("staging"), QStringLiteral("ñandú / 'prod'") }));

        // Read back by a fresh settings object, as on the next start.
        QSettings again(m_file, QSettings::IniFormat);
        m_settings->sync();
        const auto local = ConnectionProfiles(again).find(QStringLiteral("Local file"));
        QVERIFY(local.has_value());
        QCOMPARE(local->url, QStringLiteral("sqlite:/tmp/a.db"));
        QVERIFY(local->writable);
        QVERIFY(!local->rememberPassword);
        QVERIFY(ConnectionProfiles(again).find(QStringLiteral("ñandú / 'prod'")).has_value());
        QVERIFY(!ConnectionProfiles(again).find(QStringLiteral("nope")).has_value());
    }

    void sameNameReplaces()
    {
        ConnectionProfiles profiles(*m_settings);
        QVERIFY(profiles.save({ .name = QStringLiteral("a"), .url = QStringLiteral("memory:") }));
        QVERIFY(profiles.save(
            { .name = QStringLiteral(" a "), .url = QStringLiteral("sqlite:/x.db"), .rememberPassword = true }));
        QCOMPARE(profiles.all().size(), 1);
        QCOMPARE(profiles.all().first().url, QStringLiteral("sqlite:/x.db"));
        QVERIFY(profiles.all().first().rememberPassword);
    }

    void passwordsNeverReachTheFile_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("saved");
        QTest::newRow("user part") << "postgresql://me:hunter2-secret@db/app"
                                   << "postgresql://me@db/app";
        QTest::newRow("parameter") << "postgresql://me@db/app?password=hunter2-secret&sslmode=require"
                                   << "postgresql://me@db/app?sslmode=require";
        QTest::newRow("key value") << "postgresql:host=db password='hunter2-secret' dbname=app"
                                   << "postgresql:host=db dbname=app";
    }

    void passwordsNeverReachTheFile()
    {
        QFETCH(QString, url);
        QFETCH(QString, saved);
        ConnectionProfiles profiles(*m_settings);
        const auto stored = profiles.save({ .name = QStringLiteral("p"), .url = url, .rememberPassword = true });
        QVERIFY(stored.has_value());
        QCOMPARE(stored->url, saved);
        QCOMPARE(profiles.find(QStringLiteral("p"))->url, saved);
        const QByteArray bytes = fileBytes();
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(!bytes.contains("hunter2"), bytes.constData());
    }

    void aPasswordWrittenByHandIsNotUsed()
    {
        {
            QSettings raw(m_file, QSettings::IniFormat);
            raw.beginWriteArray(QStringLiteral("connections/profiles"), 1);
            raw.setArrayIndex(0);
            raw.setValue(QStringLiteral("name"), QStringLiteral("edited"));
            raw.setValue(QStringLiteral("url"), QStringLiteral("postgresql://me:pw@db/app"));
            raw.endArray();
        }
        QSettings settings(m_file, QSettings::IniFormat);
        QCOMPARE(
            ConnectionProfiles(settings).find(QStringLiteral("edited"))->url, QStringLiteral("postgresql://me@db/app"));
    }

    void refusesWhatCannotBeOpened()
    {
        ConnectionProfiles profiles(*m_settings);
        const auto noName = profiles.save({ .name = QStringLiteral("  "), .url = QStringLiteral("memory:") });
        QVERIFY(!noName);
        QCOMPARE(noName.error().code, ErrorCode::InvalidInput);
        const auto badUrl = profiles.save({ .name = QStringLiteral("x"), .url = QStringLiteral("mysql://h/db") });
        QVERIFY(!badUrl);
        QCOMPARE(badUrl.error().code, ErrorCode::InvalidInput);
        QVERIFY(profiles.all().isEmpty());
    }

    void removeAndLastUsed()
    {
        ConnectionProfiles profiles(*m_settings);
        QVERIFY(profiles.save({ .name = QStringLiteral("a"), .url = QStringLiteral("memory:") }));
        QVERIFY(profiles.save({ .name = QStringLiteral("b"), .url = QStringLiteral("memory:") }));
        profiles.setLastUsed(QStringLiteral("b"));
        QCOMPARE(profiles.lastUsed(), QStringLiteral("b"));
        profiles.remove(QStringLiteral("a"));
        QCOMPARE(profiles.lastUsed(), QStringLiteral("b"));
        profiles.remove(QStringLiteral("b"));
        QVERIFY(profiles.all().isEmpty());
        QVERIFY(profiles.lastUsed().isEmpty());
        profiles.remove(QStringLiteral("never there"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionProfiles)
#include "tst_connectionprofiles.moc"
