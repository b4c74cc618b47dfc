// SPDX-License-Identifier: MIT
#include "keychainsecretstore.h"

#include "modelstr.h"

#include <qt6keychain/keychain.h>
#include <QTimer>

#include <memory>

namespace sagascope {

namespace {

Error keychainError(const QKeychain::Job& job)
{
    return Error { ErrorCode::Connection,
        ModelsTr::tr("The system keychain is not available (%1).").arg(job.errorString()) };
}

// Starts `job` and calls `finish` once: with the job when it finishes, or with nullptr when the
// deadline passes first.
void runWithDeadline(
    QObject* context, QKeychain::Job* job, int timeoutMs, std::function<void(const QKeychain::Job*)> finish)
{
    auto answered = std::make_shared<bool>(false);
    auto once = [answered, finish = std::move(finish)](const QKeychain::Job* j) {
        if (std::exchange(*answered, true))
            return;
        finish(j);
    };
    QObject::connect(job, &QKeychain::Job::finished, context, [once](QKeychain::Job* j) { once(j); });
    QTimer::singleShot(timeoutMs, context, [once] { once(nullptr); });
    job->setAutoDelete(true);
    job->start();
}

Error timedOut(int timeoutMs)
{
    return Error { ErrorCode::Connection,
        ModelsTr::tr("The system keychain did not answer within %n second(s).", nullptr, (timeoutMs + 999) / 1000) };
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent, int timeoutMs)
    : SecretStore(parent)
    , m_timeoutMs(timeoutMs)
{ }

QString KeychainSecretStore::serviceName()
{
    return QStringLiteral("SagaScope");
}

void KeychainSecretStore::read(const QString& key, ReadDone done)
{
    auto* job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(key);
    const int timeoutMs = m_timeoutMs;
    runWithDeadline(this, job, timeoutMs, [key, timeoutMs, done = std::move(done)](const QKeychain::Job* j) {
        if (!j)
            done(std::unexpected(timedOut(timeoutMs)));
        else if (j->error() == QKeychain::EntryNotFound)
            done(fail(ErrorCode::NotFound, ModelsTr::tr("The system keychain holds no password under %1.").arg(key)));
        else if (j->error() != QKeychain::NoError)
            done(std::unexpected(keychainError(*j)));
        else
            done(static_cast<const QKeychain::ReadPasswordJob*>(j)->textData());
    });
}

void KeychainSecretStore::write(const QString& key, const QString& secret, Done done)
{
    auto* job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(key);
    job->setTextData(secret);
    const int timeoutMs = m_timeoutMs;
    runWithDeadline(this, job, timeoutMs, [timeoutMs, done = std::move(done)](const QKeychain::Job* j) {
        if (!j)
            done(std::unexpected(timedOut(timeoutMs)));
        else if (j->error() != QKeychain::NoError)
            done(std::unexpected(keychainError(*j)));
        else
            done({});
    });
}

void KeychainSecretStore::remove(const QString& key, Done done)
{
    auto* job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(key);
    const int timeoutMs = m_timeoutMs;
    runWithDeadline(this, job, timeoutMs, [timeoutMs, done = std::move(done)](const QKeychain::Job* j) {
        if (!j)
            done(std::unexpected(timedOut(timeoutMs)));
        else if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)
            done(std::unexpected(keychainError(*j)));
        else
            done({});
    });
}

} // namespace sagascope
