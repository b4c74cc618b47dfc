// SPDX-License-Identifier: MIT
#include "importdialog.h"

#include "displayformat.h"
#include "importjob.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace sagascope {

ImportDialog::ImportDialog(ImportJob* job, const QString& storeUrl, QWidget* parent)
    : QDialog(parent)
    , m_job(job)
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_stream(new QLineEdit(this))
    , m_bar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_import(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole))
    , m_stop(m_buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole))
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import events"));
    m_path->setObjectName(QStringLiteral("importPathEdit"));
    m_path->setPlaceholderText(tr("an NDJSON export or a Temporal workflow history (.json)"));
    m_stream->setObjectName(QStringLiteral("importStreamEdit"));
    m_stream->setToolTip(tr("The saga stream a Temporal history is imported into. NDJSON lines name their own "
                            "streams."));
    m_bar->setObjectName(QStringLiteral("importProgressBar"));
    m_bar->setRange(0, 1000); // per mille of the file's bytes
    m_bar->setValue(0);
    m_bar->setTextVisible(true);
    m_status->setObjectName(QStringLiteral("importStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_import->setObjectName(QStringLiteral("importStartButton"));
    m_stop->setObjectName(QStringLiteral("importStopButton"));
    m_stop->setToolTip(tr("Stop after the batch being written; what is stored stays, and importing the file "
                          "again skips it."));

    auto* intro = new QLabel(tr("Events are appended to %1 in batches, one transaction each. Importing the same "
                                "file again stores nothing new.")
                                 .arg(storeUrl),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("Temporal history into:"), m_stream);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_bar);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &ImportDialog::pathEdited);
    connect(m_stream, &QLineEdit::textEdited, this, [this] { m_streamEdited = !m_stream->text().isEmpty(); });
    connect(m_stream, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_stop, &QPushButton::clicked, m_job, &ImportJob::cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_job, &ImportJob::progressChanged, this, &ImportDialog::showProgress);
    connect(m_job, &ImportJob::finished, this, &ImportDialog::showFinished);
    connect(m_job, &ImportJob::runningChanged, this, &ImportDialog::updateButtons);

    if (m_job->isRunning()) {
        m_path->setText(m_job->path());
        showProgress(m_job->progress());
    }
    updateButtons();
    resize(640, 260);
}

ImportDialog::~ImportDialog() = default;

QString ImportDialog::summary(const ImportReport& report)
{
    const ImportProgress& p = report.progress;
    QString text;
    if (report.format == ImportFormat::Temporal && !report.error)
        text = tr("Imported the Temporal history (workflow %1) into saga \"%2\": %3 events, %4 new, %5 already "
                  "stored, in %6.")
                   .arg(report.workflowType.isEmpty() ? tr("of unknown type") : report.workflowType, report.streamId,
                       countText(p.events), countText(p.written), countText(p.alreadyStored),
                       durationText(report.elapsedNs / 1000));
    else if (report.succeeded())
        text = tr("Imported %1 events of %2 streams: %3 new, %4 already stored, in %5.")
                   .arg(countText(p.events), countText(p.streams), countText(p.written), countText(p.alreadyStored),
                       durationText(report.elapsedNs / 1000));
    else if (report.error)
        text = p.events > 0 ? tr("Stopped: %1\n%2 events (%3 new) were stored before; importing the file again "
                                 "skips them.")
                                  .arg(report.error->message.trimmed(), countText(p.events), countText(p.written))
                            : tr("Nothing was imported: %1").arg(report.error->message.trimmed());
    else
        text = tr("Stopped: %1 events (%2 new) were stored; importing the file again skips them and goes on.")
                   .arg(countText(p.events), countText(p.written));
    for (const QString& warning : report.warnings)
        text += QLatin1Char('\n') + tr("Warning: %1").arg(warning);
    return text;
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import events"),
        m_path->text().isEmpty() ? QString() : QFileInfo(m_path->text()).absolutePath(),
        tr("Event files (*.ndjson *.jsonl *.json);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ImportDialog::pathEdited(const QString& path)
{
    if (!m_streamEdited)
        m_stream->setText(path.trimmed().isEmpty() ? QString() : temporalStreamIdFor(path.trimmed()));
    updateButtons();
}

void ImportDialog::startImport()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || m_job->isRunning())
        return;
    ImportOptions options;
    options.temporalStreamId = m_stream->text().trimmed();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_bar->setValue(0);
    m_job->start(path, options);
}

void ImportDialog::showProgress(const ImportProgress& progress)
{
    m_bar->setValue(progress.perMille());
    if (m_job->isRunning())
        m_status->setText(
            tr("%1 events stored (%2 new) from %3 streams…")
                .arg(countText(progress.events), countText(progress.written), countText(progress.streams)));
}

void ImportDialog::showFinished(const ImportReport& report)
{
    m_status->setStyleSheet(report.error ? QStringLiteral("color: #c62828;") : QString());
    m_status->setText(summary(report));
    if (report.succeeded())
        m_bar->setValue(m_bar->maximum());
}

void ImportDialog::updateButtons()
{
    const bool running = m_job->isRunning();
    m_import->setEnabled(!running && !m_path->text().trimmed().isEmpty());
    m_stop->setEnabled(running);
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_stream->setEnabled(!running);
}

} // namespace sagascope
