#include "ImportWizard.h"

#include "ContactRepository.h"
#include "PhoneNumber.h"
#include "ProfileSession.h"
#include "ZoneTree.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais {

namespace {
constexpr qint64 MaxFileBytes = qint64(512) * 1024 * 1024;
constexpr int PreviewRows = 20;
} // namespace

QString ImportWizard::fieldLabel(ContactField field)
{
    switch (field) {
    case ContactField::Ignore: return tr("(do not import)");
    case ContactField::FirstName: return tr("First name");
    case ContactField::LastName: return tr("Last name");
    case ContactField::FullName: return tr("Full name");
    case ContactField::Email: return tr("Email");
    case ContactField::Phone: return tr("Phone");
    case ContactField::Address: return tr("Address");
    case ContactField::PostalCode: return tr("Postal code");
    case ContactField::Commune: return tr("Commune");
    case ContactField::Membership: return tr("Membership");
    case ContactField::Tags: return tr("Tags");
    case ContactField::Notes: return tr("Notes");
    case ContactField::ConsentEmail: return tr("Email consent (yes/no)");
    case ContactField::ConsentPhone: return tr("Phone consent (yes/no)");
    case ContactField::ConsentSms: return tr("SMS consent (yes/no)");
    case ContactField::Birthdate: return tr("Date of birth");
    case ContactField::Title: return tr("Title");
    }
    return {};
}

ImportWizard::ImportWizard(ProfileSession *session, QWidget *parent) : QWizard(parent), m_session(session)
{
    setWindowTitle(tr("Import contacts"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, createFilePage());
    setPage(MappingPage, createMappingPage());
    setPage(OptionsPage, createOptionsPage());
    setPage(RunPage, createRunPage());
    resize(900, 620);
}

QWizardPage *ImportWizard::createFilePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Choose a CSV file"));
    page->setSubTitle(tr("A spreadsheet saved as CSV (comma or semicolon separated), with column names on the first line."));
    m_pathEdit = new QLineEdit;
    m_pathEdit->setObjectName(QStringLiteral("importPathEdit"));
    m_pathEdit->setPlaceholderText(tr("Path of the file"));
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), QString(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_pathEdit->setText(path);
    });
    m_fileInfo = new QLabel;
    m_fileInfo->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_pathEdit, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_fileInfo);
    layout->addStretch();
    return page;
}

QWizardPage *ImportWizard::createMappingPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Match the columns"));
    page->setSubTitle(tr("Relais guessed what each column holds from its name. Check and correct if needed."));
    m_mappingTable = new QTableWidget(0, 3);
    m_mappingTable->setObjectName(QStringLiteral("mappingTable"));
    m_mappingTable->setHorizontalHeaderLabels({tr("Column in the file"), tr("First values"), tr("Import as")});
    m_mappingTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mappingTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_mappingTable->verticalHeader()->hide();
    m_mappingTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mappingWarning = new QLabel;
    m_mappingWarning->setWordWrap(true);
    m_mappingWarning->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_mappingTable);
    layout->addWidget(m_mappingWarning);
    return page;
}

QWizardPage *ImportWizard::createOptionsPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Duplicates and preview"));
    page->setSubTitle(tr("A person already in Relais is recognised by the same email address or the same phone number."));
    m_updateRadio = new QRadioButton(tr("Update them with the values of the file (nothing already stored is erased)"));
    m_skipRadio = new QRadioButton(tr("Skip them: keep what Relais has"));
    m_createRadio = new QRadioButton(tr("Create them anyway as new contacts"));
    m_updateRadio->setChecked(true);
    auto *group = new QButtonGroup(page);
    for (QRadioButton *b : {m_updateRadio, m_skipRadio, m_createRadio})
        group->addButton(b);
    m_sourceEdit = new QLineEdit;
    m_sourceEdit->setObjectName(QStringLiteral("importSourceEdit"));
    m_tagsEdit = new QLineEdit;
    m_tagsEdit->setPlaceholderText(tr("Optional, separated by commas"));
    m_previewTable = new QTableWidget(0, 5);
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setHorizontalHeaderLabels({tr("Line"), tr("Name"), tr("Email"), tr("Phone"), tr("Check")});
    m_previewTable->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_previewTable->verticalHeader()->hide();
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_tagsEdit, &QLineEdit::editingFinished, this, &ImportWizard::fillPreview);

    auto *dupBox = new QVBoxLayout;
    dupBox->addWidget(m_updateRadio);
    dupBox->addWidget(m_skipRadio);
    dupBox->addWidget(m_createRadio);
    auto *form = new QFormLayout;
    form->addRow(tr("Already known people:"), dupBox);
    form->addRow(tr("Source (kept with consents):"), m_sourceEdit);
    form->addRow(tr("Add these tags:"), m_tagsEdit);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("The first lines, as they will be imported:")));
    layout->addWidget(m_previewTable, 1);
    return page;
}

QWizardPage *ImportWizard::createRunPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Import"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_saveRejectedButton = new QPushButton(tr("Save the rejected lines with their reasons…"));
    m_saveRejectedButton->setObjectName(QStringLiteral("saveRejectedButton"));
    m_saveRejectedButton->hide();
    connect(m_saveRejectedButton, &QPushButton::clicked, this, &ImportWizard::saveRejected);
    m_rejectedTable = new QTableWidget(0, 2);
    m_rejectedTable->setObjectName(QStringLiteral("rejectedTable"));
    m_rejectedTable->setHorizontalHeaderLabels({tr("Line"), tr("Why it was not imported")});
    m_rejectedTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rejectedTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_rejectedTable->verticalHeader()->hide();
    m_rejectedTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rejectedTable->setWordWrap(true);
    m_rejectedTable->hide();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_rejectedTable, 1);
    layout->addWidget(m_saveRejectedButton, 0, Qt::AlignLeft);
    return page;
}

bool ImportWizard::loadFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    if (f.size() > MaxFileBytes) {
        *error = tr("The file is larger than 512 MB; split it into several files.");
        return false;
    }
    CsvDocument doc = CsvDocument::parse(f.readAll());
    if (doc.header.isEmpty()) {
        *error = tr("The file is empty or has no column names on its first line.");
        return false;
    }
    if (doc.rows.isEmpty()) {
        *error = tr("The file has column names but no contact lines.");
        return false;
    }
    m_doc = std::move(doc);
    m_fileName = QFileInfo(path).fileName();
    m_sourceEdit->setText(tr("import: %1").arg(m_fileName));
    m_pathEdit->setText(path);
    int malformed = 0;
    for (const CsvRow &r : std::as_const(m_doc.rows))
        malformed += r.error.isEmpty() ? 0 : 1;
    QString delimiter = m_doc.delimiter == u'\t' ? tr("tab") : QString(m_doc.delimiter);
    QString info = tr("%n line(s) of contacts, %1 columns, separator \"%2\", encoding %3.", nullptr, int(m_doc.rows.size()))
                       .arg(m_doc.header.size()).arg(delimiter, m_doc.encoding);
    if (malformed > 0)
        info += u' ' + tr("%n line(s) are malformed and will be reported, not imported.", nullptr, malformed);
    m_fileInfo->setText(info);
    fillMapping();
    return true;
}

void ImportWizard::fillMapping()
{
    const QList<ContactField> guessed = guessMapping(m_doc.header);
    m_mappingTable->setRowCount(int(m_doc.header.size()));
    m_fieldCombos.clear();
    for (int col = 0; col < m_doc.header.size(); ++col) {
        m_mappingTable->setItem(col, 0, new QTableWidgetItem(m_doc.header.at(col)));
        QStringList samples;
        for (int r = 0; r < m_doc.rows.size() && samples.size() < 3; ++r) {
            const QString v = m_doc.rows.at(r).fields.value(col).trimmed();
            if (!v.isEmpty())
                samples << v;
        }
        m_mappingTable->setItem(col, 1, new QTableWidgetItem(samples.join(QStringLiteral(" · "))));
        auto *combo = new QComboBox;
        for (ContactField f : allContactFields())
            combo->addItem(fieldLabel(f), int(f));
        combo->setCurrentIndex(combo->findData(int(guessed.value(col, ContactField::Ignore))));
        m_mappingTable->setCellWidget(col, 2, combo);
        m_fieldCombos << combo;
    }
}

ImportOptions ImportWizard::options() const
{
    ImportOptions o;
    for (const QComboBox *c : m_fieldCombos)
        o.mapping << ContactField(c->currentData().toInt());
    o.onDuplicate = m_skipRadio->isChecked()     ? ImportOptions::OnDuplicate::Skip
                    : m_createRadio->isChecked() ? ImportOptions::OnDuplicate::Create
                                                 : ImportOptions::OnDuplicate::Update;
    o.source = m_sourceEdit->text().trimmed().isEmpty() ? tr("import: %1").arg(m_fileName) : m_sourceEdit->text().trimmed();
    o.extraTags = m_tagsEdit->text().split(u',', Qt::SkipEmptyParts);
    return o;
}

void ImportWizard::fillPreview()
{
    if (!m_session || !m_session->contacts())
        return;
    ContactImporter importer(*m_session->contacts(), ZoneTree::france());
    const ImportOptions o = options();
    const int n = int(qMin<qsizetype>(PreviewRows, m_doc.rows.size()));
    m_previewTable->setRowCount(n);
    for (int i = 0; i < n; ++i) {
        const CsvRow &row = m_doc.rows.at(i);
        const auto p = importer.prepare(row, int(m_doc.header.size()), o);
        auto *check = new QTableWidgetItem(p.error.isEmpty() ? tr("OK") : p.error);
        check->setForeground(p.error.isEmpty() ? QColor(0x1b, 0x6e, 0x2e) : QColor(0xb3, 0x26, 0x1e));
        check->setToolTip(p.error);
        m_previewTable->setItem(i, 0, new QTableWidgetItem(QString::number(row.line)));
        m_previewTable->setItem(i, 1, new QTableWidgetItem(p.contact.displayName()));
        m_previewTable->setItem(i, 2, new QTableWidgetItem(p.contact.email));
        m_previewTable->setItem(i, 3, new QTableWidgetItem(PhoneNumber::format(p.contact.phone)));
        m_previewTable->setItem(i, 4, check);
    }
    m_previewTable->resizeColumnsToContents();
}

void ImportWizard::initializePage(int id)
{
    if (id == OptionsPage)
        fillPreview();
    if (id == RunPage && !m_ran)
        runImport();
    QWizard::initializePage(id);
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == FilePage) {
        QString error;
        if (!loadFile(m_pathEdit->text().trimmed(), &error)) {
            m_fileInfo->setText(error);
            m_fileInfo->setStyleSheet(QStringLiteral("color: #b3261e;"));
            return false;
        }
        m_fileInfo->setStyleSheet(QString());
    }
    if (currentId() == MappingPage) {
        const ImportOptions o = options();
        const bool identifies = o.mapping.contains(ContactField::LastName) || o.mapping.contains(ContactField::FirstName)
            || o.mapping.contains(ContactField::FullName) || o.mapping.contains(ContactField::Email)
            || o.mapping.contains(ContactField::Phone);
        if (!identifies) {
            m_mappingWarning->setText(tr("Choose at least one column holding a name, an email address or a phone number."));
            return false;
        }
        QList<ContactField> seen;
        for (ContactField f : o.mapping) {
            if (f != ContactField::Ignore && seen.contains(f)) {
                m_mappingWarning->setText(tr("\"%1\" is chosen for two columns; keep it for one only.").arg(fieldLabel(f)));
                return false;
            }
            seen << f;
        }
        m_mappingWarning->clear();
    }
    return QWizard::validateCurrentPage();
}

void ImportWizard::runImport()
{
    m_ran = true;
    if (!m_session || !m_session->contacts())
        return;
    button(QWizard::FinishButton)->setEnabled(false);
    m_progress->setRange(0, int(m_doc.rows.size()));
    ContactImporter importer(*m_session->contacts(), ZoneTree::france());
    m_report = importer.run(m_doc, options(), [this](int done, int) {
        m_progress->setValue(done);
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return true;
    });
    m_progress->setValue(m_progress->maximum());
    QString text = tr("%n contact(s) created, ", nullptr, m_report.created)
        + tr("%n updated, ", nullptr, m_report.updated) + tr("%n already known and skipped, ", nullptr, m_report.skipped)
        + tr("%n line(s) rejected.", nullptr, int(m_report.rejected.size()));
    if (!m_report.fatalError.isEmpty())
        text += u'\n' + m_report.fatalError;
    m_summary->setText(text);
    m_saveRejectedButton->setVisible(!m_report.rejected.isEmpty());
    // The first rejected lines right away; all of them in the saved report.
    constexpr int Shown = 1000;
    const int shown = int(qMin<qsizetype>(Shown, m_report.rejected.size()));
    m_rejectedTable->setRowCount(shown);
    for (int i = 0; i < shown; ++i) {
        const RejectedRow &r = m_report.rejected.at(i);
        m_rejectedTable->setItem(i, 0, new QTableWidgetItem(QString::number(r.line)));
        m_rejectedTable->setItem(i, 1, new QTableWidgetItem(r.reason));
    }
    m_rejectedTable->resizeRowsToContents();
    m_rejectedTable->setVisible(shown > 0);
    button(QWizard::FinishButton)->setEnabled(true);
    Q_EMIT m_session->contactsChanged();
}

void ImportWizard::saveRejected()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the rejected lines"),
                                                      QFileInfo(m_fileName).completeBaseName() + tr("-rejected.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_report.writeRejectedCsv(path, m_doc.header, &error))
        QMessageBox::warning(this, tr("Save the rejected lines"), tr("The file could not be written: %1").arg(error));
}

} // namespace relais
