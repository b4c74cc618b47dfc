// SPDX-License-Identifier: MIT
// Passwords in the real system keychain. ctest runs `roundTrip` inside its own D-Bus session with
// an unlocked gnome-keyring (run_with_keyring.sh), and `noKeychainAnswersWithAnError` without any
// session bus, as on a server or in a container.
#include "keychainsecretstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>

using namespace sagascope;

namespace {

template<typename T>
T waitFor(const std::function<void(std::function<void(const T&)>)>& call)
{
    std::optional<T> answer;
    call([&answer](const T& a) { answer = a; });
    (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, 30000);
    return answer.value_or(T(std::unexpected(Error { ErrorCode::Internal, QStringLiteral("no answer") })));
}

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through run_with_keyring.sh");
        KeychainSecretStore keychain;
        const QString key = QStringLiteral("profile:test %1").arg(QCoreApplication::applicationPid());
        const QString secret = QStringLiteral("p@ss:/?#&=' \\ ñ 🔑");

        const auto written = waitFor<Result<void>>([&](auto done) { keychain.write(key, secret, done); });
        QVERIFY2(written.has_value(), qPrintable(written ? QString() : written.error().message));
        const auto read = waitFor<Result<QString>>([&](auto done) { keychain.read(key, done); });
        QVERIFY2(read.has_value(), qPrintable(read ? QString() : read.error().message));
        QCOMPARE(*read, secret);

        // A second store object (the next start of the app) finds it too.
        KeychainSecretStore other;
        QCOMPARE(waitFor<Result<QString>>([&](auto done) { other.read(key, done); }).value_or(QString()), secret);

        const auto removed = waitFor<Result<void>>([&](auto done) { keychain.remove(key, done); });
        QVERIFY(removed.has_value());
        const auto gone = waitFor<Result<QString>>([&](auto done) { keychain.read(key, done); });
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
        // Removing again is no error.
        QVERIFY(waitFor<Result<void>>([&](auto done) { keychain.remove(key, done); }).has_value());
    }

    void noKeychainAnswersWithAnError()
    {
        QVERIFY2(qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run without a session bus");
        KeychainSecretStore keychain(nullptr, 3000);
        QElapsedTimer clock;
        clock.start();
        const auto read
            = waitFor<Result<QString>>([&](auto done) { keychain.read(QStringLiteral("profile:x"), done); });
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::Connection);
        QVERIFY2(read.error().message.contains(QLatin1String("keychain")), qPrintable(read.error().message));
        QVERIFY(clock.elapsed() < 10000);
        const auto written = waitFor<Result<void>>(
            [&](auto done) { keychain.write(QStringLiteral("profile:x"), QStringLiteral("s"), done); });
        QVERIFY(!written);
        QCOMPARE(written.error().code, ErrorCode::Connection);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
