// SPDX-License-Identifier: MIT
// File ▸ Open store, offscreen: the form starts from the open store, a password typed into the URL
// moves to its own field, a profile is saved without it and its password kept in the secret
// store, a profile chosen again gets its password back from there (or says why not and lets it be
// typed), a bad URL is named without closing the dialog, and accepting opens the other store in
// the window.
#include "connectionprofiles.h"
#include "mainwindow.h"
#include "openstore.h"
#include "openstoredialog.h"
#include "secretstore.h"
#include "streambrowsertestsupport.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sagascope;
using namespace sagascope::test;

namespace {

QString makeStore(const QTemporaryDir& dir, const QString& name, const QString& streamId)
{
    const QString url = QStringLiteral("sqlite:") + dir.filePath(name);
    auto store = openStore(url);
    if (!store)
        qFatal("cannot create %s", qPrintable(url));
    NewEvent e;
    e.eventType = QStringLiteral("OrderPlaced");
    e.payload = R"({"n":1})";
    if (!(*store)->append({ .streamId = streamId, .events = { e } }))
        qFatal("cannot append to %s", qPrintable(url));
    return url;
}

} // namespace

class TestOpenStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<QSettings> freshSettings()
    {
        return std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s-%1.ini").arg(++m_n)), QSettings::IniFormat);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The window's own settings go to a folder of this test, not the user's.
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    }

    void passwordMovesOutOfTheUrl()
    {
        auto settings = freshSettings();
        MemorySecretStore secrets;
        OpenStoreDialog dialog(*settings, &secrets, QStringLiteral("memory:"));
        QCOMPARE(dialog.urlEdit()->text(), QStringLiteral("memory:"));
        QVERIFY(!dialog.passwordEdit()->isEnabled());
        dialog.urlEdit()->clear();
        QTest::keyClicks(dialog.urlEdit(), QStringLiteral("postgresql://me:s3cret@db.example:5432/app"));
        QCOMPARE(dialog.urlEdit()->text(), QStringLiteral("postgresql://me@db.example:5432/app"));
        QCOMPARE(dialog.passwordEdit()->text(), QStringLiteral("s3cret"));
        QVERIFY(dialog.passwordEdit()->isEnabled());
        QCOMPARE(dialog.passwordEdit()->echoMode(), QLineEdit::Password);

        const SessionOpenRequest request = dialog.request();
        QCOMPARE(splitPassword(request.url).password, QStringLiteral("s3cret"));
        QVERIFY(request.options.readOnly);
        dialog.writableBox()->setChecked(true);
        QVERIFY(!dialog.request().options.readOnly);
    }

    void profileKeepsItsPasswordInTheSecretStore()
    {
        auto settings = freshSettings();
        MemorySecretStore secrets;
        {
            OpenStoreDialog dialog(*settings, &secrets, QString());
            QVERIFY(!dialog.saveButton()->isEnabled());
            dialog.nameEdit()->setText(QStringLiteral("staging"));
            dialog.urlEdit()->setText(QStringLiteral("postgresql://me@db.example/app"));
            dialog.passwordEdit()->setText(QStringLiteral("p@ss'word"));
            dialog.rememberBox()->setChecked(true);
            QVERIFY(dialog.saveButton()->isEnabled());
            QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
            QCOMPARE(dialog.profileList()->count(), 1);
            QTRY_VERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("keychain")),
                qPrintable(dialog.statusLabel()->text()));
            QVERIFY(dialog.deleteButton()->isEnabled());
        }
        settings->sync();
        QFile file(settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("p@ss"));

        // Chosen again later: the password comes back from the secret store.
        OpenStoreDialog again(*settings, &secrets, QStringLiteral("memory:"));
        QCOMPARE(again.profileList()->count(), 1);
        again.profileList()->setCurrentRow(0);
        QCOMPARE(again.urlEdit()->text(), QStringLiteral("postgresql://me@db.example/app"));
        QVERIFY(again.rememberBox()->isChecked());
        QTRY_COMPARE(again.passwordEdit()->text(), QStringLiteral("p@ss'word"));
        QCOMPARE(splitPassword(again.request().url).password, QStringLiteral("p@ss'word"));

        // Without a keychain the dialog says so, and the password is typed by hand.
        secrets.setFailure(
            Error { ErrorCode::Connection, QStringLiteral("The system keychain is not available (no bus).") });
        OpenStoreDialog noKeychain(*settings, &secrets, QStringLiteral("memory:"));
        noKeychain.profileList()->setCurrentRow(0);
        QTRY_VERIFY2(noKeychain.statusLabel()->text().contains(QStringLiteral("not available")),
            qPrintable(noKeychain.statusLabel()->text()));
        QVERIFY(noKeychain.passwordEdit()->text().isEmpty());
        QVERIFY(noKeychain.passwordEdit()->isEnabled());
        QVERIFY(noKeychain.openButton()->isEnabled());

        // Deleted: gone from the list and from the secret store.
        secrets.setFailure(std::nullopt);
        QTest::mouseClick(noKeychain.deleteButton(), Qt::LeftButton);
        QCOMPARE(noKeychain.profileList()->count(), 0);
        QVERIFY(ConnectionProfiles(*settings).all().isEmpty());
        std::optional<Result<QString>> read;
        secrets.read(ConnectionProfile { .name = QStringLiteral("staging") }.secretKey(),
            [&read](const Result<QString>& r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(read->error().code, ErrorCode::NotFound);
    }

    void badUrlKeepsTheDialogOpen()
    {
        auto settings = freshSettings();
        MemorySecretStore secrets;
        OpenStoreDialog dialog(*settings, &secrets, QString());
        dialog.show();
        dialog.urlEdit()->setText(QStringLiteral("mysql://h/db"));
        QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.statusLabel()->text().contains(QStringLiteral("mysql://h/db")),
            qPrintable(dialog.statusLabel()->text()));
    }

    // The form starts from the open store, its password in its own field: the real one, not the
    // "***" the window shows.
    void currentStoreFillsTheForm()
    {
        MemorySecretStore secrets;
        MainWindow window;
        window.setSecretStore(&secrets);
        window.openStore({ .url = QStringLiteral("postgresql://me:s3cret@127.0.0.1:1/app") });
        QTRY_VERIFY_WITH_TIMEOUT(window.session()->state() == StoreSession::State::Failed, 20000);
        QVERIFY(window.session()->displayUrl().contains(QStringLiteral("***")));
        OpenStoreDialog* dialog = window.openStoreDialog();
        QCOMPARE(dialog->urlEdit()->text(), QStringLiteral("postgresql://me@127.0.0.1:1/app"));
        QCOMPARE(dialog->passwordEdit()->text(), QStringLiteral("s3cret"));
    }

    void acceptingOpensTheOtherStore()
    {
        const QString first = makeStore(m_dir, QStringLiteral("first.db"), QStringLiteral("order-first"));
        const QString second = makeStore(m_dir, QStringLiteral("second.db"), QStringLiteral("order-second"));
        MemorySecretStore secrets;
        MainWindow window;
        window.setSecretStore(&secrets);
        window.openStore({ .url = first });
        QTRY_COMPARE(listedStreams(window.streamBrowser()), QStringList { QStringLiteral("order-first") });

        OpenStoreDialog* dialog = window.openStoreDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->urlEdit()->text(), first);
        dialog->urlEdit()->setText(second);
        QTest::mouseClick(dialog->openButton(), Qt::LeftButton);
        QTRY_COMPARE(listedStreams(window.streamBrowser()), QStringList { QStringLiteral("order-second") });
        QVERIFY(window.session()->isReadOnly());
        QVERIFY2(window.windowTitle().contains(QStringLiteral("second.db")), qPrintable(window.windowTitle()));
    }
};

QTEST_MAIN(TestOpenStore)
#include "tst_openstore.moc"
