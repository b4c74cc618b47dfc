// SPDX-License-Identifier: MIT
// File ▸ Open store: the saved connection profiles on the left, the chosen store on the right
// (name, URL, password, whether to keep the password in the system keychain, whether to open
// for writing). Profiles are saved without a password; a password typed into the URL moves to
// the password field. The keychain is asked in the background; until it answers, or when it is
// not there, the password is typed by hand.
#pragma once

#include "connectionprofiles.h"
#include "storesession.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSettings;

namespace sagascope {

class SecretStore;

class OpenStoreDialog : public QDialog
{
    Q_OBJECT
public:
    // `settings` and `secrets` must outlive the dialog. `currentUrl` (its password goes to the
    // password field) fills the form when no profile was used before.
    OpenStoreDialog(QSettings& settings, SecretStore* secrets, const QString& currentUrl, QWidget* parent = nullptr);

    // What to open, password included: valid once the dialog is accepted.
    SessionOpenRequest request() const;

    QListWidget* profileList() const { return m_list; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* passwordEdit() const { return m_password; }
    QCheckBox* rememberBox() const { return m_remember; }
    QCheckBox* writableBox() const { return m_writable; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* openButton() const { return m_open; }
    QLabel* statusLabel() const { return m_status; }

    void accept() override;

private:
    // Lists the saved profiles and marks `select` as current, without showing it in the form.
    void reloadProfiles(const QString& select);
    void showProfile(const QString& name);
    void urlEdited(const QString& text);
    void browse();
    void saveProfile();
    void deleteProfile();
    void updateButtons();
    ConnectionProfile formProfile() const;
    void setStatus(const QString& text, bool problem = false);

    ConnectionProfiles m_profiles;
    QPointer<SecretStore> m_secrets;
    // Bumped whenever the form shows another profile: a keychain answer for an older one is dropped.
    quint64 m_shown = 0;

    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QCheckBox* m_writable = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace sagascope
