// SPDX-License-Identifier: MIT
// File ▸ Import events: picks a file (an NDJSON export or a Temporal workflow history), the
// stream a Temporal history goes to, and runs the import with a progress bar and a Stop button.
// The import belongs to the ImportJob, not to the dialog: closing the dialog leaves it running
// (the window shows its progress), and opening the dialog again shows it.
#pragma once

#include "eventimport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace sagascope {

class ImportJob;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(ImportJob* job, const QString& storeUrl, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // The summary of an import for people: what was stored, or why it stopped.
    static QString summary(const ImportReport& report);

    QLineEdit* pathEdit() const { return m_path; }
    QLineEdit* streamEdit() const { return m_stream; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* stopButton() const { return m_stop; }
    QProgressBar* progressBar() const { return m_bar; }
    QLabel* statusLabel() const { return m_status; }

private:
    void browse();
    void pathEdited(const QString& path);
    void startImport();
    void showProgress(const ImportProgress& progress);
    void showFinished(const ImportReport& report);
    void updateButtons();

    ImportJob* m_job;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLineEdit* m_stream;
    bool m_streamEdited = false;
    QProgressBar* m_bar;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_import;
    QPushButton* m_stop;
};

} // namespace sagascope
