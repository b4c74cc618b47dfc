// SPDX-License-Identifier: MIT
#include "secretstore.h"

#include "modelstr.h"

#include <QTimer>

namespace sagascope {

namespace {

// Answers on the next turn of the event loop, as a keychain does.
template<typename Answer, typename Callback>
void answerLater(QObject* context, Callback done, Answer answer)
{
    QTimer::singleShot(0, context, [done = std::move(done), answer = std::move(answer)] { done(answer); });
}

} // namespace

Error noSecretError(const QString& key)
{
    return Error { ErrorCode::NotFound, ModelsTr::tr("The system keychain holds no password under %1.").arg(key) };
}

void MemorySecretStore::read(const QString& key, ReadDone done)
{
    Result<QString> answer = m_failure ? Result<QString>(std::unexpected(*m_failure))
        : m_secrets.contains(key)      ? Result<QString>(m_secrets.value(key))
                                       : Result<QString>(std::unexpected(noSecretError(key)));
    answerLater(this, std::move(done), std::move(answer));
}

void MemorySecretStore::write(const QString& key, const QString& secret, Done done)
{
    Result<void> answer;
    if (m_failure)
        answer = std::unexpected(*m_failure);
    else
        m_secrets.insert(key, secret);
    answerLater(this, std::move(done), std::move(answer));
}

void MemorySecretStore::remove(const QString& key, Done done)
{
    Result<void> answer;
    if (m_failure)
        answer = std::unexpected(*m_failure);
    else
        m_secrets.remove(key);
    answerLater(this, std::move(done), std::move(answer));
}

} // namespace sagascope
