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

Error timedOut(int timeoutMs)
{
    return Error { ErrorCode::Connection,
        ModelsTr::tr("The system keychain did not answer within %n second(s).", nullptr, (timeoutMs + 999) / 1000) };
}

// Starts `job` and calls `finish` once: with the job when it finishes without an error or with
// EntryNotFound (which each caller reads its own way), else with why not, the deadline included.
void runWithDeadline(QObject* context, QKeychain::Job* job, int timeoutMs,
    std::function<void(const Result<const QKeychain::Job*>&)> finish)
{
    auto answered = std::make_shared<bool>(false);
    auto once = [answered, finish = std::move(finish)](const Result<const QKeychain::Job*>& outcome) {
        if (!std::exchange(*answered, true))
            finish(outcome);
    };
    QObject::connect(job, &QKeychain::Job::finished, context, [once](QKeychain::Job* j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
            once(j);
        else
            once(std::unexpected(keychainError(*j)));
    });
    QTimer::singleShot(timeoutMs, context, [once, timeoutMs] { once(std::unexpected(timedOut(timeoutMs))); });
    job->setAutoDelete(true);
    job->start();
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
    runWithDeadline(this, job, m_timeoutMs, [key, done = std::move(done)](const Result<const QKeychain::Job*>& j) {
        if (!j)
            done(std::unexpected(j.error()));
        else if ((*j)->error() == QKeychain::EntryNotFound)
            done(std::unexpected(noSecretError(key)));
        else
            done(static_cast<const QKeychain::ReadPasswordJob*>(*j)->textData());
    });
}

void KeychainSecretStore::write(const QString& key, const QString& secret, Done done)
{
    auto* job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(key);
    job->setTextData(secret);
    runWithDeadline(this, job, m_timeoutMs, [done = std::move(done)](const Result<const QKeychain::Job*>& j) {
        done(j ? Result<void>() : std::unexpected(j.error()));
    });
}

void KeychainSecretStore::remove(const QString& key, Done done)
{
    auto* job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(key);
    // EntryNotFound comes through as done: removing what is not there is no error.
    runWithDeadline(this, job, m_timeoutMs, [done = std::move(done)](const Result<const QKeychain::Job*>& j) {
        done(j ? Result<void>() : std::unexpected(j.error()));
    });
}

} // namespace sagascope
