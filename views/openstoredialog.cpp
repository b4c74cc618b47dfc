// SPDX-License-Identifier: MIT
#include "openstoredialog.h"

#include "secretstore.h"
#include "storelocation.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace sagascope {

namespace {

bool isPostgres(const QString& url)
{
    const auto location = StoreLocation::parse(url);
    return location && location->kind == StoreLocation::Kind::Postgres;
}

} // namespace

OpenStoreDialog::OpenStoreDialog(QSettings& settings, SecretStore* secrets, const QString& currentUrl, QWidget* parent)
    : QDialog(parent)
    , m_profiles(settings)
    , m_secrets(secrets)
{
    setWindowTitle(tr("Open store"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setMinimumWidth(180);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. staging"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("urlEdit"));
    m_url->setMinimumWidth(420);
    m_url->setPlaceholderText(tr("postgresql://user@host:5432/database, sqlite:/path/file.db or memory:"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_remember = new QCheckBox(tr("&Keep the password in the system keychain"), this);
    m_writable = new QCheckBox(tr("Open for &writing (import, snapshots, timers, recorded signals)"), this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto* urlLabel = new QLabel(tr("Store &URL:"), this);
    urlLabel->setBuddy(m_url);
    form->addRow(urlLabel, urlRow);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(QString(), m_writable);

    m_save = new QPushButton(tr("&Save profile"), this);
    m_delete = new QPushButton(tr("&Delete profile"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setDefault(true);
    auto* profileButtons = new QHBoxLayout;
    profileButtons->addWidget(m_save);
    profileButtons->addWidget(m_delete);
    profileButtons->addStretch(1);

    auto* right = new QVBoxLayout;
    right->addLayout(form);
    right->addLayout(profileButtons);
    right->addWidget(m_status);
    right->addStretch(1);
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Saved profiles:"), this));
    left->addWidget(m_list, 1);
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentTextChanged, this, &OpenStoreDialog::showProfile);
    connect(m_url, &QLineEdit::textEdited, this, &OpenStoreDialog::urlEdited);
    connect(m_url, &QLineEdit::textChanged, this, &OpenStoreDialog::updateButtons);
    connect(m_name, &QLineEdit::textChanged, this, &OpenStoreDialog::updateButtons);
    connect(browse, &QPushButton::clicked, this, &OpenStoreDialog::browse);
    connect(m_save, &QPushButton::clicked, this, &OpenStoreDialog::saveProfile);
    connect(m_delete, &QPushButton::clicked, this, &OpenStoreDialog::deleteProfile);
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenStoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &OpenStoreDialog::reject);

    const QString last = m_profiles.lastUsed();
    reloadProfiles(last);
    if (m_profiles.find(last)) {
        showProfile(last);
    } else {
        const UrlWithoutPassword current = splitPassword(currentUrl);
        m_url->setText(current.url);
        m_password->setText(current.password);
    }
    updateButtons();
}

SessionOpenRequest OpenStoreDialog::request() const
{
    SessionOpenRequest r;
    r.url = withPassword(m_url->text().trimmed(), m_password->text());
    r.options.readOnly = !m_writable->isChecked();
    return r;
}

void OpenStoreDialog::accept()
{
    const auto location = StoreLocation::parse(m_url->text());
    if (!location) {
        setStatus(location.error().message, true);
        return;
    }
    const auto saved = m_profiles.find(m_name->text().trimmed());
    if (saved && saved->url == m_url->text().trimmed())
        m_profiles.setLastUsed(saved->name);
    QDialog::accept();
}

void OpenStoreDialog::reloadProfiles(const QString& select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ConnectionProfile& p : m_profiles.all()) {
        auto* item = new QListWidgetItem(p.name, m_list);
        item->setToolTip(p.url);
        if (p.name == select)
            m_list->setCurrentItem(item);
    }
}

void OpenStoreDialog::showProfile(const QString& name)
{
    const auto profile = m_profiles.find(name);
    if (!profile)
        return;
    const quint64 shown = ++m_shown;
    m_name->setText(profile->name);
    m_url->setText(profile->url);
    m_password->clear();
    m_remember->setChecked(profile->rememberPassword);
    m_writable->setChecked(profile->writable);
    setStatus(QString());
    updateButtons();
    if (!profile->rememberPassword || !m_secrets || !isPostgres(profile->url))
        return;
    setStatus(tr("Reading the password from the system keychain…"));
    m_secrets->read(
        profile->secretKey(), [this, guard = QPointer<OpenStoreDialog>(this), shown](const Result<QString>& pw) {
            if (!guard || shown != m_shown)
                return;
            if (pw) {
                if (m_password->text().isEmpty())
                    m_password->setText(*pw);
                setStatus(tr("The password comes from the system keychain."));
            } else if (pw.error().code == ErrorCode::NotFound) {
                setStatus(tr("The system keychain holds no password for this profile yet: type it, and Save "
                             "profile keeps it there."));
            } else {
                setStatus(tr("%1 Type the password.").arg(pw.error().message), true);
            }
        });
}

void OpenStoreDialog::urlEdited(const QString& text)
{
    // A password typed or pasted into the URL belongs in the password field.
    const UrlWithoutPassword parts = splitPassword(text);
    if (!parts.password.isEmpty()) {
        m_url->setText(parts.url);
        m_password->setText(parts.password);
    }
}

void OpenStoreDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("SQLite store file"), QString(),
        tr("SagaScope stores (*.sagascope *.db *.sqlite);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_url->setText(QStringLiteral("sqlite:") + path);
}

ConnectionProfile OpenStoreDialog::formProfile() const
{
    return { .name = m_name->text().trimmed(),
        .url = m_url->text().trimmed(),
        .writable = m_writable->isChecked(),
        .rememberPassword = m_remember->isChecked() };
}

void OpenStoreDialog::saveProfile()
{
    const auto saved = m_profiles.save(formProfile());
    if (!saved) {
        setStatus(saved.error().message, true);
        return;
    }
    reloadProfiles(saved->name);
    updateButtons();
    const QString password = m_password->text();
    if (!m_secrets || !isPostgres(saved->url)) {
        setStatus(tr("Profile \"%1\" saved.").arg(saved->name));
        return;
    }
    if (!saved->rememberPassword || password.isEmpty()) {
        // A password kept before goes when the profile no longer asks for it.
        m_secrets->remove(saved->secretKey(), [](const Result<void>&) {});
        setStatus(tr("Profile \"%1\" saved; the password is asked for each time.").arg(saved->name));
        return;
    }
    setStatus(tr("Saving the password in the system keychain…"));
    const QString name = saved->name;
    m_secrets->write(
        saved->secretKey(), password, [this, guard = QPointer<OpenStoreDialog>(this), name](const Result<void>& ok) {
            if (!guard)
                return;
            if (ok)
                setStatus(tr("Profile \"%1\" saved, its password in the system keychain.").arg(name));
            else
                setStatus(tr("Profile \"%1\" saved, but not its password: %2 The password is asked for each time.")
                              .arg(name, ok.error().message),
                    true);
        });
}

void OpenStoreDialog::deleteProfile()
{
    const auto profile = m_profiles.find(m_name->text().trimmed());
    if (!profile)
        return;
    m_profiles.remove(profile->name);
    if (m_secrets)
        m_secrets->remove(profile->secretKey(), [](const Result<void>&) {});
    ++m_shown;
    reloadProfiles(QString());
    m_name->clear();
    setStatus(tr("Profile \"%1\" deleted.").arg(profile->name));
    updateButtons();
}

void OpenStoreDialog::updateButtons()
{
    const bool postgres = isPostgres(m_url->text());
    m_password->setEnabled(postgres);
    m_remember->setEnabled(postgres);
    m_save->setEnabled(!m_name->text().trimmed().isEmpty() && !m_url->text().trimmed().isEmpty());
    m_delete->setEnabled(m_profiles.find(m_name->text().trimmed()).has_value());
    m_open->setEnabled(!m_url->text().trimmed().isEmpty());
}

void OpenStoreDialog::setStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
}

} // namespace sagascope
